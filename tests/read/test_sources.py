import gzip
import json

import pytest

from copydesk.config import Config
from copydesk.read import read_inputs


def _one(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    records = list(read_inputs([path]))
    assert len(records) == 1
    return records[0]


def test_html_file_is_read_with_html(tmp_path, harbour_html):
    article = _one(tmp_path, "page.html", harbour_html.encode())
    assert article.ok and article.html and "ferry terminal" in article.html


def test_format_is_detected_from_content_not_suffix(tmp_path, harbour_html):
    article = _one(tmp_path, "page.dat", harbour_html.encode())
    assert article.html is not None
    text = _one(tmp_path, "notes.html.txt", b"Plain words about the ferry.\nSecond line.")
    assert text.raw_text is not None and text.html is None


def test_gzipped_html(tmp_path, harbour_html):
    article = _one(tmp_path, "page.html.gz", gzip.compress(harbour_html.encode()))
    assert article.ok and "ferry" in (article.html or "")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"%PDF-1.4 binary", "binary"),
     (gzip.compress(b"<html>" + b"x" * 5000)[:40], "gzip")],
)
def test_bad_files_become_error_records(tmp_path, data, message):
    article = _one(tmp_path, "bad.html.gz" if message == "gzip" else "bad.html", data)
    assert article.error is not None
    assert article.error.stage == "read"
    assert message in article.error.message


def test_size_limit(tmp_path):
    config = Config(max_input_bytes=1000)
    path = tmp_path / "big.html"
    path.write_bytes(b"<html><body>" + b"<p>word</p>" * 500 + b"</body></html>")
    (article,) = list(read_inputs([path], config))
    assert article.error and "limit" in article.error.message


def test_jsonl_one_record_per_line_bad_lines_become_errors(tmp_path):
    lines = [
        json.dumps({"text": "Body of the first story.", "url": "https://a.example.com/1",
                    "title": "First"}),
        "{broken json",
        json.dumps({"html": 42}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"html": "<p>Second story body</p>", "id": "x"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records = list(read_inputs([path]))
    assert [r.source.rsplit("#", 1)[1] for r in records] == ["1", "2", "3", "4", "6"]
    assert records[0].raw_text and records[0].title == "First"
    assert records[0].url == "https://a.example.com/1"
    assert [r.ok for r in records] == [True, False, False, False, True]
    assert "malformed JSON" in records[1].error.message
    assert "'html' is a int" in records[2].error.message
    assert records[4].html == "<p>Second story body</p>"


def test_truncated_gzip_jsonl_keeps_what_was_read(tmp_path):
    body = "".join(json.dumps({"text": f"Story number {i} " * 20}) + "\n" for i in range(200))
    data = gzip.compress(body.encode())
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(read_inputs([path]))
    assert records[-1].error and "truncated" in records[-1].error.message
    assert all(r.ok for r in records[:-1]) and len(records) > 2


def test_directory_is_walked_recursively_and_skip_works(tmp_path, harbour_html):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_text(harbour_html)
    (tmp_path / "a" / "b" / "two.txt").write_text("Some text about something that happened.")
    sources = [r.source for r in read_inputs([tmp_path])]
    assert len(sources) == 2
    skipped = list(read_inputs([tmp_path], skip={sources[0]}))
    assert [r.source for r in skipped] == sources[1:]


def test_unreadable_path_gives_error_record(tmp_path):
    (article,) = list(read_inputs([tmp_path / "missing.html"]))
    assert article.error and article.error.stage == "read"


def test_directory_walk_takes_input_suffixes_only(tmp_path, harbour_html):
    for name in ("a.html", "b.htm.gz", "c.jsonl", "d.txt", "e.warc.gz", "noext"):
        (tmp_path / name).write_bytes(b"x")
    for name in ("README.md", "manifest.json", "script.py", "img.png", ".hidden.html"):
        (tmp_path / name).write_bytes(b"x")
    from copydesk.read import iter_files

    assert sorted(p.name for p in iter_files([tmp_path])) == [
        "a.html", "b.htm.gz", "c.jsonl", "d.txt", "e.warc.gz", "noext"]
    assert [p.name for p in iter_files([tmp_path / "README.md"])] == ["README.md"]
