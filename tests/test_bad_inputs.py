"""The bad-input corpus: every input yields its records, errors name stage and reason, no crash."""

import json
from collections import Counter
from pathlib import Path

import pytest

import copydesk
from copydesk.config import Config
from hostile_corpus import build  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    cases = build(root / "in")
    out = root / "out.jsonl"
    summary = copydesk.run([root / "in"], out, workers=2, config=Config(doc_timeout_s=5))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return cases, rows, summary, root / "in"


def test_every_input_yields_its_records(hostile_run):
    cases, rows, summary, _base = hostile_run
    per_file = Counter(Path(r["source"].split("#")[0]).name for r in rows)
    assert per_file == {name: case.records for name, case in cases.items()}
    assert summary.inputs == len(rows)


def test_errors_and_articles_are_as_expected(hostile_run):
    cases, rows, _summary, _base = hostile_run
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
    _cases, rows, _summary, _base = hostile_run
    texts = {Path(r["source"]).name: r["text"] for r in rows}
    assert "régional" in texts["latin1_declared_utf8.html"]
    assert "night bus service" in texts["utf16_nobom.html"]
