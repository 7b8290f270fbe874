from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.article import REASONS
from copydesk.clean import clean_lines

line = st.text(min_size=0, max_size=200)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(line, max_size=25), title=st.none() | line)
def test_kept_plus_removed_is_the_input_in_order(lines, title):
    result = clean_lines(lines, title)
    removed = {r.index: r for r in result.removed}
    assert len(result.kept) + len(removed) == len(lines) == len(result.kept) + len(result.removed)
    kept = iter(result.kept)
    rebuilt = [removed[i].text if i in removed else next(kept) for i in range(len(lines))]
    assert rebuilt == lines
    assert all(r.reason in REASONS for r in result.removed)


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("“”\"'()[]{}!?.:;,|•-—©$€ abcXYZ\n0123456789"), max_size=400))
def test_odd_punctuation_never_raises(text):
    lines = text.split("\n")
    result = clean_lines(lines, title=text[:40])
    assert len(result.kept) + len(result.removed) == len(lines)
