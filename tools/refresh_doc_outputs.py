#!/usr/bin/env python3
"""Rewrite the output printed under each SQL example in the docs, from a freshly seeded database.

    .venv/bin/python tools/refresh_doc_outputs.py

Seeds texts/ into a temporary database, runs every ```sql block of README.md
and docs/*.md and replaces the ```text block after it with what the query
prints in the sqlite3 shell's default format. tests/test_docs.py checks
that the two agree; run this after a change that moves the output, and read
the diff.
"""
import re
import sqlite3
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from factstore.pipeline import seed

EXAMPLE = re.compile(r"(```sql\n(?P<sql>.*?)```\s*\n```text\n)(?P<output>.*?)(```)", re.S)


def shell_output(con: sqlite3.Connection, sql: str) -> str:
    rows = con.execute(sql).fetchall()
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.db"
        seed([REPO / "texts"], f"sqlite:///{db}")
        con = sqlite3.connect(db)
        for doc in [REPO / "README.md"] + sorted((REPO / "docs").glob("*.md")):
            text = doc.read_text(encoding="utf-8")
            new = EXAMPLE.sub(lambda m: m.group(1) + shell_output(con, m["sql"]) + m.group(4), text)
            if new != text:
                doc.write_text(new, encoding="utf-8")
                print(f"updated {doc.relative_to(REPO)}")
        con.close()


if __name__ == "__main__":
    main()
