"""One fast pass over a lexbor DOM: the page as a flat list of text blocks with layout features.

A block is the text between two block-level boundaries (a paragraph, heading, list item,
table cell, a run of text ended by `<br>`...). Each block remembers the chain of elements above
it, how much of its text sits in links, and the depth of the deepest ancestor that looks like
page chrome (navigation, sharing, comments, captions...), so the body scorer can decide later
which part of the tree is the article without walking the DOM again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: Subtrees that never hold article text.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "select", "option", "button", "input", "textarea", "head",
        "title", "meta", "link", "img", "picture", "source", "map", "dialog", "figcaption",
        "-comment", "label",
    }
)
#: Elements whose text flows inside the surrounding block.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        "wbr", "ins", "del", "big", "tt", "strike", "nobr", "acronym",
    }
)
#: Structural elements that are page chrome by definition (the article may still sit in one).
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "figure"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: class/id words of chrome; matched as whole words of the attribute values.
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])("
    r"comments?|commentary-list|disqus|share|sharing|social|sociallinks|related|recommend\w*|"
    r"promo\w*|newsletter\w*|subscri\w*|signup|sidebar|breadcrumbs?|nav|navbar|navigation|menu|"
    r"footer|masthead|cookies?|consent|banner|advert\w*|ads?|adunit|sponsor\w*|popup|modal|"
    r"widget|tags?|tag-?list|byline|author\w*|caption|credits?|toolbar|outbrain|taboola|"
    r"most-?popular|popular|trending|paywall|login|skip|hidden|visually-hidden|sr-only|"
    r"print-only|read-?more|more-?stories|also-?read|teaser|rail|topics?|keywords|"
    r"timestamp|dateline|published|date|meta|metadata|follow|subnav|pagination|pager|jump"
    r")(?=$|[\s_-])",
    re.IGNORECASE,
)
#: Attribute values that hide an element or mark it as not content.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "dialog",
                           "search", "alert"})
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Block:
    """One run of text between block boundaries, with the features the body scorer uses."""

    text: str
    tag: str
    #: mem ids of the element ancestors, outermost first (the block's own element last).
    path: tuple[int, ...]
    link_chars: int = 0
    #: depth in `path` of the deepest chrome-looking ancestor, -1 when there is none.
    chrome_depth: int = -1
    index: int = 0
    in_list: bool = False
    in_quote: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class _Walk:
    """Mutable state of one walk: the open block's text pieces and the ancestor chain."""

    blocks: list[Block] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    path: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    chrome: list[int] = field(default_factory=list)
    links: int = 0
    lists: int = 0
    quotes: int = 0
    pre: int = 0

    def flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        text = raw.strip() if self.pre else _SPACE.sub(" ", raw).strip()
        if text:
            block_tag = next((t for t in reversed(self.tags) if t not in INLINE_TAGS), "body")
            self.blocks.append(
                Block(text=text, tag=block_tag, path=tuple(self.path),
                      link_chars=min(self.link_chars, len(text)),
                      chrome_depth=self.chrome[-1] if self.chrome else -1,
                      index=len(self.blocks), in_list=self.lists > 0, in_quote=self.quotes > 0)
            )
        self.pieces.clear()
        self.link_chars = 0


def parse(html: str) -> LexborHTMLParser:
    """Parse with lexbor; it never raises on malformed markup."""
    return LexborHTMLParser(html)


def is_chrome(node: LexborNode) -> bool:
    """Does this element look like navigation, sharing, comments or other page furniture?"""
    if node.tag in CHROME_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if (attrs.get("role") or "") in _CHROME_ROLES:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(names.strip()) and _CHROME_WORDS.search(names) is not None


def blocks(root: LexborNode | None) -> list[Block]:
    """Flatten the tree under `root` into text blocks, iteratively (deep nesting is fine)."""
    walk = _Walk()
    if root is None:
        return walk.blocks
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        if entering:
            _enter(walk, node, stack)
        else:
            _leave(walk, node)
    walk.flush()
    return walk.blocks


def _enter(walk: _Walk, node: LexborNode, stack: list[tuple[LexborNode, bool]]) -> None:
    tag = node.tag or ""
    if tag == "-text":
        _add_text(walk, node.text_content or "")
        return
    if tag in SKIP_TAGS:
        return
    if tag == "br":
        walk.flush()
        return
    if tag not in INLINE_TAGS:
        walk.flush()
    _open(walk, node, tag)
    stack.append((node, False))
    children = list(node.iter(include_text=True))
    stack.extend((child, True) for child in reversed(children))


def _open(walk: _Walk, node: LexborNode, tag: str) -> None:
    walk.path.append(node.mem_id)
    walk.tags.append(tag)
    if is_chrome(node):
        walk.chrome.append(len(walk.path) - 1)
    walk.links += tag == "a"
    walk.lists += tag == "li"
    walk.quotes += tag == "blockquote"
    walk.pre += tag == "pre"


def _leave(walk: _Walk, node: LexborNode) -> None:
    tag = walk.tags[-1]
    if tag not in INLINE_TAGS:
        walk.flush()
    depth = len(walk.path) - 1
    if walk.chrome and walk.chrome[-1] == depth:
        walk.chrome.pop()
    walk.path.pop()
    walk.tags.pop()
    walk.links -= tag == "a"
    walk.lists -= tag == "li"
    walk.quotes -= tag == "blockquote"
    walk.pre -= tag == "pre"


def _add_text(walk: _Walk, text: str) -> None:
    if not text:
        return
    walk.pieces.append(text)
    if walk.links:
        walk.link_chars += len(text.strip())
