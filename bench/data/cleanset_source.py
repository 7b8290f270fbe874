"""Hand-written material for the clean-stage development set, gathered in one place.

The text lives in sibling modules, all written for copydesk (fictional news, invented names):

- ``cleanset_articles_a`` / ``cleanset_articles_b``: ordinary base articles;
- ``cleanset_tricky``: base articles whose real lines look like junk;
- ``cleanset_junk``: banks of junk templates per reason, and slot fillers.

This module parses the article blocks into :class:`Base` records and adds the fictional
sites, URL sections and topic tags the builder uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanset_articles_a import ARTICLES_A
from cleanset_articles_b import ARTICLES_B
from cleanset_junk import BANKS as RAW_BANKS
from cleanset_junk import FILLERS
from cleanset_tricky import TRICKY

__all__ = [
    "BANKS", "BASES", "FILLERS", "LANGS", "SECTIONS", "SITES", "SPLIT_FILLERS", "TAGS", "Base",
]


@dataclass(frozen=True)
class Base:
    """One hand-written article: title, paragraphs and its own picture captions."""

    topic: str
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    tricky: bool


def parse(topic: str, block: str, *, tricky: bool) -> Base:
    """Parse one article block: title line, ``@caption`` lines, paragraph lines."""
    lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
    title, rest = lines[0], lines[1:]
    captions = tuple(ln[1:].strip() for ln in rest if ln.startswith("@"))
    paragraphs = tuple(ln for ln in rest if not ln.startswith("@"))
    if not 4 <= len(paragraphs) <= 16:
        raise ValueError(f"{title!r}: {len(paragraphs)} paragraphs")
    if len(set(paragraphs)) != len(paragraphs) or title in paragraphs:
        raise ValueError(f"{title!r}: duplicated line")
    return Base(topic, title, paragraphs, captions, tricky)


BASES: list[Base] = [parse(t, b, tricky=False) for t, b in ARTICLES_A + ARTICLES_B]
BASES += [parse(t, b, tricky=True) for t, b in TRICKY]

LANGS = ("en", "de", "es", "fr")


def tag_language(template: str) -> tuple[str, str]:
    """``"[de] Anzeige"`` -> ``("de", "Anzeige")``; untagged templates are English."""
    if template[:1] == "[" and template[3:5] == "] " and template[1:3] in LANGS:
        return template[1:3], template[5:]
    return "en", template


#: Junk banks: name -> (reason, [(language, template), ...]).
BANKS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    name: (reason, [tag_language(t) for t in templates])
    for name, (reason, templates) in RAW_BANKS.items()
}

#: Fictional news sites: (name, domain).
SITES: list[tuple[str, str]] = [
    ("The Northgate Herald", "northgateherald.com"),
    ("Harbour City Courier", "harbourcitycourier.com"),
    ("The Daily Meridian", "dailymeridian.net"),
    ("Castlebury Chronicle", "castleburychronicle.co.uk"),
    ("Westmere Evening Post", "westmerepost.co.uk"),
    ("The Continental Ledger", "continentalledger.eu"),
    ("Vell Morning Star", "vellmorningstar.com"),
    ("Port Adair Gazette", "portadairgazette.com"),
    ("National Observer Online", "nationalobserver-online.com"),
    ("The Coastline", "thecoastline.news"),
    ("Midland Times", "midlandtimes.co.uk"),
    ("Capital Dispatch", "capitaldispatch.org"),
]

#: URL section per topic.
SECTIONS: dict[str, str] = {
    "diplomacy": "world", "defence": "politics", "elections": "politics", "courts": "news",
    "economy": "business", "business": "business", "tech": "technology", "science": "science",
    "health": "health", "climate": "environment", "sports": "sport", "culture": "culture",
    "local": "local", "obituary": "obituaries", "explainer": "news", "interview": "news",
    "liveblog": "news", "about_ad": "media", "about_cookies": "technology",
    "about_paywall": "media", "about_social": "technology", "feature": "features",
    "howto": "food", "letters": "opinion",
}

#: Topic tags used for "Topics: ..." navigation lines.
TAGS: dict[str, list[str]] = {
    "world": ["World", "Europe", "Diplomacy", "Foreign policy", "Trade"],
    "politics": ["Politics", "Defence", "Elections", "Parliament", "Government"],
    "news": ["News", "Courts", "Crime", "Law", "Home affairs"],
    "business": ["Business", "Economy", "Markets", "Retail", "Jobs"],
    "technology": ["Technology", "Privacy", "Data", "Start-ups", "Internet"],
    "science": ["Science", "Space", "Nature", "Research", "Wildlife"],
    "health": ["Health", "Hospitals", "Medicine", "Public health", "Waiting lists"],
    "environment": ["Environment", "Climate crisis", "Energy", "Weather", "Water"],
    "sport": ["Sport", "Football", "Athletics", "Cycling", "Cricket", "Tennis"],
    "culture": ["Culture", "Art", "Music", "Books", "Museums"],
    "local": ["Local news", "Councils", "Community", "Transport", "Castlebury"],
    "obituaries": ["Obituaries", "Music", "Trade unions", "Engineering", "Lifeboats"],
    "media": ["Media", "Advertising", "Newspapers", "Campaigns"],
    "features": ["Features", "Floods", "Long reads"],
    "food": ["Food", "Baking", "Recipes"],
    "opinion": ["Opinion", "Letters", "Your views"],
}

#: Filler lists that are split between train and dev like the templates.
SPLIT_FILLERS = frozenset({"name", "org", "brand", "agency", "role", "handle"})
