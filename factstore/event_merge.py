"""Tie the events of many articles together: one real event, many reports.

Pure functions. Each report (an EventCandidate of one article) is first
resolved on its own: its participants to people (through the article's person
mentions) or to named organisations and countries, its date against the
article's date. Reports are then grouped: same type, the same people (or, for
events between organisations, a shared name), and no disagreement that rules
the match out (two known dates that differ, or two places unless both reports
give the same day to vouch for them). Where reports of one event disagree, each
keeps its own reading; the event takes the reading most reports give.

Two readings come from other reports rather than the report's own words: an
article with no date of its own has its weekday names read against the date
other reports give the events it shares with them, and an event with no date
takes that of the visit during which it took place.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

from .dates import resolve_date, resolve_near
from .facts import EventCandidate
from .lexicon import OFFICE_TITLES, PERSON_NOUNS, ROLE_NOUNS
from .names import surname_key
from .organisations import canonical, country_name
from .paragraphs import paragraph_before, paragraph_of
from .places import finest, is_region, same_place
from .resolve import (PERSONAL_PRONOUNS, POSSESSIVE_GENDER, PRONOUN_GENDER, MentionsByPlace, ResolvedPerson,
                      is_possessive, word_before)

POSSESSIVE_PRONOUNS = {"his", "her"}
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
ENTITY_KINDS = {"ORG": "organization", "GPE": "country", "NORP": "group"}
STATUS_RANK = {"happened": 5, "ongoing": 4, "expected": 3, "planned": 2, "denied": 1, "negated": 0}
# Events one party can make alone; the others need two to be told apart.
ONE_SIDED = {"visit", "membership application", "sanctions", "attack", "threat", "accusation", "denial", "travel",
             "speech", "rally", "protest", "endorsement", "donation", "election", "vote", "candidacy",
             "appointment", "resignation", "legislation", "investigation", "hearing", "lawsuit", "charge",
             "arrest", "death", "leak", "debate", "summit", "agreement"}
# Types two reports of which may be one happening though they name nobody: each article's "the
# investigation" is the one it spoke of before.
ANAPHORIC = set(ONE_SIDED) - {"visit", "travel", "membership application"}
# One person's acts one article tells of again in other words, meaning the one it told of before ("Ash
# accused Priebus on Saturday ... accusing him of ...", "won the Missouri primary ... her win"); not
# speeches, rallies, arrests or attacks, of which a story may tell several ("In an earlier speech, Cruz ...").
RETOLD = {"accusation", "denial", "threat", "endorsement", "election", "vote", "candidacy", "appointment",
          "resignation", "legislation", "investigation", "lawsuit", "charge", "leak", "donation", "sanctions"}
# The steps of a law's making, by the start of the verbs that report them ("passed", "vetoes", "overrode").
LEGISLATIVE_STEPS = ("pass", "veto", "sign", "overr", "block", "repeal", "enact", "approv", "reject", "adopt")
# Types whose place tells one happening from another the same day: Tuesday's primaries in two states.
HELD_IN_A_PLACE = {"election", "vote", "rally", "protest"}
# An undated report matches dated events this close to its article's date.
UNDATED_WINDOW_DAYS = 7
# Two undated reports in articles further apart than this are of two happenings.
UNDATED_APART_DAYS = 30
# Statuses that put an event after the article that reports it.
TO_COME = {"planned", "expected"}
# An election for an office that its report does not date is the one of that office nearest its article:
# news speaks of the coming one up to a year ahead, and for a while after it of the one just past.
OFFICE_REACH_BACK = timedelta(days=60)
OFFICE_REACH_AHEAD = timedelta(days=366)
GENERIC_WORDS = {"the", "a", "an", "of", "and", "company", "corporation", "government", "group", "bloc",
                 "president", "leader", "leaders", "officials", "minister"}


@dataclass
class EventParticipant:
    role: str
    person: Optional[ResolvedPerson] = None
    name: Optional[str] = None  # an organisation, country or group, when not a person
    kind: str = "person"  # person | organization | country | group
    spellings: set[str] = field(default_factory=set)  # how the articles write an organisation: "F.B.I."


@dataclass(eq=False)
class EventReport:
    """One article's report of an event, resolved."""

    article: int  # index of the article in the batch
    candidate: EventCandidate
    participants: list[EventParticipant]
    occurred_on: Optional[str]
    precision: Optional[str]
    place: Optional[str]
    reported_on: Optional[str] = None  # the article's date
    # Where it stands among all reports, whichever run stores them: its article's date (undated
    # last), file name and text hash, then its place in the text (store.EARLIEST_REPORT_FIRST).
    order: tuple = ()
    # How many reports this one stands for: a stored event's reports that say the same in all that
    # grouping reads (who, as what, when, where, the tense, the article's date) are loaded as one.
    weight: int = 1

    @property
    def people(self) -> set:
        return {person_key(p.person) for p in self.participants if p.person is not None}

    @property
    def names(self) -> set[str]:
        return {key for p in self.participants if p.name for key in name_keys(p.name)}

    @property
    def group_names(self) -> set[str]:
        """The one-word names of groups ("Republicans", "Americans"), which many events of a kind share;
        not an organisation the model did not tag ("Iran's national oil company")."""
        return {key for p in self.participants if p.name and p.kind == "group" and " " not in p.name.strip()
                for key in name_keys(p.name)}

    @property
    def office_key(self) -> Optional[tuple[str, tuple[str, str]]]:
        """The office an election is for and its country: ("office", ("president", "United States"))."""
        c = self.candidate
        return ("office", (c.office, c.office_country)) if c.office else None

    @property
    def keys(self) -> set:
        """What may tell the event apart: its people, its names and the office an election is for."""
        return self.people | self.names | ({self.office_key} if self.office_key else set())

    @property
    def distinctive(self) -> set[str]:
        """The names' words that are not countries': "gazprom" in "Russia's Gazprom"."""
        return {key for key in self.names if not country_name(key)}


@dataclass(eq=False)
class EventGroup:
    """One real event; `id` is set when it is stored."""

    reports: list[EventReport] = field(default_factory=list)
    id: Optional[int] = None
    stored: list[EventReport] = field(default_factory=list)  # its reports stored by earlier batches
    stored_article_ids: frozenset[int] = frozenset()
    during: Optional["EventGroup"] = None  # the visit it took place during, when that is what dates it

    def all(self) -> list[EventReport]:
        return self.stored + self.reports

    @property
    def event_type(self) -> str:
        return self.all()[0].candidate.event_type

    def date_reading(self) -> Optional[tuple[str, Optional[str]]]:
        """The date and precision consensus_date reads from the reports, earliest first as the store reads
        them (event_readings), whichever batch grouped which."""
        return consensus_date((r.occurred_on, r.precision, r.weight)
                              for r in sorted(self.all(), key=lambda r: r.order) if r.occurred_on)

    @property
    def occurred_on(self) -> Optional[str]:
        if own := self.date_reading():
            return own[0]
        return self.during.occurred_on if self.during is not None else None

    @property
    def precision(self) -> Optional[str]:
        if own := self.date_reading():
            return own[1]
        return self.during.precision if self.during is not None else None

    @property
    def place(self) -> Optional[str]:
        """The finest reading most reports give: "Tehran" over "Iran" when both are read."""
        values = Counter()
        for r in self.all():
            if r.place:
                values[r.place] += r.weight
        kept = finest(list(values))
        return max(kept, key=lambda v: (values[v], len(v))) if kept else None

    @property
    def status(self) -> str:
        return max((r.candidate.status for r in self.all()), key=STATUS_RANK.get)

    @property
    def several(self) -> bool:
        """A count of several happenings ("32 visits"): one report of it is enough, since same_event
        lets no report of one happening join it."""
        return any(r.candidate.several for r in self.all())

    @property
    def office(self) -> Optional[tuple[str, str]]:
        """The office an election is for and its country, as its reports name it (those that name one
        name the same: same_event and compatible)."""
        return next((r.office_key[1] for r in self.all() if r.office_key), None)

    @property
    def renewed(self) -> bool:
        """The renewal of an event ("reopened the investigation"): its reports all are, or none."""
        return self.all()[0].candidate.renewed

    def articles(self) -> set[tuple[str, int]]:
        return {("stored", a) for a in self.stored_article_ids} | {("new", r.article) for r in self.reports}

    def people(self, role: Optional[str] = None) -> set:
        return {person_key(p.person) for p in self.participants() if p.person and role in (None, p.role)}

    def participants(self) -> list[EventParticipant]:
        seen, out = set(), []
        for r in self.all():
            for p in r.participants:
                key = person_key(p.person) if p.person else p.name  # one role each: the first report's
                if key not in seen:
                    seen.add(key)
                    out.append(p)
        return out


def person_key(person: ResolvedPerson):
    """Stored people by id (they may come from the database), new ones by identity."""
    return ("id", person.id) if person.id else ("new", id(person))


def name_keys(name: str) -> set[str]:
    """The distinctive words of an organisation's or country's name: {"russia", "gazprom"} for "Russia's Gazprom"."""
    words = re.findall(r"[A-Z][\w-]*", re.sub(r"\([^)]*\)?", " ", name))  # "(GAZP.MM)" is a ticker
    return {w.lower() for w in words if w.lower() not in GENERIC_WORDS}


@lru_cache(maxsize=1 << 16)  # a store's events share their dates: asked of the same ones again and again
def span_range(on: str, precision: Optional[str]) -> tuple[date, date]:
    start = date.fromisoformat(on)
    if precision == "year":
        return start, start.replace(month=12, day=31)
    if precision == "month":
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return start, following - timedelta(days=1)
    if precision == "week":
        return start, start + timedelta(days=6)
    return start, start


def consensus_date(readings: Iterable[tuple[str, Optional[str], int]]) -> Optional[tuple[str, Optional[str]]]:
    """An event's date from its reports' (date, precision, weight), earliest report first: the reading most
    reports give (a tie going to the earliest), or, when the readings inside it all agree ("the election this
    year", "in November", "on Nov. 8"), the finest of those: the election was on Nov. 8. Two days in one year
    (a misread, or two events) leave the year."""
    counts: Counter = Counter()
    for on, precision, weight in readings:
        counts[on, precision] += weight
    if not counts:
        return None
    spans = {reading: span_range(*reading) for reading in counts}
    chosen = max(counts, key=counts.get)
    finer = [reading for reading, (start, end) in spans.items() if reading != chosen and (start, end) != spans[chosen]
             and spans[chosen][0] <= start and end <= spans[chosen][1]]
    if finer and max(spans[r][0] for r in finer) <= min(spans[r][1] for r in finer):
        chosen = min(finer, key=lambda r: spans[r][1] - spans[r][0])
    return chosen


def date_range(report: EventReport, by_office: bool = False) -> Optional[tuple[date, date]]:
    """When the report puts the event; a report with no date of its own is taken to be
    about the days around its article's date, for matching only: the days after it when the
    report says the event is still to come ("the upcoming election"). `by_office`: against a report
    of an election for the same office, an undated one reaches office_reach."""
    if report.occurred_on:
        return span_range(report.occurred_on, report.precision)
    if report.reported_on and by_office and report.office_key:
        return office_reach(report.reported_on, report.candidate.status in TO_COME)
    if report.reported_on:
        day = date.fromisoformat(report.reported_on)
        before = timedelta(days=0 if report.candidate.status in TO_COME else UNDATED_WINDOW_DAYS)
        return day - before, day + timedelta(days=UNDATED_WINDOW_DAYS)
    return None


# How far from its article's date an undated report reaches: two reports that dates_agree does not set
# apart reach a common day (an undated one takes in the days a dated one may fall on, and half the
# distance two undated ones' articles may be apart).
UNDATED_REACH = timedelta(days=max(UNDATED_WINDOW_DAYS, (UNDATED_APART_DAYS + 1) // 2))


def office_reach(reported_on: str, to_come: bool = False) -> tuple[date, date]:
    """The days an undated report of an election for an office reaches: OFFICE_REACH_BACK before its
    article's date (none for one it says is still to come) to OFFICE_REACH_AHEAD after."""
    day = date.fromisoformat(reported_on)
    return day - (timedelta(0) if to_come else OFFICE_REACH_BACK), day + OFFICE_REACH_AHEAD


def days_reached(occurred_on: Optional[str], precision: Optional[str], reported_on: Optional[str],
                 office: Optional[str] = None) -> Optional[tuple[date, date]]:
    """The first and last days a report reaches: its own date's span, else the days around its article's
    date (UNDATED_REACH; office_reach for an election for an office, which takes UNDATED_REACH in). Two
    reports whose dates do not disagree (dates_agree is not False) reach a day in common. None when nothing
    dates the report."""
    if occurred_on:
        return span_range(occurred_on, precision)
    if reported_on and office:
        return office_reach(reported_on)
    if reported_on:
        day = date.fromisoformat(reported_on)
        return day - UNDATED_REACH, day + UNDATED_REACH
    return None


def months_reached(report: EventReport) -> Optional[range]:
    """The months (year * 12 + month) from its first day reached to its last (days_reached). None when
    nothing dates the report."""
    reach = days_reached(report.occurred_on, report.precision, report.reported_on, report.candidate.office)
    if reach is None:
        return None
    start, end = reach
    return range(start.year * 12 + start.month, end.year * 12 + end.month + 1)


def dates_agree(a: EventReport, b: EventReport) -> Optional[bool]:
    """True if both dates are known and overlap, False if known and apart, None if either is unknown.
    Two undated reports neither agree nor disagree, unless their articles are more than
    UNDATED_APART_DAYS apart: then they report two happenings ("the rally" of one campaign and of the next).
    An undated report is taken to be about the days around its article's date (date_range); within its own
    article, one that has happened reaches UNDATED_REACH back, since an article may tell again, with no date,
    of what it dated in the weeks before it ("stepped down on July 24 ... her ouster", on August 1). Between
    two elections for offices, an undated one reaches office_reach."""
    by_office = bool(a.office_key and b.office_key)
    if not a.occurred_on and not b.occurred_on:
        if by_office and a.reported_on and b.reported_on:
            return None if overlap(date_range(a, by_office), date_range(b, by_office)) else False
        if a.reported_on and b.reported_on and abs(
                (date.fromisoformat(a.reported_on) - date.fromisoformat(b.reported_on)).days) > UNDATED_APART_DAYS:
            return False
        return None
    if a.occurred_on and b.occurred_on:
        return overlap(date_range(a), date_range(b))
    dated, undated = (a, b) if a.occurred_on else (b, a)
    reach = date_range(undated, by_office)
    if reach is None:
        return None
    if same_article(a, b) and undated.candidate.status not in TO_COME:
        reach = (min(reach[0], date.fromisoformat(undated.reported_on) - UNDATED_REACH), reach[1])
    return None if overlap(date_range(dated), reach) else False


def same_day(a: EventReport, b: EventReport) -> bool:
    """Both reports date the event to the same day: enough to take two places for one event's
    ("in Tehran" and "in Isfahan" that Tuesday), which the same year or month is not ("to travel to
    Germany later this year", "to Sweden later this year")."""
    return a.precision == b.precision == "day" and a.occurred_on == b.occurred_on


def places_agree(a: EventReport, b: EventReport) -> Optional[bool]:
    return same_place(a.place, b.place)


def others(report: EventReport) -> set:
    """Who the event was with or done to: its counterparts and targets, people and names."""
    return {person_key(p.person) if p.person else p.name for p in report.participants
            if p.role in ("counterpart", "target")}


def held_apart(a: EventReport, b: EventReport) -> bool:
    """Two elections, votes, rallies or protests in places of one kind, two states or two cities: two
    happenings even the same day. A city and a state may be one within the other."""
    return a.candidate.event_type in HELD_IN_A_PLACE and is_region(a.place) == is_region(b.place)


def same_article(a: EventReport, b: EventReport) -> bool:
    """Both reports come from one article of this batch (stored reports have no article index)."""
    return a.article >= 0 and a.article == b.article


def is_office(key) -> bool:
    """Whether a key of EventReport.keys is an election's office."""
    return isinstance(key, tuple) and key[0] == "office"


def identified(report: EventReport) -> bool:
    return bool(report.keys)


def compatible(a: EventReport, b: EventReport) -> bool:
    """Nothing rules out that the two are one event: the same type, both the event or both its renewal,
    no two offices, dates or places apart; two counts of several only as same_count."""
    if a.candidate.several or b.candidate.several:
        return same_count(a, b)
    if other_steps(a, b):
        return False
    return (a.candidate.event_type == b.candidate.event_type and a.candidate.renewed == b.candidate.renewed
            and not (a.office_key and b.office_key and a.office_key != b.office_key)
            and dates_agree(a, b) is not False and places_agree(a, b) is not False)


def legislative_step(report: EventReport) -> Optional[str]:
    """The step of a law's making a verb reports: "pass" for "passed", "veto" for "vetoes"; None for a noun
    ("the bill") or another type."""
    if report.candidate.event_type != "legislation":
        return None
    word = report.candidate.trigger.text.lower()
    return next((step for step in LEGISLATIVE_STEPS if word.startswith(step)), None)


def other_steps(a: EventReport, b: EventReport) -> bool:
    """Two steps of a law's making one article reports: the House passing a bill and the governor vetoing
    it. (Stored reports keep no trigger: the steps are told apart within an article, which one run
    groups whole.)"""
    steps = legislative_step(a), legislative_step(b)
    return same_article(a, b) and None not in steps and steps[0] != steps[1]


def same_count(a: EventReport, b: EventReport) -> bool:
    """Two counts of several happenings that are the same ones: of one type, both counts, on the same
    day and in no two places ("Tuesday's contests" and "the primaries Tuesday"). No count is one of
    its happenings ("32 visits" is not the visit to Ohio)."""
    return (a.candidate.event_type == b.candidate.event_type and a.candidate.several and b.candidate.several
            and a.candidate.renewed == b.candidate.renewed and same_day(a, b) and places_agree(a, b) is not False)


def same_event(a: EventReport, b: EventReport) -> bool:
    if a.candidate.event_type != b.candidate.event_type:
        return False
    if a.candidate.several or b.candidate.several:
        return same_count(a, b)
    if a.candidate.renewed != b.candidate.renewed:
        return False  # the probe is not its reopening
    if other_steps(a, b):
        return False  # the bill passed is not the bill vetoed
    if a.office_key and b.office_key:
        # elections for one office that no date or place sets apart: one election, whoever ran or won
        return a.office_key == b.office_key and dates_agree(a, b) is not False and places_agree(a, b) is not False
    if a.candidate.event_type in ONE_SIDED and others(a) and others(b) and not others(a) & others(b) \
            and not (a.names & b.names):
        return False  # a visit to Mexico and one to Ohio, a suit against one and against another
    dates, places = dates_agree(a, b), places_agree(a, b)
    if dates is False or (places is False and (not same_day(a, b) or held_apart(a, b))):
        return False
    shared_people = len(a.people & b.people)
    if len(a.people) >= 2 and len(b.people) >= 2:
        return shared_people >= 2 and a.people == b.people
    if shared_people >= 1:
        # one-person events (a visit): the same person, and the same date or place to show it, or one
        # article telling of it twice ("Ash accused Priebus on Saturday ... accusing him of ..."), where
        # it is an event of one party, not a trip, of which a story may tell several
        return bool(a.names & b.names) or bool(dates) or bool(places) or (
            same_article(a, b) and a.candidate.event_type in RETOLD)
    if a.people and b.people:
        return False  # different people
    if a.people or b.people:
        # a one-sided event whose actor is an organisation, one report naming whom it was done to:
        # the FBI's investigation, and the FBI's investigation into the mayor
        if a.candidate.event_type not in ONE_SIDED or not (a.distinctive & b.distinctive):
            return False
        return all(p.role in ("target", "counterpart") for r in (a, b) for p in r.participants if p.person)
    shared = a.names & b.names
    if shared and shared <= a.group_names | b.group_names and not (dates or places or same_article(a, b)):
        return False  # only a group in common, across articles: "Republicans voted", "Americans killed"
    if a.distinctive and b.distinctive:
        return bool(a.distinctive & b.distinctive)
    return bool(shared)


def resolve_report(n: int, text: str, mentions: MentionsByPlace, candidate: EventCandidate,
                   published_on: Optional[str], article_order: tuple = ()) -> EventReport:
    participants = []
    for p in candidate.participants:
        inside = mentions.within(p.start, p.end)
        # a possessive names the participant only when it is the whole phrase: "[Putin's] meeting"
        # and for what an event is done to: "an investigation into [Clinton's] emails"
        # and not a name that modifies a common noun: "[Sanders] supporters" are not Sanders
        named = [m for m in inside if (not is_possessive(text, m) or p.end <= m.end + 2 or p.role == "target")
                 and not any(a <= m.start < b for a, b in p.modifier_spans) and not related_to(text, p, m)]
        if named:  # the phrase's first person: "Yuri Ushakov, Putin's adviser" is Ushakov
            participants.append(EventParticipant(p.role, person=named[0].person))
        elif p.text.lower().strip() in PERSONAL_PRONOUNS | POSSESSIVE_PRONOUNS:
            pronoun = p.text.lower().strip()
            gender = PRONOUN_GENDER.get(pronoun) or POSSESSIVE_GENDER.get(pronoun)
            person = paragraph_subject(text, mentions, p.start, gender)
            if person is not None:
                participants.append(EventParticipant(p.role, person=person))
        elif p.entities:
            for label, name, written in p.entities:
                if label != "PERSON" and p.head == name.lower() and (person := surname_bearer(mentions, name)):
                    participants.append(EventParticipant(p.role, person=person))  # "Trump" tagged ORG
                elif label != "PERSON":  # a PERSON entity that no person mention confirms is not one
                    name, kind = canonical(name, label)
                    spelt = {strip_article(w) for w in written} | {name}
                    participants.append(EventParticipant(p.role, name=name, kind=kind, spellings=spelt))
        elif p.text.lower().strip() in OTHER_PRONOUNS:
            continue  # "I", "we", "they": nobody this report names, and no name to join reports by
        elif name_keys(capitalised_part(text, p)) and p.head not in OFFICE_TITLES and not (
                p.head in ROLE_NOUNS and p.text.split()[-1].lower() == p.head):  # "the Republican nominee"
            # an organisation the model did not tag: "the Iranian national oil corporation"; or a country
            # ("the invasion of Iraq", "Iraq" untagged)
            name = strip_article(p.text)
            country = country_name(name)
            participants.append(EventParticipant(p.role, name=country or name, kind="country" if country else "group"))
    seen, kept = set(), []
    for p in participants:
        key = (person_key(p.person) if p.person else p.name, p.role)
        if key not in seen:
            seen.add(key)
            kept.append(p)
    participants = kept
    base = date.fromisoformat(published_on) if published_on else None
    status = candidate.status if candidate.tensed else None  # None: no tense says when
    on, precision = resolve_date(candidate.date.text, base, status) if candidate.date else (None, None)
    if on and published_on and on > published_on and candidate.status == "happened":
        # all of the day, week, month or year after the article: "the debate on Monday", the Monday after it;
        # "when we meet next week"; "next year's election"
        candidate.status = "planned"
    place = candidate.place
    if place is not None and any(m.start == place.start and m.end >= place.end - 2
                                 for m in mentions.within(place.start, place.end)):
        place = None  # a name the model took for a place that the article names as a person: "shots at [Sanders]"
    return EventReport(n, candidate, participants, on, precision, place.text if place else None,
                       published_on, article_order + (candidate.start,))


def related_to(text: str, p, mention) -> bool:
    """Whether a phrase headed by a noun for a person names someone else after "of", "for" or "to", an
    office title between: "[the chief of staff] to Governor Helen Ashby", "a spokesman for Putin"."""
    if p.head not in PERSON_NOUNS or mention.start <= p.start:
        return False
    at = mention.start
    word = word_before(text, at)
    while word and word.lower().rstrip(".") in OFFICE_TITLES:
        at = text.rindex(word, 0, at)
        word = word_before(text, at)
    return word.lower() in ("of", "for", "to")


def capitalised_part(text: str, p) -> str:
    """The phrase, less a first word whose capital only says a sentence or a headline starts there
    ("Agency reopens inquiry")."""
    before = text[:p.start].rstrip(" ")
    if p.start == 0 or before[-1:] in ".!?\n\"“":
        rest = p.text.split(maxsplit=1)
        return rest[1] if len(rest) > 1 else ""
    return p.text


def strip_article(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


# Pronouns other than "he" and "she" (paragraph_subject) that stand for no organisation the article
# names ("it" for "the FBI" is one: events.article_organisations): a speaker, an audience, a group.
OTHER_PRONOUNS = frozenset("i me we us you they them it".split())


def surname_bearer(mentions: MentionsByPlace, name: str) -> Optional[ResolvedPerson]:
    """The one person the article names whose surname is this one word, which the model tagged as an
    organisation or a place: "Trump" as ORG in an article about Donald Trump."""
    if " " in name:
        return None
    bearers = {m.person for m in mentions.mentions if m.person.surname == surname_key(name)}
    return bearers.pop() if len(bearers) == 1 else None


def paragraph_subject(text: str, mentions: MentionsByPlace, at: int, gender: Optional[str] = None
                      ) -> Optional[ResolvedPerson]:
    """'he' or 'his' at `at`: the first person of its gender named earlier in its sentence ("Hendricks said
    [he] would not resign" after a paragraph about DeWine), else in the paragraph, else in the one before."""
    start = paragraph_of(text, at)[0]
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, start, at)), default=start)
    named = [m for m in mentions.within(sentence_start, at) if not is_possessive(text, m) and m.person.could_be(gender)]
    if named:
        return named[0].person
    while True:
        named = [m for m in mentions.within(start, at) if not is_possessive(text, m) and m.person.could_be(gender)]
        if named:
            return named[0].person
        previous = paragraph_before(text, start)
        if previous is None:
            return None
        start, at = previous[0], start


def agreement(report: EventReport, group: EventGroup) -> tuple[int, int, int]:
    """How well a report fits an event it may belong to: readings shared, then tense shared,
    then how many articles already report the event."""
    shared = sum((bool(dates_agree(report, r)) + bool(places_agree(report, r))) * r.weight for r in group.all())
    tense = sum(r.weight for r in group.all() if r.candidate.status == report.candidate.status)
    return shared, tense, len(group.stored_article_ids) + len({r.article for r in group.reports})


def is_bare(report: EventReport) -> bool:
    """A visit named with neither place nor date: "her second trip abroad"."""
    return report.candidate.event_type == "visit" and not report.occurred_on and not report.place


def trip_meant(report: EventReport, reports: list[EventReport]) -> Optional[EventReport]:
    """The visit a bare "her second trip abroad" refers to: the one trip by the same person that
    its article reports with a place or a date, if the article reports only one."""
    trips = [r for r in reports if r.article == report.article and r.candidate.event_type == "visit"
             and not is_bare(r) and r.people & report.people]
    if trips and all(dates_agree(a, b) is not False and places_agree(a, b) is not False
                     for a in trips for b in trips):
        return trips[0]
    return None


def group_events(reports: list[EventReport], known: list[EventGroup]) -> list[EventGroup]:
    """Group reports into events, joining stored events where they match.

    A report joins the group it fits best among those every report of which it
    matches, so that a report with no date cannot bridge two events on different days.
    A bare visit joins the trip its article reports, once that is grouped.
    """
    # A report can only match a group of its own type (same_event and compatible both ask for it, of
    # every report in the group, the first included) one identified report of which it shares a
    # person, a name or an election's office with (every way same_event can say yes asks for one). So it
    # is compared with the groups found under its type and each of its keys, not with every event.
    # Their dates must not disagree either (every way to say yes asks that), so each report is also
    # filed under the months it reaches (months_reached) and compared only with the groups one report of
    # which reaches the same month: a well-covered person's events of other years are not looked at.
    sharing: dict[tuple[str, object, Optional[int]], dict[int, EventGroup]] = {}  # (type, key, month) -> {id(group): group}
    any_month: dict[tuple[str, object], dict[int, EventGroup]] = {}  # (type, key) -> {id(group): group}
    # Ties go to the event reported first (EventReport.order), as they would in one run over every
    # article, whichever run stored which of its reports.
    first: dict[int, tuple] = {}  # id(group) -> the order of its earliest report

    def add_group(group: EventGroup) -> None:
        for r in group.all():
            index_report(group, r)

    def index_report(group: EventGroup, report: EventReport) -> None:
        first[id(group)] = min(first.get(id(group), report.order), report.order)
        if identified(report):
            months = months_reached(report) or (None,)
            for key in report.keys:
                any_month.setdefault((group.event_type, key), {})[id(group)] = group
                for month in months:
                    sharing.setdefault((group.event_type, key, month), {})[id(group)] = group

    def sharing_with(report: EventReport) -> list[EventGroup]:
        found = {}
        months = months_reached(report)
        for key in report.keys:
            if months is None:
                found.update(any_month.get((report.candidate.event_type, key), {}))
                continue
            for month in (None, *months):
                found.update(sharing.get((report.candidate.event_type, key, month), {}))
        return sorted(found.values(), key=lambda g: first[id(g)])

    for group in known:
        add_group(group)
    touched: dict[int, EventGroup] = {}
    group_of: dict[int, EventGroup] = {}
    unnamed: list[EventReport] = []
    meant = {id(r): trip_meant(r, reports) for r in reports if is_bare(r)}
    for report in sorted(reports, key=lambda r: meant.get(id(r)) is not None):
        two_sided = report.candidate.event_type not in ONE_SIDED
        # a meeting with someone unnamed is told apart by its day or its place: "met union leaders in Boston"
        needed = 2 if two_sided and not (report.occurred_on or report.place) else 1
        if len(report.keys) < needed:
            # too little to identify: "Meeting with Erdogan.", "the investigation": placed below
            if report.candidate.event_type in ANAPHORIC or two_sided and not identified(report):
                unnamed.append(report)
            continue
        matches = [g for g in sharing_with(report) if fits(report, g)]
        target = max(matches, key=lambda g: agreement(report, g), default=None)
        if meant.get(id(report)) is not None:
            target = group_of.get(id(meant[id(report)]), target)
        if target is None:
            target = EventGroup(reports=[report])
            add_group(target)
        else:
            target.reports.append(report)
            index_report(target, report)
        touched[id(target)] = target
        group_of[id(report)] = target
    # An unnamed report can only join a group of its own type (compatible rules out the others, as for the
    # named reports above) that its article reports (nearest_in_article): it is looked for among those,
    # the one reported first winning ties.
    in_article: dict[tuple[str, int], dict[int, EventGroup]] = {}
    for group in touched.values():
        for r in group.reports:
            in_article.setdefault((group.event_type, r.article), {})[id(group)] = group
    for report in unnamed:
        where = (report.candidate.event_type, report.article)
        candidates = sorted(in_article.get(where, {}).values(), key=lambda g: first[id(g)])
        target = nearest_in_article(report, candidates)
        if target is None:
            target = EventGroup()
        target.reports.append(report)
        first[id(target)] = min(first.get(id(target), report.order), report.order)
        touched[id(target)] = target
        in_article.setdefault(where, {})[id(target)] = target
    return list(touched.values())


def fits(report: EventReport, group: EventGroup) -> bool:
    """Whether a report may join an event: it matches each of the event's reports, or, for one that
    names nobody, nothing rules it out. So does a bare visit that joined the trip its article reports:
    it was not matched to join (see group_events), and an earlier batch may have stored it there."""
    trip = any(not is_bare(r) for r in group.all())
    return all(same_event(report, r) if identified(r) and not (trip and is_bare(r)) else compatible(report, r)
               for r in group.all())


def nearest_in_article(report: EventReport, groups: list[EventGroup]) -> Optional[EventGroup]:
    """The event a report that names nobody refers to: of the events of its type its article reports,
    the one reported last before it ("the investigation" after "the FBI's investigation"), else first
    after it (a headline's "Leaders meet"). A count of several joins only a count of the same ones
    (same_count)."""
    at = report.candidate.trigger.start
    best, best_key = None, None
    for group in groups:
        if not all(compatible(report, r) for r in group.all()):
            continue
        for r in group.reports:
            if r.article != report.article:
                continue
            start = r.candidate.trigger.start
            key = (0, at - start) if start <= at else (1, start - at)
            if best_key is None or key < best_key:
                best, best_key = group, key
    return best


def date_undated_articles(groups: list[EventGroup], undated: set[int]) -> None:
    """Read the dates of articles with no date of their own ("landed in Tehran on Tuesday") as if
    the article were written on the day other reports give the most reported event it shares
    with them: news is written within days of what it reports. A reading that would contradict
    the event's other reports is not taken."""
    for n in undated:
        own = [(g, r) for g in groups for r in g.reports if r.article == n]
        anchors = [g for g, _ in own if g.precision == "day"
                   and any(r.article != n and r.occurred_on == g.occurred_on for r in g.all())]
        if not anchors:
            continue
        around = date.fromisoformat(max(anchors, key=lambda g: (len(g.articles()), g.occurred_on)).occurred_on)
        for group, report in own:
            if report.occurred_on or report.candidate.date is None:
                continue
            on, precision = resolve_near(report.candidate.date.text, around, report.candidate.status)
            if on is None:
                continue
            reading = span_range(on, precision)
            if all(overlap(reading, span_range(r.occurred_on, r.precision)) for r in group.all() if r.occurred_on):
                report.occurred_on, report.precision = on, precision


def overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


class DateWindows:
    """The dates some reports allow (date_range's, None for any date), joined where they overlap, so
    that asking whether a date fits any of them takes a bisection, not one test per report."""

    def __init__(self, ranges: list[Optional[tuple[date, date]]]):
        self.any_date = any(r is None for r in ranges)
        self.starts: list[date] = []
        self.ends: list[date] = []
        for start, end in sorted(r for r in ranges if r is not None):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def allow(self, span: tuple[date, date]) -> bool:
        """Whether a window overlaps the span; for a span that ends before it starts, whether one covers
        the days between (only its two ends are looked at: a window that merged reports' dates may)."""
        if self.any_date:
            return True
        # the joined windows are apart and in order: of those starting by the span's end, the last ends last
        n = bisect_right(self.starts, span[1]) - 1
        return n >= 0 and self.ends[n] >= span[0]


def date_by_visits(groups: list[EventGroup], known: list[EventGroup]) -> None:
    """Date an undated event by the visit it took place during: the visitor took part in it, it
    happened where the visit took them, an article reports both, and the visit is dated to the day."""
    visits = [g for g in {id(g): g for g in known + groups}.values()
              if g.event_type == "visit" and g.precision == "day" and g.place]
    for group in groups:
        if group.occurred_on or group.event_type == "visit" or not group.place:
            continue
        group.during = next((v for v in visits if v.people("agent") & group.people()
                             and same_place(v.place, group.place) and v.articles() & group.articles()), None)
