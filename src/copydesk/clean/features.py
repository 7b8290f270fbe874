"""Measured signals per line, for the trained junk-line model.

Each line becomes a fixed-order vector of dense signals (shape, voice, topic, position,
repetition, shape-rule hits) plus a set of word tokens for the model's small vocabulary.
The same code builds training rows (bench/train_cleaner.py) and serves inference, so the
two cannot drift apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from copydesk.clean.lexicon import (
    CLICKBAIT_PATTERNS,
    CTA,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    IMPERATIVE,
    MARKETING,
    PROMO_PATTERNS,
    PROMO_TRIGGERS,
    REPORTING,
    SECOND,
    STOP,
)
from copydesk.clean.rules import RULE_REASONS, related_runs, repeated_lines, rule_reason

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: Words; Chinese and Japanese characters count one each, so an unspaced sentence is long, not one word.
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_LIST_MARK = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|[a-z][.)]|[-•*·–—▪◦])\s+\S")
_PROMO = re.compile("|".join(PROMO_PATTERNS), re.I)
_CLICKBAIT = re.compile("|".join(CLICKBAIT_PATTERNS), re.I)
_QUOTED = frozenset("“”\"«»„")
_PAST = frozenset("was were had did said told has have will would could been is are expected again next "
                  "should "
                  "must may might can not".split())
_URL_HINTS = ("http", "www.", "@", ".com", ".org", ".net", ".co.uk", ".de", ".fr", ".es")
_MONEY_HINTS = ("$", "€", "£", "¥", "euro", "dollar", "pound", "%")
#: A price: a currency sign before a figure that is not a news-sized sum ("£71.6million", "$2bn"
#: are reported amounts, not offers), a figure before a currency word, or "% off".
_MONEY = re.compile(r"[$€£¥]\s?\d++(?:[.,]\d++)*+(?!\s?(?:m|bn|mn|k|million|billion|trillion)\b)"
                    r"|\d\s?(?:€|euros?|dollars?|pounds?)\b|\d+\s?%\s?off\b", re.I)
_TERMINAL = frozenset(".!?…。！？")
_CLOSERS = frozenset("\"'”’»)]")
_BULLETS = frozenset("-•*·▶►→»▸◆■●–—")
_OPEN_QUOTES = frozenset("“\"‘«„'")
_SYMBOLS = re.compile(r"[➜➤►▶→☀✓✔★☆❤♥👉🔥💥🇺🇸📧📱]|[\U0001F300-\U0001FAFF]")

SHAPE_NAMES = (
    "log_words", "words_le3", "words_le6", "words_ge20", "terminal", "ends_colon", "ends_excl",
    "multi_excl", "ends_question", "bullet", "pipe", "all_caps", "title_case", "digits",
    "urlish", "copyright", "bracketed", "symbols", "opens_quote", "money",
)
VOICE_NAMES = (
    "first_sing", "first_plural", "second", "second_rare_on_page", "first_rare_on_page",
    "imperative_start", "cta", "cta_many", "marketing", "marketing_many", "reporting", "ask", "ask_loud",
    "ask_off_voice",
)
CONTEXT_NAMES = (
    "pos", "is_last", "in_last3", "repeated", "is_title", "title_overlap", "page_overlap", "no_content",
    "prev_short", "next_short", "prev_terminal", "next_terminal", "related_run",
    "in_list", "structured_repeat", "headline", "headline_offtopic", "headline_sandwiched", "sandwiched",
    "poll", "caption_like", "caption_offtopic", "imperative_rare", "promo", "promo_many", "promo_offtopic",
    "in_long_run", "short_page",
)
CORE_NAMES = ("core_overlap", "core_any", "before_core", "after_core", "is_core", "prev_core", "next_core")
FEATURE_NAMES: tuple[str, ...] = (
    SHAPE_NAMES + VOICE_NAMES + CONTEXT_NAMES + CORE_NAMES + tuple(f"rule_{r}" for r in RULE_REASONS)
)


@dataclass(slots=True)
class Page:
    """What the signals of one line need to know about the rest of its page."""

    lines: list[str]
    tokens: list[list[str]]
    title_tokens: frozenset[str]
    title_key: str
    line_freq: Counter[str]
    repeated: set[str]
    rules: list[str | None]
    second_share: float
    first_share: float
    core: list[bool]
    core_stems: Counter[str]
    stems: list[set[str]]
    core_span: tuple[int, int]
    related: set[int]
    list_marks: list[str]
    run_len: list[int]
    short_share: float
    structured: bool
    imperative_share: float


_WORD_PLAIN = re.compile(r"\w+")


def tokenize(line: str) -> list[str]:
    low = line.lower()
    if not low or max(low) < "\u3040":  # no CJK character: the plain (faster) pattern gives the same words
        return _WORD_PLAIN.findall(low)
    return _WORD.findall(low)


def _stems(toks: list[str]) -> set[str]:
    """Content words cut to 5 characters: a cheap stem ("families" ~ "family")."""
    return {t[:5] for t in toks if len(t) > 3 and t not in STOP}


def _is_core(line: str, toks: list[str], rule: str | None) -> bool:
    """Confident article prose: a long declarative sentence that addresses nobody."""
    return (len(toks) >= 12 and rule is None and _terminal(line) and SECOND.isdisjoint(toks)
            and CTA.isdisjoint(toks))


def build_page(lines: list[str], title: str | None, max_repeat_words: int) -> Page:
    """Tokenise once and gather page-wide counts."""
    tokens = [tokenize(line) for line in lines]
    line_freq: Counter[str] = Counter()
    for toks in tokens:
        line_freq.update({t for t in toks if len(t) > 3 and t not in STOP})
    n = max(len(lines), 1)
    rules = [rule_reason(line) for line in lines]
    core = [_is_core(line, toks, rule) for line, toks, rule in zip(lines, tokens, rules, strict=True)]
    core_stems: Counter[str] = Counter()
    stems = [_stems(toks) for toks in tokens]
    for own, is_core in zip(stems, core, strict=True):
        if is_core:
            core_stems.update(own)
    core_stems.update(_stems(tokenize(title or "")))
    where = [i for i, c in enumerate(core) if c]
    repeated = repeated_lines(lines, max_repeat_words)
    return Page(
        lines=lines,
        tokens=tokens,
        title_tokens=frozenset(t for t in tokenize(title or "") if t not in STOP),
        title_key=" ".join(tokenize(title or "")),
        line_freq=line_freq,
        repeated=repeated,
        rules=rules,
        second_share=sum(1 for t in tokens if not SECOND.isdisjoint(t)) / n,
        first_share=sum(1 for t in tokens if not FIRST_SINGULAR.isdisjoint(t)) / n,
        core=core,
        core_stems=core_stems,
        stems=stems,
        core_span=(where[0], where[-1]) if where else (n, -1),
        related=related_runs(lines, rules),
        list_marks=[_marker(line) for line in lines],
        run_len=_short_runs(lines, tokens),
        short_share=sum(1 for t in tokens if len(t) < 12) / n,
        structured=_structured(lines, repeated),
        imperative_share=sum(1 for t in tokens if t and t[0] in IMPERATIVE) / n,
    )


def _marker(line: str) -> str:
    """The kind of item marker a line opens with: list bullet or number, table row, bracketed label."""
    text = line.strip()
    if text.startswith("|") or text.count("|") >= 3:
        return "table"
    if _LIST_MARK.match(text):
        return "list"
    if text[:1].isdigit():
        return "number"
    if text[:1] in "[(" and text[-1:] in "])":
        return "bracket"
    return ""


def _short_runs(lines: list[str], tokens: list[list[str]]) -> list[int]:
    """Per line, the length of the run of consecutive short unpunctuated lines it belongs to (0 when
    it is not one): four or more in a row are a list or a fact box, not injected teasers."""
    short = [0 < len(t) <= 16 and not _terminal(line) for line, t in zip(lines, tokens, strict=True)]
    out = [0] * len(lines)
    i = 0
    while i < len(lines):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and short[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _structured(lines: list[str], repeated: set[str]) -> bool:
    """Repetition as page structure (a recipe, a schedule) rather than injected teasers: many
    different short lines recur, or one recurs more than three times."""
    if len(repeated) > 4:
        return True
    counts = Counter(key for line in lines if (key := line.strip().casefold()) in repeated)
    return any(c > 3 for c in counts.values())


def _terminal(line: str) -> bool:
    end = line.rstrip()
    while end and end[-1] in _CLOSERS:
        end = end[:-1]
    return bool(end) and end[-1] in _TERMINAL


def shape_features(line: str, toks: list[str]) -> list[float]:
    stripped = line.strip()
    low = stripped.lower()
    n = len(toks)
    words = stripped.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    numeric = sum(1 for t in toks if t.isdigit())
    last = stripped[-1:] or " "
    return [
        math.log1p(n), float(n <= 3), float(n <= 6), float(n >= 20), float(_terminal(stripped)),
        float(last == ":"), float(last == "!"), float(stripped.count("!") >= 2), float(last == "?"),
        float(stripped[:1] in _BULLETS), float("|" in stripped),
        float(n >= 1 and stripped.upper() == stripped and low != stripped),
        capitalised / len(words) if words else 0.0,
        numeric / n if n else 0.0,
        float(any(h in low for h in _URL_HINTS)),
        float("©" in stripped or "copyright" in toks or ("rights" in toks and "reserved" in toks)),
        float(stripped[:1] in "[(" and stripped[-1:] in "])"),
        float(not stripped.isascii() and bool(_SYMBOLS.search(stripped))),
        float(stripped[:1] in _OPEN_QUOTES),
        float(any(h in low for h in _MONEY_HINTS) and bool(_MONEY.search(low))),
    ]


def voice_features(toks: list[str], page: Page, loud: bool = False) -> list[float]:
    words = set(toks)
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
        ask, ask * float(loud), ask * off_voice,
    ]


def _overlaps(toks: list[str], page: Page) -> tuple[float, float, float]:
    content = [t for t in toks if len(t) > 3 and t not in STOP]
    if not content:
        return 0.0, 0.0, 1.0
    own = Counter(content)
    in_title = sum(1 for t in content if t in page.title_tokens) / len(content)
    elsewhere = sum(1 for t in content if page.line_freq[t] > (1 if own[t] else 0)) / len(content)
    return in_title, elsewhere, 0.0


def core_features(i: int, page: Page) -> list[float]:
    """Topic and place relative to the page's confident article prose (its "core")."""
    shared = _core_shared(i, page)
    first, last = page.core_span
    n = len(page.lines)
    return [
        shared, float(shared > 0), float(last >= 0 and i < first), float(0 <= last < i), float(page.core[i]),
        float(i > 0 and page.core[i - 1]), float(i + 1 < n and page.core[i + 1]),
    ]


def _core_shared(i: int, page: Page) -> float:
    stems = page.stems[i]
    own = 1 if page.core[i] else 0
    return sum(1 for s in stems if page.core_stems[s] > own) / len(stems) if stems else 0.0


def _headline(line: str, toks: list[str]) -> bool:
    """Headline-shaped: 4-16 words, no closing full stop (a teaser for another story, or a subheading)."""
    text = line.strip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1]
    return 4 <= len(toks) <= 16 and text[-1:] not in ".:;," and _LIST_MARK.match(line) is None


def _caption_like(line: str, toks: list[str]) -> bool:
    """A short full sentence without a reporting or past-tense verb: how photo captions read
    ("MPs leave the chamber after the vote.")."""
    return (3 <= len(toks) <= 18 and line.rstrip().endswith(".") and REPORTING.isdisjoint(toks)
            and _PAST.isdisjoint(toks) and not any(t.endswith("ed") for t in toks[1:])
            and line.lstrip()[:1] not in _OPEN_QUOTES)


def _promo_hinted(line: str, words: set[str]) -> bool:
    return not PROMO_TRIGGERS.isdisjoint(words) or any(c in line for c in "$€£%!")


def plain_prose(i: int, page: Page) -> bool:
    """Long declarative third-person prose with no selling or asking word: article text whatever
    the model would say, so the model is not run on it (most lines of most pages)."""
    if not page.core[i]:
        return False
    toks = page.tokens[i]
    words = set(toks)
    return (FIRST_SINGULAR.isdisjoint(words) and MARKETING.isdisjoint(words)
            and IMPERATIVE.isdisjoint(toks[:1])
            and not _promo_hinted(page.lines[i], words) and page.lines[i].strip()[:1] not in _OPEN_QUOTES)


def promo_count(line: str, toks: list[str]) -> int:
    """Hits of advertorial phrase families in a line (0 for long lines)."""
    return _promo_hits(line) if _promo_hinted(line, set(toks)) and len(toks) <= 60 else 0


@lru_cache(maxsize=1024)
def _promo_hits(line: str) -> int:
    """The phrase search itself, cached: each scored line asks twice (rule and model signal)."""
    return len(_PROMO.findall(line))


def promo_ad(i: int, page: Page) -> bool:
    """Advert copy by phrase: two selling phrases, or one said to "you" / by "I" outside reported
    speech; never a line carrying quotation marks (an article quoting an advert)."""
    line, toks = page.lines[i], page.tokens[i]
    if _QUOTED.intersection(line) or len(toks) > 40:
        return False
    hits = promo_count(line, toks)
    if hits >= 2:
        return True
    voiced = ((not SECOND.isdisjoint(toks) and page.second_share < 0.25)
              or (not FIRST_SINGULAR.isdisjoint(toks) and page.first_share < 0.25))
    return hits == 1 and voiced and REPORTING.isdisjoint(toks)


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
    return has_core and _core_shared(i, page) < 0.25 and _CLICKBAIT.search(line) is not None


def credited_caption(i: int, page: Page) -> bool:
    """A caption-shaped sentence right beside a photo credit or caption label: the photo's caption."""
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(page.lines)]
    return (any(page.rules[j] in ("credit", "caption") for j in near)
            and _caption_like(page.lines[i], page.tokens[i]))


def model_lines(page: Page) -> list[int]:
    """Lines the junk model scores: with words, no shape-rule or related-list verdict, not plain prose."""
    return [i for i, toks in enumerate(page.tokens)
            if toks and page.rules[i] is None and i not in page.related and not plain_prose(i, page)]


def structure_features(i: int, page: Page, core_shared: float) -> list[float]:
    """Lists, page-level repetition, headline and caption shapes and their place between prose."""
    n = len(page.lines)
    line, toks = page.lines[i], page.tokens[i]
    near = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n]
    mark = page.list_marks[i]
    in_list = bool(mark) and any(page.list_marks[j] == mark for j in near)
    sandwiched = float(0 < i < n - 1 and page.core[i - 1] and page.core[i + 1])
    headline = float(_headline(line, toks))
    offtopic = float(core_shared < 0.25 and page.core_span[1] >= 0)  # unknown without core prose
    caption = float(_caption_like(line, toks))
    words = set(toks)
    poll = float(line.rstrip().endswith("?") and len(toks) <= 14 and not SECOND.isdisjoint(words))
    imperative = bool(toks) and toks[0] in IMPERATIVE
    promo = promo_count(line, toks)
    return [
        float(in_list), float(page.structured), headline, headline * offtopic,
        headline * offtopic * sandwiched,
        sandwiched, poll, caption, caption * offtopic, float(imperative and page.imperative_share < 0.15),
        float(promo >= 1), float(promo >= 2), float(promo >= 1) * offtopic,
        float(page.run_len[i] >= 4), page.short_share,
    ]


def context_features(i: int, page: Page) -> list[float]:
    n = len(page.lines)
    toks = page.tokens[i]
    key = page.lines[i].strip().casefold()
    title_overlap, page_overlap, no_content = _overlaps(toks, page)
    prev_t = page.tokens[i - 1] if i > 0 else None
    next_t = page.tokens[i + 1] if i + 1 < n else None
    return [
        i / (n - 1) if n > 1 else 0.0, float(i == n - 1), float(i >= n - 3),
        float(key in page.repeated and not page.structured),
        float(bool(page.title_key) and " ".join(toks) == page.title_key),
        title_overlap, page_overlap, no_content,
        float(prev_t is not None and len(prev_t) <= 6), float(next_t is not None and len(next_t) <= 6),
        float(i > 0 and _terminal(page.lines[i - 1])),
        float(i + 1 < n and _terminal(page.lines[i + 1])), float(i in page.related),
        *structure_features(i, page, _core_shared(i, page)),
    ]


def rule_features(reason: str | None) -> list[float]:
    return [float(reason == r) for r in RULE_REASONS]


def line_features(i: int, page: Page) -> list[float]:
    """The dense signal vector of line `i`, in `FEATURE_NAMES` order."""
    toks = page.tokens[i]
    return (
        shape_features(page.lines[i], toks) + voice_features(toks, page, "!" in page.lines[i])
        + context_features(i, page) + core_features(i, page) + rule_features(page.rules[i])
    )


def line_terms(toks: list[str]) -> set[str]:
    """Vocabulary terms of a line: its content words plus a marker for the first word."""
    terms = {t for t in toks if t not in STOP and not t.isdigit()}
    if toks:
        terms.add("^" + toks[0])
    return terms
