#!/usr/bin/env python3
"""Speakers given as a description ("the candidate", "the Vermont senator"), on hand-labelled PolNeAR train
articles: the set the description rules are tuned on.

    .venv/bin/python bench/descriptions.py [--show]

bench/gold/train/descriptions.json holds 160 annotated PolNeAR train sources that are a definite
description with a person noun at its head, drawn at random (at most three an article), each with the
person it refers to as the article names them at their fullest, or null where it is nobody the article
names (an unnamed official, a group, "the next president"). The articles are seeded into a new
database and the claims whose source overlaps each labelled span are looked at: right when one has a
speaker whose name holds the labelled surname (or none has a speaker, for a null), wrong when a
speaker is someone else, no speaker when none has one, no claim when no claim has that source.
This is tuning data: figures to check a change against live in bench/quotes.py, on dev articles.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from factstore.names import surname_key
from timing import seeded  # beside this script

BENCH = Path(__file__).resolve().parent
TRAIN_TEXTS = BENCH.parent.parent / "shared" / "polnear" / "train" / "text"


def verdict(person: str | None, speakers: list[str | None]) -> str:
    if not speakers:
        return "no claim"
    named = [s for s in speakers if s]
    if person is None:
        return "right" if not named else "wrong"
    if any(surname_key(person) == surname_key(s) for s in named):
        return "right"
    return "wrong" if named else "no speaker"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the descriptions not resolved right")
    args = parser.parse_args()
    labelled = json.loads((BENCH / "gold" / "train" / "descriptions.json").read_text())
    gold = list({(g["file"], g["start"]): g for g in labelled}.values())  # some spans come from two annotators
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "descriptions.db"
        seeded(sorted({TRAIN_TEXTS / g["file"] for g in gold}), db)
        con = sqlite3.connect(db)
        counts = Counter()
        for g in gold:
            speakers = [name for (name,) in con.execute(
                "select p.name from claims c join articles a on a.id = c.article_id "
                "left join people p on p.id = c.speaker_id "
                "where a.source_file = ? and c.source_start_char < ? and ? < c.source_end_char",
                (g["file"], g["end"], g["start"]))]
            found = verdict(g["person"], speakers)
            counts[found, g["person"] is not None] += 1
            if args.show and found != "right":
                print(f"{found:10} {g['file'][:40]} {g['text']!r} is {g['person']}, not {speakers}")
        con.close()
    for named in (True, False):
        total = sum(n for (_, is_named), n in counts.items() if is_named == named)
        parts = ", ".join(f"{kind} {counts[kind, named]}" for kind in ("right", "wrong", "no speaker", "no claim")
                          if (kind, named) in counts)
        print(f"{'a named person' if named else 'nobody named':15} {total:4}: {parts}")


if __name__ == "__main__":
    main()
