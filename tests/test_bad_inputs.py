"""The bad-input corpus: every input yields its records, errors name stage and reason, no crash."""

import json
import time
from collections import Counter
from pathlib import Path

import pytest

import copydesk
from copydesk.config import Config
from hostile_corpus import build  # type: ignore[import-not-found]

pytestmark = pytest.mark.slow  # ~45 s: the corpus holds 50 MB pages and parser-stalling cases


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    cases = build(root / "in")
    out = root / "out.jsonl"
    # short limits keep the test fast: a 2 s per-document limit, and chunks of 2 so a worker
    # killed by the hard limit (C code SIGALRM cannot stop) costs little redone work
    config = Config(doc_timeout_s=2, chunk_size=2)
    started = time.perf_counter()
    summary = copydesk.run([root / "in"], out, workers=2, stages="extract,clean", config=config)
    seconds = time.perf_counter() - started
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return cases, rows, summary, seconds


def test_every_input_yields_its_records(hostile_run):
    cases, rows, summary, _seconds = hostile_run
    per_file = Counter(Path(r["source"].split("#")[0]).name for r in rows)
    assert per_file == {name: case.records for name, case in cases.items()}
    assert summary.inputs == len(rows)


def test_errors_and_articles_are_as_expected(hostile_run):
    cases, rows, _summary, _seconds = hostile_run
    by_file: dict[str, list[dict]] = {}
    for r in rows:
        by_file.setdefault(Path(r["source"].split("#")[0]).name, []).append(r)
    for name, case in cases.items():
        records = by_file[name]
        if case.error is True:
            assert any(r["error"] for r in records), name
        elif case.error is False:
            assert all(r["error"] is None for r in records), (name, records[0]["error"])
        for r in records:
            if r["error"]:
                assert r["error"]["stage"] in {"read", "extract", "clean", "pipeline"}
                assert r["error"]["type"] and r["error"]["message"]


def test_decoding_cases_keep_their_text(hostile_run):
    _cases, rows, _summary, _seconds = hostile_run
    texts = {Path(r["source"]).name: r["text"] for r in rows}
    assert "régional" in texts["latin1_declared_utf8.html"]
    assert "night bus service" in texts["utf16_nobom.html"]
    assert "night bus service" in texts["utf16be_nobom.html"]
    assert "ночных автобусов" in texts["cp1251_declared_utf8.html"]
    assert "深夜バス" in texts["shift_jis_declared_utf8.html"]
    assert "council" in texts["nul_inside.html"].replace("\x00", "")
    assert "document.write" not in texts["script_in_text.html"]


def test_size_guard_refuses_huge_inputs_before_parsing(hostile_run):
    _cases, rows, _summary, _seconds = hostile_run
    for r in rows:
        name = Path(r["source"].split("#")[0]).name
        if "50mb" in name:
            assert r["error"]["stage"] == "read" and "limit" in r["error"]["message"], name


def test_runaway_document_is_stopped_by_the_hard_limit(hostile_run):
    """100,000 attributes on one tag keep the HTML parser busy in C for minutes, where SIGALRM
    cannot reach it: the runner kills the worker and records a timeout, nothing else is lost."""
    _cases, rows, _summary, seconds = hostile_run
    row = next(r for r in rows if r["source"].endswith("many_attributes.html"))
    assert row["error"] and row["error"]["type"] == "DocumentTimeout"
    assert seconds < 240, "the corpus run is bounded by the per-document limits"
