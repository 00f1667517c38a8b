"""Date expressions resolved against the article's date: every relative form, no clock."""
from datetime import date

import pytest

from factstore.dates import resolve_date, resolve_near

TUESDAY = date(2022, 7, 19)


@pytest.mark.parametrize("expression, status, expected", [
    ("on Tuesday", "happened", ("2022-07-19", "day")),  # the article's own day
    ("Friday", "happened", ("2022-07-15", "day")),  # the Friday before
    ("Friday", "planned", ("2022-07-22", "day")),  # the Friday after
    ("on 29 June", "happened", ("2022-06-29", "day")),
    ("29 June", "planned", ("2023-06-29", "day")),  # a plan for a day already past this year
    ("last week", "happened", ("2022-07-11", "week")),
    ("later this week", "expected", ("2022-07-18", "week")),
    ("last month", "happened", ("2022-06-01", "month")),
    ("in February", "happened", ("2022-02-01", "month")),
    ("back in January", "happened", ("2022-01-01", "month")),
    ("December", "happened", ("2021-12-01", "month")),  # a past December is last year's
    ("Aug. 2", "happened", ("2021-08-02", "day")),  # told in the past tense: last year's
    ("Aug. 2", None, ("2022-08-02", "day")),  # no tense: a day soon after the article is this year's
    ("Nov. 8", None, ("2022-11-08", "day")),  # "the Nov. 8 election"
    ("December", None, ("2021-12-01", "month")),  # but not one far ahead
    ("in 2018", "happened", ("2018-01-01", "year")),
    ("Feb. 24", "happened", ("2022-02-24", "day")),
    ("June 28 2022", "happened", ("2022-06-28", "day")),
    ("recent months", "happened", (None, None)),
    ("last May", "happened", ("2022-05-01", "month")),
    ("last July", "happened", ("2021-07-01", "month")),  # the article's own month is this July
    ("last December", "happened", ("2021-12-01", "month")),
    ("next March", "planned", ("2023-03-01", "month")),
    ("next Sept.", "planned", ("2022-09-01", "month")),
    ("this June", "happened", ("2022-06-01", "month")),
    ("this coming August", "expected", ("2022-08-01", "month")),
])
def test_relative_dates(expression, status, expected):
    assert resolve_date(expression, TUESDAY, status) == expected


def test_without_an_article_date_only_dates_with_a_year_resolve():
    assert resolve_date("on Tuesday", None) == (None, None)
    assert resolve_date("last month", None) == (None, None)
    assert resolve_date("July 19, 2022", None) == ("2022-07-19", "day")
    assert resolve_date("in 2018", None) == ("2018-01-01", "year")


@pytest.mark.parametrize("expression, status, expected", [
    ("on Tuesday", "happened", ("2022-07-19", "day")),  # the day itself
    ("Friday", "happened", ("2022-07-15", "day")),
    ("Friday", "planned", ("2022-07-22", "day")),
    ("in February", "happened", ("2022-02-01", "month")),
    ("yesterday", "happened", (None, None)),  # counts from a publication date nobody knows
    ("last week", "happened", (None, None)),
])
def test_dates_near_a_day_known_only_roughly(expression, status, expected):
    assert resolve_near(expression, date(2022, 7, 19), status) == expected


@pytest.mark.parametrize("expression, status, expected", [
    ("in 10 days", "happened", ("2022-07-29", "day")),  # a span of time after "in" is to come, whatever the tense
    ("10 days ago", "happened", ("2022-07-09", "day")),
    ("in two weeks", "happened", ("2022-08-01", "week")),
    ("Monday night", "happened", ("2022-07-18", "day")),  # the time of day does not change the day
    ("Tuesday's", "happened", ("2022-07-19", "day")),  # "Tuesday's primary"
    ("Monday night’s", "happened", ("2022-07-18", "day")),
    ("on Sunday morning", "planned", ("2022-07-24", "day")),
])
def test_spans_of_time_to_come_and_times_of_day(expression, status, expected):
    assert resolve_date(expression, TUESDAY, status) == expected


@pytest.mark.parametrize("expression", ["March 5, 2019", "in March 2019", "2019", "Tuesday, March 5, 2019",
                                        "5 March 2019"])
def test_a_date_that_names_its_year_reads_the_same_from_any_article(expression):
    # dates.read_date reads it once for every article: as it reads with no article date at all
    readings = {resolve_date(expression, base, status) for base in (None, date(2019, 3, 1), date(2024, 12, 31))
                for status in ("happened", "planned", None)}
    assert len(readings) == 1 and None not in readings.pop()
