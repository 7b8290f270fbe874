"""Packing scikit-learn's boosted trees into complete trees, and both models that score them."""

import numpy as np
import pytest

from copydesk.clean.model import tree_model
from copydesk.extract.model import from_trees
from copydesk.trees import decode, encode_arrays, pack

sklearn_ensemble = pytest.importorskip("sklearn.ensemble")


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 5))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(int)
    gbm = sklearn_ensemble.GradientBoostingClassifier(n_estimators=30, max_depth=3, min_samples_leaf=40,
                                                      random_state=0).fit(x, y)
    return gbm, rng.normal(size=(50, 5))


def test_packed_trees_score_as_sklearn_in_both_models(fitted):
    gbm, x = fitted
    expected = gbm.predict_proba(x)[:, 1]
    trees = pack(gbm)
    assert np.allclose(from_trees(trees).probabilities(x), expected, atol=1e-12)
    assert np.allclose(tree_model(trees).probs(x), expected, atol=1e-12)


def test_json_arrays_round_trip(fitted):
    trees = pack(fitted[0])
    back = decode({"depth": trees.depth, "prior": trees.prior, **encode_arrays(trees, 12)}, "test")
    assert np.array_equal(back.feature, trees.feature) and np.array_equal(back.threshold, trees.threshold)
    assert np.allclose(back.leaf, trees.leaf)


def test_incomplete_trees_are_refused(fitted):
    trees = pack(fitted[0])
    data = {"depth": trees.depth + 1, "prior": 0.0, **encode_arrays(trees, 6)}
    with pytest.raises(ValueError, match="not complete trees"):
        decode(data, "test")
