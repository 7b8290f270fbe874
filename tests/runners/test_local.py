import os
import time

from copydesk.article import Article
from copydesk.config import Config
from copydesk.extract.stage import ExtractStage
from copydesk.runners.local import LocalRunner

TEXT = "The committee met on Tuesday to review the budget for the coming year.\nAdvertisement"


def _inputs(n):
    return [Article(id=str(i), source=f"s{i}", raw_text=f"Story {i}. {TEXT}") for i in range(n)]


def test_pool_gives_the_same_records_in_order_as_one_process():
    one = [a.to_dict() for a in LocalRunner(1).run(_inputs(40), ["extract", "clean"])]
    two = [a.to_dict() for a in LocalRunner(2, Config(chunk_size=3)).run(_inputs(40),
                                                                          ["extract", "clean"])]
    assert one == two
    assert [r["source"] for r in two] == [f"s{i}" for i in range(40)]
    assert all(r["removed"][0]["reason"] == "ad" for r in two)


def test_slow_document_hits_the_time_limit(monkeypatch):
    original = ExtractStage.process

    def slow(self, article):
        if article.source == "s2":
            time.sleep(5)
        return original(self, article)

    monkeypatch.setattr(ExtractStage, "process", slow)
    out = list(LocalRunner(1, Config(doc_timeout_s=0.3)).run(_inputs(4), ["extract", "clean"]))
    assert [a.ok for a in out] == [True, True, False, True]
    assert out[2].error.type == "DocumentTimeout" and out[2].error.stage == "extract"


def test_worker_crash_loses_only_the_crashing_document(monkeypatch):
    original = ExtractStage.process

    def crash(self, article):
        if article.source == "s5":
            os._exit(3)
        return original(self, article)

    monkeypatch.setattr(ExtractStage, "process", crash)
    out = list(LocalRunner(2, Config(chunk_size=4)).run(_inputs(12), ["extract", "clean"]))
    assert [a.source for a in out] == [f"s{i}" for i in range(12)]
    assert [a.source for a in out if not a.ok] == ["s5"]
    assert out[5].error.type == "WorkerCrash"
