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
    return [(a, b) for a, b in spans if any(ch.isalnum() for ch in text[a:b])]
