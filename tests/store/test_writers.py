import json
import sqlite3

import pytest

from copydesk.article import Article, Removed
from copydesk.errors import OutputError
from copydesk.store import get, infer_format, most_removed_id, open_writer, search
from copydesk.store.jsonl import read_sources
from copydesk.store.parquet import read_sources as parquet_sources


def _articles():
    return [
        Article(id="a1", source="x.html", title="Navy drills in the Baltic",
                text="Warships from two navies held joint drills.\n\nThe exercise lasted a week."),
        Article(id="a2", source="y.html", title="Harbour terminal approved",
                text="The ferry terminal was approved by the board.",
                removed=[Removed("Advertisement", "ad", 1), Removed("Read more: x", "related", 2)]),
        Article(id="a3", source="z.html").fail("read", "empty input", "ReadError"),
    ]


def test_infer_format(tmp_path):
    assert infer_format(tmp_path / "o.jsonl", None) == "jsonl"
    assert infer_format(tmp_path / "o.db", None) == "sqlite"
    assert infer_format(tmp_path / "outdir", None) == "parquet"
    assert infer_format(tmp_path / "o.db", "jsonl") == "jsonl"


def test_sqlite_store_search_get_and_resume(tmp_path):
    path = tmp_path / "s.db"
    writer = open_writer(path)
    for a in _articles():
        writer.write(a)
    writer.close()
    hits = search(path, "navies drills")
    assert [h.id for h in hits] == ["a1"]
    assert "[drills]" in hits[0].snippet
    assert search(path, 'ferry" OR "navy') == [], "quotes and operators are not injected"
    assert get(path, "a2").removed[0].reason == "ad"
    assert get(path, "nope") is None
    assert most_removed_id(path) == "a2"
    resumed = open_writer(path, resume=True)
    assert resumed.done_sources() == {"x.html", "y.html", "z.html"}
    resumed.write(_articles()[0])  # rewriting a source replaces its row
    resumed.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'drills'"
                        ).fetchone()[0] == 1


def test_jsonl_writer_and_torn_tail(tmp_path):
    path = tmp_path / "o.jsonl"
    writer = open_writer(path)
    for a in _articles():
        writer.write(a)
    writer.close()
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    with open(path, "a") as fh:
        fh.write('{"id": "torn", "sour')
    assert read_sources(path) == {"x.html", "y.html", "z.html"}
    assert path.read_text().endswith("}\n"), "the torn line is cut before appending"


def test_parquet_round_trip(tmp_path):
    import pyarrow.parquet as pq

    from copydesk.store.parquet import from_row

    out = tmp_path / "out"
    writer = open_writer(out, "parquet")
    for a in _articles():
        writer.write(a)
    writer.close()
    assert parquet_sources(out) == {"x.html", "y.html", "z.html"}
    rows = pq.read_table(out).to_pylist()
    back = [from_row(r) for r in rows]
    assert [b.to_dict() for b in back] == [a.to_dict() for a in _articles()]


def test_unwritable_output_raises_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        open_writer(blocker / "sub" / "o.jsonl")
