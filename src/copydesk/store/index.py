"""Side tables of the SQLite store, filled from each record on write, for filters and plots.

`article_meta` holds the UTC publication time (for range filters that ignore time zones) and
the number of body lines before cleaning; `entities`, `quotes` and `events` hold one row per
annotation with the fields the filters and aggregates use. Rows are keyed by the article's
rowid and removed with it by a trigger. Stores written before these tables existed are
back-filled from their JSON records by `ensure_index`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from typing import Any

SIDE_SCHEMA = """
CREATE TABLE IF NOT EXISTS article_meta (
    article INTEGER PRIMARY KEY,
    published_utc TEXT,
    n_lines INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS article_meta_published ON article_meta(published_utc);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL, name TEXT NOT NULL, text TEXT, label TEXT, country TEXT
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_text ON entities(text COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS quotes (article INTEGER NOT NULL, speaker TEXT NOT NULL, kind TEXT);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL, type TEXT, cameo TEXT, source_country TEXT, target_country TEXT,
    pair TEXT, month TEXT
);
CREATE INDEX IF NOT EXISTS events_pair ON events(pair);
CREATE INDEX IF NOT EXISTS events_type ON events(type COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE TRIGGER IF NOT EXISTS articles_side_ad AFTER DELETE ON articles BEGIN
    DELETE FROM article_meta WHERE article = old.rowid;
    DELETE FROM entities WHERE article = old.rowid;
    DELETE FROM quotes WHERE article = old.rowid;
    DELETE FROM events WHERE article = old.rowid;
END;
"""
_MONTH = re.compile(r"^\d{4}-\d{2}")
#: Longest annotation value kept in a side table; longer ones are junk, not names.
_MAX_VALUE = 200


def index_record(conn: sqlite3.Connection, rowid: int, record: dict[str, Any]) -> None:
    """Insert the side-table rows of one record (never raises on odd annotation values)."""
    published = utc_text(record.get("published"))
    n_lines = len([p for p in (record.get("text") or "").split("\n\n") if p.strip()])
    n_lines += len(record.get("removed") or [])
    conn.execute("INSERT OR REPLACE INTO article_meta VALUES (?, ?, ?)", (rowid, published, n_lines))
    conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                     [(rowid, *row) for row in entity_rows(record.get("entities"))])
    conn.executemany("INSERT INTO quotes VALUES (?, ?, ?)",
                     [(rowid, *row) for row in quote_rows(record.get("quotes"))])
    month = published[:7] if published else None
    conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(rowid, *row) for row in event_rows(record.get("events"), month)])


def utc_text(value: Any) -> str | None:
    """An ISO timestamp as 'YYYY-MM-DDTHH:MM:SS' in UTC (naive taken as UTC); None if unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("canonical") or value.get("text") or value.get("name")
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:_MAX_VALUE] or None


def _items(values: Any) -> list[dict[str, Any]]:
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


def entity_rows(entities: Any) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, text, label, country): name is the canonical form when there is one."""
    rows = []
    for ent in _items(entities):
        name = _text(ent.get("canonical")) or _text(ent.get("text"))
        if name:
            rows.append((name, _text(ent.get("text")), _text(ent.get("label")), _country(ent.get("country"))))
    return rows


def quote_rows(quotes: Any) -> list[tuple[str, str | None]]:
    """(speaker, kind) of every quote with a known speaker."""
    rows = []
    for quote in _items(quotes):
        speaker = _text(quote.get("speaker"))
        if speaker:
            rows.append((speaker, _text(quote.get("kind"))))
    return rows


def event_rows(events: Any, fallback_month: str | None) -> list[tuple[Any, ...]]:
    """(type, cameo, source country, target country, pair, month) of every event."""
    rows = []
    for event in _items(events):
        source = _actor_country(event.get("source"))
        target = _actor_country(event.get("target"))
        pair = "|".join(sorted((source, target))) if source and target else None
        date = event.get("date")
        month = date[:7] if isinstance(date, str) and _MONTH.match(date) else fallback_month
        rows.append((_text(event.get("type")), _text(event.get("cameo")), source, target, pair, month))
    return rows


def _actor_country(actor: Any) -> str | None:
    return _country(actor.get("country")) if isinstance(actor, dict) else None


def _country(value: Any) -> str | None:
    text = _text(value)
    return text.upper()[:16] if text else None


def ensure_index(conn: sqlite3.Connection) -> int:
    """Create the side tables and fill them for records that lack them; returns how many."""
    conn.executescript(SIDE_SCHEMA)
    rows = conn.execute("SELECT a.rowid, a.record FROM articles a LEFT JOIN article_meta m "
                        "ON m.article = a.rowid WHERE m.article IS NULL").fetchall()
    for rowid, record in rows:
        try:
            data = json.loads(record)
        except ValueError:
            data = {}
        index_record(conn, rowid, data if isinstance(data, dict) else {})
    conn.commit()
    return len(rows)
