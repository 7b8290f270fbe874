"""Filtered full-text search, facets and aggregates over the SQLite store.

Every value reaches SQL as a bound parameter; free text becomes an FTS5 query of quoted
terms (`fts_query`), so no input can inject operators or SQL. Error records never match.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from copydesk.errors import OutputError
from copydesk.store.sqlite import Hit, fts_query, open_indexed

#: Most hits one page may hold, and the deepest offset: deeper paging means a better query.
MAX_LIMIT = 1000
MAX_OFFSET = 100_000
_PAIR_SPLIT = re.compile(r"[\s,|/:;-]+")
#: Private-use characters marking matched terms in snippets (the web page turns them into <mark>).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True, slots=True)
class Filters:
    """What to restrict a search to; None means no restriction. Dates are inclusive bounds."""

    site: str | None = None
    language: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    entity: str | None = None
    speaker: str | None = None
    event_type: str | None = None
    country_pair: tuple[str, str] | None = None
    unique: bool = False  # hide records that duplicate another


@dataclass(slots=True)
class Page:
    total: int
    hits: list[Hit] = field(default_factory=list)


def parse_pair(text: str | None) -> tuple[str, str] | None:
    """'de,fr' / 'FR-DE' / 'DE|FR' → ('DE', 'FR'); None for anything else."""
    if not text:
        return None
    parts = [p.upper() for p in _PAIR_SPLIT.split(text.strip()) if p]
    if len(parts) != 2:
        raise ValueError(f"a country pair is two codes like DE,FR, not {text!r}")
    first, second = sorted(parts)
    return first, second


def parse_bound(text: str | None, end: bool = False) -> datetime | None:
    """An ISO date or date-time; a bare date as an upper bound means the end of that day."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"not an ISO date: {text!r}") from exc
    if end and len(text.strip()) <= 10:
        moment = datetime.combine(moment.date(), time.max)
    return moment


def _utc(moment: datetime | date) -> str:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time.min)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _exists(table: str, condition: str) -> str:
    return f"EXISTS (SELECT 1 FROM {table} x WHERE x.article = a.rowid AND {condition})"


_CLAUSES: dict[str, tuple[str, Callable[[Any], list[Any]]]] = {
    "site": ("a.site = ?", lambda v: [v]),
    "language": ("a.language = ?", lambda v: [v]),
    "date_from": ("m.published_utc >= ?", lambda v: [_utc(v)]),
    "date_to": ("m.published_utc <= ?", lambda v: [_utc(v)]),
    "entity": (_exists("entities", "(x.name = ? COLLATE NOCASE OR x.text = ? COLLATE NOCASE)"),
               lambda v: [v, v]),
    "speaker": (_exists("quotes", "x.speaker = ? COLLATE NOCASE"), lambda v: [v]),
    "event_type": (_exists("events", "x.type = ? COLLATE NOCASE"), lambda v: [v]),
    "country_pair": (_exists("events", "x.pair = ?"), lambda v: ["|".join(sorted(c.upper() for c in v))]),
}


@dataclass(slots=True)
class _Sql:
    """The FROM and WHERE of a filtered search, with its parameters in order."""

    source: str
    where: str
    params: list[Any]
    match: bool


def _build(text: str, filters: Filters) -> _Sql:
    match = fts_query(text)
    clauses, params = ["a.error_stage IS NULL"], []
    source = "articles a LEFT JOIN article_meta m ON m.article = a.rowid"
    if match:
        source = ("articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                  "LEFT JOIN article_meta m ON m.article = a.rowid")
        clauses.insert(0, "articles_fts MATCH ?")
        params.append(match)
    for name, (clause, values) in _CLAUSES.items():
        value = getattr(filters, name)
        if value is not None and value != "":
            clauses.append(clause)
            params.extend(values(value))
    if filters.unique:
        clauses.append("a.duplicate_of IS NULL")
    return _Sql(source, " AND ".join(clauses), params, bool(match))


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    conn = open_indexed(path)
    try:
        yield conn
    except sqlite3.Error as exc:
        raise OutputError(f"cannot search store {path}: {exc}") from exc
    finally:
        conn.close()


def query(path: Path, text: str = "", filters: Filters | None = None, limit: int = 20,
          offset: int = 0, marks: tuple[str, str] = (MARK_OPEN, MARK_CLOSE)) -> Page:
    """One page of matching articles: best bm25 first with words, newest first without.
    Matched terms in snippets are wrapped in `marks`."""
    sql = _build(text, filters or Filters())
    limit, offset = max(1, min(limit, MAX_LIMIT)), max(0, min(offset, MAX_OFFSET))
    if sql.match:
        columns = "snippet(articles_fts, 1, ?, ?, '…', 16), bm25(articles_fts, 3.0, 1.0)"
        order = "bm25(articles_fts, 3.0, 1.0), a.rowid"
    else:
        columns = "substr(a.text, 1, 240), 0.0"
        order = "m.published_utc IS NULL, m.published_utc DESC, a.rowid DESC"
    with _reading(path) as conn:
        total = conn.execute(f"SELECT count(*) FROM {sql.source} WHERE {sql.where}", sql.params).fetchone()[0]
        rows = conn.execute(
            f"SELECT a.id, a.title, a.site, a.published, {columns}, a.language, a.duplicate_of "
            f"FROM {sql.source} WHERE {sql.where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*(marks if sql.match else ()), *sql.params, limit, offset],
        ).fetchall()
    return Page(total, [Hit(*row) for row in rows])


_FACETS = {
    "site": "SELECT a.site, count(*) FROM hits JOIN articles a ON a.rowid = hits.id "
            "WHERE a.site IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "language": "SELECT a.language, count(*) FROM hits JOIN articles a ON a.rowid = hits.id "
                "WHERE a.language IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "entity": "SELECT e.name, count(DISTINCT e.article) FROM hits JOIN entities e ON e.article = hits.id "
              "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "speaker": "SELECT q.speaker, count(DISTINCT q.article) FROM hits JOIN quotes q ON q.article = hits.id "
               "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "event_type": "SELECT v.type, count(DISTINCT v.article) FROM hits JOIN events v ON v.article = hits.id "
                  "WHERE v.type IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "country_pair": "SELECT v.pair, count(DISTINCT v.article) FROM hits JOIN events v "
                    "ON v.article = hits.id WHERE v.pair IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
    "month": "SELECT substr(m.published_utc, 1, 7), count(*) FROM hits JOIN article_meta m "
             "ON m.article = hits.id WHERE m.published_utc IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT ?",
}


def _hits_cte(sql: _Sql) -> str:
    return f"WITH hits(id) AS MATERIALIZED (SELECT a.rowid FROM {sql.source} WHERE {sql.where}) "


def facets(path: Path, text: str = "", filters: Filters | None = None,
           top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Counts of matching articles per site, language, entity, speaker, event type, pair, month."""
    sql = _build(text, filters or Filters())
    top = max(1, min(top, 100))
    out: dict[str, list[dict[str, Any]]] = {}
    with _reading(path) as conn:
        for name, select in _FACETS.items():
            limit = 240 if name == "month" else top
            rows = conn.execute(_hits_cte(sql) + select, [*sql.params, limit]).fetchall()
            out[name] = [{"value": _pair_label(v) if name == "country_pair" else v, "count": c}
                         for v, c in rows]
    return out


def _pair_label(pair: str) -> str:
    return pair.replace("|", "-")


def aggregates(path: Path, text: str = "", filters: Filters | None = None, top: int = 10) -> dict[str, Any]:
    """Events per country pair per month, most-quoted speakers, junk share by site."""
    sql = _build(text, filters or Filters())
    top = max(1, min(top, 100))
    with _reading(path) as conn:
        cte = _hits_cte(sql)
        return {
            "pair_timeline": _pair_timeline(conn, cte, sql.params, top),
            "speakers": [{"speaker": s, "quotes": q, "articles": n} for s, q, n in conn.execute(
                cte + "SELECT q.speaker, count(*), count(DISTINCT q.article) FROM hits "
                "JOIN quotes q ON q.article = hits.id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
                [*sql.params, top])],
            "junk_by_site": [_junk(*row) for row in conn.execute(
                cte + "SELECT a.site, count(*), sum(a.n_removed), sum(m.n_lines) FROM hits "
                "JOIN articles a ON a.rowid = hits.id JOIN article_meta m ON m.article = hits.id "
                "WHERE a.site IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [*sql.params, top])],
        }


def _pair_timeline(conn: sqlite3.Connection, cte: str, params: list[Any], top: int) -> list[dict[str, Any]]:
    """Monthly event counts of the `top` busiest country pairs (at most 6, to stay readable)."""
    rows = conn.execute(
        cte + "SELECT v.pair, v.month, count(*) FROM hits JOIN events v ON v.article = hits.id "
        "WHERE v.pair IN (SELECT v2.pair FROM hits JOIN events v2 ON v2.article = hits.id "
        "WHERE v2.pair IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?) "
        "AND v.month IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
        [*params, min(top, 6)],
    ).fetchall()
    return [{"pair": _pair_label(p), "month": m, "events": c} for p, m, c in rows]


def _junk(site: str, articles: int, removed: int | None, lines: int | None) -> dict[str, Any]:
    removed, lines = removed or 0, lines or 0
    return {"site": site, "articles": articles, "removed": removed, "lines": lines,
            "share": round(removed / lines, 4) if lines else 0.0}


__all__ = ["MARK_CLOSE", "MARK_OPEN", "Filters", "Page", "aggregates", "facets", "parse_bound",
           "parse_pair", "query"]
