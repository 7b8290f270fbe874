"""Sentence classifier for PLOVER roots: logistic regression over words, character n-grams and
parse/lexicon features, run in numpy from weights shipped in `events_model.npz`.

`bench/train_events.py` fits the weights (scikit-learn) from the same `features()` used here, so
training and inference cannot drift apart. Class "NONE" is a sentence that reports no event.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from copydesk.enrich.events_lexicon import REPORTING, base
from copydesk.enrich.events_rules import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WEIGHTS = Path(__file__).with_name("events_model.npz")
NONE = "NONE"
_WORD = re.compile(r"\w\w+")
#: Relative weight of each feature group after per-group L2 normalisation. 5-fold CV root
#: accuracy with C=50: parse/lexicon group "p" at 1.0 → 0.779, 1.5 → 0.773.
GROUP_WEIGHTS = {"w": 1.0, "c": 1.0, "p": 1.0}
CHAR_SIZES = (3, 4, 5)


def _normalised(group: Iterable[str], weight: float, out: dict[str, float]) -> None:
    keys = set(group)
    if not keys:
        return
    value = weight / math.sqrt(len(keys))
    for key in keys:
        out[key] = value


def text_features(text: str) -> tuple[list[str], list[str]]:
    """Word 1-2 grams and within-word character 3-5 grams of lowercased text."""
    words = _WORD.findall(text.lower())
    grams = [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in pairwise(words)]
    chars: list[str] = []
    for word in set(words):
        chars.extend(_char_grams(word))
    return grams, chars


@lru_cache(maxsize=1 << 16)
def _char_grams(word: str) -> tuple[str, ...]:
    """Character n-gram features of one word, cached: news vocabulary repeats heavily."""
    padded = f" {word} "
    return tuple(f"c:{padded[i:i + n]}" for n in CHAR_SIZES for i in range(len(padded) - n + 1))


def _predicate(sent: Span) -> Token:
    """Main predicate, looking through a reporting root ('said ... would attack' → attack)."""
    root = sent.root
    if base(root.lower_) in REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return child
    return root


def _trigger_features(triggers: list[Trigger]) -> list[str]:
    out = []
    for rank, trigger in enumerate(triggers[:4]):
        tag = "0" if rank == 0 else "n"
        word = base(trigger.token.lower_)
        out += [f"p:t{tag}={trigger.root}", f"p:tw{tag}={word}", f"p:tc{tag}={trigger.cue.cameo[:2]}"]
        if trigger.noun is not None and not trigger.nominal:
            out.append(f"p:tp{tag}={word}_{base(trigger.noun.lower_)}")
        if trigger.negated:
            out.append(f"p:neg{tag}={trigger.cue.root}")
    if not triggers:
        out.append("p:notrigger")
    return out


def _predicate_features(sent: Span) -> list[str]:
    pred = _predicate(sent)
    word = base(pred.lower_)
    out = [f"p:pred={word}"]
    for child in pred.children:
        if child.dep_ in ("dobj", "prt", "prep", "xcomp", "attr"):
            out.append(f"p:pred_{child.dep_}={word}_{base(child.lower_)}")
        if child.dep_ in ("aux", "neg") and child.lower_ in ("will", "would", "must", "should", "not", "n't"):
            out.append(f"p:aux={child.lower_}")
        if child.dep_ in ("nsubj", "nsubjpass"):
            out.append(f"p:subj={child.ent_type_ or child.pos_}")
    return out


def features(sent: Span, triggers: list[Trigger]) -> dict[str, float]:
    """Sparse feature vector of one parsed sentence."""
    words, chars = text_features(sent.text)
    out: dict[str, float] = {}
    _normalised(words, GROUP_WEIGHTS["w"], out)
    _normalised(chars, GROUP_WEIGHTS["c"], out)
    _normalised(_trigger_features(triggers) + _predicate_features(sent), GROUP_WEIGHTS["p"], out)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """Multinomial logistic regression: feature index, weight matrix, biases, class names."""

    index: dict[str, int]
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """Class probabilities of one feature vector."""
        get = self.index.get
        idx = np.fromiter((get(k, -1) for k in feats), dtype=np.int64, count=len(feats))
        val = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
        known = idx >= 0
        logits = self.intercept.astype(np.float64)
        if known.any():
            logits = logits + val[known] @ self.coef[idx[known]].astype(np.float64)
        logits -= logits.max()
        probs = np.exp(logits)
        probs /= probs.sum()
        return dict(zip(self.classes, probs.tolist(), strict=True))

    def save(self, path: Path) -> None:
        names = np.array(sorted(self.index, key=self.index.__getitem__))
        np.savez_compressed(path, features=names, coef=self.coef.astype(np.float16),
                            intercept=self.intercept.astype(np.float32), classes=np.array(self.classes))


@lru_cache(maxsize=2)
def load(path: Path = WEIGHTS) -> Model | None:
    """The shipped model, or None when the weights file is missing (rules alone then)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        names = [str(n) for n in data["features"]]
        return Model(index={n: i for i, n in enumerate(names)}, coef=data["coef"].astype(np.float32),
                     intercept=data["intercept"].astype(np.float32),
                     classes=tuple(str(c) for c in data["classes"]))
