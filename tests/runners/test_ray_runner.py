"""The Ray runner on a local Ray: same records as the local runner, resume, corpus steps, CLI."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from copydesk import api  # noqa: E402
from copydesk.config import Config  # noqa: E402
from copydesk.pipeline import DocProcessor, parse_stages  # noqa: E402
from copydesk.runners.shards import ShardOptions, plan_shards, read_shard  # noqa: E402
from copydesk.stage import DocStage  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
STORY = ("The county board voted on Tuesday to extend the river trail by four miles, after a "
         "year of hearings about flooding, parking and the cost of two new footbridges.")
BOILER = "Get the Riverside morning briefing in your inbox"


@pytest.fixture(scope="module")
def local_ray():
    ray.shutdown()
    ray.init(address="local", num_cpus=2, object_store_memory=200 * 1024 * 1024, include_dashboard=False,
             log_to_driver=False)
    # test-defined processors travel to the workers by value (their module is not importable there)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield
    ray.shutdown()


def _warc_record(kind: str, uri: str, payload: bytes, rid: int) -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2025-03-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def _page(i: int) -> bytes:
    body = (f"<html><head><title>Trail story {i}</title></head><body><article><h1>Trail story {i}</h1>"
            f"<p>{STORY} Part {i}.</p><p>{BOILER}</p><p>Officials said work on section {i} starts "
            f"in May and should take about {i + 2} months.</p></article></body></html>").encode()
    if i % 2:  # every other response is gzip-encoded, as servers send them
        return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Encoding: gzip\r\n\r\n" + gzip.compress(body, mtime=0))
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body


def make_corpus(root: Path) -> list[Path]:
    """Example pages (when present) plus a JSONL site corpus, a WARC file and bad inputs."""
    root.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(10):
        text = f"Trail update {i}. {STORY}\n{BOILER}\nCrews will begin clearing brush near mile {i}."
        lines.append({"url": f"https://www.riverside-courier.com/news/{i}", "text": text})
    lines.append(dict(lines[3], url="https://www.riverside-courier.com/copy/3"))  # a duplicate
    (root / "site.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines) + "not json\n")
    records = []
    for i in range(7):
        uri = f"https://www.valley-post.com/a/{i}"
        records.append(_warc_record("request", uri, b"GET / HTTP/1.1\r\n\r\n", 2 * i))
        records.append(_warc_record("response", uri, _page(i), 2 * i + 1))
    (root / "pages.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    (root / "cut.warc").write_bytes(b"".join(records[:3])[:-200])
    (root / "empty.txt").write_text("")
    examples = ROOT / "examples" / "html"
    return [root, *([examples] if examples.is_dir() else [])]


def records_of(outdir: Path) -> list[dict]:
    import pyarrow.parquet as pq

    from copydesk.store.parquet import from_row

    rows = [from_row(r).to_dict() for f in outdir.glob("part-*.parquet")
            for r in pq.read_table(f).to_pylist()]
    return sorted(rows, key=lambda r: r["id"])


def local_records(inputs: list[Path], tmp: Path, stages=None, config: Config | None = None) -> list[dict]:
    out = tmp / "local.jsonl"
    api.run(inputs, out, workers=1, stages=stages, config=config or Config())
    return sorted((json.loads(line) for line in out.open()), key=lambda r: r["id"])


SMALL = ShardOptions(shard_files=3, min_shards=1, warc_split_bytes=0, warc_shard_records=3)


def _runner(workers: int = 2):
    from copydesk.runners.ray_runner import RayOptions, RayRunner

    return RayRunner(workers, Config(), RayOptions(shards=SMALL))


def test_warc_ranges_give_the_records_of_the_whole_file(tmp_path):
    inputs = make_corpus(tmp_path / "in")
    shards = plan_shards([tmp_path / "in" / "pages.warc.gz"], SMALL)
    assert [(p.start, p.stop) for s in shards for p in s.parts] == [(0, 3), (3, 6), (6, None)]
    from copydesk.read import read_inputs

    whole = [a.to_dict() for a in read_inputs([tmp_path / "in" / "pages.warc.gz"])]
    assert [a.to_dict() for s in shards for a in read_shard(s)] == whole
    assert len(whole) == 7 and all(r["error"] is None for r in whole)
    assert len(plan_shards(inputs, SMALL)) > 5


@pytest.mark.slow
def test_same_records_as_the_local_runner(local_ray, tmp_path):
    inputs = make_corpus(tmp_path / "in")
    expected = local_records(inputs, tmp_path)
    result = _runner().run(inputs, tmp_path / "out", parse_stages(None))
    got = records_of(tmp_path / "out")
    assert got == expected
    assert any(r["error"] for r in got) and sum(r["error"] is None for r in got) >= 17
    assert any(r["duplicate_of"] for r in got)
    assert result.summary().inputs == len(expected)
    assert result.summary().duplicates == sum(bool(r["duplicate_of"]) for r in expected)


@pytest.mark.slow
def test_resume_redoes_only_unfinished_shards(local_ray, tmp_path):
    inputs = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    first = _runner().run(inputs, out, ["extract", "clean"])
    before = records_of(out)
    lost = first.shards[1].key
    (out / f"part-{lost}.parquet").unlink()
    kept = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
    again = _runner().run(inputs, out, ["extract", "clean"], resume=True)
    assert set(again.done_now) == {lost}
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet") if p.name in kept} == kept
    assert records_of(out) == before
    summary = again.summary()
    assert summary.inputs + summary.skipped == len(before)


@pytest.mark.slow
def test_corpus_steps_match_the_local_corpus_stages(local_ray, tmp_path):
    from copydesk.clean import SiteCleanStage
    from copydesk.dedup import DedupStage
    from copydesk.read import read_inputs
    from copydesk.runners.corpus import DedupStep, SiteCleanStep
    from copydesk.runners.local import LocalRunner

    inputs = make_corpus(tmp_path / "in")
    extracted = LocalRunner(1).run(read_inputs(inputs), ["extract"])
    expected = sorted((a.to_dict() for a in DedupStage()(SiteCleanStage()(extracted))), key=lambda r: r["id"])
    steps = [SiteCleanStep(), DedupStep()]
    _runner().run(inputs, tmp_path / "out", ["extract"], steps)
    got = records_of(tmp_path / "out")
    assert got == expected
    assert any(r["duplicate_of"] for r in got)
    assert not (tmp_path / "out" / "_work").exists()


def test_site_counts_merged_from_shards_flag_the_boilerplate(tmp_path):
    from copydesk.runners.corpus import SiteCleanStep

    make_corpus(tmp_path / "in")
    step = SiteCleanStep()
    shards = plan_shards([tmp_path / "in" / "site.jsonl", tmp_path / "in" / "pages.warc.gz"], SMALL)
    from copydesk.runners.local import LocalRunner

    parts = [step.partial(list(LocalRunner(1).run(read_shard(s), ["extract"]))) for s in shards]
    merged = step.merge(parts)
    assert merged.flags("riverside-courier.com", [BOILER, STORY]) == [True, False]


@pytest.mark.slow
def test_cli_engine_ray_imports_into_sqlite(local_ray, tmp_path):
    import sqlite3

    from typer.testing import CliRunner

    from copydesk.cli import app

    inputs = make_corpus(tmp_path / "in")
    expected = local_records(inputs, tmp_path)
    db = tmp_path / "out.db"
    res = CliRunner().invoke(app, ["run", *map(str, inputs), "-o", str(db), "--engine", "ray",
                                   "--workers", "2"])
    assert res.exit_code == 0, res.output
    rows = sqlite3.connect(db).execute("SELECT record FROM articles").fetchall()
    assert sorted((json.loads(r[0]) for r in rows), key=lambda r: r["id"]) == expected
    assert (tmp_path / "out.db.shards" / "_done").is_dir()


def test_unknown_engine_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown engine"):
        api.run([tmp_path], tmp_path / "x.jsonl", engine="spark")


def test_local_run_does_not_import_ray(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    code = ("import sys, copydesk, copydesk.cli\n"
            "from copydesk import api\n"
            f"api.run([{str(tmp_path / 'a.txt')!r}], {str(tmp_path / 'o.jsonl')!r}, workers=1)\n"
            "assert 'ray' not in sys.modules, 'ray was imported'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o.jsonl").read_text().count("\n") == 1


def test_process_records_matches_a_jsonl_input(tmp_path):
    from copydesk.runners.records import process_frames, process_records

    pd = pytest.importorskip("pandas")
    make_corpus(tmp_path / "in")
    source = tmp_path / "in" / "site.jsonl"
    lines = source.read_text().splitlines()
    rows = [dict(json.loads(line), source=f"{source}#{n}") for n, line in enumerate(lines[:-1], start=1)]
    per_doc = [n for n in parse_stages(None) if n != "dedup"]  # dedup and site counts need the corpus
    alone = Config(site_boilerplate=False)
    expected = [r for r in local_records([source], tmp_path, per_doc, alone) if not r["error"]]
    from copydesk.store.parquet import from_row

    def key(record):  # ids hash the input bytes, which are re-encoded here; all else is equal
        return {k: v for k, v in record.items() if k != "id"}

    got = [key(from_row(r).to_dict()) for r in process_records(rows, per_doc)]
    assert sorted(got, key=lambda r: r["source"]) == sorted(map(key, expected), key=lambda r: r["source"])
    assert len(got) == 11
    frames = list(process_frames([pd.DataFrame(rows[:3]), pd.DataFrame(rows[3:])], per_doc))
    assert sum(len(f) for f in frames) == len(rows) and list(frames[0].columns)[:2] == ["id", "source"]


class SlowOnWarc3(DocProcessor):
    """Adds a stage that stalls on one record, to check the per-document time limit in actors."""

    def __init__(self, names, config):
        super().__init__(names, config)
        self.stages.append(Stall())


class Stall(DocStage):
    name = "stall"

    def process(self, article):
        if article.source.endswith("pages.warc.gz#3"):
            time.sleep(8)
        return article


@pytest.mark.slow
def test_time_limit_holds_in_ray_actors(local_ray, tmp_path):
    from copydesk.runners.ray_runner import RayOptions, RayRunner

    inputs = make_corpus(tmp_path / "in")
    RayRunner(2, Config(doc_timeout_s=1.0), RayOptions(shards=SMALL), SlowOnWarc3).run(
        inputs, tmp_path / "out", ["extract"])
    late = [r for r in records_of(tmp_path / "out") if r["error"] and r["error"]["stage"] == "stall"]
    assert [(r["source"].rsplit("/", 1)[1], r["error"]["type"]) for r in late] == [
        ("pages.warc.gz#3", "DocumentTimeout")]
