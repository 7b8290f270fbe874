from __future__ import annotations

from datetime import date, datetime

import pytest

from copydesk.enrich.dates import ResolvedDate, resolve

# Wednesday 9 October 2024, 14:00
PUB = datetime(2024, 10, 9, 14, 0)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Monday", "2024-10-07"),
        ("on Monday", "2024-10-07"),
        ("Wednesday", "2024-10-09"),
        ("last Wednesday", "2024-10-02"),
        ("Thursday", "2024-10-03"),
        ("next Friday", "2024-10-11"),
        ("Sunday night", "2024-10-06"),
        ("yesterday", "2024-10-08"),
        ("today", "2024-10-09"),
        ("tomorrow", "2024-10-10"),
        ("three days ago", "2024-10-06"),
        ("two weeks ago", "2024-09-25"),
        ("last month", "2024-09"),
        ("earlier this month", "2024-10"),
        ("next month", "2024-11"),
        ("two months ago", "2024-08"),
        ("last year", "2023"),
        ("this week", "2024-W41"),
        ("last week", "2024-W40"),
        ("in August", "2024-08"),
        ("in August 2019", "2019-08"),
        ("on 4 October", "2024-10-04"),
        ("October 4", "2024-10-04"),
        ("Oct. 4, 2007", "2007-10-04"),
        ("4 October 2007", "2007-10-04"),
        ("the 4th of October", "2024-10-04"),
        ("March 28", "2024-03-28"),
        ("in 2018", "2018"),
        ("2024-03-05", "2024-03-05"),
    ],
)
def test_resolves_news_expressions(expression: str, expected: str) -> None:
    found = resolve(expression, PUB)
    assert found is not None
    assert found.iso() == expected


def test_bare_month_after_publication_is_last_years() -> None:
    found = resolve("in November", datetime(2024, 2, 10))
    assert found is not None and found.iso() == "2023-11"


def test_day_month_soon_after_publication_stays_this_year() -> None:
    found = resolve("on 20 October", PUB)
    assert found is not None and found.iso() == "2024-10-20"


def test_weekday_on_its_own_day_is_that_day_and_last_goes_back_a_week() -> None:
    monday = date(2024, 10, 7)
    assert resolve("Monday", monday) == ResolvedDate(monday, "day")
    assert resolve("last Monday", monday) == ResolvedDate(date(2024, 9, 30), "day")


@pytest.mark.parametrize("expression", ["", "   ", "may", "recent weeks", "the 1990s", "soon", "x" * 5000])
def test_unresolvable_is_none(expression: str) -> None:
    assert resolve(expression, PUB) is None


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve("Monday", None) is None
    assert resolve("last month", None) is None
    found = resolve("4 October 2007", None)
    assert found is not None and found.iso() == "2007-10-04"


def test_accepts_a_date_as_well_as_a_datetime() -> None:
    assert resolve("yesterday", date(2024, 1, 1)) == ResolvedDate(date(2023, 12, 31), "day")


def test_impossible_day_is_none() -> None:
    assert resolve("31 February 2020", PUB) is None
