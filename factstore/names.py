"""Personal names, parsed into their parts: pure functions, no spaCy, no database.

nameparser splits a name into title, given, middle, surname and suffix; the
nicknames package (a hand-curated list of English given names and their
nicknames) says when two given names can be one person's ("Bill" and
"William", "Joe" and "Joseph"). What neither knows is added here: names
written surname first (Chinese and Korean: "Xi Jinping", "Kim Jong-un"), the
gender a courtesy title states, and the Unicode format characters (zero-width
space, soft hyphen) that must not change what a name matches.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from nameparser import HumanName
from nameparser.config import CONSTANTS
from nicknames import NickNamer
from rapidfuzz import fuzz

# Two spellings of one given name or surname ("Ebrahim"/"Ibrahim", "Laisi"/"Raisi") score 80+;
# names shorter than MIN_FUZZY_LENGTH differ in too few letters to tell a spelling from another name.
NAME_SIMILARITY = 80
MIN_FUZZY_LENGTH = 5
INITIAL = re.compile(r"[A-Z]\.")

FEMALE, MALE = "female", "male"
# What a courtesy or rank title says of the person's gender.
TITLE_GENDER = {
    "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "madam": FEMALE, "madame": FEMALE, "mme": FEMALE,
    "dame": FEMALE, "lady": FEMALE, "queen": FEMALE, "princess": FEMALE, "congresswoman": FEMALE,
    "chairwoman": FEMALE, "spokeswoman": FEMALE, "businesswoman": FEMALE, "councilwoman": FEMALE,
    "mr": MALE, "sir": MALE, "lord": MALE, "king": MALE, "prince": MALE, "congressman": MALE,
    "chairman": MALE, "spokesman": MALE, "businessman": MALE, "councilman": MALE,
}

# Common Chinese and Korean surnames, romanised as English news writes them.
CHINESE_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
tang xi han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao jin fu zhong cui tan fan wen hou shi qiu qin meng bai hua kong mao lai
""".split())
KOREAN_SURNAMES = frozenset("""
kim lee park choi jung chung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song moon ryu
ri hong yoo jeon ko
""".split())
# Pinyin syllables: an initial and a final. A given name made of one to three of them, after a Chinese
# surname, marks a name written surname first ("Wang Qishan", "Li Keqiang").
PINYIN_INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
PINYIN_FINALS = ("iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui"
                 "|ue|er|a|o|e|i|u|v")
PINYIN_SYLLABLE = rf"(?:(?:{PINYIN_INITIALS})?(?:{PINYIN_FINALS}))"
PINYIN_GIVEN_NAME = re.compile(rf"{PINYIN_SYLLABLE}{{1,3}}")
# "Jong-un", "Jae-in", "Ying-jeou": a romanised two-syllable given name, hyphenated.
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# "Kim Jong Un": two short syllables, written apart.
SPACED_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}")

SURNAME_PREFIXES = re.compile(r"^(al|el)[-‐]")
# Words that begin a surname however they are written: "bin Laden", "Bin Laden". Other particles begin
# one only in lower case: "van Gogh", "al-Assad", "de Gaulle", but not "Van Morrison" or "Al Gore".
SURNAME_PARTICLES = frozenset("bin ibn bint".split())
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})

NICKNAMES = NickNamer()
# Given names nearly all of whose bearers are of one sex (US Census 1990; tools/build_given_names.py).
GIVEN_NAME_GENDER_FILE = Path(__file__).resolve().parent / "data" / "given_name_gender.tsv"


# Format characters are all outside ASCII: only those characters need looking up.
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def without_format_characters(text: str) -> str:
    """Drop zero-width spaces, soft hyphens and other invisible format characters (Unicode Cf)."""
    return NON_ASCII.sub(lambda m: "" if unicodedata.category(m.group()) == "Cf" else m.group(), text)


def fold(word: str) -> str:
    """A name word as it is compared: lower case, no accents, one apostrophe, no format characters."""
    word = unicodedata.normalize("NFKD", without_format_characters(word).translate(APOSTROPHES))
    return "".join(ch for ch in word if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True)
class ParsedName:
    """A name's parts, folded for comparison; empty strings where the name has no such part."""

    title: str
    given: str
    middle: tuple[str, ...]
    surname: str
    suffix: str

    @property
    def is_full(self) -> bool:
        return bool(self.given and self.surname)

    @property
    def gender(self) -> Optional[str]:
        return TITLE_GENDER.get(self.title.rstrip("."))


def surname_first(words: list[str]) -> bool:
    """'Xi Jinping', 'Wang Qishan', 'Kim Jong-un', 'Kim Jong Un': a name written surname first."""
    if len(words) < 2 or len(words) > 3:
        return False
    surname, given = fold(words[0]), " ".join(words[1:])
    if surname in CHINESE_SURNAMES | KOREAN_SURNAMES and len(words) == 2 and HYPHENATED_GIVEN_NAME.fullmatch(given):
        return True
    if surname in KOREAN_SURNAMES and SPACED_KOREAN_GIVEN_NAME.fullmatch(given):
        return True
    return (surname in CHINESE_SURNAMES and len(words) == 2 and given[:1].isupper()
            and PINYIN_GIVEN_NAME.fullmatch(given.lower()) is not None)


@lru_cache(maxsize=65536)
def parse_name(name: str) -> ParsedName:
    """'Mrs. Clinton', 'Joseph R. Biden Jr.', 'Xi Jinping' parsed into their parts."""
    clean = without_format_characters(name).translate(APOSTROPHES)
    parsed = HumanName(clean)
    if parsed.title and not (parsed.first or parsed.last) and len(clean.split()) == 1:
        # one word nameparser takes for a title ("King", "Prince"): alone, as in "Mr. King", a surname
        return ParsedName("", "", (), SURNAME_PREFIXES.sub("", fold(clean)), "")
    title = fold(parsed.title)
    words = [w for w in clean.split() if fold(w) not in (title, fold(parsed.suffix))] if title else clean.split()
    if surname_first([w for w in words if fold(w) != fold(parsed.suffix) or not parsed.suffix]):
        return ParsedName(title, fold(" ".join(words[1:])), (), fold(words[0]), fold(parsed.suffix))
    if len(words) > 1 and (fold(words[0]) in SURNAME_PARTICLES
                           or (words[0].islower() and fold(words[0]) in CONSTANTS.prefixes)):
        return ParsedName(title, "", (), fold(" ".join(words)), fold(parsed.suffix))  # a surname alone: "bin Laden"
    surname = SURNAME_PREFIXES.sub("", fold(parsed.last))
    given = fold(parsed.first)
    if not surname and given:  # one word: nameparser calls it a given name; alone, news means a surname
        surname, given = SURNAME_PREFIXES.sub("", given), ""
    middle = tuple(fold(m) for m in parsed.middle.split())
    return ParsedName(title, given, middle, surname, fold(parsed.suffix))


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    rows = (line.split("\t") for line in GIVEN_NAME_GENDER_FILE.read_text().splitlines() if not line.startswith("#"))
    return {name: gender for name, gender in rows}


def given_name_gender(name: ParsedName) -> Optional[str]:
    """The sex nearly everyone with this given name has: a tie-breaker only, where the text says nothing."""
    return given_name_genders().get(name.given) if name.given else None


def surname_key(name: str) -> str:
    return parse_name(name).surname


TEXT_WORD = re.compile(r"\w[\w'.-]*")
# Lower-case words that begin a surname of several words: "bin Laden", "de Gaulle", "van der Rohe".
SURNAME_STARTS = SURNAME_PARTICLES | frozenset(CONSTANTS.prefixes)


def surnames_in(text: str) -> set[str]:
    """Every surname key (surname_key's) a name written in the text could have: its words with a
    capital, folded, without a possessive, a final full stop or an "al-", and the phrases of two to
    four words a surname particle or prefix begins ("bin laden", "de gaulle")."""
    text = without_format_characters(text)
    for apostrophe in APOSTROPHES:  # str.translate with a table is slow on long texts
        text = text.replace(chr(apostrophe), "'")
    words = TEXT_WORD.findall(text)
    keys: set[str] = set()
    for word in set(words):
        if not word.islower():
            key = word.lower() if word.isascii() else fold(word)
            bare = key.removesuffix("'s")
            for form in (key, key.rstrip("."), bare, bare.rstrip(".")):
                keys.add(form)
                keys.add(SURNAME_PREFIXES.sub("", form))
    for n, word in enumerate(words):
        if word.lower() in SURNAME_STARTS:
            folded = [fold(w) for w in words[n:n + 4]]
            for length in (2, 3, 4):
                phrase = " ".join(folded[:length])
                keys.update((phrase, phrase.rstrip("."), phrase.removesuffix("'s")))
    keys.discard("")
    return keys


def plural_stems(key: str) -> set[str]:
    """The surname keys whose family's plural `key` could be: "trumps" -> trump, "bushes" -> bushe, bush."""
    if not key.endswith("s"):
        return set()
    return {key[:-1]} | ({key[:-2]} if key.endswith("es") else set())


SUFFIX_AFTER_COMMA = re.compile(r",\s+(?=(?:Jr|Sr)\.?$|(?:II|III|IV)$)")


QUOTED_NICKNAME = re.compile(r"\s[\"“‘']([A-Z][a-z]+)[\"”’']\s")


def quoted_nickname(written: str) -> Optional[str]:
    """The nickname a full name is written with in quotation marks: "Tommy" in 'Thomas "Tommy" Marrick'."""
    found = QUOTED_NICKNAME.search(written)
    return found.group(1) if found else None


def as_name(written: str) -> str:
    """A mention of a full name as the name it writes: 'Donald Trump, Jr.' is Donald Trump Jr., and
    'Thomas "Tommy" Marrick' is Thomas Marrick."""
    return QUOTED_NICKNAME.sub(" ", SUFFIX_AFTER_COMMA.sub(" ", written))


def surname_as_written(name: str) -> str:
    """The word of `name` that is its surname: "Putin", "Xi", "Brind'Amour"."""
    key = parse_name(name).surname
    words = [w for w in name.split() if SURNAME_PREFIXES.sub("", fold(w)) == key]
    return words[-1] if words else name.split()[-1]


def same_given_name(a: str, b: str) -> bool:
    """'J.' and 'John', 'Bill' and 'William', 'Ebrahim' and 'Ibrahim'; folded names."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if b in NICKNAMES.nicknames_of(a) or a in NICKNAMES.nicknames_of(b) or (
            NICKNAMES.canonicals_of(a) & NICKNAMES.canonicals_of(b)):
        return True
    return min(len(a), len(b)) >= MIN_FUZZY_LENGTH and fuzz.ratio(a, b) >= NAME_SIMILARITY


def compatible(a: ParsedName, b: ParsedName) -> bool:
    """Could two full names be one person's? Same surname, no conflicting given name,
    middle initial, suffix ("Jr." and "Sr.") or gender."""
    if a.surname != b.surname:
        return False
    if not (same_given_name(a.given, b.given) or a.given in b.middle or b.given in a.middle):
        return False  # "Tayyip Erdogan" is "Recep Tayyip Erdogan"; "Hillary Clinton" is not "Bill Clinton"
    if a.middle and b.middle and a.middle[0][:1] != b.middle[0][:1]:
        return False
    if a.suffix and b.suffix and a.suffix.rstrip(".") != b.suffix.rstrip("."):
        return False
    return not (a.gender and b.gender and a.gender != b.gender)
