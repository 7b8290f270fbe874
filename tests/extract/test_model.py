import pytest

from copydesk.extract import dom
from copydesk.extract.body import select_body
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
    blocks = _blocks()
    texts = [b.text for b in blocks]
    assert texts[0] == "Home News" and blocks[0].link_density > 0.8 and blocks[0].chrome
    second = blocks[texts.index(next(t for t in texts if t.startswith("Second")))]
    assert 0 < second.link_density < 0.2 and not second.chrome
    assert [b.text for b in select_body(blocks)] == texts[1:3]


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
    blocks = _blocks()
    rows = block_features(blocks, {b.index for b in select_body(blocks)}, None)
    assert all(len(r) == len(FEATURES) for r in rows)
    probs = model.probabilities(rows)
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert probs[2] > 0.5 > probs[0], "the story paragraph beats the nav link"


def test_stale_model_is_rejected():
    data = load_model().to_dict()  # type: ignore[union-attr]
    data["features"] = ["something", "else"]
    with pytest.raises(ValueError):
        from_dict(data)
