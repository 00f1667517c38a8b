#!/usr/bin/env python3
"""Seeding under faults: killed runs, concurrent seeders, a 5 MB text, and a fuzz of the extractors.

    .venv/bin/python bench/faults.py [--texts DIR] [--kills N] [--seed S] [--skip-concurrency]
                                     [--skip-long] [--long-texts DIR]
    .venv/bin/python bench/faults.py --fuzz N

On the PolNeAR dev texts (84 articles), each seeder a fresh process with the default options:

- kills: an uninterrupted run into a new database gives the reference tables. Then N times
  (default 20), a new database, a seeder killed with SIGKILL at a random moment, and a re-run.
  The moments take turns among the three phases: migration (at a random one of the SQL
  statements the migration runs), parsing (at a random time between the end of the
  migration and the first article's row, as long as the reference run's took) and storing
  (at a random one of the statements from the first article's row to the end, the work
  across articles included). Each re-run's database is broken when `PRAGMA integrity_check`
  is not ok, `PRAGMA foreign_key_check` finds rows or the schema is not at the newest
  revision; its tables are the same when every CONTENT query below (articles, people,
  mentions, claims with speakers and statements, events: no ids) gives the reference's rows.
- concurrency: 2 and 4 seeders released at once on a new database, each given a disjoint
  part of the texts, then each given all of them. Counted: crashes (an exit status other
  than 0 or 1, or a traceback), articles the seeders report failed, and duplicates: people
  sharing a name, statements sharing speaker and text, events sharing type, date and
  place, beside those the uninterrupted run has.
- long: PolNeAR train texts joined (blank lines between) into one file just under the
  5 MiB the reader accepts, seeded into a new database: wall time and the seeder's peak
  resident memory (getrusage of the child, its parser included).

--fuzz N runs N generated hostile texts (bench/fuzz_texts.py) through read -> parse ->
extract instead, and prints each kind of failure with its shortest example.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLNEAR = Path("/work/shared/polnear")
PHASES = ("migration", "parsing", "storing")

# What the articles say, without ids; tests/test_faults.py compares its killed runs with these too.
CONTENT = {
    "articles": "select source_file, sha256, title, published_on from articles order by 1",
    "people": "select name from people order by 1",
    "mentions": "select a.source_file, m.start_char, m.end_char, p.name from person_mentions m join articles a "
                "on a.id = m.article_id join people p on p.id = m.person_id order by 1, 2",
    "claims": "select a.source_file, c.start_char, c.content, p.name, s.text from claims c join articles a "
              "on a.id = c.article_id left join people p on p.id = c.speaker_id "
              "left join statements s on s.id = c.statement_id order by 1, 2",
    "events": "select a.source_file, m.start_char, e.event_type, e.occurred_on from event_mentions m "
              "join articles a on a.id = m.article_id join events e on e.id = m.event_id order by 1, 2",
}

# Rows beyond the first of each group that shares what should make it one person, statement, event.
DUPLICATES = {
    "people": "select count(*) - count(distinct name) from people",
    "statements": "select coalesce(sum(n - 1), 0) from (select count(*) n from statements s left join people p "
                  "on p.id = s.speaker_id group by p.name, s.source_text, s.text)",
    "events": "select coalesce(sum(n - 1), 0) from (select count(*) n from events e left join places pl "
              "on pl.id = e.place_id group by e.event_type, e.occurred_on, pl.name, (select group_concat(k, '|') "
              "from (select coalesce(p.name, x.name) || ':' || x.role k from event_participants x left join people p "
              "on p.id = x.person_id where x.event_id = e.id order by k)))",
}

# A seeder that writes the phase it enters to a status file (with the time) and, when asked,
# kills itself with SIGKILL just before the Nth SQL statement of a phase.
#   argv: STATUS_FILE DIE_PHASE DIE_AT seed.py-arguments...
SEED_IN_PHASES = """
import os, signal, sys, time
from sqlalchemy import event
from sqlalchemy.engine import Engine
from factstore import store
import seed

status = open(sys.argv[1], "w", buffering=1)
die_phase, die_at = sys.argv[2], int(sys.argv[3])
phase, counts = None, {}

def enter(name):
    global phase
    phase = name
    status.write(f"{name} {time.monotonic()}\\n")

migrate = store.migrate
def migrate_in_phase(url):
    enter("migration")
    migrate(url)
    enter("parsing")
store.migrate = migrate_in_phase

@event.listens_for(Engine, "before_cursor_execute")
def count(conn, cursor, statement, *args):
    if phase == "parsing" and statement.lstrip().startswith("INSERT INTO articles "):
        enter("storing")
    counts[phase] = counts.get(phase, 0) + 1
    if phase == die_phase and counts[phase] == die_at:
        os.kill(os.getpid(), signal.SIGKILL)

code = seed.main(sys.argv[4:])
status.write(f"counts {counts.get('migration', 0)} {counts.get('parsing', 0)} {counts.get('storing', 0)}\\n")
enter("done")
sys.exit(code)
"""

# Imports everything, says so, then waits for a go file, so that seeders start together.
SEED_ON_GO = """
import os, sys, time
import seed
print("ready", flush=True)
while not os.path.exists(sys.argv[1]):
    time.sleep(0.005)
sys.exit(seed.main(sys.argv[2:]))
"""


def query(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def content(db: Path) -> dict[str, list[tuple]]:
    return {name: query(db, sql) for name, sql in CONTENT.items()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    from factstore import store
    return ScriptDirectory.from_config(store.alembic_config("sqlite://")).get_current_head()


def soundness(db: Path, head: str) -> list[str]:
    """What is wrong with the database file: nothing, for a sound one."""
    if not db.exists():
        return ["no database file"]
    try:
        problems = []
        if (integrity := query(db, "pragma integrity_check")) != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        if fk := query(db, "pragma foreign_key_check"):
            problems.append(f"foreign_key_check: {len(fk)} rows")
        if (version := query(db, "select version_num from alembic_version")) != [(head,)]:
            problems.append(f"schema revision {version}, not {head}")
        return problems
    except sqlite3.Error as error:
        return [f"sqlite: {error}"]


def seeder(status: Path, db: Path, texts: Path, die_phase: str = "-", die_at: int = 0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SEED_IN_PHASES, str(status), die_phase, str(die_at),
                             "--db", f"sqlite:///{db}", str(texts)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def phases_of(status: Path) -> list[tuple[str, float]]:
    try:
        lines = status.read_text().splitlines()
    except FileNotFoundError:
        return []
    return [(name, float(rest)) for name, rest in (line.split(" ", 1) for line in lines) if name != "counts"]


def rerun(db: Path, texts: Path) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "seed.py", "--db", f"sqlite:///{db}", str(texts)], cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return done.returncode, done.stderr


def bench_kills(texts: Path, kills: int, rng: random.Random, tmp: Path) -> None:
    head = head_revision()
    status, db = tmp / "reference.status", tmp / "reference.db"
    started = time.monotonic()
    run = seeder(status, db, texts)
    out, err = run.communicate()
    if run.returncode != 0:
        sys.exit(f"the uninterrupted run failed ({run.returncode}):\n{err[-2000:]}")
    elapsed = time.monotonic() - started
    marks = dict(phases_of(status))
    counts = dict(zip(PHASES, map(int, status.read_text().split("counts ", 1)[1].split()[:3])))
    parsing = marks["storing"] - marks["parsing"]
    reference = content(db)
    print(f"uninterrupted run: {elapsed:.1f}s; {out.strip().splitlines()[-1]}")
    print(f"  migration {counts['migration']} statements, parsing {parsing:.1f}s, "
          f"storing {counts['storing']} statements ({marks['done'] - marks['storing']:.1f}s)")
    print(f"\n{'kill':>4}  {'phase':<9}  {'moment':<22}  {'killed in':<9}  {'stored':>6}  "
          f"{'re-run':>6}  {'database':<8}  tables")
    broken = different = reruns_failed = killed = 0
    for n in range(kills):
        phase = PHASES[n % 3]
        status, db = tmp / f"kill{n}.status", tmp / f"kill{n}.db"
        if phase == "parsing":
            delay = rng.uniform(0, 0.9 * parsing)
            moment = f"{delay:.1f}s into parsing"
            run = seeder(status, db, texts)
            while not any(name == "parsing" for name, _ in phases_of(status)) and run.poll() is None:
                time.sleep(0.01)
            deadline = time.monotonic() + delay
            while time.monotonic() < deadline and run.poll() is None:
                time.sleep(0.01)
            run.kill()
        else:
            at = rng.randint(1, counts[phase])
            moment = f"statement {at} of {counts[phase]}"
            run = seeder(status, db, texts, phase, at)
        run.communicate()
        seen = phases_of(status)
        killed_in = seen[-1][0] if run.returncode == -9 and seen else f"exit {run.returncode}"
        killed += run.returncode == -9
        stored = query(db, "select count(*) from articles")[0][0] if killed_in != "migration" and db.exists() else 0
        code, err = rerun(db, texts)
        problems = soundness(db, head)
        differing = [name for name, rows in content(db).items() if rows != reference[name]] if not problems else []
        broken += bool(problems)
        different += bool(problems or differing)
        reruns_failed += code != 0 or "Traceback" in err
        tables = "same" if not problems and not differing else ("-" if problems else "differ: " + ", ".join(differing))
        print(f"{n + 1:>4}  {phase:<9}  {moment:<22}  {killed_in:<9}  {stored:>6}  {code:>6}  "
              f"{'broken' if problems else 'sound':<8}  {tables}", flush=True)
        for problem in problems:
            print(f"        {problem}")
        if code != 0:
            print("        re-run: " + " | ".join(err.strip().splitlines()[-3:]))
    print(f"\n{kills} kills ({killed} before the run ended): {broken} broken databases, {reruns_failed} re-runs failed, "
          f"{kills - different} of {kills} re-runs' tables the same as the uninterrupted run's")
    return reference, tmp / "reference.db"


def summary(out: str) -> tuple[int, int, int]:
    m = re.search(r"articles: (\d+) added, (\d+) already present, (\d+) failed", out)
    return tuple(map(int, m.groups())) if m else (0, 0, 0)


def seed_at_once(db: Path, inputs: list[list[Path]], tmp: Path) -> list[tuple[int, str, str]]:
    go = tmp / f"go-{db.stem}"
    runs = [subprocess.Popen([sys.executable, "-c", SEED_ON_GO, str(go), "--db", f"sqlite:///{db}",
                              *map(str, paths)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for paths in inputs]
    for run in runs:
        run.stdout.readline()
    go.touch()
    return [(run.returncode, out, err) for run in runs for out, err in [run.communicate()]]


def bench_concurrency(texts: Path, reference_db: Path | None, tmp: Path) -> None:
    files = sorted(texts.glob("*.txt"))
    if reference_db is None:
        reference_db = tmp / "reference.db"
        subprocess.run([sys.executable, "seed.py", "--db", f"sqlite:///{reference_db}", str(texts)], cwd=REPO,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    head = head_revision()
    rows = {name: query(reference_db, f"select count(*) from {name}")[0][0] for name in DUPLICATES}
    dups = {name: query(reference_db, sql)[0][0] for name, sql in DUPLICATES.items()}
    print(f"\nuninterrupted run: {rows['people']} people, {rows['statements']} statements, {rows['events']} events; "
          f"duplicates: {dups['people']} people, {dups['statements']} statements, {dups['events']} events")
    print("(people, statements, events: rows, and beside them rows sharing a name, speaker and text, or type, "
          "date, place and participants with another; each +/- the uninterrupted run's)")
    print(f"\n{'seeders':>7}  {'inputs':<11}  {'time':>6}  {'crashes':>7}  {'failed':>6}  {'added':>5}  "
          f"{'present':>7}  {'articles':>8}  {'database':<8}  {'people':>11}  {'dup':>8}  {'statements':>11}  "
          f"{'dup':>8}  {'events':>11}  {'dup':>8}")
    for count in (2, 4):
        for inputs_kind in ("disjoint", "overlapping"):
            inputs = [files[i::count] for i in range(count)] if inputs_kind == "disjoint" else [files] * count
            db = tmp / f"at-once-{count}-{inputs_kind}.db"
            started = time.monotonic()
            results = seed_at_once(db, inputs, tmp)
            elapsed = time.monotonic() - started
            crashes = sum(code not in (0, 1) or "Traceback" in err for code, _, err in results)
            added, present, failed = (sum(s[i] for s in map(summary, (out for _, out, _ in results))) for i in range(3))
            problems = soundness(db, head)
            n = {name: query(db, f"select count(*) from {name}")[0][0] for name in ("articles", *DUPLICATES)}
            d = {name: query(db, sql)[0][0] for name, sql in DUPLICATES.items()}
            figures = "  ".join(f"{f'{n[t]} ({n[t] - rows[t]:+})':>11}  {f'{d[t]} ({d[t] - dups[t]:+})':>8}"
                                for t in DUPLICATES)
            print(f"{count:>7}  {inputs_kind:<11}  {elapsed:>5.0f}s  {crashes:>7}  {failed:>6}  {added:>5}  "
                  f"{present:>7}  {n['articles']:>8}  {'broken' if problems else 'sound':<8}  {figures}", flush=True)
            for code, _, err in results:
                if code not in (0, 1) or "Traceback" in err or failed:
                    for line in err.strip().splitlines()[-3:]:
                        print(f"        exit {code}: {line[:200]}")


def bench_long(sources: Path, tmp: Path) -> None:
    from factstore.read import MAX_BYTES
    folder = tmp / "long"
    folder.mkdir()
    texts = [path.read_text(encoding="utf-8", errors="replace").strip() for path in sorted(sources.glob("*.txt"))]
    parts, size = [], 0
    for text in cycle(texts):  # round again when the texts are fewer than 5 MB
        added = len(text.encode("utf-8")) + 2
        if size + added > MAX_BYTES:
            break
        parts.append(text)
        size += added
    joined = "\n\n".join(parts) + "\n"
    (folder / "joined.txt").write_text(joined, encoding="utf-8")
    db = tmp / "long.db"
    started = time.monotonic()
    run = subprocess.Popen([sys.executable, "seed.py", "--db", f"sqlite:///{db}", str(folder)], cwd=REPO,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(run.pid, 0)
    elapsed = time.monotonic() - started
    out, err = run.stdout.read(), run.stderr.read()
    run.returncode = os.waitstatus_to_exitcode(status)
    print(f"\nlong text: {len(parts)} texts of {sources} joined ({len(texts)} different), "
          f"{len(joined.encode('utf-8')):,} bytes, "
          f"{len(joined):,} characters")
    print(f"  exit {run.returncode}, {elapsed:.0f}s, peak memory {usage.ru_maxrss / 1024:.0f} MB "
          f"(getrusage of the seeder)")
    for line in (out.strip().splitlines() + err.strip().splitlines())[-3:]:
        print(f"  {line[:200]}")


def bench_fuzz(examples: int) -> int:
    import traceback
    from hypothesis import given, settings
    from fuzz_texts import PIECE_SIZES, hostile_text, read_parse_extract

    failures: dict[str, list] = {}
    tally = {"run": 0, "refused": 0, "records": 0}
    started = time.monotonic()

    @settings(settings.get_profile("fuzz"), max_examples=examples)
    @given(text=hostile_text(), piece_chars=PIECE_SIZES)
    def one(text, piece_chars):
        tally["run"] += 1
        try:
            outcome = read_parse_extract(text, piece_chars)
            tally["refused"] += outcome.refused is not None
            tally["records"] += outcome.records
        except Exception as error:
            frames = traceback.extract_tb(error.__traceback__)
            ours = [f"{f.name} ({Path(f.filename).name}:{f.lineno})" for f in frames if "/factstore/" in f.filename]
            where = f"{type(error).__name__} in " + " <- ".join(reversed(ours[-3:] or [frames[-1].name]))
            if type(error).__name__ == "SpanError":
                where = f"SpanError: {str(error).split(':')[0]}"
            failures.setdefault(where, []).append((len(text), text, piece_chars, error))
        if tally["run"] % 1000 == 0:
            print(f"  {tally['run']} examples, {sum(map(len, failures.values()))} failures, "
                  f"{time.monotonic() - started:.0f}s", flush=True)

    one()
    total = sum(map(len, failures.values()))
    print(f"fuzz: {tally['run']} examples in {time.monotonic() - started:.0f}s, {tally['refused']} refused by "
          f"the reader (its one-line reason), {tally['records']} records extracted; {total} failures")
    for where, found in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        _, text, piece_chars, error = min(found, key=lambda f: f[0])
        print(f"  {len(found)} x {where}\n    shortest ({len(text)} characters, pieces {piece_chars}): "
              f"{text[:1000]!r}\n    {str(error)[:300]}")
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=POLNEAR / "dev" / "text", help="the articles seeded")
    parser.add_argument("--kills", type=int, default=20, metavar="N", help="killed runs (default 20; 0 skips)")
    parser.add_argument("--seed", type=int, default=None, metavar="S", help="random seed for the kill moments")
    parser.add_argument("--skip-concurrency", action="store_true")
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--long-texts", type=Path, default=POLNEAR / "train" / "text",
                        help="texts joined into the long one")
    parser.add_argument("--fuzz", type=int, default=0, metavar="N",
                        help="run N generated texts through read -> parse -> extract, and nothing else")
    args = parser.parse_args()
    if args.fuzz:
        return 1 if bench_fuzz(args.fuzz) else 0
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    print(f"texts: {args.texts} ({len(list(args.texts.glob('*.txt')))} articles); random seed {seed}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        reference_db = None
        if args.kills:
            _, reference_db = bench_kills(args.texts, args.kills, random.Random(seed), tmp)
        if not args.skip_concurrency:
            bench_concurrency(args.texts, reference_db, tmp)
        if not args.skip_long:
            bench_long(args.long_texts, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
