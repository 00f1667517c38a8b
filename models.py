"""The fact store's schema: the only place it is written.

Alembic revisions in migrations/ are generated from these models. Every
table with a span holds `[start_char, end_char)` offsets, in Python string
characters, into `articles.text`.
"""

import sqlite3
import time
from typing import Optional

from sqlalchemy import ForeignKey, Index, MetaData, String, Text, UniqueConstraint, event, false
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Tries at switching a SQLite file to WAL while another process holds it (50 ms apart).
WAL_ATTEMPTS = 200

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


def article_fk(doc: str = "The article (articles.id).") -> Mapped[int]:
    return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True, doc=doc)


def person_fk(doc: str = "The person (people.id).") -> Mapped[int]:
    return mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True, doc=doc)


class Article(Base):
    """One input file, verbatim, with the metadata read from its own text."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    source_file: Mapped[str] = mapped_column(
        String(1024), doc="The input path, relative to the folder seeded (the bare file name for a file)."
    )
    sha256: Mapped[str] = mapped_column(
        String(64),
        unique=True,
        doc="SHA-256 of the text: the article's identity; seeding the same text again adds nothing.",
    )
    text: Mapped[str] = mapped_column(Text, doc="The input, verbatim: every span in the database is an offset into it.")
    title: Mapped[Optional[str]] = mapped_column(Text, doc="The headline, when the text has one above the story.")
    byline: Mapped[Optional[str]] = mapped_column(
        String(255), doc='Who the byline credits ("News Desk"), when the text has one.'
    )
    outlet: Mapped[Optional[str]] = mapped_column(
        String(255), doc='The outlet the text names in its dateline ("Reuters").'
    )
    dateline: Mapped[Optional[str]] = mapped_column(
        String(255), doc='The dateline as written ("LONDON/DUBAI, July 19 (Reuters)").'
    )
    published_on: Mapped[Optional[str]] = mapped_column(
        String(10), index=True, doc="Publication date (YYYY-MM-DD) read from the text, or NULL."
    )
    url: Mapped[Optional[str]] = mapped_column(
        String(2048), doc="Where the article was published, from the metadata file given to seed.py, or NULL."
    )
    extracted_with: Mapped[Optional[str]] = mapped_column(
        String(16),
        index=True,
        doc="The extractor version that produced the article's facts (a hash of the extraction code, its learned "
        "files and the spaCy model); NULL for an article stored before versions were recorded. A seed run "
        "extracts again the articles whose version is not the running code's.",
    )

    contributors: Mapped[list["ArticleContributor"]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    boilerplate: Mapped[list["BoilerplateSpan"]] = relationship(back_populates="article", cascade="all, delete-orphan")
    mentions: Mapped[list["PersonMention"]] = relationship(back_populates="article", cascade="all, delete-orphan")
    claims: Mapped[list["Claim"]] = relationship(back_populates="article", cascade="all, delete-orphan")


class ArticleContributor(Base):
    """A journalist credited by the article ("Writing by ...", "Editing by ...")."""

    __tablename__ = "article_contributors"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    article_id: Mapped[int] = article_fk()
    name: Mapped[str] = mapped_column(String(255), doc="The journalist's name as credited.")
    role: Mapped[str] = mapped_column(String(64), doc="writing, editing, reporting, additional reporting, ...")
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )

    article: Mapped[Article] = relationship(back_populates="contributors")


class BoilerplateSpan(Base):
    """Web furniture inside the verbatim text, kept out of extraction."""

    __tablename__ = "boilerplate_spans"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    article_id: Mapped[int] = article_fk()
    kind: Mapped[str] = mapped_column(
        String(32), doc="boilerplate, byline, date, dateline, credits, section or repeated headline."
    )
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )
    text: Mapped[str] = mapped_column(Text, doc="The text of the span.")

    article: Mapped[Article] = relationship(back_populates="boilerplate")


class Person(Base):
    """One real person, however many names and articles they appear under."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    name: Mapped[str] = mapped_column(String(255), index=True, doc="Canonical name: the full form most reports use.")
    article_count: Mapped[int] = mapped_column(default=0, index=True, doc="How many articles mention the person.")
    mention_count: Mapped[int] = mapped_column(default=0, doc="How many times the articles mention the person.")
    gender: Mapped[Optional[str]] = mapped_column(
        String(8),
        doc='female or male, as the articles\' own words show it (a courtesy title such as "Mrs." or "Mr.", '
        "pronouns about the person); NULL when they do not.",
    )

    aliases: Mapped[list["PersonAlias"]] = relationship(back_populates="person", cascade="all, delete-orphan")
    roles: Mapped[list["PersonRole"]] = relationship(back_populates="person", cascade="all, delete-orphan")


class PersonAlias(Base):
    """A name a person is written under ("Ibrahim Raisi", "Mr. Raisi")."""

    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    person_id: Mapped[int] = person_fk()
    alias: Mapped[str] = mapped_column(
        String(255), index=True, doc="A name the person is written under, misspellings included."
    )
    surname_key: Mapped[Optional[str]] = mapped_column(
        String(255),
        index=True,
        doc='The alias\'s surname as names are compared ("raisi" for "Mr. Raisi", "xi" for "Xi Jinping"): '
        "what the names in a new article are looked up by.",
    )

    person: Mapped[Person] = relationship(back_populates="aliases")


class PersonRole(Base):
    """A title or role as an article states it ("Iranian President")."""

    __tablename__ = "person_roles"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    person_id: Mapped[int] = person_fk()
    article_id: Mapped[int] = article_fk()
    role: Mapped[str] = mapped_column(
        String(255), doc='The title or role as the article states it ("Iranian President").'
    )
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )

    person: Mapped[Person] = relationship(back_populates="roles")


class PersonMention(Base):
    """One place in one article where a person is named or referred to by title."""

    __tablename__ = "person_mentions"
    __table_args__ = (Index("ix_person_mentions_article_span", "article_id", "start_char"),)

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), doc="The article (articles.id)."
    )
    person_id: Mapped[int] = person_fk()
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )
    text: Mapped[str] = mapped_column(String(255), doc="The mention as written.")
    kind: Mapped[str] = mapped_column(
        String(16),
        doc='name (full name), surname (one name, with or without a courtesy title), title ("the Iranian '
        'president", a role the article states) or description ("the Democratic nominee", "his ex-wife").',
    )

    article: Mapped[Article] = relationship(back_populates="mentions")


class Statement(Base):
    """One remark, however many articles report it and however they word it."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    speaker_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"),
        index=True,
        doc="Who made the remark (people.id); NULL when the source is not a person.",
    )
    source_text: Mapped[Optional[str]] = mapped_column(
        String(255), doc='Who made the remark, as written, when it is not a known person ("Reuters").'
    )
    source_key: Mapped[Optional[str]] = mapped_column(
        String(255), index=True,
        doc='The source as remarks are matched to it: lowercase, no leading article ("the Kremlin" -> "kremlin").',
    )
    text: Mapped[str] = mapped_column(
        Text, doc="Canonical wording: the earliest report's, less the attribution inside it."
    )
    first_reported_on: Mapped[Optional[str]] = mapped_column(
        String(10), index=True, doc="Earliest publication date of an article carrying the remark."
    )
    article_count: Mapped[int] = mapped_column(default=0, index=True, doc="How many articles carry the remark.")
    outlet_count: Mapped[int] = mapped_column(
        default=0, index=True, doc="How many distinct outlets carry it (an article naming no outlet counts as its own)."
    )

    claims: Mapped[list["Claim"]] = relationship(back_populates="statement")


class Claim(Base):
    """An attributed statement in one article: who (source) says (cue) what (content)."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    article_id: Mapped[int] = article_fk()
    statement_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"),
        index=True,
        doc="The remark this claim reports (statements.id).",
    )
    speaker_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"),
        index=True,
        doc="The person the source refers to (people.id); NULL when the source is not a person.",
    )
    content: Mapped[str] = mapped_column(Text, doc="What was said, as written (the content span's text).")
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )
    kind: Mapped[str] = mapped_column(
        String(16), doc="direct (all quoted), partial (a quotation inside reported speech) or indirect."
    )
    source_text: Mapped[Optional[str]] = mapped_column(
        String(255), doc='Who said it, as written ("Ushakov", "he", "the Russian leader", "US data").'
    )
    source_start_char: Mapped[Optional[int]] = mapped_column(
        doc="Start of the source span, or NULL when the text names no source."
    )
    source_end_char: Mapped[Optional[int]] = mapped_column(doc="End of the source span.")
    cue_text: Mapped[Optional[str]] = mapped_column(
        String(255), doc='The words that attribute it ("said", "told reporters", "according to", ":").'
    )
    cue_start_char: Mapped[Optional[int]] = mapped_column(
        doc="Start of the cue span, or NULL for a quotation that carries on earlier words."
    )
    cue_end_char: Mapped[Optional[int]] = mapped_column(doc="End of the cue span.")
    cue_lemma: Mapped[Optional[str]] = mapped_column(
        String(64), doc='The cue\'s lemma ("say", "deny", "according to").'
    )
    factuality: Mapped[Optional[str]] = mapped_column(
        String(16),
        index=True,
        doc="What the cue says of the claim's standing: denied, hoped, warned, expected, promised, threatened, claimed, negated, ...; NULL for a plain report.",
    )
    act: Mapped[str] = mapped_column(
        String(8),
        index=True,
        default="speech",
        server_default="speech",
        doc="What kind of attribution: speech (words said or written: said, told, wrote, announced, argued, "
        "according to a person or their statement, with a clause or a quotation as content, what was called "
        "for or warned against, or words a verb names as such: voiced his disapproval, cited the figures), thought (believes, hopes, fears, wants, knows) or other (what polls, data and "
        "studies show or find; perception; stances and deeds such as endorsed or voted for; words reported by "
        "their topic or target alone, such as criticized the decision). Who said what is act = 'speech'.",
    )
    sentence_start_char: Mapped[Optional[int]] = mapped_column(
        doc="Start of the sentence or sentences the claim, its source and its cue sit in."
    )
    sentence_end_char: Mapped[Optional[int]] = mapped_column(doc="End of those sentences.")

    article: Mapped[Article] = relationship(back_populates="claims")
    statement: Mapped[Optional[Statement]] = relationship(back_populates="claims")


class Place(Base):
    """A place events happen in, named as the articles name it ("Ashgabat, Turkmenistan")."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    name: Mapped[str] = mapped_column(
        String(255), unique=True, doc='The place as the articles name it ("Tehran", "Ashgabat, Turkmenistan").'
    )
    country: Mapped[Optional[str]] = mapped_column(
        String(64),
        index=True,
        doc='The country it is in, or is ("Iran" for "Tehran" and for "Iran"), from GeoNames; NULL when unknown.',
    )


class Organization(Base):
    """An organisation, country or group that takes part in events, under one name however the articles
    spell it ("FBI" for "F.B.I.", "Federal Bureau of Investigation" and "the bureau")."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    name: Mapped[str] = mapped_column(
        String(255), unique=True,
        doc='Its usual name: the abbreviation when the articles use one ("FBI"), a country by its own name '
        '("Russia" for "Moscow" acting as its government).',
    )
    kind: Mapped[str] = mapped_column(String(16), index=True, doc="organization, country or group.")

    aliases: Mapped[list["OrganizationAlias"]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )


class OrganizationAlias(Base):
    """A spelling an organisation is written under ("F.B.I.", "Federal Bureau of Investigation", "the bureau")."""

    __tablename__ = "organization_aliases"
    __table_args__ = (UniqueConstraint("organization_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True, doc="The organisation (organizations.id)."
    )
    alias: Mapped[str] = mapped_column(String(255), index=True, doc="The name as an article writes it.")

    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Event(Base):
    """One real event, however many articles report it.

    Its type, with the CAMEO root code GDELT would give it ("00" where CAMEO has none): meeting 04, visit 04,
    summit 04, phone call 04, debate 04, speech 01, rally 14, protest 14, agreement 05, endorsement 05,
    donation 07, election 00, vote 00, candidacy 00, appointment 00, resignation 00, legislation 00,
    investigation 09, hearing 00, lawsuit 00, charge 11, arrest 17, death 20, attack 19, leak 00,
    accusation 11, denial 12, threat 13, sanctions 16, membership application 03, travel 00.
    An accusation includes criticism in words ("criticized", "lashed out at", a politician's "attacks");
    an election includes a candidate's win or loss of a place or in one ("won Nevada", "her victory in
    Iowa"); a meeting includes interviews; a lawsuit includes a court's ruling on a law ("the appeals court
    blocked the law", "struck down the ban"); a protest includes a strike, a walkout or a boycott; a
    hearing includes a sentencing, a conviction, an acquittal and a plea; a candidacy includes a party's
    nomination; an investigation includes investigators' review and their clearing someone. Each step of
    a law's making that one article reports (passed, signed, vetoed, overridden) is an event of its own.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_status_occurred_on", "status", "occurred_on"),
        Index("ix_events_disputed_article_count", "disputed", "article_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    event_type: Mapped[str] = mapped_column(
        String(32),
        index=True,
        doc="meeting, visit, summit, phone call, debate, speech, rally, protest, agreement, endorsement, donation, "
        "election, vote, candidacy, appointment, resignation, legislation, investigation, hearing, lawsuit, charge, "
        "arrest, death, attack, leak, accusation, denial, threat, sanctions, membership application or travel.",
    )
    cameo_root: Mapped[str] = mapped_column(
        String(2),
        index=True,
        doc='The CAMEO root code of the type, as in GDELT ("04" consult, "05" cooperate, "19" fight, ...); '
        '"00" for the types CAMEO has no root for (elections, votes, appointments, courts, leaks, travel).',
    )
    occurred_on: Mapped[Optional[str]] = mapped_column(
        String(10),
        index=True,
        doc="When it happened (YYYY-MM-DD; the first day of a week, month or year): the reading most reports give, "
        "or the finest inside it when the finer readings agree (\"this year\" and \"on Nov. 8\": Nov. 8).",
    )
    date_precision: Mapped[Optional[str]] = mapped_column(String(8), doc="day, week, month or year.")
    place_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"),
        index=True,
        doc="Where (places.id), the reading most reports give.",
    )
    status: Mapped[str] = mapped_column(
        String(16),
        doc="happened, ongoing, planned, expected, denied (said not to have happened) or negated (did not happen: "
        '"did not meet"); happened if any report says so.',
    )
    part_of_event_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"),
        index=True,
        doc="The visit it took place during (events.id): the visitor took part in it where the visit went, an article "
        "reports both, and no report dates it to another day; an event no report dates takes the visit's date.",
    )
    first_reported_on: Mapped[Optional[str]] = mapped_column(
        String(10), doc="Earliest publication date of an article reporting it."
    )
    article_count: Mapped[int] = mapped_column(default=0, index=True, doc="How many articles report it.")
    disputed: Mapped[bool] = mapped_column(
        default=False,
        doc="True when its reports disagree about the date, the place or which trip it is (see event_disagreements).",
    )
    several: Mapped[bool] = mapped_column(
        default=False,
        server_default=false(),
        doc='True when its reports count several happenings of its type ("32 visits to the site"): '
        "no report of one of them joins it.",
    )
    renewed: Mapped[bool] = mapped_column(
        default=False,
        server_default=false(),
        doc='True when it is the renewal of an event ("reopened the investigation"), which stays apart from the event.',
    )
    outlet_count: Mapped[int] = mapped_column(
        default=0, doc="How many distinct outlets report it (an article naming no outlet counts as its own)."
    )
    office: Mapped[Optional[str]] = mapped_column(
        String(32),
        doc='For an election, the national office it is for, as its reports name it ("president", "parliament", '
        '"prime minister", "chancellor"): reports of elections for one office in one country that no date or place '
        "sets apart are one election.",
    )
    office_country: Mapped[Optional[str]] = mapped_column(
        String(64),
        doc="The country of that office: the election's place's, a country's taking part, a name in front of it "
        "(\"the U.S. presidential election\"), else the country its article names most.",
    )

    participants: Mapped[list["EventParticipant"]] = relationship(back_populates="event", cascade="all, delete-orphan")
    mentions: Mapped[list["EventMention"]] = relationship(back_populates="event", cascade="all, delete-orphan")


class Participation:
    """Who took part, and as what: the columns an event's participants and a report's share."""

    person_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True, doc="The participant, when a person (people.id)."
    )
    name: Mapped[Optional[str]] = mapped_column(
        String(255), doc="The participant, when an organisation, country or group: its usual name (organizations.name)."
    )
    # No FOREIGN KEY constraint: SQLite can add and drop a plain column in place, where a constraint on
    # it would need a copy of the table; the store writes only ids it has just looked up or inserted.
    organization_id: Mapped[Optional[int]] = mapped_column(
        index=True, doc="The participant, when an organisation, country or group (organizations.id)."
    )
    kind: Mapped[str] = mapped_column(String(16), doc="person, organization, country or group.")
    role: Mapped[str] = mapped_column(String(16), doc="agent, counterpart, signatory, applicant or target.")


class EventParticipant(Participation, Base):
    """Who took part in an event, and as what: agent, counterpart, signatory, applicant, target."""

    __tablename__ = "event_participants"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True, doc="The event (events.id)."
    )

    event: Mapped[Event] = relationship(back_populates="participants")


class EventMention(Base):
    """One article's report of an event, with the readings of that report.

    Where articles disagree about the date, the place or which trip it is, each mention keeps its own.
    """

    __tablename__ = "event_mentions"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True, doc="The event (events.id)."
    )
    article_id: Mapped[int] = article_fk()
    start_char: Mapped[int] = mapped_column(doc="Start of the span, in characters into articles.text.")
    end_char: Mapped[int] = mapped_column(
        doc="End of the span (exclusive): articles.text[start_char:end_char] is the text."
    )
    text: Mapped[str] = mapped_column(Text, doc="The clause that reports the event.")
    trigger_start_char: Mapped[int] = mapped_column(doc="Start of the word that names the event.")
    trigger_end_char: Mapped[int] = mapped_column(doc="End of the trigger word.")
    trigger_text: Mapped[str] = mapped_column(
        String(64), doc='The word that names the event ("met", "talks", "visit").'
    )
    status: Mapped[str] = mapped_column(
        String(16), doc="happened, ongoing, planned, expected, denied or negated, in this report."
    )
    date_start_char: Mapped[Optional[int]] = mapped_column(
        doc="Start of the date expression, when the report gives one."
    )
    date_end_char: Mapped[Optional[int]] = mapped_column(doc="End of the date expression.")
    date_text: Mapped[Optional[str]] = mapped_column(
        String(64), doc='The date as written ("on Tuesday", "back in January").'
    )
    occurred_on: Mapped[Optional[str]] = mapped_column(
        String(10), doc="This report's date, resolved against its article's date."
    )
    date_precision: Mapped[Optional[str]] = mapped_column(String(8), doc="day, week, month or year.")
    place_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True, doc="This report's place (places.id)."
    )
    office: Mapped[Optional[str]] = mapped_column(
        String(32), index=True, doc="The office this report says an election is for."
    )
    office_country: Mapped[Optional[str]] = mapped_column(String(64), doc="The country of that office.")
    ordinal: Mapped[Optional[int]] = mapped_column(
        doc='Which trip of its kind the report says it is: 1 for "his first trip abroad", 2 for "his second trip".'
    )
    ordinal_start_char: Mapped[Optional[int]] = mapped_column(doc="Start of the phrase that says so.")
    ordinal_end_char: Mapped[Optional[int]] = mapped_column(doc="End of that phrase.")
    ordinal_text: Mapped[Optional[str]] = mapped_column(
        String(255), doc='The phrase as written ("second trip outside Russia since the invasion of Ukraine").'
    )

    event: Mapped[Event] = relationship(back_populates="mentions")


class EventMentionParticipant(Participation, Base):
    """Who one report says took part in its event, and as what. An event's participants
    (event_participants) are derived from these: everyone any of its reports names, each in the role
    its earliest report gives (by date, file name, text hash, then place in the text)."""

    __tablename__ = "event_mention_participants"

    id: Mapped[int] = mapped_column(primary_key=True, doc="Primary key.")
    event_mention_id: Mapped[int] = mapped_column(
        ForeignKey("event_mentions.id", ondelete="CASCADE"), index=True, doc="The report (event_mentions.id)."
    )


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """Foreign keys are off by default in SQLite; WAL lets readers work during a seed."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Switching a new file to WAL while another process does the same fails at once with
        # "database is locked", whatever the busy timeout: try again for a while.
        for attempt in range(WAL_ATTEMPTS):
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                    raise
                time.sleep(0.05)
        cursor.close()
