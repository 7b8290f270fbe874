"""Parquet output: a directory of shards, each written to a temporary name then renamed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from copydesk.article import Article
from copydesk.errors import OutputError

#: Flat columns for analytics; nested fields are kept as JSON strings so the schema is stable.
SCHEMA = pa.schema(
    [
        ("id", pa.string()), ("source", pa.string()), ("url", pa.string()),
        ("site", pa.string()), ("title", pa.string()), ("authors", pa.list_(pa.string())),
        ("published", pa.string()), ("language", pa.string()), ("text", pa.string()),
        ("removed", pa.string()), ("entities", pa.string()), ("quotes", pa.string()),
        ("events", pa.string()), ("duplicate_of", pa.string()), ("error", pa.string()),
    ]
)
_NESTED = ("removed", "entities", "quotes", "events", "error")


def to_row(article: Article) -> dict[str, Any]:
    row = article.to_dict()
    for key in _NESTED:
        row[key] = json.dumps(row[key], ensure_ascii=False) if row[key] is not None else None
    return row


def from_row(row: dict[str, Any]) -> Article:
    data = dict(row)
    for key in _NESTED:
        data[key] = json.loads(data[key]) if data.get(key) else None
    return Article.from_dict(data)


class ParquetWriter:
    def __init__(self, outdir: Path, resume: bool = False, shard_rows: int = 2000) -> None:
        self.outdir = outdir
        try:
            outdir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {outdir}: {exc.strerror or exc}") from exc
        if not resume:
            for old in outdir.glob("part-*.parquet"):
                old.unlink()
        self._done = read_sources(outdir) if resume else set()
        self._next = len(list(outdir.glob("part-*.parquet")))
        self._rows: list[dict[str, Any]] = []
        self._shard_rows = shard_rows

    def done_sources(self) -> set[str]:
        return set(self._done)

    def write(self, article: Article) -> None:
        self._rows.append(to_row(article))
        if len(self._rows) >= self._shard_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        table = pa.Table.from_pylist(self._rows, schema=SCHEMA)
        final = self.outdir / f"part-{self._next:05d}.parquet"
        tmp = final.with_suffix(".parquet.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, final)
        self._next += 1
        self._rows = []

    def close(self) -> None:
        self._flush()


def read_sources(outdir: Path) -> set[str]:
    done: set[str] = set()
    for shard in sorted(outdir.glob("part-*.parquet")):
        done.update(pq.read_table(shard, columns=["source"]).column("source").to_pylist())
    return done
