"""The pool's hard guards: work SIGALRM cannot stop, and runaway memory, cost one document."""

import signal
import time

from copydesk.article import Article
from copydesk.config import Config
from copydesk.extract.stage import ExtractStage
from copydesk.runners.local import LocalRunner

TEXT = "The committee met on Tuesday to review the budget for the coming year and the new bridge."


def _inputs(n):
    return [Article(id=str(i), source=f"s{i}", raw_text=f"Story {i}. {TEXT}") for i in range(n)]


def _with(monkeypatch, source, misbehave):
    original = ExtractStage.process

    def process(self, article):
        if article.source == source:
            misbehave()
        return original(self, article)

    monkeypatch.setattr(ExtractStage, "process", process)


def test_stuck_document_that_ignores_the_alarm_is_killed(monkeypatch):
    def stuck():  # as a C parser in a loop: the SIGALRM handler never gets to run
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)

    _with(monkeypatch, "s3", stuck)
    started = time.perf_counter()
    out = list(LocalRunner(2, Config(doc_timeout_s=0.5, chunk_size=2)).run(_inputs(8), ["extract"]))
    assert time.perf_counter() - started < 30
    assert [a.source for a in out] == [f"s{i}" for i in range(8)]
    assert [a.source for a in out if not a.ok] == ["s3"]
    assert out[3].error.stage == "pipeline" and out[3].error.type == "DocumentTimeout"


def test_memory_hog_is_stopped_by_the_memory_guard(monkeypatch):
    def hog():
        block = b"x" * (700 * 2**20)  # written, so resident
        time.sleep(30)
        del block

    _with(monkeypatch, "s4", hog)
    config = Config(max_worker_rss_mb=600, chunk_size=2)
    started = time.perf_counter()
    out = list(LocalRunner(2, config).run(_inputs(8), ["extract"]))
    assert time.perf_counter() - started < 30
    assert [a.source for a in out] == [f"s{i}" for i in range(8)]
    assert [a.source for a in out if not a.ok] == ["s4"]
    assert out[4].error.type == "MemoryLimit" and "600 MB" in out[4].error.message
