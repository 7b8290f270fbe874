"""Property tests: any Article survives to_dict → JSON → from_dict unchanged."""

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.article import REASONS, Article, ErrorInfo, Removed

text = st.text(max_size=200)
opt_text = st.none() | text
zones = st.sampled_from([None, UTC, timezone(timedelta(hours=5, minutes=30)),
                         timezone(timedelta(hours=-7))])
dates = st.none() | st.builds(
    lambda d, tz: d.replace(tzinfo=tz), st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)),
    zones,
)
removed = st.builds(Removed, text=text, reason=st.sampled_from(sorted(REASONS)),
                    index=st.integers(0, 10_000))
errors = st.none() | st.builds(ErrorInfo, stage=st.sampled_from(["read", "extract", "clean"]),
                               type=text, message=text)
json_values = st.recursive(st.none() | st.integers() | text | st.booleans(),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(text, inner, max_size=3), max_leaves=8)
annotations = st.lists(st.dictionaries(text, json_values, max_size=4), max_size=3)

articles = st.builds(
    Article, id=text, source=text, url=opt_text, site=opt_text, title=opt_text,
    authors=st.lists(text, max_size=3), published=dates, language=opt_text, text=text,
    removed=st.lists(removed, max_size=4), entities=annotations, quotes=annotations,
    events=annotations, duplicate_of=opt_text, error=errors,
)


@settings(max_examples=100, deadline=None)
@given(articles)
def test_json_round_trip(article):
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back.to_dict() == article.to_dict()
    assert back.published == article.published
