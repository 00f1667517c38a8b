"""The seed pipeline: read -> parse -> extract -> resolve -> store."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from tqdm import tqdm

from . import store
from .parse import parse_texts
from .people import extract_people
from .read import ArticleText, BadInput, find_inputs, read_article
from .resolve import resolve_people

# Runs shorter than this finish before a progress bar would tell anyone anything.
PROGRESS_MIN_FILES = 20


@dataclass
class SeedReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


def read_inputs(inputs: list[tuple[Path, str]], report: SeedReport) -> list[ArticleText]:
    articles = []
    for path, source_file in inputs:
        try:
            articles.append(read_article(source_file, path.read_bytes()))
        except (BadInput, OSError) as error:
            report.failed.append((str(path), str(error)))
    return articles


def seed(paths: list[Path], url: str, processes: int = 2) -> SeedReport:
    """Seed the database at `url` from files and folders of articles.

    Raises FileNotFoundError, before anything is written, if a path is missing.
    """
    inputs = find_inputs(paths)
    report = SeedReport()
    store.migrate(url)
    engine = store.connect(url)
    articles = read_inputs(inputs, report)

    with Session(engine) as session:
        stored = store.stored_hashes(session, [a.sha256 for a in articles])
        known = store.known_people(session)
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
    show = len(new) >= PROGRESS_MIN_FILES
    docs = parse_texts((a.extraction_text for a in new), len(new), processes)
    candidates = [extract_people(doc) for doc in
                  tqdm(docs, total=len(new), desc="parsing", unit="article", disable=not show, file=sys.stderr)]
    people = resolve_people([(a.extraction_text, c) for a, c in zip(new, candidates)], known)

    for article, article_people in tqdm(list(zip(new, people)), desc="storing", unit="article",
                                        disable=not show, file=sys.stderr):
        try:
            store.save_article(engine, article, article_people)
            report.added.append(article.source_file)
        except SQLAlchemyError as error:
            report.failed.append((article.source_file, f"database error: {error.__class__.__name__}: {error}"))
    report.totals = store.counts(engine)
    engine.dispose()
    return report
