#!/usr/bin/env python3
"""Do two fact-store databases say the same thing? Every table, compared without ids.

    python tools/compare_dbs.py A.db B.db [--dump FILE]

Each row of every table (alembic_version, SQLite's own tables and the storage
behind full-text indexes left out; the indexes' content is compared) is read
with its `id` column dropped and each foreign key replaced by the row it points
to, itself without ids (recursively: an event's `part_of_event_id` becomes the
whole larger event), so two databases built from the same articles compare
equal however their ids were handed out. `articles.extracted_with` is left out
too: it hashes the extraction code, so it changes with any edit to it.

Prints, per table, the row count and whether the two agree, with a few rows
found in only one of them; exits 1 when any table differs. --dump writes A's
normalised rows to FILE (one JSON line per row) for diffing by hand.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

SKIPPED_TABLES = {"alembic_version"}
# A full-text index's own storage (its segments, sizes, config) is keyed by rowid; the index's
# content is compared through the virtual table itself (articles_fts, claims_fts).
FTS_STORAGE = re.compile(r"_fts_(data|idx|docsize|config|content)$")
SKIPPED_COLUMNS = {("articles", "extracted_with")}
SHOWN = 5
# References models.py keeps without a FOREIGN KEY constraint (a plain column SQLite can add in place).
UNDECLARED_REFERENCES = {"organization_id": ("organizations", "id")}


class Normaliser:
    """Rows of one database, ids replaced by the content they point to."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.tables = [name for (name,) in self.db.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
            if name not in SKIPPED_TABLES and not FTS_STORAGE.search(name)]
        self.columns = {t: [row[1] for row in self.db.execute(f"pragma table_info('{t}')")] for t in self.tables}
        # column -> (referenced table, referenced column)
        self.foreign = {t: {row[3]: (row[2], row[4] or "id")
                            for row in self.db.execute(f"pragma foreign_key_list('{t}')")} for t in self.tables}
        for t in self.tables:
            self.foreign[t].update({c: ref for c, ref in UNDECLARED_REFERENCES.items() if c in self.columns[t]})
        self.memo: dict[tuple[str, object], tuple] = {}

    def referenced(self, table: str, key_column: str, value) -> tuple | None:
        if value is None:
            return None
        key = (table, key_column, value)
        if key not in self.memo:
            row = self.db.execute(f"select * from {table} where {key_column} = ?", (value,)).fetchone()
            self.memo[key] = ("missing", table, value) if row is None else self.normalise(table, row)
        return self.memo[key]

    def normalise(self, table: str, row: tuple) -> tuple:
        out = []
        for column, value in zip(self.columns[table], row):
            if column == "id" or (table, column) in SKIPPED_COLUMNS:
                continue
            if column in self.foreign[table]:
                value = self.referenced(*self.foreign[table][column], value)
            out.append((column, value))
        return tuple(out)

    def rows(self, table: str) -> Counter:
        return Counter(self.normalise(table, row) for row in self.db.execute(f"select * from {table}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--dump", type=Path, help="write A's normalised rows here, one JSON line each")
    args = parser.parse_args()
    a, b = Normaliser(args.a), Normaliser(args.b)
    differing = 0
    if a.tables != b.tables:
        print(f"tables differ: only in A {sorted(set(a.tables) - set(b.tables))}, "
              f"only in B {sorted(set(b.tables) - set(a.tables))}")
        differing += 1
    dump = args.dump.open("w") if args.dump else None
    for table in a.tables:
        if table not in b.tables:
            continue
        rows_a, rows_b = a.rows(table), b.rows(table)
        if dump:
            for row in sorted(rows_a.elements(), key=repr):
                dump.write(json.dumps([table, row], default=str) + "\n")
        if rows_a == rows_b:
            print(f"{table:24} {sum(rows_a.values()):7} rows  same")
            continue
        differing += 1
        only_a, only_b = rows_a - rows_b, rows_b - rows_a
        print(f"{table:24} {sum(rows_a.values()):7} / {sum(rows_b.values())} rows  DIFFER: "
              f"{sum(only_a.values())} only in A, {sum(only_b.values())} only in B")
        for label, only in (("A", only_a), ("B", only_b)):
            for row in sorted(only.elements(), key=repr)[:SHOWN]:
                print(f"  only in {label}: {row}")
    print("identical" if not differing else f"{differing} table(s) differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
