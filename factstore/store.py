"""Store stage: everything that touches the database lives here."""
from __future__ import annotations

import fcntl
import os
import re
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path
from typing import Iterator, Mapping, Optional

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from rapidfuzz import fuzz, process
from sqlalchemy import (Select, String, and_, bindparam, cast, create_engine, delete, distinct, exists, func, insert,
                        literal, or_, select, text, tuple_, union, update)
from sqlalchemy.engine import Engine, Row, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session

from models import (Article, ArticleContributor, BoilerplateSpan, Claim, Event, EventMention, EventMentionParticipant,
                    EventParticipant, Organization, OrganizationAlias, Person, PersonAlias, PersonMention, PersonRole,
                    Place, Statement)

from .event_merge import (STATUS_RANK, DateWindows, EventGroup, EventParticipant as Participant, EventReport,
                          UNDATED_APART_DAYS, UNDATED_WINDOW_DAYS, consensus_date, date_range, days_reached, is_office,
                          name_keys, overlap, span_range)
from .facts import ClaimCandidate, EventCandidate, TextSpan, words_said
from .organisations import acronym, is_acronym
from .names import INITIAL, NAME_SIMILARITY, as_name, given_name_genders, parse_name, surname_key
from .places import country_of, disagree as places_disagree, finest, same_place
from .read import ArticleText
from .resolve import ArticlePeople, KnownPerson, Mention, ResolvedPerson, normalise_phrase
from .statements import StatementGroup

PACKAGE = Path(__file__).resolve().parent
DEFAULT_DB = "sqlite:///facts.db"


def database_url(url: str | None = None) -> str:
    """--db, else $FACTS_DB, else facts.db; a bare file path means SQLite."""
    url = url or os.environ.get("FACTS_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def migrations_folder() -> Path:
    """Inside the package when installed from a wheel; migrations/ beside it in a clone or editable install."""
    inside = PACKAGE / "migrations"
    return inside if (inside / "env.py").is_file() else PACKAGE.parent / "migrations"


def alembic_config(url: str) -> Config:
    """The configuration `alembic` reads from alembic.ini, made here so that no ini file is needed."""
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.set_main_option("path_separator", "os")
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the schema to the newest revision; the only way tables are made."""
    command.upgrade(alembic_config(url), "head")


def connect(url: str) -> Engine:
    return create_engine(url)


class DatabaseError(Exception):
    """The database cannot be opened, migrated or written to; the message says what and where."""

    def __init__(self, url: str, problem: str):
        self.url, self.problem = url, problem
        super().__init__(f"{where(url)}: {problem}")


def where(url: str) -> str:
    """The database as a person names it: a SQLite file's path, else the URL without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return url.split(":///", 1)[-1]
    return parsed.render_as_string(hide_password=True)


def what_went_wrong(url: str, error: Exception) -> str:
    """One line for an error met while opening, migrating or writing to a database."""
    if isinstance(error, (ImportError, NoSuchModuleError)):
        return f"no driver for {url.split(':', 1)[0]} ({error})"
    if isinstance(error, CommandError) and (m := re.search(r"Can't locate revision identified by '(\w+)'", str(error))):
        return f"schema revision {m[1]} is unknown to this seeder (written by a newer version?)"
    detail = str(error.orig if isinstance(error, DBAPIError) else error).splitlines()[0]
    if "file is not a database" in detail:
        return f"not a SQLite database ({detail})"
    if "readonly" in detail or "read-only" in detail:
        return f"read-only ({detail})"
    return f"cannot use it ({detail})"


def check_writable(engine: Engine) -> None:
    """A write that changes nothing, rolled back: fails now, not after the parse, if nothing can be stored."""
    with engine.connect() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
        connection.rollback()


def open_database(url: str) -> Engine:
    """Check the database is there, bring its schema up to date and check it can be written to.
    Raises DatabaseError, whatever the driver's or Alembic's own errors were."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(url, "not a database URL") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not parsed.query.get("uri"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise DatabaseError(url, f"no such folder: {folder}")
    try:
        migrate(url)
        engine = connect(url)
        check_writable(engine)
        if lock_file := lock_file_of(engine):
            open(lock_file, "a").close()  # found now, not after the parse, if it cannot be made
    except (SQLAlchemyError, CommandError, ImportError) as error:
        raise DatabaseError(url, what_went_wrong(url, error)) from error
    except OSError as error:
        raise DatabaseError(url, f"cannot make its lock file ({error.strerror}: {error.filename})") from error
    return engine


# pg_advisory_lock key of the seeders' turn to resolve and write (migrations/env.py has the migrations' own).
WRITER_LOCK = 0x66616374_73656564  # "fact", "seed"


@contextmanager
def writer_lock(engine: Engine) -> Iterator[None]:
    """One seeder at a time: held while a run reads the stored people, statements and events, resolves
    its articles against them and writes them. Other seeders of the same database wait for it (their
    parsing goes on meanwhile), then see all it stored, as if they had run one after the other.
    On PostgreSQL a session-level advisory lock, on a connection of its own, which the server releases
    if the seeder dies; on a SQLite file an exclusive lock on the file beside it, `<database>-lock`, which
    the system releases if the seeder dies. An in-memory database has one seeder by nature."""
    if engine.dialect.name == "postgresql":
        with advisory_lock(engine):
            yield
    elif lock_file := lock_file_of(engine):
        with file_lock(lock_file):
            yield
    else:
        yield


def lock_file_of(engine: Engine) -> Optional[str]:
    """The file a SQLite database's seeders take turns on; None for other databases and in-memory ones."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return f"{engine.url.database}-lock"
    return None


@contextmanager
def advisory_lock(engine: Engine) -> Iterator[None]:
    with engine.connect() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_lock({WRITER_LOCK})")
        connection.commit()
        try:
            yield
        finally:
            try:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({WRITER_LOCK})")
                connection.commit()
            except SQLAlchemyError:
                connection.invalidate()  # closed, not pooled: the server drops the lock with the connection


@contextmanager
def file_lock(path: str) -> Iterator[None]:
    # A file of its own: closing a second descriptor of the database file would drop SQLite's locks on it.
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def stored_hashes(session: Session, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(hashes):
        found.update(session.scalars(select(Article.sha256).where(Article.sha256.in_(chunk))))
    return found


def article_ids(engine: Engine, hashes: list[str]) -> dict[str, int]:
    """The id of each stored article among these text hashes."""
    ids: dict[str, int] = {}
    with Session(engine) as session:
        for chunk in chunks(hashes):
            ids.update(session.execute(select(Article.sha256, Article.id).where(Article.sha256.in_(chunk))).all())
    return ids


def is_stored(engine: Engine, sha256: str) -> bool:
    with Session(engine) as session:
        return session.scalar(select(Article.id).where(Article.sha256 == sha256)) is not None


@dataclass
class StoredArticle:
    """An article already in the database, as a seed run needs it to extract it again."""
    id: int
    source_file: str
    text: str
    title: Optional[str]
    outlet: Optional[str]
    published_on: Optional[str]
    url: Optional[str]


def stale_article_ids(session: Session, version: str, every: bool = False) -> list[int]:
    """The articles whose facts another extractor version produced (or none recorded); all with `every`."""
    query = select(Article.id).order_by(Article.id)
    if not every:
        query = query.where((Article.extracted_with != version) | Article.extracted_with.is_(None))
    return list(session.scalars(query))


def stored_article(session: Session, article_id: int) -> Optional[StoredArticle]:
    row = session.get(Article, article_id)
    if row is None:
        return None
    return StoredArticle(row.id, row.source_file, row.text, row.title, row.outlet, row.published_on, row.url)


def known_people(session: Session, surnames: set[str], exclude_articles: frozenset[int] = frozenset()
                 ) -> list[KnownPerson]:
    """The stored people any of whose names has one of these surname keys, in the order they were
    stored; the articles in `exclude_articles` (being extracted again) are not counted as theirs."""
    connection = session.connection()  # Core rows: the ORM's execute costs a third more a row
    person_ids: set[int] = set()
    for chunk in chunks(sorted(surnames)):
        person_ids.update(connection.execute(
            select(PersonAlias.person_id).where(PersonAlias.surname_key.in_(chunk))).scalars())
    people = []
    aliases: dict[int, list[str]] = {}
    articles: dict[int, set[int]] = {}
    roles: dict[int, set[str]] = {}
    for chunk in chunks(sorted(person_ids)):
        people += connection.execute(
            select(Person.id, Person.name, Person.gender).where(Person.id.in_(chunk)).order_by(Person.id))
        for person_id, alias in connection.execute(
                select(PersonAlias.person_id, PersonAlias.alias).where(PersonAlias.person_id.in_(chunk))
                .order_by(PersonAlias.id)):
            aliases.setdefault(person_id, []).append(alias)
        # the articles extracted again left out here, not in SQL: they may be more than a statement's parameters
        for person_id, article_id in connection.execute(
                select(PersonMention.person_id, PersonMention.article_id).distinct()
                .where(PersonMention.person_id.in_(chunk))):
            if article_id not in exclude_articles:
                articles.setdefault(person_id, set()).add(article_id)
        for person_id, article_id, role in connection.execute(
                select(PersonRole.person_id, PersonRole.article_id, PersonRole.role).distinct()
                .where(PersonRole.person_id.in_(chunk))):
            if article_id not in exclude_articles:
                roles.setdefault(person_id, set()).add(normalise_phrase(role))
    return [KnownPerson(p.id, p.name, aliases.get(p.id, []), p.gender, frozenset(articles.get(p.id, ())),
                        frozenset(roles.get(p.id, ()))) for p in people]


def newest_person_id(session: Session) -> int:
    """The id of the person stored last (0 for none): people stored later have greater ids."""
    return session.scalar(select(func.max(Person.id))) or 0


def lone_names_to_resolve_again(session: Session, resolved_knowing: dict[int, int], before_run: int) -> list[int]:
    """The stored articles to resolve again because a person stored after them, or one this run's
    articles name, is named in full by a surname they could only name by one word: "Khamenei" made a
    person of its own in an article stored before any that names Ali Khamenei, "Laisi" before Ebrahim
    Raisi, or "President Obama" before the articles that show Barack Obama is in its story. Resolved
    again, they come out as one run over all the articles would have made them.

    `resolved_knowing` gives each article this run stored the newest person id when it was resolved;
    articles it does not give were resolved knowing the people up to `before_run`. A lone name matches
    a full name of the same surname, or one it may misspell (PeopleIndex.fuzzy_surname's test)."""
    newest: dict[str, int] = {}  # surname key of a full name of someone stored in this run -> their id
    for person_id, alias, key in session.execute(
            select(PersonAlias.person_id, PersonAlias.alias, PersonAlias.surname_key)
            .where(PersonAlias.person_id > before_run, PersonAlias.surname_key.is_not(None))):
        if parse_name(alias).is_full:
            newest[key] = max(newest.get(key, 0), person_id)
    # Someone stored before may be named in full in this run's articles: what an earlier run's lone name
    # could join depends on the articles they are named in (the same story, who is named most), so those
    # articles are resolved again too; this run's own were resolved knowing them.
    for chunk in chunks(sorted(resolved_knowing)):
        for name in session.scalars(select(Person.name).distinct()
                                    .join(PersonMention, PersonMention.person_id == Person.id)
                                    .where(PersonMention.article_id.in_(chunk), PersonMention.kind == "name")):
            if parse_name(name).is_full:
                newest.setdefault(surname_key(name), 0)
    if not newest:
        return []
    keys = list(newest)
    again: set[int] = set()
    for person_id, name in session.execute(select(Person.id, Person.name).where(Person.name.not_like("% %"))):
        key = surname_key(name)
        matches = [newest[key]] if key in newest else []
        if key not in given_name_genders():
            matches += [newest[keys[k]] for _, _, k in process.extract(key, keys, scorer=fuzz.ratio,
                                                                        score_cutoff=NAME_SIMILARITY, limit=None)]
        if not matches:
            continue
        for article_id in session.scalars(select(PersonMention.article_id).distinct()
                                          .where(PersonMention.person_id == person_id)):
            if article_id not in resolved_knowing or resolved_knowing[article_id] < max(matches):
                again.add(article_id)
    return sorted(again)


def undated_articles_to_date_again(session: Session, stored_in_run: set[int]) -> list[int]:
    """The articles stored before this run with no date of their own and a date they could not read
    ("on Tuesday"), that report an event dated to the day that an article of this run reports too: read
    against that event's day (event_merge.date_undated_articles), their dates come out as one run over
    all of them would have read them."""
    found: set[int] = set()
    for chunk in chunks(sorted(stored_in_run)):
        events = (select(EventMention.event_id).join(Event, Event.id == EventMention.event_id)
                  .where(EventMention.article_id.in_(chunk), Event.date_precision == "day"))
        found.update(session.scalars(
            select(EventMention.article_id).distinct().join(Article, Article.id == EventMention.article_id)
            .where(Article.published_on.is_(None), EventMention.event_id.in_(events))
            .where(EventMention.article_id.in_(
                select(EventMention.article_id).where(EventMention.date_text.is_not(None),
                                                      EventMention.occurred_on.is_(None))))))
    return sorted(found - stored_in_run)


def event_reports(session: Session, article_ids: set[int]) -> dict[tuple[int, int, int], tuple[int, frozenset]]:
    """(article id, start, end) -> (event id, who takes part: (kind, id) of each person and organisation,
    and the office of an election: participant_keys) of each event report of these articles."""
    found: dict[tuple[int, int, int], tuple[int, set]] = {}
    for chunk in chunks(sorted(article_ids)):
        for row in session.connection().execute(
                select(EventMention.article_id, EventMention.start_char, EventMention.end_char, EventMention.event_id,
                       EventMentionParticipant.person_id, EventMentionParticipant.organization_id, EventMention.office,
                       EventMention.office_country)
                .outerjoin(EventMentionParticipant, EventMentionParticipant.event_mention_id == EventMention.id)
                .where(EventMention.article_id.in_(chunk))):
            _, who = found.setdefault((row.article_id, row.start_char, row.end_char), (row.event_id, set()))
            who.update(participant_keys(row))
    return {span: (event_id, frozenset(who)) for span, (event_id, who) in found.items()}


def participant_keys(row: Row) -> list[tuple[str, object]]:
    """("person", id) or ("organisation", id) for the participant of a row, if it is one of those, and
    ("office", (office, country)) for a report of an election for an office."""
    keys = (("person", row.person_id), ("organisation", row.organization_id),
            ("office", (row.office, row.office_country) if row.office else None))
    return [(kind, key) for kind, key in keys if key is not None]


def reports_to_regroup(session: Session, run: set[int], again: set[int],
                       before_again: dict[tuple[int, int, int], tuple[int, frozenset]]) -> list[int]:
    """The stored articles to resolve again, together, because two event reports that may be of one event,
    one of them undated, were resolved out of turn, in this run (`run`) and another: an undated report
    joins the best of the events it matches among those stored when it is resolved
    (event_merge.group_events), so one run over all the articles might have grouped it otherwise. Two such
    reports are of the same type, share a person, an organisation or an election's office, and reach a day in common
    (event_merge.days_reached); one was resolved before the other, which comes first in resolution order
    and is
    - in an article of this run, the first in an article another run stored;
    - or in an article resolved again at the end of this run (`again`, whose reports were
      `before_again`) and now names someone else ("Laisi" become Ebrahim Raisi): the first might have
      joined it.
    With them, the articles whose reports are of an event one of those reports of `again` was of
    before: they were resolved seeing it."""
    now = event_reports(session, again)
    changed = {span for span in now if before_again.get(span, (None, None))[1] != now[span][1]}
    changed |= set(before_again) - set(now)
    stale_events = {before_again[span][0] for span in changed if span in before_again}
    later = {span[0] for span in changed if span in now} | set(run)
    connection = session.connection()
    columns = (EventMention.id, EventMention.article_id, EventMention.start_char, EventMention.end_char,
               Event.event_type, EventMentionParticipant.person_id, EventMentionParticipant.organization_id,
               EventMention.occurred_on, EventMention.date_precision, EventMention.office, EventMention.office_country,
               Article.published_on, Article.source_file, Article.sha256)

    def reports(condition) -> Iterator[Row]:
        """A row for each participant of each report, and one for a report of an office that names none."""
        return connection.execute(
            select(*columns).join(Event, Event.id == EventMention.event_id)
            .outerjoin(EventMentionParticipant, EventMentionParticipant.event_mention_id == EventMention.id)
            .join(Article, Article.id == EventMention.article_id)
            .where(condition, or_(EventMentionParticipant.id.is_not(None), EventMention.office.is_not(None))))

    # the reports resolved later, by each (type, kind, id) they name, in resolution order
    resolved_later: dict[tuple, list[LaterReport]] = {}
    people: dict[int, set[int]] = {}  # report (event_mentions.id) -> the people it names
    for chunk in chunks(sorted(later)):
        for row in reports(EventMention.article_id.in_(chunk)):
            if (row.article_id, row.start_char, row.end_char) in changed:
                when = 2
            elif row.article_id in run:
                when = 1
            else:
                continue
            later_report = LaterReport(article_order(row), row.article_id, when, not row.occurred_on,
                                       days_reached(row.occurred_on, row.date_precision, row.published_on,
                                                    row.office),
                                       people.setdefault(row.id, set()))
            if row.person_id is not None:
                people[row.id].add(row.person_id)
            for kind, key in participant_keys(row):
                resolved_later.setdefault((row.event_type, kind, key), []).append(later_report)
    for reached in resolved_later.values():
        reached.sort(key=attrgetter("order"))

    # the stored reports that name someone or something those name: what each names, and is
    named: dict[int, set[tuple]] = {}  # report -> the (type, kind, id) keys it shares with a later one
    found_rows: dict[int, Row] = {}
    for column, kind in ((EventMentionParticipant.person_id, "person"),
                         (EventMentionParticipant.organization_id, "organisation")):
        for chunk in chunks(sorted({key[2] for key in resolved_later if key[1] == kind})):
            for row in reports(column.in_(chunk)):
                found_rows[row.id] = row
                named.setdefault(row.id, set()).add((row.event_type, kind, getattr(row, column.key)))
    offices = {key[2] for key in resolved_later if key[1] == "office"}
    for chunk in chunks(sorted({office for office, _ in offices})):
        for row in reports(EventMention.office.in_(chunk)):
            if (row.office, row.office_country) in offices:
                found_rows[row.id] = row
                named.setdefault(row.id, set()).add((row.event_type, "office", (row.office, row.office_country)))
    their_people: dict[int, set[int]] = {}
    for chunk in chunks(sorted(named)):
        for mention_id, person_id in connection.execute(
                select(EventMentionParticipant.event_mention_id, EventMentionParticipant.person_id)
                .where(EventMentionParticipant.event_mention_id.in_(chunk),
                       EventMentionParticipant.person_id.is_not(None))):
            their_people.setdefault(mention_id, set()).add(person_id)

    together: set[int] = set()
    for mention_id, keys in named.items():
        row = found_rows[mention_id]
        at = 1 if row.article_id in run else 0  # when it was resolved: in this run, or before
        order = article_order(row)
        days = days_reached(row.occurred_on, row.date_precision, row.published_on, row.office)
        who = their_people.get(mention_id, set())
        for key in keys:
            earlier = resolved_later.get(key, [])
            by_people = key[1] != "office"  # elections for one office are one whoever they name
            found = {other.article_id for other in earlier[:bisect_left(earlier, order, key=attrgetter("order"))]
                     if other.when > at and (not row.occurred_on or other.undated)
                     and (days is None or other.days is None or overlap(days, other.days))
                     and not (by_people and len(who) >= 2 and len(other.people) >= 2 and who != other.people)}
            if found:
                together |= found | {row.article_id}
    for chunk in chunks(sorted(stale_events)):
        together.update(session.scalars(select(EventMention.article_id).where(EventMention.event_id.in_(chunk))))
    return sorted(together - set(again))


@dataclass
class LaterReport:
    """A report resolved after others it may be of one event with (reports_to_regroup)."""
    order: tuple  # its article's resolution order
    article_id: int
    when: int  # 1: in this run, 2: resolved again at its end
    undated: bool
    days: Optional[tuple[date, date]]  # days_reached
    people: set[int]  # two reports each naming two people or more are of one event only if the same


def article_order(article) -> tuple:
    """Where an article stands among all, whichever run brings it: by date (undated last), file name, text
    hash; from an ArticleText or an articles row. Articles are resolved in this order, and the first report
    of a remark or event leads (ARTICLE_ORDER in SQL)."""
    return article.published_on or "9999", article.source_file, article.sha256


ARTICLE_ORDER = (func.coalesce(Article.published_on, "9999"), Article.source_file, Article.sha256)


def stored_surnames(session: Session) -> list[str]:
    """Every surname key the stored people's names have, in order."""
    return list(session.scalars(select(PersonAlias.surname_key).distinct().where(
        PersonAlias.surname_key.is_not(None)).order_by(PersonAlias.surname_key)))


def insert_rows(session: Session, model, rows: list[dict], ids: bool = False) -> list[int]:
    """INSERT the rows into the model's table, as one executemany; with `ids`, returns their new ids in the
    order of the rows. Through Core: the ORM's bulk insert costs about a millisecond a call, and a
    batch makes dozens."""
    table = model.__table__
    if not rows:
        return []
    if not ids:
        session.execute(insert(table), rows)
        return []
    return list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows))


def assign_ids(things: list, ids: list[int], created: list) -> None:
    """Give people, statements or events the ids of the rows just inserted for them, noting in `created`
    the id each had before (None, or that of a row an earlier article of the transaction dropped), which
    forget() puts back if the transaction rolls back."""
    for thing, new_id in zip(things, ids):
        created.append((thing, thing.id))
        thing.id = new_id


def stored_ids(session: Session, model, ids: list[int]) -> set[int]:
    """Those of the ids that rows of the model's table still have."""
    found = set()
    for chunk in chunks(sorted(set(ids))):
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


def save_people(session: Session, people: list[ResolvedPerson], created: list) -> None:
    """Insert the people not stored yet and set their ids (see assign_ids), bring the stored ones' names
    and gender up to date, and add the aliases each lacks: one statement per table, not one per person,
    since an article names dozens."""
    names = {id(p): p.name for p in people}
    present = stored_ids(session, Person, [p.id for p in people if p.id is not None])
    new = [p for p in people if p.id not in present]  # an article extracted again may have dropped some
    stored = sorted((p for p in people if p.id in present), key=lambda p: p.id)  # id order: see count_new_mentions
    if new:
        assign_ids(new, insert_rows(session, Person, [dict(name=names[id(p)], gender=p.gender) for p in new],
                                    ids=True), created)
    have: dict[tuple[int, str], tuple[int, Optional[str]]] = {}  # (person, alias) -> (row id, surname key)
    if stored:
        session.execute(update(Person), [dict(id=p.id, name=names[id(p)], gender=p.gender) for p in stored])
        for chunk in chunks([p.id for p in stored]):
            have.update(((person_id, alias), (row_id, key)) for row_id, person_id, alias, key in session.execute(
                select(PersonAlias.id, PersonAlias.person_id, PersonAlias.alias, PersonAlias.surname_key)
                .where(PersonAlias.person_id.in_(chunk))))
    aliases = [dict(person_id=p.id, alias=alias, surname_key=surname_key(alias)) for p in people
               for alias in sorted(p.aliases) if (p.id, alias) not in have]
    if aliases:
        insert_rows(session, PersonAlias, aliases)
    # a key another version of the code gave, or none (a row from before there were keys)
    rekeyed = [dict(id=row_id, surname_key=surname_key(alias)) for (_, alias), (row_id, key) in have.items()
               if key != surname_key(alias)]
    if rekeyed:
        session.execute(update(PersonAlias), rekeyed)
    for person in people:
        person.stored_name = names[id(person)]


# An article whose text names no outlet counts as an outlet of its own.
OUTLET = func.coalesce(Article.outlet, literal("article:").concat(cast(Article.id, String)))


def refresh_people(session: Session, person_ids: list[int]) -> None:
    """Recount the articles and mentions of people."""
    counts = session.execute(
        select(PersonMention.person_id, func.count(distinct(PersonMention.article_id)), func.count())
        .where(PersonMention.person_id.in_(person_ids)).group_by(PersonMention.person_id))
    found = {person_id: (articles, mentions) for person_id, articles, mentions in counts}
    # one UPDATE for them all, of the people still there (an article extracted again may have taken
    # someone's last mention, and drop_orphans them)
    existing = session.scalars(select(Person.id).where(Person.id.in_(person_ids))).all() if person_ids else []
    updates = [dict(id=person_id, article_count=found.get(person_id, (0, 0))[0],
                    mention_count=found.get(person_id, (0, 0))[1]) for person_id in existing]
    if updates:
        session.execute(update(Person), updates)


def name_people(session: Session, person_ids: list[int]) -> None:
    """Name each person by the full name their mentions use most (canonical_names)."""
    names = canonical_names(session, person_ids)
    if names:
        session.execute(update(Person), [dict(id=person_id, name=name) for person_id, name in names.items()])


def canonical_names(session: Session, person_ids: list[int]) -> dict[int, str]:
    """Each person's name: of their full names written without a title, the one their mentions by full
    name use most ("Mr. Donald Trump" counts for Donald Trump), then the longest, then the one written
    on the earliest date, then in the first file by name. Derived from every stored mention, so the
    same whichever run stored which."""
    full: dict[int, list[str]] = {}
    for person_id, alias in session.execute(
            select(PersonAlias.person_id, PersonAlias.alias).where(PersonAlias.person_id.in_(person_ids))):
        parsed = parse_name(alias)
        if parsed.is_full and not parsed.title:
            full.setdefault(person_id, []).append(alias)
    tally: dict[int, Counter] = {}
    first: dict[tuple[int, str], tuple] = {}
    for person_id, written, times, published_on, source_file in session.execute(
            select(PersonMention.person_id, PersonMention.text, func.count(),
                   func.min(func.coalesce(Article.published_on, "9999")), func.min(Article.source_file))
            .join(Article, Article.id == PersonMention.article_id)
            .where(PersonMention.person_id.in_(person_ids), PersonMention.kind == "name")
            .group_by(PersonMention.person_id, PersonMention.text)):
        written = as_name(written)  # "Donald Trump, Jr." names Donald Trump Jr.
        endings = [a for a in full.get(person_id, []) if written == a or written.endswith(" " + a)]
        # "Charles G." in "Charles G. and David H. Koch", written before the surname it shares
        completed = [a for a in full.get(person_id, []) if a.startswith(written + " ")] \
            if INITIAL.fullmatch(written.rsplit(" ", 1)[-1]) else []
        if completed or endings:
            name = max(completed or endings, key=len)
            tally.setdefault(person_id, Counter())[name] += times
            first[person_id, name] = min(first.get((person_id, name), (published_on, source_file)),
                                         (published_on, source_file))
    return {person_id: min(counts, key=lambda name: (-counts[name], -len(name), first[person_id, name], name))
            for person_id, counts in tally.items()}


def count_new_mentions(session: Session, mentions_by_article: list[list[Mention]]) -> None:
    """Add the mentions of articles stored for the first time (a list for each) to their people's counts:
    a recount would read every mention of the people in much of the news, for each article that names them."""
    per_person = Counter(m.person.id for mentions in mentions_by_article for m in mentions)
    articles_of = Counter(person_id for mentions in mentions_by_article
                          for person_id in {m.person.id for m in mentions})
    if per_person:
        # Core, not the ORM's bulk update by primary key, which cannot add to a column; in id order, so
        # that concurrent writers on PostgreSQL lock the rows in the same order
        table = Person.__table__
        session.execute(update(table).where(table.c.id == bindparam("person"))
                        .values(article_count=table.c.article_count + bindparam("articles"),
                                mention_count=table.c.mention_count + bindparam("mentions")),
                        [dict(person=person_id, articles=articles_of[person_id], mentions=n)
                         for person_id, n in sorted(per_person.items())])


def known_statements(session: Session, speakers: set) -> list[StatementGroup]:
    """The stored statements of these speakers (pipeline.speaker_key's keys), in the order they
    were stored: a claim can only join a statement of its own speaker."""
    person_ids = sorted(key[1] for key in speakers if key[0] == "person")
    sources = {key[1] for key in speakers if key[0] == "source"}
    connection = session.connection()  # Core rows: the ORM's execute costs a third more a row
    # columns, not ORM objects: a much-quoted speaker has thousands of statements
    columns = select(Statement.id, Statement.speaker_id, Statement.source_key, Statement.text)
    rows = []
    for chunk in chunks(person_ids):
        rows += connection.execute(columns.where(Statement.speaker_id.in_(chunk)))
    for chunk in chunks(sorted(sources)):
        rows += connection.execute(columns.where(Statement.speaker_id.is_(None), Statement.source_key.in_(chunk)))
    return [StatementGroup(("person", row.speaker_id) if row.speaker_id else ("source", row.source_key), row.text,
                           id=row.id)
            for row in sorted(rows, key=lambda row: row.id)]


# The order of a statement's claims: by their articles' dates (undated last), file names and text hashes, then
# by place in the text; as store_batch resolves a run's articles. The earliest words the statement.
EARLIEST_CLAIM_FIRST = (*ARTICLE_ORDER, Claim.start_char, Claim.end_char, Claim.content)


def statement_wording(claim: Mapping) -> str:
    """A statement's text as a claim (a claims row's columns) words it: its content less the attribution."""
    return " ".join(words_said(claim["content"], claim["start_char"], [
        (claim["source_start_char"], claim["source_end_char"]), (claim["cue_start_char"], claim["cue_end_char"])
    ]).split())


@dataclass(frozen=True)
class AddedClaim:
    """A claim a new article adds to a stored statement, with what add_claims_to_statements needs of it."""
    statement_id: int
    article_id: int
    outlet: str  # as OUTLET gives it
    published_on: Optional[str]
    order: tuple  # its EARLIEST_CLAIM_FIRST values
    wording: str

    @classmethod
    def of(cls, article: ArticleText, article_id: int, values: dict) -> AddedClaim:
        return cls(values["statement_id"], article_id, article.outlet or f"article:{article_id}", article.published_on,
                   (*article_order(article), values["start_char"], values["end_char"], values["content"]),
                   statement_wording(values))


def add_claims_to_statements(session: Session, added: list[AddedClaim]) -> None:
    """What refresh_statements would make of stored statements that new articles' claims joined, from their
    stored counts and these claims, not by recounting every claim: a statement many articles carry has
    thousands. The claims are in the session already; no other claim of their articles is in these statements."""
    by_statement: dict[int, list[AddedClaim]] = {}
    for claim in added:
        by_statement.setdefault(claim.statement_id, []).append(claim)
    new_articles = sorted({claim.article_id for claim in added})
    outlets = sorted({claim.outlet for claim in added})
    stored: dict[int, Row] = {}
    outlets_had: set[tuple[int, str]] = set()  # (statement id, outlet) of the claims stored before
    for chunk in chunks(sorted(by_statement)):
        stored.update((row.id, row) for row in session.execute(
            select(Statement.id, Statement.article_count, Statement.outlet_count, Statement.first_reported_on)
            .where(Statement.id.in_(chunk))))
        outlets_had.update(session.execute(
            select(Claim.statement_id, OUTLET).distinct().join(Claim, Claim.article_id == Article.id)
            .where(Claim.statement_id.in_(chunk), Claim.article_id.not_in(new_articles), OUTLET.in_(outlets))))
    counts, reworded = [], []
    for statement_id, claims in by_statement.items():
        row = stored[statement_id]
        dates = [day for day in [row.first_reported_on] + [c.published_on for c in claims] if day]
        counts.append(dict(id=statement_id, article_count=row.article_count + len({c.article_id for c in claims}),
                           outlet_count=row.outlet_count + len({c.outlet for c in claims
                                                                if (statement_id, c.outlet) not in outlets_had}),
                           first_reported_on=min(dates, default=None)))
        first = min(claims, key=attrgetter("order"))
        if first_of_statement(session, statement_id, first, row.first_reported_on, new_articles):
            reworded.append(dict(id=statement_id, text=first.wording))
    for updates in (counts, reworded):
        if updates:
            session.execute(update(Statement), updates)


def first_of_statement(session: Session, statement_id: int, claim: AddedClaim, first_reported_on: Optional[str],
                       new_articles: list[int]) -> bool:
    """Whether the claim comes before every claim of the statement stored before (EARLIEST_CLAIM_FIRST): by
    date alone when its date and the earliest stored one's differ, else by the rest of the order."""
    day, earliest_day = claim.order[0], first_reported_on or "9999"
    if day != earliest_day:
        return day < earliest_day
    return not session.scalar(select(exists().where(
        Claim.article_id == Article.id, Claim.statement_id == statement_id, Claim.article_id.not_in(new_articles),
        tuple_(*EARLIEST_CLAIM_FIRST) < tuple_(*claim.order))))


def refresh_statements(session: Session, statement_ids: list[int]) -> None:
    """Recount statements' articles, outlets and first date from their claims, and word each as its
    earliest report does (the order of store_batch: date, file name, text hash, then place in the text)."""
    counts = session.execute(
        select(Claim.statement_id, func.count(distinct(Article.id)), func.count(distinct(OUTLET)),
               func.min(Article.published_on))
        .join(Claim, Claim.article_id == Article.id).where(Claim.statement_id.in_(statement_ids))
        .group_by(Claim.statement_id))
    # each statement's earliest claim, picked in SQL: a statement many articles carry has many claims
    ranked = (select(Claim.statement_id, Claim.start_char, Claim.content, Claim.source_start_char,
                     Claim.source_end_char, Claim.cue_start_char, Claim.cue_end_char,
                     func.row_number().over(partition_by=Claim.statement_id, order_by=EARLIEST_CLAIM_FIRST)
                     .label("rank"))
              .join(Claim, Claim.article_id == Article.id).where(Claim.statement_id.in_(statement_ids)).subquery())
    wording = {row.statement_id: statement_wording(row._mapping)
               for row in session.execute(select(ranked).where(ranked.c.rank == 1))}
    updates = [dict(id=statement_id, article_count=articles, outlet_count=outlets, first_reported_on=first,
                    text=wording[statement_id])
               for statement_id, articles, outlets, first in counts]
    if updates:
        session.execute(update(Statement), updates)


# How far a dated report can be from the article of an undated one of the same event (UNDATED_WINDOW_DAYS),
# and how far apart the articles of two undated ones (UNDATED_APART_DAYS).
DATED_APART = timedelta(days=UNDATED_WINDOW_DAYS)
ARTICLES_APART = timedelta(days=UNDATED_APART_DAYS)
# The order of an event's reports: by their articles' dates (undated last), file names and text hashes,
# then by place in the text; as store_batch resolves a run's articles.
EARLIEST_REPORT_FIRST = (*ARTICLE_ORDER, EventMention.start_char)


def known_events(session: Session, reports: list[EventReport], exclude_articles: frozenset[int] = frozenset()
                 ) -> list[EventGroup]:
    """The stored events these reports could join, with their reports (stored_event_groups), in the
    order they were stored; the articles in `exclude_articles` (being extracted again) are not
    counted among their reports.

    A report can only join an event of its type that shares a person, a name or an election's office with
    it and that its date does not rule out (event_merge.group_events and same_event), nor its place unless both date it
    to the same day, so those are the ones loaded (an event no report dates, by its articles' dates:
    event_merge.dates_agree; its place is one of its reports', which a report not dated to the day
    must not contradict: same_event and compatible);
    with them, the visits dated to the day, with a place, of anyone taking part in the events loaded
    or reported, in an article that reports one of the events loaded, which may date it
    (event_merge.date_by_visits)."""
    # (type, person, name or office key) -> the place the reports with it give -> the dates they give; a report not
    # dated to the day joins no event whose place its own contradicts (event_merge.same_day), so under None are
    # those that give no place or are dated to the day. For an undated stored event, the dates of those that
    # give one, and the days of the articles of those that do not (None: no date at all).
    ranges_at: dict[tuple[str, object], dict[Optional[str], list]] = {}
    own_dates: dict[tuple[str, object], list] = {}
    article_days: dict[tuple[str, object], list] = {}
    for r in reports:
        day = date.fromisoformat(r.reported_on) if r.reported_on else None
        place = r.place if r.precision != "day" else None
        for key in r.keys:
            ranges_at.setdefault((r.candidate.event_type, key), {}).setdefault(place, []).append(
                date_range(r, by_office=is_office(key)))
            own_dates.setdefault((r.candidate.event_type, key), [])
            article_days.setdefault((r.candidate.event_type, key), [])
            if r.occurred_on:
                own_dates[r.candidate.event_type, key].append(span_range(r.occurred_on, r.precision))
            else:
                article_days[r.candidate.event_type, key].append((day, day) if day else None)
    windows = {key: [(place, DateWindows(dates)) for place, dates in by_place.items()]
               for key, by_place in ranges_at.items()}
    # the dates of every place at once: one bisection rules out most of a much-reported person's events
    any_place = {key: DateWindows([r for dates in by_place.values() for r in dates])
                 for key, by_place in ranges_at.items()}
    dated_windows = {key: DateWindows(dates) for key, dates in own_dates.items()}
    undated_windows = {key: DateWindows(days) for key, days in article_days.items()}

    undated: dict[int, list] = {}  # stored events with no date: only their articles' can rule them out
    connection = session.connection()  # Core rows: the ORM's execute costs a third more a row

    def could_join(event_id: int, event_type: str, keys, occurred_on: Optional[str], precision: Optional[str],
                   place: Optional[str]) -> bool:
        on = span_range(occurred_on, precision) if occurred_on else None
        if on is not None:
            keys = [key for key in keys if (event_type, key) in any_place and any_place[event_type, key].allow(on)]
        fitting = [(event_type, key) for key in keys if any(
            (on is None or dates.allow(on)) and (at is None or same_place(at, place) is not False)
            for at, dates in windows.get((event_type, key), ()))]
        if fitting and not occurred_on:
            undated.setdefault(event_id, []).extend(fitting)
        return bool(fitting)

    def could_join_undated(keys, first: date, last: date) -> bool:
        """Whether a report can be one event with every undated report of a stored event, whose articles'
        dates run from `first` to `last` (event_merge.dates_agree): a date from `last - DATED_APART` to
        `first + DATED_APART`, an article from `last - ARTICLES_APART` to `first + ARTICLES_APART` (articles
        far apart make the first bound the later: DateWindows.allow then asks for a window spanning both)."""
        return any(is_office(key[1]) or dated_windows[key].allow((last - DATED_APART, first + DATED_APART))
                   or undated_windows[key].allow((last - ARTICLES_APART, first + ARTICLES_APART)) for key in keys)

    person_ids = {key[1] for _, key in windows if isinstance(key, tuple) and key[0] == "id"}
    offices = {key[1] for _, key in windows if is_office(key)}  # (office, country)
    types_of_people = sorted({event_type for event_type, key in windows if isinstance(key, tuple)})
    types_named = sorted({event_type for event_type, key in windows if isinstance(key, str)})
    ids = set()
    for chunk in chunks(sorted(person_ids)):
        ids |= {event_id for event_id, event_type, person_id, on, precision, place in connection.execute(
            select(EventParticipant.event_id, Event.event_type, EventParticipant.person_id, Event.occurred_on,
                   Event.date_precision, Place.name)
            .join(Event, Event.id == EventParticipant.event_id).outerjoin(Place, Place.id == Event.place_id)
            .where(EventParticipant.person_id.in_(chunk), Event.event_type.in_(types_of_people)))
                if could_join(event_id, event_type, [("id", person_id)], on, precision, place)}
    if types_named:
        ids |= {event_id for event_id, event_type, name, on, precision, place in connection.execute(
            select(EventParticipant.event_id, Event.event_type, EventParticipant.name, Event.occurred_on,
                   Event.date_precision, Place.name)
            .join(Event, Event.id == EventParticipant.event_id).outerjoin(Place, Place.id == Event.place_id)
            .where(Event.event_type.in_(types_named), EventParticipant.name.is_not(None)))
                if could_join(event_id, event_type, name_keys(name), on, precision, place)}
    if offices:
        ids |= {event_id for event_id, event_type, office, country, on, precision, place in connection.execute(
            select(EventMention.event_id, Event.event_type, EventMention.office, EventMention.office_country,
                   Event.occurred_on, Event.date_precision, Place.name)
            .join(Event, Event.id == EventMention.event_id).outerjoin(Place, Place.id == Event.place_id)
            .where(EventMention.office.in_(sorted({office for office, _ in offices}))))
                if could_join(event_id, event_type, [("office", (office, country))], on, precision, place)}
    if undated:
        ids -= {event_id for event_id, (first, last) in reported_between(session, sorted(undated), exclude_articles)
                .items() if not could_join_undated(undated[event_id], first, last)}
    # A stored visit the batch does not report dates an event only if an article reports both.
    articles = set()
    for chunk in chunks(sorted(ids)):
        person_ids.update(session.scalars(select(EventParticipant.person_id).where(
            EventParticipant.event_id.in_(chunk), EventParticipant.person_id.is_not(None))))
        articles.update(session.scalars(select(EventMention.article_id).where(EventMention.event_id.in_(chunk))))
    visits = set()
    for chunk in chunks(sorted(articles)):
        visits.update(session.scalars(
            select(Event.id).join(EventMention, EventMention.event_id == Event.id)
            .where(Event.event_type == "visit", Event.date_precision == "day", Event.place_id.is_not(None),
                   EventMention.article_id.in_(chunk))))
    for chunk in chunks(sorted(visits - ids)):
        ids.update(event_id for event_id, person_id in session.execute(
            select(EventParticipant.event_id, EventParticipant.person_id)
            .where(EventParticipant.event_id.in_(chunk), EventParticipant.role == "agent"))
                   if person_id in person_ids)
    return stored_event_groups(session, sorted(ids), exclude_articles)


def reported_between(session: Session, event_ids: list[int], exclude_articles: frozenset[int] = frozenset()
                     ) -> dict[int, tuple[date, date]]:
    """The first and last dates of the articles that report each of these events, for those all of
    whose articles are dated; the articles in `exclude_articles` are not counted."""
    found = {}
    for chunk in chunks(event_ids):
        found.update((event_id, (date.fromisoformat(first), date.fromisoformat(last)))
                     for event_id, first, last, undated in session.execute(
                         select(EventMention.event_id, func.min(Article.published_on), func.max(Article.published_on),
                                func.count() - func.count(Article.published_on))
                         .join(Article, Article.id == EventMention.article_id)
                         .where(EventMention.event_id.in_(chunk), EventMention.article_id.not_in(exclude_articles))
                         .group_by(EventMention.event_id))
                     if not undated)
    return found


def stored_event_groups(session: Session, event_ids: list[int], exclude_articles: frozenset[int]
                        ) -> list[EventGroup]:
    """These stored events, in this order, each with its stored reports (earliest first, as a run
    resolves them), so that a new report is matched against every one of them as it would be had one
    run seen them all. Reports alike in all that grouping reads are loaded as one (EventReport.weight).
    Reports in `exclude_articles` are left out; an event none of whose reports is left is too."""
    # Columns, not ORM objects, through Core: a batch may load tens of thousands of these rows.
    connection = session.connection()
    rows: dict[int, Row] = {}
    reports: dict[int, list[Row]] = {}  # event id -> its reports' rows
    for chunk in chunks(event_ids):
        rows.update((row.id, row) for row in connection.execute(
            select(Event.id, Event.event_type, Event.cameo_root, Event.several, Event.renewed)
            .where(Event.id.in_(chunk))))
        for row in connection.execute(
                select(EventMention.event_id, EventMention.id, EventMention.article_id, EventMention.status,
                       EventMention.occurred_on, EventMention.date_precision, Place.name, Article.published_on,
                       Article.source_file, Article.sha256, EventMention.start_char, EventMention.office,
                       EventMention.office_country)
                .join(Article, Article.id == EventMention.article_id)
                .outerjoin(Place, Place.id == EventMention.place_id)
                .where(EventMention.event_id.in_(chunk))
                .order_by(EventMention.event_id, *EARLIEST_REPORT_FIRST)):
            if row.article_id not in exclude_articles:
                reports.setdefault(row.event_id, []).append(row)
    participants: dict[int, list[tuple]] = {}  # mention id -> (role, person id, name, kind) of each
    for chunk in chunks(sorted(row.id for rows_of in reports.values() for row in rows_of)):
        for mention_id, *participant in connection.execute(
                select(EventMentionParticipant.event_mention_id, EventMentionParticipant.role,
                       EventMentionParticipant.person_id, EventMentionParticipant.name, EventMentionParticipant.kind)
                .where(EventMentionParticipant.event_mention_id.in_(chunk)).order_by(EventMentionParticipant.id)):
            participants.setdefault(mention_id, []).append(tuple(participant))
    stand_ins: dict[int, ResolvedPerson] = {}

    def stand_in(person_id: int) -> ResolvedPerson:
        """One for each stored person, however many reports name them: grouping knows them by id (person_key)."""
        if person_id not in stand_ins:
            stand_ins[person_id] = ResolvedPerson(id=person_id)
        return stand_ins[person_id]

    groups = []
    for event_id in event_ids:
        if event_id not in reports:
            continue
        event = rows[event_id]
        alike: dict[tuple, EventReport] = {}
        for r in reports[event_id]:
            said = tuple(participants.get(r.id, ()))
            # an undated report's article date says when it may have been; a dated one's says nothing
            key = (r.status, r.occurred_on, r.date_precision, r.name, None if r.occurred_on else r.published_on, said,
                   r.office, r.office_country)
            if key in alike:
                alike[key].weight += 1
                continue
            candidate = EventCandidate(event.event_type, event.cameo_root, r.status, 0, 0, TextSpan(0, 0, ""),
                                       several=event.several, renewed=event.renewed, office=r.office,
                                       office_country=r.office_country)
            who = [Participant(role, stand_in(person_id) if person_id else None, name, kind)
                   for role, person_id, name, kind in said]
            alike[key] = EventReport(-1, candidate, who, r.occurred_on, r.date_precision, r.name, r.published_on,
                                     (*article_order(r), r.start_char))
        groups.append(EventGroup(id=event_id, stored=list(alike.values()),
                                 stored_article_ids=frozenset(r.article_id for r in reports[event_id])))
    return groups


def chunks(ids: list, size: int = 500) -> Iterator[list]:
    """Ids a few hundred at a time: SQLite limits the parameters of one statement."""
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def place_ids(session: Session, names: set[Optional[str]]) -> dict[Optional[str], int]:
    """The ids of the places of these names, stored now where they are not yet."""
    wanted = sorted(name for name in names if name)
    found: dict[Optional[str], int] = {}
    for chunk in chunks(wanted):
        found.update(session.execute(select(Place.name, Place.id).where(Place.name.in_(chunk))).all())
    missing = [name for name in wanted if name not in found]
    if missing:
        ids = insert_rows(session, Place, [dict(name=name, country=country_of(name)) for name in missing], ids=True)
        found.update(zip(missing, ids))
    return found


def organization_of(session: Session, name: str, kind: str, spellings: set[str]) -> Organization:
    """The stored organisation a name is, found by its name, a spelling, or its abbreviation ("Federal
    Bureau of Investigation" is the stored "FBI"), else a new one. An organisation found under its long
    name by its abbreviation takes the abbreviation as its name once any article writes it so.
    Asked again the same within a session, it answers from the session's memory: nothing has changed."""
    asked = session.info.setdefault("organisations", {})
    key = (name, kind, frozenset(spellings))
    if key not in asked:
        asked[key] = find_or_add_organisation(session, name, kind, spellings)
    return asked[key]


ABBREVIATION = " (abbreviation)"  # the alias an organisation's abbreviation is kept under


def find_or_add_organisation(session: Session, name: str, kind: str, spellings: set[str]) -> Organization:
    """organization_of's work."""
    found = session.scalar(select(Organization).where(Organization.name == name))
    if found is None:
        found = session.scalar(select(Organization).join(OrganizationAlias)
                               .where(OrganizationAlias.alias.in_(sorted({name} | spellings))).limit(1))
    short = acronym(name)
    if found is None and short:
        found = session.scalar(select(Organization).where(Organization.name == short))
    if found is None and is_acronym(name):
        found = session.scalar(select(Organization).join(OrganizationAlias)
                               .where(OrganizationAlias.alias == name + ABBREVIATION).limit(1))
    if found is None:
        found = Organization(name=name, kind=kind)
        session.add(found)
        session.flush()
    have = {a.alias for a in found.aliases}
    for alias in sorted({name} | spellings | ({short + ABBREVIATION} if short else set())):
        if alias not in have:
            found.aliases.append(OrganizationAlias(alias=alias))
            have.add(alias)
    # Named by its abbreviation once an article writes it so, whichever came first: derived from the
    # aliases, so the same whatever order the articles were stored in.
    written = sorted(a.removesuffix(ABBREVIATION) for a in have if a.endswith(ABBREVIATION)
                     and a.removesuffix(ABBREVIATION) in have)
    if written and found.name != written[0]:
        for model in (EventParticipant, EventMentionParticipant):
            session.execute(update(model).where(model.organization_id == found.id).values(name=written[0]))
        found.name = written[0]
    return found


# The order participants are stored in: who acted, then with whom and to whom.
ROLE_ORDER = {"agent": 0, "signatory": 1, "applicant": 2, "counterpart": 3, "target": 4}


def save_events(session: Session, groups: list[EventGroup], places: dict[Optional[str], int], created: list) -> None:
    """Insert the events not stored yet and set their ids (see assign_ids), bring the stored ones' consensus
    readings up to date: a statement per table, not one per event. Their participants are derived from
    their reports' (derive_participants)."""
    present = stored_ids(session, Event, [g.id for g in groups if g.id is not None])
    new = [g for g in groups if g.id not in present]
    for group in new:
        if group.id is not None:
            # an article extracted again earlier in this transaction dropped it: what it had stored is gone
            group.stored, group.stored_article_ids = [], frozenset()
    stored = sorted((g for g in groups if g.id in present), key=lambda g: g.id)

    def readings(group: EventGroup) -> dict:
        office, office_country = group.office or (None, None)
        return dict(occurred_on=group.occurred_on, date_precision=group.precision, status=group.status,
                    place_id=places.get(group.place), several=group.several, renewed=group.renewed,
                    office=office, office_country=office_country)

    if new:
        assign_ids(new, insert_rows(session, Event, [dict(readings(g), event_type=g.event_type,
                                                          cameo_root=g.all()[0].candidate.cameo_root) for g in new],
                                    ids=True), created)
    if stored:
        session.execute(update(Event), [dict(readings(g), id=g.id) for g in stored])


def save_report_participants(session: Session, reports: list[EventReport], mention_ids: list[int]) -> None:
    """Store who each report says took part in its event (event_mention_participants): people by id,
    organisations, countries and groups as the organisation they are (organization_of)."""
    rows: list[tuple[dict, Optional[Organization]]] = []
    for report, mention_id in zip(reports, mention_ids):
        seen = set()
        for p in report.participants:
            if p.person is not None:
                if p.person.id is None or ("person", p.person.id) in seen:
                    continue
                seen.add(("person", p.person.id))
                rows.append((dict(event_mention_id=mention_id, person_id=p.person.id, organization_id=None,
                                  kind=p.kind, role=p.role), None))
            elif p.name:
                org = organization_of(session, p.name, p.kind, p.spellings)
                if ("organization", org.id) not in seen:
                    seen.add(("organization", org.id))
                    rows.append((dict(event_mention_id=mention_id, person_id=None, organization_id=org.id,
                                      kind=org.kind, role=p.role), org))
    # named once all are found: a later report may rename one by its abbreviation (find_or_add_organisation)
    insert_rows(session, EventMentionParticipant, [dict(row, name=org.name if org else None) for row, org in rows])


def derive_participants(session: Session, event_ids: list[int]) -> None:
    """Set events' participants from their reports': everyone a report names, in the role the earliest
    report naming them gives (by date, file name, text hash, place in the text), so that they are the
    same whichever run stored which report. Stored by role, then name; rewritten only where they change."""
    reports = session.execute(
        select(EventMention.event_id, EventMentionParticipant.person_id, EventMentionParticipant.organization_id,
               EventMentionParticipant.name, EventMentionParticipant.kind, EventMentionParticipant.role)
        .join(EventMention, EventMention.id == EventMentionParticipant.event_mention_id)
        .join(Article, Article.id == EventMention.article_id)
        .where(EventMention.event_id.in_(event_ids))
        .order_by(EventMention.event_id, *EARLIEST_REPORT_FIRST, EventMentionParticipant.id))
    derived: dict[int, dict[tuple, tuple]] = {event_id: {} for event_id in event_ids}
    for event_id, person_id, organization_id, name, kind, role in reports:
        key = ("person", person_id) if person_id is not None else ("organization", organization_id)
        derived[event_id].setdefault(key, (person_id, name, organization_id, kind, role))
    stored: dict[int, list[tuple]] = {event_id: [] for event_id in event_ids}
    for row in session.execute(select(EventParticipant.event_id, EventParticipant.person_id, EventParticipant.name,
                                      EventParticipant.organization_id, EventParticipant.kind, EventParticipant.role)
                               .where(EventParticipant.event_id.in_(event_ids)).order_by(EventParticipant.id)):
        stored[row[0]].append(tuple(row[1:]))
    person_ids = sorted({person_id for have in derived.values() for person_id, *_ in have.values() if person_id})
    person_names = {}
    for chunk in chunks(person_ids):
        person_names.update(session.execute(select(Person.id, Person.name).where(Person.id.in_(chunk))).all())

    def order(participant: tuple) -> tuple:
        person_id, name, _, _, role = participant
        return ROLE_ORDER.get(role, len(ROLE_ORDER)), name or person_names.get(person_id, "")

    changed = {event_id: sorted(have.values(), key=order) for event_id, have in derived.items()}
    changed = {event_id: rows for event_id, rows in changed.items() if rows != stored[event_id]}
    if not changed:
        return
    session.execute(delete(EventParticipant).where(EventParticipant.event_id.in_(sorted(changed))))
    insert_rows(session, EventParticipant, [
        dict(event_id=event_id, person_id=person_id, name=name, organization_id=organization_id, kind=kind, role=role)
        for event_id, rows in sorted(changed.items()) for person_id, name, organization_id, kind, role in rows])


def refresh_events(session: Session, event_ids: list[int]) -> None:
    """Recount events' articles, outlets and first report from their mentions, and whether they disagree."""
    counts = session.execute(
        select(EventMention.event_id, func.count(distinct(Article.id)), func.count(distinct(OUTLET)),
               func.min(Article.published_on), func.count(distinct(EventMention.occurred_on)),
               func.count(distinct(EventMention.ordinal)))
        .join(EventMention, EventMention.article_id == Article.id).where(EventMention.event_id.in_(event_ids))
        .group_by(EventMention.event_id))
    places: dict[int, list[str]] = {}
    for event_id, name in session.execute(
            select(EventMention.event_id, Place.name).distinct().join(Place, Place.id == EventMention.place_id)
            .where(EventMention.event_id.in_(event_ids))):
        places.setdefault(event_id, []).append(name)
    readings = event_readings(session, event_ids)
    updates = [dict(id=event_id, article_count=articles, outlet_count=outlets, first_reported_on=first,
                    disputed=dates > 1 or ordinals > 1 or places_disagree(places.get(event_id, [])),
                    **readings[event_id])
               for event_id, articles, outlets, first, dates, ordinals in counts]
    if updates:
        session.execute(update(Event), updates)


# Event parts: the visit an event took place during (events.part_of_event_id), kept by every batch for the
# links its events can make or break (link_event_parts), and by derive.refresh_all for all of them.

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


def events_to_link(session: Session, event_ids: Optional[list[int]] = None) -> list[StoredEvent]:
    """What deciding event parts needs of these events (None: all of them): visits dated to the day
    with a place, and the events with a place that no report dates."""
    dated, rows = set(), []
    for chunk in [None] if event_ids is None else chunks(sorted(event_ids)):
        reports = select(EventMention.event_id).where(EventMention.occurred_on.is_not(None))
        events = select(Event.id, Event.event_type, Event.occurred_on, Event.date_precision, Place.name,
                        Event.part_of_event_id).join(Place, Place.id == Event.place_id, isouter=True)
        if chunk is not None:
            reports, events = reports.where(EventMention.event_id.in_(chunk)), events.where(Event.id.in_(chunk))
        dated.update(session.scalars(reports))
        rows += session.execute(events).all()
    events = {row[0]: StoredEvent(*row, dated=row[0] in dated) for row in sorted(rows)}
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


def events_beside(session: Session, event_ids: set[int]) -> list[int]:
    """These events and the others their articles report."""
    return sorted(set(event_ids) | set(reported_beside(session, event_ids, select(EventMention.event_id))))


def visits_beside(session: Session, event_ids: set[int]) -> list[int]:
    """The visits that can have parts (is_visit: dated to the day, with a place) that the articles of
    these events report."""
    visits = select(Event.id).join(EventMention, EventMention.event_id == Event.id).where(
        Event.event_type == "visit", Event.date_precision == "day", Event.occurred_on.is_not(None),
        Event.place_id.is_not(None))
    return sorted(set(reported_beside(session, event_ids, visits)))


def reported_beside(session: Session, event_ids: set[int], found: Select) -> Iterator[int]:
    """`found` (a query of event ids that joins EventMention) in the articles of these events."""
    articles = set()
    for chunk in chunks(sorted(event_ids)):
        articles.update(session.scalars(select(EventMention.article_id).where(EventMention.event_id.in_(chunk))))
    for chunk in chunks(sorted(articles)):
        yield from session.scalars(found.where(EventMention.article_id.in_(chunk)).distinct())


def parts_of(session: Session, visit_ids: set[int]) -> list[int]:
    """The events linked to these visits."""
    parts = []
    for chunk in chunks(sorted(visit_ids)):
        parts += session.scalars(select(Event.id).where(Event.part_of_event_id.in_(chunk)))
    return parts


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


def link_event_parts(session: Session, event_ids: Optional[set[int]] = None) -> None:
    """Link each event to the visit it took place during and, if no report dates it, give it the visit's
    date; unlink (and undate) those that no longer qualify. With `event_ids` (the events a batch touched),
    only the links these can make or break are judged: theirs, those of the events linked to visits among
    them, and those of the events reported beside the visits among them that can have parts (an event and
    its visit share an article: visit_during). A batch's Recount.events
    holds every event it changed and, through clear_facts, every event of an article it extracted again."""
    if event_ids is None:
        events = events_to_link(session)
        visits = [e for e in events if is_visit(e)]
    else:
        touched = events_to_link(session, sorted(event_ids))
        # A touched visit that can have parts may gain them among the events its articles report; any
        # touched visit may lose those it has.
        visits_now = {e.id for e in touched if is_visit(e)}
        beside = set(parts_of(session, {e.id for e in touched if e.event_type == "visit"}))
        if visits_now:
            beside.update(events_beside(session, visits_now))
        beside -= {e.id for e in touched}
        events = [e for e in touched + (events_to_link(session, sorted(beside)) if beside else [])
                  if may_be_part(e) or e.part_of is not None]
        events.sort(key=lambda e: e.id)
        visits = [e for e in events_to_link(session, visits_beside(session, {e.id for e in events})) if is_visit(e)]
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


def event_readings(session: Session, event_ids: list[int]) -> dict[int, dict]:
    """Events' place, date, status and office as all their stored reports give them, the way EventGroup reads
    them from a run's reports: the finest place, the date consensus_date reads, the surest status.
    So they are the same whichever run stored which report. An event none of whose reports is dated keeps
    the date it was given (that of the visit it took place during)."""
    places: dict[int, Counter] = {event_id: Counter() for event_id in event_ids}
    dates: dict[int, list[tuple[str, Optional[str], int]]] = {event_id: [] for event_id in event_ids}
    statuses: dict[int, list[str]] = {event_id: [] for event_id in event_ids}
    offices: dict[int, tuple[Optional[str], Optional[str]]] = {}
    place_ids: dict[str, int] = {}
    for event_id, place_id, place, on, precision, status, office, office_country in session.execute(
            select(EventMention.event_id, Place.id, Place.name, EventMention.occurred_on, EventMention.date_precision,
                   EventMention.status, EventMention.office, EventMention.office_country)
            .join(Article, Article.id == EventMention.article_id)
            .outerjoin(Place, Place.id == EventMention.place_id)
            .where(EventMention.event_id.in_(event_ids))
            .order_by(EventMention.event_id, *EARLIEST_REPORT_FIRST)):
        if place:
            places[event_id][place] += 1
            place_ids[place] = place_id
        if on:
            dates[event_id].append((on, precision, 1))
        statuses[event_id].append(status)
        if office:
            offices.setdefault(event_id, (office, office_country))
    readings = {}
    for event_id in event_ids:
        kept = finest(list(places[event_id]))
        place = max(kept, key=lambda v: (places[event_id][v], len(v))) if kept else None
        office, office_country = offices.get(event_id, (None, None))
        reading = dict(place_id=place_ids.get(place), status=max(statuses[event_id], key=STATUS_RANK.get,
                                                                 default="happened"),
                       office=office, office_country=office_country)
        if dates[event_id]:
            on, precision = consensus_date(dates[event_id])
            reading.update(occurred_on=on, date_precision=precision)
        readings[event_id] = reading
    return readings


def event_mention_values(text: str, report: EventReport, event_id: int, place_id: Optional[int]) -> dict:
    """An event_mentions row, as column values."""
    c = report.candidate
    return dict(
        event_id=event_id, start_char=c.start, end_char=c.end, text=text[c.start:c.end],
        trigger_start_char=c.trigger.start, trigger_end_char=c.trigger.end,
        trigger_text=text[c.trigger.start:c.trigger.end],
        status=c.status, date_start_char=c.date.start if c.date else None,
        date_end_char=c.date.end if c.date else None, date_text=text[c.date.start:c.date.end] if c.date else None,
        occurred_on=report.occurred_on, date_precision=report.precision, place_id=place_id,
        office=c.office, office_country=c.office_country, **ordinal_columns(text, c.ordinal))


def ordinal_columns(text: str, ordinal: Optional[tuple[int, TextSpan]]) -> dict:
    if ordinal is None:  # every column named all the same: one INSERT takes rows of the same columns
        return dict(ordinal=None, ordinal_start_char=None, ordinal_end_char=None, ordinal_text=None)
    number, phrase = ordinal
    return dict(ordinal=number, ordinal_start_char=phrase.start, ordinal_end_char=phrase.end,
                ordinal_text=text[phrase.start:phrase.end])


@dataclass
class ArticleClaim:
    claim: ClaimCandidate
    speaker: Optional[ResolvedPerson]
    statement: Optional[StatementGroup]


def surface(text: str, start: Optional[int], end: Optional[int]) -> Optional[str]:
    return text[start:end] if start is not None else None


def claim_values(text: str, item: ArticleClaim) -> dict:
    """A claims row, as column values."""
    c = item.claim
    return dict(content=text[c.start:c.end], start_char=c.start, end_char=c.end, kind=c.kind,
                speaker_id=item.speaker.id if item.speaker else None,
                statement_id=item.statement.id if item.statement else None,
                source_text=surface(text, c.source_start, c.source_end), source_start_char=c.source_start,
                source_end_char=c.source_end, cue_text=surface(text, c.cue_start, c.cue_end),
                cue_start_char=c.cue_start, cue_end_char=c.cue_end, cue_lemma=c.cue_lemma, factuality=c.factuality,
                act=c.act, sentence_start_char=c.sentence_start, sentence_end_char=c.sentence_end)


def save_statements(session: Session, claims: list[tuple[str, ArticleClaim]], created: list) -> set[int]:
    """Insert the statements the claims (each with its article's text) report that are not stored yet, and
    set their ids (see assign_ids): as one INSERT, not object by object, since articles carry dozens.
    Returns the ids of those that were stored already."""
    present = stored_ids(session, Statement, [item.statement.id for _, item in claims
                                              if item.statement is not None and item.statement.id is not None])
    first: dict[int, tuple[str, ArticleClaim]] = {}
    for text, item in claims:
        if item.statement is not None and item.statement.id not in present:
            # not stored yet, or dropped by an article extracted again earlier in this transaction
            first.setdefault(id(item.statement), (text, item))
    if not first:
        return present
    rows = []
    for text, item in first.values():
        source = None if item.speaker else surface(text, item.claim.source_start, item.claim.source_end)
        rows.append(dict(speaker_id=item.speaker.id if item.speaker else None, source_text=source,
                         source_key=None if source is None else normalise_phrase(source), text=item.statement.text))
    assign_ids([item.statement for _, item in first.values()], insert_rows(session, Statement, rows, ids=True),
               created)
    return present


class ArticleGone(Exception):
    """The article to extract again was deleted meanwhile."""


def clear_facts(session: Session, article_ids: list[int], recount: Recount) -> None:
    """Delete the extracted facts (mentions, roles, claims, event reports) of stored articles about to be
    extracted again, and what reading them found (contributors, boilerplate); the people, statements and
    events the facts belonged to are noted in `recount`, to be recounted, and dropped if nothing else
    refers to them."""
    for chunk in chunks(sorted(article_ids)):
        people = set(session.scalars(union(
            select(PersonMention.person_id).where(PersonMention.article_id.in_(chunk)),
            select(PersonRole.person_id).where(PersonRole.article_id.in_(chunk)),
            select(Claim.speaker_id).where(Claim.article_id.in_(chunk))))) - {None}
        statements = set(session.scalars(select(Claim.statement_id).distinct().where(
            Claim.article_id.in_(chunk), Claim.statement_id.is_not(None))))
        events = set(session.scalars(select(EventMention.event_id).distinct()
                                     .where(EventMention.article_id.in_(chunk))))
        organizations = set(session.scalars(
            select(EventMentionParticipant.organization_id).distinct()
            .join(EventMention, EventMention.id == EventMentionParticipant.event_mention_id)
            .where(EventMention.article_id.in_(chunk), EventMentionParticipant.organization_id.is_not(None))))
        for model in (PersonMention, PersonRole, Claim, EventMention, ArticleContributor, BoilerplateSpan):
            session.execute(delete(model).where(model.article_id.in_(chunk)))
        for cleared, ids in zip(recount.cleared, (people, statements, events, organizations)):
            cleared |= ids
        recount.people |= people
        recount.named |= people
        recount.statements |= statements
        recount.events |= events


def drop_orphans(session: Session, person_ids: Optional[set[int]] = None, statement_ids: Optional[set[int]] = None,
                 event_ids: Optional[set[int]] = None, organization_ids: Optional[set[int]] = None) -> None:
    """Delete the events no article reports, the statements no claim carries, and the people and
    organisations nothing refers to any more, among those given (None: all of them); events and
    statements first, since they refer to people and organisations."""
    # NOT EXISTS on each indexed column, not NOT IN: SQLite would read every row of the five tables
    referring = [PersonMention.person_id, PersonRole.person_id, Claim.speaker_id, Statement.speaker_id,
                 EventMentionParticipant.person_id]
    taking_part = [EventMentionParticipant.organization_id, EventParticipant.organization_id]
    for model, ids, unreferenced in (
            (Event, event_ids, ~Event.mentions.any()),
            (Statement, statement_ids, ~Statement.claims.any()),
            (Person, person_ids, and_(*[~exists().where(column == Person.id) for column in referring])),
            (Organization, organization_ids,
             and_(*[~exists().where(column == Organization.id) for column in taking_part]))):
        selections = [literal(True)] if ids is None else [model.id.in_(chunk) for chunk in chunks(sorted(ids))]
        for selected in selections:
            session.execute(delete(model).where(selected, unreferenced))


def save_articles(engine: Engine, batch: list[ArticleFacts], extracted_with: Optional[str] = None) -> list[int]:
    """Write articles, their people, claims and events in one transaction; returns their ids.

    An article `replacing` a stored one (extracted again) has its old facts replaced by these, in the
    same transaction, and what they belonged to recounted. Raises ArticleGone if a replaced article is
    no longer there."""
    created: list = []  # people, statements and events given new ids here, forgotten if this rolls back
    try:
        with Session(engine) as session, session.begin():
            recount = Recount()
            clear_facts(session, [facts.replacing for facts in batch if facts.replacing is not None], recount)
            ids = write_articles(session, created, recount, batch, extracted_with)
            recount.run(session)
            return ids
    except BaseException:
        forget(created)
        raise


@dataclass
class Recount:
    """The people, statements and events the articles of a transaction touched, pruned, recounted and (events)
    linked to their visits once before it commits rather than after each article, which would read the same
    rows again and again."""
    people: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # people with mentions by full name added or dropped
    statements: set[int] = field(default_factory=set)
    added_claims: list[AddedClaim] = field(default_factory=list)  # new claims of stored statements not in `statements`
    events: set[int] = field(default_factory=set)
    # the people, statements, events and organisations the cleared facts of articles extracted again referred to
    cleared: tuple[set[int], ...] = field(default_factory=lambda: (set(), set(), set(), set()))

    def run(self, session: Session) -> None:
        drop_orphans(session, *self.cleared)
        for ids, refresh in ((self.people, refresh_people), (self.named, name_people),
                             (self.statements, refresh_statements), (self.events, refresh_events),
                             (self.events, derive_participants)):
            for chunk in chunks(sorted(ids)):
                refresh(session, chunk)
        add_claims_to_statements(session, [c for c in self.added_claims if c.statement_id not in self.statements])
        if self.events:
            link_event_parts(session, self.events)


@dataclass
class ArticleFacts:
    """What save_batch writes for one article (see save_articles)."""
    article: ArticleText
    people: ArticlePeople
    claims: list[ArticleClaim]
    events: list[tuple[EventReport, EventGroup]]
    replacing: Optional[int] = None


def save_batch(engine: Engine, batch: list[ArticleFacts], extracted_with: Optional[str] = None
               ) -> list[Optional[Exception]]:
    """Write a batch of articles in one transaction: a run killed while writing keeps none of them,
    and the next run resolves and writes them as this one would have. If one of them fails, the
    others are written an article a transaction at a time, so that they land. Returns, for each
    article, None or the ArticleGone or database error it met."""
    try:
        save_articles(engine, batch, extracted_with)
        return [None] * len(batch)
    except (ArticleGone, SQLAlchemyError):
        pass
    outcomes: list[Optional[Exception]] = []
    for facts in batch:
        try:
            save_articles(engine, [facts], extracted_with)
            outcomes.append(None)
        except (ArticleGone, SQLAlchemyError) as error:
            outcomes.append(error)
    return outcomes


def forget(created: list[tuple[object, Optional[int]]]) -> None:
    """People, statements and events given ids in a transaction that rolled back take back the ids
    they had before it (assign_ids): None, for those first stored there."""
    for thing, previous in reversed(created):
        thing.id = previous


def write_articles(session: Session, created: list, recount: Recount, batch: list[ArticleFacts],
                   extracted_with: Optional[str]) -> list[int]:
    """save_articles' work for the articles of a batch, in the session's transaction, for articles whose old
    facts, if they are extracted again, clear_facts has deleted; a statement per table for them all, not
    one per article. What it gives ids is noted in `created`, and what needs recounting in `recount`.
    Returns the articles' ids."""
    rows = []
    for facts in batch:
        article = facts.article
        if facts.replacing is None:
            row = Article(source_file=article.source_file, sha256=article.sha256, text=article.text)
        else:
            row = session.get(Article, facts.replacing)
            if row is None:
                raise ArticleGone(article.source_file)
        row.title, row.byline, row.outlet, row.dateline = article.title, article.byline, article.outlet, \
            article.dateline
        row.published_on, row.url, row.extracted_with = article.published_on, article.url, extracted_with
        session.add(row)
        rows.append(row)
    session.flush()
    written = list(zip(batch, [row.id for row in rows]))
    # through Core, as the facts below: assigning the ORM collections would load a stored article's old ones
    insert_rows(session, ArticleContributor, [
        dict(article_id=article_id, name=c.name, role=c.role, start_char=c.start, end_char=c.end)
        for facts, article_id in written for c in facts.article.contributors])
    insert_rows(session, BoilerplateSpan, [
        dict(article_id=article_id, kind=kind, start_char=span.start, end_char=span.end, text=span.text)
        for facts, article_id in written for kind, span in facts.article.boilerplate])

    named_or_speaking = {id(person): person for facts in batch for person in [m.person for m in facts.people.mentions]
                         + [c.speaker for c in facts.claims if c.speaker is not None]}
    # Someone stored before, every mention of whom by name here is written as their name, keeps it: the
    # name their mentions use most (canonical_names) only gains. Not named again, which reads all their
    # mentions: the much-named are named in most batches.
    keep_name = {id(p) for p in named_or_speaking.values()
                 if p.id is not None and p.stored_name and parse_name(p.stored_name).is_full}
    keep_name -= {id(m.person) for facts in batch for m in facts.people.mentions
                  if m.kind == "name" and as_name(facts.article.text[m.start:m.end]) != m.person.stored_name}
    save_people(session, list(named_or_speaking.values()), created)
    insert_rows(session, PersonMention, [
        dict(article_id=article_id, person_id=m.person.id, start_char=m.start, end_char=m.end,
             text=facts.article.text[m.start:m.end], kind=m.kind)
        for facts, article_id in written for m in facts.people.mentions])
    count_new_mentions(session, [facts.people.mentions for facts in batch if facts.replacing is None])
    recount.people.update(m.person.id for facts in batch if facts.replacing is not None for m in facts.people.mentions)
    recount.named.update(m.person.id for facts in batch for m in facts.people.mentions
                         if m.kind == "name" and id(m.person) not in keep_name)
    insert_rows(session, PersonRole, [
        dict(article_id=article_id, person_id=person.id, role=facts.article.text[role.start:role.end],
             start_char=role.start, end_char=role.end)
        for facts, article_id in written for person, role in facts.people.roles if person.id is not None])

    stored_before = save_statements(session, [(facts.article.text, item) for facts in batch for item in facts.claims],
                                    created)
    claims = [(facts, article_id, dict(claim_values(facts.article.text, item), article_id=article_id))
              for facts, article_id in written for item in facts.claims]
    insert_rows(session, Claim, [values for _, _, values in claims])
    for facts, article_id, values in claims:
        statement_id = values["statement_id"]
        if statement_id is None:
            continue
        if facts.replacing is None and statement_id in stored_before:
            recount.added_claims.append(AddedClaim.of(facts.article, article_id, values))
        else:
            recount.statements.add(statement_id)

    reports = [(facts.article.text, article_id, report, group)
               for facts, article_id in written for report, group in facts.events]
    groups = list({id(group): group for _, _, _, group in reports}.values())
    places = place_ids(session, {g.place for g in groups} | {report.place for _, _, report, _ in reports})
    save_events(session, groups, places, created)
    mention_ids = insert_rows(session, EventMention, [
        dict(event_mention_values(text, report, group.id, places.get(report.place)), article_id=article_id)
        for text, article_id, report, group in reports], ids=True)
    save_report_participants(session, [report for _, _, report, _ in reports], mention_ids)
    recount.events.update(group.id for group in groups)
    return [article_id for _, article_id in written]


def article_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Article))


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {name: session.scalar(select(func.count()).select_from(model))
                for name, model in (("articles", Article), ("people", Person), ("mentions", PersonMention),
                                    ("claims", Claim), ("statements", Statement), ("events", Event))}
