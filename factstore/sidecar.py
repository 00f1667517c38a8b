"""Article metadata from the user: a JSON Lines or CSV file keyed by source_file.

    {"source_file": "cnn_2016-09-12_x.txt", "outlet": "CNN", "published_on": "2016-09-12", "url": "https://..."}

    source_file,url,outlet,published_on,title
    cnn_2016-09-12_x.txt,https://...,CNN,2016-09-12,

Every field but source_file may be missing (or empty); a value given
overrides what is read from the article's own text. source_file is the
article's path relative to the folder seeded, as stored in
articles.source_file.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

FIELDS = ("url", "outlet", "published_on", "title")


class BadMetadata(ValueError):
    """The metadata file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class ArticleMetadata:
    url: Optional[str] = None
    outlet: Optional[str] = None
    published_on: Optional[str] = None
    title: Optional[str] = None

    def given(self) -> dict[str, str]:
        """The fields the user gave, to put in place of those read from the text."""
        return {name: value for name in FIELDS if (value := getattr(self, name)) is not None}


def iso_date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"published_on {value!r} is not a YYYY-MM-DD date")
    date.fromisoformat(value)  # raises for 2016-02-30
    return value


def records(path: Path, text: str) -> list[tuple[int, dict]]:
    """(line number, record) pairs: JSON Lines when the first non-blank character opens an object, else CSV."""
    if text.lstrip().startswith("{"):
        found = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise BadMetadata(f"{path}: line {n}: not JSON ({error.msg})") from None
                if not isinstance(record, dict):
                    raise BadMetadata(f"{path}: line {n}: not a JSON object")
                found.append((n, record))
        return found
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "source_file" not in reader.fieldnames:
        raise BadMetadata(f"{path}: a CSV file needs a header row with source_file")
    return [(reader.line_num, row) for row in reader]


def read_metadata(path: Path) -> dict[str, ArticleMetadata]:
    """{source_file: metadata} from a JSON Lines or CSV file. Raises BadMetadata, naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BadMetadata(f"{path}: cannot read the metadata file ({error})") from None
    found: dict[str, ArticleMetadata] = {}
    for n, record in records(path, text):
        unknown = sorted(set(record) - {"source_file", *FIELDS})
        if unknown:
            raise BadMetadata(f"{path}: line {n}: unknown field {', '.join(unknown)} "
                              f"(known: source_file, {', '.join(FIELDS)})")
        source_file = record.get("source_file")
        if not isinstance(source_file, str) or not source_file.strip():
            raise BadMetadata(f"{path}: line {n}: no source_file")
        if source_file in found:
            raise BadMetadata(f"{path}: line {n}: {source_file} is given twice")
        values = {}
        for name in FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                raise BadMetadata(f"{path}: line {n}: {name} must be a string")
            value = value.strip() if value else None
            if value and name == "published_on":
                try:
                    value = iso_date(value)
                except ValueError as error:
                    raise BadMetadata(f"{path}: line {n}: {error}") from None
            values[name] = value or None
        found[source_file] = ArticleMetadata(**values)
    return found
