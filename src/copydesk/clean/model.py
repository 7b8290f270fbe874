"""The shipped junk-line model: two small linear models read from JSON, scored in pure Python.

`junk` is a logistic regression over the dense signals of `features.FEATURE_NAMES` plus a
pruned word vocabulary; `reason` is a multinomial one over the same inputs that names the
kind of junk when no shape rule does. Both are trained by bench/train_cleaner.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
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
        vocab = self.vocab
        words = np.fromiter((sum(vocab.get(t, 0.0) for t in ts) for ts in terms), dtype=np.float64,
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


@dataclass(frozen=True, slots=True)
class CleanModel:
    junk: JunkModel
    reason: ReasonModel


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
    return CleanModel(junk=_junk(data["junk"]), reason=_reason(data["reason"]))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> CleanModel:
    """Read the model once per process (per worker)."""
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
