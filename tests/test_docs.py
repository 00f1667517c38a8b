"""Every SQL example in the documentation gives exactly the output printed under it."""
import re
import sqlite3

import pytest

from conftest import REPO

DOCS = [REPO / "README.md"] + sorted((REPO / "docs").glob("*.md"))
EXAMPLE = re.compile(r"```sql\n(?P<sql>.*?)```\s*\n```text\n(?P<output>.*?)```", re.S)


def examples():
    for doc in DOCS:
        for n, m in enumerate(EXAMPLE.finditer(doc.read_text(encoding="utf-8"))):
            yield pytest.param(m["sql"], m["output"], id=f"{doc.name}-{n + 1}")


def sqlite_shell_output(con: sqlite3.Connection, sql: str) -> str:
    """Rows as the sqlite3 shell prints them by default: '|' between values, NULL empty."""
    rows = con.execute(sql).fetchall()
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)


def test_the_docs_have_examples():
    assert len(list(examples())) >= 5


@pytest.mark.parametrize("sql, output", list(examples()))
def test_documented_query_output(bundled_db, sql, output):
    with sqlite3.connect(bundled_db) as con:
        assert sqlite_shell_output(con, sql) == output
