"""The data dictionary and Datasette's metadata are generated, and must be up to date."""
import json
import sqlite3
import subprocess
import sys

from conftest import REPO


def test_data_dictionary_and_datasette_metadata_are_current():
    done = subprocess.run([sys.executable, str(REPO / "tools" / "schema_doc.py"), "--check"], cwd=REPO)
    assert done.returncode == 0, "run: .venv/bin/python tools/schema_doc.py"


def test_every_table_and_column_is_documented():
    text = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("| `"):
            assert line.rstrip().split("|")[-2].strip(), f"undocumented column: {line}"


def test_datasette_metadata_names_real_tables_and_columns(bundled_db):
    metadata = json.loads((REPO / "datasette" / "metadata.json").read_text(encoding="utf-8"))
    with sqlite3.connect(bundled_db) as con:
        for table, settings in metadata["databases"]["facts"]["tables"].items():
            columns = {row[1] for row in con.execute(f"pragma table_info({table})")}
            assert columns, f"no table or view {table}"
            assert set(settings.get("columns", {})) <= columns
            assert set(settings.get("facets", [])) <= columns
