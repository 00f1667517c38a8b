"""What extraction finds: plain records with spans, free of spaCy and SQL."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .names import parse_name
from .quotes import quote_spans


def words_said(content: str, start: int, attribution: list[tuple[Optional[int], Optional[int]]]) -> str:
    """A claim's content (starting at `start` in its article) less the attribution spans inside it."""
    inner = [(a - start, b - start) for a, b in attribution
             if a is not None and start <= a and b - start <= len(content)]
    if not inner:
        return content
    quoted = [content[a:b] for a, b in quote_spans(content)]
    if len(quoted) > 1:
        return " ".join(quoted)
    chars = list(content)
    for a, b in inner:
        chars[a:b] = " " * (b - a)
    return " ".join("".join(chars).split())


@dataclass
class Role:
    text: str
    start: int
    end: int


@dataclass
class DescriptionCandidate:
    """A definite description that may stand for a person the article names: "the Democratic
    nominee", "his ex-wife". The span leaves out a leading "the"; `words` are its lowercased words."""

    start: int
    end: int
    words: list[str]
    # Where the named subject it is predicated of stands: "[Rudy Giuliani] is the former mayor".
    subject: Optional[tuple[int, int]] = None
    # An "of" phrase after it says whose office it is: "the attorney general [of Florida]".
    of_phrase: bool = False
    # So does a nationality in it: "the [Mexican] president" (a party is none: "the Republican nominee").
    nationality: bool = False


@dataclass
class PersonCandidate:
    """A name found in one article, before it is tied to a person."""

    start: int
    end: int
    surface: str
    name: str  # without courtesy titles: "Raisi" for "Mr. Raisi"
    titled: bool = False  # preceded by a courtesy or office title
    speaks: bool = False  # subject of a speech verb
    roles: list[Role] = field(default_factory=list)
    title_gender: Optional[str] = None  # what a courtesy title before the name says ("Mrs.": female)
    pronoun_gender: Optional[str] = None  # what pronouns about the person in its sentence suggest
    generation: Optional[str] = None  # "elder" or "younger" written before it: "the younger Pemberton"
    # a word the model tagged as no person ("Trump" as ORG) in an article that names no one so in full:
    # someone only if other articles of its story know a person by it
    known_only: bool = False

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def is_full(self) -> bool:
        return parse_name(self.name).is_full


@dataclass(eq=False)
class ClaimCandidate:
    """An attributed statement in one article, before its speaker is resolved.

    Spans are character offsets into the article text; source and cue are None
    when the text gives none (a quotation that carries on earlier words has a
    source but no cue of its own).
    """

    start: int
    end: int
    content: str
    kind: str  # direct | partial | indirect
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    cue_lemma: Optional[str] = None
    factuality: Optional[str] = None
    continues: Optional["ClaimCandidate"] = None
    # how likely the content scorer found the content, when it is a dependent of the cue
    content_probability: Optional[float] = None
    act: str = "speech"  # speech, thought or other (acts.py)
    # whom a relative pronoun source stands for: "[McConnell], [who] said ..."
    referent_start: Optional[int] = None
    referent_end: Optional[int] = None
    # the sentences the claim, its source and its cue sit in
    sentence_start: Optional[int] = None
    sentence_end: Optional[int] = None

    def words(self, text: str) -> str:
        """What was said, less the attribution inside it: "X," he said, "Y." gives "X, Y."."""
        return words_said(text[self.start:self.end], self.start,
                          [(self.source_start, self.source_end), (self.cue_start, self.cue_end)])


@dataclass
class TextSpan:
    start: int
    end: int
    text: str  # what the span says; for a place, its name ("Ashgabat, Turkmenistan")


@dataclass
class Participant:
    """A phrase naming who took part in an event, and the named entities in it."""

    role: str  # agent, counterpart, signatory, applicant, target
    start: int
    end: int
    text: str
    # (label, name, spellings): ORG, GPE, NORP, PERSON; an organisation by the name its article
    # abbreviates it to ("FBI" for "F.B.I." and "the bureau"), with the ways the article writes it
    entities: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    head: str = ""  # the phrase's head word, lower case: "corporation", "president"
    # names that modify a common noun, and so name someone else: "[Sanders] supporters", "the [Trump] campaign"
    modifier_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(eq=False)
class EventCandidate:
    """An event one article reports, before its date is resolved and it is merged with others."""

    event_type: str
    cameo_root: str
    status: str  # happened | ongoing | planned | expected | denied | negated
    start: int  # the clause that reports it
    end: int
    trigger: TextSpan
    participants: list[Participant] = field(default_factory=list)
    place: Optional[TextSpan] = None
    date: Optional[TextSpan] = None
    ordinal: Optional[tuple[int, TextSpan]] = None  # a trip's number: (2, "second trip outside Russia")
    several: bool = False  # the trigger counts several happenings: "32 visits"
    renewed: bool = False  # the event's reopening, not the event: "reopened the investigation"
    tensed: bool = True  # the status comes from the words; False for a noun's "happened" by default
    office: Optional[str] = None  # what an election is for: "president" (event_words.ELECTED_OFFICES)
    office_country: Optional[str] = None  # the country of that office: "United States" (events.office_country_of)
