"""Property tests: clean loses no line, and every annotation's offsets point at its text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.article import Article
from copydesk.errors import ExtractError

_WORDS = st.sampled_from("the council said on Tuesday that bus fares would rise in March and".split())
_LINE = st.lists(_WORDS | st.sampled_from(["Advertisement", "Share this", "©", "Read more", "•"]),
                 min_size=1, max_size=25).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(_LINE, min_size=1, max_size=20))
def test_clean_keeps_or_removes_every_line_once_in_order(lines):
    try:
        article = copydesk.clean("\n".join(lines))
    except ExtractError:
        return  # nothing article-like at all: one error record, nothing to rebuild
    removed = {r.index: r.text for r in article.removed}
    assert len(removed) == len(article.removed), "one removal per index"
    kept = iter(article.paragraphs)
    rebuilt = [removed[i] if i in removed else next(kept) for i in range(len(lines))]
    assert rebuilt == lines
    assert next(kept, None) is None


_PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Maria Lopez", "John Okafor", "Li Wei"]
_COUNTRIES = ["France", "Germany", "Ukraine", "Russia", "Brazil", "Japan", "Kenya"]
_VERBS = ["met officials from", "criticised", "signed a trade deal with", "attacked", "visited"]
_OPEN = st.sampled_from(["\u201c", '"', "\u00ab", "\u201e", "'"])
_CLOSE = st.sampled_from(["\u201d", '"', "\u00bb", ""])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    who, where = draw(st.sampled_from(_PEOPLE)), draw(st.sampled_from(_COUNTRIES))
    if draw(st.booleans()):
        return f"{who} {draw(st.sampled_from(_VERBS))} {where} on Monday."
    said = draw(st.sampled_from(["said", "told reporters", "added", "warned"]))
    words = " ".join(draw(st.lists(_WORDS, min_size=3, max_size=12)))
    if draw(st.booleans()):
        return f"{draw(_OPEN)}{words.capitalize()},{draw(_CLOSE)} {who} {said}."
    return f"{who} {said} {draw(_OPEN)}{words}{draw(_CLOSE)} in {where}."


_TEXT = st.lists(st.lists(_sentence(), min_size=1, max_size=4).map(" ".join), min_size=1,
                 max_size=5).map("\n\n".join)


@pytest.fixture(scope="module")
def enrich():
    from copydesk.enrich import EnrichStage

    return EnrichStage()


def _spans(article: Article) -> list[tuple[dict, str, str, str]]:
    """(annotation, text key, start key, end key) for every span carried by an annotation."""
    spans = [(e, "text", "start", "end") for e in article.entities]
    for q in article.quotes:
        spans += [(q, "text", "start", "end"), (q, "cue", "cue_start", "cue_end"),
                  (q, "speaker", "speaker_start", "speaker_end")]
    for ev in article.events:
        spans += [(ev[role], "text", "start", "end") for role in ("source", "target") if ev.get(role)]
    return [s for s in spans if s[0].get(s[2]) is not None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_annotation_offsets_round_trip(enrich, text):
    article = enrich.apply(Article(id="p", source="<prop>", text=text))
    assert article.ok, article.error
    for annotation, key, start, end in _spans(article):
        assert text[annotation[start]:annotation[end]] == annotation[key], (key, annotation)
    for ev in article.events:
        assert 0 <= ev["sentence_start"] < ev["sentence_end"] <= len(text)
        for role in ("source", "target"):
            span = ev.get(role)
            if span and span.get("start") is not None:
                assert ev["sentence_start"] <= span["start"] <= span["end"] <= ev["sentence_end"]
