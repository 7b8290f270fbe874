"""The writer protocol shared by every output format."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from copydesk.article import Article


class Writer(Protocol):
    """Appends records durably; `close` makes everything written visible and safe."""

    def done_sources(self) -> set[str]:
        """Sources already in the output (for --resume)."""
        ...

    def write(self, article: Article) -> None: ...

    def close(self) -> None: ...


def infer_format(output: Path, fmt: str | None) -> str:
    """`--format` wins; otherwise the suffix: .db/.sqlite → sqlite, .jsonl → jsonl, dir → parquet."""
    if fmt:
        return fmt
    suffix = output.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".db", ".sqlite", ".sqlite3"}:
        return "sqlite"
    if suffix == ".parquet" or output.is_dir() or not suffix:
        return "parquet"
    return "sqlite"
