"""Event arguments as actor records: text span, ISO3 country and sector code.

Countries come from the entities stage (article.entities) when a mention overlaps the argument,
else from the shared actor resolver (`copydesk.enrich.actors`). Sectors come from the resolver's
role table first and then from the few group nouns below that event reports use for actors
("police", "rebels", "protesters", "warships") and the resolver does not list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copydesk.enrich import actors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Group nouns of event reports → CAMEO sector code (extends the resolver's role table).
EXTRA_SECTORS = {
    "MIL": "forces troops soldiers warships warship navy jets fighter fighters aircraft army military "
           "militaries peacekeepers battalion brigade pentagon defence defense marines paratroopers "
           "missiles missile artillery tanks gunboats coastguard drones",
    "COP": "police policemen policeman officers gendarmes gendarmerie riot security guards",
    "REB": "rebels rebel insurgents insurgent militants militant guerrillas separatists jihadists "
           "gunmen fighters taliban isis shabaab hamas hezbollah houthis militia militias extremists",
    "OPP": "protesters protestors demonstrators opposition dissidents activists",
    "CVL": "civilians residents villagers people citizens crowd crowds migrants families children",
    "LAB": "workers employees union unions miners teachers nurses doctors strikers labour labor",
    "JUD": "court judge judges prosecutors prosecutor tribunal",
    "GOV": "government authorities ministry officials administration regime cabinet kremlin",
    "BUS": "company companies firm firms corporation bank banks",
    "REF": "refugees asylum-seekers",
    "EDU": "students student",
}
_SECTOR_WORDS = {word: code for code, words in EXTRA_SECTORS.items() for word in words.split()}
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def is_group_noun(word: str) -> bool:
    """Whether a (lowercased) noun names a group or role that acts in events ('rebels', 'envoy')."""
    return word in _SECTOR_WORDS or actors.sector(word) is not None


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens [start, end) in the parsed text."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def overlapping(entities: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    """Entity dicts overlapping a character range, in text order."""
    found = []
    for ent in entities:
        s, e = ent.get("start"), ent.get("end")
        if isinstance(s, int) and isinstance(e, int) and s < end and e > start:
            found.append(ent)
    return found


def countries_in(entities: list[dict[str, Any]], start: int, end: int, head_at: int) -> list[str]:
    """Distinct countries named in a range; the one on the argument's head word comes first."""
    ents = overlapping(entities, start, end)
    ents.sort(key=lambda e: (not (e["start"] <= head_at < e["end"]), e["start"]))
    seen: list[str] = []
    for ent in ents:
        country = ent.get("country")
        if isinstance(country, str) and country and country not in seen:
            seen.append(country)
    return seen


def resolved_countries(spans: list[Span], start: int, end: int) -> list[str]:
    """Countries the actor resolver finds in a token range (used when no entities are given)."""
    seen: list[str] = []
    for ent in spans:
        if ent.label_ in ACTOR_LABELS and ent.start < end and ent.end > start:
            actor = actors.resolve(ent.text)
            if actor is not None and actor.country and actor.country not in seen:
                seen.append(actor.country)
    return seen


def _entity_sector(ents: list[dict[str, Any]]) -> str | None:
    for ent in ents:
        code = actors.sector(ent.get("role"))
        if code:
            return code
        actor = actors.resolve(str(ent.get("text") or ""))
        if actor is not None and actor.sector:
            return actor.sector
    return None


def sector_of(text: str, head: Token, ents: list[dict[str, Any]]) -> str | None:
    """Sector code of an argument: a role or body the resolver knows, else a group noun."""
    code = _entity_sector(ents) or actors.sector(text)
    if code:
        return code
    code = _SECTOR_WORDS.get(head.lower_)
    if code:
        return code
    ent_label = head.ent_type_
    return "IGO" if ent_label == "ORG" and text.isupper() and len(text) <= 6 else None


def actor_record(doc: Doc, full_text: str, rng: tuple[int, int], head: Token,
                 entities: list[dict[str, Any]], country: str | None) -> dict[str, Any]:
    """The {text, start, end, country, sector} record of one argument (full_text is doc.text)."""
    start, end = char_range(doc, *rng)
    text = full_text[start:end]
    ents = overlapping(entities, start, end)
    return {"text": text, "start": start, "end": end, "country": country,
            "sector": sector_of(text, head, ents)}
