"""A learned second reader for claims: a CRF that labels every word of a paragraph
as content, source, cue or none, trained on PolNeAR train by tools/train_claim_tagger.py.

The rules in claims.py find a claim from its cue and take the content from the
parse; they miss cues they have never seen ("Local officials want the province
to release emergency funds"). The tagger reads the same parse, plus
what the rules found; claims.extract_claims adds its claims where the rules
found none, and drops a rule's verb-cue claim the tagger finds very unlikely.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import pycrfsuite
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.tokens import Doc

from .facts import ClaimCandidate
from .parse import text_of
from .quotes import quote_spans

MODEL_FILE = Path(__file__).resolve().parent / "data" / "claim_tagger.crfsuite"
ROLES = {"content": "C", "source": "S", "cue": "Q"}
QUOTE_CHARS = "\"“”'‘’`"
# How far up the parse a word looks for the cue its clause depends on.
MAX_CUE_DEPTH = 12


def paragraphs(words: Sequence[str]) -> list[list[int]]:
    """Token indices of each paragraph, spaces left out: the tagger's sequences. `words` is each
    token's text, in upper or lower case (Words.lower will do)."""
    out, current = [], []
    for i, word in enumerate(words):
        if word.isspace() and "\n" in word:
            if current:
                out.append(current)
            current = []
        elif not word.isspace():
            current.append(i)
    if current:
        out.append(current)
    return out


def span_labels(doc: Doc, spans: list[tuple[str, int, int]]) -> list[str]:
    """BIO labels of the words in (role, start, end) spans; the first span to claim a word keeps it."""
    labels = ["O"] * len(doc)
    for role, start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        first = True
        for token in span if span is not None else []:
            if token.is_space:
                continue
            if labels[token.i] == "O":
                labels[token.i] = ("B-" if first else "I-") + ROLES[role]
            first = False
    # a span cut by an earlier one starts again: I-C after I-S is B-C
    for i, label in enumerate(labels):
        if label.startswith("I-") and (i == 0 or labels[i - 1][2:] != label[2:]):
            labels[i] = "B-" + label[2:]
    return labels


def claim_spans(claims: list[ClaimCandidate]) -> list[tuple[str, int, int]]:
    """The rules' claims as labelled spans, contents first so they win over nested attributions."""
    spans = [("content", c.start, c.end) for c in claims]
    for c in claims:
        if c.source_start is not None:
            spans.append(("source", c.source_start, c.source_end))
        if c.cue_start is not None:
            spans.append(("cue", c.cue_start, c.cue_end))
    return spans


def precision_band(precision: float) -> str:
    return "high" if precision >= 0.5 else "mid" if precision >= 0.2 else "low" if precision > 0 else "none"


class Words:
    """The parse of a doc as plain lists, one entry per token: the tagger reads each
    word's attributes many times, and lists are much cheaper than spaCy's Token objects
    (read here from Doc.to_array, without making one Token per word)."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        (self.lower, lemma, self.pos, self.tag, self.dep, self.entity) = (
            [strings[key] for key in column]
            for column in doc.to_array([LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE]).T.tolist()) \
            if len(doc) else ([] for _ in range(6))
        self.lemma = [word.lower() for word in lemma]
        # HEAD is an offset, negative for a head to the left: read as signed
        offsets, self.start, sentence_start = doc.to_array([HEAD, IDX, SENT_START]).astype("int64").T.tolist() \
            if len(doc) else ([], [], [])
        self.head = [i + offset for i, offset in enumerate(offsets)]
        self.sentence_start = [flag == 1 for flag in sentence_start]
        self.children: list[list[int]] = [[] for _ in doc]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        # the first and last word of each word's subtree, from its children's, deepest words first
        self.left_edge, self.right_edge = list(range(len(doc))), list(range(len(doc)))
        for i in reversed(self.heads_first()):
            head = self.head[i]
            self.left_edge[head] = min(self.left_edge[head], self.left_edge[i])
            self.right_edge[head] = max(self.right_edge[head], self.right_edge[i])

    def heads_first(self) -> list[int]:
        """Every word after its head: the roots, then their children, and so on."""
        order = [i for i, head in enumerate(self.head) if head == i]
        for i in order:  # grows as it goes
            order.extend(self.children[i])
        return order


def cues_above(words: Words, cue_words: frozenset) -> list[tuple[Optional[int], int, int]]:
    """For each word, the nearest ancestor that is a cue word (None past MAX_CUE_DEPTH), the child of it
    on the way, and how far up it is; each word's from its head's, heads first."""
    found: list[Optional[tuple[Optional[int], int, int]]] = [None] * len(words.head)
    for i in range(len(found)):
        path = []  # words whose answer waits on their head's
        while found[i] is None:
            head = words.head[i]
            if head == i:
                found[i] = (None, i, 0)
            elif words.lemma[head] in cue_words:
                found[i] = (head, i, 0)
            else:
                path.append(i)
                i = head
        for below in reversed(path):
            cue, child, depth = found[words.head[below]]
            if cue is not None and depth + 1 < MAX_CUE_DEPTH:
                found[below] = (cue, child, depth + 1)
            else:  # past MAX_CUE_DEPTH a cue is too far to count
                found[below] = (None, child, min(depth + 1, MAX_CUE_DEPTH))
    return found


def word_features(words: Words, i: int, in_quote: bool, rule_label: str, cue_above: tuple[Optional[int], int, int],
                  cue_rules: dict, cue_words: frozenset) -> list[str]:
    """The features of one word, each a name that is present (crfsuite's value 1)."""
    lemma, pos, dep, head = words.lemma[i], words.pos[i], words.dep[i], words.head[i]
    features = [
        "bias", "w=" + words.lower[i], "l=" + lemma, "p=" + pos, "t=" + words.tag[i], "d=" + dep,
        "hl=" + words.lemma[head], "hp=" + words.pos[head], "dhp=" + dep + words.pos[head], f"q={in_quote}",
        "ent=" + words.entity[i], "r=" + rule_label,
        "dir=" + ("L" if head > i else "R" if head < i else "0"),
    ]
    if lemma in cue_words:
        best = max((cue_rules.get((lemma, pos, words.dep[c]), 0.0) for c in words.children[i]), default=0.0)
        features += ["cue", "cue=" + lemma, "cue_band=" + precision_band(best)]
    if dep in ("nsubj", "nsubjpass") and words.lemma[head] in cue_words:
        features.append("subject_of_cue")
    cue, child, depth = cue_above
    if cue is not None:
        cue_lemma, child_dep = words.lemma[cue], words.dep[child]
        features += ["above=" + cue_lemma, "above_dep=" + child_dep, "above=" + cue_lemma + "|" + child_dep,
                     "above_band=" + precision_band(cue_rules.get((cue_lemma, words.pos[cue], child_dep), 0.0)),
                     "above_side=" + ("L" if i < cue else "R")]
        # the edges of the dependent the cue's content would be
        if words.left_edge[child] == i:
            features += ["content_start", "content_start=" + child_dep]
        if words.right_edge[child] == i:
            features += ["content_end", "content_end=" + child_dep]
    features.append(f"depth={min(depth, 6)}")
    return features


# Neighbours' features, by how far away they are: "-1:w=said" (close ones tell more).
NEIGHBOURS = ((-2, "-2:", False), (-1, "-1:", True), (1, "1:", True), (2, "2:", False))


class TokenFeatures:
    """The features of a token: the word, its parse, the cue above it, what the rules said of it,
    and some of the same for two words either side. Made for one token at a time, as the tagger
    reads a paragraph: a long article's features all at once would take gigabytes."""

    def __init__(self, doc: Doc, rule_claims: list[ClaimCandidate], cue_rules: dict, cue_words: frozenset):
        self.words, self.cue_rules, self.cue_words, self.length = Words(doc), cue_rules, cue_words, len(doc)
        self.cues_above = cues_above(self.words, cue_words)
        quotes = quote_spans(text_of(doc))
        self.in_quote, q = [], 0
        for start in self.words.start:
            while q < len(quotes) and quotes[q][1] <= start:
                q += 1
            self.in_quote.append(q < len(quotes) and quotes[q][0] <= start)
        self.rule_labels = span_labels(doc, claim_spans(rule_claims))
        self.sentence_starts = self.words.sentence_start + [True]

    def __call__(self, i: int) -> list[str]:
        words = self.words
        features = word_features(words, i, self.in_quote[i], self.rule_labels[i], self.cues_above[i],
                                 self.cue_rules, self.cue_words)
        if self.sentence_starts[i]:
            features.append("sent_start")
        if self.sentence_starts[i + 1]:
            features.append("sent_end")
        for offset, prefix, close in NEIGHBOURS:
            j = i + offset
            if not 0 <= j < self.length:
                features.append(prefix + "edge")
                continue
            features += [prefix + "w=" + words.lower[j], prefix + "p=" + words.pos[j],
                         prefix + "r=" + self.rule_labels[j]]
            if close:
                features += [prefix + "d=" + words.dep[j], f"{prefix}q={self.in_quote[j]}"]
        return features


def doc_features(doc: Doc, rule_claims: list[ClaimCandidate], cue_rules: dict,
                 cue_words: frozenset) -> list[list[str]]:
    """The features of each token (TokenFeatures)."""
    features = TokenFeatures(doc, rule_claims, cue_rules, cue_words)
    return [features(i) for i in range(len(doc))]


def runs(labels: dict[int, str], role: str) -> list[tuple[int, int]]:
    """(first, last) token of each run of one role's labels."""
    out, current = [], None
    for i, label in labels.items():
        if label[2:] == role and label[0] == "I" and current is not None:
            current[1] = i
            continue
        if current:
            out.append(tuple(current))
        current = [i, i] if label[2:] == role else None
    if current:
        out.append(tuple(current))
    return out


def joined_contents(doc: Doc, labels: dict[int, str]) -> list[tuple[int, int]]:
    """Content runs, with a quotation interrupted by its attribution as one run:
    "X," he said, "Y." — only source and cue words between, and no full stop unless
    the two halves are quotations."""
    out = []
    for start, end in runs(labels, "C"):
        if out:
            last_start, last_end = out[-1]
            between = [doc[k] for k in range(last_end + 1, start)]
            roles = {labels.get(t.i, "O")[2:] for t in between if not (t.is_punct or t.is_space)}
            stops = any(t.text in ".?!" for t in between)
            quoted = doc[last_end].text[-1] in QUOTE_CHARS and doc[start].text[0] in QUOTE_CHARS
            if roles == {"S", "Q"} and (not stops or quoted):
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


def nearest(doc: Doc, runs_: list[tuple[int, int]], start: int, end: int) -> Optional[tuple[int, int]]:
    """The run nearest the content, inside it or in its sentences."""
    sentences = {doc[start].sent.start, doc[end].sent.start}
    near = [r for r in runs_ if doc[r[0]].sent.start in sentences or start <= r[0] <= end]
    return min(near, key=lambda r: 0 if start <= r[0] <= end else min(abs(r[0] - end), abs(r[1] - start)),
               default=None)


def char_range(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


@dataclass
class TaggedClaim:
    content: tuple[int, int]
    cue: Optional[tuple[int, int]]
    source: Optional[tuple[int, int]]
    confidence: float  # the mean probability the tagger gives its words of being content


@lru_cache(maxsize=1)
def load_tagger() -> pycrfsuite.Tagger:
    if not MODEL_FILE.exists():
        raise FileNotFoundError(f"{MODEL_FILE} is missing: run tools/train_claim_tagger.py")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_FILE))
    return tagger


@dataclass
class Reading:
    """What the tagger read in an article: its claims, and for each word the probability
    it gives of the word being content."""
    claims: list[TaggedClaim]
    content_probability: dict[int, float]

    def mean_probability(self, doc: Doc, start: int, end: int) -> float:
        span = doc.char_span(start, end, alignment_mode="expand")
        words = [self.content_probability[t.i] for t in span or [] if t.i in self.content_probability]
        return sum(words) / len(words) if words else 0.0


def read_claims(doc: Doc, rule_claims: list[ClaimCandidate], cue_rules: dict, cue_words: frozenset) -> Reading:
    """The claims the tagger reads in the article, in text order, and each word's probability of being content."""
    tagger = load_tagger()
    features = TokenFeatures(doc, rule_claims, cue_rules, cue_words)
    reading = Reading([], {})
    for paragraph in paragraphs(features.words.lower):
        labels = dict(zip(paragraph, tagger.tag([features(i) for i in paragraph])))
        reading.content_probability.update(
            (i, tagger.marginal("B-C", k) + tagger.marginal("I-C", k)) for k, i in enumerate(paragraph))
        for start, end in joined_contents(doc, labels):
            cue, source = nearest(doc, runs(labels, "Q"), start, end), nearest(doc, runs(labels, "S"), start, end)
            content = char_range(doc, start, end)
            reading.claims.append(TaggedClaim(
                content=content,
                cue=char_range(doc, *cue) if cue else None,
                source=char_range(doc, *source) if source else None,
                confidence=reading.mean_probability(doc, *content)))
    return reading
