"""Self-consistency checks for the bundled sample corpus in ``examples/``.

These tests do not exercise copydesk itself; they make sure the corpus other
tests rely on (pages, manifest, WARC, extracted-text samples) agrees with
itself.
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HTML_DIR = EXAMPLES / "html"
MANIFEST = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))
FIELDS = {
    "file",
    "url",
    "site",
    "site_name",
    "title",
    "authors",
    "published",
    "language",
    "first_paragraph",
    "last_paragraph",
    "junk_lines",
}
TAG = re.compile(r"<[^>]*>")
WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return WS.sub(" ", text).strip()


def page_text(name: str) -> str:
    raw = (HTML_DIR / name).read_text(encoding="utf-8")
    return norm(html.unescape(TAG.sub("", raw)))


def entry_id(entry: dict) -> str:
    return entry["file"].removesuffix(".html")


def test_pages_and_manifest_match() -> None:
    files = sorted(p.name for p in HTML_DIR.glob("*.html"))
    assert len(files) >= 20
    assert sorted(e["file"] for e in MANIFEST) == files


def test_corpus_mix() -> None:
    clean = [e for e in MANIFEST if not e["junk_lines"]]
    assert len(clean) >= 2
    assert sum(e.get("kind") == "tricky" for e in MANIFEST) >= 2
    assert len({e["language"] for e in MANIFEST}) >= 3
    assert len({e["site"] for e in MANIFEST}) >= 8


def test_corpus_is_small() -> None:
    total = sum(p.stat().st_size for p in EXAMPLES.rglob("*") if p.is_file())
    assert total < 1_100_000


@pytest.mark.parametrize("entry", MANIFEST, ids=entry_id)
def test_manifest_entry(entry: dict) -> None:
    assert entry.keys() >= FIELDS
    host = urlsplit(entry["url"]).hostname or ""
    assert host == entry["site"] or host.endswith("." + entry["site"])
    assert re.fullmatch(r"[a-z]{2}", entry["language"])
    datetime.fromisoformat(entry["published"])
    assert entry["authors"] and all(isinstance(a, str) and a for a in entry["authors"])
    assert all(line == norm(line) for line in entry["junk_lines"])


@pytest.mark.parametrize("entry", MANIFEST, ids=entry_id)
def test_lines_occur_in_page(entry: dict) -> None:
    text = page_text(entry["file"])
    lines = [entry["first_paragraph"], entry["last_paragraph"], *entry["junk_lines"]]
    lines += entry.get("paragraphs", [])
    for line in lines:
        assert norm(line) in text, line
    if "paragraphs" in entry:
        assert entry["paragraphs"][0] == entry["first_paragraph"]
        assert entry["paragraphs"][-1] == entry["last_paragraph"]
        assert not set(entry["paragraphs"]) & set(entry["junk_lines"])


@pytest.mark.parametrize("entry", MANIFEST, ids=entry_id)
def test_metadata_on_page(entry: dict) -> None:
    raw = (HTML_DIR / entry["file"]).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{entry["url"]}"' in raw
    lang = re.search(r'<html[^>]*\slang="([^"]+)"', raw)
    assert lang and lang.group(1).split("-")[0] == entry["language"]
    title = re.search(r"<title>(.*?)</title>", raw, re.S)
    assert title and norm(html.unescape(title.group(1))).startswith(entry["title"])
    assert entry["published"] in raw
    text = page_text(entry["file"])
    assert entry["site_name"] in text or entry["site_name"] in raw
    assert all(author in text for author in entry["authors"])


def test_warc_reads_back() -> None:
    warc = pytest.importorskip("fastwarc.warc")
    by_url = {e["url"]: e["file"] for e in MANIFEST}
    seen, encoded = [], 0
    with (EXAMPLES / "sample.warc.gz").open("rb") as stream:
        records = warc.ArchiveIterator(stream, record_types=warc.WarcRecordType.response, auto_decode="all")
        for record in records:
            url = record.headers["WARC-Target-URI"]
            assert record.http_headers.status_code == 200
            assert record.http_headers["Content-Type"] == "text/html; charset=utf-8"
            encoded += record.http_headers.get("Content-Encoding") == "gzip"
            assert record.reader.read() == (HTML_DIR / by_url[url]).read_bytes()
            seen.append(url)
    assert sorted(seen) == sorted(by_url)
    assert encoded >= 3


def test_warc_has_one_gzip_member_per_record() -> None:
    data = (EXAMPLES / "sample.warc.gz").read_bytes()
    members = data.count(b"\x1f\x8b\x08\x00\x00\x00\x00\x00")
    assert members == 1 + 2 * len(MANIFEST)
    assert gzip.decompress(data).startswith(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")


def test_articles_jsonl() -> None:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) >= 12
    junk = json.loads((EXAMPLES / "articles_junk.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == list(junk)
    for record in records:
        assert {"id", "url", "title", "text"} <= record.keys()
        paragraphs = record["text"].split("\n\n")
        for line in junk[record["id"]]:
            assert line in paragraphs, (record["id"], line)
        assert any(p not in junk[record["id"]] for p in paragraphs)


def test_generated_outputs_are_current(monkeypatch: pytest.MonkeyPatch) -> None:
    script = EXAMPLES.parent / "scripts" / "sample_corpus" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_corpus", module)
    spec.loader.exec_module(module)
    for path, text in module.build_all().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale"
