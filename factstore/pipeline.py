"""The seed pipeline: read -> parse -> extract -> resolve -> store."""
from __future__ import annotations

import sys
import hashlib
from collections import deque
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterator, Optional

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from tqdm import tqdm

from . import store
from .derive import refresh_all
from .claims import extract_claims
from .event_merge import EventGroup, EventReport, date_by_visits, date_undated_articles, group_events, resolve_report
from .events import extract_events
from .facts import ClaimCandidate
from .names import surname_key
from .parse import read_texts
from .people import extract_descriptions, extract_people
from .places import gazetteer
from .read import ArticleText, BadInput, decode, find_inputs, printable, read_article, unreadable
from .resolve import (ArticlePeople, MentionsByPlace, ResolvedPerson, normalise_phrase, resolve_descriptions,
                      resolve_people, resolve_speakers, surnames_to_look_up)
from .sidecar import ArticleMetadata
from .statements import group_statements
from .version import extractor_version

# Runs shorter than this finish before a progress bar would tell anyone anything.
PROGRESS_MIN_FILES = 20
# Articles of a run whose lone names became people of their own, or were left with no person, are kept,
# extracted, until the run ends, to be resolved again without parsing them again (seed); past this many,
# they are parsed again.
MAX_KEPT_FOR_RESOLVING_AGAIN = 5000
# Articles resolved and stored together (memory is bounded by this many parsed and extracted articles,
# MAX_BATCH_SIZE at most). Each batch looks up what is stored of the people and events it names, and
# those in much of the news are in every batch, so that lookup grows with the store: batches grow with
# it, to a fiftieth of the articles stored, so that its cost per article stays flat.
BATCH_SIZE = 200
STORED_PER_BATCH_ARTICLE = 50
MAX_BATCH_SIZE = 1000


def batch_size_for(stored: int) -> int:
    """The articles of the next batch, with `stored` articles in the database."""
    return min(MAX_BATCH_SIZE, max(BATCH_SIZE, stored // STORED_PER_BATCH_ARTICLE))


@dataclass
class SeedReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)  # stored articles extracted again
    resolved_again: list[str] = field(default_factory=list)  # for names or dates stored after them (see seed)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unmatched_metadata: list[str] = field(default_factory=list)  # metadata for files not among the inputs
    warnings: list[tuple[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


def scan_inputs(engine, inputs: list[tuple[Path, str]], report: SeedReport) -> list[tuple[Path, str]]:
    """The first pass: decode each file and hash its text, without reading its metadata or keeping it.
    Returns the files whose articles are not stored yet (each text once); records the files already
    present, the ones that cannot be read and the decoding warnings."""
    hashed: list[tuple[Path, str, str]] = []
    for path, source_file in inputs:
        try:
            text, warnings = decode(path.read_bytes())
        except BadInput as error:
            report.failed.append((printable(str(path)), str(error)))
            continue
        except OSError as error:
            report.failed.append((printable(str(path)), unreadable(path, error)))
            continue
        report.warnings += [(printable(str(path)), warning) for warning in warnings]
        hashed.append((path, source_file, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    with Session(engine) as session:
        stored = store.stored_hashes(session, [sha for _, _, sha in hashed])
    new = []
    for path, source_file, sha in hashed:
        if sha in stored:
            report.present.append(source_file)
        else:
            stored.add(sha)
            new.append((path, source_file))
    return new


def read_input(path: Path, source_file: str, metadata: dict[str, ArticleMetadata]) -> ArticleText:
    """Read one file; the user's metadata for it, where given, takes the place of what its text says.
    Raises BadInput and OSError."""
    article = read_article(source_file, path.read_bytes())
    given = metadata.get(source_file)
    return replace(article, **given.given()) if given else article


def reread(stored: store.StoredArticle, metadata: dict[str, ArticleMetadata]) -> ArticleText:
    """A stored article read again from its text, to be extracted again. The title, outlet, date and
    url stay as stored (a metadata file may have given them) unless this run's metadata gives them."""
    article = replace(read_article(stored.source_file, stored.text.encode("utf-8")), title=stored.title,
                      outlet=stored.outlet, published_on=stored.published_on, url=stored.url)
    given = metadata.get(stored.source_file)
    return replace(article, **given.given()) if given else article


def speaker_key(speaker: ResolvedPerson | None, claim: ClaimCandidate, text: str):
    """What makes two claims the same speaker's: the person, else the source's words."""
    if speaker is not None:
        return ("person", speaker.id) if speaker.id else ("new", id(speaker))
    if claim.source_start is not None:
        return ("source", normalise_phrase(text[claim.source_start:claim.source_end]))
    return None


def attribute_claims(articles: list[ArticleText], people: list[ArticlePeople],
                     claims: list[list[ClaimCandidate]], stored_statements) -> list[list[store.ArticleClaim]]:
    """Resolve each claim's speaker and the statement it reports; `stored_statements(speaker keys)`
    gives the stored statements of those speakers. The articles come in resolution order
    (store.article_order): the first report of a remark leads."""
    speakers = [resolve_speakers(a.extraction_text, p, c) for a, p, c in zip(articles, people, claims)]
    keyed = [((n, i), speaker_key(speakers[n][i], claim, articles[n].text), claim.words(articles[n].text))
             for n in range(len(articles)) for i, claim in enumerate(claims[n])]
    grouped = group_statements(keyed, stored_statements({key for _, key, _ in keyed if key is not None}))
    statement_of = {member: group for group in grouped for member in group.members}
    return [[store.ArticleClaim(claim, speakers[n][i], statement_of.get((n, i)))
             for i, claim in enumerate(claims[n])] for n in range(len(articles))]


def merge_events(articles: list[ArticleText], people: list[ArticlePeople], events: list[list],
                 stored_events: Callable[[list[EventReport]], list[EventGroup]]
                 ) -> list[list[tuple[EventReport, object]]]:
    """Resolve each article's event reports and group them, with the stored events they could join
    (`stored_events(reports)`), into real events. The articles come in resolution order
    (store.article_order): the first report of an event leads."""
    mentions = [MentionsByPlace(p.mentions) for p in people]
    reports = [[resolve_report(n, a.extraction_text, mentions[n], e, a.published_on, store.article_order(a))
                for e in events[n]]
               for n, a in enumerate(articles)]
    in_order = [r for article_reports in reports for r in article_reports]
    known_events = stored_events(in_order) if in_order else []
    groups = group_events(in_order, known_events)
    date_undated_articles(groups, {n for n, a in enumerate(articles) if not a.published_on})
    date_by_visits(groups, known_events)
    group_of = {id(r): g for g in groups for r in g.reports}
    return [[(r, group_of[id(r)]) for r in reports[n] if id(r) in group_of] for n in range(len(articles))]


@dataclass
class Work:
    """One article on its way through the stages: read, then parsed and extracted, then resolved and stored."""
    article: ArticleText
    replacing: Optional[int] = None  # the stored article's id, when it is extracted again
    stored_id: Optional[int] = None  # once stored
    names_lone: bool = False  # a lone name of it became a person of its own (see seed)
    lone_left: frozenset[str] = frozenset()  # surname keys of its lone names left with no person
    named_in_full: frozenset[str] = frozenset()  # surname keys of the people it names in full
    people: list = field(default_factory=list)
    descriptions: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    events: list = field(default_factory=list)


def extract_facts(doc, with_claims: bool = True, with_events: bool = True) -> tuple[list, list, list, list]:
    """The names, descriptions of people, claims and events of one parsed article: what its parser
    process sends back."""
    return (extract_people(doc), extract_descriptions(doc), extract_claims(doc) if with_claims else [],
            extract_events(doc) if with_events else [])


def seed(paths: list[Path], url: str, processes: int = 2, with_claims: bool = True,
         with_events: bool = True, metadata: dict[str, ArticleMetadata] | None = None,
         reextract: bool = False, batch_size: Optional[int] = None, recount: bool = False) -> SeedReport:
    """Seed the database at `url` from files and folders of articles.

    `metadata` ({source_file: ArticleMetadata}, from sidecar.read_metadata) overrides the url, outlet,
    publication date and title read from the texts of the articles this run adds.
    Stored articles whose facts another extractor version produced are extracted again from their
    stored text, before the new ones; `reextract` extracts every stored article again.
    Each batch keeps what spans articles (counts, event parts, what nothing refers to any more) for what
    it touched; `recount` recomputes it all from the stored facts at the end (derive.refresh_all).
    Articles stream through the stages: each `batch_size` parsed and extracted (by default
    batch_size_for the articles stored) are resolved and stored (each in its own transaction) while
    the parser goes on, so memory is bounded by the batch and a run stopped at any point keeps every
    article stored before it.
    Raises FileNotFoundError, before anything is written, if a path is missing, and
    store.DatabaseError, before any article is parsed, if the database cannot be used.
    `with_claims=False` and `with_events=False` skip those, for measuring what they cost.
    """
    inputs = find_inputs(paths)
    report = SeedReport()
    engine = store.open_database(url)
    metadata = metadata or {}
    report.unmatched_metadata = sorted(set(metadata) - {source_file for _, source_file in inputs})
    version = extractor_version()
    with Session(engine) as session:
        stale = store.stale_article_ids(session, version, reextract)
        before_run = store.newest_person_id(session)
    new = scan_inputs(engine, inputs, report)
    options = dict(processes=processes, with_claims=with_claims, with_events=with_events, batch_size=batch_size)
    kept: dict[int, Work] = {}
    names = NamesByBatch()
    resolved_knowing = extract_and_store(engine, stale, new, metadata, version, report, kept=kept, names=names,
                                         **options)
    again: list[int] = []
    if resolved_knowing:
        with store.writer_lock(engine), Session(engine) as session:
            again = sorted(set(store.lone_names_to_resolve_again(session, resolved_knowing, before_run))
                           | set(store.undated_articles_to_date_again(session, set(resolved_knowing)))
                           | set(names.named_in_later_batches()))
        # Lone names resolved before the full names they may stand for were stored (or before a later batch
        # named them in full, which may show whose story it is), and undated articles stored before the
        # reports that date their events: resolved again, once.
        already = len(report.reextracted)
        others_stored = store.article_count(engine) > len(resolved_knowing)  # by earlier or concurrent runs
        with Session(engine) as session:
            before_again = store.event_reports(session, set(again)) if others_stored else {}
        resolve_again(engine, again, kept, metadata, version, report, options)
        if others_stored:
            # Then the articles with event reports resolved out of turn with another run's, which one run
            # might have grouped otherwise: resolved again together with those, each in its turn.
            with store.writer_lock(engine), Session(engine) as session:
                regroup = store.reports_to_regroup(session, set(resolved_knowing), set(again), before_again)
            if regroup:
                resolve_again(engine, sorted(set(again) | set(regroup)), kept, metadata, version, report, options)
        report.resolved_again = list(dict.fromkeys(report.reextracted[already:]))  # some twice: see above
        report.reextracted = report.reextracted[:already]
    if recount:
        with store.writer_lock(engine):
            refresh_all(engine)
    report.totals = store.counts(engine)
    engine.dispose()
    return report


def resolve_again(engine, article_ids: list[int], kept: dict[int, Work], metadata: dict[str, ArticleMetadata],
                  version: str, report: SeedReport, options: dict) -> None:
    """Resolve stored articles again, together (so in resolution order, a batch at a time): from what was
    extracted when this run kept them all, else parsed again from their stored text."""
    if not all(a in kept for a in article_ids):
        extract_and_store(engine, article_ids, [], metadata, version, report, **options)
        return
    redo = [replace(kept[a], replacing=a) for a in article_ids]
    redo_size = options["batch_size"] or BATCH_SIZE  # a run's articles to resolve again are few
    with tqdm(disable=True) as progress:
        for start in range(0, len(redo), redo_size):
            store_batch(engine, redo[start:start + redo_size], version, report, progress)


@dataclass
class NamesByBatch:
    """Which batch of a run stored each article with lone names left with no person, and the last batch
    that named someone of each surname in full."""
    left_over: dict[int, tuple[int, frozenset[str]]] = field(default_factory=dict)  # id -> (batch, surname keys)
    last_named_in_full: dict[str, int] = field(default_factory=dict)  # surname key -> batch

    def add(self, work: Work, batch: int) -> None:
        if work.lone_left:
            self.left_over[work.stored_id] = (batch, work.lone_left)
        self.last_named_in_full.update(dict.fromkeys(work.named_in_full, batch))

    def named_in_later_batches(self) -> list[int]:
        """The articles with a lone name left with no person whose surname a later batch names someone
        by in full: one batch over all the articles might have found whose it is."""
        return [article_id for article_id, (batch, keys) in self.left_over.items()
                if any(self.last_named_in_full.get(key, -1) > batch for key in keys)]


def extract_and_store(engine, stale: list[int], new: list[tuple[Path, str]], metadata: dict[str, ArticleMetadata],
                      version: str, report: SeedReport, processes: int, with_claims: bool, with_events: bool,
                      batch_size: Optional[int], kept: Optional[dict[int, Work]] = None,
                      names: Optional[NamesByBatch] = None) -> dict[int, int]:
    """Extract the stored articles `stale` again and the files `new`, and store them a batch at a time;
    returns the id of each article stored, with the newest person id once its batch was stored (the
    people it was resolved knowing). `kept` gathers, by id, the articles whose lone names became people
    of their own or were left with no person, as extracted (up to MAX_KEPT_FOR_RESOLVING_AGAIN); `names`,
    which batch stored which of those names. A batch holds `batch_size` articles, else batch_size_for
    those stored."""
    resolved_knowing: dict[int, int] = {}
    total = len(stale) + len(new)
    if not total:
        return resolved_knowing
    pending: deque[Work] = deque()  # read and sent to the parser, in order

    def texts() -> Iterator[str]:
        for article_id in stale:
            with Session(engine) as session:
                stored = store.stored_article(session, article_id)
            if stored is not None:
                pending.append(Work(reread(stored, metadata), replacing=article_id))
                yield pending[-1].article.extraction_text
        for path, source_file in new:
            try:
                article = read_input(path, source_file, metadata)
            except (BadInput, OSError) as error:  # changed since it was scanned
                reason = unreadable(path, error) if isinstance(error, OSError) else str(error)
                report.failed.append((printable(str(path)), reason))
                continue
            pending.append(Work(article))
            yield article.extraction_text

    progress = tqdm(total=total, desc="seeding", unit="article", disable=total < PROGRESS_MIN_FILES,
                    file=sys.stderr)
    gazetteer()  # built here once, before the parser processes fork and share it, not once in each
    stored_now = store.article_count(engine) if batch_size is None else 0
    extracted = read_texts(partial(extract_facts, with_claims=with_claims, with_events=with_events), texts(),
                           total, processes)
    batch: list[Work] = []
    batches = 0

    def store_pending() -> None:
        nonlocal batches, stored_now
        stored, newest = store_batch(engine, batch, version, report, progress)
        batches += 1
        stored_now += sum(work.replacing is None for work in stored)
        for work in stored:
            resolved_knowing[work.stored_id] = newest
            if names is not None:
                names.add(work, batches)
            if kept is not None and (work.names_lone or work.lone_left) and len(kept) < MAX_KEPT_FOR_RESOLVING_AGAIN:
                kept[work.stored_id] = work
        batch.clear()

    try:
        for people, descriptions, claims, events in extracted:
            work = pending.popleft()
            work.people, work.descriptions, work.claims, work.events = people, descriptions, claims, events
            batch.append(work)
            if len(batch) >= (batch_size or batch_size_for(stored_now)):
                store_pending()
        store_pending()
    finally:
        extracted.close()  # ends the parser processes now, whatever stopped the loop
        progress.close()
    return resolved_knowing


def store_batch(engine, batch: list[Work], version: str, report: SeedReport, progress) -> tuple[list[Work], int]:
    """Resolve a batch's people, claims and events against the database and store each article;
    returns the articles stored, and the newest person id once they are."""
    if not batch:
        return [], 0
    # Resolved in an order that does not depend on the order of the input: earliest first (the first
    # report of a remark or event leads), and among articles of one date, or none, by file name, then
    # text hash; stored in the order of the input, which gives articles their ids.
    stored_order = batch
    batch = sorted(batch, key=lambda w: store.article_order(w.article))
    redone = frozenset(w.replacing for w in batch if w.replacing is not None)
    # Resolution against what is stored, and storing, are one seeder's at a time (store.writer_lock), so
    # that each batch sees every article the seeders before it stored, as if they had run one after another.
    with store.writer_lock(engine):
        return resolve_and_store(engine, batch, stored_order, redone, version, report, progress)


def resolve_and_store(engine, batch: list[Work], stored_order: list[Work], redone: frozenset, version: str,
                      report: SeedReport, progress) -> tuple[list[Work], int]:
    with Session(engine) as session:
        # stored by another seeder since this run looked: already present, and resolved as if never seen
        meanwhile = store.stored_hashes(session, [w.article.sha256 for w in batch if w.replacing is None])
        if meanwhile:
            for work in batch:
                if work.replacing is None and work.article.sha256 in meanwhile:
                    report.present.append(work.article.source_file)
                    progress.update()
            batch = [w for w in batch if w.replacing is not None or w.article.sha256 not in meanwhile]
            kept = {id(w) for w in batch}
            stored_order = [w for w in stored_order if id(w) in kept]
        names = [(w.article.extraction_text, w.people) for w in batch]
        known = store.known_people(session, surnames_to_look_up(names, lambda: store.stored_surnames(session)),
                                   redone)
    articles = [w.article for w in batch]
    people = resolve_people(names, known)
    for work, article_people in zip(batch, people):
        resolve_descriptions(work.article.extraction_text, article_people, work.descriptions)
        work.names_lone = any(" " not in m.person.name for m in article_people.mentions)
        work.lone_left = frozenset(surname_key(c.name) for c in work.people if not c.is_full and not any(
            m.start < c.end and c.start < m.end for m in article_people.mentions))
        work.named_in_full = frozenset(surname_key(m.person.name) for m in article_people.mentions if m.kind == "name")

    def stored_statements(speakers: set) -> list:
        with Session(engine) as session:
            return store.known_statements(session, speakers)

    def stored_events(reports: list[EventReport]) -> list[EventGroup]:
        with Session(engine) as session:
            return store.known_events(session, reports, redone)

    attributed = attribute_claims(articles, people, [w.claims for w in batch], stored_statements)
    reported = merge_events(articles, people, [w.events for w in batch], stored_events)
    resolved = {id(w): r for w, *r in zip(batch, people, attributed, reported)}
    outcomes = store.save_batch(engine, [store.ArticleFacts(w.article, *resolved[id(w)], replacing=w.replacing)
                                         for w in stored_order], version)
    written = [w for w, error in zip(stored_order, outcomes) if error is None]
    ids = store.article_ids(engine, [w.article.sha256 for w in written if w.replacing is None])
    for work, error in zip(stored_order, outcomes):
        article = work.article
        if error is None:
            (report.added if work.replacing is None else report.reextracted).append(article.source_file)
        elif isinstance(error, IntegrityError) and store.is_stored(engine, article.sha256):
            report.present.append(article.source_file)  # another run stored it meanwhile
        elif not isinstance(error, store.ArticleGone):  # gone: deleted meanwhile, nothing to extract again
            detail = str(getattr(error, "orig", None) or error).splitlines()[0]
            report.failed.append((article.source_file, f"database error: {error.__class__.__name__}: {detail}"))
        progress.update()
    for work in written:
        work.stored_id = work.replacing if work.replacing is not None else ids[work.article.sha256]
    with Session(engine) as session:
        return written, store.newest_person_id(session)
