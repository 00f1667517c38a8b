"""Merging event reports across articles, on hand-made reports: no model, no database."""
from datetime import date, timedelta

from hypothesis import given, strategies as st

from factstore.event_merge import DateWindows, EventParticipant, EventReport, group_events, overlap, same_event
from factstore.facts import EventCandidate, TextSpan
from factstore.resolve import ResolvedPerson

PUTIN, KHAMENEI, RAISI = ResolvedPerson(id=1), ResolvedPerson(id=2), ResolvedPerson(id=3)


def report(kind="meeting", people=(PUTIN, KHAMENEI), names=(), on=None, precision="day", place=None,
           reported_on=None, status="happened"):
    participants = [EventParticipant("agent" if i == 0 else "counterpart", person=p) for i, p in enumerate(people)]
    participants += [EventParticipant("signatory", name=n, kind="organization") for n in names]
    candidate = EventCandidate(kind, "04", status, 0, 1, TextSpan(0, 1, "x"))
    return EventReport(0, candidate, participants, on, precision if on else None, place, reported_on)


def test_the_same_meeting_in_different_words_is_one_event():
    assert same_event(report(on="2022-07-19", place="Tehran"), report(on="2022-07-19", place="Iran"))
    assert same_event(report(on="2022-07-19", place="Tehran"), report())  # a report with nothing against it


def test_different_dates_places_people_or_types_are_different_events():
    tehran = report(on="2022-07-19", place="Tehran")
    assert not same_event(tehran, report(on="2022-01-01", precision="month", place="Moscow"))
    assert not same_event(report(place="Tehran"), report(place="Moscow"))
    assert not same_event(tehran, report(people=(PUTIN, RAISI), on="2022-07-19", place="Tehran"))
    assert not same_event(tehran, report(kind="visit", on="2022-07-19", place="Tehran"))


def test_a_month_contains_its_days():
    assert same_event(report(on="2022-01-01", precision="month"), report(on="2022-01-20"))
    assert not same_event(report(on="2022-01-01", precision="month"), report(on="2022-02-01"))


def test_an_undated_report_is_about_the_days_around_its_article():
    dated = report(on="2022-06-29", place="Ashgabat")
    assert same_event(dated, report(reported_on="2022-06-28"))
    assert not same_event(dated, report(reported_on="2022-07-19"))


def test_an_undated_report_of_an_event_to_come_is_about_the_days_after_its_article():
    # "the upcoming election" in an article of April 29 is not the election held on April 24
    held = report(kind="election", on="2016-04-24")
    assert same_event(held, report(kind="election", reported_on="2016-04-29"))
    assert not same_event(held, report(kind="election", reported_on="2016-04-29", status="planned"))
    assert not same_event(held, report(kind="election", reported_on="2016-04-29", status="expected"))
    assert same_event(report(kind="election", on="2016-05-02"),
                      report(kind="election", reported_on="2016-04-29", status="planned"))


def test_organisations_match_by_a_shared_name():
    a = report(kind="agreement", people=(), names=("National Iranian Oil Company", "Gazprom"))
    b = report(kind="agreement", people=(), names=("Russia's Gazprom",))
    c = report(kind="agreement", people=(), names=("Rosneft",))
    assert same_event(a, b) and not same_event(a, c)


def test_grouping_keeps_an_undated_report_from_bridging_two_dates():
    january = report(on="2022-01-15", place="Moscow")
    july = report(on="2022-07-19", place="Moscow")
    undated = report(place="Moscow")
    groups = group_events([january, july, undated], known=[])
    assert sorted(len(g.reports) for g in groups) == [1, 2]


def test_each_report_keeps_its_own_reading_and_the_event_takes_the_commonest():
    reports = [report(on="2022-07-19", place="Tehran"), report(on="2022-07-19"), report(on=None, place="Tehran")]
    (group,) = group_events(reports, known=[])
    assert (group.occurred_on, group.precision, group.place) == ("2022-07-19", "day", "Tehran")


day = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 1))
span = st.tuples(day, st.integers(0, 10)).map(lambda s: (s[0], s[0] + timedelta(days=s[1])))


@given(st.lists(st.one_of(st.none(), span), max_size=8), span)
def test_date_windows_allow_a_date_exactly_when_one_of_their_ranges_does(ranges, on):
    assert DateWindows(ranges).allow(on) == any(r is None or overlap(r, on) for r in ranges)
