"""The hand-written test sets' reader accepts the documented format and rejects malformed records."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_module import load_bench

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
#: bench/data/handset.py, as the benchmark imports it.
handset = load_bench("cleanup").handset

SAMPLE = """# a comment
=== junk | Valley Ledger | https://ledger.example/a
title: Bridge reopens after repairs
The bridge reopened on Monday after six months of repairs.
!ad Advertisement
Drivers said the queues had eased by the evening.

!related Read more: Ferry fares to rise
=== clean | Valley Ledger |
title: Library extends hours
The library will open until 9pm from June.
Staff welcomed the change.
Readers had asked for it for years.
"""


def test_sample_parses_into_labelled_records(tmp_path: Path) -> None:
    path = tmp_path / "handset_x.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    first, second = handset.parse(path)
    assert (first["id"], first["kind"], first["site"]) == ("handset_x-001", "junk", "Valley Ledger")
    assert first["title"] == "Bridge reopens after repairs"
    assert [line["reason"] for line in first["lines"]] == [None, "ad", None, "related"]
    assert first["lines"][3]["text"] == "Read more: Ferry fares to rise"
    assert second["url"] is None and all(line["label"] == "article" for line in second["lines"])


@pytest.mark.parametrize("bad", [
    "=== junk | S | u\ntitle: T\nOne.\n!advert Two\nThree.\n",          # unknown reason
    "=== news | S | u\ntitle: T\nOne.\nTwo.\nThree.\n",                 # unknown kind
    "=== clean | S | u\ntitle: T\nOne.\n!ad Buy now\nThree.\n",         # junk in a clean record
    "=== junk | S | u\ntitle: T\nOne.\nTwo.\nThree.\n",                 # junk record without junk
    "title: T\n=== junk | S | u\n",                                     # text before a header
    "=== junk | S | u\nOne.\n!ad Two\nThree.\n",                        # no title
])
def test_malformed_records_are_rejected(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "handset_bad.txt"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(handset.HandsetError):
        handset.parse(path)


@pytest.mark.parametrize("path", sorted(DATA.glob("handset_*.txt")), ids=lambda p: p.name)
def test_committed_sets_parse(path: Path) -> None:
    records = handset.parse(path)
    assert len(records) >= 30
    assert {"junk", "clean", "tricky"} <= {r["kind"] for r in records}


def test_trained_sets_exist_and_leave_the_held_out_ones_out() -> None:
    names = {path.stem for path in DATA.glob("handset_*.txt")}
    assert set(handset.TRAINED) <= names
    assert {"handset_c", "handset_d"} & set(handset.TRAINED) == set()
    assert len(set(handset.TRAINED)) == len(handset.TRAINED)
