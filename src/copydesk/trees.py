"""Gradient-boosted trees stored as complete binary trees, shared by the block and line models.

scikit-learn's trees (training only) are padded to one depth and laid out in level order, so
scoring is a fixed number of vectorised steps. This module packs them and reads/writes their
JSON arrays; each model keeps its own scoring loop, laid out for its shape (few deep trees over
blocks, many shallow trees over lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

#: Stand-in for an infinite threshold in JSON (a padded node that always sends a row left).
NEVER = 1e300


@dataclass(frozen=True, slots=True)
class PackedTrees:
    """`feature`/`threshold`: one row per tree, `2**depth - 1` split nodes in level order;
    `leaf`: `2**depth` values per tree, already scaled by the learning rate. A row goes right
    where its feature exceeds the threshold, as in scikit-learn."""

    feature: np.ndarray
    threshold: np.ndarray
    leaf: np.ndarray
    depth: int
    prior: float


def pack(gbm: Any) -> PackedTrees:
    """A fitted `GradientBoostingClassifier` (binary) → complete trees (short branches padded)."""
    trees = [est[0].tree_ for est in gbm.estimators_]
    depth = max(int(t.max_depth) for t in trees)
    feature = np.zeros((len(trees), (1 << depth) - 1), dtype=np.intp)
    threshold = np.full(feature.shape, np.inf)
    leaf = np.zeros((len(trees), 1 << depth))
    for k, tree in enumerate(trees):
        _fill(tree, (0, 0, 0), depth, (feature[k], threshold[k], leaf[k]), gbm.learning_rate)
    prior = float(gbm._raw_predict_init(np.zeros((1, gbm.n_features_in_)))[0, 0])
    return PackedTrees(feature, threshold, leaf, depth, prior)


def _fill(tree: Any, at: tuple[int, int, int], depth: int, out: tuple[np.ndarray, ...], rate: float) -> None:
    """Copy sklearn node `at[0]` to level-order slot (level `at[1]`, position `at[2]`); a leaf above
    the last level becomes a never-taken split whose subtree of leaves all carry its value."""
    node, level, pos = at
    feature, threshold, leaf = out
    left, right = tree.children_left[node], tree.children_right[node]
    if level == depth or left < 0:
        span = 1 << (depth - level)
        leaf[pos * span:(pos + 1) * span] = rate * tree.value[node, 0, 0]
        return
    slot = (1 << level) - 1 + pos
    feature[slot] = tree.feature[node]
    threshold[slot] = tree.threshold[node]
    _fill(tree, (left, level + 1, 2 * pos), depth, out, rate)
    _fill(tree, (right, level + 1, 2 * pos + 1), depth, out, rate)


def encode_arrays(trees: PackedTrees, leaf_decimals: int) -> dict[str, Any]:
    """The trees' arrays as JSON-ready lists (infinite thresholds written as `NEVER`)."""
    return {"feature": trees.feature.tolist(),
            "threshold": np.where(np.isinf(trees.threshold), NEVER, trees.threshold).tolist(),
            "leaf": np.round(trees.leaf, leaf_decimals).tolist()}


def decode(data: dict[str, Any], what: str) -> PackedTrees:
    """Trees from their JSON form; ValueError when they are not complete trees of their depth."""
    depth = int(data["depth"])
    feature = np.asarray(data["feature"], dtype=np.intp)
    leaf = np.asarray(data["leaf"], dtype=np.float64)
    if feature.shape[1] != (1 << depth) - 1 or leaf.shape[1] != 1 << depth:
        raise ValueError(f"{what} trees are not complete trees of the stated depth")
    threshold = np.asarray(data["threshold"], dtype=np.float64)
    threshold = np.where(threshold >= NEVER, np.inf, threshold)
    return PackedTrees(feature, threshold, leaf, depth, float(data["prior"]))
