"""Quotation marks: where quotations open and close, whatever marks a text uses."""
from __future__ import annotations

from typing import Optional

OPENING_QUOTES = "“„«"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'


def quote_marks(text: str):
    """(position, length, kind) of each double quotation mark; '' counts as one straight mark."""
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("''", i):
            yield i, 2, "straight"
            i += 2
            continue
        if ch in OPENING_QUOTES:
            yield i, 1, "open"
        elif ch in CLOSING_QUOTES:
            yield i, 1, "close"
        elif ch == STRAIGHT_QUOTE:
            yield i, 1, "straight"
        elif ch == "\n":
            yield i, 0, "newline"
        i += 1


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
