"""Pick the article body out of a page's text blocks.

1. Prose blocks (long, few links) vote for every element above them; link-heavy blocks vote
   against. The element with the best balance is the article root.
2. Inside the root, blocks under a nested chrome element (sharing bar, related links,
   caption...) are dropped, unless that element holds most of the root's prose (then the
   class name lied), and so are link lists, the headline and boilerplate one-liners.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

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
#: A root inside a chrome-looking element (a footer, a teaser box) needs this much more prose.
CHROME_ROOT_FACTOR = 0.5
#: A chrome-looking element holding this share of the root's prose is content after all.
CHROME_VETO_SHARE = 0.5

_BOILERPLATE = re.compile(
    r"^(advertisement|advertising|sponsored|share( this( article| story)?)?|read more|"
    r"related( articles| stories)?|sign up|subscribe|click here|comments?|"
    r"follow us.*|image:?|photo:?|skip to .*|continue reading|loading)\W*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Votes:
    prose: float = 0.0
    junk: float = 0.0
    depth: int = 0
    in_chrome: bool = False


def is_prose(block: Block) -> bool:
    """Long text with few links: what article paragraphs look like."""
    return len(block.text) >= PROSE_MIN_CHARS and block.link_density < PROSE_MAX_LINK_DENSITY


def prose_weight(block: Block) -> float:
    """How strongly a block says "article here": full for prose, some for short plain lines."""
    if block.link_density >= PROSE_MAX_LINK_DENSITY:
        return 0.0
    return len(block.text) * (1.0 if len(block.text) >= PROSE_MIN_CHARS else SHORT_LINE_WEIGHT)


def _votes(blocks: list[Block]) -> dict[int, _Votes]:
    votes: dict[int, _Votes] = defaultdict(_Votes)
    for block in blocks:
        weight = prose_weight(block)
        if not weight and block.link_density < LINKY_DENSITY:
            continue
        deepest = block.chrome[-1] if block.chrome else -1
        shallowest = block.chrome[0] if block.chrome else len(block.path)
        for depth, node in enumerate(block.path):
            entry = votes[node]
            entry.depth = depth
            entry.in_chrome = shallowest <= depth
            if weight and deepest <= depth:
                entry.prose += weight
            else:
                # link lists, and prose in a chrome element below this node (comments, teasers)
                entry.junk += weight or (block.link_chars if block.link_density >= LINKY_DENSITY else 0)
    return votes


def find_root(blocks: list[Block]) -> tuple[int, int] | None:
    """(mem id, depth) of the element that best contains the article prose, or None."""
    best: tuple[float, int, int] | None = None
    for node, v in _votes(blocks).items():
        if v.prose <= 0:
            continue
        score = (v.prose - LINK_PENALTY * v.junk) * (CHROME_ROOT_FACTOR if v.in_chrome else 1.0)
        if best is None or score > best[0] or (score == best[0] and v.depth > best[2]):
            best = (score, node, v.depth)
    return (best[1], best[2]) if best else None


def _prose_under(blocks: list[Block]) -> dict[int, float]:
    totals: dict[int, float] = defaultdict(float)
    for block in blocks:
        if is_prose(block):
            for node in block.path:
                totals[node] += len(block.text)
    return totals


def _chrome_blocked(block: Block, depth: int, vetoed: set[int]) -> bool:
    return any(d > depth and block.path[d] not in vetoed for d in block.chrome)


def _keep(block: Block, title: str | None) -> bool:
    if block.tag == "h1" or (title and block.text == title):
        return False
    return block.link_density < LINKY_DENSITY


def select_body(blocks: list[Block], title: str | None = None,
                root: tuple[int, int] | None = None) -> list[Block]:
    """The blocks that make up the article body, in page order (`root` as from `find_root`)."""
    root = root or find_root(blocks)
    if root is None:
        return []
    node, depth = root
    inside = [b for b in blocks if len(b.path) > depth and b.path[depth] == node]
    prose = _prose_under(inside)
    floor = CHROME_VETO_SHARE * prose.get(node, 0.0)
    vetoed = {n for n, chars in prose.items() if chars >= floor}
    return [b for b in inside if not _chrome_blocked(b, depth, vetoed) and _keep(b, title)]
