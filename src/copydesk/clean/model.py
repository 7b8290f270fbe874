"""The shipped junk-line model, read from JSON and scored with numpy.

`junk` is a logistic regression over the dense signals of `features.FEATURE_NAMES` plus a
pruned word vocabulary; `reason` is a multinomial one over the same inputs that names the
kind of junk when no shape rule does. The second pass averages a logistic regression over
neighbour and page scores (`context`) with small boosted trees over the line's signals and
those scores (`trees`), weighted by `context_share`. All are trained by bench/train_cleaner.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.clean.features import FEATURE_NAMES
from copydesk.trees import PackedTrees, decode, encode_arrays

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
        words = np.array([_vocab_sum(vocab, ts) for ts in terms], dtype=np.float64)
        return _sigmoid(x @ self.weights + self.bias + words)


def _vocab_sum(vocab: dict[str, float], terms: set[str]) -> float:
    """Sum of the terms' weights, added one by one in set order (what `sum` did, as a native loop
    when compiled)."""
    total = 0.0
    for term in terms:
        total += vocab.get(term, 0.0)
    return total


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
    clipped = np.minimum(np.maximum(probs, 1e-4), 1 - 1e-4)  # np.clip, minus its call overhead
    out[:, 0] = np.log(clipped / (1 - clipped))
    out[:, 1] = prev
    out[:, 2] = nxt
    np.maximum(prev, nxt, out=out[:, 3])
    np.minimum(prev, nxt, out=out[:, 4])
    # page-level shares shrunk towards a prior, so a three-line page is not "mostly junk" from one line
    k = len(probs)
    share = (np.count_nonzero(probs >= 0.5) + _PRIOR * _PRIOR_LINES) / (k + _PRIOR_LINES)
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
        return _sigmoid(x @ self.weights + self.bias)


@dataclass(frozen=True, slots=True)
class TreeModel:
    """Boosted trees as complete binary trees of depth `depth`, split nodes in level order.

    `feature`/`threshold` have one row per tree and `2**depth - 1` nodes; `leaf` has `2**depth`
    values per tree (already scaled by the learning rate). A row goes right where its feature
    exceeds the threshold, as in scikit-learn.
    """

    feature: np.ndarray
    threshold: np.ndarray
    leaf: np.ndarray
    depth: int
    prior: float
    _nodes: tuple[tuple[np.ndarray, np.ndarray], ...] = field(init=False, repr=False, compare=False)
    _leaves: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False, compare=False)
    #: every split node of every tree, node by node: its feature column and threshold (a column vector,
    #: to compare against the signals laid out one row per column)
    _splits: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False, compare=False)
    #: per tree, the leaf value of each pattern of split outcomes (shallow trees only), flat
    _table: np.ndarray | None = field(init=False, repr=False, compare=False)
    #: per tree, where its part of `_table` starts, as a column vector
    _table_base: np.ndarray = field(init=False, repr=False, compare=False)
    #: the code bit of each split node, node 0 highest (shallow trees only; a byte holds the seven bits
    #: of `_TABLE_DEPTH` 3)
    _node_bits: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        nodes = tuple((np.ascontiguousarray(self.feature[:, k]), self.threshold[:, k, None].copy())
                      for k in range(self.feature.shape[1]))
        object.__setattr__(self, "_nodes", nodes)
        leaf_base = (np.arange(self.leaf.shape[0]) * self.leaf.shape[1])[:, None]
        object.__setattr__(self, "_leaves", (self.leaf.ravel(), leaf_base))
        object.__setattr__(self, "_splits", (np.ascontiguousarray(self.feature.T).ravel(),
                                             np.ascontiguousarray(self.threshold.T).reshape(-1, 1)))
        base = np.arange(self.feature.shape[0], dtype=np.intp) << self.feature.shape[1]
        object.__setattr__(self, "_table_base", base[:, None])
        table, node_bits = None, np.zeros(0, dtype=np.uint8)
        if self.depth <= _TABLE_DEPTH:
            n_nodes = self.feature.shape[1]
            leaf_at = [_leaf_reached(code, n_nodes, self.depth) for code in range(1 << n_nodes)]
            table = np.ascontiguousarray(self.leaf[:, leaf_at]).ravel()
            node_bits = np.array([1 << (n_nodes - 1 - k) for k in range(n_nodes)], dtype=np.uint8)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_node_bits", node_bits)

    def probs(self, x: np.ndarray) -> np.ndarray:
        """Junk probability of each row of `x`."""
        if x.shape[0] == 0:
            return np.zeros(0)
        return _sigmoid(self.raw(np.asarray(x, dtype=np.float64).T))

    def raw(self, by_column: np.ndarray) -> np.ndarray:
        """Raw score (logit) of each row, from the signals laid out one row per column (`x.T`)."""
        return self._by_table(by_column) if self._table is not None else self._by_levels(by_column)

    def _by_table(self, by_column: np.ndarray) -> np.ndarray:
        """Raw scores of shallow trees: all split outcomes in one gather, packed into one code per
        (tree, row) that indexes the tree's leaf table. The gather takes whole rows of the signals
        laid out by column (the element-by-element gather of columns cost far more)."""
        assert self._table is not None
        columns, thresholds = self._splits
        right = np.take(by_column, columns, axis=0) > thresholds
        base = self._table_base
        n_nodes, n_trees = self.feature.shape[1], len(base)
        # one weighted sum over the nodes packs each (tree, row)'s outcomes into its code (bit
        # n_nodes-1-k for node k); on the booleans' bytes, in place of a shift and an or per node
        code = np.einsum("k,ktn->tn", self._node_bits,
                         right.view(np.uint8).reshape(n_nodes, n_trees, right.shape[1])) + base
        # summed over trees in a row-major (row, tree) array: the float rounding of earlier versions
        return self.prior + _ADD_REDUCE(np.take(self._table, code.T), axis=1)

    def _by_levels(self, by_column: np.ndarray) -> np.ndarray:
        """Raw scores of deep trees. Work is laid out tree by row: each split node is one gather of
        feature rows over all trees, and each level picks the outcome of the node reached."""
        by_feature = np.ascontiguousarray(by_column)
        right = [np.take(by_feature, feature, axis=0) > threshold for feature, threshold in self._nodes]
        at = right[0].astype(np.intp)  # position within the level reached so far
        for level in range(1, self.depth):
            first = (1 << level) - 1
            went = right[first]
            for k in range(1, 1 << level):
                went = np.where(at == k, right[first + k], went)
            at = 2 * at + went
        leaf, leaf_base = self._leaves
        return self.prior + np.ascontiguousarray(np.take(leaf, leaf_base + at).T).sum(axis=1)

    def to_dict(self) -> dict[str, Any]:
        trees = PackedTrees(self.feature, self.threshold, self.leaf, self.depth, self.prior)
        return {"features": [*FEATURE_NAMES, *CONTEXT_NAMES], "depth": self.depth, "prior": self.prior,
                **encode_arrays(trees, leaf_decimals=5)}


#: Deepest trees scored through a table of every split outcome (2**(2**depth - 1) entries per tree).
_TABLE_DEPTH = 3


def _leaf_reached(code: int, n_nodes: int, depth: int) -> int:
    """The leaf a tree walk reaches when split node k went right iff bit `n_nodes - 1 - k` of `code`
    is set."""
    at = 0
    for level in range(depth):
        node = (1 << level) - 1 + at
        at = 2 * at + ((code >> (n_nodes - 1 - node)) & 1)
    return at


#: `ndarray.sum` without the Python wrapper it goes through (the same reduction)
_ADD_REDUCE = np.add.reduce


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) with z clipped to ±50, as before. Works in place: callers pass a fresh array."""
    np.maximum(z, -50.0, out=z)
    np.minimum(z, 50.0, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    z += 1.0
    return np.divide(1.0, z, out=z)


def tree_model(trees: PackedTrees) -> TreeModel:
    return TreeModel(trees.feature, trees.threshold, trees.leaf, trees.depth, trees.prior)


def _trees(data: dict[str, Any] | None) -> TreeModel | None:
    """The trees, or None when absent or built for other inputs."""
    if not data or tuple(data.get("features", ())) != (*FEATURE_NAMES, *CONTEXT_NAMES):
        return None
    return tree_model(decode(data, "clean model"))


@dataclass(frozen=True, slots=True)
class CleanModel:
    junk: JunkModel
    reason: ReasonModel
    context: ContextModel | None = None
    trees: TreeModel | None = None
    #: Weight of the context regression in the second pass's average with the trees (the trees get
    #: the rest); chosen by the trainer and stored with the weights.
    context_share: float = 0.5

    def second_pass(self, x: np.ndarray, context: np.ndarray) -> np.ndarray:
        """Final junk probability of scored lines from their signals `x` and `context_rows`: the
        context regression, averaged with the trees (weights `context_share` and the rest) when the
        model has them."""
        assert self.context is not None
        if self.trees is None:
            return self.context.probs(context)
        # both logits in one array, for one sigmoid; the trees read the signals laid out by column
        z = np.empty((2, len(context)))
        np.add(context @ self.context.weights, self.context.bias, out=z[0])
        if len(context):
            z[1] = self.trees.raw(np.concatenate((x, context), axis=1).T)
        probs = _sigmoid(z)
        share = self.context_share
        return probs[0] * share + probs[1] * (1.0 - share)


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
    return CleanModel(junk=_junk(data["junk"]), reason=_reason(data["reason"]), context=context,
                      trees=_trees(data.get("trees")) if context is not None else None,
                      context_share=float(data.get("context_share", 0.5)))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> CleanModel:
    """Read the model once per process (per worker)."""
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
