#!/usr/bin/env python3
"""Time every cookbook query on a database the size of 100,000 articles.

    .venv/bin/python bench/query_scale.py [--articles N] [--keep PATH]

Builds a migrated SQLite database (views, indexes, full-text triggers and all)
and fills it with synthetic rows in the proportions the pipeline produces:
per article about 15 person mentions, 10 claims, 1.5 event mentions; a
Zipf-like spread of 20,000 people; most remarks reported once and a few
carried by many outlets. Then runs each SQL block of docs/queries.md, prints
its median time over several runs and its query plan, and flags plans that
scan a table without an index.
"""
import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from factstore.store import migrate

MENTIONS_PER_ARTICLE = 15
CLAIMS_PER_ARTICLE = 10
EVENT_MENTIONS_PER_ARTICLE = 1.5
PEOPLE = 20_000
PLACES = 2_000
OUTLETS = 60
NEW_REMARK_SHARE = 0.9  # the rest repeat a remark already reported
BUDGET_MS = 100
RUNS = 5
# People the cookbook asks about, so its queries find something at scale too.
NAMED = [("Vladimir Putin", ["Putin", "Mr. Putin"]), ("Ali Khamenei", ["Khamenei", "Ayatollah Khamenei"]),
         ("Ebrahim Raisi", ["Raisi", "Ibrahim Raisi", "Laisi"]), ("Recep Tayyip Erdogan", ["Erdogan"])]
FIRST = "Anna Louis Maria Jonas Petra Kaja Mikko Rasa Samuel Helen Daniel Julia Marcos Reza Ingrid Tom Lisa".split()
LAST = [f"Name{i}" for i in range(2000)]
COMMON_WORDS = ("the government would continue talks on trade and security with its neighbours after the "
                "election while officials said the plan was fair and the economy needed more time to grow "
                "as prices rose and the budget was cut").split()
TOPICS = ["NATO", "grain", "terrorism", "sanctions", "drones", "oil", "elections", "refugees"]
EVENT_TYPES = [("meeting", "04"), ("visit", "04"), ("agreement", "05"), ("military action", "19"),
               ("accusation", "11"), ("threat", "13"), ("sanctions", "16")]
STATUSES = ["happened"] * 8 + ["planned", "expected"]
FACTUALITY = [None] * 45 + ["denied", "warned", "threatened", "hoped", "expected"]


def sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(COMMON_WORDS) for _ in range(words)]
    if rng.random() < 0.05:
        chosen[rng.randrange(words)] = rng.choice(TOPICS)
    return " ".join(chosen).capitalize() + "."


def fill(db: Path, articles: int, rng: random.Random) -> None:
    con = sqlite3.connect(db)
    con.execute("pragma journal_mode = wal")
    con.execute("pragma synchronous = off")
    start = date(2020, 1, 1)
    days = (date(2023, 12, 31) - start).days
    with con:
        con.executemany("insert into places (id, name) values (?, ?)",
                        [(1, "Tehran")] + [(i, f"Place {i}") for i in range(2, PLACES + 1)])
        names = [n for n, _ in NAMED] + [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(PEOPLE - len(NAMED))]
        con.executemany("insert into people (id, name, article_count, mention_count) values (?, ?, 0, 0)",
                        enumerate(names, 1))
        aliases = [(i, n) for i, n in enumerate(names, 1)] + [(i, n.split()[-1]) for i, n in enumerate(names, 1)
                                                              if i > len(NAMED)]
        aliases += [(i, alias) for i, (_, extra) in enumerate(NAMED, 1) for alias in extra]
        con.executemany("insert or ignore into person_aliases (person_id, alias) values (?, ?)", aliases)
        weights = [1 / (rank ** 0.8) for rank in range(1, PEOPLE + 1)]
        statements_by_speaker: dict[int, list[int]] = {}
        statement_id = claim_id = mention_id = event_id = event_mention_id = 0
        article_rows, mention_rows, claim_rows, statement_rows = [], [], [], []
        event_rows, participant_rows, event_mention_rows = [], [], []
        event_dates: dict[int, str] = {}
        for a in range(1, articles + 1):
            published = (start + timedelta(days=rng.randrange(days))).isoformat()
            text = " ".join(sentence(rng, 12) for _ in range(6))
            article_rows.append((a, f"synthetic/{a:06d}.txt", f"{a:064x}", text, sentence(rng, 8),
                                 f"Outlet {rng.randrange(OUTLETS)}", published))
            people = rng.choices(range(1, PEOPLE + 1), weights, k=MENTIONS_PER_ARTICLE)
            for person in people:
                mention_id += 1
                mention_rows.append((mention_id, a, person, 0, 5, text[:5], "surname"))
            for _ in range(CLAIMS_PER_ARTICLE):
                claim_id += 1
                speaker = rng.choice(people)
                known = statements_by_speaker.setdefault(speaker, [])
                if known and rng.random() > NEW_REMARK_SHARE:
                    statement = rng.choice(known[-20:])
                else:
                    statement_id += 1
                    statement = statement_id
                    known.append(statement)
                    statement_rows.append((statement, speaker, sentence(rng, 14)))
                claim_rows.append((claim_id, a, statement, speaker, sentence(rng, 14), 0, 10, rng.choice(["direct", "indirect", "partial"]),
                                   "he", 0, 2, "said", 3, 7, "say", rng.choice(FACTUALITY)))
            for _ in range(int(EVENT_MENTIONS_PER_ARTICLE + rng.random())):
                if event_id and rng.random() < 0.5:
                    event = rng.randrange(max(1, event_id - 200), event_id + 1)
                else:
                    event_id += 1
                    event = event_id
                    kind, cameo = rng.choice(EVENT_TYPES)
                    event_dates[event] = published
                    event_rows.append((event, kind, cameo, published, "day", rng.randrange(1, PLACES + 1),
                                       rng.choice(STATUSES)))
                    participant_rows += [(event, p, None, "person", role) for p, role in
                                         zip(rng.sample(people, 2), ("agent", "counterpart"))]
                event_mention_id += 1
                disagrees = rng.random() < 0.03
                event_mention_rows.append((event_mention_id, event, a, 0, 20, text[:20], 0, 3, text[:3], "happened",
                                           (start + timedelta(days=rng.randrange(days))).isoformat()
                                           if disagrees else event_dates[event], "day", None))
        con.executemany("insert into articles (id, source_file, sha256, text, title, outlet, published_on) "
                        "values (?, ?, ?, ?, ?, ?, ?)", article_rows)
        con.executemany("insert into person_mentions (id, article_id, person_id, start_char, end_char, text, kind) "
                        "values (?, ?, ?, ?, ?, ?, ?)", mention_rows)
        con.executemany("insert into statements (id, speaker_id, text, article_count, outlet_count) "
                        "values (?, ?, ?, 0, 0)", statement_rows)
        con.executemany("insert into claims (id, article_id, statement_id, speaker_id, content, start_char, end_char, "
                        "kind, source_text, source_start_char, source_end_char, cue_text, cue_start_char, "
                        "cue_end_char, cue_lemma, factuality) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        claim_rows)
        con.executemany("insert into events (id, event_type, cameo_root, occurred_on, date_precision, place_id, status, "
                        "article_count, outlet_count) values (?, ?, ?, ?, ?, ?, ?, 0, 0)", event_rows)
        con.executemany("insert into event_participants (event_id, person_id, name, kind, role) values (?, ?, ?, ?, ?)",
                        participant_rows)
        con.executemany("insert into event_mentions (id, event_id, article_id, start_char, end_char, text, "
                        "trigger_start_char, trigger_end_char, trigger_text, status, occurred_on, date_precision, "
                        "place_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_mention_rows)
        # the counts the pipeline keeps as it stores each article
        con.execute("update people set (article_count, mention_count) = (select count(distinct article_id), count(*) "
                    "from person_mentions where person_id = people.id)")
        for table, child, key in (("statements", "claims", "statement_id"), ("events", "event_mentions", "event_id")):
            con.execute(f"""update {table} set (article_count, outlet_count, first_reported_on) = (
                select count(distinct a.id), count(distinct a.outlet), min(a.published_on)
                from {child} c join articles a on a.id = c.article_id where c.{key} = {table}.id)""")
        con.execute("update events set disputed = (select count(distinct occurred_on) > 1 from event_mentions "
                    "where event_id = events.id)")
    con.execute("pragma optimize")
    con.close()


def cookbook() -> list[tuple[str, str]]:
    text = (REPO / "docs" / "queries.md").read_text(encoding="utf-8")
    titles = re.findall(r"^## (.+)$", text, re.M)
    queries = re.findall(r"```sql\n(.*?)```", text, re.S)
    return list(zip(titles, queries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "scale.db"
        if db.exists():
            db.unlink()
        migrate(f"sqlite:///{db}")
        started = time.perf_counter()
        fill(db, args.articles, random.Random(20220719))
        con = sqlite3.connect(db)
        sizes = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                 for t in ("articles", "people", "person_mentions", "claims", "statements", "events", "event_mentions")}
        print(f"built in {time.perf_counter() - started:.0f} s: " + ", ".join(f"{n:,} {t}" for t, n in sizes.items()))
        views = {name for (name,) in con.execute("select name from sqlite_master where type = 'view'")}
        slow = 0
        for title, sql in cookbook():
            timings = []
            for _ in range(RUNS):
                t = time.perf_counter()
                rows = con.execute(sql).fetchall()
                timings.append((time.perf_counter() - t) * 1000)
            ms = statistics.median(timings)
            slow += ms >= BUDGET_MS
            plan = [row[3] for row in con.execute("explain query plan " + sql)]
            # a full scan of a table; scanning a view's materialised rows or a search hit list is not one
            unindexed = [p for p in plan if p.startswith("SCAN") and "USING" not in p and "VIRTUAL TABLE" not in p
                         and p.split()[1] not in views and not re.match(r"SCAN (CONSTANT ROW|\w+_fts)", p)]
            print(f"\n{ms:7.1f} ms  {len(rows):5} rows  {title}{'  OVER BUDGET' if ms >= BUDGET_MS else ''}")
            for line in plan:
                print(f"           {line}{'   <- no index' if line in unindexed else ''}")
        con.close()
    print(f"\n{slow} of {len(cookbook())} queries at or over {BUDGET_MS} ms")


if __name__ == "__main__":
    main()
