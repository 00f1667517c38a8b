"""Cross-article facts recomputed from the stored ones, all of them: `seed.py --recount`.

The counts of people, statements and events, the links from an event to the visit it
took place during (`events.part_of_event_id`), and the removal of what no article
refers to any more are functions of the stored per-article facts (mentions, claims,
event reports). Each batch a run stores keeps them, in its own transaction, for what it
touched (store.Recount), so no interrupted run leaves them wrong; recomputing them all
is for a database changed by other means. Storage only: nothing here imports spaCy.
"""
from __future__ import annotations

from sqlalchemy import distinct, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models import Article, Claim, Event, EventMention, Person, PersonMention, Place, Statement

from .places import disagree as places_disagree
from .store import OUTLET, drop_orphans, link_event_parts


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


