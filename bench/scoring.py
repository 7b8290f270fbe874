"""The AEB article-body metric: 4-token shingle multisets, per-page normalised counts.

Per page the true and predicted texts become multisets of 4-grams of `\\w+` tokens (a text of
1-3 tokens is one short shingle). TP/FP/FN are the multiset overlap and differences, divided
by their sum so each page weighs the same. Corpus precision is the mean over pages with any
prediction, recall the mean over pages with any truth, and F1 the harmonic mean of the two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class PageCounts:
    """Normalised TP/FP/FN of one page (they sum to 1, or are all 0 for two empty texts)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of consecutive 4-token tuples of `text`."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


def page_counts(truth: str, pred: str) -> PageCounts:
    """Compare one predicted body with its gold body."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def corpus_scores(counts: Iterable[PageCounts]) -> dict[str, float]:
    """AEB's corpus figures: mean P over predicted pages, mean R over gold pages, F1 of the two."""
    items = list(counts)
    ps = [c.precision for c in items if c.tp + c.fp > 0]
    rs = [c.recall for c in items if c.tp + c.fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def score(truth: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """Score predictions (id → body) against gold bodies (id → body); missing ids count as empty."""
    return corpus_scores(page_counts(truth[k], pred.get(k, "")) for k in sorted(truth))
