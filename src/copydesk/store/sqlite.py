"""The default store: one SQLite file, WAL mode, an FTS5 index over title and text.

Each row holds the full JSON record plus indexed columns for filtering. Writes are committed
every `commit_every` records, so an interrupted run keeps everything committed before it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.article import Article
from copydesk.errors import OutputError
from copydesk.store.index import SIDE_SCHEMA, ensure_index, index_record

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL UNIQUE,
    url TEXT, site TEXT, title TEXT, published TEXT, language TEXT,
    text TEXT NOT NULL DEFAULT '',
    n_removed INTEGER NOT NULL DEFAULT 0,
    error_stage TEXT,
    duplicate_of TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
_INSERT = """INSERT INTO articles
    (id, source, url, site, title, published, language, text, n_removed, error_stage,
     duplicate_of, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_TOKEN = re.compile(r"\w+", re.UNICODE)


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    try:
        if readonly:
            if not path.exists():
                raise OutputError(f"no store at {path}")
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            conn.executescript(SIDE_SCHEMA)
    except sqlite3.Error as exc:
        raise OutputError(f"cannot open store {path}: {exc}") from exc
    return conn


class SqliteWriter:
    def __init__(self, path: Path, resume: bool = False, commit_every: int = 64) -> None:
        self.path = path
        self._conn = connect(path)
        self._resume = resume
        self._commit_every = commit_every
        self._pending = 0

    def done_sources(self) -> set[str]:
        if not self._resume:
            return set()
        return {row[0] for row in self._conn.execute("SELECT source FROM articles")}

    def write(self, article: Article) -> None:
        record = article.to_dict()
        self._conn.execute("DELETE FROM articles WHERE source = ? OR id = ?",
                           (article.source, article.id))
        cursor = self._conn.execute(_INSERT, _row(record))
        if cursor.lastrowid is not None:
            index_record(self._conn, cursor.lastrowid, record)
        self._pending += 1
        if self._pending >= self._commit_every:
            self._conn.commit()
            self._pending = 0

    def close(self) -> None:
        self._conn.commit()
        ensure_index(self._conn)  # side rows for any records an older writer left unindexed
        self._conn.close()


def _row(record: dict[str, Any]) -> tuple[Any, ...]:
    error = record["error"]
    return (
        record["id"], record["source"], record["url"], record["site"], record["title"],
        record["published"], record["language"], record["text"], len(record["removed"]),
        error["stage"] if error else None, record["duplicate_of"],
        json.dumps(record, ensure_ascii=False),
    )


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    site: str | None
    published: str | None
    snippet: str
    score: float
    language: str | None = None
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "site": self.site,
                "published": self.published, "snippet": self.snippet, "score": self.score,
                "language": self.language, "duplicate_of": self.duplicate_of}


def fts_query(text: str) -> str:
    """Free text → an FTS5 query of quoted terms (all must match); no operator injection."""
    return " ".join(f'"{tok}"' for tok in _TOKEN.findall(text)[:32])


def search(path: Path, query: str, limit: int = 10) -> list[Hit]:
    """Articles matching every word of `query`, best bm25 first."""
    match = fts_query(query)
    if not match:
        return []
    conn = connect(path, readonly=True)
    try:
        rows = conn.execute(
            """SELECT a.id, a.title, a.site, a.published,
                      snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?""",
            (match, max(1, min(limit, 1000))),
        ).fetchall()
    finally:
        conn.close()
    return [Hit(*row) for row in rows]


def open_indexed(path: Path) -> sqlite3.Connection:
    """A read-only connection to a store whose side tables exist (back-filled once if not)."""
    conn = connect(path, readonly=True)
    try:
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_meta'").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise OutputError(f"cannot read store {path}: {exc}") from exc
    if found:
        return conn
    conn.close()
    writable = connect(path)
    try:
        ensure_index(writable)
    except sqlite3.Error as exc:
        raise OutputError(f"store {path} lacks its search index and cannot be updated: {exc}") from exc
    finally:
        writable.close()
    return connect(path, readonly=True)


def set_duplicates(path: Path, duplicate_of: dict[str, str]) -> int:
    """Set `duplicate_of` (column and JSON record) to the given id → canonical id map; every
    other record gets null. Used by the post-hoc dedup of a whole store. Returns rows marked."""
    conn = connect(path)
    try:
        conn.execute("UPDATE articles SET duplicate_of = NULL, "
                     "record = json_set(record, '$.duplicate_of', json('null')) "
                     "WHERE duplicate_of IS NOT NULL")
        conn.executemany("UPDATE articles SET duplicate_of = ?1, "
                         "record = json_set(record, '$.duplicate_of', ?1) WHERE id = ?2",
                         [(canon, aid) for aid, canon in duplicate_of.items()])
        conn.commit()
    except sqlite3.Error as exc:
        raise OutputError(f"cannot update store {path}: {exc}") from exc
    finally:
        conn.close()
    return len(duplicate_of)


def get(path: Path, article_id: str) -> Article | None:
    conn = connect(path, readonly=True)
    try:
        row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    finally:
        conn.close()
    return Article.from_dict(json.loads(row[0])) if row else None


def most_removed_id(path: Path) -> str | None:
    """Id of the article with the most removed lines (a good example of cleaning)."""
    conn = connect(path, readonly=True)
    try:
        row = conn.execute("SELECT id FROM articles WHERE error_stage IS NULL "
                           "ORDER BY n_removed DESC, id LIMIT 1").fetchone()
    finally:
        conn.close()
    return row[0] if row else None
