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
from functools import lru_cache

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
#: Pages with more tags than this are scanned for absurd nesting before parsing (a cheap count
#: of "<" first: ordinary pages, even long ones, stay below it and pay nothing).
_SCAN_TAGS_ABOVE = 30_000
#: Nesting cap: real pages stay under ~100 levels; lexbor parses 2,000 levels in milliseconds.
MAX_DEPTH = 2_000
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr", "!doctype"})
#: Dropped in C before the walk: the bulk of the nodes that never hold text.
_STRIP_FIRST = ["script", "style", "noscript", "template", "svg", "iframe", "select", "textarea"]
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

#: class/id words of chrome; matched against the `-`/`_`-separated parts of each class or id.
_CHROME_WORDS = frozenset(
    """comment comments disqus share sharing sharebar social related recommended recommendations
    promo promos promotion newsletter subscribe subscription signup sidebar breadcrumb breadcrumbs
    nav navbar navigation menu footer masthead cookie cookies consent banner advert advertisement
    ads ad adunit sponsor sponsored popup tags taglist byline author authors caption credit credits
    toolbar outbrain taboola popular trending login skip print readmore teaser topics keywords
    timestamp dateline follow subnav pager jump""".split()
)
#: Parts that make a class describe a page state or a layout variant, not the element's role.
_STATE_WORDS = frozenset("with w and not one two enabled on off set is has no in of".split())
#: Parts that name the article container itself.
_CONTENT_WORDS = frozenset("content body article entry story text main".split())
_PARTS = re.compile(r"[-_]+")
#: Attribute values that hide an element or mark it as not content.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "dialog",
                           "search", "alert"})
#: CMS class prefixes that label an element's taxonomy or state ("tag-politics", "has-sidebar"),
#: not its role on the page.
_LABEL_PREFIXES = ("tag-", "category-", "has-", "format-", "status-", "single-", "type-", "post-0", "post-1",
                   "post-2", "post-3", "post-4", "post-5", "post-6", "post-7", "post-8", "post-9")
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Block:
    """One run of text between block boundaries, with the features the body scorer uses."""

    text: str
    tag: str
    #: mem ids of the element ancestors, outermost first (the block's own element last).
    path: tuple[int, ...]
    link_chars: int = 0
    #: depths in `path` of the chrome-looking ancestors.
    chrome: tuple[int, ...] = ()
    index: int = 0
    in_list: bool = False
    in_quote: bool = False
    #: mem id of the element that holds the block element (its paragraph's container).
    parent: int = 0

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

    def _block_element(self) -> int:
        """Index in `path` of the innermost non-inline element, -1 if there is none."""
        for at in range(len(self.tags) - 1, -1, -1):
            if self.tags[at] not in INLINE_TAGS:
                return at
        return -1

    def flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        text = raw.strip() if self.pre else " ".join(raw.split())
        if text:
            at = self._block_element()
            self.blocks.append(
                Block(text=text, tag=self.tags[at] if at >= 0 else "body", path=tuple(self.path),
                      parent=self.path[max(at - 1, 0)] if self.path else 0,
                      link_chars=min(self.link_chars, len(text)),
                      chrome=tuple(self.chrome),
                      index=len(self.blocks), in_list=self.lists > 0, in_quote=self.quotes > 0)
            )
        self.pieces.clear()
        self.link_chars = 0


def parse(html: str) -> LexborHTMLParser:
    """Parse with lexbor; it never raises on malformed markup."""
    if html.count("<") > _SCAN_TAGS_ABOVE:
        html = flatten_deep(html)
    return LexborHTMLParser(html)


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """Drop the start and end tags nested deeper than `max_depth`, keeping all text.

    lexbor's tree builder is quadratic in nesting depth (20,000 levels take seconds, 100,000
    minutes), so tags past the cap are removed before parsing; no real page nests that deep.
    """
    keep: list[str] = []
    depth = last = 0
    deepest = 0
    for match in _TAG.finditer(html):
        name = match[2].lower()
        if name in _VOID or match[0].endswith("/>"):
            continue
        depth += -1 if match[1] else 1
        deepest = max(deepest, depth)
        if depth > max_depth or (match[1] and depth >= max_depth):
            keep.append(html[last:match.start()])
            last = match.end()
    if deepest <= max_depth:
        return html
    keep.append(html[last:])
    return "".join(keep)


def strip_scripts(tree: LexborHTMLParser) -> None:
    """Drop script-like subtrees in C before the Python walk (after metadata was read from them)."""
    tree.strip_tags(_STRIP_FIRST)


def is_chrome(node: LexborNode) -> bool:
    """Does this element look like navigation, sharing, comments or other page furniture?"""
    if node.tag in CHROME_TAGS:
        return True
    if node.tag == "body":
        return False
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
    return _chrome_names(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


@lru_cache(maxsize=8192)
def _chrome_names(value: str) -> bool:
    """Some class/id names a chrome role and none names the article content itself."""
    names = value.lower().split()
    chrome = False
    for name in names:
        if name.startswith(_LABEL_PREFIXES):
            continue
        parts = set(_PARTS.split(name))
        if parts & _STATE_WORDS:
            continue
        if parts & _CONTENT_WORDS and not parts & _CHROME_WORDS:
            return False
        chrome = chrome or bool(parts & _CHROME_WORDS)
    return chrome


def blocks(root: LexborNode | None) -> list[Block]:
    """Flatten the tree under `root` into text blocks, iteratively (deep nesting is fine)."""
    walk = _Walk()
    if root is None:
        return walk.blocks
    stack: list[LexborNode | None] = [root]
    while stack:
        node = stack.pop()
        if node is None:
            _leave(walk)
        elif _enter(walk, node):
            stack.append(None)
            children = list(node.iter(include_text=True))
            children.reverse()
            stack.extend(children)
    walk.flush()
    return walk.blocks


def _enter(walk: _Walk, node: LexborNode) -> bool:
    """Handle a node on the way down; True when its children must be walked."""
    tag = node.tag or ""
    if tag == "-text":
        _add_text(walk, node.text_content or "")
        return False
    if tag in SKIP_TAGS:
        return False
    if tag == "br":
        walk.flush()
        return False
    if tag in INLINE_TAGS:
        child = node.child
        if child is None:
            return False
        if child.next is None and child.tag == "-text":
            # the common leaf case (<a>, <em>, <span> around plain text): no need to descend
            walk.links += tag == "a"
            _add_text(walk, child.text_content or "")
            walk.links -= tag == "a"
            return False
    else:
        walk.flush()
    _open(walk, node, tag)
    return True


def _open(walk: _Walk, node: LexborNode, tag: str) -> None:
    walk.path.append(node.mem_id)
    walk.tags.append(tag)
    if is_chrome(node):
        walk.chrome.append(len(walk.path) - 1)
    walk.links += tag == "a"
    walk.lists += tag == "li"
    walk.quotes += tag == "blockquote"
    walk.pre += tag == "pre"


def _leave(walk: _Walk) -> None:
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
