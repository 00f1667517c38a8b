#!/usr/bin/env python3
"""The same articles as published and hard-wrapped at a fixed width: what the store finds in each.

    .venv/bin/python bench/wrapped.py [--articles 40] [--width 72] [--seed 11]

Plain-text news often comes wrapped at a fixed width (mail, wire copy, archives), a line break
inside every few words. PolNeAR train articles (one paragraph a line), drawn at random, are seeded
as they are and again wrapped with Python's textwrap (blank lines between paragraphs, words not
broken at hyphens); printed for each: people, person mentions, claims, speech claims with a
speaker, events; and how many of the first run's claims the wrapped run has too (same speaker and
the same words: the stored content keeps the text's own line breaks).
"""
from __future__ import annotations

import argparse
import random
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


def claims(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as con:
        return {(file, speaker, " ".join(content.split())) for file, speaker, content in con.execute(
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
    with tempfile.TemporaryDirectory() as tmp:
        wrapped_dir = Path(tmp) / "wrapped"
        wrapped_dir.mkdir()
        for f in files[:args.articles]:
            paragraphs = [textwrap.fill(line, args.width, break_on_hyphens=False)
                          for line in f.read_text(encoding="utf-8").split("\n") if line.strip()]
            (wrapped_dir / f.name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        runs = {"as published": files[:args.articles], f"wrapped at {args.width}": sorted(wrapped_dir.glob("*.txt"))}
        found = {}
        for name, texts in runs.items():
            db = Path(tmp) / f"{len(found)}.db"
            seeded(texts, db)
            with sqlite3.connect(db) as con:
                counts = {label: con.execute(sql).fetchone()[0] for label, sql in COUNTS.items()}
            found[name] = (counts, claims(db))
    print(f"{args.articles} PolNeAR train articles")
    print(f"{'':32}" + "".join(f"{name:>16}" for name in found))
    for label in COUNTS:
        print(f"{label:32}" + "".join(f"{counts[label]:>16}" for counts, _ in found.values()))
    (_, first), (_, second) = found.values()
    print(f"{'claims of the first run found':32}{'':>16}{len(first & second):>16}")


if __name__ == "__main__":
    main()
