"""The seed pipeline: read -> parse -> extract -> resolve -> store."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from tqdm import tqdm

from . import store
from .claims import extract_claims
from .event_merge import EventReport, date_by_visits, date_undated_articles, group_events, resolve_report
from .events import extract_events
from .facts import ClaimCandidate
from .parse import parse_texts
from .people import extract_people
from .read import ArticleText, BadInput, find_inputs, read_article
from .resolve import ArticlePeople, ResolvedPerson, normalise_phrase, resolve_people, resolve_speakers
from .sidecar import ArticleMetadata
from .statements import group_statements

# Runs shorter than this finish before a progress bar would tell anyone anything.
PROGRESS_MIN_FILES = 20


@dataclass
class SeedReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unmatched_metadata: list[str] = field(default_factory=list)  # metadata for files not among the inputs
    totals: dict[str, int] = field(default_factory=dict)


def read_inputs(inputs: list[tuple[Path, str]], report: SeedReport,
                metadata: dict[str, ArticleMetadata] | None = None) -> list[ArticleText]:
    """Read each file; the user's metadata for it, where given, takes the place of what its text says."""
    metadata = metadata or {}
    articles = []
    for path, source_file in inputs:
        try:
            article = read_article(source_file, path.read_bytes())
        except (BadInput, OSError) as error:
            report.failed.append((str(path), str(error)))
            continue
        given = metadata.get(source_file)
        articles.append(replace(article, **given.given()) if given else article)
    report.unmatched_metadata = sorted(set(metadata) - {source_file for _, source_file in inputs})
    return articles


def earliest_first(articles: list[ArticleText]) -> list[int]:
    """Article indexes by publication date, undated last: the first report of a remark or event leads."""
    return sorted(range(len(articles)), key=lambda n: (articles[n].published_on or "9999", n))


def speaker_key(speaker: ResolvedPerson | None, claim: ClaimCandidate, text: str):
    """What makes two claims the same speaker's: the person, else the source's words."""
    if speaker is not None:
        return ("person", speaker.id) if speaker.id else ("new", id(speaker))
    if claim.source_start is not None:
        return ("source", normalise_phrase(text[claim.source_start:claim.source_end]))
    return None


def attribute_claims(articles: list[ArticleText], people: list[ArticlePeople],
                     claims: list[list[ClaimCandidate]], known_statements) -> list[list[store.ArticleClaim]]:
    """Resolve each claim's speaker and the statement it reports."""
    speakers = [resolve_speakers(a.extraction_text, p, c) for a, p, c in zip(articles, people, claims)]
    grouped = group_statements(
        [((n, i), speaker_key(speakers[n][i], claim, articles[n].text), claim.words(articles[n].text))
         for n in earliest_first(articles) for i, claim in enumerate(claims[n])], known_statements)
    statement_of = {member: group for group in grouped for member in group.members}
    return [[store.ArticleClaim(claim, speakers[n][i], statement_of.get((n, i)))
             for i, claim in enumerate(claims[n])] for n in range(len(articles))]


def merge_events(articles: list[ArticleText], people: list[ArticlePeople], events: list[list],
                 known_events) -> list[list[tuple[EventReport, object]]]:
    """Resolve each article's event reports and group them, with the stored events, into real events."""
    reports = [[resolve_report(n, a.extraction_text, people[n], e, a.published_on) for e in events[n]]
               for n, a in enumerate(articles)]
    groups = group_events([r for n in earliest_first(articles) for r in reports[n]], known_events)
    date_undated_articles(groups, {n for n, a in enumerate(articles) if not a.published_on})
    date_by_visits(groups, known_events)
    group_of = {id(r): g for g in groups for r in g.reports}
    return [[(r, group_of[id(r)]) for r in reports[n] if id(r) in group_of] for n in range(len(articles))]


def seed(paths: list[Path], url: str, processes: int = 2, with_claims: bool = True,
         with_events: bool = True, metadata: dict[str, ArticleMetadata] | None = None) -> SeedReport:
    """Seed the database at `url` from files and folders of articles.

    `metadata` ({source_file: ArticleMetadata}, from sidecar.read_metadata) overrides the url, outlet,
    publication date and title read from the texts of the articles this run adds.
    Raises FileNotFoundError, before anything is written, if a path is missing.
    `with_claims=False` and `with_events=False` skip those, for measuring what they cost.
    """
    inputs = find_inputs(paths)
    report = SeedReport()
    store.migrate(url)
    engine = store.connect(url)
    articles = read_inputs(inputs, report, metadata)

    with Session(engine) as session:
        stored = store.stored_hashes(session, [a.sha256 for a in articles])
    new: list[ArticleText] = []
    for article in articles:
        if article.sha256 in stored:
            report.present.append(article.source_file)
        else:
            stored.add(article.sha256)
            new.append(article)
    if not new:
        report.totals = store.counts(engine)
        return report

    # Parsing and extraction read nothing stored: they run alongside other seeders of the same database.
    show = len(new) >= PROGRESS_MIN_FILES
    docs = parse_texts((a.extraction_text for a in new), len(new), processes)
    candidates, claims, events = [], [], []
    for doc in tqdm(docs, total=len(new), desc="parsing", unit="article", disable=not show, file=sys.stderr):
        candidates.append(extract_people(doc))
        claims.append(extract_claims(doc) if with_claims else [])
        events.append(extract_events(doc) if with_events else [])

    # Resolution against what is stored, and storing, are one seeder's at a time (store.writer_lock), so
    # that each run sees every article the runs before it stored, as if they had run one after another.
    with store.writer_lock(engine):
        with Session(engine) as session:
            stored = store.stored_hashes(session, [a.sha256 for a in new])  # by another seeder meanwhile
            known = store.known_people(session)
            known_statements = store.known_statements(session) if with_claims else []
            known_events = store.known_events(session) if with_events else []
        report.present += [a.source_file for a in new if a.sha256 in stored]
        keep = [n for n, a in enumerate(new) if a.sha256 not in stored]
        new, candidates, claims, events = ([items[n] for n in keep] for items in (new, candidates, claims, events))
        people = resolve_people([(a.extraction_text, c) for a, c in zip(new, candidates)], known)
        attributed = attribute_claims(new, people, claims, known_statements)
        reported = merge_events(new, people, events, known_events)

        for article, article_people, article_claims, article_events in tqdm(
                list(zip(new, people, attributed, reported)), desc="storing", unit="article", disable=not show,
                file=sys.stderr):
            try:
                store.save_article(engine, article, article_people, article_claims, article_events)
                report.added.append(article.source_file)
            except SQLAlchemyError as error:
                report.failed.append((article.source_file, f"database error: {error.__class__.__name__}: {error}"))
        store.save_event_parts(engine, list({id(g): g for events in reported for _, g in events}.values()))
    report.totals = store.counts(engine)
    engine.dispose()
    return report
