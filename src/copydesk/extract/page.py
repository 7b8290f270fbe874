"""HTML page → title, authors, date, language, canonical URL, site name and body paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import trafilatura

from copydesk.errors import ExtractError
from copydesk.extract.meta import detect_language, parse_date

_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(slots=True)
class Extracted:
    """What the extractor found on one page."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    site_name: str | None = None
    paragraphs: list[str] = field(default_factory=list)


def extract_page(html: str, url: str | None = None) -> Extracted:
    """Extract one page. Raises `ExtractError` when the HTML cannot be parsed at all."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
    )
    if doc is None:
        raise ExtractError("no parsable HTML document")
    paragraphs = split_paragraphs(getattr(doc, "text", None) or "")
    return Extracted(
        title=_clean(getattr(doc, "title", None)),
        authors=split_authors(getattr(doc, "author", None)),
        published=parse_date(getattr(doc, "date", None)),
        language=detect_language("\n".join(paragraphs)),
        url=_clean(getattr(doc, "url", None)) or url,
        site_name=_clean(getattr(doc, "sitename", None)),
        paragraphs=paragraphs,
    )


def split_paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line, inner whitespace collapsed."""
    return [p for p in (_SPACE.sub(" ", line).strip() for line in text.splitlines()) if p]


def split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    names = (n.strip() for n in re.split(r";|\band\b|,|\|", value))
    return list(dict.fromkeys(n for n in names if n))


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    return _SPACE.sub(" ", value).strip() or None
