"""Quotations attributed to speakers, from quote-mark spans and cue verbs in a spaCy parse.

Rules in the style of the Gender Gap Tracker: a quotation is linked to a cue verb ("said",
"told", "according to", ...) in the same sentence; the speaker is the cue's subject (or the
noun a participle such as "quoted ... as saying" hangs on); a quotation with no cue in its
sentence continues the last speaker's words ("floating" quote); a cue whose complement holds a
short quotation gives a partial quote, one with no quotation an indirect one ("He said that ...").
Pronouns, surnames and titles are resolved to the fullest name of a PERSON entity.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copydesk.enrich.cues import belief_forms, inflect, speech_forms
from copydesk.enrich.entities import ROLE_NOUNS, Mention
from copydesk.enrich.quotemarks import QuoteSpan, find_quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Paragraphs a floating quotation may reach back for its speaker.
FLOAT_PARAGRAPHS = 2
#: Words a quotation without a cue in its sentence needs to count as someone's words rather
#: than a scare quote or a title.
FLOAT_MIN_WORDS = 4
#: Unquoted letters/digits a cue's complement must add around its quotation to be a partial quote.
PARTIAL_MIN_UNQUOTED = 12
#: How far into the sentence after a quotation its cue may stand ('” Sen. Kim, a Democrat, said'):
#: further on, that sentence reports something else.
FOLLOWING_CUE_TOKENS = 6
#: Words a quotation needs before a verb other than a speech verb stands in as its cue: a single
#: quoted word under 'starred in', 'is', 'did' is a title or a scare quote far more often than speech.
STAND_IN_MIN_WORDS = 2
#: Words a quoted title may have ('on “Meet the Press”'); longer title-case quotations are slogans.
TITLE_MAX_WORDS = 4
#: Lower-case words inside titles.
TITLE_SMALL = frozenset("of the a an and in on to for at with".split())
#: Words before a quoted title: prepositions, articles, possessives, naming verbs.
TITLE_LEADS = frozenset("on in of at from for to with by about titled entitled called dubbed named the a an "
                        "his her their its".split())
#: Quotation marks, straight and curly.
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"
#: Tokens an indirect complement needs ("He said so" is not worth a quote record).
INDIRECT_MIN_TOKENS = 3
#: Endings of nouns for people ('supporter', 'critic', 'activist', 'resident', 'Republican').
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
                  "ic", "ics", "ee", "ees")
#: Other nouns for people and groups that speak.
AGENT_NOUNS = frozenset("people person man men woman women group campaign committee team staff panel "
                        "agency party administration government police crowd audience source sources "
                        "statement report study poll survey ad letter memo filing lawsuit website".split())
#: Writings that 'read' or 'say' what they contain: speakers only right after a quotation
#: ('“…,” read the email'), elsewhere more often a title's object ('his book “…”').
WRITINGS = frozenset("email editorial message tweet post sign banner headline caption petition "
                     "resolution column article transcript".split())
#: Pronouns for one of a group already named ('“…,” read one'; 'tweeted another').
ONE_OF = frozenset({"one", "another", "both", "each", "two", "three"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "we", "it", "i", "you"})
PERSONAL = frozenset({"he", "she", "him", "her"})
RELATIVES = frozenset({"who", "which", "that"})
#: Subjects that never speak: a stand-in cue climbs past them to the clause above.
IMPERSONAL = frozenset({"it", "that", "what", "which", "this", "there", "these", "those"})
SUBJECTS = ("nsubj", "nsubjpass")
#: Entity labels of mentions that can be a quotation's source.
SPEAKER_LABELS = ("PERSON", "ORG")
#: Dependencies of a pronoun that is the cue's object, never its speaker ('“…,” as she put it').
OBJECTS = frozenset({"dobj", "dative", "pobj"})
#: Complements that make a belief verb an attribution ("thinks that …", "wants to …", "backs X").
BELIEF_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj"})
#: Dependencies through which a cue verb inherits the subject of its head.
CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "dep", "oprd"})


@dataclass(slots=True)
class Speaker:
    """A speaker mention (character range) with the name it resolves to."""

    start: int
    end: int
    name: str
    entity: int | None = None


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    text: str
    token: Token
    speaker: Speaker | None
    complement: tuple[int, int] | None
    #: each complement clause on its own (a cue may report two: '“…,” she said, and charged that …')
    clauses: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)


@dataclass(slots=True)
class Found:
    """One attributed quotation before it becomes a record."""

    start: int
    end: int
    cue: Cue | None
    speaker: Speaker | None


def _paragraph_starts(text: str) -> list[int]:
    starts: list[int] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() or not starts:
            starts.append(pos)
        pos += len(line) + 1
    return starts


class _Article:
    """Lookups over one parsed article shared by the attribution rules."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions = mentions
        self.spans = find_quote_spans(self.text)
        self.span_starts = [s.start for s in self.spans]
        self.mention_of = {i: n for n, m in enumerate(mentions) for i in range(m.tok_start, m.tok_end)}
        self.para_starts = _paragraph_starts(self.text)
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]

    def label_of(self, token: Token) -> str | None:
        """Entity label of the mention a token belongs to, or None."""
        n = self.mention_of.get(token.i)
        return self.mentions[n].label if n is not None else None

    def sole_mention(self, words: list[Token]) -> int | None:
        """The mention all of `words` belong to, if they all belong to one."""
        owners = {self.mention_of.get(t.i) for t in words}
        return owners.pop() if len(owners) == 1 else None

    def quote_at(self, char: int) -> QuoteSpan | None:
        k = bisect_right(self.span_starts, char) - 1
        if k >= 0 and self.spans[k].start <= char < self.spans[k].end:
            return self.spans[k]
        return None

    def paragraph(self, char: int) -> int:
        """Index of the non-blank line holding `char` (blank lines do not count)."""
        return max(0, bisect_right(self.para_starts, char) - 1)

    def core(self, span: QuoteSpan) -> tuple[int, int]:
        """First and one past the last letter/digit of a quotation: marks and the full stop a
        parse leaves outside a clause ('… regime.”') must not decide whether a clause holds it."""
        inner = self.text[span.start : span.end]
        first = next((i for i, ch in enumerate(inner) if ch.isalnum()), 0)
        last = next((i for i in range(len(inner) - 1, -1, -1) if inner[i].isalnum()), len(inner) - 1)
        return span.start + first, span.start + last + 1

    def quoted_share(self, start: int, end: int) -> tuple[int, float]:
        """(quoted letters/digits, their share) of text[start:end]."""
        total = quoted = 0
        for i in range(start, end):
            if self.text[i].isalnum():
                total += 1
                quoted += self.quote_at(i) is not None
        return quoted, (quoted / total if total else 0.0)


# --- cues -------------------------------------------------------------------------------------

def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if not token.tag_.startswith("VB"):
        return False
    if token.lower_ in speech_forms() or _phrasal_cue(token):
        return True
    return token.lower_ in belief_forms() and any(c.dep_ in BELIEF_COMPLEMENTS for c in token.children)


def _phrasal_cue(token: Token) -> bool:
    """Idioms of saying: 'as Ruiz put it', 'Ruiz went on'."""
    word = token.lower_
    if word in ("put", "puts", "putting"):
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if word in ("go", "goes", "went", "going"):
        kids = list(token.children)  # 'went on to say' leaves the cue to 'say'
        return any(c.lower_ == "on" and c.i == token.i + 1 for c in kids) \
            and all(c.dep_ != "xcomp" for c in kids)
    return False


def _cue_extent(token: Token) -> tuple[int, int]:
    """The cue's characters: the verb plus a particle ('called on') or 'according to'."""
    end = token.idx + len(token.text)
    for child in token.children:
        if child.i == token.i + 1 and (child.dep_ == "prt" or token.lower_ == "according"):
            end = child.idx + len(child.text)
    return token.idx, end


def _subject_token(token: Token, quoted: Callable[[int], object] | None = None) -> Token | None:
    """The speaker token of a cue: its subject, or the subject/noun of the clause it hangs on.
    With `quoted`, a subject inside a quotation ('“Safety,” said Grimm') gives way to one outside."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    current = token
    for _ in range(5):
        agent = _agent(current) if current is token else None
        if agent is not None:
            return agent  # 'was asked by host Bill Maher'
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if quoted is not None and len(subjects) > 1:
            subjects.sort(key=lambda c: quoted(c.idx) is not None)
        subject = subjects[0] if subjects else None
        if subject is not None:
            if _reported_in(token, current) is None:
                return subject
            current = current.head  # 'Ruiz said the plan failed, adding “…”': Ruiz adds, not the plan
            continue
        found, above = _climb(current)
        if found is not None or above is None:
            return found
        current = above
    return None


def _climb(clause: Token) -> tuple[Token | None, Token | None]:
    """For a clause with no subject of its own: (the speaker it hangs on, or the clause to try next)."""
    sender = _message_sender(clause)
    if sender is not None:
        return None, sender
    head = clause.head
    if clause.dep_ in ("acl", "relcl") and head.pos_ in ("PROPN", "NOUN", "PRON") \
            and not (head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB"):
        if _agent_like(head) and not _recipient(head):
            return head, None
        return None, _verb_above(head)  # 'ended with a reference …, remarking': who ended
    if clause.dep_ not in CLIMB or head is clause:
        return None, None
    return None, head


#: Nouns for messages that carry someone's words ('issued a statement saying “…”').
MESSAGES = WRITINGS | frozenset("statement letter memo note ad video release text report".split())


def _message_sender(participle: Token) -> Token | None:
    """'Ruiz issued a statement saying “…”': a participle on a message that is a verb's object
    reports the words of that verb's subject."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.lower_ not in MESSAGES or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.pos_ == "VERB" else None


def _recipient(noun: Token) -> bool:
    """'sent an email to supporters saying “…”': the participle describes the message, whose
    sender speaks, not the people it went to."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ in ("VERB", "NOUN")


def _reported_in(token: Token, clause: Token) -> Token | None:
    """The speech verb reporting `clause`, when a participle cue ('adding', 'saying') climbed to it:
    the parse hangs the participle on the reported clause, but it continues the reporter's words."""
    if clause is token or token.tag_ != "VBG" or clause.dep_ != "ccomp":
        return None
    head = clause.head
    return head if head.lower_ in speech_forms() and head.tag_.startswith("VB") else None


def _quoted(art: _Article, token: Token) -> bool:
    """Whether a word lies inside a quotation, judged by its last letter (a closing mark glued
    to the next word, '…tonight,”Ortiz said', '…paranoia,”Ortiz said', is not part of it)."""
    k = next((i for i in range(len(token.text) - 1, -1, -1) if token.text[i].isalnum()), 0)
    return art.quote_at(token.idx + k) is not None


def _after_quote(art: _Article, char: int) -> bool:
    """Whether only spaces and commas stand between a quotation's closing mark and `char`."""
    k = char - 1
    while k >= 0 and (art.text[k].isspace() or art.text[k] == ","):
        k -= 1
    return k >= 0 and art.quote_at(k) is not None


def _inverted_subject(art: _Article, token: Token) -> Token | None:
    """'“…,” said Berg' / 'added a local Democrat': the parse often makes the speaker
    after an inverted cue an object or adverb; take the head of the noun phrase right after it."""
    if not _after_quote(art, token.idx):
        return None
    head, closed = None, False
    for t in token.doc[token.i + 1 : min(token.i + 9, token.sent.end)]:
        if art.label_of(t) == "PERSON":
            return t
        if t.is_punct and t.text != "-":
            break  # 'said Oversight ranking Democrat Elijah Cummings': the name may follow a title
        if closed:
            continue
        pronoun = t.lower_ in ONE_OF or (t.lower_ in PRONOUNS and t.dep_ not in OBJECTS)
        if t.pos_ in ("PROPN", "NOUN") or (pronoun and head is None) or _capitalised(t):
            head = t
        elif t.pos_ not in ("DET", "ADJ", "NUM"):
            closed = True
    return head if head is not None and (_agent_like(head) or head.lower_ in ONE_OF | WRITINGS) else None


def _capitalised(token: Token) -> bool:
    """A capitalised word inside a sentence is a name, whatever tag the parse gave it ('said Skelly')."""
    if not (token.text[:1].isupper() and token.text[1:].islower()) or token.is_sent_start \
            or token.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ"):
        return False
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)  # not a headline in title case


def _preposed_subject(art: _Article, token: Token) -> Token | None:
    """'“…,” Ines Duarte, a former captain, said': a speaker between the quotation and its cue
    that the parse hung elsewhere (inside the quotation, or as a compound of the verb)."""
    doc = token.doc
    words = []
    for t in reversed(doc[max(0, token.i - 16) : token.i]):
        if _quoted(art, t):
            break
        words.append(t)
    else:
        return None
    words.reverse()
    if words and _glued_name(art, words[0]):
        return words[0]  # '…to the end,”Brandt said': the tokenizer kept the name with the mark
    if not words or not _after_quote(art, words[0].idx):
        return None
    named = [t for t in words if art.label_of(t) in SPEAKER_LABELS]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" and not _capitalised(t)
           and (not named or t.i > named[0].i) for t in words):
        return None  # a clause of its own stands between quotation and cue
    if named:
        return named[0]  # 'screenwriter Ana Ruiz wrote', whatever tag the title got
    head = None
    for t in words:
        if t.pos_ in ("PROPN", "NOUN", "PRON") or _capitalised(t):
            head = t
        elif head is not None:
            break
    return head if head is not None and _agent_like(head) else None


def _glued_name(art: _Article, token: Token) -> bool:
    """Whether a token runs from inside a quotation into a capitalised word after its closing mark."""
    tail = next((i for i in range(len(token.text)) if art.quote_at(token.idx + i) is None), None)
    return bool(tail) and token.text[tail:].strip(QUOTE_CHARS + " ,")[:1].isupper()


def _agent_like(token: Token) -> bool:
    """Whether a noun can be someone speaking: a name, a pronoun, a title or a word for a person."""
    if token.pos_ != "NOUN":
        return True
    word = token.lower_
    return word in ROLE_NOUNS or word.endswith(AGENT_SUFFIXES) or word in AGENT_NOUNS


def _verb_above(token: Token) -> Token | None:
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _relative_antecedent(subject: Token) -> Token:
    """'who' in 'X, who said ...' stands for X."""
    if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _subtree_range(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.left_edge.idx for t in tokens)
    last = max((t.right_edge for t in tokens), key=lambda t: t.i)
    return start, last.idx + len(last.text)


def _complement(token: Token) -> list[tuple[int, int]]:
    """Character ranges of what the cue reports: its complement clauses, or the rest of the sentence."""
    if token.lower_ == "according":
        return [_according_content(token)]
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    if not clauses:
        clauses = [c for c in token.children if c.dep_ in ("dobj", "oprd")]
    if not clauses and token.dep_ == "parataxis":
        return [_subtree_range([token.head])]
    return [_subtree_range([c]) for c in clauses]


def _union(ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    return (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None


def _according_content(token: Token) -> tuple[int, int]:
    sent = token.sent
    phrase_start, phrase_end = _subtree_range([token])
    before = (sent.start_char, phrase_start)
    after = (phrase_end, sent.end_char)
    return max(before, after, key=lambda r: r[1] - r[0])


# --- speakers ---------------------------------------------------------------------------------

def _phrase_range(token: Token) -> tuple[int, int]:
    """The head noun with its determiners, adjectives and compounds: 'the Chinese defence minister'."""
    left = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod")]
    start = min([token.idx, *(c.left_edge.idx for c in left)])
    return start, token.idx + len(token.text)


class _Resolver:
    """Turns speaker tokens into speakers with resolved names."""

    def __init__(self, art: _Article) -> None:
        self.art = art
        self.people: list[Speaker] = []  # PERSON speakers noted so far, in text order

    def speaker(self, token: Token) -> Speaker:
        art = self.art
        ante = _relative_antecedent(token)
        if ante is not token:
            spk = self.speaker(ante)
            return Speaker(token.idx, token.idx + len(token.text), spk.name, spk.entity)
        n = art.mention_of.get(token.i)
        if n is not None:
            m = art.mentions[n]
            return Speaker(m.start, m.end, m.canonical or m.text, n)
        if token.lower_ in PRONOUNS:
            return self._pronoun(token)
        start, end = _phrase_range(token)
        marks = [k for k, ch in enumerate(token.text) if ch in QUOTE_CHARS]
        start = token.idx + marks[-1] + 1 if marks and marks[-1] + 1 < len(token.text) else start
        named = self._by_name(token) if token.pos_ == "PROPN" else None
        if named is not None:
            m = art.mentions[named]
            return Speaker(start, end, m.canonical or m.text, named)
        return self._nominal(token, start, end)

    def _pronoun(self, token: Token) -> Speaker:
        start, end = token.idx, token.idx + len(token.text)
        target = self._antecedent(token) if token.lower_ in PERSONAL else None
        if target is None:
            return Speaker(start, end, token.text, None)
        m = self.art.mentions[target]
        return Speaker(start, end, m.canonical or m.text, target)

    def _antecedent(self, token: Token) -> int | None:
        """The PERSON last named as speaker nearby, else the nearest PERSON before the pronoun."""
        k = bisect_right([p.start for p in self.people], token.idx) - 1
        last = self.people[k] if k >= 0 else None
        para = self.art.paragraph(token.idx)
        if last is not None and last.entity is not None and self.art.paragraph(last.start) >= para - 2:
            return last.entity
        best = None
        for n, m in enumerate(self.art.mentions):
            if m.start >= token.idx:
                break
            if m.label == "PERSON":
                best = n
        return best

    def _nominal(self, token: Token, start: int, end: int) -> Speaker:
        """'the minister' → the PERSON given that role, or named right before in the sentence."""
        text = self.art.text[start:end]
        if token.lower_ not in ROLE_NOUNS:
            return Speaker(start, end, text, None)
        target = self._by_role(token.lower_) or self._in_sentence(token)
        if target is None:
            return Speaker(start, end, text, None)
        m = self.art.mentions[target]
        return Speaker(start, end, m.canonical or m.text, target)

    def _by_name(self, token: Token) -> int | None:
        """A proper noun spaCy did not tag: the PERSON whose name ends with it ('Kovacs')."""
        best = None
        for n, m in enumerate(self.art.mentions):
            if m.label == "PERSON" and m.canonical.split()[-1:] == [token.text]:
                best = n
                if m.start > token.idx:
                    break
        return best

    def _by_role(self, word: str) -> int | None:
        keys = {m.key for m in self.art.mentions if m.label == "PERSON" and m.role and word in m.role.split()}
        if len(keys) != 1:
            return None
        key = keys.pop()
        return next(n for n, m in enumerate(self.art.mentions) if m.key == key)

    def _in_sentence(self, token: Token) -> int | None:
        sent = token.sent
        best = None
        for n, m in enumerate(self.art.mentions):
            if sent.start_char <= m.start < token.idx and m.label == "PERSON":
                best = n
        return best

    def note(self, speaker: Speaker | None) -> None:
        if speaker is not None and speaker.entity is not None \
                and self.art.mentions[speaker.entity].label == "PERSON":
            insort(self.people, speaker, key=lambda p: p.start)


# --- linking ----------------------------------------------------------------------------------

def _cue_subject(art: _Article, token: Token) -> Token | None:
    """The speaker token of a cue verb: the parse's subject unless it lies inside a quotation
    (then wrong), else the noun phrase after an inverted cue or before a preposed one."""
    subject = _subject_token(token, art.quote_at)
    if subject is not None and _quoted(art, subject):
        subject = None  # a parse that takes the speaker from inside the quotation is wrong
    if subject is not None and _misplaced(subject):
        subject = _name_after(art, token) or subject
    if subject is not None and subject.lower_ in ("that", "which"):
        subject = _holder(art, subject) or subject
    if subject is None:
        subject = _as_subject(token) or _inverted_subject(art, token)
    if subject is None:
        subject = _preposed_subject(art, token)
    return subject


def _misplaced(subject: Token) -> bool:
    """Whether the parse's subject of a cue is a thing that cannot speak ('The plan appeals to no
    one, said Ana Ruiz'): a person named right after the cue is then the speaker."""
    return subject.dep_ == "nsubj" and subject.pos_ == "NOUN" and not _agent_like(subject)


def _holder(art: _Article, relative: Token) -> Token | None:
    """'Ruiz released a video that said “…”', 'held up a sign that read “…”': words of a thing someone
    puts out are that person's; the speaker is the subject of the verb whose object the thing is."""
    clause = relative.head
    thing = clause.head
    if clause.dep_ != "relcl" or thing.dep_ != "dobj" or thing.head.pos_ != "VERB":
        return None
    owner = _subject_token(thing.head)
    if owner is None or _quoted(art, owner) or not _agent_like(owner) or owner.lower_ in IMPERSONAL:
        return None
    return owner


def _name_after(art: _Article, token: Token) -> Token | None:
    """'The plan appeals to no one, said Ana Ruiz, a pollster': after a comma, a cue followed by a
    person's name is inverted, and a subject the parse found that cannot speak is the reported clause's."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    for t in token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]:
        if art.label_of(t) == "PERSON":
            return t
        if t.is_punct:
            return None
    return None


def _as_subject(token: Token) -> Token | None:
    """'As Ana Ruiz put it, …': the parse hangs the speaker on 'as' rather than on the verb."""
    for child in token.children:
        if child.lower_ == "as" and child.i < token.i:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _find_cues(art: _Article, resolver: _Resolver) -> list[Cue]:
    cues = []
    for token in art.doc:
        if art.quote_at(token.idx) is not None or not _is_cue(token):
            continue
        subject = _cue_subject(art, token)
        speaker = resolver.speaker(subject) if subject is not None else None
        resolver.note(speaker)
        start, end = _cue_extent(token)
        clauses = _complement(token)
        cues.append(Cue(start, end, art.text[start:end], token, speaker, _union(clauses), clauses))
    _share_reporter(art, cues)
    return cues


def _share_reporter(art: _Article, cues: list[Cue]) -> None:
    """'Okafor said she believes “…”', 'Berg told supporters … and he vowed “…”': a pronoun
    subject of a cue under another cue of the same speaker stands for that cue's mention."""
    by_token = {c.token.i: c for c in cues if c.speaker is not None}
    for cue in cues:
        spk = cue.speaker
        if spk is None or art.text[spk.start : spk.end].lower() not in PRONOUNS:
            continue
        for anc in cue.token.ancestors:
            outer = by_token.get(anc.i)
            if outer is None or outer.speaker is None:
                continue
            o = outer.speaker
            if (o.entity is not None and o.entity == spk.entity) or \
                    art.text[o.start : o.end].lower() == art.text[spk.start : spk.end].lower():
                cue.speaker = o
                break


def _sentences_of(art: _Article, span: QuoteSpan) -> list[Span]:
    """Sentences sharing words with the quotation, and one starting right after it ('… ,” he said')."""
    out = []
    first = max(0, bisect_right(art.sent_starts, span.start) - 1)
    for sent in art.sents[first:]:
        lo, hi = max(sent.start_char, span.start), min(sent.end_char, span.end)
        if lo < hi and any(ch.isalnum() for ch in art.text[lo:hi]):
            out.append(sent)
        elif span.end <= sent.start_char <= span.end + 3 and "\n" not in art.text[span.end : sent.start_char]:
            out.append(sent)
            break
        elif sent.start_char > span.end:
            break
    return out


def _link(art: _Article, resolver: _Resolver, cues: list[Cue]) -> list[QuoteSpan]:
    """Attach each quote span to the nearest cue with a speaker in its sentences; return the rest."""
    by_sentence: dict[int, list[Cue]] = {}
    for cue in cues:
        if cue.speaker is not None:
            by_sentence.setdefault(cue.token.sent.start, []).append(cue)
    unlinked: list[QuoteSpan] = []
    extra: list[Cue] = []
    by_token = {c.token.i: c for c in cues if c.speaker is not None}
    for span in [s for s in art.spans if not _is_title(art, s)]:
        para = art.paragraph(span.start)
        headline = _name_colon(art, resolver, span) or _colon_source(art, resolver, span) \
            or _dash_byline(art, resolver, span)
        if headline is not None:
            headline.quotes.append(span)
            extra.append(headline)
            continue
        near = [c for s in _sentences_of(art, span) for c in by_sentence.get(s.start, [])
                if art.paragraph(c.start) == para and _may_link(art, c, span)
                and (s.start_char < span.end or _follows(art, c, s))]
        best = min(near, key=lambda c: (not _governs(art, c, span), _distance(c, span))) if near else None
        if best is not None and _governs(art, best, span):
            best = _outer_cue(art, best, near, span)
        according = [c for c in near if c.token.lower_ == "according"]
        if according:
            best = according[0]
        if best is None or not _governs(art, best, span):
            stand_in = _governor(art, resolver, span, by_token)
            if stand_in is not None:
                extra.append(stand_in)
                by_token[stand_in.token.i] = stand_in
            best = stand_in or best
        if best is None:
            unlinked.append(span)
        else:
            best.quotes.append(span)
    cues.extend(extra)
    return unlinked


def _name_colon(art: _Article, resolver: _Resolver, span: QuoteSpan) -> Cue | None:
    """'Lena Ortiz: Bridge Plan Is “A Betrayal”': a line that opens with a person's or
    an organisation's name and a colon gives what follows to that name."""
    line = art.para_starts[art.paragraph(span.start)]
    colon = art.text.find(":", line, min(span.start, line + 60))
    if colon < 0:
        return None
    words = art.doc.char_span(line, colon, alignment_mode="expand")
    if words is None or not len(words):
        return None
    n = art.sole_mention([t for t in words if not t.is_punct and not t.is_space])
    if n is None or art.mentions[n].label not in SPEAKER_LABELS:
        return None
    token = next(t for t in words if t.i in art.mention_of)
    return Cue(colon, colon + 1, ":", token, resolver.speaker(token), None)


def _colon_source(art: _Article, resolver: _Resolver, span: QuoteSpan) -> Cue | None:
    """'… – Ana Ruiz: “…”', 'From the report: “…”', 'Rep. Ana Ruiz (D-Ore.): “…”': a name (or, after
    'From', any noun phrase) standing alone before the colon that opens a quotation is its source."""
    colon = _colon_before(art, span)
    if colon is None:
        return None
    at = _token_at(art.doc, colon)
    start = max(art.para_starts[art.paragraph(colon)], at.sent.start_char if at is not None else 0)
    for sep in (" - ", " \u2013 ", " \u2014 ", "\u2014"):
        k = art.text.rfind(sep, start, colon)
        start = max(start, k + len(sep)) if k >= 0 else start
    words = art.doc.char_span(start, colon, alignment_mode="expand")
    if words is None or not len(words) or len(words) > 12:
        return None
    token = _source_words([t for t in words if not t.is_space], art)
    return Cue(colon, colon + 1, ":", token, resolver.speaker(token), None) if token is not None else None


def _dash_byline(art: _Article, resolver: _Resolver, span: QuoteSpan) -> Cue | None:
    """'“…” ¶ — Ana Ruiz, mayor': a dash and a person's or organisation's name right after a
    quotation sign it."""
    k = span.end
    while k < len(art.text) and art.text[k].isspace():
        k += 1
    if k >= len(art.text) or art.text[k] not in "-\u2013\u2014" or "\n\n\n" in art.text[span.end : k]:
        return None
    dash = k
    k += 1
    while k < len(art.text) and art.text[k] in " \u00a0":
        k += 1
    token = _token_at(art.doc, k)
    if token is None or token.idx != k or art.label_of(token) not in SPEAKER_LABELS:
        return None
    return Cue(dash, dash + 1, art.text[dash], token, resolver.speaker(token), None)


def _source_words(words: list[Token], art: _Article) -> Token | None:
    """The head of a colon's source: one PERSON or ORG mention (a parenthesis after it aside),
    or the noun phrase after 'From'."""
    cited = bool(words) and words[0].lower_ == "from"
    words = words[1:] if cited else words
    depth, kept = 0, []
    for t in words:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")" and not t.is_punct:
            kept.append(t)
    if not kept:
        return None
    n = art.sole_mention(kept)
    if n is not None:
        return kept[0] if art.mentions[n].label in SPEAKER_LABELS else None
    if cited and kept[-1].pos_ in ("NOUN", "PROPN") and all(
            t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM") for t in kept):
        return kept[-1]
    return None


def _outer_cue(art: _Article, cue: Cue, near: list[Cue], span: QuoteSpan) -> Cue:
    """'Okafor said she believes “…”', 'Berg told supporters … and vowed “…”': of nested cues that
    all hold the quotation, the outermost reports it."""
    while True:
        if _introduces(art, cue, span):
            return cue
        outer = [c for c in near
                 if c is not cue and _governs(art, c, span) and c.token.is_ancestor(cue.token)]
        if not outer:
            return cue
        cue = min(outer, key=lambda c: _distance(c, span))


def _introduces(art: _Article, cue: Cue, span: QuoteSpan) -> bool:
    """'Ruiz spoke, and then a heckler yelled: “…”', '…, to which Berg replied: “…”': a subordinate
    cue whose clause ends in the colon opening the quotation speaks it, not the clause above."""
    colon = _colon_before(art, span)
    return colon is not None and cue.token.dep_ in ("advcl", "relcl", "conj") and cue.end <= colon \
        and cue.token.sent.start_char <= colon


def _follows(art: _Article, cue: Cue, sent: Span) -> bool:
    """Whether a cue in the sentence after a quotation reports it: near the sentence start, or
    its speaker opens the sentence ('“…” Duarte, the harbour master, tweeted'), and it has
    no clause of its own ('He said, twice, that …' reports something else) nor an object that
    is a thing ('She noted a rally planned for Saturday' is about the rally)."""
    if any(c.dep_ in ("ccomp", "xcomp") or _thing_object(c) for c in cue.token.children):
        return False
    if cue.token.i - sent.start <= FOLLOWING_CUE_TOKENS:
        return True
    spk = cue.speaker
    return spk is not None and spk.start <= sent[min(1, len(sent) - 1)].idx


#: Cues whose object is the person addressed ('told the station', 'asked the mogul').
ADDRESSING = frozenset(inflect("tell") + inflect("ask"))


def _thing_object(child: Token) -> bool:
    """A direct object that is a thing rather than a listener ('told reporters') or a pronoun ('put it')."""
    return child.dep_ == "dobj" and child.pos_ == "NOUN" and not _agent_like(child) \
        and child.head.lower_ not in ADDRESSING


def _quote_heads(art: _Article, span: QuoteSpan) -> list[Token]:
    """Tokens of the quotation whose heads lie outside it."""
    first, last = art.core(span)
    words = art.doc.char_span(first, last, alignment_mode="expand")
    if words is None:
        return []
    return [t for t in words if not first <= t.head.idx < last and t.head is not t]


def _governor(art: _Article, resolver: _Resolver, span: QuoteSpan, known: dict[int, Cue]) -> Cue | None:
    """A stand-in cue for a quotation inside a clause with no speech verb: the verb above it and
    its subject ('Cruz blamed the law on “knuckleheaded politicians”')."""
    if len(art.text[span.start : span.end].split()) < STAND_IN_MIN_WORDS:
        return None  # a title or scare quote ('starred in “Parks and Recreation”'), not speech
    heads = _quote_heads(art, span)
    if len(heads) != 1:
        return None
    verb = heads[0].head if heads[0].head.pos_ in ("VERB", "AUX") else _verb_above(heads[0].head)
    reporter = _reporting_ancestor(verb, known)
    found = _stand_in_subject(art, verb)
    if found is None:
        return None
    verb, subject = found
    start, end = _cue_extent(verb)
    right = [c for c in verb.rights if not c.is_punct]
    clauses = [_subtree_range(right)] if right else []
    speaker = reporter.speaker if reporter is not None else resolver.speaker(subject)
    return Cue(start, end, art.text[start:end], verb, speaker, _union(clauses), clauses)


def _stand_in_subject(art: _Article, verb: Token | None) -> tuple[Token, Token] | None:
    """The verb above a quotation, or one further up, whose subject can speak, with that subject."""
    for _ in range(3):
        if verb is None or art.quote_at(verb.idx) is not None:
            return None
        subject = _subject_token(verb, art.quote_at)
        if subject is not None and not _quoted(art, subject) and _agent_like(subject) \
                and subject.lower_ not in IMPERSONAL:
            return verb, subject
        verb = _verb_above(verb)
    return None


def _reporting_ancestor(verb: Token | None, known: dict[int, Cue]) -> Cue | None:
    """The speech cue a clause is reported under ('The president said that he imagined … knowing
    that “…”'): a quotation that runs past its sentence still belongs to the reporter."""
    if verb is None:
        return None
    for token in verb.ancestors:
        cue = known.get(token.i)
        if cue is not None and cue.token.lower_ in speech_forms():
            return cue
    return None


def _may_link(art: _Article, cue: Cue, span: QuoteSpan) -> bool:
    """Speech cues link to quotations near them; belief cues only to one in their complement."""
    return cue.token.lower_ not in belief_forms() or _governs(art, cue, span)


def _governs(art: _Article, cue: Cue, span: QuoteSpan) -> bool:
    return _clause_of(art, cue, span) is not None


def _clause_of(art: _Article, cue: Cue, span: QuoteSpan) -> tuple[int, int] | None:
    """The complement clause of `cue` holding the quotation's words, if any."""
    first, last = art.core(span)
    return next((c for c in cue.clauses if c[0] <= first and last <= c[1]), None)


def _distance(cue: Cue, span: QuoteSpan) -> int:
    return min(abs(cue.start - span.end), abs(span.start - cue.end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _from_cue(art: _Article, cue: Cue, taken: list[QuoteSpan]) -> list[Found]:
    comp = cue.complement
    if not cue.quotes:
        too_short = comp is None or len(art.text[comp[0] : comp[1]].split()) < INDIRECT_MIN_TOKENS
        if too_short or cue.speaker is None or _holds_taken(art, comp, taken):
            return []
        assert comp is not None
        return [Found(*_trim(art.text, *comp), cue, cue.speaker)]
    found, partials = [], {}
    for q in cue.quotes:
        clause = _clause_of(art, cue, q)
        if clause is not None and not _standalone(art, q) and _unquoted(art, clause) >= PARTIAL_MIN_UNQUOTED:
            partials[clause] = Found(*_trim(art.text, *clause), cue, cue.speaker)
        else:
            found.append(Found(*_trim(art.text, *q.inner), cue, cue.speaker))
    return found + list(partials.values())


def _is_title(art: _Article, span: QuoteSpan) -> bool:
    """A short quotation in title case after a preposition, article or possessive names a show, a
    book or a handle ('on “Meet the Press”', 'her “Hard Choices”'), not anyone's words."""
    words = art.text[span.start : span.end].strip(QUOTE_CHARS + " ,").split()
    if not 0 < len(words) <= TITLE_MAX_WORDS or words[-1][-1:] in ".!?":
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "@#" or w.lower() in TITLE_SMALL
               for w in words):
        return False
    before = art.text[max(0, span.start - 30) : span.start].split()
    lead = before[-1].lower() if before else ""
    return lead in TITLE_LEADS or lead.endswith(("'s", "\u2019s"))


def _holds_taken(art: _Article, comp: tuple[int, int] | None, taken: list[QuoteSpan]) -> bool:
    """Whether a complement holds a quotation another cue reports: each quotation is reported once
    ('Berg said Ortiz was right to urge crews “to stand firm”' is Berg's partial quote, not also
    an indirect one of Ortiz's; '“…,” Berg said, according to the Herald' is the Herald's)."""
    if comp is None:
        return False
    return any(comp[0] <= art.core(q)[0] and art.core(q)[1] <= comp[1] for q in taken)


def _standalone(art: _Article, span: QuoteSpan) -> bool:
    """A quotation that opens like a sentence (capital letter, after a comma, colon or sentence end)
    is quoted speech on its own, even where the parse folds it into a longer clause."""
    first = art.core(span)[0]
    if first >= len(art.text) or not art.text[first].isupper():
        return False
    k = span.start - 1
    while k >= 0 and art.text[k].isspace():
        k -= 1
    return k < 0 or art.text[k] in ",:;.?!\u2014-\u201d\"'"


def _unquoted(art: _Article, comp: tuple[int, int]) -> int:
    return sum(1 for i in range(*comp) if art.text[i].isalnum() and art.quote_at(i) is None)


def _opens_sentence(art: _Article, span: QuoteSpan) -> bool:
    """True when nothing but punctuation stands between the previous sentence end and the quote."""
    k = span.start - 1
    while k >= 0 and art.text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or art.text[k] in ".?!:\n\u201d\"'\u2019)—-"


def _forward_speaker(art: _Article, span: QuoteSpan, ordered: list[Found]) -> Speaker | None:
    """Speaker of the quote that continues an unclosed one at the start of the next paragraph."""
    if span.closed:
        return None
    para = art.paragraph(span.start)
    for item in ordered:
        if item.start <= span.start:
            continue
        if art.paragraph(item.start) != para + 1:
            return None
        lead = art.text[art.para_starts[para + 1] : item.start]
        return item.speaker if not any(ch.isalnum() for ch in lead) else None
    return None


def _backward_speaker(art: _Article, span: QuoteSpan, ordered: list[Found],
                      starts: list[int]) -> Speaker | None:
    """Speaker of the attributed quote a floating one continues: the last before it, passing over
    reported speech with no quotation marks ('…,” which Berg thinks will …')."""
    last = k = bisect_right(starts, span.start) - 1
    while k > 0 and art.quoted_share(ordered[k].start, ordered[k].end)[0] < 3 \
            and art.paragraph(ordered[k - 1].start) == art.paragraph(ordered[k].start):
        k -= 1
    speaker = ordered[k].speaker if k >= 0 else None
    if speaker is None or art.paragraph(ordered[k].start) < art.paragraph(span.start) - FLOAT_PARAGRAPHS:
        return None
    return _latest_mention(speaker, ordered[k + 1 : last + 1])


def _latest_mention(speaker: Speaker, passed: list[Found]) -> Speaker:
    """The speaker's latest mention among the reported speech passed over ('“…,” says Ana Ruiz.
    She says … “…”' credits 'She'): the words continue whoever was named last."""
    for item in reversed(passed):
        spk = item.speaker
        if spk is not None and speaker.entity is not None and spk.entity == speaker.entity:
            return spk
    return speaker


def _named_mention(art: _Article, spk: Speaker) -> Speaker:
    """A floating quotation continues a speaker; where that speaker was a relative pronoun
    ('…, said Mr. Berg, who said …'), credit the name it stands for in the same paragraph."""
    word = art.text[spk.start : spk.end].lower()
    if spk.entity is None or word not in RELATIVES:
        return spk
    key = art.mentions[spk.entity].key
    para = art.paragraph(spk.start)
    best = None
    for m in art.mentions:
        if m.start >= spk.start:
            break
        if m.key == key and art.paragraph(m.start) == para:
            best = m
    return Speaker(best.start, best.end, spk.name, spk.entity) if best is not None else spk


def _floating(art: _Article, spans: list[QuoteSpan], found: list[Found]) -> list[Found]:
    """Quotes with no cue of their own continue the speaker of the quote before (or after) them."""
    out = []
    ordered = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    for span in spans:
        words = len(art.text[span.start : span.end].split())
        if words < FLOAT_MIN_WORDS or not _opens_sentence(art, span):
            continue
        speaker = _backward_speaker(art, span, ordered, starts)
        if speaker is None or art.paragraph(speaker.start) != art.paragraph(span.start):
            # a run-on quotation continues whoever speaks in its own paragraph, else the next one
            speaker = _forward_speaker(art, span, ordered) or speaker
        if speaker is None:
            continue
        speaker = _named_mention(art, speaker)
        item = Found(*_trim(art.text, *span.inner), None, speaker)
        out.append(item)
        k = bisect_right(starts, item.start)
        ordered.insert(k, item)
        starts.insert(k, item.start)
    return out


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _colon_before(art: _Article, span: QuoteSpan) -> int | None:
    """Position of a colon that introduces the quotation ('He put it this way:\n\n“…”'), if any."""
    k = span.start - 1
    while k >= 0 and art.text[k].isspace():
        k -= 1
    if k < 0 or art.text[k] != ":" or art.paragraph(k) < art.paragraph(span.start) - 1:
        return None
    return k


def _local_root(art: _Article, sent: Span, colon: Token) -> Token:
    """Head of the words before the colon (the sentence may run on into the quotation)."""
    before = [t for t in sent if t.i < colon.i and art.quote_at(t.idx) is None]
    inside = {t.i for t in before}
    heads = [t for t in before if t.head.i not in inside or t.head is t]
    return next((t for t in heads if t.pos_ in ("VERB", "AUX")), heads[0] if heads else sent.root)


def _introducer(art: _Article, resolver: _Resolver, colon: int, cues: list[Cue]) -> Cue | None:
    """The cue of the sentence ending in `colon`, or a stand-in for its subject or headline name."""
    token = _token_at(art.doc, colon)
    if token is None:
        return None
    sent = token.sent
    known = [c for c in cues if c.speaker is not None and sent.start <= c.token.i < sent.end]
    if known:
        return known[-1]
    root = _local_root(art, sent, token)
    subject = _subject_token(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is not None and _quoted(art, subject):
        subject = None
    if subject is None and root.pos_ in ("PROPN", "NOUN") and len(sent) <= 8:
        subject = root  # headline style: 'Marco Rubio: “…”'
    if subject is None:
        return None
    return Cue(colon, colon + 1, ":", token, resolver.speaker(subject), None)


def _introduced(art: _Article, resolver: _Resolver, spans: list[QuoteSpan], cues: list[Cue]
                ) -> tuple[list[Found], list[QuoteSpan]]:
    """Quotations right after a colon belong to whoever the introducing sentence names."""
    found, rest = [], []
    for span in spans:
        colon = _colon_before(art, span)
        cue = _introducer(art, resolver, colon, cues) if colon is not None else None
        if cue is None:
            rest.append(span)
            continue
        found.append(Found(*_trim(art.text, *span.inner), cue, cue.speaker))
    return found, rest


def _kind(art: _Article, start: int, end: int) -> str:
    quoted, share = art.quoted_share(start, end)
    if share >= 0.9:
        return "direct"
    return "partial" if quoted >= 3 else "indirect"


def _record(art: _Article, f: Found) -> dict[str, Any]:
    spk = f.speaker
    return {
        "text": art.text[f.start : f.end], "start": f.start, "end": f.end,
        "kind": _kind(art, f.start, f.end),
        "cue": f.cue.text if f.cue else None,
        "cue_start": f.cue.start if f.cue else None, "cue_end": f.cue.end if f.cue else None,
        "speaker": spk.name if spk else None,
        "speaker_start": spk.start if spk else None, "speaker_end": spk.end if spk else None,
        "speaker_entity": spk.entity if spk else None,
    }


def extract_quotes(doc: Doc, mentions: list[Mention]) -> list[dict[str, Any]]:
    """Quote records of one parsed article; offsets index `doc.text`."""
    art = _Article(doc, mentions)
    resolver = _Resolver(art)
    cues = _find_cues(art, resolver)
    unlinked = _link(art, resolver, cues)
    taken = [q for cue in cues for q in cue.quotes]
    found = [f for cue in cues for f in _from_cue(art, cue, taken)]
    introduced, unlinked = _introduced(art, resolver, unlinked, cues)
    found.extend(introduced)
    found.extend(_floating(art, unlinked, found))
    found = [f for f in found if f.end > f.start]
    found.sort(key=lambda f: (f.start, f.end))
    return [_record(art, f) for f in found]
