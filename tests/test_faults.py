"""Seeding under faults: a migration killed half-way, seeders started at once, database-level errors,
worker processes outliving the seeder."""
import os
import re
import subprocess
import sys
import time

import pytest
from alembic.script import ScriptDirectory

import faults as faults_bench
from conftest import REPO, TEXTS, query, seed_into, tables_without_ids
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


# The same, but each seeder, once it has resolved a batch's people against the store, waits (up to 3 s)
# until every seeder has done so before it stores them: without turns, all resolve against the same store.
SEED_ON_GO_RESOLVING_TOGETHER = """
import glob, os, sys, time
import seed
from factstore import pipeline
go, seeders = sys.argv[1], int(os.environ["SEEDERS"])
resolve_people = pipeline.resolve_people

def resolve_then_wait_for_the_others(*args):
    resolved = resolve_people(*args)
    open(f"{go}-resolved-{os.getpid()}", "w").close()
    deadline = time.monotonic() + 3
    while len(glob.glob(f"{go}-resolved-*")) < seeders and time.monotonic() < deadline:
        time.sleep(0.01)
    return resolved

pipeline.resolve_people = resolve_then_wait_for_the_others
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.005)
sys.exit(seed.main(sys.argv[2:]))
"""


def seed_at_once(db, *inputs: list, code: str = SEED_ON_GO) -> list[tuple[int, str, str]]:
    """Seeders, one per list of paths, released together; (exit status, stdout, stderr) of each."""
    go = db.parent / "go"
    runs = [python(code, str(go), "--db", f"sqlite:///{db}", *map(str, paths), env={**os.environ, "SEEDERS": str(len(inputs))},
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for paths in inputs]
    assert [run.stdout.readline() for run in runs] == ["ready\n"] * len(runs)
    go.touch()
    results = [(run.wait(120), run.stdout.read(), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close(), run.stderr.close()
    return results


@pytest.mark.parametrize("seeders", [2, 4])
def test_seeders_started_at_once_on_a_new_file_all_succeed(tmp_path, seeders):
    db = tmp_path / "facts.db"
    texts = sorted((TEXTS / "corpus").glob("*.txt"))[:seeders]
    results = seed_at_once(db, *[[text] for text in texts])
    assert [code for code, _, _ in results] == [0] * seeders, [err for _, _, err in results]
    assert_sound(db)
    assert sorted(r[0] for r in query(db, "select source_file from articles")) == [t.name for t in texts]


@pytest.mark.parametrize("parts", [("024", "13"), ("1", "0234")])
def test_the_bundled_texts_seeded_by_two_seeders_at_once_give_the_tables_of_one_run(tmp_path, parts):
    bundled = sorted((REPO / "texts").glob("*.txt"))
    assert seed_into(tmp_path / "one.db", *bundled) == 0
    results = seed_at_once(tmp_path / "facts.db", *[[bundled[int(n)] for n in part] for part in parts])
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    one, at_once = tables_without_ids(tmp_path / "one.db"), tables_without_ids(tmp_path / "facts.db")
    assert [name for name in one if one[name] != at_once[name]] == []


def test_an_article_another_seeder_stored_meanwhile_is_already_present(tmp_path):
    db = tmp_path / "facts.db"
    store.migrate(f"sqlite:///{db}")
    texts = [TEXTS / "corpus" / "wire.txt", TEXTS / "corpus" / "midstory.txt"]
    results = seed_at_once(db, texts, texts)
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    summaries = [re.search(r"articles: (\d+) added, (\d+) already present, (\d+) failed", out).groups()
                 for _, out, _ in results]
    assert sum(int(added) for added, _, _ in summaries) == 2
    assert all(int(added) + int(present) == 2 for added, present, _ in summaries)
    assert query(db, "select count(*) from articles") == [(2,)]


SAME_PERSON = [
    "Harbour master Maria Okafor said on Monday that the port would reopen. \"Every crane is working,\" "
    "Okafor said. Trade minister Daniel Brandt welcomed the news.\n",
    "The port will reopen, harbour master Maria Okafor told reporters on Monday. \"Every crane is working,\" "
    "Okafor said. Shipping agent Lena Varga said she expected delays.\n",
    "Maria Okafor, the harbour master, said the port would reopen on Monday. \"Every crane is working,\" "
    "she said. Ferry captain Tomas Reyes said he had been waiting for a week.\n",
    "\"Every crane is working,\" harbour master Maria Okafor said on Monday, as the port reopened. "
    "Customs chief Ines Duarte said checks would resume.\n",
]


@pytest.mark.parametrize("database", ["new", "migrated"])
@pytest.mark.parametrize("seeders", [2, 4])
def test_seeders_storing_at_once_create_each_person_and_statement_once(tmp_path, seeders, database):
    """Each seeder resolves against the store and stores in its turn, so one that stores after another
    finds the people and remarks it stored, as if they had run one after the other."""
    paths = []
    for i, text in enumerate(SAME_PERSON[:seeders]):
        paths.append(tmp_path / f"port-{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    db = tmp_path / "facts.db"
    if database == "migrated":
        store.migrate(f"sqlite:///{db}")
    results = seed_at_once(db, *[[path] for path in paths], code=SEED_ON_GO_RESOLVING_TOGETHER)
    assert [code for code, _, _ in results] == [0] * seeders, [err for _, _, err in results]
    assert_sound(db)
    assert query(db, "select count(*) from articles") == [(seeders,)]
    assert query(db, "select name, article_count from people where name = 'Maria Okafor'") == [("Maria Okafor", seeders)]
    assert query(db, "select count(*) from statements where text like '%Every crane is working%'") == [(1,)]


def seed_with_db(url: str, *paths) -> int:
    import seed
    return seed.main(["--db", url, *map(str, paths)])


def one_error_line(capsys) -> str:
    out, err = capsys.readouterr()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err.strip()


@pytest.fixture
def no_parsing(monkeypatch):
    """Database errors are found before any article is parsed."""
    from factstore import pipeline

    def read_texts(*args):
        raise AssertionError("parsed before the database was checked")

    monkeypatch.setattr(pipeline, "read_texts", read_texts)


def test_a_database_in_a_missing_folder_is_one_line_and_exit_2(tmp_path, capsys, no_parsing):
    db = tmp_path / "nowhere" / "facts.db"
    assert seed_with_db(f"sqlite:///{db}", TEXTS / "corpus" / "wire.txt") == 2
    assert one_error_line(capsys) == f"error: database {db}: no such folder: {db.parent}"


def test_a_file_that_is_not_sqlite_is_one_line_and_exit_2(tmp_path, capsys, no_parsing):
    db = tmp_path / "notes.db"
    db.write_text("These are my notes, not a database.\n" * 200)
    assert seed_with_db(f"sqlite:///{db}", TEXTS / "corpus" / "wire.txt") == 2
    assert one_error_line(capsys) == f"error: database {db}: not a SQLite database (file is not a database)"
    assert db.read_text() == "These are my notes, not a database.\n" * 200


def test_a_read_only_database_is_found_before_parsing(tmp_path, capsys, no_parsing):
    db = tmp_path / "facts.db"
    store.migrate(f"sqlite:///{db}")
    assert seed_with_db(f"sqlite:///file:{db}?mode=ro&uri=true", TEXTS / "corpus" / "wire.txt") == 2
    line = one_error_line(capsys)
    assert line.startswith(f"error: database file:{db}?mode=ro&uri=true: read-only")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_database_in_a_read_only_folder_is_found_before_parsing(tmp_path, capsys, no_parsing):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert seed_with_db(f"sqlite:///{folder / 'facts.db'}", TEXTS / "corpus" / "wire.txt") == 2
        assert one_error_line(capsys).startswith(f"error: database {folder / 'facts.db'}: ")
    finally:
        folder.chmod(0o755)


def test_a_database_at_an_unknown_schema_revision_is_one_line_and_exit_2(tmp_path, capsys, no_parsing):
    db = tmp_path / "facts.db"
    store.migrate(f"sqlite:///{db}")
    with __import__("sqlite3").connect(db) as con:
        con.execute("update alembic_version set version_num = '0123456789ab'")
    assert seed_with_db(f"sqlite:///{db}", TEXTS / "corpus" / "wire.txt") == 2
    assert one_error_line(capsys) == (
        f"error: database {db}: schema revision 0123456789ab is unknown to this seeder "
        "(written by a newer version?)")


@pytest.mark.skipif(__import__("importlib").util.find_spec("psycopg2") is not None, reason="psycopg2 is installed")
def test_postgresql_without_its_driver_is_one_line_and_exit_2(capsys, no_parsing):
    assert seed_with_db("postgresql://me:secret@localhost/news", TEXTS / "corpus" / "wire.txt") == 2
    assert one_error_line(capsys) == (
        "error: database postgresql://me:***@localhost/news: no driver for postgresql "
        "(No module named 'psycopg2')")


def test_a_server_that_refuses_the_connection_is_one_line_and_exit_2(monkeypatch, capsys, no_parsing):
    from sqlalchemy.exc import OperationalError

    def refused(url):
        raise OperationalError("connect", {}, Exception(
            'connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?"))

    monkeypatch.setattr(store, "migrate", refused)
    assert seed_with_db("postgresql://me@localhost/news", TEXTS / "corpus" / "wire.txt") == 2
    assert one_error_line(capsys) == (
        'error: database postgresql://me@localhost/news: cannot use it (connection to server at "localhost" '
        "(127.0.0.1), port 5432 failed: Connection refused)")


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_worker_processes_end_when_the_seeder_is_killed(tmp_path, signal_name):
    import signal

    folder = tmp_path / "in"
    folder.mkdir()
    story = (TEXTS / "corpus" / "wire.txt").read_text() * 5
    for n in range(60):  # enough for two parser processes
        (folder / f"{n:02}.txt").write_text(f"{story}\nStory {n}.\n")
    err = open(tmp_path / "stderr", "w+")
    seeder = subprocess.Popen([sys.executable, "seed.py", "--db", str(tmp_path / "facts.db"), "--processes", "2",
                               str(folder)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=err,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    try:
        deadline = time.monotonic() + 90
        while len(workers := children_of(seeder.pid)) < 2 and seeder.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(workers) >= 2, "the seeder started no parser processes"
        seeder.send_signal(getattr(signal, signal_name))
        assert seeder.wait(90) == {"SIGTERM": 143, "SIGINT": 130, "SIGKILL": -9}[signal_name]
        err.seek(0)
        assert "Traceback" not in err.read()
        deadline = time.monotonic() + 15
        while any(map(alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if alive(pid)]
        assert query(tmp_path / "facts.db", "pragma integrity_check") == [("ok",)]
    finally:
        err.close()
        seeder.kill()
        for pid in workers if "workers" in dir() else ():
            if alive(pid):
                os.kill(pid, 9)


# Kills its own process with SIGKILL when it is about to run the Nth statement that starts with a prefix.
SEED_AND_DIE = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
import seed

# Die at the first statement starting with `prefix` once the `nth` article's row is written.
prefix, nth, articles = sys.argv[1], int(sys.argv[2]), 0

@event.listens_for(Engine, "before_cursor_execute")
def die(conn, cursor, statement, *args):
    global articles
    statement = statement.lstrip()
    articles += statement.startswith("INSERT INTO articles ")
    if articles >= nth and statement.startswith(prefix):
        os.kill(os.getpid(), signal.SIGKILL)

sys.exit(seed.main(sys.argv[3:]))
"""

# What the articles say, without ids: articles, people, mentions, claims and their speakers, events
# (bench/faults.py compares its killed runs' re-runs with the same queries).
CONTENT = list(faults_bench.CONTENT.values())


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    db = tmp_path_factory.mktemp("whole") / "facts.db"
    assert seed_into(db, "--batch-size", "2", TEXTS / "corpus") == 0
    return [query(db, sql) for sql in CONTENT]


# Each in the third or fourth article stored (the bundled test corpus's storing order), the second batch.
@pytest.mark.parametrize("prefix, nth", [("INSERT INTO person_mentions ", 3), ("INSERT INTO claims ", 4),
                                         ("INSERT INTO event_mentions ", 3), ("UPDATE statements ", 4)])
def test_a_seed_killed_while_storing_keeps_whole_batches_and_a_rerun_completes_it(
        tmp_path, uninterrupted, prefix, nth):
    """A batch is written in one transaction: the kill loses the batch it was writing and keeps the one
    before, whole, and the re-run writes the rest as the uninterrupted run did."""
    db = tmp_path / "facts.db"
    killed = python(SEED_AND_DIE, prefix, str(nth), "--db", f"sqlite:///{db}", "--batch-size", "2",
                    str(TEXTS / "corpus"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.wait(120) == -9
    stored = {row[0] for row in query(db, "select source_file from articles")}
    assert len(stored) == 2
    # the articles stored before the kill are whole: every row of theirs is there, and only theirs
    for sql, rows in list(zip(CONTENT, uninterrupted))[2:]:
        assert query(db, sql) == [row for row in rows if row[0] in stored]
    assert seed_into(db, "--batch-size", "2", TEXTS / "corpus") == 0
    assert_sound(db)
    assert [query(db, sql) for sql in CONTENT] == uninterrupted


def _open_new_file(path: str, barrier, results) -> None:
    from sqlalchemy import create_engine, text

    barrier.wait()
    try:
        with create_engine(f"sqlite:///{path}").connect() as connection:
            connection.execute(text("select 1"))
        results.put("ok")
    except Exception as error:  # reported to the parent, which asserts on it
        results.put(repr(error))


def test_two_processes_opening_a_new_file_at_once_both_get_it_in_wal_mode(tmp_path):
    """Switching a new SQLite file to WAL fails at once with "database is locked" when another
    process does it at the same moment, whatever the busy timeout; the connect hook tries again."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    outcomes = []
    for n in range(40):
        barrier, results = context.Barrier(2), context.Queue()
        workers = [context.Process(target=_open_new_file, args=(str(tmp_path / f"{n}.db"), barrier, results))
                   for _ in range(2)]
        for worker in workers:
            worker.start()
        outcomes += [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join()
    assert set(outcomes) == {"ok"}


def test_the_signal_watcher_imports_nothing_while_the_command_starts():
    """The thread that waits for Ctrl-C and SIGTERM starts before the command imports spaCy. Had it
    imported the parser's module itself, the two threads would import spaCy at once, and now and
    then the command would die at start with KeyError: 'spacy'."""
    probe = ("import sys, time\n"
             "from factstore.cli import handle_signals\n"
             "handle_signals()\n"
             "time.sleep(1)\n"
             "print(sorted(m for m in ('spacy', 'factstore.parse') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
