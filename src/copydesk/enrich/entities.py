"""Entities from a spaCy parse: people, organisations, places and nationalities with a canonical
name (the fullest name the article uses), an ISO3 country and a role given in the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from copydesk.enrich import actors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: spaCy labels kept as entities; numbers, dates and works of art are not actors.
KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Labels whose text may name a country, capital, body or organisation in the gazetteer.
ACTOR_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Gazetteer surface forms that are too often something else to add when spaCy missed them.
AMBIGUOUS = frozenset({"Georgia", "Jordan", "Chad", "Georgetown", "Victoria", "Kingston", "Santiago",
                       "Lima", "Niger", "Guinea", "Trinidad", "Turkey", "Congo", "Korea", "CAR",
                       "Brit", "Kiwi", "Pole", "Scot", "Dane", "Turk", "Lao", "Langley", "Rada",
                       "Chancellery", "America", "Westminster", "Dominica national", "Gaza"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "madam", "lord", "lady"})
ABBREVIATED_TITLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                      "lt": "lieutenant", "col": "colonel", "adm": "admiral", "pres": "president",
                      "sgt": "sergeant", "capt": "captain", "maj": "major", "prof": "professor",
                      "atty": "attorney", "amb": "ambassador", "supt": "superintendent"}
ROLE_NOUNS = frozenset(
    "president minister secretary senator spokesman spokeswoman spokesperson chancellor premier "
    "governor mayor ambassador envoy general admiral colonel commander chairman chairwoman chair "
    "chief director executive ceo official leader king queen prince princess emir sultan judge "
    "justice prosecutor attorney professor analyst economist lawmaker congressman congresswoman "
    "representative candidate adviser advisor aide strategist head founder nominee diplomat "
    "officer manager counsel journalist reporter editor activist pope bishop spokesmen officials "
    "lieutenant captain sergeant major superintendent commissioner administrator chairperson "
    "speaker whip treasurer deputy president-elect vice-president commentator pollster "
    "researcher scientist author historian lawyer owner partner member organizer organiser".split()
)
_SHAPE_WORD = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "former", "then", "new"})


@dataclass(slots=True)
class Mention:
    """One entity mention with its token range; `key` groups mentions of one entity."""

    start: int
    end: int
    label: str
    text: str
    tok_start: int
    tok_end: int
    canonical: str = ""
    country: str | None = None
    role: str | None = None
    key: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end,
                "canonical": self.canonical, "country": self.country, "role": self.role}


def _clean_word(token: Token) -> str:
    return token.lower_.rstrip(".")


def _trim_titles(span: Span) -> tuple[Span, list[Token]]:
    """Split leading honorifics and titles ("Sen.", "President") off a PERSON span."""
    i = span.start
    while i < span.end - 1 and (_clean_word(span.doc[i]) in HONORIFICS
                                or _clean_word(span.doc[i]) in ABBREVIATED_TITLES
                                or span.doc[i].lower_ in ROLE_NOUNS):
        i += 1
    return span.doc[i : span.end], list(span.doc[span.start : i])


def _strip_possessive(span: Span) -> Span:
    end = span.end
    # whitespace tokens too: the model may end a name with the text's final line break
    while end > span.start + 1 and (span.doc[end - 1].is_space
                                    or span.doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")):
        end -= 1
    start = span.start
    if span.label_ != "PERSON" and span.doc[start].lower_ == "the" and end - start > 1:
        start += 1
    return span.doc[start:end]


def _mention(span: Span, label: str) -> Mention:
    end = span.end_char - _final_period(span)
    # span.text, not doc.text: Doc.text joins every token on each access (quadratic per article)
    return Mention(span.start_char, end, label, span.text[: end - span.start_char], span.start, span.end)


def _final_period(span: Span) -> int:
    """1 when the span swallowed the sentence's full stop ("… counterpart, Dong Jun."): the
    tokenizer keeps it on abbreviation-like names; dotted acronyms ("U.S.") keep theirs."""
    last = span[-1].text
    word = last[:-1]
    if not last.endswith(".") or "." in word or len(word) < 2 or word.isupper():
        return 0
    rest = span.doc[span.end:span.sent.end]
    return 1 if all(t.is_space for t in rest) else 0


def _split_parenthetical(ent: Span) -> list[Span]:
    """'World Health Organization (WHO' → the name and the acronym as two spans."""
    cut = [t.i for t in ent if t.text in "()"]
    if not cut:
        return [ent]
    pieces, start = [], ent.start
    for i in [*cut, ent.end]:
        if i > start:
            piece = ent.doc[start:i]
            piece.label_ = ent.label_
            pieces.append(piece)
        start = i + 1
    return pieces


def _spacy_mentions(doc: Doc) -> list[Mention]:
    found = []
    for ent in (piece for e in doc.ents if e.label_ in KEEP_LABELS for piece in _split_parenthetical(e)):
        span = _strip_possessive(ent)
        titles: list[Token] = []
        if ent.label_ == "PERSON":
            span, titles = _trim_titles(span)
        if not span.text.strip() or not any(c.isalpha() for c in span.text):
            continue
        mention = _mention(span, ent.label_)
        mention.extra["titles"] = titles
        found.append(mention)
    return found


_KIND_LABEL = {"country": "GPE", "capital": "GPE", "demonym": "NORP", "body": "ORG", "organisation": "ORG"}


@lru_cache(maxsize=65_536)
def _resolve(text: str) -> actors.Actor | None:
    """actors.resolve memoised: the same capitalised word runs recur across a corpus."""
    return actors.resolve(text)


def _gazetteer_actor(words: list[str], ws: list[str], i: int, taken: set[int]) -> tuple[int, str] | None:
    """(size, kind) of the longest gazetteer entry of up to 4 words starting at word `i`."""
    for size in (4, 3, 2, 1):
        if i + size > len(words) or any(j in taken for j in range(i, i + size)):
            continue
        text = "".join(ws[i : i + size - 1]) + words[i + size - 1]
        actor = None if text in AMBIGUOUS else _resolve(text)
        if actor is not None:
            return size, actor.kind
    return None


def _gazetteer_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Countries, bodies and organisations spaCy did not tag (e.g. 'the Kremlin', 'Nato')."""
    words = [t.text for t in doc]
    ws = [t.text_with_ws for t in doc]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        hit = None if i in taken or not words[i][:1].isupper() else _gazetteer_actor(words, ws, i, taken)
        if hit is not None:
            found.append(_mention(doc[i : i + hit[0]], _KIND_LABEL[hit[1]]))
            i += hit[0] - 1
        i += 1
    return found


def _surname_mentions(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Lone surnames of people named in full elsewhere that spaCy left untagged."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    if not surnames:
        return []
    found = []
    for i, word in enumerate(t.text for t in doc):
        if word in surnames and i not in taken and doc[i].pos_ == "PROPN":
            found.append(_mention(doc[i : i + 1], "PERSON"))
            taken.add(i)
    return found


def find_mentions(doc: Doc) -> list[Mention]:
    """All kept mentions in text order, spaCy's first and the gazetteer's where spaCy had none."""
    mentions = _spacy_mentions(doc)
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    mentions.extend(_gazetteer_mentions(doc, taken))
    mentions.extend(_surname_mentions(doc, mentions, taken))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _is_role_word(token: Token) -> bool:
    word = _clean_word(token)
    return word in ROLE_NOUNS or word in ABBREVIATED_TITLES or actors.sector(word) is not None


def describe(tokens: list[Token]) -> tuple[str | None, str | None]:
    """(role, country) from a descriptive phrase such as 'the Chinese defence minister'."""
    country = None
    role_words: list[str] = []
    for token in tokens:
        actor = actors.resolve(token.text) if token.text[:1].isupper() else None
        if actor is not None and actor.country and not role_words:
            country = country or actor.country
            continue
        if _clean_word(token) in HONORIFICS or token.lower_ in _SHAPE_WORD or token.tag_ == "POS":
            continue
        if token.is_punct or token.tag_ in ("PRP$", "DT"):
            continue
        word = ABBREVIATED_TITLES.get(_clean_word(token), token.text if token.is_upper else token.lower_)
        role_words.append(word)
    if not role_words or not _is_role_word(tokens[-1]):
        return None, country
    return " ".join(role_words), country


def _premodifiers(doc: Doc, m: Mention) -> list[Token]:
    """Title words right before a name: 'Chinese Defence Minister' in '... Minister Dong Jun'."""
    inside = set(range(m.tok_start, m.tok_end))
    run: list[Token] = []
    i = m.tok_start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod", "npadvmod", "punct") \
            and (doc[i].head.i in inside or any(doc[i].head.i == t.i for t in run)) and doc[i].text != ",":
        run.insert(0, doc[i])
        i -= 1
    return list(m.extra.get("titles", [])) + [t for t in run if not t.is_punct] if run else list(
        m.extra.get("titles", []))


def _noun_phrase_left(token: Token) -> list[Token]:
    """The head noun with what stands before it in its phrase: 'the Chinese defence minister'."""
    return [t for t in token.subtree if t.i <= token.i and t.i >= token.left_edge.i]


def _appositive_phrase(doc: Doc, m: Mention) -> list[Token]:
    root = doc[m.tok_start : m.tok_end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= m.tok_end and _is_role_word(child):
            return _noun_phrase_left(child)
    if root.dep_ == "appos" and root.head.i < m.tok_start and _is_role_word(root.head):
        return _noun_phrase_left(root.head)
    return []


def person_description(doc: Doc, m: Mention) -> None:
    """Fill role and country of a PERSON mention from titles and appositions around it."""
    for phrase in (_premodifiers(doc, m), _appositive_phrase(doc, m)):
        if not phrase:
            continue
        role, country = describe(phrase)
        m.role = m.role or role
        m.country = m.country or country


def _actor_fields(m: Mention) -> None:
    actor = actors.resolve(m.text) if m.text not in AMBIGUOUS or m.label == "GPE" else None
    if actor is not None:
        # a capital is still a place ("arrived in Beijing"): it keeps its own name, with the
        # country's code; country names, demonyms and bodies take the actor's canonical name
        m.canonical = m.text if actor.kind == "capital" else actor.name
        m.country = actor.country
        return
    m.canonical = m.text
    for word in m.text.split():
        found = actors.resolve(word) if word not in AMBIGUOUS else None
        if found is not None and found.country:
            m.country = found.country  # "Chinese Foreign Ministry", "Russian Defence Ministry"
            return


def _name_tokens(text: str) -> frozenset[str]:
    words = text.replace("\u2019", "'").replace("'s ", " ").split()
    return frozenset(w.strip(".,'").lower() for w in words if w.strip(".,'"))


def _fuller_name(name: str, names: dict[str, frozenset[str]]) -> str:
    """The longest name in the article containing all of `name`'s words; first seen wins ties."""
    mine = names[name]
    best, size = name, len(mine)
    for other, theirs in names.items():  # insertion order = order of first mention
        if len(theirs) > size and mine <= theirs:
            best, size = other, len(theirs)
    return best


def cluster_people(mentions: list[Mention]) -> None:
    """canonical := fullest name of the same person in the article ('Dong' → 'Dong Jun')."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    for m in mentions:
        if m.label in ("ORG", "GPE", "LOC", "FAC") and m.text in surnames and m.canonical == m.text:
            m.label, m.country = "PERSON", None  # 'Kovacs' tagged ORG after 'Maria Kovacs'
    people = [m for m in mentions if m.label == "PERSON"]
    names = {m.text: _name_tokens(m.text) for m in people}
    canonical = {name: _fuller_name(name, names) for name in names}
    for m in people:
        m.canonical = canonical[m.text]
    for m in people:
        m.key = "PERSON:" + m.canonical
    share_descriptions(people)


def share_descriptions(people: list[Mention]) -> None:
    """Every mention of one person gets the role and country found at any of its mentions."""
    roles: dict[str, str] = {}
    countries: dict[str, str] = {}
    for m in people:
        if m.role:
            roles.setdefault(m.key, m.role)
        if m.country:
            countries.setdefault(m.key, m.country)
    for m in people:
        m.role = m.role or roles.get(m.key)
        m.country = m.country or countries.get(m.key)


_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _initials(text: str) -> str:
    words = text.replace("-", " ").split()
    return "".join(w[0] for w in words if w.lower() not in _MINOR and w[:1].isalpha())


def _expand_acronyms(mentions: list[Mention]) -> None:
    orgs = [m for m in mentions if m.label == "ORG" and len(m.text.split()) > 1]
    for m in mentions:
        if m.label != "ORG" or not m.text.replace(".", "").isupper() or m.canonical != m.text:
            continue
        letters = m.text.replace(".", "")
        for org in orgs:
            if _initials(org.text).upper() == letters:
                m.canonical = org.canonical
                break


def extract_entities(doc: Doc) -> list[Mention]:
    """Entity mentions of a parsed article with canonical name, country and role filled."""
    mentions = find_mentions(doc)
    for m in mentions:
        if m.label == "PERSON":
            person_description(doc, m)
        else:
            _actor_fields(m)
            m.key = m.label + ":" + m.canonical
    _expand_acronyms(mentions)
    cluster_people(mentions)
    return mentions
