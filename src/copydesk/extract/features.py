"""Per-block features for the learned body classifier.

All features are layout facts that hold on any news site: where the block sits relative to
the densest run of prose (the "seed" container) and to the rule-based article root, its
length, link density, tag and punctuation. No words, class names or site facts are used.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from copydesk.extract.body import LINKY_DENSITY, find_root, is_prose, prose_weight
from copydesk.extract.dom import Block

FEATURES = (
    "in_root", "chrome_in_root", "has_chrome", "same_parent_as_seed", "seed_distance",
    "log_chars", "link_density", "linky", "prose", "parent_prose", "h1", "heading", "li", "cell",
    "quote", "p", "sentence_end", "short", "digits", "before_seed", "after_seed", "span_distance",
    "is_title", "rule_keep", "neighbour_keep", "root_share", "pre",
)
_SENTENCE_END = frozenset('.!?:;"”’\')»…')
_DIGIT = re.compile(r"\d")
_CELLS = frozenset({"td", "th", "dd", "dt"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _seed(blocks: list[Block]) -> int | None:
    """The container holding the most prose directly: the article's paragraphs' parent."""
    totals: dict[int, float] = defaultdict(float)
    for block in blocks:
        if not block.chrome:
            totals[block.parent] += prose_weight(block)
    if not totals:
        return None
    best = max(totals, key=totals.__getitem__)
    return best if totals[best] > 0 else None


def _seed_path(blocks: list[Block], seed: int | None) -> tuple[tuple[int, ...], int, int]:
    """(path down to the seed container, first and last index of its blocks)."""
    members = [b for b in blocks if b.parent == seed]
    if not members:
        return (), 0, len(blocks)
    path = members[0].path
    cut = path.index(seed) + 1 if seed in path else len(path)
    return path[:cut], members[0].index, members[-1].index


def _distance(path: tuple[int, ...], seed_path: tuple[int, ...]) -> float:
    """Steps from the block up to its common ancestor with the seed container, capped at 8."""
    common = 0
    for a, b in zip(path, seed_path, strict=False):
        if a != b:
            break
        common += 1
    return min(len(path) - common, 8) / 8.0


def _chrome_in_root(block: Block, root_depth: int) -> bool:
    return any(d > root_depth for d in block.chrome)


def _digits(text: str) -> float:
    return len(_DIGIT.findall(text)) / len(text)


class _Context:
    """Page-level facts shared by every block's feature vector."""

    def __init__(self, blocks: list[Block], rule_keep: set[int], title: str | None,
                 root: tuple[int, int] | None) -> None:
        self.root_node, self.root_depth = root if root else (0, -1)
        seed = _seed(blocks)
        self.seed_path, self.first, self.last = _seed_path(blocks, seed)
        self.seed = seed
        self.parent_prose: dict[int, float] = defaultdict(float)
        for block in blocks:
            self.parent_prose[block.parent] += prose_weight(block)
        self.rule_keep = rule_keep
        self.title = title
        total = sum(self.parent_prose.values()) or 1.0
        in_root = sum(prose_weight(b) for b in blocks if self.in_root(b))
        self.root_share = in_root / total

    def in_root(self, block: Block) -> bool:
        d = self.root_depth
        return d >= 0 and len(block.path) > d and block.path[d] == self.root_node


def _span_distance(block: Block, ctx: _Context) -> float:
    if block.index < ctx.first:
        gap = ctx.first - block.index
    elif block.index > ctx.last:
        gap = block.index - ctx.last
    else:
        gap = 0
    return min(gap, 20) / 20.0


def _layout(block: Block, ctx: _Context, in_root: bool) -> list[float]:
    return [
        float(in_root),
        float(in_root and _chrome_in_root(block, ctx.root_depth)),
        float(bool(block.chrome)),
        float(block.parent == ctx.seed),
        _distance(block.path, ctx.seed_path),
    ]


def _text(block: Block) -> list[float]:
    text, density = block.text, block.link_density
    return [
        math.log1p(len(text)) / 7.0,
        density,
        float(density >= LINKY_DENSITY),
        float(is_prose(block)),
    ]


def _tag(block: Block) -> list[float]:
    tag = block.tag
    return [
        float(tag == "h1"),
        float(tag in _HEADINGS),
        float(block.in_list),
        float(tag in _CELLS),
        float(block.in_quote),
        float(tag == "p"),
    ]


def _page(block: Block, ctx: _Context, kept: list[bool], i: int) -> list[float]:
    text = block.text
    near = (i > 0 and kept[i - 1]) + (i + 1 < len(kept) and kept[i + 1])
    return [
        float(text[-1] in _SENTENCE_END),
        float(len(text.split()) <= 4),
        _digits(text),
        float(block.index < ctx.first),
        float(block.index > ctx.last),
        _span_distance(block, ctx),
        float(bool(ctx.title) and text == ctx.title),
        float(kept[i]),
        near / 2.0,
        ctx.root_share,
    ]


def block_features(blocks: list[Block], rule_keep: set[int], title: str | None,
                   root: tuple[int, int] | None = None) -> list[list[float]]:
    """One feature vector (in `FEATURES` order) per block.

    `rule_keep` holds the indexes the rules kept and `root` is `body.find_root(blocks)` (computed
    here when not given).
    """
    ctx = _Context(blocks, rule_keep, title, root if root is not None else find_root(blocks))
    kept = [b.index in rule_keep for b in blocks]
    rows = []
    for i, block in enumerate(blocks):
        in_root = ctx.in_root(block)
        row = _layout(block, ctx, in_root) + _text(block) + [ctx.parent_prose[block.parent] and
                                                             math.log1p(ctx.parent_prose[block.parent]) / 9.0]
        row += _tag(block) + _page(block, ctx, kept, i) + [float(block.tag == "pre")]
        rows.append(row)
    return rows
