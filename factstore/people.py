"""Extract people from a parsed article: pure functions over a spaCy Doc."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from .parse import text_of
from .facts import PersonCandidate, Role
from .lexicon import COURTESY_TITLES, MEDIA_NOUNS, NAME_PARTICLES, NAME_SUFFIXES, OFFICE_TITLES, SPEECH_VERBS

MAX_ROLE_TOKENS = 12
NON_PERSON_LABELS = ("GPE", "NORP", "LOC", "ORG", "FAC")


def is_title(token: Token) -> bool:
    return token.lower_ in COURTESY_TITLES or token.lower_ in OFFICE_TITLES


def looks_like_name_token(token: Token) -> bool:
    text = token.text
    if text.lower() in NAME_PARTICLES or text.lower() in NAME_SUFFIXES:
        return True
    return (text[:1].isupper() and text.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
            and token.pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ"))


def non_person_words(doc: Doc) -> set[str]:
    """Words the model tags as places, nations or organisations and never as part of a person."""
    other = {t.text for ent in doc.ents if ent.label_ in NON_PERSON_LABELS for t in ent}
    person = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent[1:]}
    return other - person


def clean_name(ent: Span, place_words: set[str]) -> Optional[Span]:
    """Trim titles, possessives and stray place words from a PERSON entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and (doc[start].lower_ in OFFICE_TITLES or doc[start].text in place_words
                               or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    if not all(looks_like_name_token(t) for t in span):
        return None
    if len(span) == 1 and span[0].pos_ != "PROPN":
        return None  # a capitalised common word: "Writing", "Developed"
    if span.root.dep_ == "compound" and span.root.head.lower_ in MEDIA_NOUNS:
        return None  # an outlet's name: "told France Info radio"
    return span


def courtesy_start(span: Span) -> int:
    """Token index where the mention starts, taking in a courtesy title before it."""
    start = span.start
    while start > 0 and span.doc[start - 1].lower_ in COURTESY_TITLES:
        start -= 1
    return start


def premodifier_role(span: Span) -> Optional[Role]:
    """'Russian President' in 'Russian President Vladimir Putin'."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in COURTESY_TITLES:
        i -= 1
    first = None
    while i >= 0 and span.start - i <= MAX_ROLE_TOKENS:
        token = doc[i]
        if token.dep_ not in ("compound", "amod", "nmod", "npadvmod") or token.ent_type_ == "PERSON":
            break
        if not (span.start <= token.head.i < span.end or (first is not None and first <= token.head.i)):
            break
        first = i
        i -= 1
    if first is None:
        return None
    if i >= 0 and doc[i].lower_ in ("for", "of"):
        return None  # the tail of a longer phrase: "coordinator for strategic communications"
    if i >= 1 and doc[i].lower_ in ("'s", "’s") and doc[i - 1].pos_ == "PROPN":
        first = i - 1  # "Iran's Supreme Leader"
    role = doc[first:span.start]
    while len(role) and role[-1].lower_ in COURTESY_TITLES:
        role = role[:-1]
    if not len(role) or not any(t.pos_ in ("NOUN", "PROPN") for t in role):
        return None
    return Role(role.text, role.start_char, role.end_char)


def appositive_roles(span: Span) -> list[Role]:
    """'Putin's foreign policy adviser' in 'Yuri Ushakov, Putin's foreign policy adviser,'."""
    roles = []
    for token in span.root.children:
        if token.dep_ != "appos" or token.pos_ not in ("NOUN",):
            continue
        words = [t for t in token.subtree if not (t.i > token.i and t.dep_ in ("punct", "cc", "conj"))]
        first, last = words[0].i, words[-1].i + 1
        breaks = [t.i for t in span.doc[first:last] if t.is_space or "\n" in t.whitespace_]
        if breaks:
            last = breaks[0] + (0 if span.doc[breaks[0]].is_space else 1)
        while first < last and span.doc[first].pos_ in ("DET", "PUNCT"):
            first += 1
        while last > first and span.doc[last - 1].is_punct:
            last -= 1
        if 0 < last - first <= MAX_ROLE_TOKENS:
            role = span.doc[first:last]
            roles.append(Role(role.text, role.start_char, role.end_char))
    return roles


def is_speech_source(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS


def extract_people(doc: Doc) -> list[PersonCandidate]:
    """Every PERSON entity that passes the name checks, with its roles."""
    place_words = non_person_words(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = clean_name(ent, place_words)
        if span is None:
            continue
        start = courtesy_start(span)
        name_tokens = [t.text for t in span if t.lower_ not in COURTESY_TITLES]
        if not name_tokens:
            continue
        premodifier = premodifier_role(span)
        titled = start < span.start or len(name_tokens) < len(span) or premodifier is not None or (
            span.start > 0 and is_title(doc[span.start - 1]))
        roles = ([premodifier] if premodifier else []) + appositive_roles(span)
        first_char = doc[start].idx
        found.append(PersonCandidate(
            start=first_char, end=span.end_char, surface=text_of(doc)[first_char:span.end_char],
            name=" ".join(name_tokens), titled=titled, speaks=is_speech_source(span), roles=roles))
    return found
