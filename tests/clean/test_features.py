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
