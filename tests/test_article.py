import json
from datetime import UTC, datetime

from copydesk.article import RECORD_KEYS, Article, ErrorInfo, Removed, make_id


def test_to_dict_has_exactly_the_documented_keys():
    article = Article(id="x", source="a.html")
    assert tuple(article.to_dict()) == RECORD_KEYS


def test_round_trip_through_json():
    article = Article(
        id="abc", source="f.jsonl#3", url="https://example.com/a", site="example.com",
        title="T", authors=["A B"], published=datetime(2025, 1, 2, 3, 4, tzinfo=UTC),
        language="en", text="one\n\ntwo", removed=[Removed("Advertisement", "ad", 1)],
    )
    back = Article.from_dict(json.loads(article.to_json()))
    assert back.to_dict() == article.to_dict()
    assert back.published == article.published


def test_make_id_is_stable_and_depends_on_source_and_content():
    assert make_id("a", "x") == make_id("a", b"x")
    assert make_id("a", "x") != make_id("b", "x")
    assert make_id("a", "x") != make_id("a", "y")


def test_fail_drops_transient_input_and_records_stage():
    article = Article(id="x", source="s", html="<p>hi</p>")
    article.fail("extract", ValueError("boom"))
    assert article.html is None
    assert article.error == ErrorInfo("extract", "ValueError", "boom")
    assert article.to_dict()["error"] == {"stage": "extract", "type": "ValueError", "message": "boom"}


def test_paragraphs_split_on_blank_lines():
    assert Article(id="x", source="s", text="a\n\nb\n\n\n\nc").paragraphs == ["a", "b", "c"]
