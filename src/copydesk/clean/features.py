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

from copydesk.clean.lexicon import (
    CTA,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    IMPERATIVE,
    MARKETING,
    REPORTING,
    SECOND,
    STOP,
)
from copydesk.clean.rules import RULE_REASONS, related_runs, repeated_lines, rule_reason

_WORD = re.compile(r"\w+")
_URL_HINTS = ("http", "www.", "@", ".com", ".org", ".net", ".co.uk", ".de", ".fr", ".es")
_MONEY_HINTS = ("$", "€", "£", "¥", "euro", "dollar", "pound", "%")
_MONEY = re.compile(r"[$€£¥]\s?\d|\d\s?(?:€|euros?|dollars?|pounds?)\b|\d+\s?%\s?off\b", re.I)
_TERMINAL = frozenset(".!?…")
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
    core_span: tuple[int, int]
    related: set[int]


def tokenize(line: str) -> list[str]:
    return _WORD.findall(line.lower())


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
    for toks, is_core in zip(tokens, core, strict=True):
        if is_core:
            core_stems.update(_stems(toks))
    core_stems.update(_stems(tokenize(title or "")))
    where = [i for i, c in enumerate(core) if c]
    return Page(
        lines=lines,
        tokens=tokens,
        title_tokens=frozenset(t for t in tokenize(title or "") if t not in STOP),
        title_key=" ".join(tokenize(title or "")),
        line_freq=line_freq,
        repeated=repeated_lines(lines, max_repeat_words),
        rules=rules,
        second_share=sum(1 for t in tokens if not SECOND.isdisjoint(t)) / n,
        first_share=sum(1 for t in tokens if not FIRST_SINGULAR.isdisjoint(t)) / n,
        core=core,
        core_stems=core_stems,
        core_span=(where[0], where[-1]) if where else (n, -1),
        related=related_runs(lines, rules),
    )


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
    stems = _stems(page.tokens[i])
    own = 1 if page.core[i] else 0
    shared = sum(1 for s in stems if page.core_stems[s] > own) / len(stems) if stems else 0.0
    first, last = page.core_span
    n = len(page.lines)
    return [
        shared, float(shared > 0), float(last >= 0 and i < first), float(0 <= last < i), float(page.core[i]),
        float(i > 0 and page.core[i - 1]), float(i + 1 < n and page.core[i + 1]),
    ]


def context_features(i: int, page: Page) -> list[float]:
    n = len(page.lines)
    toks = page.tokens[i]
    key = page.lines[i].strip().casefold()
    title_overlap, page_overlap, no_content = _overlaps(toks, page)
    prev_t = page.tokens[i - 1] if i > 0 else None
    next_t = page.tokens[i + 1] if i + 1 < n else None
    return [
        i / (n - 1) if n > 1 else 0.0, float(i == n - 1), float(i >= n - 3), float(key in page.repeated),
        float(bool(page.title_key) and " ".join(toks) == page.title_key),
        title_overlap, page_overlap, no_content,
        float(prev_t is not None and len(prev_t) <= 6), float(next_t is not None and len(next_t) <= 6),
        float(i > 0 and _terminal(page.lines[i - 1])),
        float(i + 1 < n and _terminal(page.lines[i + 1])), float(i in page.related),
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
