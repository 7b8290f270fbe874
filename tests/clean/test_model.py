import json

import numpy as np
import pytest

from copydesk.clean.features import FEATURE_NAMES, build_page, line_features, line_terms
from copydesk.clean.model import MODEL_PATH, context_rows, load_model, model_from_dict


def test_shipped_model_matches_the_signals_and_is_small():
    assert MODEL_PATH.stat().st_size < 200_000
    model = load_model()
    assert model.junk.weights.shape == (len(FEATURE_NAMES),)
    assert set(model.reason.classes) <= {"ad", "sponsored", "teaser", "related", "newsletter", "social",
                                         "caption", "credit", "cookie", "paywall", "navigation", "byline",
                                         "dateline", "repeated", "other"}


def test_model_trained_on_other_signals_is_refused():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        model_from_dict(data)


def test_call_to_action_scores_above_reported_prose():
    lines = ["The minister said on Monday that the talks had been constructive and would continue.",
             "I'm asking you to chip in $5 today and help me win this seat! Donate now.",
             "Officials told reporters that a joint statement was expected later in the week."]
    page = build_page(lines, "Talks continue", 14)
    x = np.asarray([line_features(i, page) for i in range(3)])
    probs = load_model().junk.probs(x, [line_terms(t) for t in page.tokens])
    assert probs[1] > probs[0] and probs[1] > probs[2]
    assert ((probs >= 0) & (probs <= 1)).all()


def test_shipped_model_has_a_second_pass_that_reads_neighbours():
    model = load_model()
    assert model.context is not None
    page = np.full(5, 0.1)
    calm = context_rows(page, [2], np.array([0.6]))
    page[[1, 3]] = 1.0  # the line sits between two lines the rules already removed
    boxed = context_rows(page, [2], np.array([0.6]))
    assert model.context.probs(boxed)[0] > model.context.probs(calm)[0]


def test_cjk_sentences_are_many_words_not_one():
    from copydesk.clean.features import tokenize

    assert len(tokenize("これが非常に困ったもの。")) > 5
    assert tokenize("Plain words, here.") == ["plain", "words", "here"]


def test_complete_trees_follow_their_splits():
    from copydesk.clean.model import TreeModel

    # one depth-2 tree: split on column 0 at 0.5, then on column 1 at 2.0 (left) / a padded node (right)
    trees = TreeModel(feature=np.array([[0, 1, 0]]), threshold=np.array([[0.5, 2.0, np.inf]]),
                      leaf=np.array([[-1.0, 1.0, 3.0, 3.0]]), depth=2, prior=0.0)
    x = np.array([[0.0, 1.0], [0.0, 5.0], [1.0, 0.0]])
    expected = 1.0 / (1.0 + np.exp(-np.array([-1.0, 1.0, 3.0])))
    assert np.allclose(trees.probs(x), expected)
    assert trees.probs(np.zeros((0, 2))).shape == (0,)


def test_shipped_trees_average_into_the_second_pass():
    model = load_model()
    assert model.trees is not None
    width = len(FEATURE_NAMES) + model.context.weights.shape[0]  # type: ignore[union-attr]
    x = np.zeros((2, len(FEATURE_NAMES)))
    ctx = np.zeros((2, width - len(FEATURE_NAMES)))
    probs = model.second_pass(x, ctx)
    share = model.context_share
    expected = (share * model.context.probs(ctx)  # type: ignore[union-attr]
                + (1 - share) * model.trees.probs(np.hstack([x, ctx])))  # type: ignore[union-attr]
    assert np.allclose(probs, expected)


def test_tree_scores_equal_walking_each_tree():
    from copydesk.clean.model import TreeModel

    rng = np.random.default_rng(7)
    depth, n_trees, width = 3, 5, 4
    feature = rng.integers(0, width, size=(n_trees, (1 << depth) - 1))
    threshold = rng.normal(size=feature.shape)
    threshold[0, 2] = np.inf  # a padded node
    leaf = rng.normal(size=(n_trees, 1 << depth))
    trees = TreeModel(feature, threshold, leaf, depth, prior=0.25)
    x = rng.normal(size=(6, width))
    raw = np.full(len(x), 0.25)
    for r, row in enumerate(x):
        for t in range(n_trees):
            node = 0
            for _ in range(depth):
                node = 2 * node + 1 + int(row[feature[t, node]] > threshold[t, node])
            raw[r] += leaf[t, node - ((1 << depth) - 1)]
    assert np.allclose(trees.probs(x), 1.0 / (1.0 + np.exp(-raw)))


def test_second_pass_equals_its_two_models_weighted_bit_for_bit():
    from copydesk.clean.model import CONTEXT_NAMES

    model = load_model()
    assert model.context is not None and model.trees is not None
    rng = np.random.default_rng(3)
    x = rng.random((5, len(FEATURE_NAMES)))
    ctx = rng.random((5, len(CONTEXT_NAMES)))
    share = model.context_share
    expected = model.context.probs(ctx) * share + model.trees.probs(np.hstack([x, ctx])) * (1.0 - share)
    assert model.second_pass(x, ctx).tobytes() == expected.tobytes()
    assert model.second_pass(x[:0], ctx[:0]).shape == (0,)


def test_a_model_without_a_stored_share_averages_evenly():
    import json

    from copydesk.clean.model import MODEL_PATH, model_from_dict

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data.pop("context_share", None)
    assert model_from_dict(data).context_share == 0.5
