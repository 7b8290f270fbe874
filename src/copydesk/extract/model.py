"""The learned block classifier: small gradient-boosted trees over `features.FEATURES`.

Trees are trained offline (`python -m copydesk.extract.train`, scikit-learn) and ship as
`block_model.json` beside this file, padded to complete binary trees of one depth: scoring
a page is then `depth` vectorised steps over all trees and blocks at once, well under a
millisecond.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.extract.features import FEATURES
from copydesk.trees import PackedTrees, decode, encode_arrays

MODEL_PATH = Path(__file__).with_name("block_model.json")


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Boosted trees as complete binary trees of depth `depth`, nodes in level order.

    `feature`/`threshold` have one row per tree and `2**depth - 1` split nodes; `leaf` has
    `2**depth` values per tree (already scaled by the learning rate). A block goes right
    where its feature exceeds the threshold, as in scikit-learn.
    """

    feature: np.ndarray
    threshold: np.ndarray
    leaf: np.ndarray
    depth: int
    prior: float
    cutoff: float = 0.5
    #: flattened copies and per-tree offsets: 1-D `np.take` is the fastest gather numpy has.
    _flat: tuple[np.ndarray, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n_trees = self.feature.shape[0]
        flat = (self.feature.ravel(), self.threshold.ravel(), self.leaf.ravel(),
                np.arange(n_trees) * self.feature.shape[1], np.arange(n_trees) * self.leaf.shape[1])
        object.__setattr__(self, "_flat", flat)

    def probabilities(self, rows: list[list[float]] | np.ndarray) -> np.ndarray:
        """P(block is article text) for each feature row."""
        x = np.asarray(rows, dtype=np.float64)
        if x.size == 0:
            return np.zeros(0)
        feature, threshold, leaf, split_base, leaf_base = self._flat
        values = x.ravel()
        row_base = (np.arange(x.shape[0]) * x.shape[1])[:, None]
        # the first level splits every block at each tree's root: a plain column gather
        at = np.zeros((x.shape[0], self.feature.shape[0]), dtype=np.intp)
        if self.depth:
            at += x[:, self.feature[:, 0]] > self.threshold[:, 0]
        for level in range(1, self.depth):
            node = split_base + ((1 << level) - 1) + at
            right = np.take(values, row_base + np.take(feature, node)) > np.take(threshold, node)
            at = 2 * at + right
        raw = self.prior + np.take(leaf, leaf_base + at).sum(axis=1)
        return 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))

    def keep(self, rows: list[list[float]] | np.ndarray) -> list[bool]:
        return [bool(p >= self.cutoff) for p in self.probabilities(rows)]

    def to_dict(self) -> dict[str, Any]:
        trees = PackedTrees(self.feature, self.threshold, self.leaf, self.depth, self.prior)
        return {"features": list(FEATURES), "depth": self.depth, "prior": self.prior, "cutoff": self.cutoff,
                **encode_arrays(trees, leaf_decimals=6)}


def from_trees(trees: PackedTrees, cutoff: float = 0.5) -> BlockModel:
    return BlockModel(trees.feature, trees.threshold, trees.leaf, trees.depth, trees.prior, cutoff)


def from_dict(data: dict[str, Any]) -> BlockModel:
    """Rebuild a model; its feature list must match this version's `FEATURES`."""
    if data.get("features") != list(FEATURES):
        raise ValueError("block model was trained on a different feature set")
    return from_trees(decode(data, "block model"), float(data.get("cutoff", 0.5)))


@lru_cache(maxsize=1)
def load_model() -> BlockModel | None:
    """The shipped model, or None when it is missing or stale (the rules are used then)."""
    try:
        return from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
