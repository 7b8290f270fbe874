"""JSON lines output: one record per line, flushed in batches."""

from __future__ import annotations

import json
from pathlib import Path

from copydesk.article import Article
from copydesk.errors import OutputError


class JsonlWriter:
    def __init__(self, path: Path, resume: bool = False, flush_every: int = 64) -> None:
        self.path = path
        self._done = read_sources(path) if resume else set()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(path, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115 - held until close()
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        self._flush_every = flush_every
        self._pending = 0

    def done_sources(self) -> set[str]:
        return set(self._done)

    def write(self, article: Article) -> None:
        self._fh.write(article.to_json() + "\n")
        self._pending += 1
        if self._pending >= self._flush_every:
            self._fh.flush()
            self._pending = 0

    def close(self) -> None:
        self._fh.close()


def read_sources(path: Path) -> set[str]:
    """Sources of the complete records in an existing JSONL output (a torn last line is ignored)."""
    if not path.exists():
        return set()
    done = set()
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                done.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError):
                continue
    _drop_torn_tail(path)
    return done


def _drop_torn_tail(path: Path) -> None:
    """Cut a last line without newline (a write interrupted mid-record) before appending."""
    with open(path, "rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            fh.truncate(data.rfind(b"\n") + 1)
