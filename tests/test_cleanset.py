"""The clean-stage development set in bench/data/ is complete, valid and reproducible."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from copydesk.article import REASONS

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
SPLITS = ("train", "dev")
RECORD_KEYS = ["id", "title", "url", "site", "kind", "lines"]


def load(split: str, folder: Path = DATA) -> list[dict]:
    with open(folder / f"cleanset_{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {split: load(split) for split in SPLITS}


def test_builder_is_deterministic_and_files_are_current(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(DATA / "build_cleanset.py"), "--out", str(tmp_path), "--quiet"],
        check=True,
    )
    for split in SPLITS:
        name = f"cleanset_{split}.jsonl"
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_size_and_mix(records: dict[str, list[dict]]) -> None:
    all_recs = records["train"] + records["dev"]
    assert len(all_recs) >= 300
    assert len({r["title"] for r in all_recs}) >= 80
    kinds = Counter(r["kind"] for r in all_recs)
    assert set(kinds) == {"junk", "clean", "tricky"}
    assert kinds["clean"] >= 0.15 * len(all_recs)
    assert kinds["tricky"] >= 0.10 * len(all_recs)
    assert 0.5 <= len(records["train"]) / len(all_recs) <= 0.7
    assert sum((DATA / f"cleanset_{s}.jsonl").stat().st_size for s in SPLITS) < 3_000_000


def test_records_and_labels_are_valid(records: dict[str, list[dict]]) -> None:
    ids = [r["id"] for recs in records.values() for r in recs]
    assert len(ids) == len(set(ids))
    for recs in records.values():
        for r in recs:
            assert list(r) == RECORD_KEYS
            assert r["title"] and r["url"].startswith("https://") and r["site"]
            assert r["lines"]
            for line in r["lines"]:
                assert set(line) == {"text", "label", "reason"}
                assert line["text"] and line["text"] == line["text"].strip()
                if line["label"] == "article":
                    assert line["reason"] is None
                else:
                    assert line["label"] == "junk" and line["reason"] in REASONS
            n_junk = sum(line["label"] == "junk" for line in r["lines"])
            assert n_junk == 0 if r["kind"] == "clean" else True
            assert n_junk > 0 if r["kind"] == "junk" else True
            assert any(line["label"] == "article" for line in r["lines"])


def test_every_reason_in_dev(records: dict[str, list[dict]]) -> None:
    for split in SPLITS:
        seen = {ln["reason"] for r in records[split] for ln in r["lines"] if ln["reason"]}
        assert seen == set(REASONS), (split, set(REASONS) - seen)


def test_splits_share_no_base_article_or_junk_line(records: dict[str, list[dict]]) -> None:
    titles = {s: {r["title"] for r in records[s]} for s in SPLITS}
    assert not titles["train"] & titles["dev"]
    junk = {
        s: {ln["text"] for r in records[s] for ln in r["lines"] if ln["label"] == "junk"}
        for s in SPLITS
    }
    # Titles of a split's own articles may be junk there ("repeated", related-story lists).
    shared = (junk["train"] & junk["dev"]) - titles["train"] - titles["dev"]
    assert not shared, sorted(shared)[:10]


def test_repeated_convention(records: dict[str, list[dict]]) -> None:
    """A junk line equal to the title or to an earlier line is labelled "repeated"."""
    for recs in records.values():
        for r in recs:
            seen = {r["title"]}
            for line in r["lines"]:
                if line["label"] == "junk" and line["text"] in seen:
                    assert line["reason"] == "repeated", (r["id"], line)
                seen.add(line["text"])
