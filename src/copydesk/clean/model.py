"""The shipped junk-line model: two small linear models read from JSON, scored in pure Python.

`junk` is a logistic regression over the dense signals of `features.FEATURE_NAMES` plus a
pruned word vocabulary; `reason` is a multinomial one over the same inputs that names the
kind of junk when no shape rule does. Both are trained by bench/train_cleaner.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.clean.features import FEATURE_NAMES

MODEL_PATH = Path(__file__).with_name("model.json")


@dataclass(frozen=True, slots=True)
class JunkModel:
    """Logit of "this line is junk" = bias + dense·weights + sum of vocabulary weights."""

    weights: np.ndarray
    bias: float
    vocab: dict[str, float]

    def probs(self, x: np.ndarray, terms: list[set[str]]) -> np.ndarray:
        """Junk probability of each row of `x` (one row per line) with its vocabulary terms."""
        get = self.vocab.get
        words = np.fromiter((sum(map(get, ts, repeat(0.0, len(ts)))) for ts in terms), dtype=np.float64,
                            count=len(terms))
        z = x @ self.weights + self.bias + words
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


@dataclass(frozen=True, slots=True)
class ReasonModel:
    """Multinomial linear model over the junk reasons; argmax wins."""

    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    vocab: dict[str, dict[int, float]]

    def predict(self, x: np.ndarray, terms: set[str]) -> str:
        scores = self.weights @ x + self.bias
        for term in terms:
            for k, w in self.vocab.get(term, {}).items():
                scores[k] += w
        return self.classes[int(np.argmax(scores))]


#: Second-pass signals of a line: its own first-pass logit, its neighbours' probabilities and how
#: junk-like the whole page reads (a shopping or how-to page speaks to the reader throughout).
CONTEXT_NAMES = ("logit", "prev", "next", "near_max", "near_min", "page_share", "page_mean", "logit_x_share")


_PRIOR = 0.15
_PRIOR_LINES = 6


def page_probs(n: int, scored: list[int], probs: np.ndarray, ruled: set[int]) -> np.ndarray:
    """First-pass junk probability of every line: rule hits 1, lines the model skips (plain prose,
    lines without words) 0.1."""
    full = np.full(n, 0.1)
    full[list(ruled)] = 1.0
    full[scored] = probs
    return full


def context_rows(full: np.ndarray, scored: list[int], probs: np.ndarray) -> np.ndarray:
    """The `CONTEXT_NAMES` signals of each scored line, from the page's first-pass probabilities."""
    padded = np.zeros(len(full) + 2)  # a 0 before the first and after the last line
    padded[1:-1] = full
    idx = np.asarray(scored)
    out = np.empty((len(idx), len(CONTEXT_NAMES)))
    prev, nxt = padded[idx], padded[idx + 2]
    clipped = np.clip(probs, 1e-4, 1 - 1e-4)
    out[:, 0] = np.log(clipped / (1 - clipped))
    out[:, 1] = prev
    out[:, 2] = nxt
    np.maximum(prev, nxt, out=out[:, 3])
    np.minimum(prev, nxt, out=out[:, 4])
    # page-level shares shrunk towards a prior, so a three-line page is not "mostly junk" from one line
    k = len(probs)
    share = float(((probs >= 0.5).sum() + _PRIOR * _PRIOR_LINES) / (k + _PRIOR_LINES))
    out[:, 5] = share
    out[:, 6] = float((probs.sum() + _PRIOR * _PRIOR_LINES) / (k + _PRIOR_LINES))
    out[:, 7] = out[:, 0] * share
    return out


@dataclass(frozen=True, slots=True)
class ContextModel:
    """Second pass: logistic regression over `CONTEXT_NAMES`."""

    weights: np.ndarray
    bias: float

    def probs(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


@dataclass(frozen=True, slots=True)
class CleanModel:
    junk: JunkModel
    reason: ReasonModel
    context: ContextModel | None = None


def _junk(data: dict[str, Any]) -> JunkModel:
    return JunkModel(np.asarray(data["weights"], dtype=np.float64), float(data["bias"]), dict(data["vocab"]))


def _reason(data: dict[str, Any]) -> ReasonModel:
    vocab = {t: {int(k): float(w) for k, w in ws.items()} for t, ws in data["vocab"].items()}
    return ReasonModel(tuple(data["classes"]), np.asarray(data["weights"], dtype=np.float64),
                       np.asarray(data["bias"], dtype=np.float64), vocab)


def model_from_dict(data: dict[str, Any]) -> CleanModel:
    """Build the models; refuse weights trained for a different signal vector."""
    if tuple(data.get("features", ())) != FEATURE_NAMES:
        raise ValueError("clean model was trained on other features; retrain with bench/train_cleaner.py")
    ctx = data.get("context")
    context = (ContextModel(np.asarray(ctx["weights"], dtype=np.float64), float(ctx["bias"]))
               if ctx and tuple(ctx.get("features", ())) == CONTEXT_NAMES else None)
    return CleanModel(junk=_junk(data["junk"]), reason=_reason(data["reason"]), context=context)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> CleanModel:
    """Read the model once per process (per worker)."""
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
