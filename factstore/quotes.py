"""Quotation marks: where quotations open and close, whatever marks a text uses."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

OPENING_QUOTES = "“„«"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
# A quotation mark, or a line break, which ends any quotation; "''" first, as one straight mark.
QUOTE_MARK = re.compile("''|[" + re.escape(OPENING_QUOTES + CLOSING_QUOTES + STRAIGHT_QUOTE) + "\n]")
# A single mark, or a line break: single-quoted quotations (single_quotations); "''" is a double mark.
SINGLE_MARK = re.compile("''|[‘’'\n]")


def quote_marks(text: str):
    """(position, length, kind) of each double quotation mark; '' counts as one straight mark."""
    for mark in QUOTE_MARK.finditer(text):
        ch = mark.group()
        if ch == "\n":
            yield mark.start(), 0, "newline"
        elif ch in OPENING_QUOTES:
            yield mark.start(), 1, "open"
        elif ch in CLOSING_QUOTES:
            yield mark.start(), 1, "close"
        else:
            yield mark.start(), len(ch), "straight"


def in_quotation(quotes: list[tuple[int, int]], at: int, opening_mark: bool = True) -> bool:
    """Whether character `at` is inside one of `quotes`, sorted and apart as quote_spans gives them;
    on its opening mark counts as inside unless `opening_mark` is False. A binary search: articles
    of thousands of quotations ask this of every word."""
    i = (bisect_right if opening_mark else bisect_left)(quotes, at, key=lambda quote: quote[0]) - 1
    return i >= 0 and at < quotes[i][1]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as (start, end), marks included, never crossing a line break.

    Curly and straight marks may be mixed or unbalanced: an unclosed quotation
    ends at the end of its paragraph, and a stray closing mark is ignored, so
    one bad mark cannot swallow the rest of the article.
    """
    spans = []
    open_at: Optional[int] = None
    for at, length, kind in quote_marks(text):
        if kind == "newline":
            if open_at is not None:
                spans.append((open_at, at))
            open_at = None
        elif kind == "open" or (kind == "straight" and open_at is None):
            open_at = at  # an opening mark while open: the earlier one was stray
        elif open_at is not None:
            spans.append((open_at, at + length))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text.rstrip())))
    doubles = [(a, b) for a, b in spans if any(ch.isalnum() for ch in text[a:b])]
    starts = [a for a, _ in doubles]
    # a single-quoted one inside a double-quoted one is part of it; one that crosses it is no quotation
    singles = [(a, b) for a, b in single_quotations(text)
               if not in_quotation(doubles, a) and not in_quotation(doubles, b - 1)
               and bisect_left(starts, a) == bisect_left(starts, b)]
    return sorted(doubles + singles)


def single_quotations(text: str) -> list[tuple[int, int]]:
    """Quotations in single marks, as headlines and British papers write them ("Fallin: Trump is
    ‘trying to campaign as a healer’"), marks included: a ‘ opens one, and the first ’ after it that no
    letter follows closes it (the ’ of "Trump’s" or "don’t" is an apostrophe). A straight ' is both: it
    opens one where a word starts after it and no word ends before it ("'We will', she said"; not
    "it's"), else it closes one as a ’ does. An unclosed mark opens nothing, nor does one before a
    digit: "‘90s"."""
    spans, open_at = [], None
    for mark in SINGLE_MARK.finditer(text):
        if mark.group() == "''":
            continue
        at = mark.start()
        before, after = text[at - 1:at], text[at + 1:at + 2]
        opens = mark.group() == "‘" or (mark.group() == "'" and after.isalpha()
                                         and not (before.isalnum() or before and before in ".,;:!?"))
        if mark.group() == "\n":
            open_at = None
        elif opens:
            if open_at is None and not after.isdigit():
                open_at = at
        elif open_at is not None and not after.isalnum():
            if any(ch.isalnum() for ch in text[open_at:at]):
                spans.append((open_at, at + 1))
            open_at = None
    return spans
