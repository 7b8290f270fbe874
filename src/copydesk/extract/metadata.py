"""Page metadata from one pass over JSON-LD, <meta>/<link> tags and <time> elements.

Sources are tried from the most to the least deliberate: schema.org JSON-LD that the
publisher writes for search engines, then Open Graph / article / Dublin Core / Parse.ly meta
tags, then visible markup (`<time>`, `rel=author`, bylines, `<h1>`, `<title>`). htmldate is
called only when none of them gives a publication date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.meta import parse_date

_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|blog|opinion|review|webpage", re.I)
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.created", "dc.date", "date", "og:published_time", "article.published",
    "cxenseparse:recs:publishtime", "published_time", "article_date_original",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "byl", "twitter:creator")
_TITLE_META = ("og:title", "twitter:title", "parsely-title", "dc.title")
_SITE_META = ("og:site_name", "application-name", "publisher", "twitter:site")
_BYLINE_SELECTORS = ('[itemprop="author"] [itemprop="name"]', '[rel="author"]', '[itemprop="author"]',
                     ".author .fn", ".byline__name", ".author-name", ".byline a", ".byline")
_BYLINE_PREFIX = re.compile(r"^\s*(by|von|par|por|di|door|av|de)\s+", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_NOT_NAME = re.compile(r"https?:|www\.|@|\d{3,}|staff|reporter$|correspondent$", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—·:»-]\s+[^|–—·»]{2,60}$")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[^\d])")
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Metadata:
    """Metadata fields found on a page; None or empty where nothing trustworthy was found."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    site_name: str | None = None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


#: Both kinds of metadata element, found in one pass over the tree (each query walks the whole page).
_META_OR_LD = 'meta[content], script[type="application/ld+json"]'


def meta_tags(tree: LexborHTMLParser, nodes: list[LexborNode] | None = None) -> dict[str, list[str]]:
    """Lower-cased `name`/`property`/`itemprop` → the non-empty `content`s of the page's meta tags.

    `nodes`: the page's `meta[content]` elements when already found.
    """
    found: dict[str, list[str]] = {}
    for node in tree.css("meta[content]") if nodes is None else nodes:
        attrs = node.attributes
        content = _clean(attrs.get("content"))
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if content and key:
            found.setdefault(key.strip().lower(), []).append(content)
    return found


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD payload, @graph and lists included (bounded depth)."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def json_ld(tree: LexborHTMLParser, nodes: list[LexborNode] | None = None) -> dict[str, Any]:
    """The first schema.org article-like object of the page's JSON-LD, or {}.

    `nodes`: the page's JSON-LD `<script>` elements when already found.
    """
    for node in tree.css('script[type="application/ld+json"]') if nodes is None else nodes:
        try:
            data = json.loads(node.text(deep=True) or "null", strict=False)
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if _ARTICLE_TYPES.search(kinds) and (obj.get("headline") or obj.get("datePublished")):
                return obj
    return {}


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (string, Person object or a list of them)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    return split_authors(value) if isinstance(value, str) else []


def split_authors(value: str | None) -> list[str]:
    """'By Ana Ruiz and Tom Lee' → ['Ana Ruiz', 'Tom Lee']; URLs and handles are dropped."""
    if not value:
        return []
    value = _BYLINE_PREFIX.sub("", _SPACE.sub(" ", value))
    names = (n.strip(" .·-–—") for n in _AUTHOR_SPLIT.split(value))
    kept = [n for n in names if 1 < len(n) <= 60 and not _NOT_NAME.search(n)]
    return list(dict.fromkeys(kept))


def _first(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    return next((meta[k][0] for k in keys if meta.get(k)), None)


def find_title(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    """Headline: JSON-LD, then Open Graph/Twitter, then the first <h1>, then <title> minus site name."""
    title = _clean(ld.get("headline")) or _first(meta, _TITLE_META)
    if title:
        return title
    h1 = tree.css_first("h1")
    if h1 is not None and (text := _clean(h1.text(deep=True))):
        return text
    node = tree.css_first("title")
    raw = _clean(node.text(deep=True)) if node is not None else None
    return _TITLE_SUFFIX.sub("", raw) if raw else None


def find_authors(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: dict[str, Any]) -> list[str]:
    """Authors: JSON-LD, then author meta tags, then `rel=author`/`itemprop=author` markup."""
    names = _names(ld.get("author"))
    if names:
        return names
    key = next((k for k in _AUTHOR_META if meta.get(k)), None)
    names = [n for value in meta[key] for n in split_authors(value)] if key else []
    if names:
        return list(dict.fromkeys(names))
    for selector in _BYLINE_SELECTORS:
        nodes = tree.css(selector)
        names = [n for node in nodes[:4] for n in split_authors(node.text(deep=True))]
        if names:
            return list(dict.fromkeys(names))
    return []


def _time_element(tree: LexborHTMLParser) -> datetime | None:
    for selector in ('[itemprop="datePublished"]', "time[pubdate]", "time[datetime]"):
        node = tree.css_first(selector)
        if node is None:
            continue
        attrs = node.attributes
        found = parse_date(attrs.get("datetime") or attrs.get("content") or node.text(deep=True))
        if found:
            return found
    return None


def _url_date(url: str | None) -> datetime | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def find_published(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: dict[str, Any],
                   url: str | None) -> datetime | None:
    """Publication date: JSON-LD, date meta tags, <time>, a date in the URL, and last htmldate."""
    found = parse_date(_clean(ld.get("datePublished")) or _clean(ld.get("dateCreated")))
    found = found or next((d for k in _DATE_META if (d := parse_date(_first(meta, (k,))))), None)
    return found or _time_element(tree) or _url_date(url) or _htmldate(tree)


def _htmldate(tree: LexborHTMLParser) -> datetime | None:
    """htmldate's heuristics over the whole page: slower, used only when the fast pass found nothing.

    Its quick mode (markup only, ~5 ms) settles most such pages; the extensive search of the
    page's text (~25 ms) runs only when that finds nothing.
    """
    from htmldate import find_date

    html = tree.html
    if not html:
        return None
    for extensive in (False, True):
        try:
            value = find_date(html, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%d")
        except Exception:  # htmldate is a best-effort fallback: a failure means "no date"
            return None
        if isinstance(value, str):
            return parse_date(value)
    return None


def find_url(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: dict[str, Any],
             url: str | None) -> str | None:
    """Canonical URL: <link rel=canonical>, og:url, JSON-LD url; else the URL the page came from."""
    link = tree.css_first('link[rel="canonical"][href]')
    candidates = [link.attributes.get("href") if link is not None else None, _first(meta, ("og:url",)),
                  ld.get("url") if isinstance(ld.get("url"), str) else None]
    for value in candidates:
        value = _clean(value)
        if value and value.startswith(("http://", "https://")):
            return value
    return url


def find_site_name(meta: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    """Publication name: og:site_name and friends, then the JSON-LD publisher."""
    name = _first(meta, _SITE_META)
    if name and not name.startswith("@"):
        return name
    publisher = ld.get("publisher")
    if isinstance(publisher, dict):
        return _clean(publisher.get("name"))
    return name.lstrip("@") if name else None


def page_language(tree: LexborHTMLParser, meta: dict[str, list[str]]) -> str | None:
    """The language the page declares (`<html lang>`, content-language), as an ISO 639-1 code."""
    html = tree.css_first("html")
    declared = html.attributes.get("lang") if html is not None else None
    declared = declared or _first(meta, ("content-language",))
    if not declared:
        return None
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def _meta_and_ld(tree: LexborHTMLParser) -> tuple[dict[str, list[str]], dict[str, Any]]:
    """The page's meta tags and its article JSON-LD, found in one query."""
    found = tree.css(_META_OR_LD)
    meta = meta_tags(tree, [node for node in found if node.tag == "meta"])
    return meta, json_ld(tree, [node for node in found if node.tag == "script"])


def read_title(tree: LexborHTMLParser) -> str | None:
    """The headline alone: what body extraction needs when no other metadata is wanted."""
    return find_title(tree, *_meta_and_ld(tree))


def read_metadata(tree: LexborHTMLParser, url: str | None = None) -> Metadata:
    """All metadata of a parsed page (before any element is stripped from it)."""
    meta, ld = _meta_and_ld(tree)
    canonical = find_url(tree, meta, ld, url)
    return Metadata(
        title=find_title(tree, meta, ld),
        authors=find_authors(tree, meta, ld),
        published=find_published(tree, meta, ld, canonical or url),
        language=page_language(tree, meta),
        url=canonical,
        site_name=find_site_name(meta, ld),
    )
