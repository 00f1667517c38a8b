"""How seeding holds up as the store grows: one seed.py run over many synthetic articles.

    python bench/growth.py [--articles 20000] [--people 6000] [--seed 7] [--real 840] [--write-only DIR]

The articles are composed from PolNeAR train paragraphs with their people, places and dates
replaced (bench/synthetic.py), so their number has no limit. One seed.py
run stores them all into a new database; while it runs, the number of stored articles is read
every half second, which gives the seconds each fifth of the run took per 1,000 articles (flat
cost: the last fifth no slower than the first), counted from the first article stored, so that
start-up is not in the first fifth. Peak memory is that of the seeder's largest process (wait4's
rusage, which takes in the parser processes it has waited for); the first --real PolNeAR train
texts are seeded the same way first, for the peak on real news to compare with. With --write-only,
the corpus is written into DIR and nothing is seeded (to profile parts of a run by hand).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from synthetic import POLNEAR_TRAIN, write_corpus  # beside this script

REPO = Path(__file__).resolve().parent.parent


def stored_articles(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def seed_and_watch(folder: Path, db: Path, total: int) -> tuple[list[tuple[float, int]], float, float, str]:
    """Seed the folder into a new database; returns (seconds since start, articles stored) each
    half second, the seconds in all, the seeder's peak memory in MB and what it printed."""
    with tempfile.TemporaryFile("w+") as printed, tempfile.TemporaryFile("w+") as errors:
        started = time.monotonic()
        run = subprocess.Popen([sys.executable, "seed.py", "--db", str(db), str(folder)], cwd=REPO,
                               stdout=printed, stderr=errors, text=True)
        seen = []
        while True:
            pid, status, usage = os.wait4(run.pid, os.WNOHANG)
            if pid:
                run.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
                break
            time.sleep(0.5)
            seen.append((time.monotonic() - started, stored_articles(db)))
        elapsed = time.monotonic() - started
        seen.append((elapsed, stored_articles(db)))
        if run.returncode != 0:
            errors.seek(0)
            sys.exit(f"seed.py failed ({run.returncode}):\n{errors.read()[-2000:]}")
        printed.seek(0)
        return seen, elapsed, usage.ru_maxrss / 1024, printed.read()


def fifths(seen: list[tuple[float, int]], total: int) -> list[float]:
    """Seconds per 1,000 articles in each fifth of the run, from the first article stored."""
    first_time, first_count = next((t, n) for t, n in seen if n > 0)
    marks = [(first_time, first_count)]
    for k in range(1, 6):
        marks.append(next((t, n) for t, n in seen if n >= total * k // 5))
    return [(t1 - t0) / max(n1 - n0, 1) * 1000 for (t0, n0), (t1, n1) in zip(marks, marks[1:])]


def counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        return {table: conn.execute(f"select count(*) from {table}").fetchone()[0]
                for table in ("articles", "people", "claims", "statements", "events")}


def measure_growth(folder: Path, db: Path, articles: int, people: int, seed: int, sources: Path,
                   reference: tuple[int, float] | None) -> None:
    """Write the synthetic corpus into `folder`, drawing on the texts in `sources`, seed it into `db`
    and print the figures; `reference` is (articles, peak MB) of the real articles seeded the same way,
    if any. The corpus is written by a process of its own: a process's peak memory takes in its
    parent's peak, and this one is the seeder's parent."""
    subprocess.run([sys.executable, __file__, "--write-only", str(folder), "--articles", str(articles),
                    "--people", str(people), "--seed", str(seed), "--real-texts", str(sources)], check=True)
    print(f"{articles} synthetic articles, a cast of {people}, random seed {seed}", flush=True)
    seen, elapsed, peak, printed = seed_and_watch(folder, db, articles)
    print(f"seeded in {elapsed:.0f}s: " + ", ".join(f"{n} {table}" for table, n in counts(db).items()))
    stored_by = next((f"all stored by {t:.0f}s" for t, n in seen if n >= articles), "not all stored")
    print(f"{stored_by}; then " + next(
        (line for line in printed.splitlines() if line.startswith("resolved again")), "nothing resolved again"))
    per_thousand = fifths(seen, articles)
    print("seconds per 1,000 articles, by fifth of the run: " + "  ".join(f"{s:.1f}" for s in per_thousand))
    if per_thousand[0] > 0:  # a run of a few batches may store its first fifth at once
        print(f"last fifth / first fifth: {per_thousand[-1] / per_thousand[0]:.2f}")
    line = f"peak memory: {peak:.0f} MB"
    if reference:
        line += f", {peak / reference[1]:.2f}x the peak on {reference[0]} real articles"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--people", type=int, default=6000, help="the cast the articles draw on")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real", type=int, default=840, help="PolNeAR train texts seeded for the reference peak")
    parser.add_argument("--real-texts", type=Path, default=POLNEAR_TRAIN,
                        help="PolNeAR train texts: those seeded for the reference, and the synthetic articles' sources")
    parser.add_argument("--write-only", type=Path, metavar="DIR", help="write the corpus into DIR and stop")
    args = parser.parse_args()
    if args.write_only:
        args.write_only.mkdir(parents=True, exist_ok=True)
        write_corpus(args.write_only, args.articles, args.people, args.seed, source_texts=args.real_texts)
        return
    with tempfile.TemporaryDirectory() as tmp:
        reference = None
        if args.real:
            real = Path(tmp) / "real"
            real.mkdir()
            for f in sorted(args.real_texts.glob("*.txt"))[:args.real]:
                (real / f.name).symlink_to(f)
            _, elapsed, reference_peak, _ = seed_and_watch(real, Path(tmp) / "real.db", args.real)
            reference = (args.real, reference_peak)
            print(f"{args.real} PolNeAR train articles: {elapsed:.0f}s, peak memory {reference_peak:.0f} MB",
                  flush=True)
        folder = Path(tmp) / "texts"
        folder.mkdir()
        measure_growth(folder, Path(tmp) / "growth.db", args.articles, args.people, args.seed, args.real_texts,
                       reference)


if __name__ == "__main__":
    main()
