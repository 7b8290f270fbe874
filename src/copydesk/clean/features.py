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

from copydesk.clean.lexicon import CTA, FIRST_PLURAL, FIRST_SINGULAR, IMPERATIVE, MARKETING, REPORTING, SECOND, STOP
from copydesk.clean.rules import RULE_REASONS, repeated_lines, rule_reason

_WORD = re.compile(r"\w+")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk|de|fr|es)\b|@\w|\w@\w", re.I)
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
    "imperative_start", "cta", "cta_many", "marketing", "marketing_many", "reporting",
)
CONTEXT_NAMES = (
    "pos", "is_first", "is_last", "in_first2", "in_last3", "log_lines", "repeated", "is_title",
    "title_overlap", "page_overlap", "no_content", "prev_short", "next_short", "prev_rule",
    "next_rule", "prev_terminal", "next_terminal",
)
FEATURE_NAMES: tuple[str, ...] = (
    SHAPE_NAMES + VOICE_NAMES + CONTEXT_NAMES + tuple(f"rule_{r}" for r in RULE_REASONS)
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


def tokenize(line: str) -> list[str]:
    return _WORD.findall(line.lower())


def build_page(lines: list[str], title: str | None, max_repeat_words: int) -> Page:
    """Tokenise once and gather page-wide counts."""
    tokens = [tokenize(line) for line in lines]
    line_freq: Counter[str] = Counter()
    for toks in tokens:
        line_freq.update({t for t in toks if len(t) > 3 and t not in STOP})
    n = max(len(lines), 1)
    return Page(
        lines=lines,
        tokens=tokens,
        title_tokens=frozenset(t for t in tokenize(title or "") if t not in STOP),
        title_key=" ".join(tokenize(title or "")),
        line_freq=line_freq,
        repeated=repeated_lines(lines, max_repeat_words),
        rules=[rule_reason(line) for line in lines],
        second_share=sum(1 for t in tokens if not SECOND.isdisjoint(t)) / n,
        first_share=sum(1 for t in tokens if not FIRST_SINGULAR.isdisjoint(t)) / n,
    )


def _terminal(line: str) -> bool:
    end = line.rstrip()
    while end and end[-1] in _CLOSERS:
        end = end[:-1]
    return bool(end) and end[-1] in _TERMINAL


def shape_features(line: str, toks: list[str]) -> list[float]:
    stripped = line.strip()
    n = len(toks)
    words = stripped.split()
    letters = [c for c in stripped if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    capitalised = sum(1 for w in words if w[:1].isupper())
    digits = sum(1 for c in stripped if c.isdigit())
    last = stripped[-1:] or " "
    return [
        math.log1p(n), float(n <= 3), float(n <= 6), float(n >= 20), float(_terminal(stripped)),
        float(last == ":"), float(last == "!"), float(stripped.count("!") >= 2), float(last == "?"),
        float(stripped[:1] in _BULLETS), float("|" in stripped),
        float(len(letters) >= 4 and upper > 0.8 * len(letters)),
        capitalised / len(words) if words else 0.0,
        digits / len(stripped) if stripped else 0.0,
        float(bool(_URLISH.search(stripped))),
        float("©" in stripped or "copyright" in toks or "rights" in toks and "reserved" in toks),
        float(stripped[:1] in "[(" and stripped[-1:] in "])"),
        float(bool(_SYMBOLS.search(stripped))),
        float(stripped[:1] in _OPEN_QUOTES),
        float(bool(_MONEY.search(stripped))),
    ]


def voice_features(toks: list[str], page: Page) -> list[float]:
    words = set(toks)
    second = float(not SECOND.isdisjoint(words))
    first = float(not FIRST_SINGULAR.isdisjoint(words))
    cta = len(CTA.intersection(words))
    marketing = len(MARKETING.intersection(words))
    return [
        first, float(not FIRST_PLURAL.isdisjoint(words)), second,
        second * float(page.second_share < 0.25), first * float(page.first_share < 0.25),
        float(bool(toks) and toks[0] in IMPERATIVE), float(cta >= 1), float(cta >= 2),
        float(marketing >= 1), float(marketing >= 2), float(not REPORTING.isdisjoint(words)),
    ]


def _overlaps(toks: list[str], page: Page) -> tuple[float, float, float]:
    content = [t for t in toks if len(t) > 3 and t not in STOP]
    if not content:
        return 0.0, 0.0, 1.0
    own = Counter(content)
    in_title = sum(1 for t in content if t in page.title_tokens) / len(content)
    elsewhere = sum(1 for t in content if page.line_freq[t] > (1 if own[t] else 0)) / len(content)
    return in_title, elsewhere, 0.0


def context_features(i: int, page: Page) -> list[float]:
    n = len(page.lines)
    toks = page.tokens[i]
    key = page.lines[i].strip().casefold()
    title_overlap, page_overlap, no_content = _overlaps(toks, page)
    prev_t = page.tokens[i - 1] if i > 0 else None
    next_t = page.tokens[i + 1] if i + 1 < n else None
    return [
        i / (n - 1) if n > 1 else 0.0, float(i == 0), float(i == n - 1), float(i < 2),
        float(i >= n - 3), math.log1p(n), float(key in page.repeated),
        float(bool(page.title_key) and " ".join(toks) == page.title_key),
        title_overlap, page_overlap, no_content,
        float(prev_t is not None and len(prev_t) <= 6), float(next_t is not None and len(next_t) <= 6),
        float(i > 0 and page.rules[i - 1] is not None),
        float(i + 1 < n and page.rules[i + 1] is not None),
        float(i > 0 and _terminal(page.lines[i - 1])),
        float(i + 1 < n and _terminal(page.lines[i + 1])),
    ]


def rule_features(reason: str | None) -> list[float]:
    return [float(reason == r) for r in RULE_REASONS]


def line_features(i: int, page: Page) -> list[float]:
    """The dense signal vector of line `i`, in `FEATURE_NAMES` order."""
    toks = page.tokens[i]
    return (
        shape_features(page.lines[i], toks) + voice_features(toks, page)
        + context_features(i, page) + rule_features(page.rules[i])
    )


def line_terms(toks: list[str]) -> set[str]:
    """Vocabulary terms of a line: its words plus a marker for the first word."""
    terms = set(toks)
    if toks:
        terms.add("^" + toks[0])
    return terms
