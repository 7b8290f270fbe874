import json
import os
import time

import pytest

from copydesk import api
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

    list(LocalRunner(1).run(_inputs(1), ["extract"]))  # warm up: language model loads once
    monkeypatch.setattr(ExtractStage, "process", slow)
    out = list(LocalRunner(1, Config(doc_timeout_s=0.3)).run(_inputs(4), ["extract"]))
    assert [a.ok for a in out] == [True, True, False, True]
    assert out[2].error.type == "DocumentTimeout" and out[2].error.stage == "extract"


def test_worker_crash_loses_only_the_crashing_document(monkeypatch):
    original = ExtractStage.process

    def crash(self, article):
        if article.source == "s5":
            os._exit(3)
        return original(self, article)

    monkeypatch.setattr(ExtractStage, "process", crash)
    out = list(LocalRunner(2, Config(chunk_size=4)).run(_inputs(12), ["extract"]))
    assert [a.source for a in out] == [f"s{i}" for i in range(12)]
    assert [a.source for a in out if not a.ok] == ["s5"]
    assert out[5].error.type == "WorkerCrash"


def test_batched_stage_gets_whole_chunks_and_falls_back_on_timeout(monkeypatch):
    from copydesk import pipeline
    from copydesk.stage import DocStage

    seen: list[int] = []

    class Batched(DocStage):
        name = "batchy"
        batched = True

        def __init__(self, config):
            pass

        def __call__(self, articles):
            seen.append(len(articles))
            if any(a.source == "s3" for a in articles) and len(articles) > 1:
                time.sleep(5)
            return [self.apply(a) for a in articles]

        def process(self, article):
            if article.source == "s3":
                time.sleep(5)
            article.title = "batched"
            return article

    list(LocalRunner(1).run(_inputs(1), ["extract"]))  # warm up: language model loads once
    monkeypatch.setitem(pipeline._FACTORIES, "batchy", Batched)
    monkeypatch.setattr(pipeline, "STAGE_NAMES", ("extract", "batchy"))
    out = list(LocalRunner(1, Config(chunk_size=4, doc_timeout_s=0.3)).run(_inputs(8),
                                                                            ["extract", "batchy"]))
    assert seen == [4, 4]
    assert [a.ok for a in out] == [True, True, True, False, True, True, True, True]
    assert out[3].error.stage == "batchy" and out[0].title == "batched"


SITE_LINE = "Local news you can trust"  # kept on one page alone; boilerplate across a site


def _site_corpus(path):
    story = ("The county board voted on Tuesday to extend the river trail by four miles, after a "
             "year of hearings about flooding, parking and the cost of two new footbridges.")
    rows = [{"url": f"https://www.riverside-courier.com/news/{i}",
             "text": f"Trail update {i}. {story}\n{SITE_LINE}\nCrews will begin clearing brush near "
                     f"mile {i} next week, officials said."} for i in range(10)]
    rows.append({"url": "https://www.other-paper.com/x", "text": f"A lone page. {story}\n{SITE_LINE}"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_run_removes_lines_recurring_across_a_sites_pages(tmp_path, workers):
    src = _site_corpus(tmp_path / "site.jsonl")
    out = tmp_path / "out.jsonl"
    api.run([src], out, workers=workers, stages="extract,clean")
    rows = {r["url"]: r for r in map(json.loads, out.read_text().splitlines())}
    site_rows = [r for url, r in rows.items() if "riverside" in url]
    assert len(site_rows) == 10
    assert all(r["removed"] == [{"text": SITE_LINE, "reason": "repeated", "index": 1}] for r in site_rows)
    assert SITE_LINE in rows["https://www.other-paper.com/x"]["text"]  # one page of its site


def test_site_counts_can_be_turned_off(tmp_path):
    src = _site_corpus(tmp_path / "site.jsonl")
    out = tmp_path / "out.jsonl"
    api.run([src], out, workers=1, stages="extract,clean", config=Config(site_boilerplate=False))
    assert all(SITE_LINE in r["text"] for r in map(json.loads, out.read_text().splitlines()))


def test_first_pass_of_a_two_pass_run_is_reported(tmp_path):
    src = _site_corpus(tmp_path / "site.jsonl")
    seen, written = [], []
    api.run([src], tmp_path / "out.jsonl", workers=2, stages="extract,clean",
            on_record=written.append, on_first_pass=seen.append)
    assert len(seen) == len(written) == 11
    assert {a.source for a in seen} == {a.source for a in written}
    assert all(not a.removed for a in seen)  # counted before cleaning
