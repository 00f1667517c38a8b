#!/usr/bin/env python3
"""Resolving and storing one batch on top of a stored corpus: the seeder's main-process work.

    python bench/store_batch.py [--base 200] [--batch 200] [--texts DIR] [--reextract] [--keep FILE]

The first --base PolNeAR train texts (sorted by name) are seeded into a new database, then the
next --batch into a copy of it, in one batch; with --reextract, the --base stored articles are
extracted again instead (seed.py --reextract), --batch at a time. Printed: the seconds spent after
the parse in pipeline.store_batch (resolving against the store, then writing) and, within it, in
store.save_batch (writing alone), and the rows of each table. --keep writes the database to FILE,
for comparing what two versions of the code store (tools/compare_dbs.py A B).
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from factstore import pipeline, store
from timing import timing  # beside this script

POLNEAR_TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear" / "train" / "text"
TABLES = ("people", "person_aliases", "person_mentions", "person_roles", "claims", "statements", "events",
          "event_mentions", "event_participants", "event_mention_participants", "organizations", "places")


def linked(files: list[Path], folder: Path) -> Path:
    folder.mkdir()
    for f in files:
        (folder / f.name).symlink_to(f)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=POLNEAR_TRAIN)
    parser.add_argument("--base", type=int, default=200)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--reextract", action="store_true", help="extract the base again instead")
    parser.add_argument("--keep", type=Path, help="write the database here")
    args = parser.parse_args()
    files = sorted(args.texts.glob("*.txt"))
    if len(files) < args.base + args.batch:
        sys.exit(f"{args.texts} has {len(files)} texts, fewer than {args.base + args.batch}")
    with tempfile.TemporaryDirectory() as tmp:
        base, db = Path(tmp) / "base.db", Path(tmp) / "facts.db"
        pipeline.seed([linked(files[:args.base], Path(tmp) / "base")], f"sqlite:///{base}")
        shutil.copy(base, db)
        resolving_and_writing, writing = [], []
        timing(pipeline, "store_batch", resolving_and_writing)
        timing(store, "save_batch", writing)
        added = [] if args.reextract else files[args.base:args.base + args.batch]
        report = pipeline.seed([linked(added, Path(tmp) / "batch")], f"sqlite:///{db}", batch_size=args.batch,
                               reextract=args.reextract)
        if report.failed:
            sys.exit(f"seeding failed: {report.failed}")
        done = f"{args.base} articles extracted again" if args.reextract else \
            f"{args.batch} articles stored onto {args.base}"
        print(f"{done}: resolving and writing {sum(resolving_and_writing):.2f}s, of which writing {sum(writing):.2f}s")
        with sqlite3.connect(db) as con:
            print("; ".join(f"{t} {con.execute(f'select count(*) from {t}').fetchone()[0]}" for t in TABLES))
        if args.keep:
            shutil.copy(db, args.keep)


if __name__ == "__main__":
    main()
