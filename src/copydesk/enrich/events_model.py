"""Sentence classifier for PLOVER roots: logistic regression blended with a linear SVM over words,
character n-grams and parse/lexicon features, run in numpy from weights in `events_model.npz`.

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

from copydesk.enrich.events_lexicon import base
from copydesk.enrich.events_rules import Trigger, predicate

if TYPE_CHECKING:
    from spacy.tokens import Span

WEIGHTS = Path(__file__).with_name("events_model.npz")
NONE = "NONE"
_WORD = re.compile(r"\w\w+")
#: Relative weight of each feature group after per-group L2 normalisation. 5-fold CV root
#: accuracy with C=50: parse/lexicon group "p" at 1.0 → 0.779, 1.5 → 0.773.
GROUP_WEIGHTS = {"w": 1.0, "c": 1.0, "p": 1.0}
CHAR_SIZES = (3, 4, 5)
#: Auxiliaries that mark an intended or conditional event ('would attack', 'to withdraw').
MODALS = frozenset({"will", "would", "could", "may", "might", "must", "should", "to"})


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


def _context_features(triggers: list[Trigger]) -> list[str]:
    """Where the main cues sit: the word governing them with the cue's root ('refused>AGREE',
    'threatened>ASSAULT'), their dependency label, and a modal or 'to' on the first ('would
    attack'). Each added 0.6-0.8 points of 5-fold CV accuracy over the other features."""
    out = []
    for trigger in triggers[:2]:
        token = trigger.token
        if token.head.i != token.i:
            out += [f"p:tgov={base(token.head.lower_)}>{trigger.root}", f"p:tdep={token.dep_}"]
    for trigger in triggers[:1]:
        out += [f"p:tmod={c.lower_}>{trigger.root}" for c in trigger.token.children
                if c.dep_ == "aux" and c.lower_ in MODALS]
    return out


def _predicate_features(sent: Span) -> list[str]:
    pred = predicate(sent)
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
    parse = _trigger_features(triggers) + _context_features(triggers) + _predicate_features(sent)
    _normalised(parse, GROUP_WEIGHTS["p"], out)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """Multinomial logistic regression, optionally blended with a one-vs-rest linear SVM
    (trained on naive-Bayes-weighted features, the weights folded into its columns).

    `coef` holds one column per class for the regression and, when `blend` < 1, one more per
    class for the SVM; probabilities are blend * softmax(regression) + (1 - blend) *
    softmax(scale * SVM margins). The SVM alone ranks roots best, the regression gives the
    calibrated "no event" probability; the blend beat both in 5-fold CV (bench/README.md).
    """

    index: dict[str, int]
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]
    blend: float = 1.0
    scale: float = 1.0

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """Class probabilities of one feature vector."""
        get = self.index.get
        idx = np.fromiter((get(k, -1) for k in feats), dtype=np.int64, count=len(feats))
        val = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
        known = idx >= 0
        scores = self.intercept.astype(np.float64)
        if known.any():
            scores = scores + val[known] @ self.coef[idx[known]].astype(np.float64)
        n = len(self.classes)
        probs = _softmax(scores[:n])
        if self.blend < 1.0:
            probs = self.blend * probs + (1.0 - self.blend) * _softmax(self.scale * scores[n:])
        return dict(zip(self.classes, probs.tolist(), strict=True))

    def save(self, path: Path) -> None:
        names = np.array(sorted(self.index, key=self.index.__getitem__))
        np.savez_compressed(path, features=names, coef=self.coef.astype(np.float16),
                            intercept=self.intercept.astype(np.float32), classes=np.array(self.classes),
                            mix=np.array([self.blend, self.scale], dtype=np.float32))


def _softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max())
    return np.asarray(exp / exp.sum())


@lru_cache(maxsize=2)
def load(path: Path = WEIGHTS) -> Model | None:
    """The shipped model, or None when the weights file is missing (rules alone then)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        names = [str(n) for n in data["features"]]
        mix = data["mix"].tolist() if "mix" in data.files else [1.0, 1.0]
        return Model(index={n: i for i, n in enumerate(names)}, coef=data["coef"].astype(np.float32),
                     intercept=data["intercept"].astype(np.float32),
                     classes=tuple(str(c) for c in data["classes"]), blend=float(mix[0]), scale=float(mix[1]))
