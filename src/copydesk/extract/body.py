"""Pick the article body out of a page's text blocks by rules (and give the model its columns).

1. Prose blocks (long, few links) vote for every element above them; link-heavy blocks vote
   against. The element with the best balance is the article root.
2. Inside the root, blocks under a nested chrome element (sharing bar, related links,
   caption...) are dropped, unless that element holds most of the root's prose (then the
   class name lied), and so are link lists, the headline and boilerplate one-liners.

Everything runs on numpy columns of the page (`Columns`): one row per block, plus the blocks'
ancestor chains flattened to one row per (block, ancestor), so a vote over all ancestors of
all blocks is a single `bincount` instead of a Python loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from copydesk.extract.dom import Block

#: A block this long with few links is prose that votes for its ancestors.
PROSE_MIN_CHARS = 60
PROSE_MAX_LINK_DENSITY = 0.3
#: Blocks mostly made of link text (menus, related lists) vote against their ancestors.
LINKY_DENSITY = 0.5
#: Weight of link text against prose when choosing the root.
LINK_PENALTY = 1.0
#: Short plain lines (list items, table-like pages) vote at this fraction of their length.
SHORT_LINE_WEIGHT = 0.5
#: A root inside a chrome-looking element (a footer, a teaser box, one long comment) counts its
#: prose at this factor: it needs 4× the article's prose to win. At 0.5, a short blog post under
#: a single longer comment lost to the comment; 0.25 and 0.1 scored the same in AEB CV.
CHROME_ROOT_FACTOR = 0.25
#: A chrome-looking element holding this share of the root's prose is content after all.
CHROME_VETO_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Root:
    """The element chosen as the article root: its mem id and its depth in the blocks' paths."""

    node: int
    depth: int


class Columns:
    """A page's blocks as numpy columns, and their ancestor chains flattened.

    Flattened rows ("elements") are (block `owner`, `depth`, `node` mem id); `inv` maps each
    to its index in `nodes`, the page's distinct ancestor elements.
    """

    def __init__(self, blocks: list[Block]) -> None:
        n = len(blocks)
        self.blocks = blocks
        facts = np.array([(len(b.text), b.link_chars, len(b.path), b.chrome[0] if b.chrome else len(b.path),
                           b.chrome[-1] if b.chrome else -1) for b in blocks], dtype=np.int64).reshape(n, 5)
        self.chars = facts[:, 0].astype(np.float64)
        self.links = facts[:, 1].astype(np.float64)
        self.density = self.links / np.maximum(self.chars, 1.0)
        self.prose = (self.chars >= PROSE_MIN_CHARS) & (self.density < PROSE_MAX_LINK_DENSITY)
        short = np.where(self.chars >= PROSE_MIN_CHARS, 1.0, SHORT_LINE_WEIGHT)
        self.weight = np.where(self.density >= PROSE_MAX_LINK_DENSITY, 0.0, self.chars * short)
        self.linky = self.density >= LINKY_DENSITY
        lengths = facts[:, 2]
        self.chrome_first = facts[:, 3]
        self.chrome_last = facts[:, 4]
        self._flatten(blocks, lengths)

    def _flatten(self, blocks: list[Block], lengths: np.ndarray) -> None:
        total = int(lengths.sum())
        starts = np.cumsum(lengths) - lengths
        self.owner = np.repeat(np.arange(len(blocks)), lengths)
        self.depth = np.arange(total) - np.repeat(starts, lengths)
        self.node = np.fromiter(chain.from_iterable(b.path for b in blocks), np.int64, total)
        self.nodes, self.inv = np.unique(self.node, return_inverse=True)
        self.is_chrome = np.zeros(total, dtype=bool)
        chrome = [b.chrome for b in blocks]
        counts = np.fromiter(map(len, chrome), np.int64, len(blocks))
        marks = np.fromiter(chain.from_iterable(chrome), np.int64, int(counts.sum()))
        self.is_chrome[np.repeat(starts, counts) + marks] = True

    def per_node(self, values: np.ndarray) -> np.ndarray:
        """Sum of per-element `values` for each distinct ancestor element."""
        return np.bincount(self.inv, values, minlength=len(self.nodes))

    def under(self, root: Root | None) -> np.ndarray:
        """Which blocks sit under `root` (all False for no root)."""
        if root is None:
            return np.zeros(len(self.blocks), dtype=bool)
        hit = (self.depth == root.depth) & (self.node == root.node)
        return np.bincount(self.owner, hit, minlength=len(self.blocks)) > 0


def find_root(cols: Columns) -> Root | None:
    """The element that best contains the article prose, or None.

    Score: prose below minus link text (and prose under nested chrome) below, halved for an
    element inside chrome; ties go to the deeper element.
    """
    owner = cols.owner
    weight = cols.weight[owner]
    voting = (weight > 0) | cols.linky[owner]
    if not voting.any():
        return None
    clean = (weight > 0) & (cols.chrome_last[owner] <= cols.depth)
    junk = np.where(cols.weight > 0, cols.weight, np.where(cols.linky, cols.links, 0.0))[owner]
    prose = cols.per_node(np.where(voting & clean, weight, 0.0))
    against = cols.per_node(np.where(voting & ~clean, junk, 0.0))
    depth = np.zeros(len(cols.nodes), dtype=np.intp)
    depth[cols.inv] = cols.depth
    in_chrome = np.zeros(len(cols.nodes), dtype=bool)
    in_chrome[cols.inv] = cols.chrome_first[owner] <= cols.depth
    score = (prose - LINK_PENALTY * against) * np.where(in_chrome, CHROME_ROOT_FACTOR, 1.0)
    candidates = np.flatnonzero(prose > 0)
    if not len(candidates):
        return None
    best = candidates[np.lexsort((-depth[candidates], -score[candidates]))[0]]
    return Root(int(cols.nodes[best]), int(depth[best]))


def rule_keep(cols: Columns, title: str | None, root: Root | None) -> np.ndarray:
    """Which blocks the rules keep as article text (a bool per block)."""
    inside = cols.under(root)
    if root is None or not inside.any():
        return inside
    owner = cols.owner
    prose_under = cols.per_node(np.where(inside[owner] & cols.prose[owner], cols.chars[owner], 0.0))
    floor = CHROME_VETO_SHARE * prose_under[np.searchsorted(cols.nodes, root.node)]
    vetoed = prose_under[cols.inv] >= floor
    blocking = cols.is_chrome & (cols.depth > root.depth) & ~vetoed
    blocked = np.bincount(owner, blocking, minlength=len(cols.blocks)) > 0
    plain = np.fromiter((b.tag != "h1" and b.text != title for b in cols.blocks), bool, len(cols.blocks))
    return inside & ~blocked & plain & ~cols.linky


def select_body(blocks: list[Block], title: str | None = None) -> list[Block]:
    """The blocks the rules pick as the article body, in page order."""
    cols = Columns(blocks)
    keep = rule_keep(cols, title, find_root(cols))
    return [b for b, k in zip(blocks, keep, strict=True) if k]
