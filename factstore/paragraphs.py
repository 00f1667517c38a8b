"""Paragraphs: an article's lines (a paragraph is a line; blank lines between them are skipped), as
(start, end) character ranges found from a position in its text."""
from __future__ import annotations

from typing import Optional

# A headline or caption: nearly every word of more than three letters capitalised, and no full stop at the end.
TITLE_CASE_SHARE = 0.8
MIN_TITLE_CASE_WORDS = 3


def paragraph_of(text: str, at: int) -> tuple[int, int]:
    """The line holding `at`, up to the line break after it or the end of the text; a line break
    belongs to the line it ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def paragraph_after(text: str, at: int) -> Optional[tuple[int, int]]:
    """The first line with more than spaces after the line holding `at`, from its first character
    that is not a space to its end (trailing spaces kept); None when only spaces follow."""
    start = paragraph_of(text, at)[1]
    while start < len(text) and text[start].isspace():
        start += 1
    if start == len(text):
        return None
    return start, paragraph_of(text, start)[1]


def paragraph_before(text: str, at: int) -> Optional[tuple[int, int]]:
    """The last line with more than spaces before the line holding `at`, from its start to the end of
    its last character that is not a space (trailing spaces left out); None when only spaces come before."""
    end = paragraph_of(text, at)[0]
    while end and text[end - 1].isspace():
        end -= 1
    if not end:
        return None
    return text.rfind("\n", 0, end) + 1, end


def is_title_case_line(text: str, at: int) -> bool:
    """Is `at` on a headline or caption line, where nearly every word is capitalised and no full stop
    ends it?"""
    start, end = paragraph_of(text, at)
    line = text[start:end].rstrip()
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return (not line.endswith(".") and len(words) >= MIN_TITLE_CASE_WORDS
            and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words))
