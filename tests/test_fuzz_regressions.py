"""Findings of the hostile corpus and bench/fuzz.py, kept as regressions (inputs inline).

Each input goes through the fuzz harness's own invariants (bench/fuzz.py `check`): reading
never raises, every file yields a record, stages never raise. The first byte picks the suffix.
"""

import importlib.util
from pathlib import Path

import pytest

from copydesk.read import read_file

_FUZZ = Path(__file__).parents[1] / "bench" / "fuzz.py"


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("copydesk_fuzz", _FUZZ)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, module.build_stages()


FINDINGS = {
    # WARC of request records only: the file used to yield no record at all
    "warc_requests_only": b"\x02WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 5\r\n\r\nGET /\r\n\r\n",
    # 2,000-deep JSON on one line: RecursionError ended the file, losing the lines after it
    "deep_json_line": (b"\x04" + b'{"text": 1}\n' + b"[" * 3000
                       + b'\n{"text": "The mayor spoke at length today."}'),
    # a lone surrogate escape is valid JSON but no writer can encode it as UTF-8
    "lone_surrogate": (b'\x04{"text": "The council met \\ud800 on Tuesday to vote.",'
                       b' "title": "\\udfff"}'),
    # one stray NUL in a page made the whole page "binary data"
    "stray_nul": b"\x00<html><body><p>The council met on Tuesday\x00 to vote on the night bus plan.</p>",
}


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_finding_holds_the_fuzz_invariants(fuzz, tmp_path, name):
    module, stages = fuzz
    module.check(FINDINGS[name], tmp_path, stages)


def _records(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path))


def test_request_only_warc_yields_one_error_record(tmp_path):
    (record,) = _records(tmp_path, "r.warc", FINDINGS["warc_requests_only"][1:])
    assert record.error and "no response record" in record.error.message


def test_deep_json_line_costs_only_itself(tmp_path):
    records = _records(tmp_path, "d.jsonl", FINDINGS["deep_json_line"][1:])
    assert len(records) == 3
    assert "nested too deeply" in records[1].error.message
    assert records[2].ok and records[2].raw_text.startswith("The mayor")


def test_lone_surrogates_are_replaced(tmp_path):
    (record,) = _records(tmp_path, "s.jsonl", FINDINGS["lone_surrogate"][1:])
    assert record.ok and "\ufffd" in record.raw_text and record.title == "\ufffd"
    record.raw_text.encode("utf-8")


def test_stray_nul_is_not_binary(tmp_path):
    (record,) = _records(tmp_path, "n.html", FINDINGS["stray_nul"][1:])
    assert record.ok and "\x00" not in record.html
