"""Signals of copydesk.clean.features that the model relies on."""

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
