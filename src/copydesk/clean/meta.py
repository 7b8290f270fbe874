"""Headline, byline and dateline lines removed from the body feed the article's metadata."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from dateutil import parser as dateparser

from copydesk.article import Article, Removed

_BY = re.compile(r"^\s*(?:by|von|por|par)\s+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||·|\band\b|&|\bund\b|\by\b|\bet\b)\s*")
_NAME = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}$")
_LABEL = re.compile(r"^\s*(?:published|updated|posted|last updated)\s*:?\s*", re.I)
_TERMINAL = re.compile(r"[.!?]\s*$")


def byline_names(line: str) -> list[str]:
    """'By Jane Smith and Omar Haddad, Reuters' → ['Jane Smith', 'Omar Haddad']."""
    body = _BY.sub("", line.strip(), count=1)
    return [part for part in _SPLIT.split(body) if _NAME.match(part)]


def dateline_date(line: str) -> datetime | None:
    """The date of a dateline such as 'Updated: March 14, 2025 at 9:30 a.m.'; None if unreadable."""
    text = _LABEL.sub("", line.strip(), count=1).replace(" at ", " ")
    try:
        with warnings.catch_warnings():  # unknown zone names ("EST") are dropped, the date is kept
            warnings.simplefilter("ignore")
            return dateparser.parse(text, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not _TERMINAL.search(line)


def fill_metadata(article: Article, removed: list[Removed]) -> None:
    """Fill empty title/authors/published from removed headline/byline/dateline lines."""
    for item in removed:
        if item.reason == "byline" and not article.authors:
            article.authors = byline_names(item.text)
        elif item.reason == "dateline" and article.published is None:
            article.published = dateline_date(item.text)
        elif (item.index == 0 and item.reason in ("other", "repeated") and not article.title
              and looks_like_headline(item.text)):
            article.title = item.text.strip()
