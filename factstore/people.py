"""Extract people from a parsed article: pure functions over a spaCy Doc."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .facts import DescriptionCandidate, PersonCandidate, Role
from .lexicon import (BUILDING_NAME_WORDS, COURTESY_TITLES, MEDIA_NOUNS, NAME_PARTICLES, NAME_SUFFIXES,
                      OFFICE_TITLES, ORGANISATION_NAME_WORDS, PARTY_WORDS, PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS,
                      STAFF_NOUNS)
from .names import (FEMALE, INITIAL, MALE, TITLE_GENDER, given_name_genders, parse_name, surname_as_written,
                    surname_first)
from .paragraphs import is_title_case_line
from .parse import entities, entities_within, load_model, text_of
from .places import country_of
from .syntax import read_as_modal

MAX_ROLE_TOKENS = 12
# "the elder Marrick", "the younger Mr. Marrick": which of a father and his namesake son is meant.
GENERATION_WORDS = frozenset({"elder", "younger"})
NON_PERSON_LABELS = ("GPE", "NORP", "LOC", "ORG", "FAC")
# Labels the model gives people's names it does not know: "Carly Fiorina" (ORG), "Marco Rubio" (FAC).
MISLABELLED_PERSON_LABELS = ("ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART")
QUOTE_MARKS = "\"“”'‘’"
PEOPLE_WORDS = PERSON_NOUNS | ROLE_NOUNS
# Pronouns that, in a sentence about one named person, say something of that person's gender.
PRONOUN_GENDER = {"he": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE,
                  "herself": FEMALE}
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][A-Z][a-z]+")


def is_title(token: Token) -> bool:
    return token.lower_ in COURTESY_TITLES or token.lower_ in OFFICE_TITLES


def is_courtesy_title(token: Token) -> bool:
    """"Mr.", "Lady", "Sheikh": capitalised, as a title is; "first lady Laura Bush" has none."""
    return token.lower_ in COURTESY_TITLES and token.text[:1].isupper()


def looks_like_name_token(token: Token) -> bool:
    text = token.text
    if text.lower() in NAME_PARTICLES or text.lower() in NAME_SUFFIXES or APOSTROPHE_NAME.fullmatch(text):
        return True  # "O'Brien", "Brind'Amour", whatever part of speech the tagger guessed
    return (text[:1].isupper() and text.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
            and (token.pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ") or read_as_modal(token)))


def joins_name_parts(token: Token) -> bool:
    """The hyphen or apostrophe inside "Holtz-Eakin" or "Brind'Amour", which the tokenizer splits off."""
    doc = token.doc
    return (token.text in ("-", "‐", "'", "’") and not token.whitespace_ and 0 < token.i < len(doc) - 1
            and not doc[token.i - 1].whitespace_ and doc[token.i + 1].text[:1].isupper())


def is_suffix_stop(token: Token) -> bool:
    """The full stop of a suffix the tokenizer split off at the end of a sentence: "Sr" "." in "Byrd Sr., the"."""
    return token.text == "." and token.i > 0 and token.doc[token.i - 1].lower_ + "." in NAME_SUFFIXES


def non_person_words(doc: Doc) -> set[str]:
    """Words the model tags as places, nations or organisations and never as part of a person. A
    body named after a person keeps the person's words theirs: "Trayvon Martin" beside "The Trayvon
    Martin Foundation"."""
    others = [ent for ent in doc.ents if ent.label_ in NON_PERSON_LABELS]
    other = {t.text for ent in others for t in ent}
    person = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
              for t in (ent if any(f" {ent.text} " in f" {o.text} " for o in others) else ent[1:])}
    return other - person


def glued_word(doc: Doc, start: int, end: int) -> bool:
    """A word before a given name and a surname that is no given name itself: what the person is or does,
    glued to the name by the model ("[Defender] Tom Holtz-Brenner")."""
    if end - start < 3 or surname_first([t.text for t in doc[start:end]]):
        return False
    first, second = doc[start], doc[start + 1]
    return (first.is_alpha and first.lower_ not in given_name_genders() and first.lower_ not in NAME_PARTICLES
            and second.is_title and second.lower_ in given_name_genders())


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """The English adjectives the model's lemmatizer lists (its WordNet index)."""
    nlp = load_model()
    return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").get(nlp.vocab.strings["adj"], []))


def given_names_in_full(doc: Doc) -> set[str]:
    """The given names the article writes before a surname, in a name the model tagged as anything
    ("Hillary Clinton", or "Helena Marsh" tagged an organisation)."""
    found = doc.user_data.get("given_names_in_full")
    if found is None:
        found = doc.user_data["given_names_in_full"] = {
            ent[0].text for ent in entities(doc)[0] if len(ent) > 1 and ent[0].is_title and ent[1].is_title
            and ent[0].lower_ in given_name_genders()}
    return found


def epithet(doc: Doc, start: int, end: int) -> bool:
    """An adjective glued to a given name the article writes before a surname too: a nickname ("Crooked
    Hillary" beside Hillary Clinton), not a person's full name. Adjectives only: verbs and nouns are
    given names more often ("Ash Carter", "Chip Roy")."""
    if end - start != 2:
        return False
    first, second = doc[start], doc[start + 1]
    return (first.is_alpha and first.lower_ not in given_name_genders() and first.lower_ not in NAME_PARTICLES
            and first.lower_ in adjectives() and second.lower_ in given_name_genders()
            and second.text in given_names_in_full(doc))


def given_name_before(token: Token) -> bool:
    """A common given name written just before a name the model tagged without it."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.text[1:].islower() and not token.ent_type_
            and "\n" not in token.whitespace_ and token.lower_ in given_name_genders()
            and not token.is_sent_start)


def title_case_line(token: Token) -> bool:
    """Is the token on a headline or caption line (is_title_case_line)?"""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    judged = token.doc.user_data.setdefault("title_case_lines", {})  # line start -> verdict
    if start not in judged:
        judged[start] = is_title_case_line(text, token.idx)
    return judged[start]


def body_words(doc: Doc) -> set[str]:
    """Capitalised words written outside headline and caption lines."""
    words = doc.user_data.get("body_words")
    if words is None:
        words = doc.user_data["body_words"] = {t.text for t in doc if t.text[:1].isupper()
                                               and t.is_alpha and not title_case_line(t)}
    return words


def clean_name(ent: Span, place_words: set[str]) -> Optional[Span]:
    """Trim titles, possessives, stray place words, role nouns and headline words from a PERSON entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    keep_first = surname_first([t.text for t in ent])  # "Wang Qishan", though "Wang" alone reads as a firm
    while start > 0 and given_name_before(doc[start - 1]):
        start -= 1  # "Ivana Trump", where the model tagged only "Trump"
    while end - start > 1 and (doc[start].lower_ in OFFICE_TITLES or doc[start].lower_ in ROLE_NOUNS
                               or (doc[start].lower_ in COURTESY_TITLES and doc[start].is_lower)
                               or (doc[start].text in place_words and not keep_first
                                   and doc[start].lower_ not in given_name_genders())  # "Ivana", tagged a place
                               or doc[start].is_punct or glued_word(doc, start, end) or epithet(doc, start, end)):
        start += 1
    if title_case_line(doc[start]):  # "Derelict Obama": keep the words the story itself writes as a name
        while end - start > 1 and doc[start].text not in body_words(doc):
            start += 1
        while end - start > 1 and doc[end - 1].text not in body_words(doc):
            end -= 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        if end - 2 > start and is_suffix_stop(doc[end - 1]):
            break  # the full stop of "Sr." at the end of a sentence is the abbreviation's too
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    nickname = nickname_tokens(span)
    if not all(looks_like_name_token(t) or joins_name_parts(t) or is_suffix_stop(t) or t.i in nickname
               for t in span):
        return None
    if len(span) == 1 and span[0].pos_ != "PROPN":
        return None  # a capitalised common word: "Writing", "Developed"
    if span.root.dep_ == "compound" and span.root.head.lower_ in MEDIA_NOUNS:
        return None  # an outlet's name: "told France Info radio"
    if len(span) > 1 and span[-1].lower_ in ORGANISATION_NAME_WORDS:
        return None  # a firm's name: "Morning Consult", "Crosscut Strategies"
    if len(span) > 1 and span[-1].lower_ in BUILDING_NAME_WORDS and span[0].lower_ not in given_name_genders():
        return None  # a building's: "Trump Tower", not Sen. John Tower
    if len(span) > 1 and is_acronym(span[-1]) and not is_acronym(span[0]):
        return None  # a party's or a group's: "Junge SVP", "Indiana GOP"
    if span.end < len(doc) and doc[span.end].lower_ in ORGANISATION_NAME_WORDS and doc[span.end].text[:1].isupper():
        return None  # the front of a body's name: "the Stop Hillary PAC", "the Jeb Bush Super PAC"
    if names_a_thing(span):
        return None  # "a PAC called Stop Hillary"; not "a staffer named Marcy Quell"
    if len(span) == 1 and all(which_describes(e.root) for e in doc.ents
                              if e.label_ == "PERSON" and span.text in (t.text for t in e)):
        return None  # a firm's or a thing's: "Pfizer and [Moderna], which make the shots"; not a name the article
        # writes elsewhere ("the race between Obama and [Romney], which ...", Romney named before)
    return span


def which_describes(token: Token) -> bool:
    """Whether a relative clause opened by "which" is set on the word, or on the words it is joined to by
    "and": people take "who"."""
    heads = [token] + ([token.head] if token.dep_ == "conj" else []) + list(token.conjuncts)
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for head in heads for c in head.children)


NAMING_VERBS = frozenset("call name dub title".split())
# Things that news gives names: "a PAC called Stop Hillary", "a show called Brokers".
NAMED_THING_NOUNS = frozenset("""
pac group show film movie documentary book novel program programme project plan bill law campaign operation
song album band series podcast blog column newsletter website site app account page horse dog ship boat
""".split())


def names_a_thing(span: Span) -> bool:
    """A name given by "called", "named", "dubbed" or "titled" to a thing: an organisation, a work or a
    noun for a thing ("a PAC called Stop Hillary", "a show called Brokers"); not to a person ("a staffer
    named Marcy Quell", "a boy named Jack")."""
    verb = span.root.head
    if span.root.dep_ not in ("oprd", "dobj", "attr") or verb.lemma_.lower() not in NAMING_VERBS \
            or verb.dep_ != "acl":
        return False
    noun = verb.head
    return noun.ent_type_ in MISLABELLED_PERSON_LABELS or noun.lemma_.lower() in NAMED_THING_NOUNS \
        or noun.lower_ in ORGANISATION_NAME_WORDS


def is_acronym(token: Token) -> bool:
    """Two or more capitals and nothing else, and no suffix: "GOP", "SVP", not the "III" of a name."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper() \
        and token.lower_ not in NAME_SUFFIXES


def courtesy_start(span: Span) -> int:
    """Token index where the mention starts, taking in a courtesy title before it."""
    start = span.start
    while start > 0 and is_courtesy_title(span.doc[start - 1]):
        start -= 1
    return start


def premodifier_role(span: Span) -> Optional[Role]:
    """'Russian President' in 'Russian President Vladimir Putin'."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and is_courtesy_title(doc[i]):
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
    if first is None and i == span.start - 1 and i >= 0 and doc[i].lower_ in OFFICE_TITLES \
            and doc[i].text[:1].isupper() and doc[i].head.i == i:
        first, i = i, i - 1  # "Gov." that the parser ended a sentence with: "[Gov.] [Elena Marquez signed ...]"
    if first is None:
        return None
    if i >= 0 and doc[i].lower_ in ("for", "of") and not any(
            t.lower_ in OFFICE_TITLES or t.lower_ in PERSON_NOUNS for t in doc[first:span.start]):
        return None  # the tail of a longer phrase: "coordinator for strategic communications", not "for Gov. X"
    if i >= 1 and doc[i].lower_ in ("'s", "’s") and doc[i - 1].pos_ == "PROPN":
        first = i - 1  # "Iran's Supreme Leader"
    role = doc[first:span.start]
    while len(role) and is_courtesy_title(role[-1]):
        role = role[:-1]
    if not len(role) or not any(t.pos_ in ("NOUN", "PROPN") for t in role):
        return None
    return Role(role.text, role.start_char, role.end_char)


def appositive_roles(span: Span) -> list[Role]:
    """'Putin's foreign policy adviser' in 'Yuri Ushakov, Putin's foreign policy adviser,'; both of
    'a rancher and former county commissioner'; 'Lithuanian president' in 'the Lithuanian president, Gitanas
    Nauseda'."""
    roles = []
    appositions = [t for t in span.root.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
    for token in appositions + [c for t in appositions for c in t.conjuncts if c.pos_ == "NOUN"]:
        others = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
        words = [t for t in token.subtree
                 if t.i not in others and not (t.i > token.i and t.dep_ in ("punct", "cc"))]
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
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.i + 2 == span.start \
            and span.doc[head.i + 1].text == "," and not any(
                c.lower_ in ("another", "other") or (c.dep_ == "poss" and c.pos_ == "PRON") for c in head.children):
        # the role the name is set right after: "the Lithuanian president, Gitanas Nauseda"; not one
        # relative to whoever a pronoun stands for ("her husband, Bill Clinton")
        words = [t for t in span.doc[head.left_edge.i:head.i + 1] if t.pos_ not in ("DET", "PUNCT")]
        if 0 < len(words) <= MAX_ROLE_TOKENS and not any(t.is_space or "\n" in t.whitespace_ for t in words):
            roles.append(Role(span.doc[words[0].i:head.i + 1].text, words[0].idx, head.idx + len(head)))
    return roles


def title_gender(doc: Doc, start: int, end: int) -> Optional[str]:
    """What a courtesy title before or inside the name says: "Mrs. Clinton" is a woman."""
    for token in doc[max(start - 1, 0):end]:
        if gender := TITLE_GENDER.get(token.lower_.rstrip(".")):
            return gender
    return None


def pronoun_gender(span: Span) -> Optional[str]:
    """He or she, where the sentence is about this one named person: its subject, no other name in it,
    and only one gender's pronouns after the name ("Golden said her son ...")."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sentence = span.sent
    if any(e.label_ == "PERSON" and (e.end <= span.start or e.start >= span.end)
           for e in entities_within(span.doc, sentence.start_char, sentence.end_char)):
        return None
    found = {PRONOUN_GENDER[t.lower_] for t in sentence if t.i >= span.end and t.lower_ in PRONOUN_GENDER
             and (t.dep_ in ("poss", "nsubj", "nsubjpass") or t.lower_.endswith("self"))}
    return found.pop() if len(found) == 1 else None


def nickname_tokens(span: Span) -> set[int]:
    """The tokens of a nickname in quotation marks inside a name: 'Thomas "Tommy" Marrick Jr.'."""
    for token in span[1:-3]:
        i = token.i
        if (token.text in QUOTE_MARKS and span.doc[i + 2].text in QUOTE_MARKS
                and span.doc[i + 1].text[:1].isupper() and span.doc[i + 1].is_alpha):
            return {i, i + 1, i + 2}
    return set()


def completed_name(span: Span, name_tokens: list[str]) -> str:
    """ "Charles G." in "Charles G. and David H. Koch" is Charles G. Koch."""
    name = written_name(span, name_tokens)
    doc = span.doc
    if INITIAL.fullmatch(span[-1].text) and span.end + 1 < len(doc) and doc[span.end].lower_ == "and":
        partner = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "PERSON"), None)
        if partner is not None and len(partner) > 1:
            return f"{name} {surname_as_written(partner.text)}"
    return name


def comma_suffix(span: Span) -> Optional[Span]:
    """A suffix set off by a comma after the name, which the model leaves out: "Donald Trump, Jr." is the
    son, not his father."""
    doc, comma = span.doc, span.end
    if comma + 1 >= len(doc) or doc[comma].text != "," or span[-1].lower_ in NAME_SUFFIXES:
        return None
    suffix = doc[comma + 1]
    if suffix.lower_ not in NAME_SUFFIXES or not suffix.text[:1].isupper():
        return None
    end = comma + 3 if comma + 2 < len(doc) and is_suffix_stop(doc[comma + 2]) else comma + 2
    return doc[comma + 1:end]


def written_name(span: Span, name_tokens: list[str]) -> str:
    """The name as written, less courtesy titles: "Holtz-Eakin" stays one word."""
    words = [t for t in span if t.lower_ not in COURTESY_TITLES]
    return "".join(t.text + t.whitespace_ for t in words).strip() if len(words) == len(name_tokens) else " ".join(name_tokens)


def is_speech_source(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS


def person_surnames(doc: Doc) -> set[str]:
    """Words the article writes as a person's surname: the last word of a PERSON entity, a word after a
    courtesy title ("Ms. Quell"). Kept in the Doc's user data: asked for each entity that may be a name."""
    words = doc.user_data.get("person_surnames")
    if words is None:
        words = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
        words |= {t.nbor().text for t in doc[:-1] if is_courtesy_title(t) and t.nbor().text[:1].isupper()}
        doc.user_data["person_surnames"] = words
    return words


def mislabelled_words(ent: Span) -> Optional[Span]:
    """The words of an entity the model tagged as an organisation or a place that may be a person's name:
    without a possessive ending, not in a headline, not right after a quotation mark (a title: the drama
    "Mercy Street")."""
    if ent.label_ not in MISLABELLED_PERSON_LABELS or title_case_line(ent[0]):
        return None
    span = ent[:-1] if ent[-1].lower_ in ("'s", "’s") else ent
    if span.start_char and text_of(span.doc)[span.start_char - 1] in QUOTE_MARKS:
        return None
    return span


def mislabelled_person(ent: Span) -> Optional[Span]:
    """A person's name the model tagged as an organisation or a place ("Carly Fiorina" as ORG), read as a
    name only with the article's word for it: one or two capitalised words after a given name, and maybe a
    suffix, no word of a firm's name, and a person's use. For a common given name, a noun for a person
    beside it (role_beside) or its surname written as a person's elsewhere in the article; for one the
    list does not know, a noun for a person beside a name with a middle initial or a suffix ("Vann R.
    Newkirk II, a writer"), or set right after one as its apposition ("the Lithuanian president, Gitanas
    Nauseda"). Speaking is no such use: "America Rising said"."""
    span = mislabelled_words(ent)
    if span is None:
        return None
    words = span[:-1] if len(span) > 2 and span[-1].lower_ in NAME_SUFFIXES else span
    if not 2 <= len(words) <= 3 or not all(t.is_title and looks_like_name_token(t) for t in words) \
            or words[-1].lower_ in ORGANISATION_NAME_WORDS or words[-1].tag_ in ("NNS", "NNPS"):  # "Roman Catholics"
        return None
    if words[0].lower_ in given_name_genders():
        return span if words[-1].text in person_surnames(span.doc) or role_beside(span) else None
    shaped = len(words) < len(span) or any(INITIAL.fullmatch(t.text) for t in words[1:-1])
    after_role = span.root.dep_ == "appos" and span.root.head.i + 2 == span.start and (
        span.doc[span.start - 1].text == ",") and span.root.head.lemma_.lower() in PEOPLE_WORDS
    return span if (shaped and role_beside(span)) or after_role else None


def appositions(span: Span) -> list[Token]:
    """The nouns set beside the name as an apposition: "the anchor, [Marcy Quell]", "Marcy Quell, a [reporter]"."""
    return ([span.root.head] if span.root.dep_ == "appos" else []) + [c for c in span.root.children if c.dep_ == "appos"]


def role_beside(span: Span) -> bool:
    """A noun for a person right before the name ("the anchor Marcy Quell") or before "named" in front of it
    ("a staffer named Marcy Quell"), or set beside it as an apposition ("the anchor, Marcy Quell"; "Marcy
    Quell, a reporter")."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ == "named" and before.head.i < before.i:
        before = before.head
    return any(t.lower_ in PEOPLE_WORDS or t.lemma_.lower() in PEOPLE_WORDS
               for t in ([before] if before is not None else []) + appositions(span))


def mislabelled_surname(ent: Span, surnames: set[str]) -> Optional[Span]:
    """A surname written alone that the model tagged as an organisation or a place ("Podliska claims" as
    GPE), where the article names its bearer in full: a proper noun standing for something, not a word
    in front of a noun ("the Trump campaign"), nor a place the gazetteer knows when tagged as one."""
    span = mislabelled_words(ent)
    if span is None or len(span) != 1 or span[0].text not in surnames or span[0].pos_ != "PROPN" \
            or span.root.dep_ == "compound":
        return None
    if ent.label_ in ("GPE", "LOC", "FAC") and country_of(span.text) is not None:
        return None
    return span


def story_surname(ent: Span) -> Optional[Span]:
    """A word the model tagged as an organisation or a place that may be the surname of someone other
    articles name in full ("Trump called for a special prosecutor", "Trump" as ORG, in an article that
    never writes "Donald Trump"): a proper noun standing for something, no nationality, no given name,
    no word of a firm's name, no place the gazetteer knows when tagged as one, none written after "the"
    ("the Post found") or that the article writes as part of a longer name of something ("Fox" beside
    "Fox News"). Resolution makes it someone only where the story knows them by it."""
    span = mislabelled_words(ent)
    if span is None or len(span) != 1 or ent.label_ == "NORP" or span[0].tag_ != "NNP" or not span[0].is_title \
            or not span[0].is_alpha or span.root.dep_ == "compound" or span[0].lower_ in ORGANISATION_NAME_WORDS \
            or span[0].lower_ in given_name_genders() \
            or any(c.dep_ == "det" for c in span[0].children) or span[0].text in words_of_longer_names(ent.doc):
        return None
    if ent.label_ in ("GPE", "LOC", "FAC") and country_of(span.text) is not None:
        return None
    return span


def words_of_longer_names(doc: Doc) -> list[str]:
    """The words of the names of organisations, places and works that are more than one word long, not
    on a headline and not led by a given name (a person's the model mislabelled, "Carly Fiorina" as ORG):
    "Fox" and "News" of "Fox News", "Post" of "The Washington Post"."""
    if "longer_name_words" not in doc.user_data:
        doc.user_data["longer_name_words"] = sorted({
            t.text for ent in entities(doc)[0] if len(ent) > 1 and ent.label_ in MISLABELLED_PERSON_LABELS
            and not title_case_line(ent[0]) and ent[0].lower_ not in given_name_genders() for t in ent})
    return doc.user_data["longer_name_words"]


def tagged_otherwise(token: Token) -> bool:
    """A word the model tags as a person's name here that the same article also tags, standing alone,
    as an organisation or a place: "Carrier said" beside "workers at [Carrier]" tagged ORG."""
    data = token.doc.user_data
    if "words_alone_as_things" not in data:
        data["words_alone_as_things"] = sorted({ent.text for ent in entities(token.doc)[0]
                                                if len(ent) == 1 and ent.label_ in MISLABELLED_PERSON_LABELS})
    return token.text in data["words_alone_as_things"]


def with_nicknames_joined(doc: Doc) -> list[Span]:
    """The entities, a given name and the name after a nickname in quotation marks as one: the model
    reads 'Thomas "Tommy" Marrick Jr.' as "Thomas" and 'Tommy" Marrick Jr.'."""
    ents, joined = list(entities(doc)[0]), []
    for n, ent in enumerate(ents):
        if joined and joined[-1].end > ent.start:
            continue  # taken into the name before
        after = ents[n + 1] if n + 1 < len(ents) else None
        if (ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in given_name_genders()
                and after is not None and after.label_ == "PERSON" and after.start == ent.end + 1
                and doc[ent.end].text in QUOTE_MARKS):
            ent = Span(doc, ent.start, after.end, label="PERSON")
        joined.append(ent)
    return joined


def untagged_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the model tagged as nothing after an office or courtesy title: a capitalised title, a given name
    the list knows and one or two capitalised words ("Mayor [Ana Ruiz] of Riverton"), none of them inside
    an entity, outside headlines."""
    tagged = {t.i for ent in ents for t in ent}
    found = []
    for title in doc:
        if not (title.text[:1].isupper() and is_title(title)) or title.i + 2 >= len(doc):
            continue
        given = doc[title.i + 1]
        if given.lower_ not in given_name_genders() or not given.is_title or title_case_line(given):
            continue
        end = given.i + 1
        while end < len(doc) and end - given.i <= 2 and doc[end].is_title and looks_like_name_token(doc[end]) \
                and doc[end].pos_ == "PROPN" and not is_title(doc[end]):
            end += 1
        if end > given.i + 1 and not any(i in tagged for i in range(given.i, end)):
            found.append(Span(doc, given.i, end, label="PERSON"))
    return found


def lone_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Given names written alone that the model tagged as no person ("Celeste said", "Celeste" as ORG or
    untagged), where the article writes that word as the given name of a person named in full: a common
    given name the article never tags as a place, a proper noun standing alone (no capitalised word and no
    person's name beside it: "Donald" before "Trump‘s"), not in a headline."""
    given = {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title}
    places = {t.text for ent in ents if ent.label_ in ("GPE", "LOC", "FAC") for t in ent}  # "Charlotte"
    given = {word for word in given if word.lower() in given_name_genders() and word not in places}
    # and the middle name a person is known by: "Luiz Inacio [Lula] da Silva", "Willard [Mitt] Romney"
    names = [[t.text for t in ent if t.is_title and t.is_alpha] for ent in ents if ent.label_ == "PERSON"]
    surnames = {words[-1] for words in names if words}
    given |= {word for words in names if len(words) >= 3 for word in words[1:-1]
              if len(word) > 2 and word not in places | surnames}
    if not given:
        return []
    in_person = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    alone_in_entity = {ent.start for ent in ents if len(ent) == 1}
    in_entity = {i for ent in ents for i in range(ent.start, ent.end)}

    def name_like(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"

    return [doc[t.i:t.i + 1] for t in doc
            if t.text in given and t.pos_ == "PROPN" and t.i not in in_person
            and (t.i not in in_entity or t.i in alone_in_entity)
            and not ({t.i - 1, t.i + 1} & in_person) and not name_like(t.i - 1) and not name_like(t.i + 1)
            and not title_case_line(t)]


def extract_people(doc: Doc) -> list[PersonCandidate]:
    """Every PERSON entity that passes the name checks, with its roles, every name the model
    tagged otherwise that the article uses as a person's (mislabelled_person), and the given names
    and surnames written alone of people the article names in full (lone_given_names, mislabelled_surname)."""
    place_words = non_person_words(doc)
    found = []
    ents = with_nicknames_joined(doc)
    ents = sorted(ents + untagged_titled_names(doc, ents), key=lambda ent: ent.start)
    lone = lone_given_names(doc, ents)
    lone_at = {span.start for span in lone}
    ents = sorted([ent for ent in ents if ent.start not in lone_at] + lone, key=lambda ent: ent.start)
    spans = [ent if ent.start in lone_at else clean_name(ent, place_words) if ent.label_ == "PERSON"
             else mislabelled_person(ent) for ent in ents]
    full_surnames = {span[-1].text for span in spans if span is not None and len(span) >= 2}
    for ent, span in zip(ents, spans):
        known_only = False
        if span is None:
            span = mislabelled_surname(ent, full_surnames)
        if span is None:
            span = story_surname(ent)
            known_only = span is not None
        if span is None:
            continue
        start = courtesy_start(span)
        nickname = nickname_tokens(span)
        name_tokens = [t.text for t in span if t.lower_ not in COURTESY_TITLES and t.i not in nickname]
        if not name_tokens:
            continue
        premodifier = premodifier_role(span)
        titled = start < span.start or len(name_tokens) < len(span) or premodifier is not None or (
            span.start > 0 and is_title(doc[span.start - 1]))
        if ent.label_ == "PERSON" and len(span) == 1 and start == span.start and tagged_otherwise(span[0]) \
                and not (span.start > 0 and is_title(doc[span.start - 1])):
            known_only = True  # "Carrier said" beside "workers at Carrier" tagged a firm; not "Mr. Carrier"
        roles = ([premodifier] if premodifier else []) + appositive_roles(span)
        first_char = doc[start].idx
        if span.start > ent.start and (doc[span.start - 1].lower_ in ROLE_NOUNS
                                       or glued_word(doc, span.start - 1, span.end)):
            glued = doc[span.start - 1]  # "Organizer Dwayne Croteau"
            roles.insert(0, Role(glued.text, glued.idx, glued.idx + len(glued)))
        before = doc[start - 1].lower_ if start > 0 else ""
        name, end_char = completed_name(span, name_tokens), span.end_char
        if (suffix := comma_suffix(span)) is not None:
            name, end_char = f"{name} {suffix.text}", suffix.end_char
        found.append(PersonCandidate(
            start=first_char, end=end_char, surface=text_of(doc)[first_char:end_char],
            name=name, titled=titled, speaks=is_speech_source(span), roles=roles,
            title_gender=title_gender(doc, start, span.end), pronoun_gender=pronoun_gender(span),
            generation=before if before in GENERATION_WORDS else None, known_only=known_only))
    return with_shared_surnames(doc, found, full_surnames)


def with_shared_surnames(doc: Doc, found: list[PersonCandidate], full_surnames: set[str]) -> list[PersonCandidate]:
    """A common given name joined by "and" to a full name right after it shares its surname: "David and
    Charles Koch", "Robert and Rebekah Mercer". Not a word the article writes alone elsewhere, nor the
    surname or given name of anyone it names in full ("Clinton and Bernie Sanders", "Hillary and Tim
    Kaine" stay two people), nor the last of a list ("Brandy, Monica and Lauryn Hill"), nor after a
    title ("Presidents Reagan and George W. Bush"). completed_name does the same for a name that ends in
    an initial ("Charles G. and David H. Koch")."""
    words = [c.name for c in found if " " not in c.name]
    by_start = {c.start: c for c in found}
    for c in found:
        if (" " in c.name or c.titled or not c.name.istitle() or c.name.lower() not in given_name_genders()
                or words.count(c.name) > 1 or c.name in full_surnames or c.name in given_names_in_full(doc)):
            continue
        token = doc.char_span(c.start, c.end, alignment_mode="expand")
        if token is None or len(token) != 1 or token.end + 1 >= len(doc) or doc[token.end].lower_ != "and":
            continue
        words_before = [t for t in doc[max(token.start - 3, 0):token.start] if not t.is_space]
        before = words_before[-1] if words_before else None
        if before is not None and (before.lower_ == "and" or before.lemma_.lower() in OFFICE_TITLES or (
                before.text == "," and len(words_before) > 1 and words_before[-2].pos_ == "PROPN")):
            continue
        after = by_start.get(doc[token.end + 1].idx)
        if after is not None and " " in after.name and parse_name(after.name).given and not after.titled:
            c.name = f"{c.name} {surname_as_written(after.name)}"
    return found




def extract_descriptions(doc: Doc) -> list[DescriptionCandidate]:
    """Definite descriptions of one person ("the Democratic nominee", "his ex-wife", "the Vermont
    senator"): a noun phrase opened by "the", "his" or "her" whose head is a singular noun for a
    person, not staff ("the spokesman"), with no name inside and none right after it (in "the
    nominee, Hillary Clinton" the phrase is her role), nor set beside a name as its apposition."""
    found = []
    # a nationality wherever the model tags the word one: "the Lithuanian president" once read as an ORG
    nationalities = {t.lower_ for t in doc if t.ent_type_ == "NORP"} - PARTY_WORDS.keys()
    for chunk in noun_phrases(doc):
        head, first = chunk.root, chunk[0]
        if first.lower_ not in ("the", "his", "her") or head.tag_ != "NN" or len(chunk) < 2:
            continue
        if head.lemma_.lower() not in PERSON_NOUNS or head.lemma_.lower() in STAFF_NOUNS:
            continue
        if head.ent_type_ and head.ent_type_ != "PERSON":
            continue  # a word of another name: "the [Justice] for Victims of Trafficking Act"
        if any(t.ent_type_ == "PERSON" or t.ent_type_ == "ORDINAL" or t.tag_ == "JJS" for t in chunk):
            continue  # a name inside, or a kind of person rather than one: "the first black governor"
        if head.dep_ == "appos" or names_next(doc, chunk.end) or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            continue  # a role: "Donna Brazile, the interim chairwoman", "the nominee, Hillary Clinton"
        subject = None
        if head.dep_ == "attr":  # predicated of its subject, it refers to nothing else
            subject = named_subject(head.head)
            if subject is None or any(c.dep_ == "neg" for c in head.head.children):  # "is not the mayor"
                continue
        start = chunk[1].idx if first.lower_ == "the" else first.idx
        of_phrase = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)
        nationality = any(t.lower_ in nationalities for t in chunk)
        found.append(DescriptionCandidate(start, chunk.end_char, [t.lower_ for t in chunk if t.lower_ != "the"],
                                          subject, of_phrase, nationality))
    return found


def noun_phrases(doc: Doc) -> Iterator[Span]:
    """The noun chunks, and the possessors inside them: "the president" in "the president's own party"."""
    for chunk in doc.noun_chunks:
        yield chunk
        for token in chunk:
            if token.dep_ == "poss" and token.pos_ == "NOUN" and token.left_edge.i == chunk.start:
                yield doc[chunk.start:token.i + 1]


def named_subject(verb: Token) -> Optional[tuple[int, int]]:
    """The character span of the verb's subject when it is a name: "[Rudy Giuliani] is the former mayor"."""
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)


def names_next(doc: Doc, at: int) -> bool:
    """Whether a name follows token `at`, directly or after a comma: "the nominee[, Hillary Clinton]"."""
    if at < len(doc) and doc[at].text == ",":
        at += 1
    return at < len(doc) and doc[at].ent_type_ == "PERSON"
