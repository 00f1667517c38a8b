#!/usr/bin/env python3
"""Speakers given as "he" or "she", on hand-labelled PolNeAR train articles: the set the pronoun rules are tuned on.

    .venv/bin/python bench/pronouns.py [--show]

bench/gold/pronouns_train.json holds 160 pronoun sources of speech claims drawn at random from the
PolNeAR train split, each with the person it refers to as a reader of the article names them (null
where the article never names them). The articles are seeded into a new database; a labelled
pronoun is resolved right when the claim whose source is that pronoun has a speaker whose name
contains the labelled surname. Printed: right, wrong and unresolved, of the labelled pronouns.
This is tuning data: figures to check a change against live in bench/quotes.py, on dev articles.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

from timing import seeded  # beside this script

BENCH = Path(__file__).resolve().parent
TRAIN_TEXTS = BENCH.parent.parent / "shared" / "polnear" / "train" / "text"


def folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the pronouns resolved wrong")
    args = parser.parse_args()
    gold = [g for g in json.loads((BENCH / "gold" / "pronouns_train.json").read_text()) if g["speaker"]]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "pronouns.db"
        seeded(sorted({TRAIN_TEXTS / g["file"] for g in gold}), db)
        con = sqlite3.connect(db)
        found = {(file, start): name for file, start, name in con.execute(
            "select a.source_file, c.source_start_char, p.name from claims c join articles a on a.id = c.article_id "
            "left join people p on p.id = c.speaker_id where c.source_start_char is not null")}
        con.close()
    right = wrong = unresolved = 0
    for g in gold:
        name = found.get((g["file"], g["start"]))
        if name and folded(g["speaker"]).split()[-1] in folded(name):
            right += 1
            continue
        wrong, unresolved = (wrong + 1, unresolved) if name else (wrong, unresolved + 1)
        if args.show:
            print(f"{g['file'][:40]} {g['start']}: {g['pronoun']} {g['cue']} is {g['speaker']}, not {name}")
    print(f"pronoun speakers: {len(gold)} labelled on PolNeAR train; right {right}, wrong {wrong}, unresolved {unresolved}")


if __name__ == "__main__":
    main()
