"""Resolve actor mentions ("Russian", "Moscow", "the Kremlin", "NATO") to canonical actors.

The lookup is built once from the text tables in `gazetteer.py`. Matching is exact after light
normalisation (leading "the", possessive "'s", plural demonyms, case for long names) so that a
mention resolves to at most one actor and nothing fuzzy can surprise an analyst.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copydesk.enrich import gazetteer


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: canonical name, ISO3 country (None for IGOs/NGOs), sector code, kind."""

    name: str
    country: str | None
    sector: str | None
    kind: str  # "country", "demonym", "capital", "body" or "organisation"


@dataclass(frozen=True, slots=True)
class _Tables:
    exact: dict[str, Actor]
    folded: dict[str, Actor]
    sectors: dict[str, str]
    names: dict[str, str]


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'"})
_SPACES = re.compile(r"\s+")


def normalise(mention: str) -> str:
    """Canonical surface form: straight apostrophes, single spaces, no leading 'the', no 's."""
    text = _SPACES.sub(" ", mention.translate(_APOS)).strip(" \t\n,.;:!?\"()[]")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s") or text.endswith("s'"):
        text = text[:-2] if text.endswith("'s") else text[:-1]
    return text


def _add(tables: _Tables, surface: str, actor: Actor) -> None:
    key = normalise(surface)
    if not key:
        return
    tables.exact.setdefault(key, actor)
    # short all-caps forms (WHO, US, UN) must stay case-sensitive: "who", "us" are words
    if not (key.isupper() and len(key.replace(".", "")) <= 4):
        tables.folded.setdefault(key.lower(), actor)


def _country_rows() -> list[list[str]]:
    text = gazetteer.COUNTRIES.replace("\\\n", "")
    return [line.split("|") for line in text.strip().splitlines() if line.strip()]


def _load_countries(tables: _Tables) -> None:
    rows = _country_rows()
    for iso3, names, _, _ in rows:  # names first so "Luxembourg" the country wins over the city
        canonical = names.split(";")[0]
        tables.names[iso3] = canonical
        for name in names.split(";"):
            _add(tables, name, Actor(canonical, iso3, None, "country"))
    for iso3, _, demonyms, capitals in rows:
        canonical = tables.names[iso3]
        for demonym in demonyms.split(";"):
            _add(tables, demonym, Actor(canonical, iso3, None, "demonym"))
        for capital in capitals.split(";"):
            _add(tables, capital, Actor(canonical, iso3, "GOV", "capital"))


def _load_bodies(tables: _Tables) -> None:
    for line in gazetteer.NATIONAL_BODIES.strip().splitlines():
        surface, iso3, sector, canonical = line.split("|")
        _add(tables, surface, Actor(canonical, iso3, sector, "body"))
    for line in gazetteer.ORGANISATIONS.strip().splitlines():
        surfaces, canonical, sector = line.split("|")
        for surface in surfaces.split(";"):
            _add(tables, surface, Actor(canonical, None, sector, "organisation"))


def _load_sectors(tables: _Tables) -> None:
    text = gazetteer.SECTORS.replace("\\\n", "")
    for line in text.strip().splitlines():
        words, code = line.split("|")
        for word in words.split(";"):
            tables.sectors[word.lower()] = code


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The lookup tables, built on first use."""
    built = _Tables(exact={}, folded={}, sectors={}, names={})
    _load_bodies(built)
    _load_countries(built)
    _load_sectors(built)
    return built


def _plural_stem(key: str) -> list[str]:
    """'Russians' → 'Russian'; 'Frenchmen' is listed; 'Swiss' must not lose its s."""
    if key.endswith("ies"):
        return [key[:-3] + "y", key[:-1]]
    if key.endswith("s"):
        return [key[:-1]]
    return []


def resolve(mention: str) -> Actor | None:
    """The actor a mention names, or None."""
    t = tables()
    key = normalise(mention)
    if not key:
        return None
    for candidate in (key, *_plural_stem(key)):
        actor = t.exact.get(candidate) or t.folded.get(candidate.lower())
        if actor is not None and (candidate == key or actor.kind == "demonym"):
            return actor
    return None


def country_name(iso3: str) -> str | None:
    """Canonical English short name of a country code in the gazetteer."""
    return tables().names.get(iso3)


def sector(role: str | None) -> str | None:
    """Sector code of a role ("defence minister" → MIL); the longest listed phrase in it wins."""
    if not role:
        return None
    words = role.lower().translate(_APOS).replace("-", " ").split()
    sectors = tables().sectors
    for size in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            code = sectors.get(" ".join(words[i : i + size]))
            if code:
                return code
    return None


def actor_code(country: str | None, role: str | None) -> str | None:
    """CAMEO-style code from a country and a role: ('CHN', 'defence minister') → 'CHNMIL'."""
    code = sector(role)
    if country and code:
        return country + code
    return country or code
