"""Store stage: everything that touches the database lives here."""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models import Article, ArticleContributor, BoilerplateSpan, Person, PersonAlias, PersonMention, PersonRole

from .read import ArticleText
from .resolve import ArticlePeople, KnownPerson, ResolvedPerson

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DB = "sqlite:///facts.db"


def database_url(url: str | None = None) -> str:
    """--db, else $FACTS_DB, else facts.db; a bare file path means SQLite."""
    url = url or os.environ.get("FACTS_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def alembic_config(url: str) -> Config:
    config = Config(str(REPO / "alembic.ini"))
    config.set_main_option("script_location", str(REPO / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the schema to the newest revision; the only way tables are made."""
    command.upgrade(alembic_config(url), "head")


def connect(url: str) -> Engine:
    return create_engine(url)


def stored_hashes(session: Session, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(hashes), 500):
        found.update(session.scalars(select(Article.sha256).where(Article.sha256.in_(hashes[i:i + 500]))))
    return found


def known_people(session: Session) -> list[KnownPerson]:
    aliases: dict[int, list[str]] = {}
    for person_id, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)):
        aliases.setdefault(person_id, []).append(alias)
    return [KnownPerson(p.id, p.name, aliases.get(p.id, [])) for p in session.scalars(select(Person))]


def save_person(session: Session, person: ResolvedPerson) -> Person:
    """Insert or update one person and their aliases; sets `person.id`."""
    row = session.get(Person, person.id) if person.id else None
    if row is None:
        row = Person(name=person.name)
        session.add(row)
        session.flush()
        person.id = row.id
    elif row.name != person.name:
        row.name = person.name
    have = set(session.scalars(select(PersonAlias.alias).where(PersonAlias.person_id == row.id)))
    session.add_all(PersonAlias(person_id=row.id, alias=a) for a in sorted(person.aliases - have))
    person.stored_name = row.name
    return row


def save_article(engine: Engine, article: ArticleText, people: ArticlePeople) -> int:
    """Write one article and its people in one transaction; returns its id."""
    created: list[ResolvedPerson] = []
    try:
        with Session(engine) as session, session.begin():
            row = Article(source_file=article.source_file, sha256=article.sha256, text=article.text,
                          title=article.title, byline=article.byline, outlet=article.outlet,
                          dateline=article.dateline, published_on=article.published_on)
            row.contributors = [ArticleContributor(name=c.name, role=c.role, start_char=c.start, end_char=c.end)
                                for c in article.contributors]
            row.boilerplate = [BoilerplateSpan(kind=kind, start_char=s.start, end_char=s.end, text=s.text)
                               for kind, s in article.boilerplate]
            session.add(row)
            session.flush()
            for person in {id(m.person): m.person for m in people.mentions}.values():
                if person.id is None:
                    created.append(person)
                save_person(session, person)
            session.add_all(PersonMention(article_id=row.id, person_id=m.person.id, start_char=m.start,
                                          end_char=m.end, text=m.text, kind=m.kind) for m in people.mentions)
            session.add_all(PersonRole(article_id=row.id, person_id=person.id, role=role.text,
                                       start_char=role.start, end_char=role.end)
                            for person, role in people.roles if person.id is not None)
            return row.id
    except Exception:
        for person in created:  # rolled back with the article
            person.id = None
        raise


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {name: session.scalar(select(func.count()).select_from(model))
                for name, model in (("articles", Article), ("people", Person), ("mentions", PersonMention))}
