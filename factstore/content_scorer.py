"""How likely a dependent of a word is the content of a claim that word reports.

claims.content_candidates lists where a word's content may sit ("said [that X]",
"denied [the claims]", "[X], he said"); this scores each place in context: the
word and the dependency, but also who its subject is, whether it is negated or
inside a quotation, and what the candidate clause looks like. "support [Sanders]"
is a claim when a senator supports him, and "think [that X]" when it is not the
speaker's own "I think" in a quotation.

The model is a logistic regression, trained on PolNeAR train by
tools/train_content_scorer.py; crfsuite trains it (a CRF over sequences of one
item is exactly a logistic regression) and keeps it as a small sparse file.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pycrfsuite
from spacy.tokens import Token

from .lexicon import SPEECH_VERBS
from .parse import text_of
from .syntax import relation, subject_of

MODEL_FILE = Path(__file__).resolve().parent / "data" / "content_scorer.crfsuite"
MODALS = frozenset("will would could might may can should must".split())
# A cue's own dependents whose presence tells something of the attribution.
TELLING_DEPS = frozenset("nsubj nsubjpass agent neg aux auxpass dobj dative prt".split())
# Words that open a candidate and say what kind of clause it is: "that", "to", "if", "whether".
FUNCTION_POS = frozenset("SCONJ PART ADP DET PRON".split())
QUOTE_CHARS = "\"“”"
IS_CONTENT, NOT_CONTENT = "Y", "N"


class Candidate(NamedTuple):
    """A place a cue's content may sit: the dependency that leads there ("^parataxis" for the cue's
    own head clause), the word that heads it, and its character span."""
    dep: str
    root: Token
    start: int
    end: int


def candidate_features(cue: Token, candidate: Candidate, in_quote: bool) -> list[str]:
    """The features of one (cue, candidate) pair, each a name that is present."""
    lemma, dep, root, own = cue.lemma_.lower(), candidate.dep, candidate.root, relation(cue)
    features = [
        "l=" + lemma, "l|d=" + lemma + "|" + dep, "d=" + dep, "p|d=" + cue.pos_ + "|" + dep,
        "t=" + cue.tag_, "t|d=" + cue.tag_ + "|" + dep, "own=" + own, "own|d=" + own + "|" + dep,
        f"in_quote={in_quote}", f"speech_verb={lemma in SPEECH_VERBS}|{dep}",
    ]
    for child in cue.children:
        if child.dep_ in TELLING_DEPS:
            features.append("has=" + child.dep_)
        if child.dep_ == "aux" and child.lower_ in MODALS:
            features.append("modal")
        elif child.dep_ == "prt":
            features.append("prt=" + lemma + "|" + child.lower_)
        elif child.dep_ == "prep" and child != root.head:
            features.append("prep=" + child.lower_)
    subject = subject_of(cue)
    if subject is None:
        features.append("no_subject")
    else:
        kind = subject.ent_type_ or subject.pos_
        features += ["subject=" + kind, "subject|d=" + kind + "|" + dep, "l|subject=" + lemma + "|" + kind,
                     "subject_word=" + (subject.lower_ if subject.pos_ == "PRON" else subject.pos_)]
    first = root.left_edge
    features += [
        "first=" + (first.lower_ if first.pos_ in FUNCTION_POS else first.pos_),
        "root=" + root.pos_, "root_tag=" + root.tag_, "root_entity=" + root.ent_type_,
        "l|d|root=" + lemma + "|" + dep + "|" + root.pos_,
        f"length={min((root.right_edge.i - first.i + 1).bit_length(), 6)}",
        "side=" + ("before" if candidate.start < cue.idx else "after"),
    ]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        features.append("clause")
    if any(ch in QUOTE_CHARS for ch in text_of(cue.doc)[candidate.start:candidate.end]):
        features.append("quoted")
    if cue.head.i != cue.i:
        features.append("head=" + cue.head.lemma_.lower() + "|" + own)
    return features


@lru_cache(maxsize=1)
def load_scorer() -> pycrfsuite.Tagger:
    if not MODEL_FILE.exists():
        raise FileNotFoundError(f"{MODEL_FILE} is missing: run tools/train_content_scorer.py")
    scorer = pycrfsuite.Tagger()
    scorer.open(str(MODEL_FILE))
    return scorer


def content_probability(cue: Token, candidate: Candidate, in_quote: bool) -> float:
    """The probability that the candidate is the content of a claim whose cue is `cue`."""
    scorer = load_scorer()
    scorer.set([candidate_features(cue, candidate, in_quote)])
    return scorer.marginal(IS_CONTENT, 0)
