"""Dedup of a finished SQLite store: for resumed runs and runners that write as they go.

Reads only (id, published, text) in batches, so memory is the signatures alone; then sets
`duplicate_of` on every row (column and JSON record) in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from copydesk.article import Article
from copydesk.dedup.cluster import duplicate_map
from copydesk.dedup.minhash import Signatures, sign
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams
from copydesk.store.sqlite import connect, set_duplicates


def dedup_store(path: Path, params: DedupParams = DEFAULT_PARAMS) -> int:
    """Recompute `duplicate_of` across every article of the store; returns how many are duplicates."""
    parts: list[Signatures] = []
    conn = connect(path, readonly=True)
    try:
        cursor = conn.execute("SELECT id, published, text FROM articles WHERE error_stage IS NULL")
        while rows := cursor.fetchmany(params.batch_docs):
            parts.append(sign([_light(*row) for row in rows], params))
    finally:
        conn.close()
    mapping = duplicate_map(Signatures.concat(parts, params.num_bins), params)
    return set_duplicates(path, mapping)


def _light(article_id: str, published: str | None, text: str | None) -> Article:
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    return Article(id=article_id, source=article_id, published=when, text=text or "")
