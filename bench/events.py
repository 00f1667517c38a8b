#!/usr/bin/env python3
"""Events found per article on PolNeAR, and what events add to seeding time.

    .venv/bin/python bench/events.py [TEXT_DIR]

Seeds TEXT_DIR (default: the PolNeAR dev texts beside this repository) into
fresh databases with and without events, and prints the events found.
"""
import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from factstore.parse import load_model
from timing import timed_seed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, default=REPO.parent / "shared" / "polnear" / "dev" / "text")
    args = parser.parse_args()
    if not args.texts.is_dir():
        sys.exit(f"error: {args.texts} not found")
    load_model()  # load once, outside both timings
    with tempfile.TemporaryDirectory() as tmp:
        without = timed_seed(args.texts, Path(tmp) / "no_events.db", with_events=False)
        db = Path(tmp) / "events.db"
        with_events = timed_seed(args.texts, db, with_events=True)
        con = sqlite3.connect(db)
        articles = con.execute("select count(*) from articles").fetchone()[0]
        mentions = con.execute("select count(*) from event_mentions").fetchone()[0]
        per_article = [n for (n,) in con.execute(
            "select count(m.id) from articles a left join event_mentions m on m.article_id = a.id group by a.id")]
        by_type = con.execute("select e.event_type, count(distinct e.id), count(m.id), "
                              "sum(e.occurred_on is not null), sum(e.place_id is not null) "
                              "from events e join event_mentions m on m.event_id = e.id "
                              "group by e.event_type order by count(m.id) desc").fetchall()
        merged = con.execute("select count(*) from events where article_count > 1").fetchone()[0]
        con.close()
    per_article.sort()
    print(f"{articles} articles: {mentions} event mentions, {mentions / articles:.1f} per article "
          f"(median {per_article[len(per_article) // 2]}, max {per_article[-1]}); "
          f"{merged} events reported by more than one article")
    print(f"{'type':24} {'events':>6} {'mentions':>8} {'dated':>6} {'placed':>6}")
    for kind, events, n, dated, placed in by_type:
        print(f"{kind:24} {events:6} {n:8} {dated:6} {placed:6}")
    print(f"seeding {articles} articles: {without:.1f} s without events, {with_events:.1f} s with events "
          f"({100 * (with_events - without) / without:+.0f}%)")


if __name__ == "__main__":
    main()
