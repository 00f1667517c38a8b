"""The fact store's schema: the only place it is written.

Alembic revisions in migrations/ are generated from these models. Every
table with a span holds `[start_char, end_char)` offsets, in Python string
characters, into `articles.text`.
"""
from typing import Optional

from sqlalchemy import ForeignKey, Index, MetaData, String, Text, UniqueConstraint, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints let Alembic's batch mode drop and recreate them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def article_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


def person_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)


class Article(Base):
    """One input file, verbatim, with the metadata read from its own text."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_file: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[Optional[str]] = mapped_column(Text)
    byline: Mapped[Optional[str]] = mapped_column(String(255))
    outlet: Mapped[Optional[str]] = mapped_column(String(255))
    dateline: Mapped[Optional[str]] = mapped_column(String(255))
    published_on: Mapped[Optional[str]] = mapped_column(String(10), index=True)

    contributors: Mapped[list["ArticleContributor"]] = relationship(
        back_populates="article", cascade="all, delete-orphan")
    boilerplate: Mapped[list["BoilerplateSpan"]] = relationship(
        back_populates="article", cascade="all, delete-orphan")
    mentions: Mapped[list["PersonMention"]] = relationship(
        back_populates="article", cascade="all, delete-orphan")
    claims: Mapped[list["Claim"]] = relationship(back_populates="article", cascade="all, delete-orphan")


class ArticleContributor(Base):
    """A journalist credited by the article ("Writing by ...", "Editing by ...")."""

    __tablename__ = "article_contributors"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = article_fk()
    name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(64))
    start_char: Mapped[int]
    end_char: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="contributors")


class BoilerplateSpan(Base):
    """Web furniture inside the verbatim text, kept out of extraction."""

    __tablename__ = "boilerplate_spans"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = article_fk()
    kind: Mapped[str] = mapped_column(String(32))
    start_char: Mapped[int]
    end_char: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="boilerplate")


class Person(Base):
    """One real person, however many names and articles they appear under."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)

    aliases: Mapped[list["PersonAlias"]] = relationship(
        back_populates="person", cascade="all, delete-orphan")
    roles: Mapped[list["PersonRole"]] = relationship(
        back_populates="person", cascade="all, delete-orphan")


class PersonAlias(Base):
    """A name a person is written under ("Ibrahim Raisi", "Mr. Raisi")."""

    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = person_fk()
    alias: Mapped[str] = mapped_column(String(255), index=True)

    person: Mapped[Person] = relationship(back_populates="aliases")


class PersonRole(Base):
    """A title or role as an article states it ("Iranian President")."""

    __tablename__ = "person_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = person_fk()
    article_id: Mapped[int] = article_fk()
    role: Mapped[str] = mapped_column(String(255))
    start_char: Mapped[int]
    end_char: Mapped[int]

    person: Mapped[Person] = relationship(back_populates="roles")


class PersonMention(Base):
    """One place in one article where a person is named or referred to by title."""

    __tablename__ = "person_mentions"
    __table_args__ = (Index("ix_person_mentions_article_span", "article_id", "start_char"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    person_id: Mapped[int] = person_fk()
    start_char: Mapped[int]
    end_char: Mapped[int]
    text: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))  # name | surname | title

    article: Mapped[Article] = relationship(back_populates="mentions")


class Statement(Base):
    """One remark, however many articles report it and however they word it."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    source_text: Mapped[Optional[str]] = mapped_column(String(255))  # who, when not a known person
    text: Mapped[str] = mapped_column(Text)  # canonical wording: the earliest report's
    first_reported_on: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    article_count: Mapped[int] = mapped_column(default=0, index=True)
    outlet_count: Mapped[int] = mapped_column(default=0, index=True)

    claims: Mapped[list["Claim"]] = relationship(back_populates="statement")


class Claim(Base):
    """An attributed statement in one article: who (source) says (cue) what (content)."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = article_fk()
    statement_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True)
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    content: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int]
    end_char: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))  # direct | partial | indirect
    source_text: Mapped[Optional[str]] = mapped_column(String(255))
    source_start_char: Mapped[Optional[int]]
    source_end_char: Mapped[Optional[int]]
    cue_text: Mapped[Optional[str]] = mapped_column(String(255))
    cue_start_char: Mapped[Optional[int]]
    cue_end_char: Mapped[Optional[int]]
    cue_lemma: Mapped[Optional[str]] = mapped_column(String(64))
    factuality: Mapped[Optional[str]] = mapped_column(String(16), index=True)  # denied, hoped, warned, ...

    article: Mapped[Article] = relationship(back_populates="claims")
    statement: Mapped[Optional[Statement]] = relationship(back_populates="claims")


class Place(Base):
    """A place events happen in, named as the articles name it ("Ashgabat, Turkmenistan")."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)


class Event(Base):
    """One real event, however many articles report it."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_type: Mapped[str] = mapped_column(String(32), index=True)  # meeting, visit, agreement, ...
    cameo_root: Mapped[str] = mapped_column(String(2), index=True)  # CAMEO root code: "04" consult, ...
    occurred_on: Mapped[Optional[str]] = mapped_column(String(10), index=True)  # the reading most reports give
    date_precision: Mapped[Optional[str]] = mapped_column(String(8))  # day | week | month | year
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # happened | ongoing | planned | expected | denied
    first_reported_on: Mapped[Optional[str]] = mapped_column(String(10))
    article_count: Mapped[int] = mapped_column(default=0)
    outlet_count: Mapped[int] = mapped_column(default=0)

    participants: Mapped[list["EventParticipant"]] = relationship(
        back_populates="event", cascade="all, delete-orphan")
    mentions: Mapped[list["EventMention"]] = relationship(back_populates="event", cascade="all, delete-orphan")


class EventParticipant(Base):
    """Who took part in an event, and as what: agent, counterpart, signatory, applicant, target."""

    __tablename__ = "event_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    name: Mapped[Optional[str]] = mapped_column(String(255))  # an organisation, country or group
    kind: Mapped[str] = mapped_column(String(16))  # person | organization | country | group
    role: Mapped[str] = mapped_column(String(16))

    event: Mapped[Event] = relationship(back_populates="participants")


class EventMention(Base):
    """One article's report of an event, with the readings of that report.

    Where articles disagree about the date or place, each mention keeps its own.
    """

    __tablename__ = "event_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = article_fk()
    start_char: Mapped[int]  # the clause that reports the event
    end_char: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    trigger_start_char: Mapped[int]
    trigger_end_char: Mapped[int]
    trigger_text: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    date_start_char: Mapped[Optional[int]]
    date_end_char: Mapped[Optional[int]]
    date_text: Mapped[Optional[str]] = mapped_column(String(64))
    occurred_on: Mapped[Optional[str]] = mapped_column(String(10))
    date_precision: Mapped[Optional[str]] = mapped_column(String(8))
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)

    event: Mapped[Event] = relationship(back_populates="mentions")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """Foreign keys are off by default in SQLite; WAL lets readers work during a seed."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
