"""Resolve stage: tie the names found in many articles to people.

Pure functions: the people already in the database come in as `KnownPerson`
records, and what comes out says, for each article, which person every
mention and role belongs to. Nothing here touches spaCy or the database.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz

from .lexicon import COURTESY_TITLES, NAME_PARTICLES, NAME_SUFFIXES, OFFICE_TITLES, SOURCE_PREPOSITIONS
from .facts import ClaimCandidate, PersonCandidate, Role

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Two spellings of one name ("Ebrahim"/"Ibrahim", "Laisi"/"Raisi") score 80+.
NAME_SIMILARITY = 80
# A misspelt lone surname joins a person only if its article shares this many
# other people with that person's articles: the same story, not a namesake.
FUZZY_SHARED_PEOPLE = 2


@dataclass
class KnownPerson:
    id: int
    name: str
    aliases: list[str]


@dataclass(eq=False)
class ResolvedPerson:
    id: Optional[int] = None  # set when the person is already stored
    stored_name: Optional[str] = None
    full_names: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)

    @property
    def name(self) -> str:
        if self.stored_name and len(self.stored_name.split()) > 1:
            return self.stored_name
        if self.full_names:
            return max(self.full_names, key=lambda n: (self.full_names[n], len(n)))
        return self.stored_name or min(self.aliases, key=lambda a: (len(a), a))

    @property
    def surname(self) -> str:
        return surname_key(self.name)

    @property
    def given_names(self) -> list[list[str]]:
        return [given_names(n) for n in self.full_names] + (
            [given_names(self.stored_name)] if self.stored_name else [])


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | surname | title
    person: ResolvedPerson


@dataclass
class ArticlePeople:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[ResolvedPerson, Role]] = field(default_factory=list)


def name_parts(name: str) -> list[str]:
    return [t for t in name.split() if t.lower() not in COURTESY_TITLES and t.lower() not in NAME_SUFFIXES]


def surname_key(name: str) -> str:
    parts = name_parts(name) or name.split()
    return re.sub(r"^(al|el)[-‐]", "", parts[-1].lower())


def given_names(name: str) -> list[str]:
    return [t.lower() for t in name_parts(name)[:-1] if t.lower() not in NAME_PARTICLES]


def same_given_names(a: list[str], b: list[str]) -> bool:
    """'Recep Tayyip' and 'Tayyip', 'Ebrahim' and 'Ibrahim', 'J.' and 'John'."""
    if not a or not b or set(a) <= set(b) or set(b) <= set(a):
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= NAME_SIMILARITY


class PeopleIndex:
    """Everyone known so far, looked up by surname."""

    def __init__(self, known: list[KnownPerson]):
        self.people: list[ResolvedPerson] = []
        self.by_surname: dict[str, list[ResolvedPerson]] = {}
        for k in known:
            person = self.add(ResolvedPerson(id=k.id, stored_name=k.name, aliases=set(k.aliases)))
            for alias in k.aliases:
                if len(name_parts(alias)) > 1:
                    self.by_surname.setdefault(surname_key(alias), [])
                    if person not in self.by_surname[surname_key(alias)]:
                        self.by_surname[surname_key(alias)].append(person)

    def add(self, person: ResolvedPerson) -> ResolvedPerson:
        self.people.append(person)
        self.by_surname.setdefault(person.surname, []).append(person)
        return person

    def match_full_name(self, name: str) -> ResolvedPerson:
        given = given_names(name)
        for person in self.by_surname.get(surname_key(name), []):
            if not person.full_names and not (person.stored_name and len(name_parts(person.stored_name)) > 1):
                return person  # known only by surname so far
            if any(same_given_names(given, g) for g in person.given_names if g):
                return person
            if not any(person.given_names):
                return person
        return self.add(ResolvedPerson(full_names=Counter({name: 0})))

    def fuzzy_surname(self, key: str, companions: set[ResolvedPerson], article: int) -> Optional[ResolvedPerson]:
        """A lone surname misspelt ('Laisi' for 'Raisi'), judged by the company it keeps."""
        hits = []
        for surname, people in self.by_surname.items():
            if surname == key or fuzz.ratio(surname, key) < NAME_SIMILARITY:
                continue
            for person in people:
                elsewhere = person.articles - {article}
                shared = sum(1 for c in companions if c is not person and c.articles & elsewhere)
                if shared >= FUZZY_SHARED_PEOPLE:
                    hits.append(person)
        return hits[0] if len(hits) == 1 else None


def resolve_people(articles: list[tuple[str, list[PersonCandidate]]],
                   known: list[KnownPerson]) -> list[ArticlePeople]:
    """Tie each article's candidates to people, old and new.

    `articles` holds (extraction_text, candidates) per article, in order.
    """
    index = PeopleIndex(known)
    results = [ArticlePeople() for _ in articles]

    # Full names first, across all articles, so lone surnames have someone to join.
    for n, (_, candidates) in enumerate(articles):
        for c in candidates:
            if c.is_full:
                person = index.match_full_name(c.name)
                person.full_names[c.name] += 1
                add_mention(results[n], person, c, "name", n)

    for n, (_, candidates) in enumerate(articles):
        article = results[n]
        for c in sorted((c for c in candidates if not c.is_full), key=lambda c: c.start):
            person = resolve_lone_name(c, article, index, n)
            if person is not None:
                add_mention(article, person, c, "surname", n)

    full_names = known_full_names(index)
    for n, (text, _) in enumerate(articles):
        scan_full_names(text, results[n], full_names, n)
        scan_known_names(text, results[n], n)
        scan_titles(text, results[n])
        results[n].mentions.sort(key=lambda m: m.start)
    return results


def add_mention(article: ArticlePeople, person: ResolvedPerson, c: PersonCandidate, kind: str, n: int) -> None:
    person.aliases.update({c.surface, c.name})
    person.articles.add(n)
    article.mentions.append(Mention(c.start, c.end, c.surface, kind, person))
    article.roles += [(person, role) for role in c.roles]


def resolve_lone_name(c: PersonCandidate, article: ArticlePeople, index: PeopleIndex,
                      n: int) -> Optional[ResolvedPerson]:
    key = surname_key(c.name)
    word = c.name.lower()
    # 1. Someone this article has named in full: the nearest one before, else any.
    here = [m for m in article.mentions if m.kind == "name"
            and (m.person.surname == key or word in given_names(m.person.name))]
    before = [m for m in here if m.start < c.start]
    if before:
        return before[-1].person
    if here:
        return here[0].person
    # 2. Exactly one person of that surname anywhere.
    everywhere = index.by_surname.get(key, [])
    if len(everywhere) == 1:
        return everywhere[0]
    if len(everywhere) > 1:
        return None  # ambiguous: better no mention than a wrong one
    # 3. A misspelling of someone in the same story.
    person = index.fuzzy_surname(key, {m.person for m in article.mentions}, n)
    if person is not None:
        return person
    # 4. Someone new, if the text treats the word as a person's name, unless the title it
    #    carries already belongs to someone this article names in full: "Russian President
    #    Rice" beside "Russian President Vladimir Putin" is a garbled name, not a second president.
    held = {normalise_phrase(role.text) for _, role in article.roles}
    if any(normalise_phrase(role.text) in held for role in c.roles):
        return None
    if c.titled or c.speaks:
        return index.add(ResolvedPerson(aliases={c.name}))
    return None


def overlaps(article: ArticlePeople, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in article.mentions)


def known_full_names(index: PeopleIndex) -> tuple[Optional[re.Pattern], dict[str, ResolvedPerson]]:
    """One pattern for every full name of every person known, longest first."""
    owner: dict[str, ResolvedPerson] = {}
    for person in index.people:
        for name in set(person.full_names) | {a for a in person.aliases if len(name_parts(a)) > 1}:
            owner.setdefault(name, person)
    if not owner:
        return None, owner
    names = sorted(owner, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"), owner


def scan_full_names(text: str, article: ArticlePeople, full_names, n: int) -> None:
    """Full names of people known from any article, where the model missed them here."""
    pattern, owner = full_names
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if not overlaps(article, m.start(), m.end()):
            person = owner[m.group()]
            person.articles.add(n)
            article.mentions.append(Mention(m.start(), m.end(), m.group(), "name", person))


def scan_known_names(text: str, article: ArticlePeople, n: int) -> None:
    """Find the names of this article's people where the model missed them."""
    for person in dict.fromkeys(m.person for m in article.mentions):  # first-mention order
        names = sorted({a for a in person.aliases if a[:1].isupper()} | {name_parts(person.name)[-1]},
                       key=len, reverse=True)
        tokens = {t for full in person.full_names for t in full.split()}
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                start, end = m.start(), m.end()
                while (prev := re.search(r"(\S+) $", text[max(0, start - 40):start])) and (
                        prev.group(1) in tokens or prev.group(1).lower() in COURTESY_TITLES):
                    start -= len(prev.group(0))
                if not overlaps(article, start, end):
                    kind = "name" if len(name_parts(text[start:end])) > 1 else "surname"
                    article.mentions.append(Mention(start, end, text[start:end], kind, person))


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
            if not overlaps(article, m.start(), m.end()):
                article.mentions.append(Mention(start, m.end(), text[start:m.end()], "title", by_role[role]))


def normalise_phrase(text: str) -> str:
    text = text.replace("’", "'").lower().strip(" ,.")
    return re.sub(r"^(the|a|an)\s+", "", text)


def is_possessive(text: str, mention: Mention) -> bool:
    return text[mention.end:mention.end + 2] in ("'s", "’s")


def follows_preposition(text: str, mention: Mention) -> bool:
    """ "a spokesman for Putin", "footage of the meeting with Khamenei": the name is not who speaks."""
    before = text[:mention.start].split()
    return bool(before) and before[-1].lower() in SOURCE_PREPOSITIONS


def resolve_speakers(text: str, article: ArticlePeople, claims: list[ClaimCandidate]) -> list[Optional[ResolvedPerson]]:
    """The person each claim's source refers to, or None when the source is not a person."""
    roles = {}
    for person, role in article.roles:
        roles.setdefault(normalise_phrase(role.text), set()).add(person)
    speakers: dict[int, Optional[ResolvedPerson]] = {}
    for claim in sorted(claims, key=lambda c: c.source_start if c.source_start is not None else c.start):
        speakers[id(claim)] = speaker_of(text, article, roles, claim, speakers, claims)
    return [speakers[id(c)] for c in claims]


def speaker_of(text, article, roles, claim, speakers, claims) -> Optional[ResolvedPerson]:
    if claim.continues is not None and id(claim.continues) in speakers:
        return speakers[id(claim.continues)]
    if claim.source_start is None:
        return None
    start, end = claim.source_start, claim.source_end
    source = normalise_phrase(text[start:end])
    holders = {p for role, people in roles.items() if role == source or role.startswith(source + " ")
               for p in people}
    if len(holders) == 1:
        return holders.pop()  # "Putin's foreign policy adviser"
    inside = [m for m in article.mentions if start <= m.start and m.end <= end]
    named = [m for m in inside if not is_possessive(text, m) and not follows_preposition(text, m)]
    if named:
        return named[0].person
    if inside:
        return None  # "Putin's spokesman" is not Putin
    if source in PERSONAL_PRONOUNS:
        return antecedent(text, article, claims, speakers, start)
    words = source.split()
    indefinite = text[start:end].lower().startswith(("a ", "an "))  # "a port spokeswoman" is nobody named
    if len(words) >= 2 and words[-1] in OFFICE_TITLES | {"leader"} and not indefinite:
        # "the Russian leader": the one person whose stated role shares the description,
        # and the title too unless it is the generic "leader"
        holders = {p for role, people in roles.items() for p in people
                   if all(w in role.split() for w in words[:-1]) and words[-1] in role.split() + ["leader"]}
        if len(holders) == 1:
            return holders.pop()
    return None


def antecedent(text: str, article: ArticlePeople, claims, speakers, at: int) -> Optional[ResolvedPerson]:
    """'he' or 'she': the first person named earlier in the paragraph (usually its subject),
    else the last speaker before, else the last person named before."""
    paragraph_start = text.rfind("\n", 0, at) + 1
    in_paragraph = [m for m in article.mentions if paragraph_start <= m.start and m.end <= at
                    and not is_possessive(text, m)]
    if in_paragraph:
        return in_paragraph[0].person
    earlier = [c for c in claims if c.source_start is not None and c.source_start < at and speakers.get(id(c))]
    if earlier:
        return speakers[id(max(earlier, key=lambda c: c.source_start))]
    mentioned = [m for m in article.mentions if m.end <= at]
    return mentioned[-1].person if mentioned else None
