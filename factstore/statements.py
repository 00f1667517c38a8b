"""Group claims that report the same remark, across articles, into statements.

Pure functions. Two claims are one remark when they have the same speaker (or,
for a source that is not a person, the same source words) and their wording
is close: the same sentence translated or paraphrased a little differently
("The contact with Khamenei is very important" / "The engagement with Khamenei
is very important"), or one report quoting part of what another quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Hashable, Optional

from rapidfuzz import fuzz, process

# Wording similarity (0-100) at which two claims by one speaker are one remark.
SAME_REMARK = 78
# Sentences shorter than this are too common to identify a remark ("he said no").
MIN_SENTENCE_WORDS = 4


@dataclass
class StatementGroup:
    speaker: Optional[Hashable]
    text: str
    id: Optional[int] = None  # set once stored
    members: list = field(default_factory=list)


def wording(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def sentences(text: str) -> list[str]:
    parts = [wording(p) for p in re.split(r"(?<=[.!?…])\s*|[“”\"]", text)]
    return [p for p in parts if len(p.split()) >= MIN_SENTENCE_WORDS]


@lru_cache(maxsize=16384)
def compared_sentences(text: str) -> tuple[str, ...]:
    """The sentences a wording is compared by; cached, as each claim meets every other of its speaker."""
    return tuple(sentences(text) or [wording(text)])


def similarity(a: str, b: str) -> float:
    """How alike two wordings are (0-100): the best pair of their sentences, so that a
    report quoting one sentence of a longer quotation still matches it. The definition;
    group_statements asks alike(), which gives the same scores for many pairs at once."""
    pairs = [(x, y) for x in compared_sentences(a) for y in compared_sentences(b) if x and y]
    return max((fuzz.ratio(x, y) for x, y in pairs), default=0.0)


def alike(queries: list[str], choices: list[str]) -> dict[tuple[int, int], float]:
    """similarity() of each (query, choice) pair of wordings that is at least SAME_REMARK, keyed by their
    indexes: every sentence of a query is scored against all the choices' sentences at once, in
    rapidfuzz, which skips the pairs that cannot reach the cut-off."""
    sentences, owner = [], []
    for j, text in enumerate(choices):
        for sentence in compared_sentences(text):
            if sentence:
                sentences.append(sentence)
                owner.append(j)
    best: dict[tuple[int, int], float] = {}
    for i, text in enumerate(queries):
        for sentence in compared_sentences(text):
            if not sentence:
                continue
            for _, score, k in process.extract(sentence, sentences, scorer=fuzz.ratio, score_cutoff=SAME_REMARK,
                                               limit=None):
                best[i, owner[k]] = max(score, best.get((i, owner[k]), 0.0))
    return best


def group_statements(claims: list[tuple[object, Optional[Hashable], str]],
                     known: list[StatementGroup]) -> list[StatementGroup]:
    """Assign each (claim, speaker key, wording) to a statement, old or new.

    Claims come earliest report first. Claims by one speaker whose wordings are
    alike are one remark, also through a third ("A" ~ "A and B" ~ "B"): outlets
    cut one quotation in different places. A claim like a stored statement
    joins the most similar one. A claim with no speaker key is a statement of
    its own. Returns the statements that gained members.
    """
    known_by_speaker: dict[Hashable, list[StatementGroup]] = {}
    for group in known:
        known_by_speaker.setdefault(group.speaker, []).append(group)
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_speaker: dict[Hashable, list[int]] = {}
    for i, (_, speaker, _) in enumerate(claims):
        if speaker is not None:
            by_speaker.setdefault(speaker, []).append(i)
    for members in by_speaker.values():
        wordings = [claims[i][2] for i in members]
        for x, y in alike(wordings, wordings):
            i, j = members[x], members[y]
            if root(i) != root(j):
                parent[max(root(i), root(j))] = min(root(i), root(j))

    # each remark (its first claim) joins the stored statement of its speaker most like it, if any
    # is alike; of two as like it, the one stored first
    joins: dict[int, StatementGroup] = {}
    for speaker, members in by_speaker.items():
        remarks = sorted({root(i) for i in members})
        stored = known_by_speaker.get(speaker, [])
        best: dict[int, tuple[float, int]] = {}
        for (x, g), score in alike([claims[r][2] for r in remarks], [group.text for group in stored]).items():
            if (score, -g) > best.get(x, (0.0, 0)):
                best[x] = (score, -g)
        joins.update((remarks[x], stored[-g]) for x, (_, g) in best.items())

    groups: dict[int, StatementGroup] = {}
    for i, (claim, speaker, wording_) in enumerate(claims):
        r = root(i)
        if r not in groups:
            groups[r] = joins.get(r) or StatementGroup(speaker, " ".join(claims[r][2].split()))
        groups[r].members.append(claim)
    return list({id(g): g for g in groups.values()}.values())
