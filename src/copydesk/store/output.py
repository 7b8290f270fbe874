"""Whole-output passes after a run: read every record back, and rewrite `duplicate_of`.

Corpus-level steps that need the complete run (near-duplicate clustering) work on the output
itself, so they see resumed runs whole and memory stays flat: records are streamed, never held.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from copydesk.article import Article
from copydesk.store.base import infer_format
from copydesk.store.parquet import SCHEMA, from_row
from copydesk.store.sqlite import connect, set_duplicates


def iter_output(output: Path, fmt: str | None = None, batch: int = 500) -> Iterator[Article]:
    """Every record of an output, in storage order."""
    kind = infer_format(output, fmt)
    if kind == "sqlite":
        yield from _iter_sqlite(output, batch)
    elif kind == "jsonl":
        with open(output, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield Article.from_dict(json.loads(line))
    else:
        for shard in sorted(output.glob("part-*.parquet")):
            for row in pq.read_table(shard, schema=SCHEMA).to_pylist():
                yield from_row(row)


def _iter_sqlite(path: Path, batch: int) -> Iterator[Article]:
    conn = connect(path, readonly=True)
    try:
        cursor = conn.execute("SELECT record FROM articles ORDER BY rowid")
        while rows := cursor.fetchmany(batch):
            for (record,) in rows:
                yield Article.from_dict(json.loads(record))
    finally:
        conn.close()


def write_duplicates(output: Path, mapping: dict[str, str], fmt: str | None = None) -> None:
    """Set `duplicate_of` from `mapping` (id → canonical id) and null on every other record."""
    kind = infer_format(output, fmt)
    if kind == "sqlite":
        set_duplicates(output, mapping)
    elif kind == "jsonl":
        _rewrite_jsonl(output, mapping)
    else:
        for shard in sorted(output.glob("part-*.parquet")):
            _rewrite_shard(shard, mapping)


def _rewrite_jsonl(path: Path, mapping: dict[str, str]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(path, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            record = json.loads(line)
            record["duplicate_of"] = mapping.get(record["id"])
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _rewrite_shard(shard: Path, mapping: dict[str, str]) -> None:
    table = pq.read_table(shard, schema=SCHEMA)
    ids = table.column("id").to_pylist()
    column = pa.array([mapping.get(i) for i in ids], type=pa.string())
    table = table.set_column(table.schema.get_field_index("duplicate_of"), "duplicate_of", column)
    tmp = shard.with_name(shard.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, shard)
