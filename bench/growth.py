"""How seeding holds up as the store grows: one seed.py run over many synthetic articles.

    python bench/growth.py [--articles 20000] [--people 6000] [--seed 7] [--real 840] [--write-only DIR]

The articles are written here from templates, so their number has no limit: each is a short
report of a meeting or a visit, with people from a fixed cast (some named far more often than
others, as in the news), their titles, quotations and reported speech, and a date. One seed.py
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
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GIVEN_NAMES = REPO / "factstore" / "data" / "given_name_gender.tsv"

SYLLABLES = "ka ro vi len mar tos bel dan fi gor han is jun kel lo mi nor pa quin res sa tur ul ver wen ya zo".split()
COUNTRIES = ["France", "Germany", "Brazil", "Kenya", "Japan", "Canada", "Mexico", "Norway", "Chile", "Egypt",
             "India", "Poland", "Spain", "Turkey", "Vietnam", "Peru", "Ghana", "Italy", "Sweden", "Greece"]
CITIES = ["Paris", "Berlin", "Nairobi", "Tokyo", "Ottawa", "Lima", "Oslo", "Cairo", "Delhi", "Warsaw",
          "Madrid", "Ankara", "Hanoi", "Accra", "Rome", "Athens", "Geneva", "Vienna", "Dublin", "Lisbon"]
ROLES = ["foreign minister", "president", "prime minister", "trade minister", "ambassador", "senator"]
TOPICS = ["trade", "energy prices", "a border dispute", "fishing rights", "a new rail line", "climate targets",
          "grain exports", "a prisoner exchange", "tariffs on steel", "water rights"]
CLAIMS = ["the talks had been {adj}", "both sides wanted a deal on {topic} before the winter",
          "the agreement on {topic} would be signed within weeks", "nothing had been decided on {topic}",
          "the visit showed that relations were {adj}", "{country} would not accept new conditions on {topic}"]
ADJECTIVES = ["constructive", "difficult", "friendly", "productive", "tense", "long overdue"]
QUOTES = ["We have made real progress today.", "There is still a lot of work to do.",
          "Our position on {topic} has not changed.", "This is a good day for both our countries.",
          "We will meet again in {city} next month.", "Nobody should expect a quick result."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def cast(rng: random.Random, size: int) -> list[dict]:
    given = [line.split("\t") for line in GIVEN_NAMES.read_text().splitlines() if not line.startswith("#")]
    people, seen = [], set()
    while len(people) < size:
        first, sex = rng.choice(given)
        person = {"given": first.capitalize(), "surname": surname(rng), "sex": sex,
                  "role": rng.choice(ROLES), "country": rng.choice(COUNTRIES)}
        if (person["given"], person["surname"]) not in seen:
            seen.add((person["given"], person["surname"]))
            people.append(person)
    return people


def article(rng: random.Random, people: list[dict], weights: list[float], number: int) -> str:
    a, b = rng.choices(people, weights)[0], rng.choices(people, weights)[0]
    while b is a:
        b = rng.choices(people, weights)[0]
    fill = {"topic": rng.choice(TOPICS), "city": rng.choice(CITIES), "adj": rng.choice(ADJECTIVES),
            "country": a["country"]}
    pronoun = {"male": "he", "female": "she"}[a["sex"]]
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2024)

    def claim() -> str:
        return rng.choice(CLAIMS).format(**fill)

    paragraphs = [
        f"{a['given']} {a['surname']} and {b['given']} {b['surname']} meet in {fill['city']} "
        f"(report {number})",
        f"{fill['city'].upper()}, {month} {day}, {year} - {a['country']}'s {a['role']}, {a['given']} "
        f"{a['surname']}, met {b['country']}'s {b['role']} {b['given']} {b['surname']} in {fill['city']} "
        f"on {month} {day}, {year} to discuss {fill['topic']}.",
        f"\"{rng.choice(QUOTES).format(**fill)[:-1]},\" {a['surname']} told reporters after the meeting.",
        f"{b['surname']} said {claim()}.",
        f"According to {a['given']} {a['surname']}, {claim()}. {pronoun.capitalize()} added that "
        f"{claim()}.",
        f"{b['given']} {b['surname']} visited {a['country']} last {rng.choice(MONTHS)}, and "
        f"{a['surname']} is expected to travel to {b['country']} later this year.",
    ]
    rng.shuffle(paragraphs[3:])
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, articles: int, people: int, seed: int) -> None:
    rng = random.Random(seed)
    everyone = cast(rng, people)
    weights = [1 / (rank + 1) for rank in range(len(everyone))]  # a few people in most of the news
    for number in range(articles):
        (folder / f"{number:06d}.txt").write_text(article(rng, everyone, weights, number), encoding="utf-8")


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def seed_and_watch(folder: Path, db: Path, total: int) -> tuple[list[tuple[float, int]], float, float]:
    """Seed the folder into a new database; returns (seconds since start, articles stored) each
    half second, the seconds in all and the seeder's peak memory in MB."""
    started = time.monotonic()
    run = subprocess.Popen([sys.executable, "seed.py", "--db", str(db), str(folder)], cwd=REPO,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    while True:
        pid, status, usage = os.wait4(run.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.5)
        seen.append((time.monotonic() - started, stored_articles(db)))
    elapsed = time.monotonic() - started
    seen.append((elapsed, stored_articles(db)))
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"seed.py failed ({os.waitstatus_to_exitcode(status)}):\n{run.stderr.read()[-2000:]}")
    return seen, elapsed, usage.ru_maxrss / 1024


def fifths(seen: list[tuple[float, int]], total: int) -> list[float]:
    """Seconds per 1,000 articles in each fifth of the run, from the first article stored."""
    first_time, first_count = next((t, n) for t, n in seen if n > 0)
    marks = [(first_time, first_count)]
    for k in range(1, 6):
        marks.append(next((t, n) for t, n in seen if n >= total * k // 5))
    return [(t1 - t0) / max(n1 - n0, 1) * 1000 for (t0, n0), (t1, n1) in zip(marks, marks[1:])]


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"select count(*) from {table}").fetchone()[0]
                for table in ("articles", "people", "claims", "statements", "events")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--people", type=int, default=6000, help="the cast the articles draw on")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real", type=int, default=840, help="PolNeAR train texts seeded for the reference peak")
    parser.add_argument("--real-texts", type=Path, default=Path("/work/shared/polnear/train/text"))
    parser.add_argument("--write-only", type=Path, metavar="DIR", help="write the corpus into DIR and stop")
    args = parser.parse_args()
    if args.write_only:
        args.write_only.mkdir(parents=True, exist_ok=True)
        write_corpus(args.write_only, args.articles, args.people, args.seed)
        return
    with tempfile.TemporaryDirectory() as tmp:
        reference_peak = None
        if args.real:
            real = Path(tmp) / "real"
            real.mkdir()
            for f in sorted(args.real_texts.glob("*.txt"))[:args.real]:
                (real / f.name).symlink_to(f)
            _, elapsed, reference_peak = seed_and_watch(real, Path(tmp) / "real.db", args.real)
            print(f"{args.real} PolNeAR train articles: {elapsed:.0f}s, peak memory {reference_peak:.0f} MB",
                  flush=True)
        folder, db = Path(tmp) / "texts", Path(tmp) / "growth.db"
        folder.mkdir()
        write_corpus(folder, args.articles, args.people, args.seed)
        print(f"{args.articles} synthetic articles, a cast of {args.people}, random seed {args.seed}", flush=True)
        seen, elapsed, peak = seed_and_watch(folder, db, args.articles)
        print(f"seeded in {elapsed:.0f}s: " + ", ".join(f"{n} {table}" for table, n in counts(db).items()))
    per_thousand = fifths(seen, args.articles)
    print("seconds per 1,000 articles, by fifth of the run: " + "  ".join(f"{s:.1f}" for s in per_thousand))
    print(f"last fifth / first fifth: {per_thousand[-1] / per_thousand[0]:.2f}")
    line = f"peak memory: {peak:.0f} MB"
    if reference_peak:
        line += f", {peak / reference_peak:.2f}x the peak on {args.real} real articles"
    print(line)


if __name__ == "__main__":
    main()
