"""The model's attribute ruler and lemmatizer, run over token arrays.

spaCy's own components do their work one Python object at a time: the attribute
ruler tries each of its 180 patterns at every token, and the lemmatizer makes a
Token for every word. Between them they took about a fifth of the parse. These read
and write the Doc's attribute arrays and leave exactly what spaCy's components
would (tests/test_array_components.py compares every token's tag, part of
speech, morphology and lemma with theirs on real articles); the work that
decides a value is still theirs.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc

# Token attributes a pattern may test, by name: those the Doc's arrays hold as string hashes,
# and the flags they hold as 0 or 1.
STRING_ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}
FLAG_ATTRS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT}
ATTRS = {**STRING_ATTRS, **FLAG_ATTRS}


class UnsupportedPattern(ValueError):
    """A pattern tests something other than equality, (non-)membership or a regular expression on
    the attributes above."""


class UnsupportedLemmatizer(ValueError):
    """A lemmatizer that reads more of a token than its word, part of speech and morphology."""


class MembershipTest:
    """Whether each value of a column is one of the codes (or, inverted, none of them). The lists
    are short: comparing with each is faster than numpy.isin."""

    def __init__(self, codes: list[int], invert: bool):
        self.codes = [numpy.uint64(code) for code in codes]
        self.invert = invert

    def __call__(self, column: numpy.ndarray) -> numpy.ndarray:
        fits = numpy.zeros(column.shape, dtype=bool)
        for code in self.codes:
            fits |= column == code
        return ~fits if self.invert else fits


class RegexTest:
    """Whether each string a column holds contains a match of the expression (re.search, as the
    Matcher's REGEX does), each distinct string tried once."""

    def __init__(self, expression: str, strings: StringStore):
        self.expression = re.compile(expression)
        self.strings = strings
        self.known: dict[int, bool] = {}

    def fits(self, code: int) -> bool:
        if code not in self.known:
            self.known[code] = bool(self.expression.search(self.strings[code]))
        return self.known[code]

    def __call__(self, column: numpy.ndarray) -> numpy.ndarray:
        distinct, which = numpy.unique(column, return_inverse=True)
        return numpy.array([self.fits(int(code)) for code in distinct], dtype=bool)[which.reshape(-1)]


class ArrayAttributeRuler:
    """Finds the matches of an AttributeRuler's patterns by comparing token columns, then has the
    ruler set its attributes on them."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.columns: list[int] = []
        # per rule (its index in the ruler, whose matcher key is that index as a string): its
        # patterns, each a list per token of (column, test of the column's values)
        self.rules: list[tuple[int, int, list[list[list[tuple[int, Callable]]]]]] = []
        for i in range(len(ruler.attrs)):
            key = str(i)
            patterns = ruler.matcher.get(key)[1]
            self.rules.append((i, ruler.vocab.strings.add(key),
                               [[self.token_test(spec) for spec in pattern] for pattern in patterns]))

    def token_test(self, spec: dict) -> list[tuple[int, Callable[[numpy.ndarray], numpy.ndarray]]]:
        """One token's pattern as (column, test of that column's values) pairs."""
        tests = []
        for name, value in spec.items():
            if name not in ATTRS:
                raise UnsupportedPattern(f"attribute {name}")
            operator, values = next(iter(value.items())) if isinstance(value, dict) else ("IN", [value])
            if isinstance(value, dict) and len(value) != 1 or operator not in ("IN", "NOT_IN", "REGEX"):
                raise UnsupportedPattern(f"{name}: {value}")
            if operator == "REGEX":
                if name not in STRING_ATTRS:
                    raise UnsupportedPattern(f"{name}: {value}")
                test = RegexTest(values, self.ruler.vocab.strings)
            else:
                test = MembershipTest([self.code(name, v) for v in values], operator == "NOT_IN")
            if ATTRS[name] not in self.columns:
                self.columns.append(ATTRS[name])
            tests.append((self.columns.index(ATTRS[name]), test))
        return tests

    def code(self, name: str, value) -> int:
        """The value a Doc's array holds for this attribute value."""
        if name in STRING_ATTRS and isinstance(value, str):
            return self.ruler.vocab.strings.add(value)
        if name in FLAG_ATTRS and isinstance(value, bool):
            return int(value)
        raise UnsupportedPattern(f"{name}: {value!r}")

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What AttributeRuler.match returns: (rule, match key, start, end), sorted."""
        n = len(doc)
        if n == 0 or not self.columns:
            return []
        table = doc.to_array(self.columns).reshape(n, len(self.columns))
        found = []
        for rule, key, patterns in self.rules:
            starts: set[int] = set()
            for pattern in patterns:
                length = len(pattern)
                if length > n:  # spaCy's Matcher takes no empty pattern
                    continue
                fits = numpy.ones(n - length + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    for column, test in tests:
                        fits &= test(table[offset:n - length + 1 + offset, column])
                starts.update((s, s + length) for s in numpy.flatnonzero(fits).tolist())
            found.extend((rule, key, s, e) for s, e in starts)
        found.sort()
        return found

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.matches(doc))
        return doc


class ArrayLemmatizer:
    """Has a rule Lemmatizer lemmatize one token of each (word, part of speech, morphology), the only
    things its rules read, and gives every token of the three the lemma it was given."""

    def __init__(self, lemmatizer: Lemmatizer):
        if lemmatizer.mode != "rule":
            raise UnsupportedLemmatizer(f"only the rule lemmatizer reads just these, not {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.lemma_of: dict[tuple[int, int, int], int] = {}  # as the Lemmatizer's own cache, kept as hashes

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3]
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            if key not in self.lemma_of:
                self.lemma_of[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = self.lemma_of[key]
        doc.from_array([LEMMA], lemmas.reshape(n, 1))
        return doc


@Language.factory("array_attribute_ruler")
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("array_lemmatizer")
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(nlp.get_pipe("lemmatizer"))


def use_array_components(nlp: Language) -> None:
    """Run the model's attribute ruler and lemmatizer through the array versions above, each in its
    place; spaCy's own stay in the pipeline, disabled, holding the patterns and tables. A component
    the array version cannot stand in for (a pattern with an operator, a lookup lemmatizer) stays."""
    for stock in ("attribute_ruler", "lemmatizer"):
        if stock not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(f"array_{stock}", after=stock)
        except (UnsupportedPattern, UnsupportedLemmatizer):
            continue
        nlp.disable_pipe(stock)
