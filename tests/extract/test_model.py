import numpy as np
import pytest

from copydesk.extract import dom
from copydesk.extract.body import Columns, find_root, rule_keep, select_body
from copydesk.extract.dom import is_chrome
from copydesk.extract.features import FEATURES, block_features
from copydesk.extract.model import from_dict, load_model

PAGE = """<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>
<div class="article-body"><p>First paragraph of the story, long enough to count as prose in the page.</p>
<p>Second paragraph with a <a href="/x">link</a> inside it, and more words after the link text.</p></div>
<div class="related-links"><ul><li><a href=/a>Another story</a></li>
<li><a href=/b>Yet another</a></li></ul></div>
</body></html>"""


def _blocks():
    tree = dom.parse(PAGE)
    dom.strip_scripts(tree)
    return dom.blocks(tree.body)


def test_blocks_carry_link_density_and_chrome():
    tree = dom.parse(PAGE)
    dom.strip_scripts(tree)
    blocks = dom.blocks(tree.body, hide=False)
    texts = [b.text for b in blocks]
    assert texts[0] == "Home News" and blocks[0].link_density > 0.8 and blocks[0].chrome
    second = blocks[texts.index(next(t for t in texts if t.startswith("Second")))]
    assert 0 < second.link_density < 0.2 and not second.chrome
    assert [b.text for b in select_body(blocks)] == texts[1:3]


def test_nav_footer_and_hidden_subtrees_are_pruned_by_default():
    html = """<body><nav><a href=/>Home</a></nav><div hidden><p>Hidden copy of the story.</p></div>
    <div style="display: none"><p>Also hidden.</p></div><p>Visible paragraph.</p>
    <aside><p>Sidebar box.</p></aside><footer>Footer line</footer></body>"""
    tree = dom.parse(html)
    assert [b.text for b in dom.blocks(tree.body)] == ["Visible paragraph."]
    assert len(dom.blocks(tree.body, hide=False)) == 6


def test_blocks_know_their_markup_and_repetition():
    html = """<body><main><div class="teasers"><div class="item"><h3>One</h3><p>Teaser one.</p></div>
    <div class="item"><h3>Two</h3><p>Teaser two.</p></div><div class="item"><h3>Three</h3></div></div>
    <div itemprop="articleBody"><p>Story text.</p><p>More story text.</p></div></main></body>"""
    blocks = dom.blocks(dom.parse(html).body)
    by_text = {b.text: b for b in blocks}
    assert by_text["Teaser one."].repeats[1] == 3, "three div.item siblings"
    assert by_text["Story text."].repeats[0] == 2 and by_text["Story text."].content
    assert all(b.main for b in blocks) and not by_text["One"].content


@pytest.mark.parametrize(
    ("html", "chrome"),
    [
        ('<div class="share-buttons">', True),
        ('<div class="comments-area">', True),
        ('<div id="sidebar">', True),
        ('<div class="entry-content">', False),
        ('<div class="tag-politics category-news">', False),
        ('<div class="layout with-sidebar">', False),
        ('<div class="article-body comments-enabled">', False),
        ('<div class="story-body" id="comments">', False),
        ('<div aria-hidden="true">', True),
        ('<div style="display: none">', True),
        ("<footer>", True),
    ],
)
def test_chrome_classes(html, chrome):
    tree = dom.parse(html + "x</div>")
    node = tree.body.child
    assert is_chrome(node) is chrome


def test_flatten_deep_caps_nesting_and_keeps_text():
    html = "<div>" * 5000 + "<p>deep <b>text</b><br/></p>" + "</div>" * 5000
    flat = dom.flatten_deep(html, max_depth=100)
    assert flat.count("<div>") == 100 and flat.count("</div>") <= 100
    assert "deep " in flat and "text" in flat
    assert dom.flatten_deep("<div><p>a</p></div>", max_depth=100) == "<div><p>a</p></div>"


def test_shipped_model_scores_blocks():
    model = load_model()
    assert model is not None, "block_model.json ships with the package"
    cols = Columns(_blocks())
    root = find_root(cols)
    rows = block_features(cols, None, root, rule_keep(cols, None, root))
    assert rows.shape == (len(cols.blocks), len(FEATURES))
    probs = model.probabilities(rows)
    assert all(0.0 <= p <= 1.0 for p in probs)
    texts = [b.text for b in cols.blocks]
    story = texts.index(next(t for t in texts if t.startswith("Second")))
    related = texts.index("Another story")
    assert probs[story] > 0.5 > probs[related], "the story paragraph beats the related link"


def test_model_matches_the_padded_tree_walk():
    """The vectorised scorer agrees with walking each padded tree by hand."""
    model = load_model()
    assert model is not None
    rows = np.random.default_rng(3).random((7, len(FEATURES)))
    raw = np.full(len(rows), model.prior)
    for i, row in enumerate(rows):
        for t in range(model.feature.shape[0]):
            at = 0
            for level in range(model.depth):
                node = (1 << level) - 1 + at
                at = 2 * at + int(row[model.feature[t, node]] > model.threshold[t, node])
            raw[i] += model.leaf[t, at]
    assert np.allclose(model.probabilities(rows), 1 / (1 + np.exp(-raw)))


def test_stale_model_is_rejected():
    data = load_model().to_dict()  # type: ignore[union-attr]
    data["features"] = ["something", "else"]
    with pytest.raises(ValueError):
        from_dict(data)
