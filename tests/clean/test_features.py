"""Signals of copydesk.clean.features that the model relies on."""

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.clean.features import SHAPE_NAMES, shape_features, tokenize

MONEY = SHAPE_NAMES.index("money")


def _money(line: str) -> float:
    return shape_features(line, tokenize(line))[MONEY]


def test_prices_are_money() -> None:
    assert _money("Upgrade to Premium for $4.99/mo") == 1.0
    assert _money("Rooms from €89 a night, book now!") == 1.0
    assert _money("Take 20% off everything this weekend.") == 1.0


def test_reported_sums_are_not_prices() -> None:
    assert _money("The club paid a £71.6million fee for the keeper.") == 0.0
    assert _money("The deal is worth $2bn over ten years.") == 0.0
    assert _money("Officials estimated the damage at $3 billion.") == 0.0


def test_page_matrix_rows_equal_the_per_line_vectors():
    import numpy as np

    from copydesk.clean.features import FEATURE_NAMES, build_page, line_features, page_features

    lines = ["Harbour cranes cut waiting times", "Advertisement",
             "The port authority said on Monday that waiting times had fallen by a third since March.",
             "Get 20% off your first order today!", "• Turnout was 64 per cent", "• Turnout was 58 per cent",
             ""]
    page = build_page(lines, "Harbour cranes cut waiting times", 14)
    rows = list(range(len(lines)))
    x = page_features(page, rows)
    assert x.shape == (len(lines), len(FEATURE_NAMES))
    assert np.array_equal(x, np.asarray([line_features(i, page) for i in rows]))
    assert x[1, FEATURE_NAMES.index("rule_ad")] == 1.0


def test_pull_quotes_and_top_standfirsts_are_flagged():
    from copydesk.clean.features import FEATURE_NAMES, build_page, line_features

    lines = ["Ferry timetable cut as crews fall ill",
             "The operator said on Friday that four crossings a day would be dropped until the month ends.",
             "“four crossings a day would be dropped”",
             "Passengers were told to check the website before travelling to the terminal at Holmsund."]
    page = build_page(lines, "Ferries cut after crew illness", 14)
    top, pull = FEATURE_NAMES.index("top_unpunct"), FEATURE_NAMES.index("pull_quote")
    assert line_features(0, page)[top] == 1.0
    assert line_features(2, page)[pull] == 1.0
    assert line_features(1, page)[pull] == 0.0 and line_features(3, page)[top] == 0.0


def test_page_matrix_matches_per_line_vectors_on_odd_shapes():
    import numpy as np

    from copydesk.clean.features import build_page, line_features, model_lines, page_features

    lines = ["", "   ", "“Unbalanced quote", "BREAKING: CRANES FALL SILENT AT THE PORT", "[Updated]", "(",
             "| Ship | Berth | Hours |", "1. First item of the list", "2. Second item of the list",
             "Buy now for $15!! You will love it, I promise.", "© Harbour Times. All rights reserved.",
             "これが非常に困ったもの。", "Visit www.example.com for details", "Why it matters",
             "The port authority said on Monday that waiting times had fallen by a third since March.",
             "I think you should subscribe today and get 50% off", "“Waiting times had fallen”"]
    page = build_page(lines, "Waiting times fall at the port", 14)
    for rows in (list(range(len(lines))), model_lines(page), [3], []):
        x = page_features(page, rows)
        expected = np.asarray([line_features(i, page) for i in rows]).reshape(len(rows), x.shape[1])
        assert x.tobytes() == expected.tobytes()


def _pull_quote_by_count(i: int, lines: list[str]) -> bool:
    """The definition: the line's words (five or more) occur in a row more often than as whole lines."""
    from collections import Counter

    from copydesk.clean.features import tokenize

    keys = [" ".join(tokenize(line)) for line in lines]
    joined = " " + " \n ".join(keys) + " "
    return len(keys[i].split()) >= 5 and joined.count(f" {keys[i]} ") > Counter(keys)[keys[i]]


def test_pull_quote_agrees_with_counting_over_the_page():
    from copydesk.clean.features import build_page, pull_quote

    lines = ["four crossings a day dropped", "Four crossings a day dropped.",
             "The operator said four crossings a day dropped until May.",
             "dropped a day crossings four, the operator said in a long sentence",
             "one two three four five", "one two three four five six", "one two three four",
             "six five four three two one one two three four five", ""]
    page = build_page(lines, None, 14)
    for i in range(len(lines)):
        assert pull_quote(i, page) == _pull_quote_by_count(i, lines), lines[i]
    assert pull_quote(4, page) and not pull_quote(5, page) and not pull_quote(3, page)


def test_pull_quote_on_a_page_with_many_longer_lines():
    from copydesk.clean.features import build_page, pull_quote

    filler = [f"Line {k} tells of ferries crossing the bay in a gale, crews working late {'again ' * k}."
              for k in range(24)]
    lines = ["crews stayed on board overnight", *filler, "They said crews stayed on board overnight in port."]
    page = build_page(lines, None, 14)
    assert [pull_quote(i, page) for i in range(len(lines))] == [
        _pull_quote_by_count(i, lines) for i in range(len(lines))]
    assert pull_quote(0, page)


_CJK_WORD = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+"
_ODD = ["Ünïcödé café’s “quote” — dash… «guillemets» 1\xa0000 €", "snake_case and CAPS", "Ⅻ ٣٤ ²³ x²",
        "東京で会議 meeting", "ΣΟΦΙΑ straße İstanbul ǅemal", "tab\tnew\x1cfield\u3000ideographic\u2009thin",
        "emoji 🔥 fire_🔥_", "", "   "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ODD), st.text()), max_size=3).map(" ".join))
def test_words_are_the_word_regex_runs(text: str) -> None:
    """`tokenize`'s fast paths (ASCII byte table, typographic replacements) give exactly the `\\w+` runs
    of the lower-cased line, Chinese and Japanese characters one word each."""
    import re

    assert tokenize(text) == re.findall(_CJK_WORD, text.lower())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ODD), st.text()), max_size=3).map(" ".join))
def test_capitalised_share_counts_split_words(text: str) -> None:
    from copydesk.clean.features import _capitalised_share

    words = text.split()
    expected = sum(word[0].isupper() for word in words) / len(words) if words else 0.0
    assert _capitalised_share(text) == expected


def test_space_by_code_point_is_isspace_everywhere() -> None:
    from copydesk.clean.features import _space

    assert [c for c in range(0x110000) if _space(c) != chr(c).isspace()] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("AZaz ÉéßÿŸ÷ДдЖжĸϒǅİı’“—1.!\t") | st.characters(), max_size=30))
def test_all_caps_is_upper_unchanged_and_lower_changed(text: str) -> None:
    """The shortcuts (ASCII `isupper`, a common lower-case letter rejecting the line) agree with the
    definition on mixed scripts, letters without an upper-case form ("ĸ") and title case ("ǅ")."""
    from copydesk.clean.features import _all_caps

    assert _all_caps(text) == (text.upper() == text and text.lower() != text)


def _furniture(lines, name, title="Ferries to run more often"):
    from copydesk.clean.features import FEATURE_NAMES, build_page, line_features

    page = build_page(lines, title, 14)
    k = FEATURE_NAMES.index(name)
    return [line_features(i, page)[k] for i in range(len(lines))]


PROSE = "The harbour board approved a new timetable for the island ferries after months of complaints."


def test_scene_present_marks_captions_told_in_the_present():
    lines = [PROSE, "Ferry crews tie up at the north quay in Tromsø on Tuesday.",
             "The board met on Tuesday and said the change would start in May.",
             "Skippers will meet on Friday to discuss the new rota."]
    assert _furniture(lines, "scene_present") == [0.0, 1.0, 0.0, 0.0]


def test_position_marker_and_top_name():
    lines = ["Dana Holt", PROSE, "Ruth Albers, left, with the new ferry at the quay.",
             "Ruth Albers, the board's chair, said the change was overdue."]
    assert _furniture(lines, "position_marker") == [0.0, 0.0, 1.0, 0.0]
    assert _furniture(lines, "top_name") == [1.0, 0.0, 0.0, 0.0]


def test_line_terms_hold_content_words_the_first_word_and_neighbour_pairs():
    from copydesk.clean.features import line_terms, tokenize

    terms = line_terms(tokenize("I'm running, and I need you"))
    assert {"running", "^i", "i_m", "m_running", "need_you"} <= terms
    assert "and" not in terms and "i" not in terms  # stop words alone carry nothing
    assert line_terms([]) == set()
