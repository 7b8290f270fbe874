"""The dedup stage: corpus-level, so it sees the whole run before it yields anything.

Memory: only signatures stay in memory (about 600 bytes per article with the default 128
bins, plus its id); the articles themselves are spilled, as their record dicts, to an
anonymous temporary file as they arrive and read back, in input order, once the clusters
are known. The spill file holds the run's records (roughly their JSON size) and disappears
when the stage finishes. Transient fields (`html`, `raw_text`) are not carried over.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.dedup.cluster import duplicates
from copydesk.dedup.minhash import Signatures, sign
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams

log = logging.getLogger(__name__)


class SignatureIndex:
    """Accumulates signatures batch by batch; `duplicates()` clusters them all at the end."""

    def __init__(self, params: DedupParams = DEFAULT_PARAMS) -> None:
        self.params = params
        self._parts: list[Signatures] = []
        self._positions: list[int] = []

    def add(self, batch: list[tuple[int, Article]]) -> None:
        """Sign `(position, article)` pairs; a batch that fails is signed one by one."""
        if not batch:
            return
        try:
            self._parts.append(sign([a for _, a in batch], self.params))
            self._positions.extend(p for p, _ in batch)
        except Exception:  # odd text must never stop a run: retry alone, skip what still fails
            if len(batch) == 1:
                log.warning("dedup: cannot sign record %s; it is left out", batch[0][1].id)
                return
            for item in batch:
                self.add([item])

    def duplicates(self) -> dict[int, str]:
        """Input position → canonical id, for every record that duplicates another."""
        sig = Signatures.concat(self._parts, self.params.num_bins)
        self._parts = [sig]
        return {self._positions[row]: canon for row, canon in duplicates(sig, self.params).items()}


class DedupStage:
    """Sets `duplicate_of` on every article that repeats an earlier or longer one of the run.

    `duplicate_of` is the id of the cluster's canonical record (earliest published, then the
    longest text); canonical and unique records get None. Error records pass through untouched.
    """

    name = "dedup"

    def __init__(self, config: Config = DEFAULT, params: DedupParams = DEFAULT_PARAMS,
                 spill_dir: Path | None = None) -> None:
        self.config = config
        self.params = params
        self.spill_dir = spill_dir

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        with tempfile.TemporaryFile(dir=self.spill_dir) as spill:
            count, found = self._first_pass(articles, spill)
            spill.seek(0)
            for position in range(count):
                article = Article.from_dict(pickle.load(spill))
                if article.ok:
                    article.duplicate_of = found.get(position)
                yield article

    def _first_pass(self, articles: Iterable[Article], spill: IO[bytes]) -> tuple[int, dict[int, str]]:
        index = SignatureIndex(self.params)
        batch: list[tuple[int, Article]] = []
        count = chars = 0
        for count, article in enumerate(articles, start=1):
            pickle.dump(article.to_dict(), spill, protocol=pickle.HIGHEST_PROTOCOL)
            if article.ok and article.text:
                batch.append((count - 1, article))
                chars += min(len(article.text), self.params.max_chars)
            if len(batch) >= self.params.batch_docs or chars >= self.params.batch_chars:
                index.add(batch)
                batch, chars = [], 0
        index.add(batch)
        try:
            return count, index.duplicates()
        except Exception:  # e.g. MemoryError on a huge run: keep the records, unmarked
            log.exception("dedup: clustering failed; records pass through unmarked")
            return count, {}
