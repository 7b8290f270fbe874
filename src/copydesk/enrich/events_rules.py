"""Dependency patterns over a spaCy sentence: event cues (triggers) and their two arguments.

A trigger is a verb or event noun from `events_lexicon`, possibly refined by a particle or its
object ("call for", "hold talks"). The main trigger is the one nearest the clause root, looking
through reporting verbs ("said it would release ..."). Its subject is the source and its object
(or the object of "with", "against", "on", ...) the target; passives swap them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from copydesk.enrich.events_actors import is_group_noun
from copydesk.enrich.events_lexicon import (
    NEGATES_TO_REJECT,
    REPORTING,
    Cue,
    base,
    lexicon,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
#: Prepositions that introduce the target of an event, best first.
TARGET_PREPS = ("with", "against", "on", "to", "into", "at", "toward", "towards", "for", "from", "over")
#: Prepositions that introduce the target of an event noun ('investigation into X').
NOUN_PREPS = ("with", "against", "on", "into", "of", "to", "by", "at", "toward", "towards", "for")
#: Roots whose target is the object of a preposition rather than the direct object
#: ('gave medical equipment to X', 'withdrew its troops from X').
PREFERRED_PREPS = {"AID": ("to", "for"), "MOBILIZE": ("to", "into"), "RETREAT": ("from",),
                   "SANCTION": ("on", "against"), "PROTEST": ("against",)}
#: Dependents that can complete a verb cue ('call for', 'step down', 'hold talks').
PAIR_DEPS = frozenset({"prt", "prep", "dobj", "obj", "attr", "oprd", "nsubjpass", "dative", "advmod",
                       "acomp"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
#: Dependents that belong to an argument's phrase when they follow its head.
PHRASE_RIGHT = frozenset({"compound", "flat", "nummod", "case", "appos", "conj", "cc", "amod", "nmod"})
#: Pronouns that stand for the speaker of a reporting verb ("X says it will ...").
ANAPHORS = frozenset({"it", "they", "he", "she", "we", "its", "their"})
MAX_ARG_TOKENS = 14
#: Links over which a verb shares its governor's subject ('agreed to allow', 'is ready to help').
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
#: Entity types that are never an event's target ("on Monday", "for $4 million").
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Entity types that make a noun phrase an actor ("the Chinese ambassador", "Gaza Strip").
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Links followed from a non-actor target to the actor it concerns ("attacks on X", "an appeal
#: filed by X", "ties with X", "suspension of aid to X", "agreed to lend $1 billion to X").
REFINE_DEPS = frozenset({"prep", "pobj", "agent", "acl", "dobj", "conj", "appos", "dative", "pcomp",
                         "compound", "xcomp"})
#: Prepositions of place and time, followed last when looking for a target actor.
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "during", "since", "until",
                         "after", "before", "within", "throughout"})
#: How many dependency links that search may follow (a preposition and its object are two).
REFINE_LINKS = 4
#: Clause links over which a trigger without its own object borrows its governor's object
#: ("summoned the ambassador to complain").
BORROW_DEPS = frozenset({"xcomp", "advcl", "conj"})


@dataclass(slots=True)
class Trigger:
    """One event cue in a sentence: its token, meaning and the event noun it may carry."""

    token: Token
    cue: Cue
    noun: Token | None = None
    negated: bool = False
    depth: int = 0
    nominal: bool = False

    @property
    def root(self) -> str:
        if self.negated and self.cue.root in NEGATES_TO_REJECT:
            return "REJECT"
        return self.cue.root


def _is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.dep_ not in ("aux", "auxpass"))


def _pair_cue(token: Token, verb: str) -> tuple[Cue | None, Token | None]:
    """Verb with particle, preposition, prepositional object or object noun ('hold talks')."""
    pairs = lexicon().pairs
    for child in token.children:
        if child.dep_ not in PAIR_DEPS:
            continue
        words = [child.lower_, base(child.lower_)]
        if child.dep_ == "prep":
            words += [base(g.lower_) for g in child.children if g.dep_ == "pobj"]
        if child.dep_ in OBJECTS or child.dep_ == "nsubjpass":
            words += [base(g.lower_) for g in child.children if g.dep_ == "compound"]
        for word in words:
            cue = pairs.get((verb, word))
            if cue is not None:
                return cue, child if child.dep_ != "prt" else None
    return None, None


def _noun_cue(token: Token) -> Cue | None:
    nouns = lexicon().nouns
    return nouns.get(token.lower_) or nouns.get(base(token.lower_))


def _object_noun_cue(token: Token) -> tuple[Cue | None, Token | None]:
    """A light verb's event-noun object: 'launched an attack', 'expressed condemnation'."""
    for child in token.children:
        if child.dep_ in OBJECTS:
            cue = _noun_cue(child)
            if cue is not None:
                return cue, child
    return None, None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in token.children)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        depth += 0 if token.head.lower_ and base(token.head.lower_) in REPORTING else 1
        token = token.head
    return depth


def verb_trigger(token: Token) -> Trigger | None:
    """The cue a verb token carries, if any."""
    verb = base(token.lower_)
    cue, noun = _pair_cue(token, verb)
    if cue is None:
        cue = lexicon().verbs.get(verb)
        noun = None
    if cue is None or (verb in REPORTING and cue.root not in ("THREATEN", "REQUEST")):
        cue, noun = _object_noun_cue(token)
    if cue is None:
        return None
    return Trigger(token, cue, noun, _negated(token), _depth(token))


def find_triggers(sent: Span) -> list[Trigger]:
    """All cues of a sentence, main candidates first (shallowest, verbs before nouns)."""
    found: list[Trigger] = []
    carried: set[int] = set()
    for token in sent:
        if _is_verb(token):
            trigger = verb_trigger(token)
            if trigger is not None:
                found.append(trigger)
                if trigger.noun is not None:
                    carried.add(trigger.noun.i)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in carried:
            cue = _noun_cue(token)
            if cue is not None:
                found.append(Trigger(token, cue, token, False, _depth(token) + 1, nominal=True))
    found.sort(key=lambda t: (t.depth, t.nominal, t.token.i))
    return found


def predicate(sent: Span) -> Token:
    """Main predicate, looking through a reporting root ('said ... would attack' → attack)."""
    root = sent.root
    if base(root.lower_) in REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return child
    return root


# ---------------------------------------------------------------- arguments


def phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `head`, without clauses after it."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in PHRASE_RIGHT or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    doc = head.doc
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    start = max(start, end - MAX_ARG_TOKENS) if head.i >= end - MAX_ARG_TOKENS else start
    return start, end


def _child(token: Token, deps: frozenset[str] | tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    """Object of the first of `preps` hanging on token ('talks with X' → X)."""
    ranked = sorted((c for c in token.children if c.dep_ in ("prep", "dative", "agent")),
                    key=lambda c: preps.index(c.lower_) if c.lower_ in preps else len(preps))
    for prep in ranked:
        if prep.lower_ not in preps:
            break
        obj = _child(prep, ("pobj",))
        if obj is not None and obj.ent_type_ not in NOT_ACTORS:
            return obj
    return None


def _speaker(token: Token) -> Token | None:
    """Subject of the reporting verb governing token ('Bangladesh says it will ...')."""
    head = token.head
    for _ in range(4):
        if base(head.lower_) in REPORTING:
            subject = _child(head, ("nsubj",))
            if subject is not None and subject.lower_ not in ANAPHORS:
                return subject
        if head.head.i == head.i:
            break
        head = head.head
    return None


def _inherited_subject(token: Token) -> Token | None:
    """Subject shared from a governing verb ('agreed to allow', 'attacked and killed')."""
    head = token
    for _ in range(4):
        if head.dep_ not in INHERIT_DEPS or head.head.i == head.i:
            return None
        head = head.head
        subject = _child(head, ("nsubj",))
        if subject is not None:
            return subject
    return None


def source_head(trigger: Trigger) -> Token | None:
    """Token heading the source (actor) argument of a trigger."""
    token = trigger.token
    if trigger.nominal:
        return _noun_source(token)
    agent = _child(token, ("agent",))
    if agent is not None and (token.dep_ == "acl" or _child(token, ("nsubjpass",)) is not None):
        return _child(agent, ("pobj",))
    subject = _child(token, ("nsubj", "csubj")) or _inherited_subject(token)
    if subject is not None and subject.lower_ in ANAPHORS:
        return _speaker(token) or subject
    return subject


def _noun_source(noun: Token) -> Token | None:
    """Source of an event noun: possessor, 'by X', a nationality modifier, or the clause subject."""
    owner = _child(noun, ("poss",)) or _prep_object(noun, ("by",))
    if owner is not None:
        return owner
    modifier = next((c for c in noun.lefts if c.ent_type_ in ("NORP", "GPE", "ORG")), None)
    if modifier is not None:
        return modifier
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
        return _child(noun.head, ("nsubj",))
    return None


def target_head(trigger: Trigger) -> Token | None:
    """Token heading the target argument, moved to the actor a non-actor target concerns."""
    found = _syntactic_target(trigger)
    if found is not None and actorish(found):
        return found
    for start in (found, trigger.noun, trigger.token):
        better = _actor_near(start) if start is not None else None
        if better is not None:
            return better
    if trigger.token.dep_ in BORROW_DEPS and not trigger.nominal:
        borrowed = _child(trigger.token.head, OBJECTS)
        if borrowed is not None and actorish(borrowed):
            return borrowed
    return found


def actorish(token: Token) -> bool:
    """Whether a noun names an actor: an actor entity on it or its left modifiers ('the Chinese
    ambassador', "France's envoy"), or a group noun ('rebels', 'police')."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.ent_type_ in ACTOR_ENTS or is_group_noun(token.lower_):
        return True
    return any(t.ent_type_ in ACTOR_ENTS for t in token.doc[token.left_edge.i:token.i])


def _actor_near(token: Token) -> Token | None:
    """Nearest actor noun reached from a non-actor target over REFINE_DEPS links; places ('in a
    Paris court') only when nothing else is found."""
    return _actor_search(token, PLACE_PREPS) or _actor_search(token, frozenset())


def _actor_search(token: Token, skip: frozenset[str]) -> Token | None:
    frontier = [token]
    for _ in range(REFINE_LINKS):
        frontier = [c for t in frontier for c in t.children if c.dep_ in REFINE_DEPS and c.lower_ not in skip]
        found = next((t for t in frontier if t.ent_type_ not in NOT_ACTORS and actorish(t)), None)
        if found is not None:
            return found
    return None


def _syntactic_target(trigger: Trigger) -> Token | None:
    """The trigger's object. An event noun of the same kind hands on to its own object
    ('arrived for talks with X' → X); a clause complement is searched when the trigger has
    none ('agreed to allow X')."""
    found = _target(trigger)
    if found is not None and found.pos_ == "NOUN":
        own = trigger.noun is not None and found.i == trigger.noun.i
        cue = _noun_cue(found)
        if own or (cue is not None and cue.root == trigger.cue.root):
            return _prep_object(found, NOUN_PREPS) or (None if own else found)
    if found is None and not trigger.nominal:
        clause = _child(trigger.token, ("xcomp", "ccomp"))
        if clause is not None and clause.pos_ in ("VERB", "AUX"):
            found = _target(Trigger(clause, trigger.cue))
    return found


def _target(trigger: Trigger) -> Token | None:
    token = trigger.token
    if trigger.nominal:
        return _prep_object(token, NOUN_PREPS)
    if _child(token, ("nsubjpass",)) is not None:
        return _child(token, ("nsubjpass",))
    preferred = PREFERRED_PREPS.get(trigger.cue.root)
    if preferred:
        found = _prep_object(token, preferred) or _object_prep(token, preferred)
        if found is not None:
            return found
    if trigger.noun is not None and trigger.noun.dep_ in OBJECTS:
        found = _prep_object(trigger.noun, NOUN_PREPS)
        if found is not None:
            return found
    obj = _child(token, OBJECTS) or _child(token, ("dative",))
    if obj is not None and (trigger.noun is None or obj.i != trigger.noun.i):
        return obj
    found = _prep_object(token, TARGET_PREPS)
    if found is None and trigger.noun is not None:
        found = _prep_object(trigger.noun, NOUN_PREPS)
    return found


def _object_prep(token: Token, preps: tuple[str, ...]) -> Token | None:
    """Preposition object hanging on the verb's object ('gave aid to X', 'sent troops to X')."""
    obj = _child(token, OBJECTS)
    return _prep_object(obj, preps) if obj is not None else None


def conjuncts(head: Token) -> list[Token]:
    """head plus its coordinated heads ('Russia and China' → [Russia, China])."""
    return [head, *[c for c in head.conjuncts if c.i > head.i]]
