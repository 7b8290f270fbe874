"""Measured signals per line, for the trained junk-line model.

Each line becomes a fixed-order vector of dense signals (shape, voice, topic, position,
repetition, shape-rule hits) plus a set of word tokens for the model's small vocabulary.
The same code builds training rows (bench/train_cleaner.py) and serves inference, so the
two cannot drift apart.
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Final, cast

import numpy as np

from copydesk.clean.lexicon import (
    AD_PHRASES,
    AD_WARNINGS,
    CLICKBAIT_ANCHORED,
    CLICKBAIT_GATES,
    CLICKBAIT_PATTERNS,
    CTA,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    IMPERATIVE,
    MARKETING,
    PROMO_GATES,
    PROMO_PATTERNS,
    PROMO_TRIGGERS,
    REPORTING,
    SECOND,
    STOP,
)
from copydesk.clean.needles import NeedleSet
from copydesk.clean.pagewise import page_verdicts
from copydesk.clean.rules import RULE_GATES, RULE_REASONS, long_quote, page_rules, related_runs, repeated_keys

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: Words; Chinese and Japanese characters count one each, so an unspaced sentence is long, not one word.
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_LIST_MARK = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|[a-z][.)]|[-•*·–—▪◦])\s+\S")
_CLICKBAIT_START = re.compile("|".join(CLICKBAIT_PATTERNS[k] for k in CLICKBAIT_ANCHORED), re.I)
_FIRST = itemgetter(0)
_QUOTED = frozenset("“”\"«»„")
#: Where a person stands in a photo: ", left,", ", second right,", "(centre)".
_POSITION: Final = re.compile(r",\s(?:(?:second |third |far )?(?:left|right)|centre|center|front|back|rear"
                              r"|top|bottom)(?: row)?,\s"
                              r"|\((?:(?:second |far )?(?:left|right)|centre|center)\)", re.I)
#: Literal pieces (lower-cased) of every `_POSITION` match, for the page's needle set.
_POSITION_PIECES = ("left,", "right,", "centre,", "center,", "front,", "back,", "rear,", "top,", "bottom,",
                    "row,", "left)", "right)", "centre)", "center)")
_PAST = frozenset("was were had did said told has have will would could been is are expected again next "
                  "should "
                  "must may might can not".split())
_URL_HINTS = ("http", "www.", "@", ".com", ".org", ".net", ".co.uk", ".de", ".fr", ".es")
_MONEY_HINTS = ("$", "€", "£", "¥", "euro", "dollar", "pound", "%")
#: A price: a currency sign before a figure that is not a news-sized sum ("£71.6million", "$2bn"
#: are reported amounts, not offers), a figure before a currency word, or "% off". Every match opens with
#: a currency sign or a digit, consumed by one leading class (each branch checks which with a look-behind)
#: so that `search` skips straight to such characters instead of trying every branch at every position.
_MONEY = re.compile(r"[$€£¥\d](?:(?<=[$€£¥])\s?\d++(?:[.,]\d++)*+"
                    r"(?!\s?(?:m|bn|mn|k|million|billion|trillion)\b)"
                    r"|(?<=\d)\s?(?:€|euros?|dollars?|pounds?)\b|(?<=\d)\d*\s?%\s?off\b)", re.I)
_TERMINAL = frozenset(".!?…。！？")
_CLOSERS = frozenset("\"'”’»)]")
_BULLETS = frozenset("-•*·▶►→»▸◆■●–—")
_OPEN_QUOTES = frozenset("“\"‘«„'")
_SYMBOL_CHARS = "➜➤►▶→☀✓✔★☆❤♥👉🔥💥🇺🇸📧📱" + "".join(map(chr, range(0x1F300, 0x1FB00)))
_SYMBOLS = re.compile(f"[{_SYMBOL_CHARS}]")

#: Every literal pre-filter of the stage, found page-wide in one pass (`Page.groups`).
_NEEDLES = NeedleSet({
    **RULE_GATES, "url": _URL_HINTS, "money": _MONEY_HINTS, "promo_chars": tuple("$€£%!"),
    "symbols": tuple(_SYMBOL_CHARS), "quoted": tuple(_QUOTED),
    **{f"promo:{k}": gates for k, gates in enumerate(PROMO_GATES)},
    **{f"clickbait:{k}": gates for k, gates in CLICKBAIT_GATES.items()},
    **{f"adph:{k}": pieces for k, (_, pieces) in enumerate(AD_PHRASES)},
    **{f"adwarn:{k}": pieces for k, (_, pieces) in enumerate(AD_WARNINGS)},
    "position": _POSITION_PIECES,
})
_PROMO_GROUP = {f"promo:{k}": k for k in range(len(PROMO_PATTERNS))}
_CLICKBAIT_GROUP = {f"clickbait:{k}": k for k in CLICKBAIT_GATES}

#: One bit per word list a line's words are tested against: each line's words are looked up once
#: (`Page.lexicon`) instead of once per list (`isdisjoint` walks the line's words for every list).
#: `Final` int literals: compiled, they are constants in the code rather than a lookup in the module's
#: dictionary at every use (many uses are per word).
_STOP_BIT: Final = 1
_SECOND_BIT: Final = 2
_FIRST_BIT: Final = 4
_PLURAL_BIT: Final = 8
_CTA_BIT: Final = 16
_MARKETING_BIT: Final = 32
_REPORTING_BIT: Final = 64
_PROMO_BIT: Final = 128


def _lexicon_bits() -> dict[str, int]:
    bits: dict[str, int] = {}
    for bit, words in ((_STOP_BIT, STOP), (_SECOND_BIT, SECOND), (_FIRST_BIT, FIRST_SINGULAR),
                       (_PLURAL_BIT, FIRST_PLURAL), (_CTA_BIT, CTA), (_MARKETING_BIT, MARKETING),
                       (_REPORTING_BIT, REPORTING), (_PROMO_BIT, PROMO_TRIGGERS)):
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits


_LEXICON = _lexicon_bits()

SHAPE_NAMES = (
    "log_words", "words_le3", "words_le6", "words_ge20", "terminal", "ends_colon", "ends_excl",
    "multi_excl", "ends_question", "bullet", "pipe", "all_caps", "title_case", "digits",
    "urlish", "copyright", "bracketed", "symbols", "opens_quote", "money",
)
VOICE_NAMES = (
    "first_sing", "first_plural", "second", "second_rare_on_page", "first_rare_on_page",
    "imperative_start", "cta", "cta_many", "marketing", "marketing_many", "reporting", "ask", "ask_loud",
    "ask_off_voice", "imperative_inner",
)
CONTEXT_NAMES = (
    "pos", "is_last", "in_last3", "repeated", "is_title", "title_overlap", "page_overlap", "no_content",
    "prev_short", "next_short", "prev_terminal", "next_terminal", "related_run",
    "in_list", "structured_repeat", "headline", "headline_offtopic", "headline_sandwiched", "sandwiched",
    "poll", "caption_like", "caption_offtopic", "imperative_rare", "promo", "promo_many", "promo_offtopic",
    "in_long_run", "short_page",
)
CORE_NAMES = ("core_overlap", "core_any", "before_core", "after_core", "is_core", "prev_core", "next_core")
#: Page-furniture shapes: a pull quote (the line's words run inside another line), a standfirst or
#: kicker above the prose (no full stop, near the top), a rewording of the title above the prose,
#: and an all-capitals headline (a linked teaser on some sites; real subheadings are shorter).
#: Then caption and byline shapes: a moment told in the present ("… speaks to reporters on Tuesday"),
#: a position note (", left,") and a bare name above the prose.
FURNITURE_NAMES = ("pull_quote", "top_unpunct", "top_titleish", "caps_headline", "scene_present",
                   "position_marker", "top_name")
FEATURE_NAMES: tuple[str, ...] = (
    SHAPE_NAMES + VOICE_NAMES + CONTEXT_NAMES + CORE_NAMES + FURNITURE_NAMES
    + tuple(f"rule_{r}" for r in RULE_REASONS)
)


@dataclass(slots=True)
class Page:
    """What the signals of one line need to know about the rest of its page, gathered once per page
    (`build_page`) so that each scored line's signals are cheap lookups."""

    lines: list[str]
    tokens: list[list[str]]
    title_tokens: frozenset[str]
    title_key: str
    #: word keys of the title's parts between separators ("Opinion | Headline – Site" → "headline",
    #: "opinion headline", ...) with four or more words: the headline repeated without its labels
    title_parts: frozenset[str]
    repeated: set[str]
    rules: list[str | None]
    second_share: float
    first_share: float
    core: list[bool]
    stems: list[set[str]]
    core_span: tuple[int, int]
    related: set[int]
    list_marks: list[str]
    run_len: list[int]
    short_share: float
    structured: bool
    imperative_share: float
    #: per line: ends in terminal punctuation
    terminal: list[bool]
    #: content words that occur on more than one line of the page
    shared_words: set[str]
    #: stems of the core prose and title seen at least once / at least twice (`_core_shared`)
    core_once: set[str]
    core_twice: set[str]
    #: per line, the `_NEEDLES` groups whose literal pieces it holds; its distinct words
    groups: list[set[str]]
    words: list[set[str]]
    #: per line, the `_LEXICON` bits of its words (which word lists it uses)
    lexicon: list[int]
    #: per line, its text stripped and case-folded (what `repeated` holds)
    keys: list[str]
    #: per line, its words joined by spaces, and the line numbers longest joined words first (for
    #: `pull_quote`)
    word_lines: list[str]
    longest_first: list[int]
    #: built on the first `pull_quote` that needs them (`_longer_lines`)
    longer_lines: LongerLines | None = None


#: Where a page title joins its headline to a site name or section label.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·:»-]\s+|\s*\|\s*|:\s+")
#: Fewest words a title part needs to count as the headline (a lone site name or label does not).
_TITLE_PART_WORDS = 4
_HAS_CJK = re.compile(f"[{_CJK}]")
_WORD_PLAIN = re.compile(r"\w+")
#: ASCII punctuation and symbols: no word characters (so not "_").
_ASCII_PUNCTUATION = string.punctuation.replace("_", "")
#: Non-ASCII punctuation common in news text (none of it is a word character).
_TYPOGRAPHIC = ("’", "‘", "“", "”", "—", "–", "…", "\xa0", "«", "»", "•", "·", "„")
#: Byte table for ASCII lines: word characters ([A-Za-z0-9_]) stay, every other byte becomes a space.
#: `bytes.translate` with a table is several times faster than `str.translate` with a dict, which looks
#: each distinct character up again on every call.
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(256))


def tokenize(line: str) -> list[str]:
    """Lower-cased words (`\\w+`); Chinese and Japanese characters one word each."""
    return _lower_words(line.lower())


def _lower_words(low: str) -> list[str]:
    """`tokenize` of an already lower-cased line."""
    if not low.isascii():  # common typographic punctuation separates words like ASCII punctuation
        plain = low
        for mark in _TYPOGRAPHIC:
            if mark in plain:
                plain = plain.replace(mark, " ")
        if not plain.isascii():
            return _plain_words(plain) if _HAS_CJK.search(plain) is None else _WORD.findall(plain)
        low = plain
    # ASCII: word characters are [a-z0-9_], every other byte separates (same words as `\w+`, faster)
    return low.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()


def _plain_words(text: str) -> list[str]:
    """The `\\w+` runs of a line without Chinese or Japanese characters. Most whitespace-separated
    chunks are one word, perhaps with ASCII punctuation at its ends: those are taken whole (about half
    the time of the regex on Cyrillic or accented text); only the rest go through the regex."""
    out: list[str] = []
    punctuation = _ASCII_PUNCTUATION  # a local: compiled, no module-dictionary lookup per chunk
    for chunk in text.split():  # whitespace never belongs to a word
        if chunk.isalnum():  # every character a word character (`\\w` is alphanumeric or "_")
            out.append(chunk)
            continue
        core = chunk.strip(punctuation)  # what is stripped is no word character
        if core.isalnum():
            out.append(core)
        elif core:
            out.extend(_WORD_PLAIN.findall(core))
    return out


def _content(toks: list[str]) -> list[str]:
    """Content words: longer than 3 characters and not function words."""
    return [t for t in toks if len(t) > 3 and t not in STOP]


def _stems(toks: list[str]) -> set[str]:
    """Content words cut to 5 characters: a cheap stem ("families" ~ "family")."""
    return {t[:5] for t in _content(toks)}


def _core_lines(tokens: list[list[str]], masks: list[int], terminal: list[bool],
                rules: list[str | None]) -> list[bool]:
    """Per line, confident article prose: a long declarative sentence that addresses nobody (no
    second-person or call-to-action word; `masks`: the lines' `_LEXICON` bits)."""
    out: list[bool] = []
    for i, toks in enumerate(tokens):  # indexed: a compiled loop, faster than a zip of four lists
        out.append(len(toks) >= 12 and rules[i] is None and terminal[i]
                   and not masks[i] & (_SECOND_BIT | _CTA_BIT))
    return out


def _seen_and_repeated(sets: list[set[str]]) -> tuple[set[str], set[str]]:
    """Items found in at least one / at least two of `sets`: one lookup per item, no set per line
    (compiled loop)."""
    seen: set[str] = set()
    again: set[str] = set()
    for own in sets:
        for item in own:
            if item in seen:
                again.add(item)
            else:
                seen.add(item)
    return seen, again


def _share(masks: list[int], bit: int) -> int:
    """How many lines use a word of the list `bit` stands for."""
    count = 0
    for mask in masks:
        if mask & bit:
            count += 1
    return count


def build_page(lines: list[str], title: str | None, max_repeat_words: int) -> Page:
    """Tokenise once and gather page-wide counts."""
    lows = [line.lower() for line in lines]
    tokens = [_lower_words(low) for low in lows]
    words, stems, shared, masks = _line_sets(tokens)
    n = max(len(lines), 1)
    groups = _NEEDLES.line_groups(lows)
    title_toks = tokenize(title or "")
    word_lines = [" ".join(toks) for toks in tokens]
    rules = page_rules(lines, lows, groups)
    for i, reason in page_verdicts(lines, title, rules, word_lines, " ".join(title_toks)).items():
        rules[i] = reason
    keys, terminal, list_marks = _line_ends(lines, lows)
    core = _core_lines(tokens, masks, terminal, rules)
    core_once, core_twice = _seen_and_repeated(
        [_stems(title_toks), *(own for own, is_core in zip(stems, core, strict=True) if is_core)])
    where = [i for i, c in enumerate(core) if c]
    key_counts = Counter(keys)
    repeated = repeated_keys(key_counts, max_repeat_words)
    return Page(
        lines=lines,
        tokens=tokens,
        title_tokens=frozenset(t for t in title_toks if t not in STOP),
        title_key=" ".join(title_toks),
        title_parts=title_parts(title),
        repeated=repeated,
        rules=rules,
        second_share=_share(masks, _SECOND_BIT) / n,
        first_share=_share(masks, _FIRST_BIT) / n,
        core=core,
        stems=stems,
        core_span=(where[0], where[-1]) if where else (n, -1),
        related=related_runs(lines, rules),
        list_marks=list_marks,
        run_len=_short_runs(tokens, terminal),
        short_share=_short_lines(tokens) / n,
        # repetition as page structure (a recipe, a schedule) rather than injected teasers: many
        # different short lines recur, or one recurs more than three times
        structured=len(repeated) > 4 or any(key_counts[key] > 3 for key in repeated),
        imperative_share=_imperative_lines(tokens) / n,
        terminal=terminal,
        shared_words=shared,
        core_once=core_once,
        core_twice=core_twice,
        groups=groups,
        words=words,
        lexicon=masks,
        keys=keys,
        word_lines=word_lines,
        longest_first=_longest_first(word_lines),
    )


def _line_sets(tokens: list[list[str]]) -> tuple[list[set[str]], list[set[str]], set[str], list[int]]:
    """Per line: its distinct words and the stems of its content words (`_stems`); the content
    words (`_content`) found on more than one line; per line, its words' `_LEXICON` bits. One loop
    over each line's words does all four (faster than a comprehension each and a set intersection
    per line)."""
    words: list[set[str]] = []
    stems: list[set[str]] = []
    masks: list[int] = []
    seen: set[str] = set()
    shared: set[str] = set()
    lexicon = _LEXICON  # a local: compiled, no module-dictionary lookup per word
    for toks in tokens:
        own = set(toks)
        cut: set[str] = set()
        mask = 0
        for t in own:
            bits = lexicon.get(t, 0)
            mask |= bits
            if len(t) > 3 and not bits & _STOP_BIT:
                cut.add(t[:5])
                if t in seen:
                    shared.add(t)
                else:
                    seen.add(t)
        words.append(own)
        stems.append(cut)
        masks.append(mask)
    return words, stems, shared, masks


def _line_ends(lines: list[str], lows: list[str]) -> tuple[list[str], list[bool], list[str]]:
    """Per line: its stripped, case-folded key, whether it ends in terminal punctuation, and its item
    marker (`_stripped_marker`), all from one strip of the line (they look only at the stripped text).
    An ASCII line's key is its lower-cased form stripped (`casefold` is `lower` on ASCII, and has no
    fast path for it)."""
    keys: list[str] = []
    terminal: list[bool] = []
    marks: list[str] = []
    for i, line in enumerate(lines):
        text = line.strip()
        keys.append(lows[i].strip() if line.isascii() else text.casefold())
        terminal.append(_terminal(text))
        marks.append(_stripped_marker(text))
    return keys, terminal, marks


def _short_lines(tokens: list[list[str]]) -> int:
    """How many lines have fewer than 12 words."""
    count = 0
    for toks in tokens:
        if len(toks) < 12:
            count += 1
    return count


def _imperative_lines(tokens: list[list[str]]) -> int:
    """How many lines open with an imperative verb."""
    count = 0
    for toks in tokens:
        if toks and toks[0] in IMPERATIVE:
            count += 1
    return count


def _longest_first(word_lines: list[str]) -> list[int]:
    """Line numbers, longest joined words first, ties in page order (a reversed sort stays stable)."""
    lengths = [len(joined) for joined in word_lines]
    return sorted(range(len(word_lines)), key=lengths.__getitem__, reverse=True)


def title_parts(title: str | None) -> frozenset[str]:
    """Word keys of every run of consecutive separator-delimited parts of the title, short of the
    whole title, with at least `_TITLE_PART_WORDS` words."""
    parts = [part for part in _TITLE_SEPARATOR.split(title or "") if part.strip()]
    found = set()
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            toks = tokenize(" ".join(parts[start:end]))
            if (start, end) != (0, len(parts)) and len(toks) >= _TITLE_PART_WORDS:
                found.add(" ".join(toks))
    return frozenset(found)


def _stripped_marker(text: str) -> str:
    """The kind of item marker a (stripped) line opens with: list bullet or number, table row, bracketed
    label."""
    if text.startswith("|") or ("|" in text and text.count("|") >= 3):  # `in` scans faster than `count`
        return "table"
    if _LIST_MARK.match(text):
        return "list"
    if text[:1].isdigit():
        return "number"
    if text[:1] in "[(" and text[-1:] in "])":
        return "bracket"
    return ""


def _short_runs(tokens: list[list[str]], terminal: list[bool]) -> list[int]:
    """Per line, the length of the run of consecutive short unpunctuated lines it belongs to (0 when
    it is not one): four or more in a row are a list or a fact box, not injected teasers."""
    short = [0 < len(t) <= 16 and not end for t, end in zip(tokens, terminal, strict=True)]
    out = [0] * len(tokens)
    i = 0
    while i < len(tokens):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(tokens) and short[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _terminal(line: str) -> bool:
    end = line.rstrip()
    while end and end[-1] in _CLOSERS:
        end = end[:-1]
    return bool(end) and end[-1] in _TERMINAL


def shape_features(line: str, toks: list[str], words: set[str] | None = None,
                   groups: set[str] | None = None) -> list[float]:
    """Length, punctuation, case, digits, links, symbols and prices of one line (`groups`: its
    `Page.groups`, when known)."""
    stripped = line.strip()
    low = stripped.lower()
    n = len(toks)
    initials = stripped.split()
    capitalised = sum(map(str.isupper, map(_FIRST, initials)))  # words that start upper-case
    numeric = sum(map(str.isdigit, toks))
    words = set(toks) if words is None else words
    last = stripped[-1:] or " "
    return [
        math.log1p(n), float(n <= 3), float(n <= 6), float(n >= 20), float(_terminal(stripped)),
        float(last == ":"), float(last == "!"), float(stripped.count("!") >= 2), float(last == "?"),
        float(stripped[:1] in _BULLETS), float("|" in stripped),
        float(n >= 1 and stripped.upper() == stripped and low != stripped),
        capitalised / len(initials) if initials else 0.0,
        numeric / n if n else 0.0,
        float("url" in groups if groups is not None else any(h in low for h in _URL_HINTS)),
        float("©" in stripped or "copyright" in words or ("rights" in words and "reserved" in words)),
        float(stripped[:1] in "[(" and stripped[-1:] in "])"),
        float("symbols" in groups if groups is not None
              else not stripped.isascii() and bool(_SYMBOLS.search(stripped))),
        float(stripped[:1] in _OPEN_QUOTES),
        float(("money" in groups if groups is not None else any(h in low for h in _MONEY_HINTS))
              and bool(_MONEY.search(low))),
    ]


#: A sentence start after the first sentence of a line (not after a list number such as "2.").
_SENTENCE_START = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?…][\"”’)]*\s+[\"“‘(¡¿]*([A-ZÀ-Ý][\w'’-]*)")


def inner_imperative(line: str) -> bool:
    """Whether a later sentence of the line opens with an imperative ("… Join the movement today."):
    an advert's call to action after its pitch."""
    return any(m.group(1).lower().replace("’", "'") in IMPERATIVE for m in _SENTENCE_START.finditer(line))


def voice_features(toks: list[str], page: Page, line: str, words: set[str] | None = None) -> list[float]:
    """Who speaks to whom: first and second person, imperatives, calls to action, selling words."""
    words = set(toks) if words is None else words
    loud = "!" in line
    second = float(not SECOND.isdisjoint(words))
    first = float(not FIRST_SINGULAR.isdisjoint(words))
    cta = len(CTA.intersection(words))
    marketing = len(MARKETING.intersection(words))
    imperative = float(bool(toks) and toks[0] in IMPERATIVE)
    off_voice = max(second * float(page.second_share < 0.25), first * float(page.first_share < 0.25))
    # a call to action: the reader addressed (or an "I" speaking) and asked to act or pay
    ask = float(max(first, second, imperative) > 0 and (cta + marketing > 0 or "$" in words))
    return [
        first, float(not FIRST_PLURAL.isdisjoint(words)), second,
        second * float(page.second_share < 0.25), first * float(page.first_share < 0.25),
        imperative, float(cta >= 1), float(cta >= 2),
        float(marketing >= 1), float(marketing >= 2), float(not REPORTING.isdisjoint(words)),
        ask, ask * float(loud), ask * off_voice, float(inner_imperative(line)),
    ]


def _overlaps(i: int, page: Page) -> tuple[float, float, float]:
    """Share of the line's content words found in the title and on other lines; no content words."""
    title, shared, stop = page.title_tokens, page.shared_words, STOP
    k = in_title = in_page = 0
    for t in page.tokens[i]:  # `_content` counted in one typed loop, no list (speed)
        if len(t) > 3 and t not in stop:
            k += 1
            if t in title:
                in_title += 1
            if t in shared:
                in_page += 1
    if not k:
        return 0.0, 0.0, 1.0
    return in_title / k, in_page / k, 0.0


def core_features(i: int, page: Page, shared: float | None = None) -> list[float]:
    """Topic and place relative to the page's confident article prose (its "core")."""
    shared = _core_shared(i, page) if shared is None else shared
    first, last = page.core_span
    n = len(page.lines)
    return [
        shared, float(shared > 0), float(last >= 0 and i < first), float(0 <= last < i), float(page.core[i]),
        float(i > 0 and page.core[i - 1]), float(i + 1 < n and page.core[i + 1]),
    ]


def _core_shared(i: int, page: Page) -> float:
    """Share of the line's stems that the core prose (or title) uses, not counting the line itself."""
    stems = page.stems[i]
    if not stems:
        return 0.0
    pool = page.core_twice if page.core[i] else page.core_once
    used = 0
    for stem in stems:  # counted, not intersected: no set is made
        if stem in pool:
            used += 1
    return used / len(stems)


def _headline(line: str, toks: list[str]) -> bool:
    """Headline-shaped: 4-16 words, no closing full stop (a teaser for another story, or a subheading)."""
    if not 4 <= len(toks) <= 16:
        return False
    text = line.strip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1]
    return text[-1:] not in ".:;," and _LIST_MARK.match(line) is None


def _caption_like(line: str, toks: list[str], past_ok: bool = False) -> bool:
    """A short full sentence without a reporting or past-tense verb: how photo captions read
    ("MPs leave the chamber after the vote."). `past_ok`: allow "-ed" verbs ("Crowds gathered in
    the rain."), for a line whose neighbour is already a photo credit or caption label."""
    return (3 <= len(toks) <= 18 and line.rstrip().endswith(".") and REPORTING.isdisjoint(toks)
            and _PAST.isdisjoint(toks) and (past_ok or not any(t.endswith("ed") for t in toks[1:]))
            and line.lstrip()[:1] not in _OPEN_QUOTES)


def _promo_hinted(line: str, words: set[str], groups: set[str] | None = None) -> bool:
    if not PROMO_TRIGGERS.isdisjoint(words):
        return True
    return "promo_chars" in groups if groups is not None else any(c in line for c in "$€£%!")


def plain_prose(i: int, page: Page) -> bool:
    """Long declarative third-person prose with no selling or asking word: article text whatever
    the model would say, so the model is not run on it (most lines of most pages)."""
    if not page.core[i]:
        return False
    toks = page.tokens[i]
    return (not page.lexicon[i] & (_FIRST_BIT | _MARKETING_BIT | _PROMO_BIT)
            and not (toks and toks[0] in IMPERATIVE)
            and "promo_chars" not in page.groups[i]  # with the promo-word bit: `_promo_hinted`
            and page.lines[i].strip()[:1] not in _OPEN_QUOTES)


def promo_count(line: str, toks: list[str], words: set[str] | None = None,
                groups: set[str] | None = None) -> int:
    """Hits of advertorial phrase families in a line (0 for long lines). `groups`: the line's
    `Page.groups`, when known."""
    if len(toks) > 60 or not _promo_hinted(line, set(toks) if words is None else words, groups):
        return 0
    if groups is None:
        low = line.lower()
        active = tuple(k for k, gates in enumerate(PROMO_GATES) if any(g in low for g in gates))
    else:
        active = tuple(sorted(_PROMO_GROUP[g] for g in groups if g in _PROMO_GROUP))
    return _promo_hits(line, active) if active else 0


@lru_cache(maxsize=256)
def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.I)


@lru_cache(maxsize=1024)
def _promo_hits(line: str, active: tuple[int, ...]) -> int:
    """Count of non-overlapping `PROMO_PATTERNS` hits. Only the `active` families (those whose literal
    pieces occur in the line) are searched, in their original order, so the count is that of the
    full pattern. Cached: each scored line asks twice (rule and model signal)."""
    return len(_union(tuple(PROMO_PATTERNS[k] for k in active)).findall(line))


def _clickbait(line: str, groups: set[str] | None = None) -> bool:
    """Whether any `CLICKBAIT_PATTERNS` family occurs in the line (gated as `_promo_hits`)."""
    if _CLICKBAIT_START.match(line):
        return True
    if groups is None:
        low = line.lower()
        keys = [k for k, gates in CLICKBAIT_GATES.items() if any(g in low for g in gates)]
    else:
        keys = sorted(_CLICKBAIT_GROUP[g] for g in groups if g in _CLICKBAIT_GROUP)
    return bool(keys) and _union(tuple(CLICKBAIT_PATTERNS[k] for k in keys)).search(line) is not None


#: Most words of a line taken for an advert on one or two phrases; up to `_AD_MAX_WORDS` (a
#: fundraising appeal's paragraph) it needs `_LONG_AD_HITS` of them, as prose may carry one or two.
_AD_WORDS: Final = 40
_AD_MAX_WORDS: Final = 60
_LONG_AD_HITS: Final = 3


def promo_ad(i: int, page: Page) -> bool:
    """Advert copy by phrase: adverts' legal small print (`AD_WARNINGS`) or two selling phrases, or
    one said to "you" / by "I", outside reported speech; never a line quoting more than a few words
    (an article quoting an advert)."""
    line, toks = page.lines[i], page.tokens[i]
    if len(toks) > _AD_MAX_WORDS or ("quoted" in page.groups[i] and long_quote(line)):
        return False
    words, mask = page.words[i], page.lexicon[i]
    if not mask & _REPORTING_BIT and ad_phrase_count(page.keys[i], page.groups[i], _AD_WARNINGS):
        return True
    hits = promo_count(line, toks, words, page.groups[i]) + ad_phrase_count(page.keys[i], page.groups[i])
    if len(toks) > _AD_WORDS:
        return hits >= _LONG_AD_HITS
    if hits != 1:
        return hits >= 2
    voiced = ((mask & _SECOND_BIT and page.second_share < 0.25)
              or (mask & _FIRST_BIT and page.first_share < 0.25))
    return bool(voiced) and not mask & _REPORTING_BIT


#: `AD_PHRASES`, compiled, each with the `_NEEDLES` group of its pieces (searched only when one occurs).
_AD_PHRASES: Final = tuple((f"adph:{k}", re.compile(pattern, re.I))
                           for k, (pattern, _) in enumerate(AD_PHRASES))
_AD_WARNINGS: Final = tuple((f"adwarn:{k}", re.compile(pattern, re.I))
                            for k, (pattern, _) in enumerate(AD_WARNINGS))


def ad_phrase_count(low: str, groups: set[str],
                    families: tuple[tuple[str, re.Pattern[str]], ...] = _AD_PHRASES) -> int:
    """Hits of the `AD_PHRASES` families (or `AD_WARNINGS`) in a lower-cased line whose `_NEEDLES`
    groups are `groups`."""
    hits = 0
    for group, pattern in families:
        if group in groups:
            hits += len(pattern.findall(low))
    return hits


def repeated_quote(i: int, page: Page) -> bool:
    """A quotation of eight or more words whose words all occur in one longer line of the page: a pull
    quote lifted from the prose, also where the prose breaks the quote with "she said"."""
    if len(page.tokens[i]) < _PULL_QUOTE_WORDS or page.lines[i].lstrip()[:1] not in _OPEN_QUOTES:
        return False
    words, size = page.words[i], len(page.tokens[i])
    tokens = page.tokens
    return any(len(tokens[j]) > size and j != i and words <= page.words[j] for j in range(len(tokens)))


def clickbait_teaser(i: int, page: Page) -> bool:
    """A click-bait headline off the page's topic: the teaser of another story. Real subheadings are
    short ("Why it matters") or share words with the article."""
    line, toks = page.lines[i], page.tokens[i]
    if not (5 <= len(toks) <= 16 and _headline(line, toks)) or line.upper() == line:
        return False
    if line.rstrip().endswith("?") and (len(toks) < 7 or not SECOND.isdisjoint(toks)
                                        or not FIRST_SINGULAR.isdisjoint(toks)):
        return False  # questions of a Q&A or an explainer ("How do I vote?")
    has_core = page.core_span[1] >= 0
    return has_core and _core_shared(i, page) < 0.25 and _clickbait(line, page.groups[i])


def credited_caption(i: int, page: Page) -> bool:
    """A caption-shaped sentence right beside a photo credit or caption label: the photo's caption.
    A copyright line or a reporting credit is no photo credit, and a full caption (one that holds its
    own credit or runs past `_CAPTION_LABEL_WORDS`) has its text already: the sentence beside either
    is the article's."""
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(page.lines)]
    return (any(_photo_label(j, page) for j in near)
            and _caption_like(page.lines[i], page.tokens[i], past_ok=True))


#: Most words of a caption line that is a label ("Show caption", "Image 2 of 5", "Pictured: the pier")
#: rather than a caption with its own text.
_CAPTION_LABEL_WORDS: Final = 6
#: Pieces of credit lines that credit the text, not a photo.
_TEXT_CREDIT: Final = ("©", "ⓒ", "copyright", "rights reserved", "reporting", "editing", "contributed")


def _photo_label(j: int, page: Page) -> bool:
    """Whether line `j` is a photo credit or a caption label (`credited_caption`)."""
    rule = page.rules[j]
    if rule == "credit":
        key = page.keys[j]
        return not any(piece in key for piece in _TEXT_CREDIT)
    return rule == "caption" and len(page.tokens[j]) <= _CAPTION_LABEL_WORDS


def _priced(groups: set[str], low: str) -> bool:
    """Whether a lower-cased line with `Page.groups` `groups` names a price (`_MONEY`)."""
    return "money" in groups and _MONEY.search(low) is not None


def repeated_teaser(i: int, page: Page) -> bool:
    """A line of four words or more without end punctuation that the page holds twice: a teaser or
    label repeated around an advert block. Shorter repeats are names, salutations and source tags;
    brackets, parentheses and "@" mark tweet attributions and source tags; a structured page
    (tables, line-ups) repeats its labels."""
    return (not page.structured and page.keys[i] in page.repeated and not page.terminal[i]
            and len(page.tokens[i]) >= 4 and not any(ch in page.lines[i] for ch in "@[("))


def deal_lines(page: Page) -> set[int]:
    """The priced lines of a deals page, where prices are what the page is about (a round-up of
    offers): empty unless at least `_DEAL_SHARE` of the page's lines, and `_DEAL_MIN` of them, name a
    price."""
    priced = {i for i, groups in enumerate(page.groups) if _priced(groups, page.keys[i])}
    if len(priced) < _DEAL_MIN or len(priced) < _DEAL_SHARE * len(page.lines):
        return set()
    return priced


#: News pages with injected shop boxes name a price on at most 36% of their lines in our hand-written
#: and generated sets; the AEB deals round-ups on 53% and 62%.
_DEAL_MIN: Final = 6
_DEAL_SHARE: Final = 0.45


def model_lines(page: Page) -> list[int]:
    """Lines the junk model scores: with words, no shape-rule or related-list verdict, not plain prose."""
    return [i for i, toks in enumerate(page.tokens)
            if toks and page.rules[i] is None and i not in page.related and not plain_prose(i, page)]


def structure_features(i: int, page: Page, core_shared: float, words: set[str] | None = None) -> list[float]:
    """Lists, page-level repetition, headline and caption shapes and their place between prose."""
    n = len(page.lines)
    line, toks = page.lines[i], page.tokens[i]
    mark = page.list_marks[i]
    in_list = bool(mark) and any(page.list_marks[j] == mark for j in (i - 2, i - 1, i + 1, i + 2)
                                 if 0 <= j < n)
    sandwiched = float(0 < i < n - 1 and page.core[i - 1] and page.core[i + 1])
    headline = float(_headline(line, toks))
    offtopic = float(core_shared < 0.25 and page.core_span[1] >= 0)  # unknown without core prose
    caption = float(_caption_like(line, toks))
    words = set(toks) if words is None else words
    poll = float(len(toks) <= 14 and line.rstrip().endswith("?") and not SECOND.isdisjoint(words))
    imperative = bool(toks) and toks[0] in IMPERATIVE
    promo = promo_count(line, toks, words, page.groups[i])
    return [
        float(in_list), float(page.structured), headline, headline * offtopic,
        headline * offtopic * sandwiched,
        sandwiched, poll, caption, caption * offtopic, float(imperative and page.imperative_share < 0.15),
        float(promo >= 1), float(promo >= 2), float(promo >= 1) * offtopic,
        float(page.run_len[i] >= 4), page.short_share,
    ]


def context_features(i: int, page: Page, shared: float | None = None,
                     words: set[str] | None = None) -> list[float]:
    """Place on the page, repetition, overlap with title and page, neighbours, and structure."""
    n = len(page.lines)
    toks = page.tokens[i]
    repeated = (bool(page.repeated) and not page.structured
                and page.keys[i] in page.repeated)
    title_overlap, page_overlap, no_content = _overlaps(i, page)
    return [
        i / (n - 1) if n > 1 else 0.0, float(i == n - 1), float(i >= n - 3), float(repeated),
        float(bool(page.title_key) and " ".join(toks) == page.title_key),
        title_overlap, page_overlap, no_content,
        float(i > 0 and len(page.tokens[i - 1]) <= 6), float(i + 1 < n and len(page.tokens[i + 1]) <= 6),
        float(i > 0 and page.terminal[i - 1]), float(i + 1 < n and page.terminal[i + 1]),
        float(i in page.related),
        *structure_features(i, page, _core_shared(i, page) if shared is None else shared, words),
    ]


#: Fewest words of a quotation taken for a pull quote by its words alone (`repeated_quote`): short
#: quotes ("We will fight on") share all their words with longer lines by chance.
_PULL_QUOTE_WORDS: Final = 8


def pull_quote(i: int, page: Page) -> bool:
    """Whether the line's words (five or more) also run inside a longer line of the page: a pull
    quote or a standfirst lifted from the text."""
    if len(page.tokens[i]) < 5:
        return False
    key = page.word_lines[i]
    longer = _longer_lines(page)
    count = bisect_left(longer.negative_sizes, -len(key))  # the lines longer than this one come first
    return count > 0 and longer.text.find(f" {key} ", 0, longer.ends[count - 1]) >= 0


@dataclass(slots=True)
class LongerLines:
    """Every line's words, space-padded, longest first, one line of `text` each: the lines longer
    than a given one are a prefix of it, searched in one `find`."""

    text: str
    #: where each padded line ends in `text` (its newline)
    ends: list[int]
    #: minus each line's joined length, in the same order (ascending, for `bisect`)
    negative_sizes: list[int]


def _longer_lines(page: Page) -> LongerLines:
    """`Page.longer_lines`, built once per page."""
    if page.longer_lines is None:
        padded = [f" {page.word_lines[j]} \n" for j in page.longest_first]
        ends: list[int] = []
        end = -1
        for line in padded:
            end += len(line)
            ends.append(end)
        page.longer_lines = LongerLines("".join(padded), ends,
                                        [-len(page.word_lines[j]) for j in page.longest_first])
    return page.longer_lines


def furniture_features(i: int, page: Page, title_overlap: float) -> list[float]:
    """`FURNITURE_NAMES`: pull quotes, unpunctuated lines and title rewordings above the prose,
    all-capitals headlines, caption and byline shapes."""
    line, toks = page.lines[i], page.tokens[i]
    top = float(i <= 3 and i < page.core_span[0])
    caps = len(toks) >= 5 and line.upper() == line and line.lower() != line
    return [float(pull_quote(i, page)), top * float(len(toks) >= 5 and not page.terminal[i]),
            top * title_overlap, float(caps and not page.terminal[i]), float(scene_present(i, page)),
            float(_position(i, page)), float(top_name(i, page))]


#: Words of told, reported or planned events: news prose. A caption shows its moment in the present.
_TOLD_WORDS: Final = frozenset(
    "said says told was were had did added went came took made gave found left met saw spoke won lost "
    "began ran held brought kept paid sold sent led fell rose became been will would could should "
    "expected due plans planned according".split())
#: Days that date a photo's moment ("… on Tuesday").
_DAY_WORDS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday".split())


def _position(i: int, page: Page) -> bool:
    """Whether the line notes where someone stands in a photo (`_POSITION`)."""
    return "position" in page.groups[i] and _POSITION.search(page.lines[i]) is not None


#: Most words of a caption told in the present (`scene_present`).
_SCENE_WORDS: Final = 35


def scene_present(i: int, page: Page) -> bool:
    """A short line dated to a day ("… speaks to reporters in Geneva on Tuesday") with no past-tense,
    reported or future verb: how a caption describes its photo; news prose tells the day in the past."""
    toks = page.tokens[i]
    if not 5 <= len(toks) <= _SCENE_WORDS:
        return False
    words = page.words[i]
    if words.isdisjoint(_DAY_WORDS) or not words.isdisjoint(_TOLD_WORDS):
        return False
    return not any(len(t) > 4 and t.endswith("ed") for t in toks)


def top_name(i: int, page: Page) -> bool:
    """A bare name of two to four capitalised words above the prose: the author's byline."""
    if not (i <= 5 and i < page.core_span[0]) or not 2 <= len(page.tokens[i]) <= 4:
        return False
    chunks = page.lines[i].split()
    return 2 <= len(chunks) <= 4 and all(c[:1].isupper() and not any(map(str.isdigit, c)) for c in chunks)


def rule_features(reason: str | None) -> list[float]:
    return [float(reason == r) for r in RULE_REASONS]


def _dense(i: int, page: Page) -> list[float]:
    """Every signal of line `i` but the rule one-hots."""
    line, toks, words = page.lines[i], page.tokens[i], page.words[i]
    shared = _core_shared(i, page)
    context = context_features(i, page, shared, words)
    return (shape_features(line, toks, words, page.groups[i])
            + voice_features(toks, page, line, words) + context + core_features(i, page, shared)
            + furniture_features(i, page, context[_TITLE_OVERLAP]))


_N_DENSE = len(FEATURE_NAMES) - len(RULE_REASONS)
_TITLE_OVERLAP = CONTEXT_NAMES.index("title_overlap")
_RULE_COLUMN = {r: _N_DENSE + k for k, r in enumerate(RULE_REASONS)}


#: The dense signals that are fractions or counts; every other dense signal is a yes/no flag.
_FRACTIONS = ("log_words", "title_case", "digits", "pos", "title_overlap", "page_overlap", "no_content",
              "short_page", "core_overlap", "top_titleish")
_FRACTION_COLUMNS = [FEATURE_NAMES.index(name) for name in _FRACTIONS]
_FLAG_COLUMNS = [k for k in range(_N_DENSE) if k not in _FRACTION_COLUMNS]
_FRACTION_INDEX = np.array(_FRACTION_COLUMNS, dtype=np.intp)
_FLAG_INDEX = np.array(_FLAG_COLUMNS, dtype=np.intp)


def page_features(page: Page, lines: list[int]) -> np.ndarray:
    """The signal matrix of the given lines of a page, one row per line in `FEATURE_NAMES` order.
    The flag columns (lists of bools) go to numpy as bytes, one byte per value: numpy converts a Python
    bool to a float several times slower than `bytes` takes it as a small int."""
    n = len(lines)
    x = np.zeros((n, len(FEATURE_NAMES)))
    if lines:
        columns = _dense_columns(page, lines)
        fractions = np.fromiter(chain.from_iterable([columns[k] for k in _FRACTION_COLUMNS]),
                                dtype=np.float64, count=len(_FRACTION_COLUMNS) * n)
        x[:, _FRACTION_INDEX] = fractions.reshape(len(_FRACTION_COLUMNS), n).T
        flags = np.frombuffer(b"".join([bytes(cast("list[bool]", columns[k])) for k in _FLAG_COLUMNS]),
                              dtype=np.uint8)
        x[:, _FLAG_INDEX] = flags.reshape(len(_FLAG_COLUMNS), n).T
    for row, i in enumerate(lines):
        column = _RULE_COLUMN.get(page.rules[i] or "")  # page rules' "teaser"/"repeated" have none
        if column is not None:
            x[row, column] = 1.0
    return x


def line_features(i: int, page: Page) -> list[float]:
    """The dense signal vector of line `i`, in `FEATURE_NAMES` order."""
    return _dense(i, page) + rule_features(page.rules[i])


def line_terms(toks: list[str], words: set[str] | None = None) -> set[str]:
    """Vocabulary terms of a line: its content words, a marker for the first word and each pair of
    neighbouring words ("at_amazon", "i_m", "sign_up": stop words carry the voice and the call)
    (`words`: the set of `toks`, when known)."""
    stop = STOP  # a local: compiled, no module-dictionary lookup per word
    terms = {t for t in (set(toks) if words is None else words) if t not in stop and not t.isdigit()}
    if toks:
        terms.add("^" + toks[0])
        previous = toks[0]
        for tok in toks[1:]:
            terms.add(previous + "_" + tok)
            previous = tok
    return terms


# ----------------------------------------------------------------------------- page matrix, by column
# `page_features` builds the same numbers as stacking `line_features`, one column (signal) at a time
# over the scored lines: far fewer Python calls per line than the per-line functions, which stay the
# reference (training rows, tests).

#: One signal over the scored lines (booleans count 0/1).
Column = Sequence[float]


def _all_caps(text: str) -> bool:
    """`text.upper() == text and text.lower() != text`: no lower-case letter and some upper-case one.
    For ASCII that is exactly `isupper`, which makes no copies (speed). Any other line holding an
    ASCII lower-case letter fails at once (`upper()` changes that letter, and no mapping is empty, so
    the copy cannot come out equal); looked for by code point before the two copies are made, as are
    other common lower-case letters (`_changes_upper`)."""
    if text.isascii():
        return text.isupper()
    for k in range(len(text)):
        if _changes_upper(ord(text[k])):
            return False
    return text.upper() == text and text.lower() != text


def _changes_upper(code: int) -> bool:
    """Whether `upper()` surely changes this character: a lower-case letter of ASCII, Latin-1 (but
    the sign "÷") or basic Cyrillic; a cheap test that settles most lines of those scripts."""
    return 97 <= code <= 122 or (0xDF <= code <= 0xFF and code != 0xF7) or 0x430 <= code <= 0x44F


def _space(code: int) -> bool:
    """`chr(code).isspace()` without making the one-character string (compiled: integer tests)."""
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return code == 0x85 or code == 0xA0 or code == 0x1680 or 0x2000 <= code <= 0x200A or (
        code == 0x2028 or code == 0x2029 or code == 0x202F or code == 0x205F or code == 0x3000)


def _capitalised_share(text: str) -> float:
    """Share of the whitespace-separated words of `text` (as `str.split`) that start upper-case (0
    without words). One pass over the characters by code point: compiled, no word strings are made."""
    words = capitals = 0
    gap = True  # at the start or after whitespace: the next other character opens a word
    for k in range(len(text)):
        code = ord(text[k])
        if code == 32 or (9 <= code <= 13 or 28 <= code <= 31 if code < 128 else _space(code)):
            gap = True
        elif gap:
            gap = False
            words += 1
            if 65 <= code <= 90 or (code > 127 and text[k].isupper()):
                capitals += 1
    return capitals / words if words else 0.0


def _digit_share(toks: list[str]) -> float:
    """Share of the tokens made of digits only (0 without tokens)."""
    if not toks:
        return 0.0
    count = 0
    for tok in toks:
        if tok.isdigit():
            count += 1
    return count / len(toks)


def _shape_columns(page: Page, idx: list[int], caps: list[bool]) -> list[Column]:
    """`SHAPE_NAMES` columns of lines `idx` (as `shape_features`), given which are in capitals."""
    strips = [page.lines[i].strip() for i in idx]
    counts = [len(page.tokens[i]) for i in idx]
    lasts = [s[-1:] or " " for s in strips]
    firsts = [s[:1] for s in strips]
    groups = [page.groups[i] for i in idx]
    words = [page.words[i] for i in idx]
    return [
        [math.log1p(n) for n in counts], [n <= 3 for n in counts], [n <= 6 for n in counts],
        [n >= 20 for n in counts], [page.terminal[i] for i in idx],
        [c == ":" for c in lasts], [c == "!" for c in lasts],
        ["!" in s and s.count("!") >= 2 for s in strips], [c == "?" for c in lasts],
        [c in _BULLETS for c in firsts], ["|" in s for s in strips],
        [n >= 1 and c for n, c in zip(counts, caps, strict=True)],
        [_capitalised_share(s) for s in strips],
        [_digit_share(page.tokens[i]) for i in idx],
        ["url" in g for g in groups],
        ["©" in s or "copyright" in w or ("rights" in w and "reserved" in w)
         for s, w in zip(strips, words, strict=True)],
        [c in "[(" and s[-1:] in "])" for c, s in zip(firsts, strips, strict=True)],
        ["symbols" in g for g in groups], [c in _OPEN_QUOTES for c in firsts],
        [_priced(g, s.lower()) for g, s in zip(groups, strips, strict=True)],
    ]


def _voice_columns(page: Page, idx: list[int]) -> list[Column]:
    """`VOICE_NAMES` columns of lines `idx` (as `voice_features`)."""
    words = [page.words[i] for i in idx]
    masks = [page.lexicon[i] for i in idx]
    first = [m & _FIRST_BIT != 0 for m in masks]
    second = [m & _SECOND_BIT != 0 for m in masks]
    imperative = [bool(page.tokens[i]) and page.tokens[i][0] in IMPERATIVE for i in idx]
    # counted only where the line's bits say it has such a word
    cta = [len(CTA.intersection(w)) if m & _CTA_BIT else 0 for m, w in zip(masks, words, strict=True)]
    marketing = [len(MARKETING.intersection(w)) if m & _MARKETING_BIT else 0
                 for m, w in zip(masks, words, strict=True)]
    second_rare, first_rare = page.second_share < 0.25, page.first_share < 0.25
    ask = [(f or s or m) and (c + k > 0 or "$" in w)
           for f, s, m, c, k, w in zip(first, second, imperative, cta, marketing, words, strict=True)]
    off_voice = [(s and second_rare) or (f and first_rare) for f, s in zip(first, second, strict=True)]
    return [
        first, [m & _PLURAL_BIT != 0 for m in masks], second,
        [s and second_rare for s in second], [f and first_rare for f in first],
        imperative, [c >= 1 for c in cta], [c >= 2 for c in cta],
        [k >= 1 for k in marketing], [k >= 2 for k in marketing],
        [m & _REPORTING_BIT != 0 for m in masks],
        ask, [a and "!" in page.lines[i] for a, i in zip(ask, idx, strict=True)],
        [a and o for a, o in zip(ask, off_voice, strict=True)],
        [inner_imperative(page.lines[i]) for i in idx],
    ]


def _neighbour_columns(page: Page, idx: list[int]) -> list[Column]:
    """Position, repetition, title and page overlap and neighbour columns (`context_features` up to
    `related_run`)."""
    n = len(page.lines)
    last = n - 1
    repeats = bool(page.repeated) and not page.structured
    overlaps = [_overlaps(i, page) for i in idx]
    title_key = page.title_key
    toks, terminal = page.tokens, page.terminal
    return [
        [i / last if n > 1 else 0.0 for i in idx], [i == last for i in idx], [i >= n - 3 for i in idx],
        [repeats and page.keys[i] in page.repeated for i in idx],
        [bool(title_key) and page.word_lines[i] == title_key for i in idx],
        [o[0] for o in overlaps], [o[1] for o in overlaps], [o[2] for o in overlaps],
        [i > 0 and len(toks[i - 1]) <= 6 for i in idx], [i < last and len(toks[i + 1]) <= 6 for i in idx],
        [i > 0 and terminal[i - 1] for i in idx], [i < last and terminal[i + 1] for i in idx],
        [i in page.related for i in idx],
    ]


def _in_list(i: int, page: Page) -> bool:
    mark = page.list_marks[i]
    return bool(mark) and any(page.list_marks[j] == mark for j in (i - 2, i - 1, i + 1, i + 2)
                              if 0 <= j < len(page.lines))


def _structure_columns(page: Page, idx: list[int], shared: list[float]) -> list[Column]:
    """`structure_features` columns of lines `idx`, given their `_core_shared`."""
    lines, toks, core, last = page.lines, page.tokens, page.core, len(page.lines) - 1
    has_core = page.core_span[1] >= 0
    offtopic = [s < 0.25 and has_core for s in shared]
    sandwiched = [0 < i < last and core[i - 1] and core[i + 1] for i in idx]
    headline = [_headline(lines[i], toks[i]) for i in idx]
    caption = [_caption_like(lines[i], toks[i]) for i in idx]
    promo = [promo_count(lines[i], toks[i], page.words[i], page.groups[i]) for i in idx]
    imperative_rare = page.imperative_share < 0.15
    return [
        [_in_list(i, page) for i in idx], [page.structured] * len(idx), headline,
        [h and o for h, o in zip(headline, offtopic, strict=True)],
        [h and o and s for h, o, s in zip(headline, offtopic, sandwiched, strict=True)],
        sandwiched,
        [len(toks[i]) <= 14 and lines[i].rstrip().endswith("?") and page.lexicon[i] & _SECOND_BIT != 0
         for i in idx],
        caption, [c and o for c, o in zip(caption, offtopic, strict=True)],
        [bool(toks[i]) and toks[i][0] in IMPERATIVE and imperative_rare for i in idx],
        [p >= 1 for p in promo], [p >= 2 for p in promo],
        [p >= 1 and o for p, o in zip(promo, offtopic, strict=True)],
        [page.run_len[i] >= 4 for i in idx], [page.short_share] * len(idx),
    ]


def _core_columns(page: Page, idx: list[int], shared: list[float]) -> list[Column]:
    """`CORE_NAMES` columns of lines `idx` (as `core_features`)."""
    first, last = page.core_span
    core, end = page.core, len(page.lines) - 1
    return [
        shared, [s > 0 for s in shared], [last >= 0 and i < first for i in idx], [0 <= last < i for i in idx],
        [core[i] for i in idx], [i > 0 and core[i - 1] for i in idx], [i < end and core[i + 1] for i in idx],
    ]


def _furniture_columns(page: Page, idx: list[int], title_overlap: Column, caps: list[bool]) -> list[Column]:
    """`FURNITURE_NAMES` columns of lines `idx` (as `furniture_features`)."""
    start = page.core_span[0]
    top = [i <= 3 and i < start for i in idx]
    long_open = [len(page.tokens[i]) >= 5 and not page.terminal[i] for i in idx]
    return [
        [pull_quote(i, page) for i in idx], [t and o for t, o in zip(top, long_open, strict=True)],
        [o if t else 0.0 for t, o in zip(top, title_overlap, strict=True)],
        [c and o for c, o in zip(caps, long_open, strict=True)], [scene_present(i, page) for i in idx],
        [_position(i, page) for i in idx], [top_name(i, page) for i in idx],
    ]


def _dense_columns(page: Page, idx: list[int]) -> list[Column]:
    """Every signal but the rule one-hots, one list per `FEATURE_NAMES` entry."""
    shared = [_core_shared(i, page) for i in idx]
    neighbours = _neighbour_columns(page, idx)
    caps = [_all_caps(page.lines[i]) for i in idx]  # stripping a line does not change its case
    return [*_shape_columns(page, idx, caps), *_voice_columns(page, idx), *neighbours,
            *_structure_columns(page, idx, shared), *_core_columns(page, idx, shared),
            *_furniture_columns(page, idx, neighbours[_TITLE_OVERLAP], caps)]
