"""Resolve the date expressions of news text against the article's own date.

    resolve_date("on Tuesday", date(2022, 7, 19), "happened") -> ("2022-07-19", "day")

Pure functions over strings and dates: never the clock. Dates are returned as
ISO strings with a precision (day, week, month or year); a week or month is
given by its first day. Without a base date, only expressions that name
their year resolve.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

from dateparser.date import DateDataParser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words around a date that do not change it: "back in January", "later this week".
# ("in" stays before a span of time: "in 10 days" is to come, "10 days" alone could be either way.)
FILLER = re.compile(r"^(?:on|in(?!\s+\S+\s+(?:days?|weeks?|months?|years?)\b)|at|by|since|from|during|back in"
                    r"|earlier|later|early|late|mid-?)\s+", re.I)
RELATIVE = re.compile(r"\b(?:last|next|this|ago|yesterday|today|tomorrow|weeks?|weekend|days|months|years)\b", re.I)
TO_COME = re.compile(r"^in\s+\S+\s+(?:days?|weeks?|months?|years?)$", re.I)
TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
POSSESSIVE = re.compile(r"['’]s$")
HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
FUTURE_STATUSES = ("planned", "expected")
# "last May", "next March", "this June", which dateparser does not read: a month named from the article's.
SIDE_OF_MONTH = re.compile(r"^(?P<side>last|next|this|this past|this coming)\s+(?P<month>[a-z]+)\.?$", re.I)
MONTH_NUMBERS = {name.lower(): n for names in (calendar.month_name, calendar.month_abbr)
                 for n, name in enumerate(names) if name} | {"sept": 9}
# A day of a month with no year: "June 16", "Sept. 9", "Tuesday, June 16th" (is_day_of_month checks the month).
DAY_OF_MONTH = re.compile(r"(?:[A-Za-z]+,? )?(?P<month>[A-Za-z]+)\.? \d{1,2}(?:st|nd|rd|th)?")
# A day or month named without its year for an event no tense places (status None): this year's up to this
# many days after the article ("the April 19 primary" in an article of April 6), else last year's.
NEAR_FUTURE_DAYS = 120


def is_day_of_month(text: str) -> bool:
    """A day of a named month with no year: "June 16", "Sept. 9", "Tuesday, June 16th"; not "Day 1"."""
    found = DAY_OF_MONTH.fullmatch(text.strip())
    return found is not None and found["month"].lower() in MONTH_NUMBERS


@lru_cache(maxsize=64)
def parser(prefer: str, base: Optional[date]) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.combine(base, datetime.min.time())
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def read_date(text: str, prefer: str, base: Optional[date]) -> tuple[Optional[date], Optional[str]]:
    """dateparser's reading of a date expression from `base`: the day and its period."""
    data = parser(prefer, base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period or "day"


def clean(expression: str) -> str:
    text = POSSESSIVE.sub("", " ".join(expression.split()).strip(" ,."))  # "Tuesday's primary"
    while (stripped := TIME_OF_DAY.sub("", FILLER.sub("", text))) != text:
        text = stripped
    return text


def resolve_near(expression: str, around: date, status: str = "happened") -> tuple[Optional[str], Optional[str]]:
    """Resolve against a day known only roughly (the day of the events an undated article shares
    with dated ones) as if the article were written that day: weekday names and dates without a
    year resolve; expressions that count from the unknown publication date ("yesterday", "last
    week") do not.

        resolve_near("on Tuesday", date(2022, 7, 19)) -> ("2022-07-19", "day")
    """
    if RELATIVE.search(clean(expression)):
        return None, None
    return resolve_date(expression, around, status)


@lru_cache(maxsize=4096)  # an article's reports, and a day's articles, repeat their date expressions
def resolve_date(expression: str, base: Optional[date], status: Optional[str] = "happened"
                 ) -> tuple[Optional[str], Optional[str]]:
    """(ISO date, precision) of a date expression, or (None, None) if the text doesn't fix it. `status` is
    the event's as its words give it; None when no tense says whether it is past or to come."""
    text = clean(expression)
    if not text:
        return None, None
    future = status in FUTURE_STATUSES
    if text.lower() in WEEKDAYS:
        if base is None:
            return None, None
        wanted = WEEKDAYS.index(text.lower())
        days = (wanted - base.weekday()) % 7 if future else -((base.weekday() - wanted) % 7)
        return (base + timedelta(days=days)).isoformat(), "day"
    if base is None and not HAS_YEAR.search(text):
        return None, None
    named = SIDE_OF_MONTH.match(text)
    if named and named["month"].lower() in MONTH_NUMBERS:
        return month_from(named["side"].lower(), MONTH_NUMBERS[named["month"].lower()], base).isoformat(), "month"
    relative = bool(RELATIVE.search(text))
    prefer = ("future" if future or TO_COME.match(text) else "past") if relative else "current_period"
    # a date that names its year reads the same from any day: read once for every article that gives it
    found, precision = read_date(text, prefer, None if HAS_YEAR.search(text) and not relative else base)
    if found is None:
        return None, None
    if not relative and base is not None and not HAS_YEAR.search(text):
        # a month or a day without a year: the one nearest the article, on the side its tense says
        ahead = NEAR_FUTURE_DAYS if status is None else 0  # a past tense puts it before the article
        if not future and (found - base).days > ahead \
                and (found.year - 1, found.month) <= (base.year, base.month):
            found = found.replace(year=found.year - 1)
        elif future and found < base:
            found = found.replace(year=found.year + 1)
    if precision == "year":
        found = found.replace(month=1, day=1)
    elif precision == "month":
        found = found.replace(day=1)
    elif precision == "week":
        found -= timedelta(days=found.weekday())
    return found.isoformat(), precision


def month_from(side: str, month: int, base: date) -> date:
    """The first day of the month named "last", "next" or "this" in an article of `base`: last May is
    the latest May before the article's month, next May the first after it, this May the article's year's."""
    year = base.year
    if side in ("last", "this past"):
        year -= month >= base.month
    elif side in ("next", "this coming"):
        year += month <= base.month
    return date(year, month, 1)
