"""Outputs: the SQLite store (default), JSON lines and Parquet shards."""

from __future__ import annotations

from pathlib import Path

from copydesk.config import DEFAULT, Config
from copydesk.errors import OutputError
from copydesk.store.base import Writer, infer_format
from copydesk.store.explore import Filters, Page, aggregates, facets, parse_bound, parse_pair, query
from copydesk.store.jsonl import JsonlWriter
from copydesk.store.parquet import ParquetWriter
from copydesk.store.sqlite import SqliteWriter, get, most_removed_id, search, set_duplicates

FORMATS = ("sqlite", "jsonl", "parquet")


def open_writer(output: Path, fmt: str | None = None, resume: bool = False,
                config: Config = DEFAULT) -> Writer:
    """A writer for `output` in `fmt` (inferred from the path when None)."""
    kind = infer_format(output, fmt)
    if kind == "sqlite":
        return SqliteWriter(output, resume, config.commit_every)
    if kind == "jsonl":
        return JsonlWriter(output, resume, config.commit_every)
    if kind == "parquet":
        return ParquetWriter(output, resume, config.parquet_shard_rows)
    raise OutputError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS", "Filters", "Page", "Writer", "aggregates", "facets", "get", "infer_format",
    "most_removed_id", "open_writer", "parse_bound", "parse_pair", "query", "search", "set_duplicates",
]
