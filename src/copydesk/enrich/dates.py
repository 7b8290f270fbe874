"""Resolve the date expressions of news text against the article's publication date.

"Monday", "last month", "in August", "on 4 October", "three days ago" mean nothing without the
day the story was written. News reports mostly past events, so a bare weekday or month is the
most recent one not after publication. The result keeps its precision (day, month or year) and
prints as a reduced-precision ISO 8601 string ("2024-08" for "in August", "2024-W39" for
"last week").

Common relative forms are handled by the rules here: dateparser returns a full datetime for
"last month" (losing the precision) and is slower, so it is only the fallback for absolute forms
the rules do not cover ("the 4th of October").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
         "august aug", "september sep sept", "october oct", "november nov", "december dec")
    )
    for name in names.split()
}
_DAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday"
WEEKDAYS = {name: i for i, name in enumerate(_DAY_NAMES.split())}
_NUMBER_NAMES = "one two three four five six seven eight nine ten eleven twelve"
NUMBERS = {w: i + 1 for i, w in enumerate(_NUMBER_NAMES.split())}
NUMBERS.update({"a": 1, "an": 1, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2})
#: A day-month date this many days after publication is taken to be last year's.
FUTURE_SLACK_DAYS = 60

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b"),
    re.compile(rf"\b(?:in|during|since|by|until|of|early|late|mid-?)?\s*{_MONTH}\b"),
    re.compile(rf"\b{_YEAR}\b"),
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_AGO = re.compile(r"\b(?P<n>\d+|a few|a couple of|couple of|several|an?|[a-z]+)\s+"
                  r"(?P<unit>day|week|month|year)s?\s+ago\b")
_RELATIVE = re.compile(r"\b(?P<which>last|this|next|past|previous|coming|earlier this|later this)\s+"
                       r"(?P<unit>week|weekend|month|year)\b")
_WEEKDAY = re.compile(r"\b(?:(?P<which>last|this|next|past|previous|coming)\s+)?(?P<wd>"
                      + "|".join(WEEKDAYS) + r")\b")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar date and how much of it the text actually gave."""

    value: date
    precision: Precision

    def iso(self) -> str:
        """'2024-08-05', '2024-W32', '2024-08' or '2024' by precision."""
        if self.precision == "week":
            year, week, _ = self.value.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


def _day(value: date) -> ResolvedDate:
    return ResolvedDate(value, "day")


def _month(year: int, month: int) -> ResolvedDate:
    year += (month - 1) // 12
    return ResolvedDate(date(year, (month - 1) % 12 + 1, 1), "month")


def _year(year: int) -> ResolvedDate:
    return ResolvedDate(date(year, 1, 1), "year")


def _simple(text: str, pub: date) -> ResolvedDate | None:
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return _day(pub)
    if "day before yesterday" in text:
        return _day(pub - timedelta(days=2))
    if re.search(r"\b(yesterday|last night)\b", text):
        return _day(pub - timedelta(days=1))
    if "tomorrow" in text:
        return _day(pub + timedelta(days=1))
    return None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _ago(text: str, pub: date) -> ResolvedDate | None:
    match = _AGO.search(text)
    n = _number(match["n"]) if match else None
    if match is None or n is None:
        return None
    unit = match["unit"]
    if unit in ("day", "week"):
        return _day(pub - timedelta(days=n * (7 if unit == "week" else 1)))
    if unit == "month":
        return _month(pub.year, pub.month - n)
    return _year(pub.year - n)


def _relative(text: str, pub: date) -> ResolvedDate | None:
    match = _RELATIVE.search(text)
    if match is None:
        return None
    which, unit = match["which"], match["unit"]
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "month":
        return _month(pub.year, pub.month + step)
    if unit == "year":
        return _year(pub.year + step)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    if unit == "weekend":
        saturday = monday + timedelta(days=5)
        return _day(saturday - timedelta(weeks=1) if saturday > pub and step == 0 else saturday)
    return ResolvedDate(monday, "week")


def _weekday(text: str, pub: date) -> ResolvedDate | None:
    match = _WEEKDAY.search(text)
    if match is None:
        return None
    wanted = WEEKDAYS[match["wd"]]
    if match["which"] in ("next", "coming"):
        return _day(pub + timedelta(days=(wanted - pub.weekday()) % 7 or 7))
    back = (pub.weekday() - wanted) % 7
    if match["which"] in ("last", "past", "previous") and back == 0:
        back = 7
    return _day(pub - timedelta(days=back))


def _past_year(pub: date, month: int, day: int = 1) -> int:
    """Year of a day-month without year: this year unless that lies well after publication."""
    try:
        candidate = date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year - 1 if candidate > pub + timedelta(days=FUTURE_SLACK_DAYS) else pub.year


def _absolute(text: str, pub: date | None) -> ResolvedDate | None:
    match = _ISO.search(text)
    if match:
        return _build(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("month") == "may" and not (parts.get("day") or parts.get("year")):
            continue  # "may" alone is the modal verb
        return _from_parts(parts, pub)
    return None


def _from_parts(parts: dict[str, str | None], pub: date | None) -> ResolvedDate | None:
    month_word, day_word, year_word = parts.get("month"), parts.get("day"), parts.get("year")
    month = MONTHS[month_word] if month_word else None
    day = int(day_word) if day_word else None
    year = int(year_word) if year_word else None
    if month is None:
        return _year(year) if year else None
    if year is None:
        if pub is None:
            return None
        year = _past_year(pub, month, day or 1)
    return _build(year, month, day) if day else _month(year, month)


def _build(year: int, month: int, day: int | None) -> ResolvedDate | None:
    try:
        return _day(date(year, month, day)) if day else _month(year, month)
    except ValueError:
        return None


def _fallback(text: str, pub: date) -> ResolvedDate | None:
    """dateparser for absolute forms the rules missed; only when a digit or month is present."""
    if not (re.search(r"\d", text) and any(m in text for m in MONTHS if len(m) > 3)):
        return None
    try:
        import dateparser

        settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "past",
                    "REQUIRE_PARTS": ["day", "month"]}
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; an unresolved date is not an error
        return None
    return _day(found.date()) if found else None


_RULES = (_simple, _ago, _relative, _absolute, _weekday)


def resolve(expression: str, published: date | datetime | None) -> ResolvedDate | None:
    """The date an expression names, relative to `published`; None when it names none.

    Absolute dates ("4 October 2007", "in 2018") resolve without a publication date.
    """
    text = " ".join(expression.lower().split())[:200]
    if not text:
        return None
    pub = published.date() if isinstance(published, datetime) else published
    try:
        if pub is None:
            return _absolute(text, None)
        for rule in _RULES:
            found = rule(text, pub)
            if found is not None:
                return found
        return _fallback(text, pub)
    except (ValueError, OverflowError):  # dates out of the calendar's range: not a date we can use
        return None
