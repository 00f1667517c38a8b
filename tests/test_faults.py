"""Seeding under faults: a migration killed half-way, seeders started at once, database-level errors,
worker processes outliving the seeder."""
import os
import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory

from conftest import REPO, TEXTS, query, seed_into
from factstore import store

HEAD = ScriptDirectory.from_config(store.alembic_config("sqlite://")).get_current_head()


def python(code: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, **kw)


def assert_sound(db):
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert query(db, "pragma foreign_key_check") == []
    assert query(db, "select version_num from alembic_version") == [(HEAD,)]


# Kills its own process with SIGKILL when it is about to run its Nth SQL statement.
MIGRATE_AND_DIE = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
from factstore import store

statements = 0

@event.listens_for(Engine, "before_cursor_execute")
def die(*args):
    global statements
    statements += 1
    if statements == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)

store.migrate(sys.argv[1])
"""


@pytest.mark.parametrize("nth", [10, 30, 58, 100])  # in the first revision, the second, the FTS one, a later one
def test_a_migration_killed_half_way_leaves_a_database_the_next_run_completes(tmp_path, nth):
    db = tmp_path / "facts.db"
    killed = python(MIGRATE_AND_DIE, f"sqlite:///{db}", str(nth))
    assert killed.wait(60) == -9
    assert seed_into(db, TEXTS / "corpus" / "wire.txt") == 0
    assert_sound(db)
    assert query(db, "select count(*) from articles") == [(1,)]


# Imports everything, says so, then waits for a go file, so that the seeders reach the migration together.
SEED_ON_GO = """
import os, sys, time
import seed
go = sys.argv[1]
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.005)
sys.exit(seed.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("seeders", [2, 4])
def test_seeders_started_at_once_on_a_new_file_all_succeed(tmp_path, seeders):
    db = tmp_path / "facts.db"
    texts = sorted((TEXTS / "corpus").glob("*.txt"))[:seeders]
    go = tmp_path / "go"
    runs = [python(SEED_ON_GO, str(go), "--db", f"sqlite:///{db}", str(text),
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for text in texts]
    assert [run.stdout.readline() for run in runs] == ["ready\n"] * seeders
    go.touch()
    results = [(run.wait(120), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close(), run.stderr.close()
    assert [code for code, _ in results] == [0] * seeders, [err for _, err in results]
    assert_sound(db)
    assert sorted(r[0] for r in query(db, "select source_file from articles")) == [t.name for t in texts]
