"""How much the people of a seed depend on how its articles are split into batches.

    python bench/splits.py [--texts DIR] [--start 0] [--count 84] [--batch-size 42]

Seeds the texts (sorted by name, `--count` of them from `--start`) into two new
databases, one in a single batch and one in batches of `--batch-size`, and
compares their person mentions (article, start, text, person's name) and the
speakers of their claims (article, start, speaker's name): the rows found in
only one of the two. Prints the counts and the first rows that differ.
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from timing import seeded  # beside this script

POLNEAR_TRAIN = Path("/work/shared/polnear/train/text")
MENTIONS = ("select a.source_file, m.start_char, m.text, p.name from person_mentions m "
            "join articles a on a.id = m.article_id join people p on p.id = m.person_id")
SPEAKERS = ("select a.source_file, c.start_char, p.name from claims c "
            "join articles a on a.id = c.article_id left join people p on p.id = c.speaker_id")
SHOWN = 10


def rows(db: Path, sql: str) -> Counter:
    with sqlite3.connect(db) as con:
        return Counter(con.execute(sql).fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=POLNEAR_TRAIN)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=84)
    parser.add_argument("--batch-size", type=int, default=42)
    args = parser.parse_args()
    files = sorted(args.texts.glob("*.txt"))[args.start:args.start + args.count]
    with tempfile.TemporaryDirectory() as tmp:
        one, split = Path(tmp) / "one.db", Path(tmp) / "split.db"
        seeded(files, one, batch_size=len(files) + 1)
        seeded(files, split, batch_size=args.batch_size)
        print(f"{len(files)} texts from {args.texts} (from the {args.start}th by name): "
              f"one batch against batches of {args.batch_size}")
        for what, sql in (("mentions", MENTIONS), ("claim speakers", SPEAKERS)):
            a, b = rows(one, sql), rows(split, sql)
            only_one, only_split = a - b, b - a
            print(f"{what:15} {sum(a.values()):6} rows; only in one batch {sum(only_one.values())}, "
                  f"only in batches {sum(only_split.values())}")
            for mark, differing in (("one batch", only_one), ("batches", only_split)):
                for row in sorted(differing)[:SHOWN]:
                    print(f"  only in {mark}: {row}")


if __name__ == "__main__":
    main()
