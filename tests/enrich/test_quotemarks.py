"""Quote-mark scanning: every mark style, and never an exception on unbalanced marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.enrich.quotemarks import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_curly_double_quotes() -> None:
    assert _texts("She said, “We will win.” Then “again” later.") == ["“We will win.”", "“again”"]


def test_straight_double_quotes() -> None:
    assert _texts('He said, "No deal," and left. "Fine," she said.') == ['"No deal,"', '"Fine,"']


def test_doubled_apostrophes_as_in_archive_text() -> None:
    text = "''I loved it,'' she said. ''I was so happy.''"
    assert _texts(text) == ["''I loved it,''", "''I was so happy.''"]


def test_single_quotes_but_not_apostrophes() -> None:
    text = "Officials called it ‘a turning point’ for the workers' union, which didn't agree."
    assert _texts(text) == ["‘a turning point’"]
    assert _texts("The mayor said 'not today' to the crowd's demands.") == ["'not today'"]


def test_unclosed_quote_runs_to_paragraph_end_only() -> None:
    text = "“The first part goes on\n\n“and the second part ends.” Not quoted."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["“The first part goes on",
                                                      "“and the second part ends.”"]
    assert spans[0].closed is False and spans[1].closed is True


def test_stray_closing_mark_is_ignored() -> None:
    assert _texts("Nothing opened here” at all.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'“”‘’„«»`")), max_size=200))
def test_any_mix_of_marks_gives_valid_ordered_spans(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert "\n" not in text[span.start : span.end]
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_markup_attribute_values_are_not_quotations() -> None:
    text = '<tweet author="@vidal" id="12">Polls close at eight.</tweet> She said, "Vote early."'
    assert _texts(text) == ['"Vote early."']
