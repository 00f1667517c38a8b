"""Generated hostile texts and the invariant every extraction from them must keep.

Shared by tests/test_fuzz.py (a few examples, every `make test`) and
`bench/faults.py --fuzz N` (many). A text goes through read -> parse -> extract
(people, claims, events) and must raise nothing but the reader's BadInput (a
file refused with its one-line reason), and every span of every record must lie
within the text, with text[start:end] equal to the surface the record keeps.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from factstore import parse
from factstore.claims import extract_claims
from factstore.events import extract_events
from factstore.parse import parse_texts
from factstore.people import extract_people
from factstore.read import BadInput, read_article

# The suite's profile: few examples, the same ones each run, nothing written to disk.
settings.register_profile("suite", max_examples=12, deadline=None, derandomize=True, database=None,
                          suppress_health_check=list(HealthCheck), print_blob=True)
# bench/faults.py --fuzz N: new examples each run, generation only (failures are collected, not shrunk).
settings.register_profile("fuzz", deadline=None, database=None, phases=[Phase.generate],
                          suppress_health_check=list(HealthCheck))

QUOTES = "\"'“”‘’«»„‚‹›‟‛「」『』″＂〝〞`´"
DASHES = "-‐‑‒–—―−⸺⸻﹘﹣－"
# C0 and C1 controls; the reader refuses a text where they are over 1 in 100 characters.
CONTROLS = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)]))
# Invisible format characters (Unicode category Cf) and unusual breaks and spaces.
FORMATS = "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2066\u2069\ufeff"
SPACES = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2028", "\u2029", "\u3000", "\u2009", "\x0c"]

WORDS = ["the", "president", "said", "told", "reporters", "on", "Monday", "that", "he", "she", "they", "would",
         "not", "according", "to", "officials", "believes", "announced", "visit", "met", "with", "in",
         "signed", "deal", "election", "campaign", "police", "arrested", "a", "man", "wrote", "added", "asked",
         "July", "4,", "2016", "Mr.", "Mrs.", "Dr.", "Sen.", "Inc.", "U.S.", "3.5%", "$40", "billion", "it's",
         "Washington", "Moscow", "Tehran", "Reuters", "(AP)", "—", "said:", "says", "vowed", "denied", "trip"]
NAMES = ["Donald Trump", "Hillary Clinton", "Ebrahim Raisi", "Laisi", "Jean-Luc Picard", "O'Neil", "Brind'Amour",
         "Bashar al-Assad", "Holtz-Eakin", "María José Ñúñez", "Владимир Путин", "习近平", "محمد بن سلمان",
         "Ólafur Ragnar Grímsson", "Nguyễn Phú Trọng", "Kwame Nkrumah-Acheampong", "J.R.R. Tolkien", "Trump"]
SCRIPTS = ["Москва заявила", "Αθήνα είπε", "قال المتحدث", "東京都は発表した", "서울에서 말했다", "नई दिल्ली ने कहा",
           "שלום עולם", "กรุงเทพฯ กล่าว", "Zürich", "naïve café", "ﬁnance", "Ǆ", "𝐁𝐨𝐥𝐝", "🙂👍🏽", "e\u0301\u0301"]


@st.composite
def quotation(draw) -> str:
    """A quotation in any marks, often unbalanced, with a speaker before or after it, or none."""
    opening, closing = draw(st.sampled_from(QUOTES)), draw(st.sampled_from(QUOTES))
    inside = " ".join(draw(st.lists(st.sampled_from(WORDS + NAMES), min_size=0, max_size=25)))
    form = draw(st.integers(0, 5))
    speaker, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(["said", "told AP", "wrote", "added", "says"]))
    if form == 0:
        return f"{opening}{inside},{closing} {speaker} {verb}."
    if form == 1:
        return f"{speaker} {verb}: {opening}{inside}{closing}"
    if form == 2:  # unbalanced: no closing mark
        return f"{speaker} {verb}, {opening}{inside}."
    if form == 3:  # unbalanced: no opening mark
        return f"{inside}.{closing} {verb} {speaker}"
    if form == 4:  # split by its attribution, nested marks
        return f"{opening}{inside}{closing} {verb} {speaker}{draw(st.sampled_from(DASHES))}{opening}‘{inside}’{closing}"
    return f"{opening * draw(st.integers(1, 4))}{inside}{closing * draw(st.integers(0, 4))}"


def repeated(piece: st.SearchStrategy[str], low: int, high: int) -> st.SearchStrategy[str]:
    return st.tuples(piece, st.integers(low, high)).map(lambda t: t[0] * t[1])


PIECES = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NAMES), st.sampled_from(SCRIPTS), quotation(),
    st.sampled_from(DASHES), st.sampled_from(QUOTES), st.sampled_from(SPACES),
    # a format character, now and then a control one (over 1 in 100 characters, the reader refuses the text)
    st.integers(0, 7).flatmap(lambda n: st.sampled_from(CONTROLS if n == 0 else FORMATS)),
    st.sampled_from(".,;:!?()[]{}…•·/\\&@#*_|~^"),
    st.text(st.characters(codec="utf-8"), max_size=20),  # anything at all, now and then
)


@st.composite
def hostile_text(draw) -> str:
    """A news-like text of pieces and spaces, some lines very long (up to ~12,000 characters)."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):  # paragraphs
        words = draw(st.lists(PIECES, min_size=1, max_size=60))
        joints = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\u00a0", "\t"]), min_size=len(words),
                               max_size=len(words)))
        paragraph = "".join(w + j for w, j in zip(words, joints))
        if draw(st.integers(0, 9)) == 0:  # a huge line: the paragraph or a piece over and over, no break
            paragraph = draw(repeated(st.sampled_from([paragraph, *words]), 50, 400))[:12_000]
        parts.append(paragraph)
        parts.append(draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", " ", "\u2029", ""])))
    return "".join(parts)


@dataclass
class Outcome:
    refused: Optional[str] = None  # the reader's one-line reason, when it refuses the text
    records: int = 0


class SpanError(AssertionError):
    pass


def check_span(text: str, what: str, start, end, surface: Optional[str] = None, empty_ok: bool = False) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise SpanError(f"{what}: span [{start!r}, {end!r}) is not within a text of {len(text)} characters")
    if start == end and not empty_ok:
        raise SpanError(f"{what}: empty span at {start}")
    if surface is not None and text[start:end] != surface:
        raise SpanError(f"{what}: text[{start}:{end}] is {text[start:end]!r}, the record says {surface!r}")


def check_pair(text: str, what: str, start, end) -> None:
    if (start is None) != (end is None):
        raise SpanError(f"{what}: half a span ({start!r}, {end!r})")
    if start is not None:
        check_span(text, what, start, end)


def read_parse_extract(text: str, piece_chars: Optional[int] = None) -> Outcome:
    """The text through every extraction stage, its invariant checked; raises on any breach.
    `piece_chars` parses it in pieces of at most that many characters, as a long text is."""
    try:
        article = read_article("fuzz.txt", text.encode("utf-8"))
    except BadInput as error:
        return Outcome(refused=str(error))
    body = article.extraction_text
    if len(body) != len(article.text):
        raise SpanError(f"extraction text of {len(body)} characters for a text of {len(article.text)}")
    for kind, span in article.boilerplate:
        check_span(article.text, f"boilerplate {kind}", span.start, span.end, span.text, empty_ok=True)
    for c in article.contributors:
        check_span(article.text, "contributor", c.start, c.end)
    saved = parse.PIECE_CHARS
    parse.PIECE_CHARS = piece_chars or saved
    try:
        doc = next(parse_texts([body], 1, processes=1))
    finally:
        parse.PIECE_CHARS = saved
    if doc.text != body:
        raise SpanError("the parsed Doc's text is not the extraction text")
    people, claims, events = extract_people(doc), extract_claims(doc), extract_events(doc)
    for p in people:
        check_span(body, "person", p.start, p.end, p.surface)
        for role in p.roles:
            check_span(body, "person role", role.start, role.end, role.text)
    for c in claims:
        for claim, what in [(c, "claim"), *([(c.continues, "continued claim")] if c.continues else [])]:
            check_span(body, what, claim.start, claim.end, claim.content)
            check_pair(body, f"{what} source", claim.source_start, claim.source_end)
            check_pair(body, f"{what} cue", claim.cue_start, claim.cue_end)
        check_pair(body, "claim sentences", c.sentence_start, c.sentence_end)
        if c.sentence_start is None or not (c.sentence_start <= c.start and c.end <= c.sentence_end):
            raise SpanError(f"claim [{c.start}, {c.end}) outside its sentences ({c.sentence_start}, {c.sentence_end})")
    for e in events:
        check_span(body, "event clause", e.start, e.end)
        check_span(body, "event trigger", e.trigger.start, e.trigger.end, e.trigger.text)
        for p in e.participants:
            check_span(body, "event participant", p.start, p.end, p.text)
        if e.place:  # its text is the place's name, not always what the article writes
            check_span(body, "event place", e.place.start, e.place.end)
        if e.date:
            check_span(body, "event date", e.date.start, e.date.end, e.date.text)
        if e.ordinal:
            check_span(body, "event ordinal", e.ordinal[1].start, e.ordinal[1].end, e.ordinal[1].text)
    return Outcome(records=len(people) + len(claims) + len(events))


# Texts are parsed whole, or in small pieces joined into one Doc (as texts over parse.PIECE_CHARS are).
PIECE_SIZES = st.sampled_from([None, None, None, 200, 1000])
