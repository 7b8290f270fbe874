"""Dedup of a finished output (SQLite, JSONL or Parquet): the run's corpus-level pass.

Runners write records as they go; this pass then reads the output back in batches, so memory
is the signatures alone, clusters them, and sets `duplicate_of` on every record. Working on
the output means a resumed run is deduplicated whole.
"""

from __future__ import annotations

from pathlib import Path

from copydesk.article import Article
from copydesk.dedup.cluster import duplicate_map
from copydesk.dedup.minhash import Signatures, sign_tolerant
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams
from copydesk.store.output import iter_output, write_duplicates


def dedup_store(path: Path, params: DedupParams = DEFAULT_PARAMS) -> int:
    """Recompute `duplicate_of` across every article of a SQLite store."""
    return dedup_output(path, "sqlite", params)


def dedup_output(output: Path, fmt: str | None = None, params: DedupParams = DEFAULT_PARAMS) -> int:
    """Recompute `duplicate_of` across a whole output of any format; returns how many are duplicates."""
    parts: list[Signatures] = []
    batch: list[Article] = []
    for article in iter_output(output, fmt):
        batch.append(article)
        if len(batch) >= params.batch_docs:
            parts.append(sign_tolerant(batch, params))
            batch = []
    parts.append(sign_tolerant(batch, params))
    mapping = duplicate_map(Signatures.concat(parts, params.num_bins), params)
    write_duplicates(output, mapping, fmt)
    return len(mapping)
