"""Read stage: bytes to text, and what the text says about itself.

`read_article` decodes a file and finds its headline, byline, dateline,
publication date, credit lines and web boilerplate. The verbatim text is
never altered; `extraction_text` is the same text with everything that is
not the story blanked out by spaces, so offsets into it are offsets into
the original.
"""
from __future__ import annotations

import calendar
import codecs
import errno
import hashlib
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from dateparser.date import DateDataParser

from .names import NON_ASCII

MAX_BYTES = 5 * 1024 * 1024
# Byte order marks that name their encoding; UTF-32's come first, as they begin with UTF-16's.
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
# Text that is UTF-8 but for a few bad bytes (a cut or a bad copy) keeps its article: the bad
# sequences become U+FFFD, with a warning, while they are at most one in a hundred bytes.
MAX_REPLACED_SHARE = 0.01


class BadInput(Exception):
    """A file that cannot be read as a news article; the message says why."""


# Whole lines that are web furniture, not story.
BOILERPLATE_LINES = [
    re.compile(p, re.I) for p in (
        r"advertisement",
        r"skip to (main )?content",
        r"sign up (now )?for .*",
        r"subscribe\b.*",
        r"(most popular|most read|trending( now)?|latest news|related( articles| stories)?)",
        r"you (may|might) also like.*",
        r"leave a (comment|reply)",
        r"\d+ comments?",
        r"read more",
        r"share (this|on) .*",
        r"(photo|image) credit:?.*|\((photo|image) credit:.*\)",
        r"our standard: .*",
        r".*\buses cookies\b.*",
        r"privacy( & cookies)?( policy)?",
        r"accept( all)?( cookies)?",
        r"(©|@|\(c\)|copyright)\s*\d{4}.*",
        r".*\ball rights? reserved\b.*",
        r"(designed|developed)( and (designed|developed))? by .*",
    )
]
# A footer marker ends the story: everything after it is boilerplate.
FOOTER_MARKERS = re.compile(r"(most popular|you (may|might) also like|leave a (comment|reply)|related (articles|stories))\s*$", re.I)
# Boilerplate glued to the end of a sentence ("...$40 billion.read more").
INLINE_BOILERPLATE = re.compile(r"(?<=[.!?”\"])read more\b", re.I)

CREDIT_LINE = re.compile(
    r"^(?:(?:additional )?reporting|writing|editing|compiled|edited|written)\s+by\b", re.I)
CREDIT_PART = re.compile(
    r"(?P<role>(?:additional )?reporting|writing|editing|compiled|edited|written)\s+by\s+(?P<names>[^;]+?)\s*(?=;|$|,\s*(?:(?:additional )?reporting|writing|editing|compiled|edited|written)\s+by\b)",
    re.I)

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
CREDIT_NAMES = re.compile(rf"{_NAME}(?:\s*(?:,|\band\b)\s*{_NAME})*(?:\s+in\s+{_NAME})?")

BYLINE = re.compile(r"^by\s+(?P<name>.+?)(?:\s+[-–—|]\s+(?P<date>.+))?$", re.I)
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_LINE = re.compile(
    rf"^(?P<label>(?:published|updated|posted)(?: on)?:?\s*)?(?P<date>(?:\w+day,?\s+)?(?:{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|\d{{4}}-\d\d-\d\d))(?P<time>[\s,]+\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?$",
    re.I)
# "LONDON/DUBAI, July 19 (Reuters) –"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'/ -]+(?:,\s*[A-Z][a-z.]+)?)(?:,\s+(?P<date>{MONTHS}\s+\d{{1,2}}(?:,\s+\d{{4}})?))?\s*(?:\((?P<outlet>[^)]+)\)\s*)?[-–—]+\s*")
COPYRIGHT_YEAR = re.compile(r"(?:©|@|\(c\)|copyright)\s*(\d{4})", re.I)
# Navigation above the headline: "Home News World News Putin meets ..."
BREADCRUMB = re.compile(r"home\s*(?:[|>»/›]|news\b|\w*\s*news\b).*", re.I)
SECTION_LABEL_MAX_WORDS = 2
HEADLINE_MAX_WORDS = 30
# A text wrapped at a fixed width (mail, wire copy, plain-text archives): nearly all its lines, and at
# least a few, no longer than the widest a text is wrapped at; and some as long as the narrowest. A line
# was broken by the wrapping only if it fills most of the width.
MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, WRAPPED_SHARE, MIN_WRAPPED_LINES, FULL_LINE_SHARE = 100, 40, 0.95, 5, 0.6
# A first line ending in a full stop is still a headline if it is this short and stands alone.
HEADLINE_WITH_STOP_MAX_WORDS = 15
# A headline is in title case when this share of its words of four letters or more, less the first
# and the names, are capitalised.
TITLE_CASE_SHARE = 0.75
# Words written with a capital in any case, no evidence of title case: "... was praised on Wednesday."
ALWAYS_CAPITALISED = frozenset(calendar.day_name[d].lower() for d in range(7)) | frozenset(
    calendar.month_name[m].lower() for m in range(1, 13))
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A word after a word or a comma, so not the first of its sentence.
MID_SENTENCE_WORD = re.compile(r"(?<=[\w,;)])[ \t]+([^\W\d_][\w'’-]*)")
POSSESSIVE = re.compile(r"['’]s?$")
# A publication date is written out in full: the parsers of "2 hours ago" and timestamps are not
# tried, and one parser serves every article (dateparser.parse would build one per call).
DATE_PARSER = DateDataParser(languages=["en"], settings={
    "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["absolute-time"]})


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Contributor:
    name: str
    role: str
    start: int
    end: int


@dataclass
class ArticleText:
    source_file: str
    text: str
    sha256: str
    title: Optional[str] = None
    byline: Optional[str] = None
    outlet: Optional[str] = None
    dateline: Optional[str] = None
    published_on: Optional[str] = None
    url: Optional[str] = None  # never in the text: only from the user's metadata file
    contributors: list[Contributor] = field(default_factory=list)
    boilerplate: list[tuple[str, Span]] = field(default_factory=list)
    extraction_text: str = ""
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text and warnings: UTF-16 or UTF-32 with a BOM, UTF-8 (with or without BOM),
    else Windows-1252; UTF-8 with a few bad bytes has them replaced by U+FFFD, with a warning."""
    if not data.strip():
        raise BadInput("empty file")
    if len(data) > MAX_BYTES:
        raise BadInput(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    warnings: list[str] = []
    codec = next((codec for bom, codec in BOMS if data.startswith(bom)), None)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise BadInput(f"not decodable as {codec.upper()}, though it starts with its byte order mark") from None
    elif b"\x00" in data:
        raise BadInput("binary file (contains NUL bytes)")
    else:
        text, warnings = decode_8bit(data)
    if not text.strip():
        raise BadInput("empty file (whitespace only)")
    control = len(CONTROL_CHARACTERS.findall(text))
    if control > len(text) * 0.01:
        raise BadInput("binary file (control characters)")
    return text, warnings


# Below 32 but for line breaks, tabs and form feeds: what a text file does not hold.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode_8bit(data: bytes) -> tuple[str, list[str]]:
    """UTF-8; else Windows-1252 if that maps every byte and no UTF-8 character is in the text;
    else UTF-8 with its few bad sequences replaced."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8-sig", "replace")
    try:
        if not re.search("[^\x00-\x7f\ufffd]", replaced):
            return data.decode("cp1252"), []
    except UnicodeDecodeError:
        pass
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    if bad > max(1, len(data) * MAX_REPLACED_SHARE):
        raise BadInput("not decodable as UTF-8 or Windows-1252")
    return replaced, [f"{bad} invalid UTF-8 sequence{'s' if bad > 1 else ''} replaced by U+FFFD"]


def printable(name: str) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8, which
    os.fsdecode keeps as lone surrogates, are written as \\xNN."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def unreadable(path: Path, error: OSError) -> str:
    """Why a file could not be read, in words."""
    if path.is_symlink():
        return "cannot read (symbolic link loop)" if error.errno == errno.ELOOP else "cannot read (broken symbolic link)"
    return f"cannot read ({error.strerror or error})"


def lines_with_offsets(text: str):
    """Yield (start, end, line) for each line, end excluding the newline."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield pos, pos + len(line), line
        pos += len(raw)


@lru_cache(maxsize=4096)  # a day's articles give the same date
def parse_date(text: str) -> Optional[str]:
    parsed = DATE_PARSER.get_date_data(text).date_obj
    return parsed.date().isoformat() if parsed else None


def parse_credits(line: str, start: int) -> list[Contributor]:
    """Contributors named in a credit line; none if it is a sentence ("Writing by hand, ...")."""
    out = []
    for part in CREDIT_PART.finditer(line):
        if not CREDIT_NAMES.fullmatch(part["names"]):
            return []
        role = part["role"].lower()
        names_at = part.start("names")
        for name in re.finditer(r"[^,]+?(?=\s*(?:,|\band\b|$))|(?<=and )[^,]+", part["names"]):
            raw = name.group().strip()
            raw = re.sub(r"^and\s+", "", raw)
            raw = re.sub(r"\s+in\s+[A-Z][\w .-]*$", "", raw)  # "... in Ankara"
            if not raw or not raw[0].isupper():
                continue
            at = line.index(raw, names_at + name.start())
            out.append(Contributor(raw, role, start + at, start + at + len(raw)))
    return out


def is_boilerplate_line(line: str) -> bool:
    return any(p.fullmatch(line) for p in BOILERPLATE_LINES)


def title_cased(words: list[str]) -> bool:
    """Whether nearly all of a line's words of more than three letters begin with a capital."""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def sentence_case(title: str, story: str) -> str:
    """ "Carson Slams Hillary And The Media" -> "Carson slams Hillary and the media", for the
    parser, which reads title case as a string of names. A word keeps its capitals when the
    story writes it so mid-sentence ("Hillary", "GOP"), and the first word keeps its own.
    Only letters change case, so offsets stay the same."""
    written = Counter(MID_SENTENCE_WORD.findall(story))

    def named(word: str) -> bool:
        stem = POSSESSIVE.sub("", word)
        capitalised = written[stem] + written[stem.upper()]
        return capitalised > written[stem.lower()]

    words = list(WORD.finditer(title))[1:]
    common = [m.group() for m in words if len(m.group()) > 3 and not named(m.group())
              and m.group().lower() not in ALWAYS_CAPITALISED]
    if not common or sum(w[0].isupper() for w in common) < TITLE_CASE_SHARE * len(common):
        return title
    recased = list(title)
    for m in words:
        opens_sentence = title[:m.start()].rstrip()[-1:] in (".", "!", "?")
        initial = len(m.group()) == 1 and title[m.end():m.end() + 1] == "."  # "U.S."
        if not (initial or opens_sentence or named(m.group())):
            recased[m.start():m.end()] = m.group().lower()
    return "".join(recased)


def read_article(source_file: str, data: bytes) -> ArticleText:
    """Decode one file and read its metadata. Raises BadInput."""
    text, warnings = decode(data)
    article = ArticleText(source_file=source_file, text=text, warnings=warnings,
                          sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    masked = list(text)

    def blank(start: int, end: int, kind: str) -> None:
        article.boilerplate.append((kind, Span(start, end, text[start:end])))
        for i in range(start, end):
            if masked[i] not in "\r\n":
                masked[i] = " "

    in_footer = False
    seen_body = False
    copyright_year = None
    dateline_date = None
    for start, end, raw in lines_with_offsets(text):
        line = raw.strip()
        if not line:
            continue
        lead = start + len(raw) - len(raw.lstrip())
        stop = lead + len(line)
        if m := COPYRIGHT_YEAR.search(line):
            copyright_year = copyright_year or m.group(1)
        if in_footer or is_boilerplate_line(line):
            blank(lead, stop, "boilerplate")
            in_footer = in_footer or bool(FOOTER_MARKERS.fullmatch(line))
            continue
        if CREDIT_LINE.match(line) and (credits := parse_credits(line, lead)):
            article.contributors += credits
            blank(lead, stop, "credits")
            continue
        if not seen_body and (m := BYLINE.match(line)) and len(line.split()) <= 12:
            article.byline = article.byline or m["name"].strip()
            if m["date"] and not article.published_on:
                article.published_on = parse_date(m["date"])
            blank(lead, stop, "byline")
            continue
        if m := DATE_LINE.match(line):
            if not m["label"] or m["label"].lower().startswith(("published", "posted")):
                article.published_on = article.published_on or parse_date(m["date"])
            blank(lead, stop, "date")
            continue
        if m := DATELINE.match(line):
            article.dateline = m.group(0).strip(" -–—")
            article.outlet = article.outlet or (m["outlet"] or None)
            dateline_date = m["date"]
            blank(lead, lead + m.end(), "dateline")
            seen_body = True
            continue
        words = line.split()
        if not seen_body:
            if BREADCRUMB.fullmatch(line):
                blank(lead, stop, "boilerplate")
                continue
            if len(words) <= SECTION_LABEL_MAX_WORDS and not line.endswith(".") \
                    and not any(w[:1].islower() for w in words[1:]):
                blank(lead, stop, "section")  # "Politics", "World News"; but "Senator indicted" is a headline
                continue
            stands_alone = text[end:end + 2] in ("\n\n", "\r\n")
            if article.title is None and len(words) <= HEADLINE_MAX_WORDS and (
                    not line.endswith(".") or (stands_alone and (len(words) <= HEADLINE_WITH_STOP_MAX_WORDS
                                                                 or title_cased(words)))):
                article.title = line  # a short line of its own may end with a full stop
                masked[lead:stop] = sentence_case(line, text[stop:])
                continue
            if article.title is not None and line == article.title:
                blank(lead, stop, "repeated headline")
                continue
            if line.endswith((".", "”", '"', "’")) and len(words) > HEADLINE_MAX_WORDS // 2:
                seen_body = True
    for m in INLINE_BOILERPLATE.finditer(text):
        blank(m.start(), m.end(), "boilerplate")

    if not article.published_on and dateline_date:
        if re.search(r"\d{4}", dateline_date):
            article.published_on = parse_date(dateline_date)
        elif copyright_year:
            article.published_on = parse_date(f"{dateline_date} {copyright_year}")
    article.boilerplate.sort(key=lambda kind_span: kind_span[1].start)
    # A text wrapped at a fixed width breaks its sentences over lines, which the parser and every rule
    # that knows a paragraph by its line take for ends: those breaks read as spaces.
    for at in soft_line_breaks(text):
        masked[at] = " "
    # Zero-width spaces, soft hyphens and other invisible format characters would glue words
    # together for the parser ("Traeger\u200b said"), and the tokenizer makes a no-break space a
    # word of its own, which parts a name ("James\xa0Comey"); all read as spaces, offsets unchanged.
    article.extraction_text = NON_ASCII.sub(
        lambda m: " " if unicodedata.category(m.group()) in ("Cf", "Zs") else m.group(), "".join(masked))
    return article


def soft_line_breaks(text: str) -> list[int]:
    """The offsets of the line breaks a text wrapped at a fixed width has inside its paragraphs. Such a
    text has nearly all its lines within MAX_WRAP_WIDTH characters; the width is its longest of those,
    and a line was broken there when it fills most of the width and the next line's first word would
    not have fitted on it. A headline, a byline, a paragraph's last line are short of the width by more
    than a word."""
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    fitting = [n for n in lengths if n <= MAX_WRAP_WIDTH]
    if len(lengths) < MIN_WRAPPED_LINES or len(fitting) < WRAPPED_SHARE * len(lengths):
        return []
    width, breaks, at = max(fitting), [], 0
    if width < MIN_WRAP_WIDTH:
        return []  # a list of short lines
    for line, following in zip(lines, lines[1:]):
        at += len(line)
        words, length = following.split(), len(line.rstrip())
        if words and length >= FULL_LINE_SHARE * width and length + 1 + len(words[0]) > width:
            breaks.append(at)
        at += 1
    return breaks


def find_inputs(paths: list[Path]) -> list[tuple[Path, str]]:
    """Expand files and folders (recursively, *.txt) into (path, source_file) pairs.

    source_file is relative to the folder given, or the bare name for a file, printable
    whatever the name's bytes. Broken and looping links are kept: reading them fails with
    a reason. Raises FileNotFoundError for a path that does not exist.
    """
    missing = [printable(str(p)) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    found = []
    for p in paths:
        if p.is_dir():
            found += [(f, printable(f.relative_to(p).as_posix())) for f in sorted(p.rglob("*.txt")) if not f.is_dir()]
        else:
            found.append((p, printable(p.name)))
    return found
