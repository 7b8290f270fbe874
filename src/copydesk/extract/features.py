"""Per-block features for the learned body classifier, computed as numpy columns.

All features are layout facts that hold on any news site: where the block sits relative to
the densest run of prose (the "seed" container) and to the rule-based article root, its
length, link density, share of text in chrome-looking inline elements (caption and credit
spans), tag and punctuation, how its container repeats (teaser lists repeat one item shape),
its neighbours, and whether markup names it as the article text. No words, class names or
site facts are used.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from copydesk.extract.body import Columns, Root
from copydesk.extract.dom import Block

FEATURES = (
    "in_root", "chrome_in_root", "has_chrome", "same_parent_as_seed", "seed_distance",
    "log_chars", "link_density", "linky", "prose", "parent_prose", "h1", "heading", "li", "cell",
    "quote", "p", "sentence_end", "short", "digits", "before_seed", "after_seed", "span_distance",
    "is_title", "rule_keep", "neighbour_keep", "root_share", "pre",
    "repeat_self", "repeat_parent", "repeat_grand", "duplicates", "group_blocks", "group_link_share",
    "group_heading", "group_linky", "prev_link_density", "next_link_density", "prev_prose", "next_prose",
    "prev_heading", "next_heading", "heading_link", "ellipsis", "words",
    "in_content", "page_content", "in_main", "page_main", "root_in_chrome", "inline_chrome",
)
_SENTENCE_END = frozenset('.!?:;"”’\')»…')
_DIGIT = re.compile(r"\d")
_NOT_DIGITS = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)
_CELLS = frozenset({"td", "th", "dd", "dt"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Distances are capped (and scaled to 0..1) at these many steps.
_MAX_TREE_STEPS = 8
_MAX_BLOCK_GAP = 20
#: In choosing the seed container, list items count at this weight (teaser lists with summaries
#: are lists; article text rarely is) and prose marked up as the article body counts this much more.
SEED_LIST_WEIGHT = 0.5
SEED_CONTENT_BOOST = 2.0


#: Tag codes of `_Text.tag`.
_TAG_CODES = {"h1": 1, "p": 2, "pre": 3, **{t: 4 for t in _HEADINGS}, **{t: 5 for t in _CELLS}}


def count_digits(text: str) -> int:
    """How many characters of `text` match `\\d`; ASCII text (most blocks) is counted in one C pass."""
    if text.isascii():  # there `\\d` is [0-9]
        return len(text.encode("ascii").translate(None, _NOT_DIGITS))
    return len(_DIGIT.findall(text))


def _facts(block: Block, title: str | None) -> tuple[int, ...]:
    """Tag code, words (block text is whitespace-normalised: spaces + 1), digits, punctuation flags,
    markup flags and repeat counts of one block."""
    text = block.text
    return (_TAG_CODES.get(block.tag, 0), text.count(" ") + 1, count_digits(text),
            text[-1] in _SENTENCE_END, text.endswith(("...", "…")), bool(title) and text == title,
            block.in_list, block.in_quote, bool(block.content), bool(block.main), *block.repeats,
            block.chrome_chars)


class _Text:
    """Per-block facts read from the Python objects (in one pass), as arrays."""

    def __init__(self, blocks: list[Block], title: str | None) -> None:
        n = len(blocks)
        # via int64: numpy converts Python ints and bools to int64 faster than to float64
        facts = np.array([_facts(b, title) for b in blocks], dtype=np.int64).reshape(n, 14).astype(np.float64)
        tag = facts[:, 0]
        self.h1, self.p, self.pre_tag, self.heading, self.cell = (tag == code for code in range(1, 6))
        texts = [b.text for b in blocks]
        self.words, self.digits = facts[:, 1], facts[:, 2]
        self.sentence_end, self.ellipsis, self.is_title, self.li, self.quote, self.content, self.main = (
            facts[:, i] > 0 for i in range(3, 10))
        self.repeats = facts[:, 10:13]
        self.chrome_chars = facts[:, 13]
        seen = Counter(texts)
        self.duplicates = np.fromiter((seen[t] - 1 for t in texts), np.float64, n)
        self.parents, self.group = np.unique(np.fromiter((b.parent for b in blocks), np.int64, n),
                                             return_inverse=True)


def _seed(cols: Columns, text: _Text) -> int:
    """Index in `text.parents` of the container holding the most non-chrome prose directly (-1: none)."""
    weight = np.where(cols.chrome_last < 0, cols.weight, 0.0) * np.where(text.li, SEED_LIST_WEIGHT, 1.0)
    totals = np.bincount(text.group, weight * np.where(text.content, SEED_CONTENT_BOOST, 1.0),
                         minlength=len(text.parents))
    if not len(totals) or totals.max() <= 0:
        return -1
    # ties go to the container met first on the page
    first = np.full(len(totals), len(cols.blocks))
    np.minimum.at(first, text.group, np.arange(len(cols.blocks)))
    best = np.flatnonzero(totals == totals.max())
    return int(best[np.argmin(first[best])])


def _seed_columns(cols: Columns, text: _Text) -> list[np.ndarray]:
    """same_parent_as_seed, seed_distance, before_seed, after_seed, span_distance."""
    n = len(cols.blocks)
    seed = _seed(cols, text)
    members = np.flatnonzero(text.group == seed) if seed >= 0 else np.zeros(0, dtype=np.intp)
    index = np.arange(n)
    if not len(members):
        first, last, seed_path = 0, n, np.zeros(0, dtype=np.int64)
    else:
        first, last = int(members[0]), int(members[-1])
        path = cols.blocks[first].path
        seed_id = int(text.parents[seed])
        seed_path = np.asarray(path[:path.index(seed_id) + 1] if seed_id in path else path, dtype=np.int64)
    on_seed_path = cols.depth < len(seed_path)
    if len(seed_path):
        on_seed_path &= cols.node == seed_path[np.minimum(cols.depth, len(seed_path) - 1)]
    common = np.bincount(cols.owner, on_seed_path, minlength=n)
    lengths = np.bincount(cols.owner, minlength=n)
    gap = np.where(index < first, first - index, np.where(index > last, index - last, 0))
    return [
        text.group == seed,
        np.minimum(lengths - common, _MAX_TREE_STEPS) / _MAX_TREE_STEPS,
        index < first,
        index > last,
        np.minimum(gap, _MAX_BLOCK_GAP) / _MAX_BLOCK_GAP,
    ]


def _groups(cols: Columns, text: _Text) -> list[np.ndarray]:
    """Facts about the blocks that share the block's container: count, link share, heading, links."""
    g, size = text.group, len(text.parents)
    count = np.bincount(g, minlength=size)
    chars = np.bincount(g, cols.chars, minlength=size)
    link_share = np.bincount(g, cols.links, minlength=size) / np.maximum(chars, 1.0)
    heading = np.bincount(g, text.heading | text.h1, minlength=size) > 0
    linky = np.bincount(g, cols.linky, minlength=size) > 0
    return [np.log1p(count[g]) / 4.0, link_share[g], heading[g], linky[g]]


def _shift(values: np.ndarray, by: int, fill: float) -> np.ndarray:
    """values[i - by] at i (the previous block's for by=1, the next one's for by=-1)."""
    out = np.full(len(values), fill, dtype=np.float64)
    if len(values) > 1:
        if by > 0:
            out[by:] = values[:-by]
        else:
            out[:by] = values[-by:]
    return out


def _neighbours(cols: Columns, text: _Text) -> list[np.ndarray]:
    return [
        _shift(cols.density, 1, 1.0), _shift(cols.density, -1, 1.0),
        _shift(cols.prose, 1, 0.0), _shift(cols.prose, -1, 0.0),
        _shift(text.heading, 1, 0.0), _shift(text.heading, -1, 0.0),
    ]


def block_features(cols: Columns, title: str | None, root: Root | None, kept: np.ndarray) -> np.ndarray:
    """One feature row (in `FEATURES` order) per block: an (n blocks × n features) array.

    `root` is `body.find_root(cols)` and `kept` the rules' choice, `body.rule_keep(...)`.
    """
    blocks = cols.blocks
    if not blocks:
        return np.zeros((0, len(FEATURES)))
    text = _Text(blocks, title)
    in_root = cols.under(root)
    depth = root.depth if root else -1
    parent_prose = np.bincount(text.group, cols.weight, minlength=len(text.parents))[text.group]
    root_share = float(cols.weight[in_root].sum() / (cols.weight.sum() or 1.0))
    root_in_chrome = bool((in_root & (cols.chrome_first <= depth)).any())
    keep = kept.astype(np.float64)
    seed = _seed_columns(cols, text)
    n = len(blocks)
    columns = [
        in_root, in_root & (cols.chrome_last > depth), cols.chrome_last >= 0, seed[0], seed[1],
        np.log1p(cols.chars) / 7.0, cols.density, cols.linky, cols.prose, np.log1p(parent_prose) / 9.0,
        text.h1, text.heading, text.li, text.cell, text.quote, text.p,
        text.sentence_end, text.words <= 4, text.digits / np.maximum(cols.chars, 1.0), *seed[2:],
        text.is_title, keep, (_shift(keep, 1, 0.0) + _shift(keep, -1, 0.0)) / 2.0, np.full(n, root_share),
        text.pre_tag,
        *(np.log1p(text.repeats[:, i]) / 4.0 for i in range(3)), np.log1p(text.duplicates) / 2.0,
        *_groups(cols, text), *_neighbours(cols, text),
        (text.heading | text.h1) & cols.linky, text.ellipsis, np.log1p(text.words) / 6.0,
        text.content, np.full(n, text.content.any()), text.main, np.full(n, text.main.any()),
        np.full(n, root_in_chrome), text.chrome_chars / np.maximum(cols.chars, 1.0),
    ]
    # one conversion of the column list (a third of `column_stack`'s cost), transposed to rows
    return np.array(columns, dtype=np.float64).T
