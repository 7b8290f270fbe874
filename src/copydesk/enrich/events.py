"""Political events coded in PLOVER (with CAMEO codes), dyads, dates and places.

Each sentence of an article is coded at most once (plus the mirrored record of a reciprocal
event): the shipped classifier (`events_model`) decides whether the sentence reports an event
and which PLOVER root, helped by the cue lexicon and dependency patterns (`events_rules`), which
also give the mode, the CAMEO code and the source and target arguments. A target that names no
actor ("an appeal", "$1 billion") is moved to the actor it concerns ("filed by X", "to X"); a
coordinated subject with no actor target splits into source and target ("India and Pakistan
agreed ..."); an argument without a country takes one from its own place modifier ("a court in
Bishkek") and a target, failing that, from the event's place. Dates resolve against
the publication date (`dates`); a sentence without a date expression gets the publication date,
as in ICEWS and GDELT, because news reports events of the day.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from copydesk.article import Article
from copydesk.enrich import actors, dates
from copydesk.enrich import events_model as model_mod
from copydesk.enrich.events_actors import actor_record, countries_in, overlapping, resolved_countries
from copydesk.enrich.events_lexicon import RECIPROCAL_ROOTS, RECIPROCAL_WORDS, ROOT_DEFAULTS, Cue
from copydesk.enrich.events_rules import (
    Trigger,
    actorish,
    conjuncts,
    find_triggers,
    phrase,
    predicate,
    source_head,
    target_head,
)
from copydesk.enrich.parsed import ParsedStage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Sentences longer than this many tokens are lists, tables or run-on junk, not event reports.
MAX_SENT_TOKENS = 120
#: Emit an event only when the classifier's "no event" probability is below this. Set on
#: 5-fold CV over event sentences plus our no-event sentences (bench/events.py). With the NB-SVM
#: blend, 0.4 / 0.45 / 0.5 gave root accuracy 0.801 / 0.802 / 0.804 and kept 0.943 / 0.929 / 0.886
#: of the held-out no-event sentences clean.
MAX_NONE_PROB = 0.5
#: Without any lexicon cue in the sentence, the classifier alone must be at least this sure.
MIN_PROB_WITHOUT_CUE = 0.15
#: Confidence given to lexicon-only decisions (no classifier weights available).
RULE_CONFIDENCE = 0.5
#: Prepositions that place an event ("in Beijing", "off the coast of").
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "off", "across", "to", "into"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions whose object places an actor without a country of its own ('a court in Bishkek').
HOME_PREPS = frozenset({"in", "from", "at"})
YIELD_ROOTS = frozenset({"CONCEDE", "RETREAT"})


@dataclass(slots=True)
class Context:
    """What the coder needs besides the sentence: entities, publication date and model."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    published: date | datetime | None = None
    model: model_mod.Model | None = None
    text: str = ""
    spans: list[Span] = field(default_factory=list)  # spaCy's named-entity spans of the doc

    def ents(self, sent: Span) -> list[Span]:
        """Named-entity spans inside a sentence (doc.ents is rebuilt on every access)."""
        return [e for e in self.spans if sent.start <= e.start and e.end <= sent.end]


@dataclass(slots=True)
class Decision:
    """The root chosen for a sentence, the cue behind it (if any) and a confidence."""

    root: str
    trigger: Trigger | None
    confidence: float


def _matches(trigger: Trigger, root: str) -> bool:
    return trigger.root == root or (root == "YIELD" and trigger.root in YIELD_ROOTS)


def decide(triggers: list[Trigger], probs: dict[str, float] | None) -> Decision | None:
    """Root of a sentence from its cues and class probabilities; None when no event."""
    if probs is None:
        return Decision(triggers[0].root, triggers[0], RULE_CONFIDENCE) if triggers else None
    if probs.get(model_mod.NONE, 0.0) >= MAX_NONE_PROB:
        return None
    root, prob = max(((k, v) for k, v in probs.items() if k != model_mod.NONE), key=lambda kv: kv[1])
    if not triggers and prob < MIN_PROB_WITHOUT_CUE:
        return None
    trigger = next((t for t in triggers if _matches(t, root)), None)
    if root == "YIELD":
        root = trigger.root if trigger is not None else "CONCEDE"
    return Decision(root, trigger, round(prob, 3))


def _arguments(sent: Span, decision: Decision,
               triggers: list[Trigger]) -> tuple[Token | None, Token | None]:
    """Source and target heads: those of the first candidate cue that has a source (the cue of
    the chosen root first, then the main cue, then the main predicate)."""
    mode, cameo = ROOT_DEFAULTS.get(decision.root, ("", ""))
    candidates = [t for t in triggers if _matches(t, decision.root)] + triggers[:1]
    candidates.append(Trigger(predicate(sent), Cue(decision.root, mode, cameo)))
    first = candidates[0]
    for trigger in candidates:
        source = source_head(trigger)
        if source is not None:
            return source, target_head(trigger)
    return None, target_head(first)


def _actor(doc: Doc, head: Token | None, ctx: Context) -> tuple[dict[str, Any] | None, list[str]]:
    """Actor record of an argument head and every country its phrase names."""
    if head is None:
        return None, []
    rng = phrase(head)
    start = doc[rng[0]].idx
    end = doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
    found = _countries(ctx, start, end, head.idx, rng)
    if not found:
        found = _home_country(doc, head, ctx)
    record = actor_record(doc, ctx.text, rng, head, ctx.entities, found[0] if found else None)
    return record, found


def _countries(ctx: Context, start: int, end: int, head_at: int, rng: tuple[int, int]) -> list[str]:
    if ctx.entities:
        return countries_in(ctx.entities, start, end, head_at)
    return resolved_countries(ctx.spans, *rng)


def _home_country(doc: Doc, head: Token, ctx: Context) -> list[str]:
    """Country of a place that situates an argument ('a court in Bishkek', 'troops from Chad')."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in HOME_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                rng = phrase(obj)
                start, end = doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
                found = _countries(ctx, start, end, obj.idx, rng)
                if found:
                    return found[:1]
    return []


def _reciprocal(sent: Span, decision: Decision) -> bool:
    words = {t.lower_ for t in sent}
    text = sent.text.lower()
    marked = bool(words & RECIPROCAL_WORDS) or "each other" in text or "one another" in text
    return marked or decision.root in RECIPROCAL_ROOTS


def _split_source(doc: Doc, head: Token, ctx: Context,
                  countries: list[str]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """'X and Y agreed ...' / 'Russian and Chinese warships ...' → records for X and Y."""
    heads = conjuncts(head)
    if len(heads) >= 2:
        first, _ = _actor(doc, heads[0], ctx)
        second, _ = _actor(doc, heads[1], ctx)
        if first is not None and second is not None:
            first["end"] = min(first["end"], doc[heads[0].i].idx + len(heads[0].text))
            first["text"] = ctx.text[first["start"]:first["end"]]
            return first, second
    if len(countries) >= 2:
        whole, _ = _actor(doc, head, ctx)
        if whole is not None:
            return _mention_part(doc, whole, countries[0], ctx), _mention_part(doc, whole, countries[1], ctx)
    return None


def _mention_part(doc: Doc, whole: dict[str, Any], country: str, ctx: Context) -> dict[str, Any]:
    """The part of a phrase naming one country ('Russian' in 'Russian and Chinese warships')."""
    for ent in overlapping(ctx.entities, whole["start"], whole["end"]):
        if ent.get("country") == country and whole["start"] <= ent["start"] and ent["end"] <= whole["end"]:
            return dict(whole, text=ctx.text[ent["start"]:ent["end"]], start=ent["start"], end=ent["end"],
                        country=country)
    return dict(whole, country=country)


def _place(doc: Doc, sent: Span, ctx: Context, skip: list[tuple[int, int]]) -> dict[str, Any] | None:
    """Where the event happened: a place named after 'in', 'at', 'near', ... outside the actors."""
    for ent in ctx.ents(sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        if any(s <= ent.start_char < e for s, e in skip):
            continue
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in PLACE_PREPS:
            return {"text": ent.text, "country": _place_country(ent, ctx)}
    return None


def _place_country(ent: Span, ctx: Context) -> str | None:
    for record in ctx.entities:
        if record.get("start") == ent.start_char or record.get("end") == ent.end_char:
            country = record.get("country")
            if isinstance(country, str):
                return country
    actor = actors.resolve(ent.text)
    return actor.country if actor is not None else None


def _date(sent: Span, ctx: Context) -> str | None:
    for ent in ctx.ents(sent):
        if ent.label_ == "DATE":
            found = dates.resolve(ent.text, ctx.published)
            if found is not None:
                return found.iso()
    if ctx.published is None:
        return None
    day = ctx.published.date() if isinstance(ctx.published, datetime) else ctx.published
    return day.isoformat()


def _content_end(sent: Span) -> int:
    """End of the sentence's last non-space token (spaCy keeps paragraph breaks in the sentence)."""
    for token in reversed(sent):
        if not token.is_space:
            return token.idx + len(token.text)
    return sent.start_char


def _record(decision: Decision, sent: Span, source: dict[str, Any] | None,
            target: dict[str, Any] | None) -> dict[str, Any]:
    trigger = decision.trigger
    if trigger is not None and trigger.cue.root == decision.root:
        mode, cameo = trigger.cue.mode, trigger.cue.cameo
    else:
        mode, cameo = ROOT_DEFAULTS.get(decision.root, ("", ""))
    return {"type": decision.root, "mode": mode or None, "cameo": cameo or None,
            "source": source, "target": target, "sentence_start": sent.start_char,
            "sentence_end": _content_end(sent), "date": None, "location": None,
            "confidence": decision.confidence}


def _placed_target(record: dict[str, Any]) -> dict[str, Any]:
    """A target without a country of its own ('its troops', 'protesters') takes the country of
    the event's place, as ICEWS codes 'Protester (Turkey)'. (The same for sources was neutral on
    the dyad proxy: +2 right, +5 wrong.)"""
    target, place = record["target"], record["location"]
    if target is not None and not target["country"] and place is not None and place["country"]:
        record["target"] = dict(target, country=place["country"])
    return record


def _dyads(doc: Doc, sent: Span, decision: Decision, triggers: list[Trigger],
           ctx: Context) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    src_head, tgt_head = _arguments(sent, decision, triggers)
    source, src_countries = _actor(doc, src_head, ctx)
    target, _ = _actor(doc, tgt_head, ctx)
    reciprocal = _reciprocal(sent, decision)
    if src_head is not None and (tgt_head is None or not actorish(tgt_head)) and \
            (reciprocal or len(conjuncts(src_head)) > 1):
        pair = _split_source(doc, src_head, ctx, src_countries)
        if pair is not None:
            return [pair, (pair[1], pair[0])] if reciprocal else [pair]
    return [(source, target)]


def _political(actor: dict[str, Any] | None) -> bool:
    """An argument with a country or a sector: a sentence without any is no political event."""
    return bool(actor and (actor["country"] or actor["sector"]))


def code_sentence(doc: Doc, sent: Span, ctx: Context) -> list[dict[str, Any]]:
    """Event records of one sentence (none, one, or two for a reciprocal event)."""
    if len(sent) > MAX_SENT_TOKENS or not any(t.is_alpha for t in sent):
        return []
    triggers = find_triggers(sent)
    probs = ctx.model.probabilities(model_mod.features(sent, triggers)) if ctx.model else None
    decision = decide(triggers, probs)
    if decision is None:
        return []
    dyads = _dyads(doc, sent, decision, triggers, ctx)
    if not triggers and not any(_political(a) for pair in dyads for a in pair):
        return []
    records = []
    when = _date(sent, ctx)
    for source, target in dyads:
        record = _record(decision, sent, source, target)
        skip = [(a["start"], a["end"]) for a in (source, target) if a]
        record["date"] = when
        record["location"] = _place(doc, sent, ctx, skip)
        records.append(_placed_target(record))
    return records


def code_events(doc: Doc, entities: list[dict[str, Any]] | None = None,
                published: date | datetime | None = None,
                model: model_mod.Model | None = None) -> list[dict[str, Any]]:
    """Event records of a parsed article (entities from the entities stage improve countries).

    `model` defaults to the shipped classifier; without weights the lexicon decides alone.
    """
    ctx = Context(list(entities or []), published, model or model_mod.load(), doc.text, list(doc.ents))
    events: list[dict[str, Any]] = []
    lookup = _EntityIndex(ctx.entities)
    for sent in doc.sents:
        inside = lookup.within(sent.start_char, sent.end_char)
        events.extend(code_sentence(doc, sent, replace(ctx, entities=inside)))
    return events


class _EntityIndex:
    """Entities sorted by start offset, so each sentence finds its own by bisection."""

    def __init__(self, entities: list[dict[str, Any]]) -> None:
        located = [(e["start"], i) for i, e in enumerate(entities) if isinstance(e.get("start"), int)]
        located.sort()
        self.starts = [s for s, _ in located]
        self.order = [i for _, i in located]
        self.entities = entities

    def within(self, start: int, end: int) -> list[dict[str, Any]]:
        """Entities starting in [start, end), in their original order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.entities[i] for i in sorted(self.order[lo:hi])]


class EventStage(ParsedStage):
    """PLOVER event coding alone; runs after the entities stage (reads article.entities).

    The enrich stage already codes events from its own parse (`enrich_doc`); this stage is for
    pipelines that run event coding separately.
    """

    name = "events"

    def annotate(self, article: Article, doc: Any) -> Article:
        return self.process_doc(article, doc)

    def process_doc(self, article: Article, doc: Doc) -> Article:
        """Fill article.events from a parse of article.text."""
        article.events = code_events(doc, article.entities, article.published)
        return article
