#!/usr/bin/env python3
"""The same articles as published and as other plain-text copies write them: what the store finds in each.

    .venv/bin/python bench/formats.py [--articles 40] [--width 72] [--seed 11]

PolNeAR train articles (one paragraph a line, blank lines between), drawn at random, are seeded as
they are and again in each of these forms, one database each:
- wrapped: hard-wrapped at --width columns, as mail, wire copy and archives are (Python's textwrap,
  words not broken at hyphens), blank lines between paragraphs;
- crlf: Windows line ends;
- single newlines: no blank line between paragraphs;
- straight quotes: curly quotation marks and apostrophes made straight;
- indented: every paragraph indented by four spaces.
Printed for each: people, person mentions, claims, speech claims with a speaker, events; and how
many of the first run's claims each has too (same article, speaker and words, spacing aside; for
straight quotes, marks aside).
"""
from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
import textwrap
from pathlib import Path

from timing import seeded  # beside this script

TRAIN_TEXTS = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear" / "train" / "text"
COUNTS = {"people": "select count(*) from people", "person mentions": "select count(*) from person_mentions",
          "claims": "select count(*) from claims",
          "speech claims with a speaker": "select count(*) from claims where act = 'speech' and speaker_id is not null",
          "events": "select count(*) from events"}


STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def forms(width: int) -> dict:
    return {"as published": lambda text: text,
            f"wrapped at {width}": lambda text: "\n\n".join(
                textwrap.fill(line, width, break_on_hyphens=False) for line in text.split("\n") if line.strip()) + "\n",
            "crlf": lambda text: text.replace("\n", "\r\n"),
            "single newlines": lambda text: re.sub(r"\n\s*\n", "\n", text),
            "straight quotes": lambda text: text.translate(STRAIGHT),
            "indented": lambda text: re.sub(r"(?m)^(?=\S)", "    ", text)}


def claims(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as con:
        return {(file, speaker, " ".join(content.translate(STRAIGHT).split())) for file, speaker, content in con.execute(
            "select a.source_file, p.name, c.content from claims c join articles a on a.id = c.article_id "
            "left join people p on p.id = c.speaker_id")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    files = sorted(TRAIN_TEXTS.glob("*.txt"))
    random.Random(args.seed).shuffle(files)
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, rewrite) in enumerate(forms(args.width).items()):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            for f in files[:args.articles]:
                (folder / f.name).write_bytes(rewrite(f.read_text(encoding="utf-8")).encode("utf-8"))
            seeded(sorted(folder.glob("*.txt")), folder / "facts.db")
            with sqlite3.connect(folder / "facts.db") as con:
                counts = {label: con.execute(sql).fetchone()[0] for label, sql in COUNTS.items()}
            found[name] = (counts, claims(folder / "facts.db"))
    first = next(iter(found.values()))[1]
    print(f"{args.articles} PolNeAR train articles")
    print(f"{'':30}" + "".join(f"{name:>16}" for name in found))
    for label in COUNTS:
        print(f"{label:30}" + "".join(f"{counts[label]:>16}" for counts, _ in found.values()))
    print(f"{'claims of the first found':30}" + "".join(f"{len(first & kept):>16}" for _, kept in found.values()))


if __name__ == "__main__":
    main()
