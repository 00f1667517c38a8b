"""Cross-article facts derived from the stored ones, recomputed at the end of every seed run.

The counts of people, statements and events, the links from an event to the visit it
took place during (`events.part_of_event_id`), and the removal of what no article
refers to any more are functions of the stored per-article facts (mentions, claims,
event reports). Recomputing them from the database on every run, whatever the run
added, means no interrupted or partly failed run can lose them: the next run puts
them right, even when it adds nothing. Storage only: nothing here imports spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import distinct, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models import Article, Claim, Event, EventMention, EventParticipant, Person, PersonMention, Place, Statement

from .places import disagree as places_disagree, same_place
from .store import OUTLET, chunks, drop_orphans


def refresh_all(engine: Engine) -> None:
    """Prune, recount and link everything, in one transaction."""
    with Session(engine) as session, session.begin():
        drop_orphans(session)
        count_people(session)
        count_statements(session)
        count_events(session)
        link_event_parts(session)


def count_people(session: Session) -> None:
    mentions = select(PersonMention).where(PersonMention.person_id == Person.id)
    session.execute(update(Person).values(
        article_count=mentions.with_only_columns(func.count(distinct(PersonMention.article_id))).scalar_subquery(),
        mention_count=mentions.with_only_columns(func.count()).scalar_subquery()))


def count_statements(session: Session) -> None:
    carried = select(Claim).join(Article, Article.id == Claim.article_id).where(Claim.statement_id == Statement.id)
    session.execute(update(Statement).values(
        article_count=carried.with_only_columns(func.count(distinct(Article.id))).scalar_subquery(),
        outlet_count=carried.with_only_columns(func.count(distinct(OUTLET))).scalar_subquery(),
        first_reported_on=carried.with_only_columns(func.min(Article.published_on)).scalar_subquery()))


def count_events(session: Session) -> None:
    """Articles, outlets and first report of each event, and whether its reports disagree: about the
    date or which trip it is (here, in SQL), or about the place (below, for events read at two or more)."""
    reports = select(EventMention).join(Article, Article.id == EventMention.article_id) \
        .where(EventMention.event_id == Event.id)
    session.execute(update(Event).values(
        article_count=reports.with_only_columns(func.count(distinct(Article.id))).scalar_subquery(),
        outlet_count=reports.with_only_columns(func.count(distinct(OUTLET))).scalar_subquery(),
        first_reported_on=reports.with_only_columns(func.min(Article.published_on)).scalar_subquery(),
        disputed=(reports.with_only_columns(func.count(distinct(EventMention.occurred_on))).scalar_subquery() > 1)
        | (reports.with_only_columns(func.count(distinct(EventMention.ordinal))).scalar_subquery() > 1)))
    places: dict[int, list[str]] = {}
    for event_id, name in session.execute(
            select(EventMention.event_id, Place.name).distinct().join(Place, Place.id == EventMention.place_id)
            .where(EventMention.event_id.in_(select(EventMention.event_id).group_by(EventMention.event_id)
                                             .having(func.count(distinct(EventMention.place_id)) > 1)))):
        places.setdefault(event_id, []).append(name)
    disputed = [dict(id=event_id, disputed=True) for event_id, names in places.items() if places_disagree(names)]
    if disputed:
        session.execute(update(Event), disputed)


@dataclass
class StoredEvent:
    id: int
    event_type: str
    occurred_on: Optional[str]
    precision: Optional[str]
    place: Optional[str]
    part_of: Optional[int]
    dated: bool = False  # a report of it gives a date of its own
    agents: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    articles: frozenset[int] = frozenset()


def stored_events(session: Session) -> list[StoredEvent]:
    """What deciding event parts needs of each event: visits dated to the day with a place, and the
    events with a place that no report dates."""
    dated = set(session.scalars(select(EventMention.event_id).where(EventMention.occurred_on.is_not(None))))
    rows = session.execute(
        select(Event.id, Event.event_type, Event.occurred_on, Event.date_precision, Place.name,
               Event.part_of_event_id).join(Place, Place.id == Event.place_id, isouter=True).order_by(Event.id)).all()
    events = {row[0]: StoredEvent(*row, dated=row[0] in dated) for row in rows}
    wanted = [e.id for e in events.values() if is_visit(e) or may_be_part(e) or e.part_of is not None]
    agents: dict[int, set[int]] = {}
    people: dict[int, set[int]] = {}
    articles: dict[int, set[int]] = {}
    for chunk in chunks(wanted):
        for event_id, person_id, role in session.execute(
                select(EventParticipant.event_id, EventParticipant.person_id, EventParticipant.role)
                .where(EventParticipant.event_id.in_(chunk), EventParticipant.person_id.is_not(None))):
            people.setdefault(event_id, set()).add(person_id)
            if role == "agent":
                agents.setdefault(event_id, set()).add(person_id)
        for event_id, article_id in session.execute(
                select(EventMention.event_id, EventMention.article_id).distinct()
                .where(EventMention.event_id.in_(chunk))):
            articles.setdefault(event_id, set()).add(article_id)
    for event_id in wanted:
        event = events[event_id]
        event.agents, event.people = frozenset(agents.get(event_id, ())), frozenset(people.get(event_id, ()))
        event.articles = frozenset(articles.get(event_id, ()))
    return list(events.values())


def is_visit(event: StoredEvent) -> bool:
    return event.event_type == "visit" and event.precision == "day" and bool(event.place) \
        and bool(event.occurred_on)


def may_be_part(event: StoredEvent) -> bool:
    """An event with a place that no report dates, or that its reports date to the day."""
    return event.event_type != "visit" and bool(event.place) and (not event.dated or event.precision == "day")


def visit_during(event: StoredEvent, visits: list[StoredEvent]) -> Optional[StoredEvent]:
    """The visit an event took place during: the visitor took part in it, it happened where the visit
    took them, an article reports both (the rule event_merge.date_by_visits applies), and no report
    dates it to another day."""
    if not may_be_part(event):
        return None
    return next((v for v in visits if v.agents & event.people and same_place(v.place, event.place)
                 and v.articles & event.articles and (not event.dated or v.occurred_on == event.occurred_on)),
                None)


def link_event_parts(session: Session) -> None:
    """Link each undated event to the visit it took place during and give it the visit's date;
    unlink (and undate) the events that no longer qualify."""
    events = stored_events(session)
    visits = [e for e in events if is_visit(e)]
    changes = []
    for event in events:
        during = visit_during(event, visits)
        if during is not None:
            wanted = dict(part_of_event_id=during.id)
            if not event.dated:
                wanted.update(occurred_on=during.occurred_on, date_precision=during.precision)
        elif event.part_of is not None:
            wanted = dict(part_of_event_id=None)
            if not event.dated:  # its date was the visit's
                wanted.update(occurred_on=None, date_precision=None)
        else:
            continue
        if (event.part_of, event.occurred_on, event.precision) != (
                wanted["part_of_event_id"], wanted.get("occurred_on", event.occurred_on),
                wanted.get("date_precision", event.precision)):
            changes.append(dict(id=event.id, **wanted))
    for change in changes:
        session.execute(update(Event).where(Event.id == change.pop("id")).values(**change))
