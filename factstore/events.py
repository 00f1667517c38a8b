"""Extract events from a parsed article: pure functions over a Doc.

An event is found from a trigger word ("met", "talks", "visit", "signed",
"application") and its arguments in the parse: who (the subject, or the
possessor of a noun: "Putin's meeting"), with whom ("with Khamenei", the
object of "met"), where ("in Tehran", "to Ashgabat") and when (a DATE entity
in the trigger's clause). What the dates mean is settled later, against the
article's date, by factstore.dates.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from .facts import EventCandidate, Participant, TextSpan
from .parse import entities_within, entity_at, text_of
from .places import country_of
from .syntax import subject_of, subtree_range

# Event types, with the root code of the CAMEO event taxonomy (as in GDELT):
# 03 express intent to cooperate, 04 consult, 05 diplomatic cooperation
# (05.7 sign formal agreement), 11 disapprove, 12 reject, 13 threaten,
# 16 reduce relations (16.3 sanctions), 19 fight.
CAMEO_ROOTS = {
    "meeting": "04", "visit": "04", "summit": "04", "phone call": "04",
    "agreement": "05", "membership application": "03", "military action": "19",
    "sanctions": "16", "accusation": "11", "denial": "12", "threat": "13",
}

# Verbs that report an event by themselves: "met", "visited", "invaded".
VERB_TRIGGERS = {
    "meet": "meeting", "visit": "visit", "travel": "visit", "land": "visit", "arrive": "visit",
    "sign": "agreement", "invade": "military action", "bomb": "military action", "shell": "military action",
    "sanction": "sanctions", "accuse": "accusation", "deny": "denial", "threaten": "threat",
}
# Nouns that report an event: "held talks with", "a visit to", "its application".
NOUN_TRIGGERS = {
    "meeting": "meeting", "talk": "meeting", "talks": "meeting", "summit": "summit", "visit": "visit",
    "trip": "visit", "agreement": "agreement", "deal": "agreement", "memorandum": "agreement",
    "application": "membership application", "call": "phone call", "chat": "phone call",
    "invasion": "military action", "sanctions": "sanctions",
}
# A noun trigger only counts with one of these words in front of it.
NOUN_QUALIFIERS = {"call": {"phone", "telephone"}, "chat": {"phone", "telephone"}}
VISIT_WORDS = {**{w: k for w, k in VERB_TRIGGERS.items()}, **NOUN_TRIGGERS}
# Verbs that only carry their object noun's event: "[held] talks", "[signed] a memorandum".
LIGHT_VERBS = {"hold", "have", "attend", "sign", "strike", "reach", "submit", "make", "conclude", "impose", "begin"}
# Verbs that put their complement in the future: "is set to meet", "plans to visit".
PLANNING_HEADS = {"set": "planned", "plan": "planned", "schedule": "planned", "due": "planned",
                  "expect": "expected", "likely": "expected"}
PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_PREPOSITIONS = {"in", "at", "to"}
COUNTERPART_PREPOSITIONS = {"with", "between"}
# Events whose subject may be the clause's: "[During the meeting with Raisi], Putin said".
SCENE_EVENTS = {"meeting", "visit", "summit", "phone call"}
# Types that are two-sided: one event per pair, so "met Raisi and Erdogan" is two meetings.
PAIRWISE = {"meeting", "phone call"}
# Most tokens between a trigger and a date or place that still belong to its clause.
MAX_ARGUMENT_DEPTH = 4
TRIP_NOUNS = {"trip", "visit", "journey", "tour"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def unique(participants: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in participants:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            out.append(p)
    return out


def trigger_type(token: Token) -> Optional[str]:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VERB_TRIGGERS:
        if lemma in LIGHT_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NOUN_TRIGGERS
                                        for c in token.children):
            return None  # "signed a memorandum", "an agreement was signed": the noun is the trigger
        return VERB_TRIGGERS[lemma]
    if token.pos_ in ("NOUN", "PROPN") and (lemma in NOUN_TRIGGERS or token.lower_ in NOUN_TRIGGERS):
        kind = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS[token.lower_]
        qualifiers = NOUN_QUALIFIERS.get(lemma)
        if qualifiers and not any(c.lower_ in qualifiers for c in token.children):
            return None
        return kind
    return None


def governing_verb(noun: Token) -> Optional[Token]:
    """The light verb whose object the trigger noun is: "held [talks]"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in LIGHT_VERBS:
        return head
    return None


def status_of(verb: Token) -> str:
    """happened, ongoing, planned, expected or denied, from the verb's tense and what governs it."""
    if any(c.dep_ == "neg" for c in verb.children):
        return "denied"
    if any(c.lower_ in ("will", "shall", "'ll") for c in verb.children if c.dep_ == "aux"):
        return "planned"
    head = verb
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    while (head.dep_ in ("xcomp", "ccomp", "acomp") or (infinitive and head.dep_ == "advcl")) \
            and head.head.i != head.i:
        head = head.head
        status = PLANNING_HEADS.get(head.lemma_.lower())
        if status:
            return status
        if any(c.lower_ in ("will", "shall") for c in head.children if c.dep_ == "aux"):
            return "planned"
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux") and verb.dep_ == "ROOT":
        return "planned"  # headline style: "Putin to meet Raisi"
    if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children if c.dep_ == "aux"):
        return "ongoing"
    return "happened"


def entity_of(token: Token) -> Optional[Span]:
    return entity_at(token) if token.ent_type_ else None


def participants_in(token: Token, role: str) -> list[Participant]:
    """The phrase headed by `token` as a participant, with the organisations and countries it names.

    Which person the phrase names is settled later from the article's person
    mentions, which know more names than the model's entities do.
    """
    doc = token.doc
    start, end = subtree_range(token)
    named = [e for e in entities_within(doc, start, end) if e.label_ in PARTICIPANT_LABELS
             and not (e.end < len(doc) and doc[e.end].dep_ == "case")  # "Iran's" is not a participant
             and not (e.root.head.dep_ == "prep" and e.root.head.lower_ in PLACE_PREPOSITIONS)  # "in Dushanbe"
             and not (e.label_ == "NORP" and e.root.dep_ in ("amod", "compound"))]  # "Iranian President"
    text = text_of(doc)
    return [Participant(role, start, end, text[start:end], [(e.label_, e.text) for e in named], token.lemma_.lower())]


def arguments(anchor: Token, kind: str, exclude: set[int]) -> tuple[list[Participant], Optional[TextSpan], Optional[TextSpan]]:
    """Counterparts, place and date found among the anchor's dependents."""
    counterparts, place, when = [], None, None
    for child in anchor.children:
        if child.i in exclude:
            continue
        if child.dep_ == "dobj" and kind in ("meeting", "phone call", "accusation", "threat", "sanctions",
                                             "military action"):
            counterparts += participants_in(child, "counterpart")
        elif child.dep_ == "dobj" and kind == "visit" and (child.ent_type_ in PLACE_LABELS or known_place(child)):
            place = place_of(child)
        elif child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    counterparts += participants_in(obj, "counterpart")
                    counterparts += [p for c in obj.conjuncts for p in participants_in(c, "counterpart")]
    counterparts = unique(counterparts)
    for token in anchor.subtree:
        if token.i in exclude or token.i == anchor.i:
            continue
        depth, up = 0, token
        while up.i != anchor.i and depth <= MAX_ARGUMENT_DEPTH:
            if up.pos_ == "VERB" and up.i != token.i:
                depth = MAX_ARGUMENT_DEPTH + 1  # inside another clause
                break
            up, depth = up.head, depth + 1
        if depth > MAX_ARGUMENT_DEPTH:
            continue
        if when is None and token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            ent = entity_of(token)
            when = TextSpan(ent.start_char, ent.end_char, ent.text)
        elif place is None and is_place(token) and attaches_to_event(token.head, anchor):
            place = place_of(token)
    return counterparts, place, when


def attaches_to_event(prep: Token, anchor: Token) -> bool:
    """"talks in Oslo", "met Dahl in Oslo" and "during a visit to Oslo" say where the event was;
    "talks about wind farms in the North Sea" does not."""
    head = prep.head
    return head.i == anchor.i or head.pos_ != "NOUN" or head.lemma_.lower() in VISIT_WORDS


def is_place(token: Token) -> bool:
    """A place entity after in/at/to ("in Tehran"), or any name a visit goes to ("a visit to Ashgabat")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    if token.ent_type_ in PLACE_LABELS:
        return token.ent_iob_ == "B" or token.i == (entity_of(token) or token.doc[token.i:token.i + 1]).root.i
    if token.pos_ != "PROPN":
        return False
    if prep.lower_ == "to" and VISIT_WORDS.get(prep.head.lemma_.lower()) == "visit":
        return True
    # a one-word name the model took for an organisation or a person: "in Dushanbe"
    return len(entity_of(token) or token.doc[token.i:token.i + 1]) == 1 and (
        token.ent_type_ == "ORG" or known_place(token))


def known_place(token: Token) -> bool:
    """A name the gazetteer knows as a country or city, whatever the model took it for: "visited Vilnius"."""
    return token.pos_ == "PROPN" and country_of(token.text) is not None


def place_of(token: Token) -> TextSpan:
    """The place entity, with its country when an apposition gives it: "Ashgabat, the capital of Turkmenistan"."""
    ent = entity_of(token) or token.doc[token.i:token.i + 1]
    name = ent.text
    for child in ent.root.children:
        if child.dep_ == "appos":
            country = [e for e in child.subtree if e.ent_type_ == "GPE"]
            if country:
                country_ent = entity_of(country[0])
                name = f"{ent.text}, {country_ent.text}"
    return TextSpan(ent.start_char, ent.end_char, name)


def extract_events(doc: Doc) -> list[EventCandidate]:
    """Every event the article reports, one per trigger (and per counterpart of a two-sided event)."""
    events = []
    for token in doc:
        kind = trigger_type(token)
        if kind is None:
            continue
        if token.pos_ == "VERB":
            verb, anchors = token, [token]
        else:
            verb = governing_verb(token)
            anchors = [token] + ([verb] if verb is not None else [])
        agents = []
        subject = subject_of(verb, passive_subject=True) if verb is not None and token.dep_ != "nsubjpass" else None
        if verb is None:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:
                subject = owner  # "Putin's meeting with Khamenei"
            elif kind in SCENE_EVENTS and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
                subject = subject_of(token.head.head)  # "During the meeting with Raisi, Putin said"
        if subject is not None:
            agents = unique(participants_in(subject, "agent")
                            + [p for c in subject.conjuncts for p in participants_in(c, "agent")])
        exclude = {subject.i} if subject is not None else set()
        counterparts, place, when = [], None, None
        for anchor in anchors:
            more, where, date_ = arguments(anchor, kind, exclude | {token.i} if anchor is not token else exclude)
            counterparts += [p for p in more if not any(p.start == q.start for q in counterparts + agents)]
            place, when = place or where, when or date_
        if kind in PAIRWISE and not counterparts and len(agents) > 1:
            counterparts = agents[1:]  # "Raisi and Putin met": each is the other's counterpart
            agents = agents[:1]
            for p in counterparts:
                p.role = "counterpart"
        if not agents and not counterparts or (kind in PAIRWISE and not (agents and counterparts)):
            continue
        if when is not None and when.text.strip().isdigit() and len(when.text.strip()) < 4:
            when = None  # "Putin, 70," is an age
        status = status_of(verb if verb is not None else clause_verb(token))
        clause_root = verb if verb is not None else token
        start, end = clause_span(clause_root)
        role = "signatory" if kind == "agreement" else "applicant" if kind == "membership application" else None
        if role:
            for p in agents:
                p.role = role
            for p in counterparts:
                p.role = role if kind == "agreement" else "target"
        groups = [[c] for c in counterparts] if kind in PAIRWISE and len(counterparts) > 1 else [counterparts]
        ordinal = trip_ordinal(token, clause_root) if kind == "visit" else None
        for group in groups:
            events.append(EventCandidate(
                event_type=kind, cameo_root=CAMEO_ROOTS[kind], status=status, start=start, end=end,
                trigger=TextSpan(token.idx, token.idx + len(token), token.text),
                participants=agents + group, place=place, date=when, ordinal=ordinal))
    return events


def trip_ordinal(trigger: Token, clause_root: Token) -> Optional[tuple[int, TextSpan]]:
    """Which trip a visit is said to be, and the phrase that says so: "visited Iran on [his first trip
    outside his country]", "[Putin's] visit to Tehran marked [his second trip outside Russia]"."""
    nouns = [trigger, *clause_root.subtree]
    if trigger.dep_ == "nsubj":
        nouns += [c for c in trigger.head.children if c.dep_ in ("dobj", "attr")]
    for noun in nouns:
        if noun.lemma_.lower() not in TRIP_NOUNS:
            continue
        number = next((c for c in noun.children if c.lower_ in ORDINALS and c.i < noun.i), None)
        if number is None:
            continue
        words = [t for t in noun.subtree if t.i >= number.i]
        end = next((t for t in words if t.i > noun.i and (t.is_punct or "\n" in t.text)), None)
        words = [t for t in words if (end is None or t.i < end.i) and not t.is_space]
        text = text_of(noun.doc)
        start, stop = words[0].idx, words[-1].idx + len(words[-1])
        return ORDINALS[number.lower_], TextSpan(start, stop, text[start:stop])
    return None


def clause_verb(token: Token) -> Token:
    """The verb of the clause a noun sits in: "Ahead of his meeting, Putin [will travel]"."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else token


def clause_span(root: Token) -> tuple[int, int]:
    """The clause that reports the event: the root's subtree, less any clause of its own."""
    skip = set()
    for child in root.children:
        if child.dep_ in ("ccomp", "advcl", "parataxis", "relcl") and child.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in root.subtree if t.i not in skip and not t.is_space]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = text_of(root.doc)
    while end > start and text[end - 1] in " ,;:.—–-":
        end -= 1
    return start, end
