"""One fast pass over a lexbor DOM: the page as a flat list of text blocks with layout features.

A block is the text between two block-level boundaries (a paragraph, heading, list item,
table cell, a run of text ended by `<br>`...). Each block remembers the chain of elements above
it, how much of its text sits in links and in chrome-looking inline elements (a caption
`<span>`), and the depth of the deepest ancestor that looks like
page chrome (navigation, sharing, comments, captions...) or is marked up as the article text,
and how often its element and the two above it repeat among their siblings, so the body scorer
can decide later which part of the tree is the article without walking the DOM again. Hidden
subtrees (including screen-reader-only text) and navigation/footer/sidebar subtrees are not
walked (unless asked to).
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
#: Chrome elements whose subtrees are not walked at all by default: navigation, page and
#: section footers, sidebars. They are a third of a typical page's nodes, and on AEB leaving
#: them out changes no score (the model learns from the rest); pages where that leaves no
#: article are walked again in full (`page.body_blocks`).
PRUNE_TAGS = frozenset({"nav", "footer", "aside"})
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
#: Widespread CSS utility names for text kept for screen readers only (not shown on the page).
_READER_ONLY = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                          "element-invisible", "screenreader-only", "sr-only-focusable", "a11y-hidden"})
#: Attribute values that hide an element or mark it as not content.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "dialog",
                           "search", "alert"})
#: CMS class prefixes that label an element's taxonomy or state ("tag-politics", "has-sidebar"),
#: not its role on the page.
_LABEL_PREFIXES = ("tag-", "category-", "has-", "format-", "status-", "single-", "type-", "post-0", "post-1",
                   "post-2", "post-3", "post-4", "post-5", "post-6", "post-7", "post-8", "post-9")
#: class/id parts that, next to an article word, name the body text container ("article-body",
#: "entry-content", "story__text"); also matched run together ("articleBody", "storytext").
_ARTICLE_WORDS = frozenset("article story entry post news blog".split())
_BODY_WORDS = frozenset("body content text copy".split())
_BODY_NAMES = frozenset(a + b for a in _ARTICLE_WORDS for b in _BODY_WORDS)
_MAIN_ROLES = frozenset({"main", "article"})
#: Element kinds, as bit flags: page chrome, hidden from readers (its subtree is skipped), named
#: as the article's text container, a `<main>`/`<article>` element.
CHROME, HIDDEN, CONTENT, MAIN = 1, 2, 4, 8
#: Bits from the tag alone: inside a link, a list item, a quotation, preformatted text.
LINK, LIST, QUOTE, PRE, INLINE = 16, 32, 64, 128, 256
#: An inline element that looks like chrome.
INLINE_CHROME = CHROME | INLINE
_TAG_BITS = {"a": LINK, "li": LIST, "blockquote": QUOTE, "pre": PRE}


@dataclass(slots=True)
class Block:
    """One run of text between block boundaries, with the features the body scorer uses."""

    text: str
    tag: str
    #: mem ids of the element ancestors, outermost first (the block's own element last).
    path: tuple[int, ...]
    link_chars: int = 0
    #: characters inside inline elements that look like chrome (`<span class="caption">`).
    chrome_chars: int = 0
    #: depths in `path` of the chrome-looking ancestors.
    chrome: tuple[int, ...] = ()
    #: depths in `path` of the ancestors marked up as the article text (class/id, itemprop) and
    #: of `<main>`/`<article>` ancestors.
    content: tuple[int, ...] = ()
    main: tuple[int, ...] = ()
    index: int = 0
    in_list: bool = False
    in_quote: bool = False
    #: mem id of the element that holds the block element (its paragraph's container).
    parent: int = 0
    #: depth in `path` of the block element (the innermost non-inline ancestor), -1 for none.
    at: int = -1
    #: how many siblings share the tag and class of the block element, of its container and of
    #: the container's parent: repeated items (teaser lists, menus) show as large counts above the
    #: block element, article paragraphs as a large count on the block element only.
    repeats: tuple[int, int, int] = (1, 1, 1)
    #: inside `<pre>` (whitespace kept).
    pre: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class _Walk:
    """Mutable state of one walk: the open block's text pieces and the ancestor chain."""

    blocks: list[Block] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    chrome_chars: int = 0
    path: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: `element_kind` bits of each open element (parallel to `path`).
    kinds: list[int] = field(default_factory=list)
    chrome: list[int] = field(default_factory=list)
    content: list[int] = field(default_factory=list)
    main: list[int] = field(default_factory=list)
    #: (parent mem id, tag, class) of every element opened, and how often each key occurs.
    keys: dict[int, tuple[int, str, str | None]] = field(default_factory=dict)
    siblings: dict[tuple[int, str, str | None], int] = field(default_factory=dict)
    links: int = 0
    #: open inline elements that look like chrome.
    inline_chrome: int = 0
    lists: int = 0
    quotes: int = 0
    pre: int = 0
    hide: bool = True

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
        self.pieces.clear()
        text = raw.strip() if self.pre else " ".join(raw.split())
        if text:
            at = self._block_element()
            size, path = len(text), self.path
            # positional: a block per paragraph makes this the walk's most frequent constructor call
            self.blocks.append(Block(
                text, self.tags[at] if at >= 0 else "body", tuple(path), min(self.link_chars, size),
                min(self.chrome_chars, size), tuple(self.chrome), tuple(self.content), tuple(self.main),
                len(self.blocks), self.lists > 0, self.quotes > 0, path[max(at - 1, 0)] if path else 0, at,
                (1, 1, 1), self.pre > 0))
        self.link_chars = self.chrome_chars = 0

    def count_repeats(self) -> None:
        """Fill each block's `repeats` once all siblings have been seen."""
        keys, siblings = self.keys, self.siblings
        for block in self.blocks:
            counts = [1, 1, 1]
            for i in range(3):
                at = block.at - i
                if at < 0:
                    break
                key = keys.get(block.path[at])
                counts[i] = siblings.get(key, 1) if key else 1
            block.repeats = (counts[0], counts[1], counts[2])


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
    """Does this element look like navigation, sharing, comments or other page furniture (or is hidden)?"""
    return bool(element_kind(node.tag or "", node.attributes) & (CHROME | HIDDEN))


def element_kind(tag: str, attrs: dict[str, str | None]) -> int:
    """CHROME | HIDDEN | CONTENT | MAIN flags of an element from its tag and attributes."""
    if not attrs:
        return (CHROME if tag in CHROME_TAGS else 0) | (MAIN if tag in ("main", "article") else 0)
    if len(attrs) == 1 and "class" in attrs:  # the most common attribute set: one lookup, a short key
        return _class_kind(tag, attrs["class"])
    hidden = 2 if "hidden" in attrs else int(attrs.get("aria-hidden") == "true")
    return _attr_kind(tag, attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("style"),
                      hidden, attrs.get("itemprop"))


@lru_cache(maxsize=16384)
def _attr_kind(tag: str, klass: str | None, ident: str | None, role: str | None, style: str | None,
               hidden: int, itemprop: str | None) -> int:
    """`element_kind` from the attributes that matter (pages repeat a few hundred sets: cached).

    `hidden` is 2 for the `hidden` attribute (not rendered), 1 for `aria-hidden` (rendered, but
    marked as decoration: chrome), else 0.
    """
    kind = MAIN if tag in ("main", "article") or (role or "") in _MAIN_ROLES else 0
    names = _names_kind(klass, ident)
    if names & _BODY_NAME or (itemprop or "").lower() == "articlebody":
        kind |= CONTENT
    if tag == "body":
        return kind
    if hidden == 2 or names & _HIDDEN_NAME or (style and _HIDDEN_STYLE.search(style)):
        kind |= HIDDEN
    if hidden or tag in CHROME_TAGS or (role or "") in _CHROME_ROLES or names & _CHROME_NAME:
        kind |= CHROME
    return kind


@lru_cache(maxsize=16384)
def _class_kind(tag: str, klass: str | None) -> int:
    """`element_kind` of an element whose only attribute is `class`."""
    return _attr_kind(tag, klass, None, None, None, 0, None)


#: What one class/id name says: a chrome role, the article's own container (which overrules
#: chrome names on the same element), the article's body text container.
_CHROME_PART, _CONTENT_PART, _BODY_NAME = 1, 2, 4
_CHROME_NAME, _HIDDEN_NAME = 8, 16


def _names_kind(klass: str | None, ident: str | None) -> int:
    """_BODY_NAME / _CHROME_NAME bits of an element's class and id names together.

    Chrome needs some name with a chrome word and no name that names the content container
    ("article-body comments-open" is the article).
    """
    bits = 0
    for value in (klass, ident):
        if value:
            for name in value.split():
                bits |= _name_kind(name)
    if bits & _CHROME_PART and not bits & _CONTENT_PART:
        bits |= _CHROME_NAME
    return bits


@lru_cache(maxsize=65536)
def _name_kind(name: str) -> int:
    """_CHROME_PART / _CONTENT_PART / _BODY_NAME bits of one class or id name (names recur: cached)."""
    name = name.lower()
    if name in _READER_ONLY:
        return _HIDDEN_NAME
    if name.startswith(_LABEL_PREFIXES):
        return 0
    split = _PARTS.split(name)
    parts = set(split)
    body = (parts & _ARTICLE_WORDS and parts & _BODY_WORDS) or "".join(split) in _BODY_NAMES
    bits = _BODY_NAME if body else 0
    if parts & _STATE_WORDS:
        return bits
    if parts & _CHROME_WORDS:
        return bits | _CHROME_PART
    return bits | (_CONTENT_PART if parts & _CONTENT_WORDS else 0)


def blocks(root: LexborNode | None, hide: bool = True) -> list[Block]:
    """Flatten the tree under `root` into text blocks, iteratively (deep nesting is fine).

    With `hide`, hidden subtrees (`hidden`, `display: none`) and `PRUNE_TAGS` subtrees are
    skipped; without, they are walked and marked as chrome.
    """
    walk = _Walk(hide=hide)
    if root is None:
        return walk.blocks
    tag = tag_name(root)
    if tag == "-text":
        _add_text(walk, root.text_content or "")
    elif _enter(walk, root, tag):
        _walk_children(walk, root)
    walk.flush()
    walk.count_repeats()
    return walk.blocks


#: lexbor's id of text nodes; ids of the standard tags are fixed, custom elements get an id that
#: is a pointer (so only small ids are cached).
_TEXT_ID = 2
_STATIC_IDS = 1 << 16
_TAG_NAMES: dict[int, str] = {}


def tag_name(node: LexborNode) -> str:
    """`node.tag`, from a cache of the standard tags' ids (reading the name costs more than the id)."""
    tag_id = node.tag_id
    name = _TAG_NAMES.get(tag_id)
    if name is None:
        name = node.tag or ""
        if tag_id < _STATIC_IDS:
            _TAG_NAMES[tag_id] = name
    return name


def _walk_children(walk: _Walk, root: LexborNode) -> None:
    """Walk below an entered `root`: a stack of nodes still to visit, None marking an element's end.

    Each popped node pushes its next sibling first, then (for an entered element) its end and
    its first child, so siblings are reached through `next` without listing children.
    """
    stack: list[LexborNode | None] = [None]
    child = root.child
    if child is not None:
        stack.append(child)
    pop, push, pieces, names = stack.pop, stack.append, walk.pieces, _TAG_NAMES
    while stack:
        node = pop()
        if node is None:
            _leave(walk)
            continue
        following = node.next
        if following is not None:
            push(following)
        tag_id = node.tag_id
        if tag_id == _TEXT_ID:  # most nodes: handled here, without a call
            text = node.text_content
            if text and (pieces or not text.isspace()):
                pieces.append(text)
                if walk.links or walk.inline_chrome:
                    _count_marked(walk, text)
        elif _enter(walk, node, names.get(tag_id) or tag_name(node)):
            push(None)
            child = node.child
            if child is not None:
                push(child)


def _enter(walk: _Walk, node: LexborNode, tag: str) -> bool:
    """Handle an element on the way down; True when its children must be walked."""
    if tag in SKIP_TAGS or (walk.hide and tag in PRUNE_TAGS):
        return False
    if tag == "br":
        if walk.pieces:
            walk.flush()
        return False
    if tag in INLINE_TAGS:
        return _enter_inline(walk, node, tag)
    attrs = node.attributes
    kind = element_kind(tag, attrs)
    if kind & HIDDEN and walk.hide:
        return False
    if walk.pieces:
        walk.flush()
    _open(walk, node, tag, attrs.get("class") if attrs else None, kind)
    return True


def _enter_inline(walk: _Walk, node: LexborNode, tag: str) -> bool:
    """An inline element: its text joins the open block (counted as link or chrome text)."""
    child = node.child
    if child is None:
        return False
    leaf = child.next is None and child.tag_id == _TEXT_ID
    # links around plain text are most inline elements, and their text counts as link text
    # already: their attributes are not read (half the cost of the walk's attribute reads)
    kind = 0 if leaf and tag == "a" else element_kind(tag, node.attributes)
    if kind & HIDDEN and walk.hide:
        return False
    if leaf:
        # the common leaf case (<a>, <em>, <span> around plain text): no need to descend
        _inline_leaf(walk, tag == "a", kind & CHROME, child.text_content or "")
        return False
    _open(walk, node, tag, None, kind, inline=True)
    return True


def _inline_leaf(walk: _Walk, link: bool, chrome: int, text: str) -> None:
    walk.links += link
    walk.inline_chrome += bool(chrome)
    _add_text(walk, text)
    walk.links -= link
    walk.inline_chrome -= bool(chrome)


def _open(walk: _Walk, node: LexborNode, tag: str, klass: str | None, kind: int,
          inline: bool = False) -> None:
    """Push an entered element: its sibling key (block elements), kind bits and depth marks."""
    mem_id = node.mem_id
    path = walk.path
    if not inline:
        key = (path[-1] if path else 0, tag, klass or None)
        walk.keys[mem_id] = key
        walk.siblings[key] = walk.siblings.get(key, 0) + 1
    kind |= _TAG_BITS.get(tag, 0) | (INLINE if inline and kind & CHROME else 0)
    if kind:
        _mark(walk, kind, len(path))
    path.append(mem_id)
    walk.tags.append(tag)
    walk.kinds.append(kind)


def _mark(walk: _Walk, kind: int, depth: int) -> None:
    if kind & (CHROME | HIDDEN):
        walk.chrome.append(depth)
    if kind & CONTENT:
        walk.content.append(depth)
    if kind & MAIN:
        walk.main.append(depth)
    walk.links += bool(kind & LINK)
    walk.inline_chrome += bool(kind & INLINE_CHROME == INLINE_CHROME)
    walk.lists += bool(kind & LIST)
    walk.quotes += bool(kind & QUOTE)
    walk.pre += bool(kind & PRE)


def _leave(walk: _Walk) -> None:
    if walk.pieces and walk.tags[-1] not in INLINE_TAGS:
        walk.flush()
    walk.tags.pop()
    walk.path.pop()
    kind = walk.kinds.pop()
    if kind:
        _unmark(walk, kind)


def _unmark(walk: _Walk, kind: int) -> None:
    if kind & (CHROME | HIDDEN):
        walk.chrome.pop()
    if kind & CONTENT:
        walk.content.pop()
    if kind & MAIN:
        walk.main.pop()
    walk.links -= bool(kind & LINK)
    walk.inline_chrome -= bool(kind & INLINE_CHROME == INLINE_CHROME)
    walk.lists -= bool(kind & LIST)
    walk.quotes -= bool(kind & QUOTE)
    walk.pre -= bool(kind & PRE)


def _add_text(walk: _Walk, text: str) -> None:
    if not text or (not walk.pieces and text.isspace()):  # leading whitespace of a block: nothing
        return
    walk.pieces.append(text)
    if walk.links or walk.inline_chrome:
        _count_marked(walk, text)


def _count_marked(walk: _Walk, text: str) -> None:
    """Count the text's characters as link and/or chrome text while such elements are open."""
    chars = len(text.strip())
    walk.link_chars += chars if walk.links else 0
    walk.chrome_chars += chars if walk.inline_chrome else 0
