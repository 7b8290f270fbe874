"""Corpus-level signal: short lines that recur across many pages of one site are boilerplate.

`SiteLineStats` counts, per site, on how many pages each normalised short line occurs (as an
8-byte hash, so memory stays small). Two ways to use it during `copydesk run`:

- two passes (exact): `add()` every article's lines first, then clean with the counts;
  `SiteCleanStage` does this over a list of articles (one batch, e.g. one input file/shard).
- streaming: pass one shared instance to `CleanStage(site_stats=...)`; each article is counted
  before it is cleaned, so a site's early pages are cleaned with partial counts.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from copydesk.config import DEFAULT, Config

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def line_key(line: str) -> int:
    """Hash of a line with case, spacing and numbers normalised ("3 comments" = "12 comments")."""
    norm = _SPACE.sub(" ", _DIGITS.sub("0", line.casefold())).strip()
    digest = hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class SiteLineStats:
    """Per-site page counts of short lines."""

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config
        self._pages: Counter[str] = Counter()
        self._lines: dict[str, Counter[int]] = {}

    def add(self, site: str | None, lines: Iterable[str]) -> None:
        """Count one page's short lines (each distinct line once per page)."""
        if not site:
            return
        max_words = self.config.site_boilerplate_max_words
        keys = {line_key(line) for line in lines if line.strip() and len(line.split()) <= max_words}
        self._pages[site] += 1
        self._lines.setdefault(site, Counter()).update(keys)

    def pages(self, site: str | None) -> int:
        return self._pages[site] if site else 0

    def flags(self, site: str | None, lines: list[str]) -> list[bool]:
        """Which of `lines` recur on enough of the site's pages to count as boilerplate."""
        pages = self.pages(site)
        counts = self._lines.get(site or "")
        if counts is None or pages < self.config.site_boilerplate_min_pages:
            return [False] * len(lines)
        need = max(self.config.site_boilerplate_min_pages, self.config.site_boilerplate_min_share * pages)
        max_words = self.config.site_boilerplate_max_words
        return [len(line.split()) <= max_words and counts[line_key(line)] >= need for line in lines]
