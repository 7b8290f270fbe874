"""The learned block classifier: small gradient-boosted trees over `features.FEATURES`.

Trees are trained offline (`python -m copydesk.extract.train`, scikit-learn) and ship as
`block_model.json` beside this file; inference walks all trees for all blocks of a page at
once with numpy, so it costs well under a millisecond per page.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.extract.features import FEATURES

MODEL_PATH = Path(__file__).with_name("block_model.json")


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Boosted trees as padded node arrays: one row per tree, one column per node.

    Leaves point to themselves with an infinite threshold, so walking `depth` steps from the
    root lands every block on its leaf in every tree.
    """

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int
    prior: float
    cutoff: float = 0.5

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        """P(block is article text) for each feature row."""
        if not rows:
            return np.zeros(0)
        x = np.asarray(rows, dtype=np.float64)
        trees = np.arange(self.feature.shape[0])[:, None]
        node = np.zeros((self.feature.shape[0], x.shape[0]), dtype=np.intp)
        blocks = np.arange(x.shape[0])[None, :]
        for _ in range(self.depth):
            go_left = x[blocks, self.feature[trees, node]] <= self.threshold[trees, node]
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        raw = self.prior + self.value[trees, node].sum(axis=0)
        return 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))

    def keep(self, rows: list[list[float]]) -> list[bool]:
        return [bool(p >= self.cutoff) for p in self.probabilities(rows)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES), "depth": self.depth, "prior": self.prior, "cutoff": self.cutoff,
            "feature": self.feature.tolist(), "threshold": np.where(
                np.isinf(self.threshold), 1e300, self.threshold).tolist(),
            "left": self.left.tolist(), "right": self.right.tolist(),
            "value": np.round(self.value, 6).tolist(),
        }


def from_dict(data: dict[str, Any]) -> BlockModel:
    """Rebuild a model; its feature list must match this version's `FEATURES`."""
    if data.get("features") != list(FEATURES):
        raise ValueError("block model was trained on a different feature set")
    threshold = np.asarray(data["threshold"], dtype=np.float64)
    return BlockModel(
        feature=np.asarray(data["feature"], dtype=np.intp),
        threshold=np.where(threshold >= 1e300, math.inf, threshold),
        left=np.asarray(data["left"], dtype=np.intp),
        right=np.asarray(data["right"], dtype=np.intp),
        value=np.asarray(data["value"], dtype=np.float64),
        depth=int(data["depth"]),
        prior=float(data["prior"]),
        cutoff=float(data.get("cutoff", 0.5)),
    )


@lru_cache(maxsize=1)
def load_model() -> BlockModel | None:
    """The shipped model, or None when it is missing or stale (the rules are used then)."""
    try:
        return from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
