"""Merging event reports across articles, on hand-made reports: no model, no database."""
from datetime import date, timedelta

from hypothesis import example, given, strategies as st

from factstore.event_merge import (DateWindows, EventGroup, EventParticipant, EventReport, compatible, consensus_date,
                                   dates_agree, group_events, months_reached, overlap, same_event)
from factstore.facts import EventCandidate, TextSpan
from factstore.resolve import ResolvedPerson

PUTIN, KHAMENEI, RAISI = ResolvedPerson(id=1), ResolvedPerson(id=2), ResolvedPerson(id=3)


def report(kind="meeting", people=(PUTIN, KHAMENEI), names=(), on=None, precision="day", place=None,
           reported_on=None, status="happened", order=(), article=0, several=False, office=None):
    participants = [EventParticipant("agent" if i == 0 else "counterpart", person=p) for i, p in enumerate(people)]
    participants += [EventParticipant("signatory", name=n, kind="organization") for n in names]
    candidate = EventCandidate(kind, "04", status, 0, 1, TextSpan(0, 1, "x"), several=several,
                               office=office and office[0], office_country=office and office[1])
    return EventReport(article, candidate, participants, on, precision if on else None, place, reported_on, order)


def test_the_same_meeting_in_different_words_is_one_event():
    assert same_event(report(on="2022-07-19", place="Tehran"), report(on="2022-07-19", place="Iran"))
    assert same_event(report(on="2022-07-19", place="Tehran"), report())  # a report with nothing against it


def test_different_dates_places_people_or_types_are_different_events():
    tehran = report(on="2022-07-19", place="Tehran")
    assert not same_event(tehran, report(on="2022-01-01", precision="month", place="Moscow"))
    assert not same_event(report(place="Tehran"), report(place="Moscow"))
    assert not same_event(tehran, report(people=(PUTIN, RAISI), on="2022-07-19", place="Tehran"))
    assert not same_event(tehran, report(kind="visit", on="2022-07-19", place="Tehran"))


def test_one_article_telling_again_of_one_persons_act_tells_of_the_same_one():
    # "Ash accused Priebus in an email Saturday ... accusing them of ...": one accusation; in two
    # articles, nothing but the person says the two are one
    dated = report(kind="accusation", people=(PUTIN,), on="2016-04-16")
    assert same_event(dated, report(kind="accusation", people=(PUTIN,)))
    assert not same_event(dated, report(kind="accusation", people=(PUTIN,), article=1))
    # a story tells of several trips, and of summits of different parties
    assert not same_event(report(kind="visit", people=(PUTIN,), on="2022-07-19"), report(kind="visit", people=(PUTIN,)))
    summit = report(kind="summit", people=(PUTIN, RAISI), place="Moscow")
    assert not same_event(summit, report(kind="summit", people=(RAISI,), on="2022-06-24"))
    # nor is one speech another: "Cruz gave a speech on Tuesday ... In an earlier speech, Cruz ..."
    assert not same_event(report(kind="speech", people=(PUTIN,), on="2022-07-19"),
                          report(kind="speech", people=(PUTIN,)))


def test_a_month_contains_its_days():
    assert same_event(report(on="2022-01-01", precision="month"), report(on="2022-01-20"))
    assert not same_event(report(on="2022-01-01", precision="month"), report(on="2022-02-01"))


def test_an_undated_report_is_about_the_days_around_its_article():
    dated = report(on="2022-06-29", place="Ashgabat")
    assert same_event(dated, report(reported_on="2022-06-28"))
    assert not same_event(dated, report(reported_on="2022-07-19"))


def test_one_article_may_tell_again_undated_of_what_it_dated_in_the_weeks_before_it():
    # "stepped down as chair on July 24 ... her ouster", in an article of August 1
    stepped_down = report(kind="resignation", people=(PUTIN,), on="2016-07-24", article=3)
    assert same_event(stepped_down, report(kind="resignation", people=(PUTIN,), reported_on="2016-08-01", article=3))
    assert not same_event(stepped_down, report(kind="resignation", people=(PUTIN,), reported_on="2016-08-01", article=4))
    # nor what it dated years before ("the 2015 nuclear deal" and "a deal" signed now), nor what is to come
    assert not same_event(report(kind="agreement", people=(PUTIN,), on="2015-01-01", precision="year", article=3),
                          report(kind="agreement", people=(PUTIN,), reported_on="2022-07-19", article=3))
    assert not same_event(stepped_down, report(kind="resignation", people=(PUTIN,), reported_on="2016-08-01",
                                               status="planned", article=3))
    # two dates in one article still disagree, and what has happened does not reach forward further
    assert not same_event(report(on="2016-07-20", article=3), report(on="2016-07-28", article=3))
    assert not same_event(report(on="2016-08-14", status="planned", article=3),
                          report(reported_on="2016-08-01", article=3))


def test_undated_reports_in_articles_months_apart_are_two_happenings():
    march = report(reported_on="2016-03-01")
    assert same_event(march, report(reported_on="2016-03-20"))
    assert not same_event(march, report(reported_on="2016-09-12"))
    assert same_event(march, report())  # an article with no date rules nothing out


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


def test_an_event_takes_the_finer_date_inside_the_commonest_when_those_agree():
    # "the election this year" twice, "the election on Nov. 8" and "in November": it was on Nov. 8
    year, month, day_ = ("2016-01-01", "year", 1), ("2016-11-01", "month", 1), ("2016-11-08", "day", 1)
    assert consensus_date([year, year, day_]) == ("2016-11-08", "day")
    assert consensus_date([year, year, month, day_]) == ("2016-11-08", "day")
    assert consensus_date([year, year, month]) == ("2016-11-01", "month")
    # two days of one year do not agree (a misread, or two events): the year stands
    assert consensus_date([year, year, day_, ("2016-03-05", "day", 1)]) == ("2016-01-01", "year")
    # a finer date outside the commonest is outvoted, as before
    assert consensus_date([year, year, ("2015-11-08", "day", 1)]) == ("2016-01-01", "year")
    assert consensus_date([]) is None
    # a reading is its date and its precision: "this year" and "in January" both start on January 1
    assert consensus_date([("2017-01-01", "year", 2), ("2017-01-01", "month", 1)]) == ("2017-01-01", "month")
    # a tie goes to the earliest report's reading
    assert consensus_date([("2016-10-01", "month", 1), ("2016-11-01", "month", 1)]) == ("2016-10-01", "month")


def test_an_event_reads_its_reports_earliest_first_whichever_batch_brought_them():
    # "in October", stored by an earlier batch from a December article; "the week of Oct. 31" from an earlier
    # article in this batch: one reading each, and the earlier article's leads, as in the store (event_readings)
    later = report(people=(), on="2016-10-01", precision="month", order=("2016-12-05", "b.txt", "", 0))
    earlier = report(people=(), on="2016-10-31", precision="week", order=("2016-11-02", "a.txt", "", 0))
    group = stored(7, later)
    group.reports.append(earlier)
    assert (group.occurred_on, group.precision) == ("2016-10-31", "week")


def test_an_event_reported_this_year_and_on_its_day_is_on_that_day():
    office = ("president", "Ghana")
    reports = [report(people=(), on="2020-01-01", precision="year", office=office),
               report(people=(), on="2020-01-01", precision="year", office=office),
               report(people=(), on="2020-12-07", office=office)]
    (group,) = group_events(reports, known=[])
    assert (group.occurred_on, group.precision) == ("2020-12-07", "day")


day = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 1))
span = st.tuples(day, st.integers(0, 10)).map(lambda s: (s[0], s[0] + timedelta(days=s[1])))


@given(st.lists(st.one_of(st.none(), span), max_size=8), span)
def test_date_windows_allow_a_date_exactly_when_one_of_their_ranges_does(ranges, on):
    assert DateWindows(ranges).allow(on) == any(r is None or overlap(r, on) for r in ranges)
    # a span backwards, from a day after its end to its start, asks for a joined window covering it
    windows, (later, earlier) = DateWindows(ranges), (on[1] + timedelta(days=1), on[0])
    covered = windows.any_date or any(s <= earlier and e >= later for s, e in zip(windows.starts, windows.ends))
    assert windows.allow((later, earlier)) == covered
    if any(r is None or r[0] <= earlier and r[1] >= later for r in ranges):
        assert covered


near = st.dates(min_value=date(2019, 11, 1), max_value=date(2020, 3, 1))
OFFICE = ("president", "Ghana")
any_report = st.one_of(
    st.tuples(near, st.sampled_from(["day", "week", "month", "year"]), st.sampled_from([None, OFFICE])).map(
        lambda d: report(on=d[0].isoformat(), precision=d[1], office=d[2])),
    st.tuples(near, st.sampled_from(["happened", "planned"]), st.sampled_from([None, OFFICE])).map(
        lambda d: report(reported_on=d[0].isoformat(), status=d[1], office=d[2])),
    st.just(report()))


@given(any_report, any_report)
@example(report(reported_on="2020-01-20"), report(reported_on="2020-02-18"))  # 29 days: one happening
@example(report(on="2020-02-01"), report(reported_on="2020-01-26"))
@example(report(reported_on="2019-11-01", office=OFFICE), report(on="2020-03-01", office=OFFICE))
def test_reports_whose_dates_do_not_disagree_reach_a_month_in_common(a, b):
    # group_events compares a report only with the groups filed under a month it reaches
    if dates_agree(a, b) is not False:
        reached_a, reached_b = months_reached(a), months_reached(b)
        assert reached_a is None or reached_b is None or set(reached_a) & set(reached_b)


def stored(event_id, *reports):
    """An event an earlier run stored, with its reports."""
    for r in reports:
        r.article = -1
    return EventGroup(id=event_id, stored=list(reports), stored_article_ids=frozenset({event_id}))


def test_a_report_is_matched_with_each_report_of_a_stored_event():
    # One report placed the meeting in Tehran, another dated it: a report of a meeting in Moscow that day
    # fits what the two say together, but not the first, as it would not had one run seen all three.
    tehran = report(place="Tehran")
    dated = report(on="2022-07-19")
    moscow = report(on="2022-07-19", place="Moscow")
    assert [len(g.all()) for g in group_events([tehran, dated, moscow], known=[])] == [2, 1]
    event = stored(7, report(place="Tehran"), report(on="2022-07-19"))
    (group,) = group_events([moscow], known=[event])
    assert group.id is None and group.reports == [moscow]


def test_a_report_fitting_two_stored_events_joins_the_one_reported_first():
    # Two undated meetings of the same people, one reported on July 21, one on July 20 but stored after
    # it: a report that fits both goes where one run over all three would put it, with the earliest.
    later = stored(1, report(reported_on="2022-07-21", order=("2022-07-21", "b.txt", "", 0)))
    earlier = stored(2, report(reported_on="2022-07-20", order=("2022-07-20", "a.txt", "", 0)))
    new = report(order=("9999", "c.txt", "", 0))
    (group,) = group_events([new], known=[later, earlier])
    assert group.id == 2


def test_a_bare_visit_that_joined_its_article_s_trip_does_not_keep_later_reports_out():
    # "her second trip abroad" joined the trip its article reports; a later run's report of that trip
    # matches the trip, as it would in one run, where bare visits are grouped last
    trip = report(kind="visit", people=(PUTIN,), on="2022-07-19", place="Tehran")
    bare = report(kind="visit", people=(PUTIN,))
    (group,) = group_events([trip, bare], known=[])
    assert group.reports == [trip, bare]
    event = stored(3, report(kind="visit", people=(PUTIN,), on="2022-07-19", place="Tehran"),
                   report(kind="visit", people=(PUTIN,)))
    later = report(kind="visit", people=(PUTIN,), on="2022-07-19", place="Iran")
    (joined,) = group_events([later], known=[event])
    assert joined.id == 3


def test_bare_visits_alone_do_not_gather_the_trips_of_their_article():
    # an article of two trips (to Beijing in February, to Tehran): its headline's "trip" and a later
    # "the trip" could be either, so they stay apart, and neither gathers the trips
    headline, bare = report(kind="visit", people=(PUTIN,)), report(kind="visit", people=(PUTIN,))
    beijing = report(kind="visit", people=(PUTIN,), on="2022-02-01", precision="month", place="Beijing")
    tehran = report(kind="visit", people=(PUTIN,), place="Tehran")
    groups = group_events([headline, bare, beijing, tehran], known=[])
    assert sorted(len(g.reports) for g in groups) == [1, 1, 1, 1]


def test_only_the_same_day_makes_two_places_one_event():
    # outlets may disagree on where a dated meeting was; "later this year" to two countries is two trips
    assert same_event(report(on="2022-07-19", place="Tehran"), report(on="2022-07-19", place="Isfahan"))
    germany = report(kind="visit", people=(PUTIN,), on="2019-01-01", precision="year", place="Germany")
    sweden = report(kind="visit", people=(PUTIN,), on="2019-01-01", precision="year", place="Sweden")
    assert not same_event(germany, sweden)
    assert same_event(germany, report(kind="visit", people=(PUTIN,), on="2019-01-01", precision="year",
                                      place="Berlin"))
    july = report(kind="visit", people=(PUTIN,), on="2022-07-01", precision="month", place="Tehran")
    assert not same_event(july, report(kind="visit", people=(PUTIN,), on="2022-07-19", place="Moscow"))


def test_a_meeting_with_someone_unnamed_is_kept_when_its_day_or_place_tells_it_apart():
    # "Putin met union leaders in Boston on Wednesday": one person named, a place and a day
    placed = report(people=(PUTIN,), place="Boston")
    dated = report(people=(PUTIN,), on="2022-07-20")
    assert [g.reports for g in group_events([placed, dated], [])] == [[placed], [dated]]
    # "Putin met with them": nothing to tell it from any other
    assert group_events([report(people=(PUTIN,))], []) == []


def test_two_counts_of_the_same_days_happenings_are_one_and_no_count_is_one_of_them():
    # "Tuesday's contests" and "the primaries Tuesday" in one article, not those of another day or
    # another place; "her win" that Tuesday is one of them, not all
    def count(on, place=None):
        return report(kind="election", people=(), on=on, place=place, several=True, reported_on="2016-03-16")
    contests, primaries = count("2016-03-15"), count("2016-03-15")
    assert same_event(contests, primaries)
    assert not same_event(contests, count("2016-03-08"))
    assert not same_event(count("2016-03-15", place="Ohio"), count("2016-03-15", place="Florida"))
    assert not same_event(contests, report(kind="election", people=(PUTIN,), on="2016-03-15"))
    groups = group_events([contests, primaries, count("2016-03-08")], [])
    assert sorted(len(g.reports) for g in groups) == [1, 2]


def test_elections_for_one_office_are_one_event_whoever_they_say_ran_and_months_apart():
    # "Okafor would win the presidential election" in March, "Mensah said the presidential election ..." in
    # July, "Mensah won the presidential election" on December 7: one election
    def election(people, office=OFFICE, **when):
        return report(kind="election", people=people, office=office, **when)
    march, july = election((PUTIN,), reported_on="2024-03-02"), election((RAISI,), reported_on="2024-07-15")
    december = election((RAISI,), on="2024-12-07")
    assert same_event(march, july) and same_event(march, december) and same_event(july, december)
    assert [len(g.reports) for g in group_events([march, july, december], [])] == [3]
    # not another country's, another office's, nor one more than a year after the article, nor long before it
    assert not same_event(march, election((PUTIN,), office=("president", "Kenya"), reported_on="2024-03-04"))
    assert not same_event(march, election((PUTIN,), office=("mayor", "Ghana"), reported_on="2024-03-04"))
    assert not same_event(march, election((RAISI,), on="2025-12-06"))
    assert not same_event(march, election((RAISI,), on="2020-12-07"))
    # an election no office is said of keeps to the days around its article, against one that has an
    # office too; an election still to come does not reach back
    assert not same_event(election((PUTIN,), office=None, reported_on="2024-03-02"), december)
    assert not same_event(election((RAISI,), office=None, on="2024-12-07"), march)
    coming = election((PUTIN,), reported_on="2024-03-02", status="expected")
    assert same_event(coming, december) and not same_event(coming, election((RAISI,), on="2024-02-10"))
    assert same_event(march, election((RAISI,), on="2024-02-10"))


def test_a_surname_tagged_as_an_organisation_is_the_one_person_the_article_names_so():
    from collections import Counter
    from factstore.event_merge import surname_bearer
    from factstore.resolve import Mention, MentionsByPlace
    trump = ResolvedPerson(full_names=Counter({"Donald Trump": 1}))
    hillary, bill = (ResolvedPerson(full_names=Counter({name: 1})) for name in ("Hillary Clinton", "Bill Clinton"))
    mentions = MentionsByPlace([Mention(0, 12, "Donald Trump", "name", trump),
                                Mention(20, 35, "Hillary Clinton", "name", hillary),
                                Mention(40, 52, "Bill Clinton", "name", bill)])
    assert surname_bearer(mentions, "Trump") is trump
    assert surname_bearer(mentions, "Clinton") is None  # two bearers: no telling which
    assert surname_bearer(mentions, "Trump Organization") is None


def legislation(word: str, at: int = 0, article: int = 0, people=()) -> EventReport:
    candidate = EventCandidate("legislation", "00", "happened", at, at + 1, TextSpan(at, at + len(word), word))
    participants = [EventParticipant("agent", person=p) for p in people]
    return EventReport(article, candidate, participants, None, None, None, "2016-05-03")


def test_one_article_s_steps_of_a_law_s_making_are_events_of_their_own():
    # "lawmakers passed the bill ... the governor vetoed it ... the veto ... they will try to override it"
    reports = [legislation(word, at) for at, word in enumerate(("passed", "vetoed", "veto", "bill", "override"))]
    groups = group_events(reports, [])
    # a noun names no step: "the bill" is the last one told of before it
    assert sorted(sorted(r.candidate.trigger.text for r in g.reports) for g in groups) == [
        ["bill", "veto", "vetoed"], ["override"], ["passed"]]
    assert not same_event(legislation("passed", people=(PUTIN,)), legislation("vetoed", people=(PUTIN,)))
    # across articles the steps say nothing: stored reports keep no trigger
    assert compatible(legislation("passed"), legislation("vetoed", article=1))
