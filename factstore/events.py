"""Extract events from a parsed article: pure functions over a Doc.

An event is found from a trigger word ("met", "talks", "visit", "signed",
"application") and its arguments in the parse: who (the subject, or the
possessor of a noun: "Putin's meeting"), with whom ("with Khamenei", the
object of "met"), where ("in Tehran", "to Ashgabat") and when (a DATE entity
in the trigger's clause). What the dates mean is settled later, against the
article's date, by factstore.dates. The words that report events, and those
that decide what a trigger names where it stands, are in factstore.event_words.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .dates import WEEKDAYS, is_day_of_month
from .event_words import (
    ACTING_BODIES, ARMS_WORDS, ASKING_FOR_ONLY, ATTACKING_MEDIA, AUDIENCES, BARE_WIN_VERBS, BODY_WORDS, CAMEO_ROOTS,
    CANDIDACY_NOUNS, CAPTIVES, CASES, CONDITIONS, COUNTERPART_PREPOSITIONS, COURT_STEPS, COURT_VERBS, CRAFT, CRIMES,
    DEFENDANTS_OWN, DEMANDING_VERBS, DESTINATION_VERBS, DISCUSSING_VERBS, DOCUMENT_NOUNS, DURATION_UNITS,
    ELECTED_OFFICES, ELECTION_NOUNS, FACED, FACING_VERBS, FROM_DONORS, FUTURE_AUXILIARIES, GIVEN_EVENTS, HOLDING_VERBS,
    HOSTING_VERBS, INQUIRY_VERBS, INVESTIGATORS, JOB_NOUNS, JOB_VERBS, JOINED_BODIES, KILLING_WORDS, LABOR_WORDS,
    LEAVING_NOUNS, LED_BY_ORGANISATIONS, LIGHT_VERBS, MARGINS_AND_RIVALS, MAX_ARGUMENT_DEPTH, MAX_PHRASE_LEVELS,
    MEDIA_ASKERS, MEMBERSHIP_WORDS, MODAL_AUXILIARIES, NAME_LABELS, NAMING_VERBS, NON_EVENT_HEADS, NOT_COMPETING_VERBS,
    NOUN_QUALIFIERS, NOUN_STATUS, NOUN_TRIGGERS, NOUN_VETOES, NO_COMPOUND, OBJECT_VERBS, OFFICES, OFFICE_RUNS, ORDINALS,
    ORG_LABELS, PAIRWISE, PARTICIPANT_LABELS, PARTY_CONTEST_WORDS, PARTY_MEMBERS, PASSIVE_TARGETS, PAY_RATE_UNITS,
    PEOPLE_NOUNS, PEOPLE_VERBS, PERSONAL, PERSON_OBJECT_VERBS, PERSON_WORDS, PHRASAL_TRIGGERS, PLACED_BY_CITY,
    PLACED_BY_OWNER, PLACE_LABELS, PLACE_PREPOSITIONS, PLACE_WIN_VERBS, PLANNING_HEADS, PLURAL_ONLY_WITH, POSTS,
    POSTS_LEFT, PRIZES_OF_ELECTIONS, PROPOSALS, PROTESTERS, PURSUITS, RACED_OFFICES, RACES, REACTIONS,
    RECEIVED_AS_TARGET, RECEIVING_VERBS, REFUSED, RELATIVE_PRONOUNS, RENEWING_VERBS, RIVAL_WIN_VERBS, RULES,
    SAID_BY_A_PERSON, SCENE_ANY_PREPOSITION, SCENE_EVENTS, SCENE_PREPOSITIONS, SCENE_SUBJECTS, SEQUENCE_PREPOSITIONS,
    SHOWN_QUALITIES, SIMULTANEOUS, SOMEONE_WORDS, STAFF, STRIKERS, TARGETED, TARGET_PREPOSITIONS, THINGS_DONE,
    THREATS_MADE, THREAT_MAKING_VERBS, TRIP_KINDS, TRIP_NOUNS, VERB_TRIGGERS, VIOLENCE_WORDS, VISIT_WORDS, VOTE_SHARES,
    VOTING_VERBS, WAGE_UNITS, WIN_NOUNS, WIN_VERBS, WORDS_ATTACKED, WORDS_OF_ATTACK,
)
from .facts import EventCandidate, Participant, TextSpan
from .lexicon import LAW_NOUNS, OFFICE_TITLES, ORGANISATION_NAME_WORDS, ROLE_NOUNS, SPEECH_VERBS, SURVEY_NOUNS
from .parse import entities_within, entity_at, text_of
from .organisations import HEAD_NOUNS, acronym, bare, country_name, is_acronym, is_organisation_initials, undotted
from .places import country_of, is_country, is_region
from .syntax import can_act, is_court, is_legislature, says_when, subject_of, subtree_range, token_range


def unique(participants: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in participants:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            out.append(p)
    return out


def in_name(token: Token) -> bool:
    """A word inside a name: "the Federal [Election] Commission", "[Election] Day" is a date, not an election."""
    return token.ent_type_ in NAME_LABELS and not (token.ent_type_ in ("NORP", "GPE") and token.pos_ != "PROPN")


def names_people(token: Token) -> bool:
    """A noun for people: "investigators", "the Iranian president", "voters"."""
    lemma = token.lemma_.lower()
    return lemma in PEOPLE_NOUNS or lemma in ROLE_NOUNS or lemma in OFFICE_TITLES or lemma.endswith(("er", "or", "ist"))


def is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in ("him", "her", "them", "himself", "herself")


def qualified(token: Token, qualifiers: set[str]) -> bool:
    """A word among the noun's dependents, "@" and the lemma of its head, or "#date" and a date among its
    dependents."""
    words = {c.lower_ for c in token.children} | {c.lemma_.lower() for c in token.children}
    head = token.head.lemma_.lower() if token.head.i != token.i else ""
    return bool(words & qualifiers) or f"@{head}" in qualifiers or (
        "#date" in qualifiers and any(c.ent_type_ == "DATE" for c in token.children))


def verb_type(token: Token, orgs: dict[int, str]) -> Optional[str]:
    """The event a verb names, by itself or with its object, particle or preposition; `orgs` as
    article_organisations gives them."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in NAMING_VERBS and any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN")
                                     and c.lemma_.lower() in POSTS for c in children):
        return "appointment"  # "was [named] interim chairwoman"; not "chose to head north"
    if lemma == "nominate" and nominated_to_run(token):
        return "candidacy"  # "Republicans nominated Rubio for president": a candidate, not an appointee
    if lemma == "charge" and any(c.ent_type_ == "MONEY" and c.dep_ in ("dobj", "npadvmod", "dative") for c in children):
        return None  # a price: "charging students more than $30,000"
    if lemma == "prosecute" and any(c.lemma_.lower() in PURSUITS for c in objects_of(token)):
        return None  # "prosecuted the war on terrorism"
    if lemma == "interview" and (by_a_survey(token) or not any(c.dep_ in ("dobj", "agent") for c in children)
                                 or any(c.dep_ == "nummod" for o in objects_of(token) for c in o.children)):
        return None  # polling ("the survey interviewed 1,000 voters"), or those asked ("voters interviewed")
    if lemma in ("release", "leak") and token.dep_ == "amod" and token.head.lower_ in DOCUMENT_NOUNS:
        return "leak"  # "a newly [released] email", "the [leaked] documents"
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and (g.ent_type_ in PLACE_LABELS or known_place(g)) for g in c.children)
            for c in children):
        return "speech"  # "speaking in Daytona Beach"; not "spoke in Spanish"
    if lemma == "speak" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in children):
        return "accusation"  # "spoke out against Trump"
    if lemma == "leak" and token.tag_ == "VBG" and token.dep_ == "amod":
        return None  # "leaking pipes": what leaks, not what someone leaked ("leaked emails")
    if lemma in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ in ("by", "over", "on") and any(
            g.lower_ in ("phone", "telephone") for g in c.children) for c in children):
        return "phone call"  # "spoke by telephone with Putin"
    if lemma in ("march", "rally", "demonstrate") and protesting(token):
        return "protest"  # "protesters marched", "thousands rallied against the pact"
    if lemma in ("jail", "imprison", "fly", "travel", "convict") and token.dep_ in ("amod", "compound"):
        return None  # a state or a kind, not an event: "the now-imprisoned Chelsea Manning", "flying coffins"
    if lemma == "drown" and any(c.dep_ == "prt" for c in children):
        return None  # "boos drowned out the speaker"
    if VERB_TRIGGERS.get(lemma) == "travel" and (
            ((mover := subject_of(token)) is not None and mover.lemma_.lower() in CRAFT)
            or any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CRAFT for c in children)
            or (token.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in CRAFT
                                              for c in token.head.children))):  # "ordered flags to be flown"
        return None  # a machine's doing, or a flag's: "the plane would not be cleared to fly", "flags to be flown"
    if lemma == "apply":
        return "membership application" if applies_to_join(token) else None
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in children):
        return "attack"  # "opened fire at a FedEx facility"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" and any(
            g.lower_ in ("own", "his", "her", "their") for g in c.children) for c in children):
        return "death"  # "before taking his own life"
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in children):
        return "hearing"  # "pleaded guilty to two counts", "pleaded not guilty"
    if lemma == "agree" and agreed_between(token):
        return "agreement"
    if lemma == "drop" and any(c.lower_ == "out" for c in children) and any(
            t.lower_ == "of" and any(g.lemma_.lower() in RACES for g in t.children) for t in token.subtree):
        return "candidacy"  # "dropped out of the race" ("out" a particle or, in some parses, a preposition)
    if lemma == "clear" and investigated_by_a_body(token, orgs) and any(is_a_person(o) for o in objects_of(token)):
        return "investigation"  # "the bureau cleared Clinton": an investigation closed
    if lemma in INQUIRY_VERBS and (lemma != "look" or any(c.lower_ == "into" for c in children)):
        return "investigation" if investigated_by_a_body(token, orgs) and not its_own(token) else None
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    for c in children:
        if c.dep_ in ("prt", "prep", "advmod") and (lemma, c.lower_) in PHRASAL_TRIGGERS:
            kind = PHRASAL_TRIGGERS[(lemma, c.lower_)]
            if kind in SAID_BY_A_PERSON and (not said_by_a_person(token) or c.dep_ == "prep" and not any(
                    g.dep_ == "pobj" and (is_a_person(g) or g.ent_type_ in PARTICIPANT_LABELS) for g in c.children)):
                continue  # "the vote was pushed back to Friday", "Sanders went home after the debate"
            if kind == "candidacy" and not any(g.lower_ in OFFICES for g in c.subtree):
                continue  # "ran for cover"
            if kind == "legislation" and lemma == "sign" and not any(g.lower_ == "law" for g in c.children):
                continue  # "signed into law"
            if kind == "legislation" and lemma == "strike" and not any(
                    t.lemma_.lower() in RULES or t.lower_ in RULES for o in objects for t in o.subtree):
                continue  # "struck down assertions that ..."
            if kind == "legislation" and ruled_on(token):
                return "lawsuit"  # "a judge struck down the law": a ruling
            named = objects + [c for c in children if c.dep_ == "oprd"]  # "named [David Calhoun] as", misparsed
            if kind == "appointment" and not any((is_a_person(o) or o.pos_ == "PROPN") and o.ent_type_ not in (
                    "GPE", "LOC") for o in named):
                continue  # "named Cleveland as the fifth most dangerous city"
            return kind
    if lemma in LIGHT_VERBS and any(c.lemma_.lower() in NOUN_TRIGGERS or c.lower_ in NOUN_TRIGGERS
                                    for c in objects) and not (
            lemma in WIN_VERBS and any(map(names_an_election, objects))):
        # "signed a memorandum", "an agreement was signed": the noun is the trigger; but winning an election is
        # a happening of its own words: "[won] the Missouri [primary]"
        return None
    if lemma in VOTING_VERBS and any(c.lemma_.lower() in LAW_NOUNS | {"proposal"} or c.lower_ in LAW_NOUNS
                                     for c in objects) and (
            is_legislature(subject_of(token)) or (lemma != "reject" and not any(
                c.lemma_.lower() == "proposal" for c in objects))):
        return "legislation"  # "the Senate [rejected] four proposals", "[approved] the bill"
    if lemma == "hire" and not any(c.tag_ != "NNS" or any(d.dep_ in ("det", "nummod", "poss") for d in c.children)
                                   or any(d.ent_type_ == "PERSON" for d in c.subtree) for c in objects_of(token)):
        return None  # employing in general: "hire additional workers", "good at hiring"; not "hired two pollsters"
    if lemma == "fire" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
        return None  # "it fires him up"
    if lemma == "quit" and any(c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.lemma_.lower() not in JOB_VERBS
                               for c in children):
        return None  # stopped doing: "quit attacking people", "quit giving paid speeches"
    if lemma == "dismiss" and dismissed_as_something(token):
        return "accusation"  # "dismissed Walker as an ineffective governor": said of him, not fired
    if lemma == "support" and not one_named_backer(subject_of(token)):
        return None  # a share of voters: "older women support Clinton"; "Ryan supports Trump" is an endorsement
    if lemma in PERSON_OBJECT_VERBS:
        with_person, otherwise = PERSON_OBJECT_VERBS[lemma]
        # "voters reject [establishment Republicans]": a people is as much someone as a person; one fires
        # people named by their post too: "dismissed [his entire cabinet]", "fired [the minister]"
        someone = (lambda c: is_a_person(c) or c.lemma_.lower() in STAFF) if with_person else (
            lambda c: is_person(c) or c.ent_type_ == "NORP")
        return with_person if any(someone(c) for c in objects) else otherwise
    if lemma == "deny" and not any(c.dep_ == "ccomp" for c in children) and any(
            c.dep_ == "dative" or (c.dep_ in ("dobj", "nsubjpass") and any(
                g.lemma_.lower() in REFUSED for g in [c, *(a for a in c.children if a.dep_ == "appos")]))
            for c in children):
        return None  # a refusal: "denied him a hearing", "denying entry to travelers", "deny Sanders the nomination"
    if lemma in OBJECT_VERBS:
        nouns, kind = OBJECT_VERBS[lemma]
        if kind == "candidacy" and not is_candidate(subject_of(token, passive_subject=True)):
            return None  # "the gap, which stood at 263 entering Tuesday's primary"
        if nouns is CASES and its_own(token):
            return None  # "the defense closed [its] case"
        if lemma in FROM_DONORS and not any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
            return None  # "raised $14 billion in a bond sale"; "raised $1.1 million from the industry" is one
        if kind == "donation" and wage_rate(token):
            return None
        # with no object, the subject is what it acts on: "the bill passed" (a speaker is no audience)
        described = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []  # "the emails [released]"
        # a person charged is the object, never the subject: "he charged that Clinton had lied" is no charge
        acted_on = [c for c in children if c.dep_ == "nsubj" and "@person" not in nouns]
        for c in objects or described or acted_on:
            c = antecedent(c, token)  # "the emails, [which] were stolen"
            if c.lower_ == "it":
                c = thing_meant(c, nouns) or c  # "passed the bill ... vetoed [it]"
            words = {c.lower_, c.lemma_.lower()}
            if nouns is not AUDIENCES:  # "released [emails]", "[hacked] emails"; not "the students' concerns"
                words |= {g.lower_ for g in c.children}
                # what a quantity is of: "published thousands of [emails]"
                words |= {g.lower_ for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"}
            if words & nouns or ("@person" in nouns and is_a_person(c)) or (
                    "$" in nouns and c.ent_type_ == "MONEY"):
                if nouns is POSTS_LEFT and not any(g.dep_ in ("det", "poss") for g in c.children):
                    return None  # in general: "when they leave government", "leave jobs"
                return "lawsuit" if kind == "legislation" and ruled_on(token) else kind
        return None
    if lemma in WIN_VERBS:
        if any(c.lower_ == "home" for c in children):
            return None  # a prize: "took home the award", "brought home the trophy"
        return "election" if said_by_a_person(token) and won_in_election(token) else None
    if lemma == "attack":
        return "accusation" if attacked_in_words(token) else "attack"
    if lemma in ("slam", "blast") and not any(c.dep_ == "dobj" and (
            c.ent_type_ in PARTICIPANT_LABELS or c.pos_ in ("PRON", "PROPN") or is_a_person(c)
            or c.lemma_.lower() in WORDS_ATTACKED) for c in children):
        return None  # "slammed into New Jersey", "slammed the door"
    if lemma in VERB_TRIGGERS:
        if lemma in PEOPLE_VERBS and any(
                (c.dep_ == "dobj" and not c.ent_type_ and c.pos_ not in ("PRON", "PROPN") and not names_people(c)
                 and not (lemma == "endorse" and c.lemma_.lower() in CANDIDACY_NOUNS)
                 and not (lemma == "sue" and c.lemma_.lower() in ACTING_BODIES | HEAD_NOUNS))  # "sued the administration"
                or (c.dep_ == "nsubjpass" and c.lemma_.lower() in THINGS_DONE) for c in children):
            return None  # "met the deadline", "visited the site" is still a visit
        if lemma == "die" and any(c.dep_ == "nsubj" and c.lemma_.lower() in THINGS_DONE | LAW_NOUNS | CANDIDACY_NOUNS
                                  for c in children):
            return None  # "the bill died in the Senate"
        if lemma == "debate" and (any(c.dep_ == "auxpass" for c in children) or not said_by_a_person(token)):
            return None  # "the ground battle that's so fiercely debated": argued over, no debate held
        if lemma == "meet" and any(c.dep_ == "auxpass" for c in children) and any(
                c.dep_ == "prep" and c.lower_ == "with" and not any(names_people(g) or is_a_person(g)
                                                                     for g in c.children if g.dep_ == "pobj")
                for c in children):
            return None  # "the promise was met with relief": a reception, no meeting
        if any(c.dep_ == "prt" and c.lower_ in ("up", "off", "out") for c in children) and lemma == "vote":
            return None  # "voted out" is the vote's result, not a ballot
        if lemma == "threaten" and not by_someone(token):
            return None  # a danger: "the ruling threatens the union", "a case that threatened to cripple it"
        return VERB_TRIGGERS[lemma]
    if lemma in DESTINATION_VERBS:
        for c in children:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at") and any(
                    g.dep_ == "pobj" and (g.ent_type_ in PLACE_LABELS or known_place(g)) for g in c.children):
                return DESTINATION_VERBS[lemma]
    return None


def nominated_to_run(verb: Token) -> bool:
    """Whether a nomination makes a candidate: for an office one is elected to ("nominated Rubio [for
    president]"), or by a party ("[Republicans] nominated Trump")."""
    for_office = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lower_ in OFFICES or g.lower_ in ELECTED_OFFICES for g in c.children) for c in verb.children)
    subject = subject_of(verb)
    return for_office or subject is not None and (subject.lower_ in PARTY_MEMBERS or subject.lemma_.lower() == "party")


def investigated_by_a_body(verb: Token, orgs: dict[int, str]) -> bool:
    """The verb's subject is an investigator or a body: "[the bureau] examined", "[prosecutors] cleared"."""
    subject = subject_of(verb)
    return subject is not None and (subject.lemma_.lower() in INVESTIGATORS or is_body(subject, orgs))


def one_named_backer(subject: Optional[Token]) -> bool:
    """A single person or organisation, by name or as "he" or "she": someone whose support is news."""
    return subject is not None and subject.tag_ not in ("NNS", "NNPS") and (
        subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in ("he", "she"))


def by_a_survey(verb: Token) -> bool:
    """The verb's subject is a poll or a survey: "the survey [interviewed] 1,000 adults"."""
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in SURVEY_NOUNS


def acts(token: Optional[Token]) -> bool:
    """Someone or a body that can act: a person, a people, an organisation or a country, a word for people
    or a body ("militants", "the union"). A singular noun ending like a word for a person is not enough
    ("the filibuster", "the disaster")."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    if token.lower_ in SOMEONE_WORDS:  # "[one] of the insurers", "[several] threatened to leave"
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return not of or acts(of[0])
    return is_a_person(token) or token.ent_type_ in PARTICIPANT_LABELS or token.lower_ in ("they", "them") \
        or lemma in PEOPLE_NOUNS or lemma in ROLE_NOUNS or lemma in OFFICE_TITLES or lemma in ACTING_BODIES \
        or (token.tag_ == "NNS" and names_people(token))


def objects_of(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, or the noun its clause describes ("the firm the
    party has hired", "contractors hired to protect the base", "the war he prosecuted")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects or ([verb.head] if verb.dep_ in ("relcl", "acl") else [])


def dismissed_as_something(verb: Token) -> bool:
    """Someone dismissed as what the speaker makes of them ("dismissed Walker as an ineffective governor",
    "as the worst president in history", "as a Hollywood actor"), not from a post they held ("was dismissed
    as campaign manager", "as Trump's campaign manager", "as director of the FBI"): a word for no post, or one
    with "a" or a superlative."""
    dismissed = any(is_person(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return dismissed and any(
        g.dep_ == "pobj" and (g.lemma_.lower() not in POSTS or any(
            d.lower_ in ("a", "an") or d.tag_ in ("JJS", "RBS") for d in g.children))
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)


def freed(release: Token) -> bool:
    """A release of someone: "the release of Mr. Abedini", "of the hostages", "of their loved ones"."""
    return any(g.dep_ == "pobj" and (acts(g) or g.pos_ == "PRON" or g.lemma_.lower() in CAPTIVES | {"one", "other"})
               for c in release.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def holds_as_a_place(subject: Token) -> bool:
    """A state, country or city holding an election or a rally, where it is held: one the model tags as a
    place and the gazetteer knows ("Missouri", not "Kasich" tagged as a place)."""
    name = (entity_of(subject) or subject.doc[subject.i:subject.i + 1]).text
    return subject.ent_type_ in ("GPE", "LOC") and (is_region(name) or is_country(name) or known_place(subject))


def by_someone(verb: Token) -> bool:
    """Someone threatens, not something: the subject (or the agent) acts ("UnitedHealth has threatened to
    leave", not "the ruling threatens the union"); in the passive, someone was threatened ("officials were
    threatened", not "jobs are threatened by automation"). With no subject to read, it is taken to be someone."""
    if is_passive(verb):
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return target is None or acts(antecedent(target, verb))
    subject = subject_of(verb)
    return subject is None or acts(antecedent(subject, verb))


def wage_rate(verb: Token) -> bool:
    """Pay at a rate of time that is a wage, not a payment made: by the hour or the week ("jobs that pay $15
    an hour", "pays its welders $31 per hour", "are paid $12 an hour"), or by the month or the year for a
    job ("a position paying $90,000 a year"; not "paying $35,000 a month for office space")."""
    if verb.lemma_.lower() != "pay":
        return False
    amounts = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod")]
    units = set()
    for word in (t for a in amounts for t in a.children):
        if word.dep_ == "npadvmod" and any(d.lower_ in ("a", "an") for d in word.children):
            units.add(word.lemma_.lower())  # "$15 an hour"
        elif word.dep_ == "prep" and word.lower_ == "per":
            units |= {g.lemma_.lower() for g in word.children if g.dep_ == "pobj"}  # "$18 per hour"
        elif word.dep_ == "advmod":
            units.add(word.lower_)  # "annually"
    if units & WAGE_UNITS:
        return True
    payer = subject_of(verb)
    payer = antecedent(payer, verb) if payer is not None else verb.head if verb.dep_ == "acl" else None
    return bool(units & PAY_RATE_UNITS) and payer is not None and payer.lemma_.lower() in JOB_NOUNS


def is_candidate(subject: Optional[Token]) -> bool:
    """Someone who may run: a person, or a one-word name the model may read as an organisation
    ("Vasquez"); not a company's name, a country or a people ("China is seeking a seat")."""
    if subject is None:
        return False
    ent = entity_of(subject)
    company = ent is not None and ent.label_ == "ORG" and (len(ent) > 1 or any(
        t.lower_ in ORGANISATION_NAME_WORDS for t in ent))
    return is_a_person(subject) or (subject.pos_ == "PROPN" and subject.ent_type_ != "NORP"
                                    and not is_country(subject.text) and not company)


def is_body(subject: Token, orgs: dict[int, str]) -> bool:
    """An organisation that investigates or legislates, by its initials or its name: "the F.B.I.", "the
    Justice Department", "the Senate"; not "The New York Times" or "Volkswagen"."""
    name = orgs.get(subject.i)
    return name is not None and (is_acronym(name) or any(w in BODY_WORDS for w in name.lower().split()))


def its_own(verb: Token) -> bool:
    """Whether the verb's object is the subject's own: "the company is reviewing [its] options"."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
               for c in verb.children)


def protesting(verb: Token) -> bool:
    """Marching or rallying by protesters, or by people against something: "thousands rallied against
    the pipeline"; not "the dollar rallied against the yen" nor "students demonstrated their robots"."""
    subject = subject_of(verb)
    if subject is None or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if subject.lemma_.lower() in PROTESTERS:
        return True
    people = is_a_person(subject) or subject.ent_type_ in ("NORP", "ORG") or (
        subject.tag_ == "NNS" and any(c.lower_ in PROTESTERS for c in subject.children))
    return people and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


def coordinated_subject(noun: Token) -> Optional[Token]:
    """The subject "their" in front of a noun stands for when that is the people its clause joins
    with "and": "[Clinton] and Trump sparred in their first debate". None for any other, nor when the verb
    acts on people "their" may be ("criticized Republicans for their attacks")."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or not subject.conjuncts or not all(acts(t) for t in (subject, *subject.conjuncts)):
        return None
    return None if any(c.dep_ in ("dobj", "dative") and acts(c) for c in verb.children) else subject


def antecedent(word: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for in `verb`'s relative clause ("the emails, [which] were
    stolen" is the emails); any other word is itself."""
    return verb.head if word.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else word


def thing_meant(it: Token, nouns: set[str]) -> Optional[Token]:
    """The noun "it" stands for: the nearest before it, in its sentence or the one before, that is one of
    `nouns` and alone of its number ("the bill" in "The Senate passed the bill. The governor vetoed [it]")."""
    doc = it.doc
    start = doc[it.sent.start - 1].sent.start if it.sent.start > 0 else it.sent.start
    return next((t for t in reversed(doc[start:it.i]) if t.pos_ == "NOUN" and t.tag_ == "NN"
                 and (t.lower_ in nouns or t.lemma_.lower() in nouns)), None)


def is_a_person(token: Token) -> bool:
    """A person by the model's reading, a personal pronoun, a name the model read as nothing at all, a
    civilian role or kin ("the mayor", "the candidate", "his wife") or a noun a name is set beside; not an
    army, a storm or a company."""
    return is_person(token) or token.lower_ in ("he", "she", "i", "we", "you") or (
        token.pos_ == "PROPN" and not token.ent_type_) or token.lemma_.lower() in PERSON_WORDS or any(
        c.dep_ == "appos" and is_person(c) for c in token.children)  # "the owner of the firm, [Frank Duda],"


def attacked_in_words(verb: Token) -> bool:
    """An attack in words: a person attacking a person or what they say and do ("Romney attacked Trump",
    "attacking Dewhurst", "aides attacked her harshly"), ads or speeches attacking anything, a named person
    attacking with no object ("How hard will Clinton attack?"); with no talk of violence in the sentence, but
    for a named person attacking a named person. Else an attack in arms."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subject = subject_of(verb)
    if subject is not None and subject.dep_ != "nsubjpass" and subject.lemma_.lower() in ATTACKING_MEDIA:
        return True  # "ads attacking Trump", "his stump speeches attacking free trade"
    by_a_person = subject is not None and subject.dep_ != "nsubjpass" and is_a_person(subject)
    if by_a_person and any(c.ent_type_ == "PERSON" or c.lemma_.lower() in WORDS_ATTACKED or (not is_a_person(c) and any(
            # what is a person's, not someone close to them: "[Mr. Clinton's] personal life", not "his wife"
            g.dep_ == "poss" and (g.ent_type_ == "PERSON" or g.lower_ in ("his", "her")) for g in c.children))
            for c in objects):
        return True
    if any(t.lemma_.lower() in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS for t in verb.sent):
        return False
    if not objects:
        return by_a_person and subject.ent_type_ == "PERSON"
    return (subject is None or by_a_person) and any(
        is_a_person(c) or c.lower_ in ("him", "her") or (by_a_person and c.pos_ == "PROPN" and c.ent_type_ not in (
            "GPE", "LOC", "FAC", "NORP")) for c in objects)  # a name the model misreads: "attacking [Dewhurst]"


def applies_to_join(token: Token) -> bool:
    """An application (or "apply") to become a member: "applied to join NATO", "applied for membership",
    "never applied to West Point", "its membership application"; not "the tax applies to imports", "the
    rule was applied to many cases", "applications for asylum"."""
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "acl") and (c.lemma_.lower() == "join" or c.lemma_.lower() == "become" and any(
            g.lemma_.lower() == "member" for g in c.children)) for c in children):
        return True  # "applied to join NATO", "an application to become a member of the bloc"
    if any(c.dep_ == "compound" and (c.lower_ in MEMBERSHIP_WORDS or c.ent_type_ == "ORG") for c in children):
        return True  # "a membership application", "Finland's NATO application"
    for c in children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in MEMBERSHIP_WORDS for g in c.children):
            return True
    if token.pos_ == "VERB":
        subject = subject_of(token)
        if subject is None or subject.dep_ == "nsubjpass" or not (
                is_a_person(subject) or subject.ent_type_ in ("GPE", "ORG", "NORP")):
            return False  # a thing applies to something: "the tax applies to imports"
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE", "FAC") or g.lemma_.lower() in
                              JOINED_BODIES) for g in c.children) for c in children)


def said_by_a_person(verb: Token) -> bool:
    """The verb's subject is a person (not an army, a storm or a company), and it is not passive."""
    subject = subject_of(verb)
    return subject is not None and subject.dep_ != "nsubjpass" and is_a_person(subject)


def names_an_election(noun: Token) -> bool:
    """A noun that is an election's own trigger ("primary", "caucus", "race"), not a vote taken."""
    return NOUN_TRIGGERS.get(noun.lower_, NOUN_TRIGGERS.get(noun.lemma_.lower())) == "election"


def is_election(token: Token) -> bool:
    return token.lemma_.lower() in ELECTION_NOUNS or token.lower_ in ELECTION_NOUNS


def is_region_won(token: Token) -> bool:
    """A place one wins in an election: "Nevada", "the Granite State"; not a person named like a town."""
    return token.ent_type_ != "PERSON" and (token.ent_type_ in ("GPE", "LOC") or known_place(token))


def won_in_election(token: Token) -> bool:
    """A win or a loss in an election: of one or of a place ("swept the contests", "won Nevada"), or in one
    ("prevailed in Wisconsin's primary", "defeated Sanders in the primary"); with no object, in a place
    or a month ("won in Iowa", "if he wins in November")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects = [antecedent(c, token) for c in objects]  # "Rhode Island, [which] Sanders won"
    lemma = token.lemma_.lower()
    # and what a share of them is of: "won most [of the delegates]"
    won = objects + [g for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
    if any(is_election(c) or c.lower_ in PRIZES_OF_ELECTIONS or (lemma in PLACE_WIN_VERBS and is_region_won(c))
           for c in won):
        return True
    if not objects and lemma in BARE_WIN_VERBS and not any(
            c.dep_ in ("prep", "ccomp", "xcomp") and c.lower_ not in MARGINS_AND_RIVALS for c in token.children):
        return True  # a candidate who wins or loses, by a margin or over a rival
    if lemma in RIVAL_WIN_VERBS and token.tag_ != "VBG" and any(c.ent_type_ == "PERSON" for c in objects) and any(
            c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
        # a candidate who beat a rival by a margin: "beat Clinton by a wide margin"; not a standing in
        # the polls ("we are defeating Trump by very significant numbers")
        return True
    # "in" hung from the verb, or from its object: "defeated [Sanders] in Delaware's primary"
    heads = [token] + [c for c in objects if is_person(c)]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and (is_election(g) or not objects and (is_region_won(g) or g.ent_type_ == "DATE"))
        for g in c.children) for head in heads for c in head.children)


def rival_beaten(anchor: Token, child: Token) -> Optional[Token]:
    """The person an election's winner beat, a dependent of its word: the object of "defeated", "beat" or
    "whipped" ("defeated [Sanders] in the primary"), or after "over" ("won Indiana over [Cruz]", "her victory
    over [Sanders]"), or of a participle of those after it ("won the primary, defeating [Voss]")."""
    if child.dep_ == "dobj" and anchor.lemma_.lower() in RIVAL_WIN_VERBS and is_person(child):
        return child
    if child.dep_ == "prep" and child.lower_ == "over":
        return next((g for g in child.children if g.dep_ == "pobj" and is_person(g)), None)
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in RIVAL_WIN_VERBS:
        # "won the primary, [defeating] Kari Voss"
        return next((g for g in child.children if g.dep_ == "dobj" and is_person(g)), None)
    return None


def won_election(noun: Token) -> bool:
    """A person's win in an election or in a place ("her victory in Iowa"), or with nothing to say it
    was a win of another kind ("Trump's victory", not "his victory in the lawsuit" nor "on trade"), or an
    election's ("a primary victory", "the Iowa caucus winner")."""
    places = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
              if g.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "compound"]
    if any(is_election(g) for g in places):
        return True
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (is_a_person(owner) or owner.lower_ in ("his", "her") or (
            owner.tag_ == "NNP" and owner.ent_type_ not in ("GPE", "NORP", "LOC"))):  # "Trump" read as an ORG
        return False
    elsewhere = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
                 for g in c.children if g.dep_ == "pobj"]
    return any(is_region_won(g) for g in places) or not elsewhere


def spoken_attack(noun: Token) -> bool:
    """An attack in words: a political or personal one, a line of attack, or a person's on a person or on
    what they say and do ("Clinton's attacks on Trump", not "Roof's attack on the church")."""
    if any(c.lower_ in WORDS_OF_ATTACK for c in noun.children) or (
            noun.head.lower_ == "of" and noun.head.head.lower_ in WORDS_OF_ATTACK):
        return True
    aimed_at = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                if g.dep_ == "pobj"]
    made_by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
               if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in WORDS_ATTACKED for g in aimed_at) or any(is_person(g) for g in made_by):
        return True  # "attacks on her campaign", "under withering attack from Trump"
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in noun.children) and any(
        g.ent_type_ == "PERSON" for g in aimed_at)


def attack_in_words(noun: Token) -> bool:
    """An attack in words, which political news calls attacks too ("his attacks have not been effective",
    "Hillary can handle these attacks"): a person is in its sentence (a name, "he" or "his", or a word for
    a person such as "the governor") and nothing puts it in arms (named_in_arms), nor is it "the attack"
    in an article that tells of one in arms elsewhere ("in the months leading up to the attack", then
    "the Benghazi attack on Sept. 11, 2012")."""
    if spoken_attack(noun):
        return True
    if named_in_arms(noun) or not any(t.ent_type_ == "PERSON" or t.lower_ in PERSONAL or t.lower_ in PERSON_WORDS
                                      for t in noun.sent):
        return False
    the_attack = any(c.lower_ == "the" for c in noun.children) and not any(c.dep_ == "poss" for c in noun.children)
    return not (the_attack and any(t.lemma_.lower() == "attack" and t.pos_ == "NOUN" and named_in_arms(t)
                                   and not spoken_attack(t) for t in noun.doc))


def named_in_arms(noun: Token) -> bool:
    """An attack its sentence speaks of violence around ("the terrorist attacks", "the gunman's attack"),
    its own words put in arms ("the ransomware attack", "the attack on its neighboring country"), or a
    place or a date names ("the Paris attacks", "the 2012 attack in Benghazi")."""
    if any(t.lemma_.lower() in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS for t in noun.sent):
        return True
    own = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "poss")]
    own += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
            for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in ARMS_WORDS or t.lower_ in ARMS_WORDS
               or t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT") for t in own)


def court_conviction(noun: Token) -> bool:
    """A conviction in court, not a belief: someone's ("his conviction", "the conviction of Ms. Tymoshenko"),
    for a crime ("a rape conviction", "a conviction for fraud") or what is done to one ("would appeal the
    conviction", "overturned his conviction"); someone's "convictions" alone are beliefs ("our convictions")."""
    return any((c.dep_ == "poss" and noun.tag_ == "NN") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "on"))
               or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in CRIMES | {"rape", "criminal", "felony"})
               for c in noun.children) or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
                   "appeal", "overturn", "uphold", "vacate", "reverse", "secure", "win", "obtain", "challenge"))


def labor_strike(noun: Token) -> bool:
    """A strike by workers: a word for them or their trade in front ("the dockworkers' strike", "a
    general strike", "the teachers' strike"), "on strike", one that lasts weeks ("a six-week strike"), or
    workers, a union or a walkout in its sentence ("The strike by dockworkers has idled the ports")."""
    if any(c.dep_ in ("poss", "compound", "amod") and c.lemma_.lower() in STRIKERS for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(c.dep_ == "det" for c in noun.children):
        return True  # "went on strike"
    if any(t.lemma_.lower() in DURATION_UNITS for c in noun.children if c.i < noun.i and c.dep_ in (
            "compound", "amod", "nmod") for t in c.subtree):
        return True  # one that lasts weeks: "a six-week strike"
    return not any(c.lower_ in ("air", "drone", "missile", "military") for c in noun.children) and any(
        t.lemma_.lower() in LABOR_WORDS for t in noun.sent)


def noun_type(token: Token) -> Optional[str]:
    """The event a noun names, where the words around it say it is one."""
    lemma, lower = token.lemma_.lower(), token.lower_
    key = lower if lower in NOUN_TRIGGERS else lemma
    if key not in NOUN_TRIGGERS or key == "charge":  # "in charge", "the charge that": only "charges" count
        return None
    vetoes = NOUN_VETOES.get(key, set())
    if any(c.lower_ in vetoes for c in token.children) or (
            token.dep_ == "compound" and ({token.head.lower_, token.head.lemma_.lower()} & vetoes
                                          or token.head.lower_ in NON_EVENT_HEADS)):
        return None
    if key == "strike" and labor_strike(token):
        return "protest"  # CAMEO 14 counts strikes: "the dockworkers' strike", "a general strike"
    qualifiers = NOUN_QUALIFIERS.get(key)
    if qualifiers and not qualified(token, qualifiers):
        return None
    if key == "release" and freed(token):
        return None  # "the release of Mr. Abedini", "won the release of their loved ones": freed, not published
    if key == "application" and not applies_to_join(token):
        return None  # "applications for visas", "the application of the law"
    if key == "ballot" and written_after(token, "down"):
        return None  # "down-ballot races"
    if key == "ballot" and token.dep_ == "pobj" and token.head.lower_ in ("on", "off", "up", "down") \
            and not any(c.dep_ in ("amod", "nummod", "compound", "poss") for c in token.children):
        return None  # a place on it: "Justice is on the ballot", "up and down the ballot"; "on the first ballot" is a vote
    if key == "vote" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in VOTE_SHARES:
        return None  # a share of it: "5 percent of the vote", "a majority of the votes"
    if key == "inquiry" and any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in MEDIA_ASKERS
                                for c in token.children):
        return None  # a question: "press inquiries", "the newspaper's inquiries about the emails"
    if key == "demonstration" and any(
            g.dep_ == "pcomp" or g.lemma_.lower() in SHOWN_QUALITIES
            for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return None  # a showing: "a demonstration of good faith", "a demonstration of why he lost"
    if lower == "agreement" and consensus(token):
        return None  # "there's broad agreement that action is needed", "far less agreement among them"
    if key == "conviction" and not court_conviction(token):
        return None  # a belief: "strength of conviction", "a conviction candidate"
    if key == "execution" and not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and is_a_person(g) for g in c.children)
            for c in token.children):
        return None  # "the execution of the plan", "Mr. Kim's execution"; not "the execution of a prominent cleric"
    if key == "killing" and token.dep_ == "dobj" and token.head.lemma_.lower() == "make":
        return None  # "makes a killing on mortgage-backed securities": a profit
    if NOUN_TRIGGERS[key] == "death" and crime_count(token):
        return None  # "had two murders in 2014", "violent crime, including murder, rape and robbery"
    if key == "attack" and attack_in_words(token):
        return "accusation"
    if key in WIN_NOUNS:
        return "election" if won_election(token) else None
    if key == "campaign" and not any(
            (c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her"))) or c.lower_ in OFFICE_RUNS
            for c in token.children):
        return None  # "a bombing campaign", "an advertising campaign", not "launched his campaign"
    if key == "threat" and not made_threat(token):
        return None  # a danger: "a serious threat to China", "the threat of terrorism"
    if key in ("aim", "shots") and not said_by_a_person(token.head):
        return None  # "the gunman took aim at the crowd"
    if key == "war" and any(c.dep_ == "prep" and c.lower_ in ("of", "on") and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "NORP", "ORG") for g in c.children)
            for c in token.children):
        return None  # "a war of words", "the war on poverty"; not "the war on ISIS"
    if NOUN_TRIGGERS[key] == "election" and token.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod", "poss") or c.ent_type_ in ("DATE", "GPE", "NORP") for c in token.children):
        return None  # elections in general: "how to win elections", "states with open primaries"
    if lower in PLURAL_ONLY_WITH and token.head.lemma_.lower() not in PLURAL_ONLY_WITH[lower] and not (
            lower == "votes" and any(c.dep_ == "nummod" for c in token.children)):
        return None
    if token.dep_ == "compound" and lemma in NO_COMPOUND and token.head.pos_ == "NOUN" \
            and token.head.lemma_.lower() not in NOUN_TRIGGERS:
        return None
    return NOUN_TRIGGERS[key]


def consensus(agreement: Token) -> bool:
    """Agreement as people thinking alike, not a deal: with no article, number or owner, among people
    ("less agreement among Republicans"), on a clause ("agreement that taxes work"), or there being some
    ("there is little agreement with that")."""
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in agreement.children):
        return False
    head = agreement.head
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in agreement.children) \
        or any(c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in agreement.children) \
        or (agreement.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children))


def hyphen_joined(token: Token) -> bool:
    """A word written joined to the one before it by a hyphen: "job-killing"."""
    return token.i >= 2 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_ \
        and not token.doc[token.i - 1].whitespace_


def written_after(token: Token, word: str) -> bool:
    """The word right before the token, or before a hyphen joining them: "down ballot", "down-ballot"."""
    before = token.doc[token.i - 2:token.i] if token.i >= 2 else token.doc[:token.i]
    return bool(len(before)) and (before[-1].lower_ == word or (
        len(before) == 2 and before[-1].text == "-" and before[0].lower_ == word))


def made_threat(noun: Token) -> bool:
    """A threat someone made, not a danger: someone's ("his threat", "China's threats"), by someone
    ("threats by Iran"), to do something ("a threat to sue"), against someone ("threats against
    her"), of a kind only people make ("death threats", "a bomb threat", "veto threats"), or made, issued
    or carried out by someone ("made threats"; not "the storm renewed the threat of flooding")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in THREAT_MAKING_VERBS \
            and (noun.dep_ == "nsubjpass" or by_someone(noun.head)):
        return True
    for c in noun.children:
        if c.dep_ == "poss" and (acts(c) or c.lower_ in ("its", "their")):
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and g.ent_type_ in PARTICIPANT_LABELS for g in c.children):
            return True  # "threats by Iran"; "the threat from the Islamic State" is a danger
        if c.lower_ == "against" or c.lower_ in THREATS_MADE:
            return True
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                  for a in c.children):
            return True  # "a threat to sue"
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.lower_ == "against" for g in c.children):
            return True  # "threats made against the mayor"
    return False


def trigger_type(token: Token, orgs: Optional[dict[int, str]] = None) -> Optional[str]:
    """The event a word names where it stands; `orgs` as article_organisations gives them."""
    if in_name(token) or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return None  # "[Election] Day"
    if token.lemma_.lower() in KILLING_WORDS and hyphen_joined(token) and token.dep_ in ("amod", "compound") \
            and token.head.i > token.i:
        return None  # a kind of thing: "job-[killing] TPP", "you-[murdered]-Vince-Foster opposition"
    if token.pos_ == "VERB":
        kind = verb_type(token, orgs or {})
        if kind == "appointment" and token.tag_ == "VBG" and token.dep_ in ("amod", "compound") \
                and token.head.i > token.i and not is_a_person(token.head):  # "nominating [Trump]" misparsed
            return None  # a kind of thing, not someone named: "the [nominating] contests", "the [hiring] process"
        return kind
    if token.pos_ in ("NOUN", "PROPN"):
        return noun_type(token)
    return None


def agent_after_by(noun: Token) -> Optional[Token]:
    """Who does what a noun names, after "by": "an investigation [by the FBI]", "the attack [by Russian
    forces]"; someone who can act, not "a victory by [10 points]"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj" and any(can_act(t) for t in g.subtree)), None)
    return None


def agreed_between(verb: Token) -> bool:
    """Two sides that agree to do something: "Iran and Saudi Arabia [agreed] to restore relations", "Russia
    [agreed] with Turkey to extend the ceasefire"; not one side's consent ("Trump agreed to appear") nor a
    view shared ("agreed with Sanders that the system is rigged", "agree with him on everything")."""
    subject = subject_of(verb)
    sides = (subject is not None and any(can_act(c) for c in subject.conjuncts)) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and can_act(g) for g in c.children)
        for c in verb.children)
    return sides and any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)


def ruled_on(verb: Token) -> bool:
    """A law a court blocks, upholds or overturns, a ruling: "the appeals court [blocked] the law", "the
    decision, which [struck] down limits"; upholding and striking down are only courts' doing."""
    return verb.lemma_.lower() in COURT_VERBS or is_court(subject_of(verb))


def giver_after(noun: Token, verb: Token) -> Optional[Token]:
    """Whose event a noun received is, after "of" or "from": "the endorsement [of the union]", "received a
    donation from [Adelson]"."""
    return next((g for c in [*noun.children, *verb.children] if c.dep_ == "prep"
                 and (c.lower_ == "from" or c.lower_ == "of" and c.head == noun)
                 for g in c.children if g.dep_ == "pobj" and can_act(g)), None)


def governing_verb(noun: Token) -> Optional[Token]:
    """The light verb whose object the trigger noun is: "held [talks]", "[opened] an investigation"; or
    the verb of receiving a guest that the meeting is the purpose of: "[hosted] Lavrov for talks"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in LIGHT_VERBS \
            and not any(c.dep_ in ("oprd", "xcomp") for c in head.children):
        return head  # not when the verb says what the event was: "called [the vote] a turning point"
    if noun.lemma_.lower() == "trial" and ((noun.dep_ == "dobj" and head.lemma_.lower() == "stand") or (
            noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "put"))):
        return head if noun.dep_ == "dobj" else head.head  # "is scheduled to [go] on trial in December"
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in HOSTING_VERBS \
            and noun_type(noun) == "meeting":
        return head.head
    return None


def negated(verb: Token) -> bool:
    """ "did not meet", "never met", and "[no] prosecutor would bring charges", "[nobody] voted"."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.lower_ in ("never",) for c in verb.children if c.dep_ in ("neg", "advmod")) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "nothing") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def status_of(verb: Token) -> str:
    """happened, ongoing, planned, expected, denied or negated, from the verb's negation, modality and tense
    and what governs it: "did not meet" is negated, "denied meeting" denied, "could meet" expected."""
    auxiliaries = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ in ("aux", "auxpass")}  # "she’ll"
    if negated(verb):
        return "negated"
    if auxiliaries & FUTURE_AUXILIARIES:
        return "planned"
    if auxiliaries & MODAL_AUXILIARIES or any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return "expected"
    head = verb
    infinitive = "to" in auxiliaries
    while (head.dep_ in ("xcomp", "ccomp", "acomp", "pcomp") or (infinitive and head.dep_ in ("advcl", "acl"))) \
            and head.head.i != head.i:
        if head.dep_ == "pcomp" and head.head.lower_ not in ("of", "about"):
            # a gerund after "before" or "after" is still to come when its clause is: "will meet them
            # before [flying] to Lima"
            clause = {c.lower_.replace("’", "'") for c in head.head.head.children if c.dep_ == "aux"}
            if head.tag_ == "VBG" and clause & FUTURE_AUXILIARIES:
                return "planned"
            if head.tag_ == "VBG" and clause & MODAL_AUXILIARIES:
                return "expected"
            break
        relation = head.dep_
        head = head.head
        if head.dep_ == "prep":
            head = head.head
        status = PLANNING_HEADS.get(head.lemma_.lower()) or PLANNING_HEADS.get(head.lower_)  # "going" to
        if head.lemma_.lower() == "have" and head.tag_ == "VBD":
            return "happened"  # "had to resign" did; "has to resign" may
        if status:
            if negated(head) and status != "denied":
                return "negated" if status == "planned" else status
            return status
        if any(c.lower_ in FUTURE_AUXILIARIES for c in head.children if c.dep_ == "aux"):
            return "planned"
        if any(c.lower_ in MODAL_AUXILIARIES for c in head.children if c.dep_ == "aux"):
            return "expected"
        if negated(head) and relation == "xcomp":
            return "negated"  # "did not plan to meet"; "did not say why it reopened" says nothing of the event
    if verb.tag_ == "VB" and infinitive and verb.dep_ == "ROOT":
        return "planned"  # headline style: "Putin to meet Raisi"
    if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children if c.dep_ == "aux"):
        return "ongoing"
    return "happened"


def asked_by(noun: Token) -> Optional[Token]:
    """The verb that asks for the noun's event: "[demanded] an investigation", "[called] for an inquiry";
    not "called the investigation a witch hunt"."""
    asked_for = noun.dep_ == "pobj" and noun.head.lower_ == "for"
    verb = noun.head.head if asked_for else noun.head
    if (asked_for or noun.dep_ == "dobj") and verb.lemma_.lower() in DEMANDING_VERBS and (
            asked_for or verb.lemma_.lower() not in ASKING_FOR_ONLY):
        return verb
    return None


def talked_over(noun: Token) -> bool:
    """A deal that a verb of talking it over acts on, not yet made: "discussed [a gas deal]"; what
    happened and is talked over is still what happened ("discussed the shooting")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in DISCUSSING_VERBS and (
        NOUN_TRIGGERS.get(noun.lower_, NOUN_TRIGGERS.get(noun.lemma_.lower())) == "agreement")


def noun_status(noun: Token) -> Optional[str]:
    """What the noun's own modifiers say: "the upcoming debate" is planned, and so is what the noun is
    said to be: "the investigation [is ongoing]", and what is asked for or talked over: "demanded an
    investigation", "called for an inquiry", "discussed a gas deal", unless a relative clause says it
    took place; None when they say nothing."""
    # "a meeting with Trump, which took place": "which" says it is the meeting, wherever the parse hangs it
    told = next((c for c in noun.subtree if c.dep_ == "relcl" and (c.head.i == noun.i or any(
        g.lower_ == "which" for g in c.children)) and (c.lemma_.lower() in ("happen", "occur") or (
            c.lemma_.lower() == "take" and any(g.lower_ == "place" for g in c.children)))), None)
    if told is not None:
        return status_of(told)  # "requested a meeting, [which took place] this morning"
    asking = asked_by(noun)
    if asking is not None:
        return "negated" if negated(asking) else "expected"
    if talked_over(noun):
        return "expected"  # "discussed a gas deal": not yet made
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ == "up":
        return "planned"  # "is up for re-election in November"
    if noun.dep_ == "pobj" and noun.head.lower_ == "since":
        return "happened"  # "will take the stage after a run of good news since their Oct. 13 debate"
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return "negated"  # "left without a deal"
    if proposed(noun):
        return "planned"  # "a proposal for talks", "an offer of talks"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ("set", "schedule", "plan", "expect"):
        return PLANNING_HEADS[noun.head.lemma_.lower()]  # "the vote is scheduled for next week"
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not negated(noun.head) and not any(
            c.lower_ == "longer" for c in noun.head.subtree):  # "is no longer ongoing" says nothing of it
        said = [NOUN_STATUS.get(c.lower_) for c in noun.head.children if c.dep_ in ("acomp", "advmod")]
        if any(said):
            return next(s for s in said if s)
    for child in noun.children:
        status = NOUN_STATUS.get(child.lower_)
        if status:
            return status
        if child.dep_ == "det" and child.lower_ == "no":
            return "negated"
    return None


def entity_of(token: Token) -> Optional[Span]:
    return entity_at(token) if token.ent_type_ else None


def article_organisations(doc: Doc) -> dict[int, str]:
    """The organisation a phrase headed at token i stands for, by the article's own words: "F.B.I."
    and "Federal Bureau of Investigation" are the "FBI" the article also writes, and "the bureau"
    after "the Federal Bureau of Investigation" is that bureau."""
    orgs = [e for e in doc.ents if names_organisation(e)]
    written = {undotted(bare(e.text)) for e in orgs} | {undotted(t.text) for t in doc if t.is_upper and len(t) > 1}
    short = {}
    for e in orgs:
        name = bare(e.text)
        initials = acronym(name)
        short[name] = initials if initials and initials in written else undotted(name)
    found, last = {}, {}
    spellings = doc.user_data["organisation_spellings"] = {}
    for token in doc:
        ent = entity_of(token)
        if ent is not None and names_organisation(ent) and token.i == ent.root.i:
            name = short.get(bare(ent.text), undotted(bare(ent.text)))
            found[token.i] = name
            spellings.setdefault(name, set()).add(bare(ent.text))
            for word in bare(ent.text).lower().split():
                if word in HEAD_NOUNS:
                    last[word] = name
        elif not token.ent_type_ and token.lower_ in HEAD_NOUNS and token.lower_ in last and token.pos_ == "NOUN" \
                and any(c.lower_ == "the" for c in token.children) and not any(
                    c.dep_ in ("amod", "compound", "poss") for c in token.children):
            found[token.i] = last[token.lower_]  # "the bureau"
    for sent in doc.sents:
        named = None
        for token in sent:
            if token.i in found:
                named = found[token.i]
            elif token.lower_ in ("it", "its") and named is not None:
                found[token.i] = named  # "The bureau did not say why [it] reopened the probe"
    return found


def names_organisation(ent: Span) -> bool:
    """An organisation's name: the model's ORG, or initials it read as a place that no country or
    place goes by ("F.B.I.", which "it" may then stand for)."""
    return ent.label_ in ORG_LABELS or (ent.label_ == "GPE" and is_organisation_initials(bare(ent.text)))


def named_in(token: Token, start: int, end: int) -> list[Span]:
    """The entities that name the phrase headed by `token` (or a conjunct or apposition of it), not
    the ones that modify it: "the [Washington]-based chef" and "[Iranian] President" name nobody."""
    doc = token.doc
    heads = {token.i} | {c.i for c in token.conjuncts} | {c.i for c in token.children if c.dep_ == "appos"}
    found = []
    for e in entities_within(doc, start, end):
        if e.label_ not in PARTICIPANT_LABELS:
            continue
        if e.end < len(doc) and doc[e.end].dep_ == "case" and e.root.i not in heads:
            continue  # "Iran's" in "Iran's president" is not a participant; in "Russia's invasion" it is
        if e.root.head.dep_ == "prep" and e.root.head.lower_ in PLACE_PREPOSITIONS:
            continue  # "in Dushanbe"
        if e.label_ == "NORP" and e.root.dep_ in ("amod", "compound"):
            continue  # "Iranian President"
        if e.end < len(doc) and doc[e.end].text in ("-", "–") or e.root.head.lower_ in ("based", "born"):
            continue  # "the Washington-based chef"
        if e.root.i in heads or e.root.head.i in heads and e.root.dep_ in ("compound", "appos", "conj"):
            found.append(e)
    return found


def sides_of(token: Token) -> list[Token]:
    """The phrases coordinated with `token`, itself first: "[Raisi] and [Putin]"; where some of them can act,
    not a thing of someone's that a misparse joined to them: "[Before Putin's arrival], the NIOC and
    Gazprom signed" ("[Trump's hate] and [racism]" are all kept)."""
    phrases = [token, *token.conjuncts]
    if not any(map(can_act, phrases)):
        return phrases
    return [t for t in phrases
            if not (t.pos_ == "NOUN" and not can_act(t) and any(c.dep_ == "poss" for c in t.children))]


def participants_in(token: Token, role: str, orgs: Optional[dict[int, str]] = None,
                    alone: bool = False) -> list[Participant]:
    """The phrase headed by `token` as a participant, with the organisations and countries it names;
    `alone`, without the phrases coordinated with it ("[Raisi] and Putin"), which the caller takes apart.

    Which person the phrase names is settled later from the article's person
    mentions, which know more names than the model's entities do.
    """
    doc = token.doc
    # without a relative clause after the head: "[The real Mannix], who died in 1963,"; a participle stays, for
    # whom it names (unless set off by a comma, below): "an investigation into [contracts signed by Mayor Dana
    # Whitlock]"
    # nor a modifier after it that says when: "[a federal grand jury] on Wednesday indicted ..."
    # or a participle set off by a comma: "[Hillary Clinton], speaking in Daytona Beach, said"
    clause = next((c for c in token.children if c.i > token.i and (c.dep_ == "relcl" or (
        c.dep_ == "acl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","))), None)
    when = {t.i for c in token.children if c.i > token.i and says_when(c) for t in c.subtree}
    # and never a clause the parse joined to the phrase, nor the "and" before one: "defeating [Bolsonaro] in a
    # runoff and completing ..."
    conjuncts = [c for c in token.children if c.dep_ == "conj" and c.i > token.i]
    stray = not conjuncts or any(c.pos_ in ("VERB", "AUX") for c in conjuncts)
    joined = next((c for c in token.children if c.dep_ in ("cc", "conj") and c.i > token.i and (alone or stray)), None)
    cut = min([c.left_edge.i for c in (clause, joined) if c is not None], default=None)
    if cut is None and not when:
        start, end = subtree_range(token)
    else:
        start, end = token_range([t for t in token.subtree if (cut is None or t.i < cut)
                                  and t.i not in when and not t.is_space] or [token])
    text = text_of(doc)
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    orgs = orgs or {}
    entities = []
    spelt = doc.user_data.get("organisation_spellings", {})
    for e in named_in(token, start, end):
        name = orgs.get(e.root.i, e.text)
        entities.append((e.label_, name, tuple(sorted(spelt.get(name, set()) | {e.text}))))
    if not entities and token.i in orgs:
        entities.append(("ORG", orgs[token.i], tuple(sorted(spelt.get(orgs[token.i], ())))))  # "the bureau", "it"
    modifier_spans = [token_range(t.subtree) for t in doc[token.left_edge.i:token.right_edge.i + 1]
                 if start <= t.idx < end and t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN"]
    return [Participant(role, start, end, text[start:end], list(dict.fromkeys(entities)), token.lemma_.lower(),
                        modifier_spans)]


def arguments(anchor: Token, kind: str, exclude: set[int], orgs: Optional[dict[int, str]] = None
              ) -> tuple[list[Participant], Optional[TextSpan], Optional[TextSpan]]:
    """Counterparts and targets, place and date found among the anchor's dependents."""
    counterparts, place, when = [], None, None
    # whom a court sentences, convicts or acquits is its target
    other = "target" if kind in TARGETED or anchor.lemma_.lower() in COURT_STEPS else "counterpart"
    is_noun = anchor.pos_ in ("NOUN", "PROPN")
    for child in anchor.children:
        if child.i in exclude or (child.dep_ == "dobj" and (child.lower_, anchor.lemma_.lower()) in (
                ("fire", "open"), ("life", "take"))):
            continue  # and not the words for the event: "opened [fire]", "took his own [life]"
        if child.dep_ == "dobj" and kind in ("visit", "travel", "election") and (
                child.ent_type_ in PLACE_LABELS or known_place(child)) and (
                kind != "election" or is_region_won(child)):  # "defeated [Clinton]" is no place
            place = place_of(child)
        elif child.dep_ == "dobj" and kind == "donation" and (child.ent_type_ == "MONEY" or child.lemma_.lower() in (
                "money", "fee", "fund")):
            continue  # "paid [$25,000] to a group": what was given, not who took part
        elif kind == "election" and (rival := rival_beaten(anchor, child)) is not None:
            counterparts += participants_in(rival, "counterpart", orgs)  # "defeated [Sanders]", "won [over Cruz]"
        elif child.dep_ == "dobj" and (kind not in ("visit", "travel", "speech", "rally", "election", "vote")
                                       or kind == "visit" and is_person(child)):
            # a visit to a person: "visited [Clinton] at home"; each of those joined by "and"
            counterparts += [p for c in sides_of(child) for p in participants_in(c, other, orgs, alone=True)]
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to" and kind == "donation":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    counterparts += participants_in(obj, "target", orgs)  # "paid $25,000 [to a group]"
        elif child.dep_ == "prep" and (child.lower_ in COUNTERPART_PREPOSITIONS or (
                child.lower_ in TARGET_PREPOSITIONS and kind in TARGETED | {"vote", "hearing"}
                and kind in (TARGET_PREPOSITIONS[child.lower_] or {kind}) and (is_noun or child.lower_ != "of"))):
            role = "counterpart" if child.lower_ in ("with", "between") else other
            if child.lower_ == "of" and anchor.lemma_.lower() in LEAVING_NOUNS:
                role = "agent"  # "the resignation [of the committee's chair]": who resigned
            for obj in child.children:
                if obj.dep_ == "pobj" and not (obj.ent_type_ == "DATE"):
                    found = [p for c in sides_of(obj) for p in participants_in(c, role, orgs, alone=True)]
                    # "won states [with open primaries]" names no one: a phrase with no name of its own
                    # is a counterpart only of a two-sided event, or when it names people or an organisation
                    counterparts += [p for p in found if p.entities or kind in PAIRWISE or is_person(obj)
                                     or (role != "counterpart" and is_a_person(obj))  # "the death of [a cleric]"
                                     or (role == "counterpart"
                                         and (names_people(obj) or obj.lemma_.lower() in HEAD_NOUNS))
                                     or obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")
                                     or any(t.ent_type_ == "PERSON" for t in obj.subtree)]
    counterparts = unique(counterparts)
    for token in anchor.subtree:
        if token.i in exclude or token.i == anchor.i:
            continue
        depth, up, preposition = 0, token, None
        while up.i != anchor.i and depth <= MAX_ARGUMENT_DEPTH:
            if up.pos_ == "VERB" and up.i != token.i and not reduced_relative(up, anchor):
                depth = MAX_ARGUMENT_DEPTH + 1  # inside another clause
                break
            if preposition is None and up.dep_ == "prep":
                preposition = up.lower_  # the nearest: "before the July 4 recess", not "before a jury in 2013"
            up, depth = up.head, depth + 1
        bound = preposition in SEQUENCE_PREPOSITIONS
        if depth > MAX_ARGUMENT_DEPTH:
            continue
        # a date after "before" or "since" bounds the event, and is not its date: "before the July 4 recess"
        if when is None and not bound and token.ent_iob_ == "B" and is_date(entity_of(token)):
            when = date_span(entity_of(token))
        elif place is None and is_place(token) and attaches_to_event(token.head, anchor):
            place = place_of(token)
    return counterparts, place, when


def reduced_relative(verb: Token, anchor: Token) -> bool:
    """A participle that says when the noun's event came about: "a ruling [released] Thursday",
    "the accord signed in 2015"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i == anchor.i and anchor.pos_ == "NOUN"


def is_date(ent: Optional[Span]) -> bool:
    """A date entity, or a time entity that names its day: "Monday night", not "two hours" nor a span of
    time the event lasts ("for a year") or counted from another event ("a week after")."""
    if ent is not None and is_span_of_time(ent) and (
            ent.root.head.lower_ in ("for", "throughout", "to")  # "sentenced to 10 years"
            or (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("after", "before", "later", "earlier"))):
        return False  # "for a year"; "a week after the election" counts from another event, not from today
    if ent is not None and is_span_of_time(ent) and ent.root.dep_ in ("amod", "compound", "nmod") \
            and ent.root.head.pos_ == "NOUN":
        return False  # how long it lasts: "a [two-year] investigation", "a [10-day] trip"
    if ent is not None and (ent[-1].lower_ in ("long", "old") and len(ent) > 2 and ent[-2].text in ("-", "–") or (
            ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text in ("-", "–")
            and ent.doc[ent.end + 1].lower_ in ("long", "old"))):
        return False  # how long it lasts or has: "a [weeks]-long strike", "the [decades-old] law"
    if ent is not None and len(ent) == 1 and ent.root.is_digit and ent.root.dep_ == "appos" \
            and int(ent.root.text) < 130:
        return False  # an age: "Mr. Whitlock, [61], was convicted"
    return ent is not None and (ent.label_ == "DATE" or (
        ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS or t.lower_ in ("yesterday", "today", "tonight")
                                     for t in ent)))


def is_span_of_time(ent: Span) -> bool:
    """A count of days, weeks, months or years: "a year", "two weeks"; not "next week" or "the past year"."""
    return ent.root.lemma_.lower() in DURATION_UNITS and any(t.like_num or t.lower_ in ("a", "an") for t in ent) \
        and not any(t.lower_ in ("next", "last", "this", "coming", "past") for t in ent)


def date_span(ent: Span) -> TextSpan:
    """The entity, with the "in" that makes a span of time a date to come: "[in 10 days]"."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ == "in" and ent.root.head.i == before.i and any(
            t.like_num for t in ent) and ent.root.lemma_.lower() in DURATION_UNITS:
        return TextSpan(before.idx, ent.end_char, text_of(ent.doc)[before.idx:ent.end_char])
    return TextSpan(ent.start_char, ent.end_char, ent.text)


def attaches_to_event(prep: Token, anchor: Token) -> bool:
    """"talks in Oslo", "met Dahl in Oslo" and "during a visit to Oslo" say where the event was, and so do
    the audience and the venue: "addressed supporters in Philadelphia", "spoke at a conference in
    Florida"; "talks about wind farms in the North Sea" does not."""
    head = prep.head
    return head.i == anchor.i or head.pos_ != "NOUN" or head.lemma_.lower() in VISIT_WORDS or (
        head.dep_ == "dobj" and head.head.i == anchor.i) or (
        head.dep_ == "pobj" and head.head.lower_ in ("at", "before") and head.head.head.i == anchor.i)


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
    # a one-word name the model took for an organisation or a person: "in Dushanbe"; not initials, which
    # GeoNames may know as some village's other name ("at NBC")
    return len(entity_of(token) or token.doc[token.i:token.i + 1]) == 1 and not token.is_upper and (
        token.ent_type_ == "ORG" or known_place(token))


def known_place(token: Token) -> bool:
    """A name the gazetteer knows as a country or city, whatever the model took it for: "visited Vilnius"; not
    initials, which GeoNames may know as some village's other name ("CNN", "GOP"), nor a word of a person's
    name of several words in the article ("visited Hillary Clinton", then "visited Clinton"), nor a month
    ("convicted in [March]")."""
    return token.pos_ == "PROPN" and not token.is_upper and token.ent_type_ not in ("DATE", "TIME") \
        and token.text not in person_name_words(token.doc) and country_of(token.text) is not None


def person_name_words(doc: Doc) -> set[str]:
    """The words of the person names of several words the model tags in the article: "Hillary", "Clinton"."""
    words = doc.user_data.get("person_name_words")
    if words is None:
        words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
        doc.user_data["person_name_words"] = words
    return words


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


def by_destination(kind: str, token: Token, place: Optional[TextSpan]) -> str:
    """Travel to a country or a capital is a visit ("flew to Beijing", "a trip to Mexico", "visited Tehran"); to
    anywhere else, travel ("traveled to North Carolina", a campaign's "visited Wilmington")."""
    if kind not in ("visit", "travel"):
        return kind
    if place is None:
        return "travel" if token.pos_ == "VERB" and token.lemma_.lower() != "visit" else kind
    name = place.text.split(",")[0]
    if country_name(name) or is_country(name):
        return "visit"
    return "travel" if country_of(name) or is_region(name) else kind


def owner_place(noun: Token) -> Optional[TextSpan]:
    """The place a possessive or a name in front of an event names: "South Carolina's primary", "the Iowa
    caucus"; for an attack, also a city's name the model took for something else ("the Benghazi attack":
    untagged_city)."""
    for child in noun.children:
        if child.dep_ not in ("poss", "compound") or child.i > noun.i:
            continue
        if child.ent_type_ in ("GPE", "LOC") and (ent := entity_of(child)) is not None:
            name = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
            return TextSpan(ent.start_char, ent.start_char + len(name), name)
        if NOUN_TRIGGERS.get(noun.lemma_.lower()) == "attack" and untagged_city(child):
            return TextSpan(child.idx, child.idx + len(child), child.text)
    return None


def untagged_city(word: Token) -> bool:
    """A one-word name in front of a noun that the model tagged as an organisation or nothing, and that the
    gazetteer knows (known_place): "Benghazi". Not a name of several words ("Sandy Hook")."""
    return word.dep_ == "compound" and word.is_title and word.ent_type_ in ("", "ORG") \
        and len(entity_of(word) or [word]) == 1 and not any(c.dep_ == "compound" for c in word.children) \
        and known_place(word)


def office_named(token: Token) -> Optional[str]:
    """The national office a word names, or it and the word before it ("White House"); not a vice
    president's ("vice-presidential", "elected vice president"), nor one "of" something other than a
    country ("elected president of the bar association")."""
    if any(t.lower_ == "vice" for t in token.doc[max(token.i - 2, 0):token.i]) or any(
            c.dep_ == "prep" and c.lower_ == "of" and not any(g.ent_type_ == "GPE" for g in c.children)
            for c in token.children):
        return None
    if token.i > 0 and (office := ELECTED_OFFICES.get(f"{token.nbor(-1).lower_} {token.lower_}")):
        return office
    return ELECTED_OFFICES.get(token.lower_) or ELECTED_OFFICES.get(token.lemma_.lower())


def party_contest(noun: Token) -> bool:
    """A party's contest for its candidate: "the Democratic presidential primary", "the Republican contest"."""
    return noun.lemma_.lower() in PARTY_CONTEST_WORDS or any(
        c.lower_ in PARTY_CONTEST_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))


def election_office(trigger: Token) -> Optional[str]:
    """The national office an election is for (ELECTED_OFFICES): a word in front of the noun ("the
    [presidential] election"), what it is for ("the race for [president]"), what one is elected ("elected
    [president]") or wins ("won the [presidency]", "won the [White House]", "won the [presidential]
    election"); none for a party's contest (party_contest), nor from a name ("beat [Senator] Clinton")."""
    if party_contest(trigger):
        return None
    words = []
    for child in trigger.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < trigger.i:
            words.append(child)
        elif child.dep_ in ("oprd", "attr", "xcomp", "dobj", "npadvmod") and child.pos_ != "PROPN" \
                and child.ent_type_ != "PERSON":
            if party_contest(child):
                return None
            words += [child] + [c for c in child.children if c.dep_ in ("amod", "compound") and c.i < child.i]
        elif child.dep_ == "prep" and child.lower_ in ("for", "to", "as"):
            words += [c for c in child.children if c.dep_ == "pobj"]
    return next((office for word in words if (office := office_named(word))), None)


def place_country(name: str) -> Optional[str]:
    """The country a place name is in or stands for: "U.S.", "Iowa", "Tehran"."""
    return country_name(name) or ("United States" if is_region(name) else None) or country_of(name)


def people_country(name: str) -> Optional[str]:
    """The country a people's adjective names, where it is the country's name with an ending: "American",
    "Kenyan", "Austrian", "Ghanaian", "Iranian"; None for the others ("French")."""
    return next((country for cut in (1, 2, 3) if len(name) > cut + 2 and (country := country_name(name[:-cut]))),
                None)


def article_country(doc: Doc) -> Optional[str]:
    """The country the article names most often, through its places: the one its story is set in."""
    counts = Counter(country for ent in doc.ents if ent.label_ == "GPE" for country in [place_country(ent.text)]
                     if country)
    return counts.most_common(1)[0][0] if counts else None


def office_country_of(trigger: Token, place: Optional[TextSpan], participants: list[Participant],
                      doc_country: Optional[str]) -> Optional[str]:
    """The country whose office an election is for: its place's ("elected in Austria"), a country's taking
    part ("Austria held its presidential election"), a name's in front of it ("the [U.S.] presidential
    election", "[France's] election", "the [Kenyan] presidential election"), else the article's
    (article_country). None when a people's adjective names a country people_country does not know ("the
    French presidential election")."""
    if place is not None and (country := place_country(place.text)):
        return country
    for label, name, _ in (entity for p in participants for entity in p.entities):
        if label == "GPE" and (country := country_name(name)):
            return country
    for child in trigger.children:
        if child.dep_ in ("compound", "poss", "nmod", "amod") and child.ent_type_ in ("GPE", "NORP") \
                and child.i < trigger.i:
            name = (entity_of(child) or child).text
            name = name[:-2] if name.endswith(("'s", "’s")) else name
            return place_country(name) if child.ent_type_ == "GPE" else people_country(name)
    return doc_country


def owner_date(noun: Token) -> Optional[TextSpan]:
    """The date a possessive in front of a noun names: "[Monday night's] caucus"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            ent = entity_of(child)
            if ent is not None:
                text = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
                return TextSpan(ent.start_char, ent.start_char + len(text), text)
    return None


def several(token: Token) -> bool:
    """A noun that counts several happenings: "[32] visits", "two debates", "the primaries"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS") or token.lower_ in (
            "talks", "sanctions", "charges", "remarks"):
        return any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") and c.ent_type_ in ("CARDINAL", "")
                   and (c.like_num or c.pos_ == "NUM") for c in token.children)
    return True


def renewed(token: Token, verb: Optional[Token], kind: str) -> bool:
    """The reopening of an event rather than the event: "reopened the investigation", "a renewed probe", "a new
    investigation"; "new sanctions" are sanctions."""
    words = {c.lemma_.lower() for c in token.children} | ({verb.lemma_.lower()} if verb is not None else set())
    if kind != "investigation":
        words.discard("new")
    # a headline's verb the model read as part of a name: "F.B.I. [Reopens] Inquiry"
    words |= {c.lower_ for c in token.children if c.dep_ == "compound" and c.is_title}
    return bool(words & (RENEWING_VERBS | {"renewed", "reopened", "new"})) or any(
        word.startswith(tuple(RENEWING_VERBS)) for word in words)


def crime_count(noun: Token) -> bool:
    """Deaths counted as figures or named as a kind of crime, not a happening: "[80] murders", "instances of
    violent crime, including murder, rape and robbery"; "the murders [of] three activists" are one."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if noun.tag_ == "NNS":
        return any(c.dep_ == "nummod" for c in noun.children)
    return not any(c.dep_ in ("det", "poss") for c in noun.children) and (
        noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children))


def timetable_present(verb: Token, when: Optional[TextSpan]) -> bool:
    """The present of a timetable, with a weekday or a day of a month after it in its own clause: "Wyoming,
    which [holds] a caucus on Saturday", the coming Saturday, "the board [meets] June 16"; not a date before
    it ("The November 23 lawsuit [alleges]", "Aug. 3 — Clinton [meets] Sanders"), not a headline's present
    ("Obama Signs Bill on Friday"), nor a date of another clause ("Trump, who leads the race, met Cruz on
    Friday")."""
    if verb.tag_ not in ("VBZ", "VBP") or when is None or when.start < verb.idx or not (
            when.text.lower() in WEEKDAYS or is_day_of_month(when.text)):
        return False
    start, end = subtree_range(verb)
    return start <= when.start and when.end <= end and "\n" in text_of(verb.doc)[:verb.idx]


def is_passive(verb: Token) -> bool:
    """A passive verb, or a participle joined to one with no subject of its own: "Brown was shot and
    [killed]"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def extract_events(doc: Doc) -> list[EventCandidate]:
    """Every event the article reports, one per trigger (and per counterpart of a two-sided event)."""
    events = []
    orgs = article_organisations(doc)
    doc_country = article_country(doc)
    for token in doc:
        kind = trigger_type(token, orgs)
        if kind is None:
            continue
        if token.pos_ == "VERB":
            verb, anchors = token, [token]
        else:
            verb = governing_verb(token)
            anchors = [token] + ([verb] if verb is not None else [])
        agents, rivals, contest = [], [], None
        passive = verb is not None and is_passive(verb)
        subject = subject_of(verb, passive_subject=True) if verb is not None and token.dep_ != "nsubjpass" else None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        receiver, giver = None, None
        if verb is not None and verb is not token and verb.lemma_.lower() in RECEIVING_VERBS \
                and kind in GIVEN_EVENTS and (giver := owner or giver_after(token, verb)) is not None:
            # "the president accepted [his] resignation", "received the endorsement of [the union]": the
            # event is the giver's; whoever receives an endorsement or an attack is its target
            receiver, subject = (subject if kind in RECEIVED_AS_TARGET else None), giver
        if verb is None:
            if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
                owner = None  # "Monday's caucus": a date, found below
            elif owner is not None and owner.lower_ == "their":
                owner = coordinated_subject(token)  # "Clinton and Trump sparred in their debate": both
            elif owner is not None and owner.ent_type_ in ("GPE", "LOC") and kind in PLACED_BY_OWNER:
                owner = None  # "South Carolina's primary": a place, found below
            elif owner is not None and names_an_election(token) and owner.lemma_.lower() in RACED_OFFICES:
                owner = None  # "the 2022 governor's race": the office run for, not who ran
            participle = next((c for c in token.children if reduced_relative(c, token)), None)
            by = agent_after_by(token)
            if owner is None and kind in LED_BY_ORGANISATIONS:  # "the F.B.I. investigation", not "the Enron hearing"
                owner = next((c for c in token.children if c.dep_ == "compound" and is_body(c, orgs)), None)
            if owner is not None:
                subject = owner  # "Putin's meeting with Khamenei"
            elif by is not None:
                subject = by  # "an investigation by the FBI", "the attack by Russian forces"
            elif kind == "protest" and token.dep_ == "pobj" and token.head.lower_ == "on" \
                    and token.head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
                subject = subject_of(token.head.head)  # "teachers [went] on strike"
            elif participle is not None and any(c.dep_ == "agent" for c in participle.children):
                # "a lawsuit filed [by Sanders donors] against the committee"
                subject = subject_of(participle)
                anchors.append(participle)
            elif kind in SCENE_SUBJECTS and (scene := scene_verb(token, kind)) is not None and (
                    kind != "election" or (said_by_a_person(scene) and scene.lemma_.lower() not in NOT_COMPETING_VERBS)):
                # "During the meeting with Raisi, Putin said"; not "Russia interfered in the election"
                subject = subject_of(scene)
                if kind == "election" and scene.lemma_.lower() in FACING_VERBS:
                    # "will face Hale in the Nov. 5 election": the rival, and the time the clause gives it
                    contest = scene
                    rivals = [p for c in scene.children if c.dep_ == "dobj" and is_person(c)
                              for p in participants_in(c, "counterpart", orgs)]
        held_in, holder = None, None
        if subject is not None and verb is not None and verb is not token and kind in PLACED_BY_OWNER \
                and verb.lemma_.lower() in HOLDING_VERBS and holds_as_a_place(antecedent(subject, verb)):
            # "Missouri holds an open primary", "Wyoming, which holds a caucus": where, not who
            holder, subject = antecedent(subject, verb), None
            held_in = place_of(holder)
        agent_role = "agent"
        if subject is not None and passive and (kind in PASSIVE_TARGETS or verb.lemma_.lower() in COURT_STEPS) \
                and subject.dep_ != "pobj":
            agent_role = "target"  # "Comey was fired", "he was indicted"
        elif subject is not None and verb is None and subject.dep_ == "poss" and (
                kind in ("arrest", "death", "charge") or token.lemma_.lower() in DEFENDANTS_OWN):
            agent_role = "target"  # "Smith's arrest", "his death", "his indictment", "his trial"
        elif subject is not None and verb is token and kind == "death" and token.lemma_.lower() in (
                "die", "drown", "take"):
            agent_role = "target"  # whoever dies is the death's victim: "Beau Biden, who died of cancer"
        elif subject is not None and giver is None and verb is not None and verb.lemma_.lower() == "face" \
                and kind in FACED:
            agent_role = "target"  # "she faces fraud charges", "faced criticism"
        if subject is not None and verb is not None:
            subject = antecedent(subject, verb)  # "the chef, [who] donated"
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            agents = unique([p for c in sides_of(subject) for p in participants_in(c, agent_role, orgs, alone=True)])
        exclude = {subject.i} if subject is not None else set()
        if receiver is not None:
            agents += [p for p in participants_in(receiver, "target", orgs)
                       if not any(p.start == q.start for q in agents)]
            exclude.add(receiver.i)
        if passive and kind in PASSIVE_TARGETS and agent_role == "agent":
            done_to = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if done_to is not None and done_to.i != token.i and (subject is None or done_to.i != subject.i):
                exclude.add(done_to.i)
                agents += participants_in(antecedent(done_to, verb), "target", orgs)  # "Comey was fired [by Trump]"
        counterparts, place, when = [], None, None
        for anchor in anchors:
            more, where, date_ = arguments(anchor, kind, exclude | {token.i} if anchor is not token else exclude, orgs)
            counterparts += [p for p in more if not any(p.start == q.start for q in counterparts + agents)]
            place, when = place or where, when or date_
        if held_in is not None and place is not None and place.text != held_in.text:
            # held somewhere it names: the holder organised it, "Russia held a referendum in Crimea"
            agents = unique(agents + participants_in(holder, "agent", orgs))
        place = place or held_in
        if kind in PAIRWISE and verb is None and not counterparts and (scene := scene_verb(token)) is not None \
                and scene.lemma_.lower() == "tell":
            # "told [The Huffington Post] in an interview": the one told is the other side
            counterparts += [p for c in scene.children if c.dep_ in ("dobj", "dative")
                             for p in participants_in(c, "counterpart", orgs)]
        counterparts += [p for p in rivals if not any(p.start == q.start for q in counterparts)]
        if kind in PAIRWISE and not counterparts and len(agents) > 1:
            counterparts = agents[1:]  # "Raisi and Putin met": each is the other's counterpart
            agents = agents[:1]
            for p in counterparts:
                p.role = "counterpart"
        elif kind in PAIRWISE and not agents and len(counterparts) > 1 and any(
                c.dep_ == "prep" and c.lower_ == "between" for anchor in anchors for c in anchor.children):
            agents, counterparts = counterparts[:1], counterparts[1:]  # "talks between Raisi and Putin"
            agents[0].role = "agent"
        if when is not None and when.text.strip().isdigit() and len(when.text.strip()) < 4:
            when = None  # "Putin, 70," is an age
        if place is None and kind in PLACED_BY_OWNER:
            place = owner_place(token)
        elif place is None and kind in PLACED_BY_CITY:
            place = next((found for found in [owner_place(token)] if found and not is_country(found.text)), None)
        if when is None and verb is None:
            when = owner_date(token) or scene_date(token, orgs)
        if when is None and kind not in TRIP_KINDS:  # a trip noun is the visit its clause reports: is_bare
            when = governing_date(anchors[-1])
        kind = by_destination(kind, token, place)
        tensed = verb is not None or noun_status(token) is not None or kind in SCENE_EVENTS or contest is not None
        if verb is not None and verb is not token and verb.lemma_.lower() in ("schedule", "plan") \
                and not negated(verb):
            status = "planned"  # "scheduled a vote", "the vote is scheduled for next week"
        elif verb is not None:
            status = status_of(verb)
            if status == "happened" and timetable_present(verb, when):
                status = "planned"
            if verb is not token and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
                status = "negated"  # "recommended that [no] charges be filed"
        else:
            status = noun_status(token) or (status_of(clause_verb(token)) if kind in SCENE_EVENTS
                                            else status_of(contest) if contest is not None else "happened")
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
        office = election_office(token) if kind == "election" else None
        office_country = office_country_of(token, place, agents + counterparts, doc_country) if office else None
        for group in groups:
            events.append(EventCandidate(
                event_type=kind, cameo_root=CAMEO_ROOTS[kind], status=status, start=start, end=end,
                trigger=TextSpan(token.idx, token.idx + len(token), token.text),
                participants=agents + group, place=place, date=when, ordinal=ordinal,
                several=several(token), renewed=renewed(token, verb, kind), tensed=tensed,
                office=office if office_country else None, office_country=office_country))
    date_from_the_sentence_before(doc, events)
    date_from_the_event_it_is_part_of(doc, events)
    return with_the_article_office(doc, events)


def date_from_the_event_it_is_part_of(doc: Doc, events: list[EventCandidate]) -> None:
    """Give an undated event named after a preposition of a dated event noun that noun's date: "victories
    in five Republican [primaries] Tuesday night", "a speech at the [rally] on Friday"."""
    by_trigger = {e.trigger.start: e for e in events}
    for event in events:
        if event.date is not None:
            continue
        token = doc.char_span(event.trigger.start, event.trigger.end)
        if token is None or token.root.dep_ != "pobj" or token.root.head.dep_ != "prep" \
                or token.root.head.lower_ not in ("in", "at", "during"):
            continue  # not "his first trip abroad since the invasion"
        noun = token.root.head.head
        holder = by_trigger.get(noun.idx) if noun.pos_ == "NOUN" else None  # a verb's date may be another time
        if holder is not None and holder.date is not None and holder.status == event.status:
            event.date = holder.date


def with_the_article_office(doc: Doc, events: list[EventCandidate]) -> list[EventCandidate]:
    """Give an election the article names as "the election" or "this election", with no place and no date to
    it and no one but its candidates, the office of the elections the article names an office for, when they
    are all for one ("the presidential election" ... "will sit out the election", "she's not going to do
    very well in the election"): a story about one election calls it that."""
    offices = {(e.office, e.office_country) for e in events if e.event_type == "election" and e.office}
    if len(offices) != 1:
        return events
    office, country = offices.pop()
    return [replace(e, office=office, office_country=country) if is_bare_election(doc, e) else e for e in events]


def is_bare_election(doc: Doc, event: EventCandidate) -> bool:
    """An election its report names by the noun alone, with a definite word: "the election", "this
    general election"; not "an election", "elections", "the midterm election", "the Senate election", nor one
    with a place or a date; and for "the election", with no one but people running in it ("Ohio's voters"),
    for "the race", "the contest" or "the primary", which may be one of the contests on the way to it
    ("remains in the race", "won the contest in Vermont"), with no one at all."""
    if event.event_type != "election" or event.office or event.place or event.date or event.several \
            or event.renewed or any(label != "PERSON" for p in event.participants for label, *_ in p.entities):
        return False
    trigger = doc.char_span(event.trigger.start, event.trigger.end)
    if trigger is None or trigger.root.pos_ != "NOUN" or (event.participants and trigger.root.lemma_ != "election"):
        return False
    words = list(trigger.root.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in words) and not any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "general" for c in words)  # "the midterm election"


# Reports in words, which news dates by the sentence before when it says the day there: "Cruz on
# Wednesday announced ... Both Cruz and Fiorina [criticized] Trump".
WORDS_REPORTED = {"accusation", "denial", "speech", "endorsement"}


def date_from_the_sentence_before(doc: Doc, events: list[EventCandidate]) -> None:
    """Give an undated report in words, told in the simple past, the date of the last event dated in
    the sentence just before it in its paragraph."""
    text = text_of(doc)
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sentence_of[t.idx] = (n, sent.start_char)
    dated: dict[int, TextSpan] = {}
    for event in events:
        n = sentence_of.get(event.trigger.start, (None, None))[0]
        if event.date is not None and n is not None:
            dated[n] = event.date
    for event in events:
        n, start = sentence_of.get(event.trigger.start, (None, None))
        trigger = doc.char_span(event.trigger.start, event.trigger.end)
        if event.date is not None or n is None or event.event_type not in WORDS_REPORTED \
                or trigger is None or trigger.root.tag_ != "VBD":  # the simple past: not "has denied"
            continue
        before = dated.get(n - 1)
        if before is not None and "\n" not in text[before.end:start]:
            event.date = before


def proposed(noun: Token) -> bool:
    """An event that a proposal, an offer or a call is for: "a proposal by Macron [for talks]", "an offer of
    [talks]", also where the parse hung "for" from the verb whose object the proposal is ("dismissed a
    proposal ... for talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return False
    holder = prep.head
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in PROPOSALS and (prep.lower_ == "for" or holder.lemma_.lower() == "offer")
    return prep.lower_ == "for" and holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PROPOSALS for c in holder.children)


def scene_verb(noun: Token, kind: Optional[str] = None) -> Optional[Token]:
    """The verb of the clause an event noun sets the scene of, through a preposition: "[During] the meeting,
    Putin [said]", "Clinton [defeated] Sanders [in] the primary" (also where the parse hung "in" from the
    object). Through any preposition for the types of SCENE_ANY_PREPOSITION, else only SCENE_PREPOSITIONS."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or proposed(noun):
        return None
    if prep.lower_ not in SCENE_PREPOSITIONS and kind not in SCENE_ANY_PREPOSITION:
        return None
    head = prep.head
    if head.dep_ == "dobj" and head.pos_ in ("PROPN", "PRON"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def scene_date(noun: Token, orgs: dict[int, str]) -> Optional[TextSpan]:
    """The date of the clause an event noun sets the scene of: "In a speech [Thursday], Obama said"."""
    verb = scene_verb(noun)
    return arguments(verb, "", {noun.i, noun.head.i}, orgs)[2] if verb is not None else None


def governing_date(anchor: Token) -> Optional[TextSpan]:
    """The date set on a clause the event belongs to: "[In December 2009], the two learned of a meeting",
    "[Last week], Smith confirmed that he had resigned", "won the first round of the election [Sunday]".
    Only a date said of that clause's verb itself, and not across "since", "after" and the like, which
    put the event at another time, nor from deep inside a phrase ("for talks on the possibility of
    linking payment systems")."""
    token, phrases = anchor, 0
    if anchor.pos_ in ("VERB", "AUX") and (when := simultaneous_date(anchor)) is not None:
        return when
    if proposed(anchor) or asked_by(anchor) is not None or talked_over(anchor):
        return None  # what is proposed, asked for or talked over is not at the time of the asking
    while token.head.i != token.i:
        head = token.head
        if sets_another_time(token) or reported_future(token) or own_time_relative(token) or reported_past(token):
            return None
        if head.pos_ in ("NOUN", "PROPN"):
            phrases += 1
            if phrases > MAX_PHRASE_LEVELS:
                return None
        elif head.pos_ in ("VERB", "AUX"):
            if token is not anchor and head.tag_ in ("VB", "VBG"):
                return None  # an infinitive or gerund: "to benefit from its experience in facing sanctions"
            if (token.dep_ == "dobj" or token.dep_ == "prep" and token.lower_ in ("against", "over")) \
                    and verb_type(head, {}) in REACTIONS:
                return None  # "criticized the Senate vote on Tuesday", "marched against the pact": it came before
            when = verb_date(head, token)
            if when is not None:
                return when
        token = head
    return None


def own_time_relative(clause: Token) -> bool:
    """A relative clause, which tells of its noun at its own time: "Thao, [who had threatened] to veto ...,
    said Wednesday", "a super PAC [that backed] Rubio ... filed Sunday"; not an infinitive ("the first
    woman [to win] the nomination on Tuesday") nor one of a time ("the year [that] a Latino is named")."""
    return clause.dep_ == "relcl" and not (clause.tag_ == "VB" and any(c.lower_ == "to" for c in clause.children)) \
        and clause.head.ent_type_ not in ("DATE", "TIME")


def sets_another_time(token: Token) -> bool:
    """Whether the word that `token` hangs from, or the word that leads `token`'s clause, puts it at
    another time than the clause above: "[since] the invasion", "[as] companies have blocked"."""
    head = token.head
    return head.dep_ == "prep" and head.lower_ in SEQUENCE_PREPOSITIONS or any(
        c.dep_ == "mark" and c.lower_ in SEQUENCE_PREPOSITIONS | {"as"} for c in token.children)


def reported_future(clause: Token) -> bool:
    """A clause reporting what is still to come, whose time is not that of the words reporting it:
    "announced on Sunday that she [would step] down"."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_.replace("’", "'") in FUTURE_AUXILIARIES
                                          for c in clause.children)


def reported_past(clause: Token) -> bool:
    """A clause reporting what had happened before the words reporting it: "Clinton [won] the primary,
    the AP declared on Thursday"."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ in SPEECH_VERBS and clause.tag_ == "VBD"


def verb_date(verb: Token, skip: Optional[Token]) -> Optional[TextSpan]:
    """A date said of the verb itself, among its dependents other than `skip`: "met [Tuesday]",
    "learned [in December 2009]"; else of a clause at the same time (simultaneous_date)."""
    for child in verb.children:
        if skip is not None and child.i == skip.i or at_the_same_time(child) or (
                child.dep_ == "prep" and child.lower_ in SEQUENCE_PREPOSITIONS):
            continue
        words = [child] + ([c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [])
        for word in words:
            ent = entity_of(word)
            if is_date(ent) and ent.root.i == word.i:
                return date_span(ent)
            day = word.nbor(-1) if word.i > 0 else None
            if day is not None and day.dep_ == "compound" and day.head.i == word.i and is_date(entity_of(day)):
                start, end = entity_of(day).start_char, word.idx + len(word)  # "[Tuesday night]"
                return TextSpan(start, end, text_of(word.doc)[start:end])
    return simultaneous_date(verb)


def at_the_same_time(clause: Token) -> bool:
    """A clause led by "while" or "when"."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS
                                          for c in clause.children)


def simultaneous_date(verb: Token) -> Optional[TextSpan]:
    """The date of a clause set at the same time as the verb's: "[While celebrating on Tuesday], Trump
    mocked", "Putin said so [when he visited Tehran on Tuesday]"."""
    clause = next((c for c in verb.children if at_the_same_time(c)), None)
    return verb_date(clause, None) if clause is not None else None


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
