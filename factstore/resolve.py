"""Resolve stage: tie the names found in many articles to people.

Pure functions: the people already in the database come in as `KnownPerson`
records, and what comes out says, for each article, which person every
mention and role belongs to. Nothing here touches spaCy or the database.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterator, Optional

from rapidfuzz import fuzz, process

from .dates import WEEKDAYS
from .facts import ClaimCandidate, DescriptionCandidate, PersonCandidate, Role
from .lexicon import (COURTESY_TITLES, FEMALE_PERSON_NOUNS, KIN_NOUNS, MALE_PERSON_NOUNS, NAME_SUFFIXES,
                      OFFICE_TITLES, PARTY_WORDS, PERSON_NOUNS, SOURCE_PREPOSITIONS, STAFF_NOUNS, STATEMENT_NOUNS)
from .names import (FEMALE, MALE, MIN_FUZZY_LENGTH, NAME_SIMILARITY, ParsedName, compatible, given_name_gender,
                    given_name_genders, fold, parse_name, plural_stems, quoted_nickname, same_given_name,
                    surname_as_written, surname_key, surnames_in)
from .paragraphs import is_title_case_line, paragraph_after, paragraph_before, paragraph_of
from .quotes import in_quotation, quote_spans

PRONOUN_GENDER = {"he": MALE, "him": MALE, "she": FEMALE, "her": FEMALE}
PERSONAL_PRONOUNS = frozenset(PRONOUN_GENDER)
POSSESSIVE_GENDER = {"his": MALE, "her": FEMALE}
# Words that open a noun phrase of its own: "the senator and [the] governor" are two people.
DETERMINERS = frozenset("the a an his her their its this that these those".split())
# Abbreviated titles as a role may write them: "Vermont Sen. Bernie Sanders".
ROLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
                      "rep.": "representative", "rep": "representative", "gen.": "general", "lt.": "lieutenant",
                      "congressman": "representative", "congresswoman": "representative"}
# A lone surname in an article that never names its bearer in full joins a person named
# elsewhere only when its article shares this many other people with that person's
# articles: the same story, not a namesake.
STORY_SHARED_PEOPLE = 2
# One bearer of a surname stands for it when named this many times as often as any other.
DOMINANCE = 3
# Words that make a role another office than the one its last word names: a vice president is no president.
RANK_WORDS = frozenset("vice deputy former assistant associate acting ex".split())
# A description no stated role fits is the person named most often in the last SALIENCE_WINDOW
# mentions, when named at least SALIENCE_LEAD times as often as the next.
SALIENCE_WINDOW, SALIENCE_LEAD = 200, 1.5
# Nouns that say nothing of who a person is: "the man said" is seldom anyone the article names.
ANYONE_NOUNS = {"man", "woman", "lady", "person", "boy", "girl", "guy"}
# What a courtesy title says of gender outweighs what pronouns near the name suggest.
TITLE_EVIDENCE, PRONOUN_EVIDENCE = 3, 1


@dataclass
class KnownPerson:
    id: int
    name: str
    aliases: list[str]
    gender: Optional[str] = None
    article_ids: frozenset[int] = frozenset()
    roles: frozenset[str] = frozenset()  # the roles stored articles state of them, as normalise_phrase gives them


@dataclass(eq=False)
class ResolvedPerson:
    id: Optional[int] = None  # set when the person is already stored
    stored_name: Optional[str] = None
    full_names: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)  # the indexes of this run's articles that mention them
    stored_articles: frozenset[int] = frozenset()  # the ids of the stored ones
    gender_votes: Counter = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)  # every role any article states of them, normalised

    @property
    def name(self) -> str:
        if self.stored_name and parse_name(self.stored_name).is_full:
            return self.stored_name
        if self.full_names:
            return max(self.full_names, key=lambda n: (self.full_names[n], len(n)))
        return self.stored_name or min(self.aliases, key=lambda a: (len(a), a))

    @property
    def surname(self) -> str:
        return surname_key(self.name)

    @property
    def written_full_names(self) -> set[str]:
        """Every full name an article gives them, this run's articles and the stored ones, without a title."""
        return set(self.full_names) | {a for a in self.aliases if (name := parse_name(a)).is_full and not name.title}

    @property
    def parsed_full_names(self) -> list[ParsedName]:
        names = list(self.full_names) + ([self.stored_name] if self.stored_name else [])
        return [p for p in map(parse_name, names) if p.is_full]

    @property
    def gender(self) -> Optional[str]:
        """What the articles' own words say: a courtesy title, pronouns about the person."""
        female, male = self.gender_votes[FEMALE], self.gender_votes[MALE]
        if female > 2 * male:
            return FEMALE
        if male > 2 * female:
            return MALE
        return None

    @property
    def likely_gender(self) -> Optional[str]:
        """The text's evidence, unless it is one or two pronouns against what the given names suggest
        ("Axelrod said her proposals ..." is about Clinton, not David Axelrod); where there is none, the
        given names."""
        by_name = self.given_name_gender
        if self.gender_votes and not (by_name and self.gender != by_name and sum(self.gender_votes.values()) <= 2):
            return self.gender
        return by_name

    @property
    def given_name_gender(self) -> Optional[str]:
        """What the given names suggest, when they agree."""
        names = self.parsed_full_names
        if names:
            guesses = {given_name_gender(name) for name in names}
        else:  # known by one word alone, as a given name is ("Melanie") or a surname that is one ("Scott")
            guesses = {given_name_genders().get(alias.lower()) for alias in self.aliases if " " not in alias}
        return guesses.pop() if len(guesses) == 1 else None

    def could_be(self, gender: Optional[str]) -> bool:
        return gender is None or self.likely_gender in (None, gender)

    @property
    def article_count(self) -> int:
        return len(self.articles) + len(self.stored_articles)

    def named_beside(self, other: ResolvedPerson, besides: int) -> bool:
        """Whether an article other than this run's article `besides` mentions both."""
        return (not self.stored_articles.isdisjoint(other.stored_articles)
                or bool(self.articles & other.articles - {besides}))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | surname | title
    person: ResolvedPerson
    titled: bool = False  # a lone name written after a courtesy or office title
    generation: Optional[str] = None  # "elder" or "younger" before it


class TakenSpans:
    """Character spans already taken by mentions, asked in log time whether a new span overlaps
    any: a long text has tens of thousands."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        # Only a span starting less than the longest span's length before `start` can reach it.
        first = bisect_left(self.spans, (start - self.longest,))
        last = bisect_left(self.spans, (end,))
        return any(taken_end > start for _, taken_end in self.spans[first:last])


@dataclass
class ArticlePeople:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[ResolvedPerson, Role]] = field(default_factory=list)
    taken: TakenSpans = field(default_factory=TakenSpans)
    times_named: Counter = field(default_factory=Counter)  # person -> mentions
    # descriptions with a nationality, which name no one by the article's salience: "the Mexican president"
    foreign_descriptions: list[tuple[int, int]] = field(default_factory=list)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.taken.add(mention.start, mention.end)
        self.times_named[mention.person] += 1


def given_names(name: str) -> list[str]:
    parsed = parse_name(name)
    return [g for g in (parsed.given, *parsed.middle) if g]


class PeopleIndex:
    """Everyone known so far, looked up by surname."""

    def __init__(self, known: list[KnownPerson], namesakes: frozenset[tuple[str, str]] = frozenset()):
        self.people: list[ResolvedPerson] = []
        self.by_surname: dict[str, list[ResolvedPerson]] = {}
        self.namesakes = namesakes
        for k in known:
            votes = Counter({k.gender: TITLE_EVIDENCE}) if k.gender else Counter()
            person = self.add(ResolvedPerson(id=k.id, stored_name=k.name, aliases=set(k.aliases),
                                             stored_articles=k.article_ids, gender_votes=votes,
                                             roles=set(k.roles) - {""}))
            for alias in k.aliases:
                key = surname_key(alias)
                if parse_name(alias).is_full and person not in self.by_surname.setdefault(key, []):
                    self.by_surname[key].append(person)

    def add(self, person: ResolvedPerson) -> ResolvedPerson:
        self.people.append(person)
        self.by_surname.setdefault(person.surname, []).append(person)
        return person

    def match_full_name(self, name: str, gender: Optional[str], article: int) -> ResolvedPerson:
        """The person every full name of whom is compatible with this one, and not a namesake's
        with or without a suffix, else someone new; of several, the one the article has already
        named so, else of several named exactly so, the one that name alone means (named_alike)."""
        parsed = parse_name(name)
        fits = [p for p in self.by_surname.get(parsed.surname, []) if p.parsed_full_names and p.could_be(gender)
                and all(compatible(parsed, other) and not self.told_apart(parsed, other)
                        for other in p.parsed_full_names)]
        if len(fits) > 1:
            fits = [p for p in fits if article in p.articles and name in p.full_names] or fits
        named_so = [p for p in fits if name in p.aliases]  # every name written of them, stored or in this run
        if len(fits) > 1 and len(named_so) > 1:
            # several named exactly so, that other evidence kept apart (a title of the other sex): a name
            # that says no more is one of them, else each such name would make yet another person
            fits = [alike] if (alike := named_alike(named_so, given_name_gender(parsed))) else fits
        if len(fits) == 1:
            return fits[0]
        # None, or several ("George Bush" beside George H. W. and George W. Bush): someone of its own.
        return self.add(ResolvedPerson(full_names=Counter({name: 0})))

    def told_apart(self, a: ParsedName, b: ParsedName) -> bool:
        """A name with a suffix and one without, of a family that has both: "Bill Pemberton" is not
        William Pemberton Jr. where an article names William Pemberton beside him."""
        return bool(a.suffix) != bool(b.suffix) and any(
            surname == a.surname and same_given_name(given, a.given) for surname, given in self.namesakes)

    def likely_people(self, lone: list[PersonCandidate]) -> set[ResolvedPerson]:
        """For each lone surname, the person who bears it in far more articles than anyone else.
        What they have in common elsewhere says whether an article that names nobody in full
        tells the same story; it does not by itself say who the surname is."""
        likely = set()
        for c in lone:
            bearers = [p for p in self.by_surname.get(surname_key(c.name), []) if p.could_be(c.title_gender)]
            if (top := dominant(bearers, lambda p: p.article_count)) is not None:
                likely.add(top)
        return likely

    def same_story(self, person: ResolvedPerson, companions: set[ResolvedPerson], article: int) -> bool:
        shared = sum(1 for c in companions if c is not person and person.named_beside(c, besides=article))
        return shared >= STORY_SHARED_PEOPLE

    def in_story(self, key: str, gender: Optional[str], companions: set[ResolvedPerson],
                 article: int) -> list[ResolvedPerson]:
        """People of that surname named in articles that share this one's story."""
        return [p for p in self.by_surname.get(key, [])
                if p.could_be(gender) and self.same_story(p, companions, article)]

    def fuzzy_surname(self, key: str, gender: Optional[str], companions: set[ResolvedPerson],
                      article: int) -> Optional[ResolvedPerson]:
        """A lone surname misspelt ('Laisi' for 'Raisi'), judged by the company it keeps; not a word too short
        to tell a spelling from another name ("God" is not "Gold"), nor the surname of someone named in full
        ("Stalin", whom another article names, is not "Salkin")."""
        if key in given_name_genders():
            return None  # "Laura" is a given name, not "Lauer" misspelt
        if len(key) < MIN_FUZZY_LENGTH or any(p.parsed_full_names for p in self.by_surname.get(key, [])):
            return None
        if any(stem in self.by_surname for stem in plural_stems(key)):
            return None  # "the Trumps", "the Bushes": a family, not a name misspelt
        similar = process.extract(key, list(self.by_surname), scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY,
                                  limit=None)
        hits = []
        for surname, _, _ in sorted(similar, key=lambda match: match[2]):  # in the order people were added
            if surname != key:
                hits += [p for p in self.by_surname[surname]
                         if p.could_be(gender) and self.same_story(p, companions, article)]
        return hits[0] if len(hits) == 1 else None


def resolve_people(articles: list[tuple[str, list[PersonCandidate]]],
                   known: list[KnownPerson]) -> list[ArticlePeople]:
    """Tie each article's candidates to people, old and new.

    `articles` holds (extraction_text, candidates) per article, in order.
    """
    index = PeopleIndex(known, namesakes([[c.name for c in candidates if c.is_full] for _, candidates in articles],
                                         known))
    results = [ArticlePeople() for _ in articles]

    # Full names first, across all articles, so lone surnames have someone to join; the most
    # specific first, so "George Bush" meets both "George H. W. Bush" and "George W. Bush".
    full = [(n, c) for n, (_, candidates) in enumerate(articles) for c in candidates if c.is_full]
    for n, c in sorted(full, key=lambda item: -specificity(parse_name(item[1].name))):
        person = index.match_full_name(c.name, c.title_gender, n)
        person.full_names[c.name] += 1
        add_mention(results[n], person, c, "name", n)

    # Courtesy-titled lone names first: "Mrs. Clinton" tells whose "Clinton" the others may be.
    for n, (_, candidates) in enumerate(articles):
        article = results[n]
        lone = [c for c in candidates if not c.is_full]
        likely = index.likely_people([c for c in lone if not c.known_only])
        named = names_in_full(article)
        made: dict[str, ResolvedPerson] = {}
        for c in sorted(lone, key=lambda c: (c.title_gender is None, c.start)):
            person = resolve_lone_name(c, article, index, n, likely, named, made)
            if person is not None:
                # of several bearers named in full here ("Hillary ... Bill Clinton ... Clinton said she"),
                # the pronouns of its sentence are no evidence of the gender of the one chosen
                bearers = {m.person for _, m in named.get(("surname", surname_key(c.name)), [])}
                add_mention(article, person, c, "surname", n, pronoun_evidence=len(bearers) < 2)

    full_names = known_full_names(index)
    full_names_by_first_word = by_first_word(full_names)
    for n, (text, _) in enumerate(articles):
        starts = word_starts(text)
        scan_full_names(text, results[n], full_names, full_names_by_first_word, starts, n)
        scan_known_names(text, results[n], starts)
        scan_titles(text, results[n])
        results[n].mentions.sort(key=lambda m: m.start)
    return results


def surnames_to_look_up(articles: list[tuple[str, list[PersonCandidate]]], stored: Callable[[], list[str]]
                        ) -> set[str]:
    """The surnames of the stored people resolve_people may tie these articles' names to, which are
    the only ones it needs to know: those of every name the texts can contain (their candidates, and
    the names of people known from other articles it scans the texts for), and the stored surnames
    (`stored` gives them) a lone name may be a misspelling of (PeopleIndex.fuzzy_surname)."""
    keys: set[str] = set()
    lone: set[str] = set()
    for text, candidates in articles:
        keys |= surnames_in(text)
        for c in candidates:
            key = surname_key(c.name)
            keys.add(key)
            if not c.is_full and not c.known_only and key not in given_name_genders():
                lone.add(key)
                keys |= plural_stems(key)  # "the Bushes": the Bushes known are their family (fuzzy_surname)
    if lone:
        known = stored()
        for key in lone:
            keys.update(match for match, _, _ in process.extract(key, known, scorer=fuzz.ratio,
                                                                  score_cutoff=NAME_SIMILARITY, limit=None))
    return keys


def dominant(people: list[ResolvedPerson], weight) -> Optional[ResolvedPerson]:
    """The one person whose weight is at least DOMINANCE times every other's, if any."""
    if not people:
        return None
    ranked = sorted(people, key=weight, reverse=True)
    if weight(ranked[0]) > 0 and (len(ranked) == 1 or weight(ranked[0]) >= DOMINANCE * weight(ranked[1])):
        return ranked[0]
    return None


def named_alike(named_so: list[ResolvedPerson], given_name_sex: Optional[str]) -> Optional[ResolvedPerson]:
    """Of several people written with one full name, whom that name alone means: the one named so in far
    more articles, as for a lone surname; else the one the articles say is of the sex the given name
    mostly has (a tie-breaker: the text said nothing); else the one whose sex no article states."""
    if (top := dominant(named_so, lambda p: p.article_count)) is not None:
        return top
    of_sex = [p for p in named_so if given_name_sex and p.gender == given_name_sex]
    unstated = [p for p in named_so if p.gender is None]
    return next((alike[0] for alike in (of_sex, unstated) if len(alike) == 1), None)


def specificity(name: ParsedName) -> int:
    return len(name.middle) + bool(name.suffix)


def namesake_key(name: ParsedName) -> tuple[str, str]:
    return name.surname, name.given


def suffixed_beside_plain(names: list[ParsedName], others: list[ParsedName]) -> set[tuple[str, str]]:
    """A father and his son are written with one given name ("Walter Brandt Jr." beside "Walter Brandt");
    "Joe Biden" beside "Joseph R. Biden Jr." is a short form of the same man's name."""
    return {namesake_key(a) for a in names if a.suffix for b in others
            if not b.suffix and a.given == b.given and compatible(a, b)}


def namesakes(articles: list[list[str]], known: list[KnownPerson]) -> frozenset[tuple[str, str]]:
    """Names some article gives both with and without a suffix ("Walter Brandt Jr." and "Walter
    Brandt"), or two stored people bear: a suffix is there to tell a son from his father, so such
    names are two people's, in that article and in every other."""
    def full_names(names: list[str]) -> list[ParsedName]:
        return [n for n in map(parse_name, names) if n.is_full]

    found = set()
    for names in articles:
        found |= suffixed_beside_plain(full_names(names), full_names(names))
    # Stored people: each name with a suffix against the plain names of one given name that other people
    # bear, not every pair of a surname's bearers, who grow with the store.
    plain: dict[tuple[str, str], list[tuple[int, ParsedName]]] = {}
    suffixed: list[tuple[int, ParsedName]] = []
    for n, k in enumerate(known):
        for name in full_names([k.name, *k.aliases]):
            if name.suffix:
                suffixed.append((n, name))
            else:
                plain.setdefault(namesake_key(name), []).append((n, name))
    for n, name in suffixed:
        if any(m != n for m, _ in plain.get(namesake_key(name), ())):
            found |= suffixed_beside_plain([name], [b for m, b in plain[namesake_key(name)] if m != n])
    return frozenset(found)


def add_mention(article: ArticlePeople, person: ResolvedPerson, c: PersonCandidate, kind: str, n: int,
                pronoun_evidence: bool = True) -> None:
    person.aliases.update({c.surface, c.name})
    person.articles.add(n)
    if c.title_gender:
        person.gender_votes[c.title_gender] += TITLE_EVIDENCE
    if c.pronoun_gender and pronoun_evidence:
        person.gender_votes[c.pronoun_gender] += PRONOUN_EVIDENCE
    article.add(Mention(c.start, c.end, c.surface, kind, person, titled=c.titled, generation=c.generation))
    # a stray mark the parser took for a noun modifying the name ("., Ana Ruiz") is no role
    roles = [role for role in c.roles if normalise_phrase(role.text)]
    article.roles += [(person, role) for role in roles]
    person.roles.update(normalise_phrase(role.text) for role in roles)


NamesInFull = dict[tuple[str, str], list[tuple[int, Mention]]]


def names_in_full(article: ArticlePeople) -> NamesInFull:
    """The article's mentions by full name, with their place in its list, under ("surname", key)
    and ("given", name) for each person's surname key and given names, and a nickname the name is
    written with ('Thomas "Tommy" Marrick'): what a lone name looks up."""
    named: NamesInFull = {}
    for place, m in enumerate(article.mentions):
        if m.kind == "name":
            given = given_names(m.person.name)
            if nickname := quoted_nickname(m.text):
                given.append(fold(nickname))
            for key in {("surname", m.person.surname), *(("given", g) for g in given)}:
                named.setdefault(key, []).append((place, m))
    return named


def bears_suffix(person: ResolvedPerson, name: str) -> bool:
    """Whether a lone name's suffix, if it has one, is one of the person's full names': "Trump Jr." is the son."""
    suffix = parse_name(name).suffix.rstrip(".")
    return not suffix or any(n.suffix.rstrip(".") == suffix for n in person.parsed_full_names)


def of_generation(bearers: list[ResolvedPerson], generation: str) -> list[ResolvedPerson]:
    """Of a father and his son named with a suffix ("William Pemberton" and "William Pemberton Jr."),
    the elder or the younger."""
    suffixed = [p for p in bearers if any(n.suffix for n in p.parsed_full_names)]
    fathers = [p for p in bearers if p not in suffixed and any(
        compatible(n, s) and not n.suffix for n in p.parsed_full_names for son in suffixed
        for s in son.parsed_full_names)]
    if not suffixed or not fathers:
        return []
    return fathers if generation == "elder" else suffixed


def courtesy_title(surface: str) -> Optional[str]:
    """The courtesy title a mention is written with: "mrs." for "Mrs. Pemberton"."""
    first = surface.split()[0].lower() if " " in surface else ""
    return first if first in COURTESY_TITLES else None


def courtesy_titles(article: ArticlePeople, person: ResolvedPerson) -> set[Optional[str]]:
    """The courtesy titles the article has given the person so far: an article that calls the daughter
    "Ms. Pemberton" means someone else by "Mrs. Pemberton"."""
    return {courtesy_title(m.text) for m in article.mentions if m.person is person and m.kind == "surname"} - {None}


def same_office(a: str, b: str) -> bool:
    """Whether two roles name one office: "sen." and "state senator", not "governor" and "former governor"."""
    a_words, b_words = a.split(), b.split()
    if not a_words or not b_words:
        return False
    return (ROLE_ABBREVIATIONS.get(a_words[-1], a_words[-1]) == ROLE_ABBREVIATIONS.get(b_words[-1], b_words[-1])
            and RANK_WORDS & set(a_words) == RANK_WORDS & set(b_words))


def resolve_lone_name(c: PersonCandidate, article: ArticlePeople, index: PeopleIndex, n: int,
                      likely: set[ResolvedPerson], named: NamesInFull,
                      made: dict[str, ResolvedPerson]) -> Optional[ResolvedPerson]:
    """Who a lone surname or given name is; `made` holds the people this article's lone names have
    been made into so far, by surname key."""
    key = surname_key(c.name)
    word = parse_name(c.name).surname
    gender = c.title_gender
    # 1. Someone this article has named in full before; of several ("Hillary Clinton ... her daughter,
    #    Chelsea Clinton ... Clinton said"), the one the article names far more often, else the nearest.
    title = courtesy_title(c.surface)
    here = [m for _, m in sorted(dict(named.get(("surname", key), []) + named.get(("given", word), [])).items())
            if m.person.could_be(gender) and bears_suffix(m.person, c.name)
            and (title is None or courtesy_titles(article, m.person) <= {title})]
    before = [m for m in here if m.start < c.start]
    if c.pronoun_gender and not gender:
        # the pronouns of its sentence choose between bearers: "Clinton allowed her staff" after
        # Hillary and Bill Clinton; they do not overrule the only one
        agreeing = [m for m in before if m.person.could_be(c.pronoun_gender)]
        before = agreeing or before
    if before:
        bearers = list(dict.fromkeys(m.person for m in before))
        # the role it is given says which ("Trump, the Republican nominee," beside his sons; "Sen. Pemberton"
        # beside a state senator and his namesake the bartender)
        roles = {normalise_phrase(role.text) for role in c.roles}
        holding = [p for p in bearers if any(same_office(role, held) for role in roles for held in p.roles)]
        if len(holding) == 1:
            return holding[0]
        # "the younger Pemberton" is the son with the suffix, "the elder Pemberton" his namesake father
        if c.generation and len(generation := of_generation(bearers, c.generation)) == 1:
            return generation[0]
        # a surname written alike ("Marrick", "Mr. Marrick") goes on meaning whom it meant before in the
        # article, the person it is about
        form = courtesy_title(c.surface), c.titled
        earlier = [m.person for m in article.mentions if m.kind == "surname" and m.start < c.start
                   and (courtesy_title(m.text), m.titled) == form and surname_key(m.text) == key
                   and not parse_name(m.text).suffix and not m.generation and m.person in bearers]
        if earlier:
            return earlier[-1]
        return dominant(bearers, article.times_named.__getitem__) or before[-1].person
    # 2. Whom the same name was made into earlier in this article, where its form says it is a person's
    #    (a courtesy title, a given name): one article's "Melanie" is one person. A bare word only the
    #    model calls a person ("Patriot" for Patriot Coal) is not trusted that far.
    earlier = made.get(key)
    if earlier is not None and earlier.could_be(gender) and (
            gender or key in given_name_genders() or c.titled or c.speaks):
        return earlier  # and where, as when it was made, a title or words said show it is a person's
    # 3. Someone this article names in full only later ("President Obama ... Michelle Obama"), unless
    #    someone else of that surname in the articles that share its story may be meant; else that one.
    # Who else the article names: the bearers of this surname are the candidates, not their company.
    companions = {p for p in set(article.times_named) | likely if p.surname != key}
    story = index.in_story(key, gender, companions, n)
    if c.known_only:
        # a word the model tagged as no person: someone known in full elsewhere in the story, by far the
        # most often named of its bearers; not where this article names a bearer, whom the tag leaves unsure
        return None if here else dominant([p for p in story if p.parsed_full_names], lambda p: p.article_count)
    if not (gender or c.titled or c.speaks or key in given_name_genders()):
        # nor across articles: a bare word joins no one known by it alone, whom another article made
        # of the same word ("Twitter"), whichever article came first
        story = [p for p in story if p.parsed_full_names]
    later = list(dict.fromkeys(m.person for m in here))
    if here and not [p for p in story if p not in later and p.parsed_full_names]:
        # of several named later ("Kessing's son" before Harold, Harold Jr. and Claire Kessing), the one
        # named far more often, else nobody; someone another article knows by the surname alone is no
        # other bearer, only that article's reading of the same word
        return dominant(later, article.times_named.__getitem__)
    if story:
        # Of several, the one named in far more articles ("Obama" in 2016 news); else ambiguous:
        # better no mention than a wrong one.
        return dominant(story, lambda p: p.article_count)
    # 4. A misspelling of someone in the same story.
    person = index.fuzzy_surname(key, gender, companions, n)
    if person is not None:
        return person
    # 5. Someone new, if the text treats the word as a person's name, unless the title it
    #    carries already belongs to someone this article names in full: "Russian President
    #    Rice" beside "Russian President Vladimir Putin" is a garbled name, not a second president.
    # A bare title says too little: "President Biden" beside "President Gitanas Nauseda" is a second president.
    held = {normalise_phrase(role.text) for _, role in article.roles}
    if any(normalise_phrase(role.text) in held and len(role.text.split()) > 1 for role in c.roles):
        return None
    if c.titled or c.speaks:
        made[key] = index.add(ResolvedPerson(aliases={c.name}))
        return made[key]
    return None


WORD_BEGINNING = re.compile(r"(?<![\w-])\w+")
WORD_CHAR = re.compile(r"[\w-]")


def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of the text begins, by the word: the places a name can begin."""
    starts: dict[str, list[int]] = {}
    for m in WORD_BEGINNING.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def by_first_word(names) -> dict[str, list[str]]:
    """Names by the word they begin with: what find_names looks up."""
    grouped: dict[str, list[str]] = {}
    for name in names:
        if first := WORD_BEGINNING.match(name):
            grouped.setdefault(first.group(), []).append(name)
    return grouped


def find_names(text: str, names: dict[str, list[str]], starts: dict[str, list[int]]) -> list[tuple[int, int, str]]:
    """Where the names (by_first_word's) stand as whole words, left to right, the longest where several
    begin at one place, none overlapping. Only words both in the text and beginning a name are looked
    at, so the cost grows with the smaller of the two, not with the number of names known."""
    found = []
    for word in names.keys() & starts.keys():  # the intersection walks the smaller of the two
        for name in names[word]:
            for start in starts[word]:
                end = start + len(name)
                if text.startswith(name, start) and not WORD_CHAR.match(text, end):
                    found.append((start, end, name))
    kept, reached = [], 0
    for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
        if start >= reached:
            kept.append((start, end, name))
            reached = end
    return kept


def known_full_names(index: PeopleIndex) -> dict[str, ResolvedPerson]:
    """Every full name of every person known, and whose it is."""
    owner: dict[str, ResolvedPerson] = {}
    for person in index.people:
        for name in person.written_full_names:
            owner.setdefault(name, person)
    return owner


def scan_full_names(text: str, article: ArticlePeople, owner: dict[str, ResolvedPerson],
                    names: dict[str, list[str]], starts: dict[str, list[int]], n: int) -> None:
    """Full names of people known from any article (`names`, by_first_word's of `owner`), where the
    model missed them here."""
    for start, end, name in find_names(text, names, starts):
        if not article.taken.overlaps(start, end):
            person = owner[name]
            person.articles.add(n)
            article.add(Mention(start, end, name, "name", person))


# A role set beside a name: "Kessing[, the Republican nominee,]".
APPOSED_ROLE = re.compile(r",\s+the\s+([\w .'’-]{2,60}?),")


def scan_known_names(text: str, article: ArticlePeople, starts: dict[str, list[int]]) -> None:
    """Find the names of this article's people where the model missed them. A surname two of
    them share ("Clinton" beside Hillary and Bill Clinton) goes to the one a courtesy title
    says, else to the one the article names far more often than the other, else to nobody."""
    people = list(dict.fromkeys(m.person for m in article.mentions))  # first-mention order
    mentioned = Counter(article.times_named)
    bearers: dict[str, list[ResolvedPerson]] = {}
    for person in people:
        bearers.setdefault(person.surname, []).append(person)
    for person in people:
        names = sorted({a for a in person.aliases if a[:1].isupper()} | {surname_as_written(person.name)}
                       | suffixed_surnames(person), key=len, reverse=True)
        tokens = {t for full in person.written_full_names for t in full.split()}
        shared = bearers[person.surname]
        for name in names:
            for start, end, _ in find_names(text, by_first_word([name]), starts):
                while (prev := re.search(r"(\S+) $", text[max(0, start - 40):start])) and (
                        prev.group(1) in tokens or prev.group(1).lower() in COURTESY_TITLES):
                    start -= len(prev.group(0))
                if article.taken.overlaps(start, end):
                    continue
                found = parse_name(text[start:end])
                if not found.is_full and begins_longer_name(text, start, end):
                    continue
                if not found.is_full and not found.suffix and len(shared) > 1:
                    fitting = [p for p in shared if p.could_be(found.gender)] if found.gender else shared
                    role = APPOSED_ROLE.match(text, end)  # "Kessing, the Republican nominee," beside his sons
                    holding = [p for p in fitting if role and normalise_phrase(role.group(1)) in p.roles]
                    if holding != [person] and dominant(fitting, mentioned.__getitem__) is not person:
                        continue
                kind = "name" if found.is_full else "surname"
                article.add(Mention(start, end, text[start:end], kind, person))


# Capitalised words that may follow a name in running text without being part of another name.
WORDS_AFTER_A_NAME = frozenset(WEEKDAYS) | {m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:]} \
    | NAME_SUFFIXES
NEXT_CAPITALISED_WORD = re.compile(r" ([A-Z][\w'’.-]*)")


def begins_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a surname written alone begins the name of something else, a capitalised word after it on
    a line that is no headline: "Fox News", "the Clinton Foundation", "Carrier Corp."; not a day, a month
    or a suffix after it ("Clinton Tuesday said")."""
    after = NEXT_CAPITALISED_WORD.match(text, end)
    return (after is not None and after.group(1).lower().rstrip(".") not in WORDS_AFTER_A_NAME
            and not is_title_case_line(text, start))


def suffixed_surnames(person: ResolvedPerson) -> set[str]:
    """ "Trump Jr." for Donald Trump Jr.: the surname with the suffix, as the full names write them."""
    return {f"{surname_as_written(name)} {name.split()[-1]}" for name in person.written_full_names
            if parse_name(name).suffix and fold(name.split()[-1]) == parse_name(name).suffix}


def scan_titles(text: str, article: ArticlePeople) -> None:
    """'the Iranian president' for the person this article calls 'Iranian President'."""
    holders: dict[str, set] = {}
    for person, role in article.roles:
        words = role.text.lower().split()
        if role.text[:1].isupper() and len(words) <= 4 and words[-1] in OFFICE_TITLES:
            holders.setdefault(role.text.lower(), set()).add(id(person))
    by_role = {role.text.lower(): person for person, role in article.roles}
    for role, ids in holders.items():
        if len(ids) != 1:
            continue
        pattern = rf"\b[Tt]he (?i:{re.escape(role)})\b(?!\s+[A-Z])"
        for m in re.finditer(pattern, text):
            start = m.start() + 4  # the mention is the title, not "the"
            if not article.taken.overlaps(m.start(), m.end()):
                article.add(Mention(start, m.end(), text[start:m.end()], "title", by_role[role]))


def normalise_phrase(text: str) -> str:
    text = text.replace("’", "'").lower().strip(" ,.")
    return re.sub(r"^(the|a|an)\s+", "", text)


def is_possessive(text: str, mention: Mention) -> bool:
    return text[mention.end:mention.end + 2] in ("'s", "’s")


LAST_WORD = re.compile(r"(\S+)\s*\Z")
# Someone speaking for a person named after them in the same phrase: "a [spokesman for] Democratic
# presidential candidate Hillary Clinton", "an adviser to Gov. Jane Doe" (to be searched up to the name),
# in a source that opens with an article: "Attorney for the family Benjamin Crump" is Crump.
WORKS_FOR = re.compile(r"\b(spokesman|spokeswoman|spokesperson|aide|adviser|advisor|staffer|lawyer|attorney)\s+"
                       r"(?:for|to)\s+[^,;:()\n]*\Z", re.IGNORECASE)


def word_before(text: str, position: int) -> str:
    """The last whitespace-separated word before `position` ('' if none), read from a short
    stretch before it rather than the whole text."""
    window = 64
    while True:
        start = max(0, position - window)
        found = LAST_WORD.search(text, start, position)
        if start == 0 or (found and found.start() > start):
            return found.group(1) if found else ""
        window *= 4


def follows_preposition(text: str, mention: Mention) -> bool:
    """ "a spokesman for Putin", "footage of the meeting with Khamenei": the name is not who speaks."""
    return word_before(text, mention.start).lower() in SOURCE_PREPOSITIONS


class MentionsByPlace:
    """An article's mentions in text order, looked up by place in log time."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def ended_by(self, position: int) -> Iterator[Mention]:
        """The mentions that end by `position`, the last first."""
        return (m for m in reversed(self.mentions[:bisect_right(self.starts, position)]) if m.end <= position)


class ClaimsBySource:
    """An article's claims that have a source span, in the order their sources begin."""

    def __init__(self, claims: list[ClaimCandidate]):
        self.claims = sorted((c for c in claims if c.source_start is not None), key=lambda c: c.source_start)
        self.starts = [c.source_start for c in self.claims]

    def before(self, position: int) -> Iterator[ClaimCandidate]:
        """The claims whose source begins before `position`, the last first."""
        return reversed(self.claims[:bisect_left(self.starts, position)])


@dataclass
class SpeakerContext:
    """What finding an article's speakers looks at: its text, its mentions, the roles it states, its
    quotations, its claims by where their sources stand and the speakers found so far."""
    text: str
    mentions: MentionsByPlace
    roles: dict[str, set]
    sources: ClaimsBySource
    quotes: list[tuple[int, int]]
    held: dict[str, set] = field(default_factory=dict)  # the roles other articles state of the people it names
    speakers: dict[int, Optional[ResolvedPerson]] = field(default_factory=dict)
    foreign: list[tuple[int, int]] = field(default_factory=list)  # ArticlePeople.foreign_descriptions

    def foreign_within(self, start: int, end: int) -> bool:
        return any(start <= a and b <= end for a, b in self.foreign)


def stated_roles(article: ArticlePeople) -> dict[str, set]:
    """Each role the article states, normalised, with the people it states it of."""
    roles: dict[str, set] = {}
    for person, role in article.roles:
        roles.setdefault(normalise_phrase(role.text), set()).add(person)
    return roles


def held_roles(article: ArticlePeople) -> dict[str, set]:
    """Each role any article states of a person this one names, with the people it is stated of:
    "the Vermont senator" in a story that calls him only "Bernie Sanders"."""
    roles: dict[str, set] = {}
    for person in article.times_named:
        for role in person.roles:
            roles.setdefault(role, set()).add(person)
    return roles


def resolve_descriptions(text: str, article: ArticlePeople, descriptions: list[DescriptionCandidate]) -> None:
    """A "description" mention for each description that stands for one person the article names
    (`description_person`)."""
    if not descriptions:
        return
    ctx = SpeakerContext(text, MentionsByPlace(article.mentions), stated_roles(article), ClaimsBySource([]),
                         quote_spans(text), held_roles(article))
    article.foreign_descriptions += [(d.start, d.end) for d in descriptions if d.nationality]
    for d in descriptions:
        if article.taken.overlaps(d.start, d.end):
            continue
        if d.subject:
            named = ctx.mentions.within(*d.subject)
            person = named[0].person if len({m.person for m in named}) == 1 else None
        else:
            person = description_person(ctx, d.words, d.start, by_salience=not (d.of_phrase or d.nationality),
                                        loosely=not d.nationality)
        if person is not None:
            article.add(Mention(d.start, d.end, text[d.start:d.end], "description", person))


def resolve_speakers(text: str, article: ArticlePeople, claims: list[ClaimCandidate]) -> list[Optional[ResolvedPerson]]:
    """The person each claim's source refers to, or None when the source is not a person."""
    ctx = SpeakerContext(text, MentionsByPlace(article.mentions), stated_roles(article), ClaimsBySource(claims),
                         quote_spans(text), held_roles(article), foreign=article.foreign_descriptions)
    for claim in sorted(claims, key=lambda c: c.source_start if c.source_start is not None else c.start):
        ctx.speakers[id(claim)] = speaker_of(ctx, claim)
    return [ctx.speakers[id(c)] for c in claims]


# Words that begin a clause about the source's head noun: "the lifelong Republican [who] wrote the speech".
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}


def words_before(words: list[str], stops) -> list[str]:
    """The words before the first of `stops` after the first word."""
    return next((words[:i] for i, w in enumerate(words) if i and w in stops), words)


def speaker_of(ctx: SpeakerContext, claim: ClaimCandidate) -> Optional[ResolvedPerson]:
    text, mentions, roles = ctx.text, ctx.mentions, ctx.roles
    if claim.continues is not None and id(claim.continues) in ctx.speakers:
        return ctx.speakers[id(claim.continues)]
    if claim.source_start is None:
        return None
    start, end = claim.source_start, claim.source_end
    if claim.referent_start is not None:
        start, end = claim.referent_start, claim.referent_end  # "McConnell, [who] said"
    # the words before a comma are what names the source: "[Butz], 49,", "[the lawmaker], who represents ..."
    comma = text.find(",", start, end)
    source = normalise_phrase(text[start:comma if comma > start else end])
    inside = mentions.within(start, end)
    whole = [m for m in inside if normalise_phrase(m.text) in (source, source.removesuffix("'s"))]
    if whole:
        # a name, even one that begins another's role ("Trump" and "Trump adviser X"), or its possessive
        # alone ("[Carson's] hint that ...")
        return whole[0].person
    holders = {p for role, people in roles.items() if is_role_of_source(role, source) for p in people}
    if len(holders) == 1:
        return holders.pop()  # "Putin's foreign policy adviser"
    staff = next(((m, found) for m in inside if (found := WORKS_FOR.search(text, start, m.start))), None) \
        if re.match(r"(?:an?|the|one)\s", text[start:end], re.IGNORECASE) else None
    if staff is not None:
        # "A spokesman for Democratic presidential candidate [Hillary Clinton]" is not Clinton: the one named
        # after her ("..., Brian Fallon, said"), else the one the article names as her spokesman, or nobody
        boss, found = staff
        named_after = [m for m in inside if m.start >= boss.end and not is_possessive(text, m)]
        return named_after[0].person if named_after else staff_of(ctx, boss.person, found.group(1).lower(), start)
    # a preposition before the source is not in it: "according to [Dennis B. Ross, a former envoy]"
    named = [m for m in inside if not is_possessive(text, m) and not (m.start > start and follows_preposition(text, m))
             and not modifies_next_word(text, m, end)]
    if named:
        return named[0].person  # "Clinton communication director [Jennifer Palmieri]"
    words = source.split()
    words = words_before(words, RELATIVE_WORDS)  # "the lifelong Republican [who wrote the speech]"
    if "and" in words[1:-1] and words[words.index("and") + 1] not in DETERMINERS:
        # one person described twice, the words sharing one "the": "the Democratic front-runner and former
        # secretary of state"; "the senator and the governor" are two
        words = words[:words.index("and")]
    of_phrase = "of" in words[1:]  # "the attorney general [of Florida]": whose office, not the article's figure
    words = words_before(words, SOURCE_PREPOSITIONS)  # "her submission [to the court]"
    if words and words[-1] in STATEMENT_NOUNS:
        # what a person issued speaks for them: "[Ivana Trump]'s brief", "[her] submission to the court"
        owners = [m for m in inside if is_possessive(text, m)]
        if owners:
            return owners[0].person
        if words[0] in POSSESSIVE_GENDER:
            return antecedent(ctx, start, POSSESSIVE_GENDER[words[0]])
    owners = [m for m in inside if is_possessive(text, m)]
    if owners and len(words) >= 2 and (staffer := staff_of(ctx, owners[-1].person, words[-1], start)) is not None:
        return staffer  # "the congressman's spokesman" after "Gowdy spokesman Jamal Ware"
    if inside:
        return None  # "Putin's spokesman" is not Putin
    if source in PRONOUN_GENDER and (enclosing := enclosing_source(ctx, claim, start, end)) is not None:
        # inside another's source, it is that source: "One, who asked not to be named because [he] feared
        # losing contracts, said" is the one who said it, whom the article does not name
        head_end = text.find(",", enclosing.source_start, start)
        named = mentions.within(enclosing.source_start, head_end)  # "Sen. Chris Murphy (D-Conn.), who ..."
        return named[0].person if named else None
    if source in PRONOUN_GENDER or source in POSSESSIVE_GENDER:
        # never someone named or described in the words after it, which it governs: "He has declared Cruz to
        # be anointed" is not Cruz; but "Clinton isn't rattled ..., she said" may be Clinton
        named_in_words = {m.person for m in mentions.within(max(claim.start, end), claim.end)}
        return antecedent(ctx, start, PRONOUN_GENDER.get(source) or POSSESSIVE_GENDER.get(source),
                          words_start=claim.start, not_of=named_in_words)
    indefinite = text[start:end].lower().startswith(("a ", "an "))  # "a port spokeswoman" is nobody named
    if len(words) == 1 and re.match(r"the\s", text[start:end], re.IGNORECASE):
        # "the candidate" may be the person the article is about; "the judge" only one it calls a judge,
        # and "the man" nobody in particular
        if words[0] in ANYONE_NOUNS:
            return None
        person = description_person(ctx, words, start, by_salience=False)
        return salient_person(ctx, words, start) if person is None and words[0] not in OFFICE_TITLES else person
    if len(words) >= 2 and not indefinite:
        # a headline drops its articles: "Indiana governor endorses Cruz" is "the Indiana governor"
        in_headline = "\n" not in text[:start] and ROLE_ABBREVIATIONS.get(words[-1], words[-1]) in PERSON_NOUNS
        if re.match(r"(the|his|her)\s", text[start:end], re.IGNORECASE) or in_headline:
            foreign = ctx.foreign_within(start, end)
            return description_person(ctx, words, start, by_salience=not of_phrase and not foreign,
                                      loosely=not foreign)
        holders = described(words, roles)
        return holders[0] if len(holders) == 1 else None
    return None


def enclosing_source(ctx: SpeakerContext, claim: ClaimCandidate, start: int, end: int) -> Optional[ClaimCandidate]:
    """Another claim whose source holds the words [start, end) after a comma, in a clause about its head."""
    return next((c for c in ctx.sources.before(start) if c is not claim and c.source_end >= end
                 and "," in ctx.text[c.source_start:start]), None)


def staff_of(ctx: SpeakerContext, boss: ResolvedPerson, noun: str, at: int) -> Optional[ResolvedPerson]:
    """The one person named before `at` as the boss's `noun`: "Putin's spokesman" is the one the article
    calls "Putin spokesman Dmitry Peskov", "Putin's chief spokesman, Dmitry Peskov" or "Dmitry Peskov,
    Putin's spokesman"."""
    text = ctx.text
    before = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}" + re.escape(noun) + r",?\s+")
    after = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}" + re.escape(noun) + r"\b")
    mentions = list(ctx.mentions.ended_by(at))
    bosses = [m for m in mentions if m.person is boss]

    def named_as_staff(m: Mention) -> bool:
        return any((b.end <= m.start and before.fullmatch(text, b.end, m.start)) or (
            m.end <= b.start and re.fullmatch(r",\s+", text[m.end:b.start]) and after.match(text, b.end))
            for b in bosses)
    holders = {m.person for m in mentions if m.person is not boss and named_as_staff(m)}
    return holders.pop() if len(holders) == 1 else None


def is_role_of_source(role: str, source: str) -> bool:
    """A role this article gives someone that the source names: all of it ("Putin's foreign policy
    adviser") or its start ("Okafor's rival [at the table]"), but not the start of a role of someone
    working for what the source names: "the Clinton campaign" is not "Clinton campaign spokesman X"."""
    if role == source:
        return True
    rest = role[len(source) + 1:].split() if role.startswith(source + " ") else []
    return bool(rest) and rest[0] not in PERSON_NOUNS


def modifies_next_word(text: str, mention: Mention, end: int) -> bool:
    """A name in front of a common noun in the source names whose the noun is: "[Clinton] communication
    director Jennifer Palmieri", "[Sanders] supporters"."""
    following = re.match(r"\s+([a-z]+)", text[mention.end:end])
    return following is not None and following.group(1) not in SOURCE_PREPOSITIONS | {"and", "or", "who", "which"}


AGE = re.compile(r"\d+-year-old")


def parties_of(words) -> set[str]:
    """The parties words name: {"republican"} for "GOP's", "Republican"."""
    return {PARTY_WORDS[w] for word in words if (w := re.sub(r"['’]s$", "", word)) in PARTY_WORDS}


def described(words: list[str], roles: dict[str, set], loosely: bool = False) -> list[ResolvedPerson]:
    """ "the Russian leader", "the Vermont senator", "the Democratic nominee": the people whose stated
    role ends in the description's noun (any title, for the generic "leader") and shares the most of
    its other words (at least one, when it has others: "the Vermont senator" is not the Arizona
    senator, the only senator named). `loosely`, a role that is only the noun, or the noun and some of
    the description's words, fits a description that says more ("the Crane County Republican" is the
    one the article calls "Republican")."""
    # an age tells no role apart: "the [57-year-old] president"
    words = [part for word in words if not AGE.fullmatch(word)
             for part in word.split("-") if part]  # "vice-presidential", as in roles
    if not words:
        return []  # "the 57-year-old"
    head, modifiers = ROLE_ABBREVIATIONS.get(words[-1], words[-1]), set(words[:-1])
    scores: dict[ResolvedPerson, int] = {}
    for role, people in roles.items():
        role_words = [ROLE_ABBREVIATIONS.get(w, w) for w in re.split(r"[\s-]+", role) if w]
        if RANK_WORDS & set(role_words) != RANK_WORDS & modifiers:
            continue  # "the Republican nominee" is not the vice-presidential one, nor the former governor the governor
        if (parties := parties_of(modifiers)) and (said := parties_of(role_words)) and not parties & said:
            continue  # nor "the Democratic Party's nominee" the Republican Party's
        if loosely and not set(role_words[:-1]) <= modifiers:
            continue
        if role_words and (role_words[-1] == head or (head == "leader" and role_words[-1] in OFFICE_TITLES)):
            for person in people:
                scores[person] = max(scores.get(person, 0), len(modifiers & set(role_words)))
    best = max(scores.values(), default=0)
    if modifiers and best == 0 and not loosely:
        return []
    return [p for p, score in scores.items() if score == best]


def description_person(ctx: SpeakerContext, words: list[str], at: int,
                       by_salience: bool = True, loosely: bool = True) -> Optional[ResolvedPerson]:
    """The person a definite description stands for: the one whose stated role it fits; of several,
    the one of them named last ("the governor" after Governor Ruiz and Governor Berg, in a paragraph
    about Ruiz); failing the roles this article states, the same of the roles
    others state of the people it names; else, with a modifier, the one whose stated role is only its noun
    or that and some of its words (`described` loosely); else, when it has a modifier, the person the article
    is about, unless `by_salience` is False (an "of" phrase says whose office it is: "the attorney general of
    Florida"). Not `loosely`, a nationality no stated role gives says it is someone else: "the Lithuanian
    president" is not the article's President Lukashenko."""
    holders = described(words, ctx.roles) or (described(words, ctx.held) if len(words) >= 2 else []) or (
        described(words, ctx.roles, loosely=True) if len(words) >= 2 and loosely else [])
    if len(holders) == 1:
        return holders[0]
    if holders:
        return next((m.person for m in ctx.mentions.ended_by(at) if m.person in holders), None)
    return salient_person(ctx, words, at) if len(words) >= 2 and by_salience else None


def salient_person(ctx: SpeakerContext, words: list[str], at: int) -> Optional[ResolvedPerson]:
    """ "the Democratic nominee", "the New York businessman" when no stated role fits: the last speaker in
    its paragraph or the one before ("Halvik said ... The lawmaker said"), else the person the article
    has named most often up to here (it is about them), of the gender the description's nouns say, and
    not its possessor. Never staff ("the campaign spokesman") nor kin ("his father"), seldom anyone named."""
    head = ROLE_ABBREVIATIONS.get(words[-1], words[-1])
    if head not in PERSON_NOUNS or head in STAFF_NOUNS or head in KIN_NOUNS or \
            any(role.split()[-1] == head for role in ctx.roles):
        return None  # not a person's description, staff, kin, or a description stated roles make ambiguous
    gender = FEMALE if set(words) & FEMALE_PERSON_NOUNS else MALE if set(words) & MALE_PERSON_NOUNS else None
    excluded = {antecedent(ctx, at, POSSESSIVE_GENDER[words[0]])} if words[0] in POSSESSIVE_GENDER else set()

    def eligible(person: ResolvedPerson) -> bool:
        return person not in excluded and person.could_be(gender)
    return last_speaker_nearby(ctx, at, eligible) or most_named(ctx, at, eligible) or named_next(ctx, at, eligible)


def named_next(ctx: SpeakerContext, at: int, eligible: Callable[[ResolvedPerson], bool]) -> Optional[ResolvedPerson]:
    """The person a news lede describes before naming: "The lifelong Republican who wrote the speech says
    ...", then "Richard Cross, a former staff member, wrote ...". When the article names nobody before
    `at`, the `eligible` person whose name opens the paragraph after."""
    if next(ctx.mentions.ended_by(at), None) is not None:
        return None
    after = paragraph_after(ctx.text, at)
    if after is None:
        return None
    start, end = after
    named = [m for m in ctx.mentions.within(start, end) if not is_possessive(ctx.text, m)]
    # the name must open the paragraph: a lede that only mentions people says nothing of whom
    return named[0].person if named and named[0].start == start and eligible(named[0].person) else None


def last_speaker_nearby(ctx: SpeakerContext, at: int, eligible) -> Optional[ResolvedPerson]:
    """The last `eligible` speaker before `at` in its paragraph or the one before: whom "the gambling
    tycoon told Reuters" goes on about."""
    previous = paragraph_before(ctx.text, at)
    earliest = previous[0] if previous else 0
    for claim in ctx.sources.before(at):
        if claim.source_start < earliest:
            break
        speaker = ctx.speakers.get(id(claim))
        if speaker is not None and eligible(speaker):
            return speaker
    return None


def most_named(ctx: SpeakerContext, at: int, eligible) -> Optional[ResolvedPerson]:
    """Of the `eligible` people, the one named most often in the last SALIENCE_WINDOW mentions before
    `at`, when named SALIENCE_LEAD times as often as the next."""
    named = Counter(m.person for m in islice(ctx.mentions.ended_by(at), SALIENCE_WINDOW) if eligible(m.person))
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < SALIENCE_LEAD * ranked[1][1]):
        return None
    return ranked[0][0]


def thread_person(ctx: SpeakerContext, start: int, end: int, eligible) -> Optional[ResolvedPerson]:
    """Between `start` and `end`, a paragraph or the part of it before a pronoun: the last `eligible`
    speaker, else the first such person named (usually the paragraph's subject)."""
    for claim in ctx.sources.before(end):
        if claim.source_start < start:
            break
        speaker = ctx.speakers.get(id(claim))
        if speaker and eligible(speaker) and not in_quotation(ctx.quotes, claim.source_start):
            return speaker
    named = [m.person for m in ctx.mentions.within(start, end) if not is_possessive(ctx.text, m)
             and eligible(m.person) and not in_quotation(ctx.quotes, m.start)]
    return named[0] if named else None


def antecedent(ctx: SpeakerContext, at: int, gender: Optional[str] = None, words_start: Optional[int] = None,
               not_of: frozenset | set = frozenset()) -> Optional[ResolvedPerson]:
    """'he' or 'she' at `at`, whose words start at `words_start`: the last speaker of a compatible
    gender earlier in the paragraph ("Patel said Vance had cut costs. He said ..." is Patel); else the
    first such person named earlier in the paragraph (usually its subject); else the same in the
    paragraph before ("His daughter, Caroline Pemberton, spoke briefly." before '"…," she told the
    crowd'); else the last such speaker before; else the last such person named before. Never a name
    inside quotation marks or the words attributed ('"Vance has no plan," he said' is not Vance), nor
    anyone in `not_of`."""
    def eligible(person: ResolvedPerson) -> bool:
        return person.could_be(gender) and person not in not_of

    text = ctx.text
    end = at if words_start is None else min(at, words_start)
    found = thread_person(ctx, paragraph_of(text, at)[0], end, eligible)
    previous = paragraph_before(text, at)
    if found is None and previous is not None:
        found = thread_person(ctx, *previous, eligible)
    if found is not None:
        return found
    for claim in ctx.sources.before(at):
        speaker = ctx.speakers.get(id(claim))
        if speaker and eligible(speaker):
            return speaker
    return next((m.person for m in ctx.mentions.ended_by(end)
                 if eligible(m.person) and not in_quotation(ctx.quotes, m.start)), None)