#!/usr/bin/env python3
"""Events on hand-annotated PolNeAR dev articles, and what events add to seeding time.

    .venv/bin/python bench/events.py [--split dev|train] [--show] [--polnear DIR]
    .venv/bin/python bench/events.py --timing [TEXT_DIR]

With the gold (bench/gold/events_*.json, described in bench/gold/README.md),
the gold's articles are seeded into a new database with each article's
publication date and publisher given as metadata (a sidecar built from
metadata.tsv beside the PolNeAR texts), and the stored event mentions are
scored against the gold's:
- trigger identification: a stored mention's trigger overlaps a gold trigger
  (each gold trigger matched at most once; mentions sharing a trigger count once);
- classification: the same, with the gold type;
- participants: over classified mentions, the participants' names (persons by
  name, compared by full name or surname; organisations, countries, groups and
  the event's place by their name without dots, "the" or case) against the
  gold's, whose participants include the place where the text places the event;
- date accuracy: classified mentions whose gold date is given and whose date
  (the mention's own, else its event's) agrees to the gold's precision;
- status accuracy: classified mentions whose status is the gold's;
- coreference: pairs of classified mentions in one stored event against pairs
  in one gold event (pairwise P/R/F1).

--split train scores the tuning gold on PolNeAR train articles instead
(bench/gold/train/events_*.json, made the same way): rules are tuned on that
one and checked on dev.

--timing seeds TEXT_DIR (default: the PolNeAR dev texts) with and without events
and prints the events found and the time events add.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
POLNEAR = REPO.parent / "shared" / "polnear"
DEV_TEXTS = POLNEAR / "dev" / "text"
METADATA = POLNEAR / "metadata.tsv"

MENTIONS_SQL = """
select a.source_file, m.trigger_start_char, m.trigger_end_char, e.event_type, m.status, m.event_id,
       coalesce(m.occurred_on, e.occurred_on), coalesce(m.date_precision, e.date_precision)
from event_mentions m join events e on e.id = m.event_id join articles a on a.id = m.article_id
order by m.id
"""
PARTICIPANTS_SQL = """
select ep.event_id, coalesce(p.name, ep.name), ep.kind, ep.role
from event_participants ep left join people p on p.id = ep.person_id
union all
select e.id, pl.name, 'place', 'place' from events e join places pl on pl.id = e.place_id
"""


GOLD_FOLDERS = {"dev": BENCH / "gold", "train": BENCH / "gold" / "train"}


def load_gold(split: str = "dev", pattern: str = "events_*.json") -> dict:
    gold = {}
    for path in sorted(GOLD_FOLDERS[split].glob(pattern)):
        gold.update(json.loads(path.read_text()))
    return gold


def write_sidecar(files: list[str], tsv: Path, out: Path) -> int:
    """A JSON Lines metadata file giving each article's publication date and publisher; how many found."""
    wanted = {Path(f).stem: f for f in files}
    found = 0
    with tsv.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as sidecar:
        for row in csv.DictReader(lines, delimiter="\t"):
            name = wanted.get(row["filename"])
            if name is None:
                continue
            record = {"source_file": name, "outlet": row.get("publisher") or None,
                      "published_on": row.get("publication_date") or None}
            sidecar.write(json.dumps(record) + "\n")
            found += 1
    return found


def name_key(name: str) -> str:
    """"F.B.I." and "the FBI" -> "fbi"."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I).replace(".", "")
    return " ".join(name.lower().split())


def names_match(gold: dict, stored: tuple[str, str]) -> bool:
    name, kind = stored
    if gold["kind"] == "person" or kind == "person":
        a, b = name_key(gold["name"]).split(), name_key(name).split()
        return bool(a and b) and (a == b or a[-1] == b[-1])
    return name_key(gold["name"]) == name_key(name)


def prf(hits_p: int, n_p: int, hits_r: int, n_r: int) -> tuple[float, float, float]:
    p = hits_p / n_p if n_p else 0.0
    r = hits_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def date_agrees(gold: str, on: str | None, precision: str | None) -> bool:
    """True when the stored date says what the gold says, to the gold's precision."""
    if not on:
        return False
    return on.startswith(gold) and (precision in (None, "day") or len(gold) < 10)


def score(gold: dict, mentions: list[tuple], participants: dict[int, list[tuple[str, str]]]) -> dict:
    """Figures for stored mentions (file, trigger start, end, type, status, event id, date, precision)
    against the gold ({file: [record]}); participants by stored event id."""
    stored_by_file: dict[str, dict[tuple[int, int], tuple]] = {}
    for m in mentions:
        stored_by_file.setdefault(m[0], {}).setdefault((m[1], m[2]), m)  # one per trigger
    n_stored = sum(map(len, stored_by_file.values()))
    n_gold = sum(map(len, gold.values()))
    identified = classified = 0
    matched: list[tuple[dict, tuple]] = []  # (gold record, stored mention), same type
    unmatched: list[tuple] = []  # stored mentions no gold mention of their type overlaps
    found_ident = found_class = 0
    for file, records in gold.items():
        stored = list(stored_by_file.get(file, {}).values())
        used_ident, used_class = set(), set()
        for record in records:
            a, b = record["trigger"]
            overlapping = [n for n, m in enumerate(stored) if m[1] < b and a < m[2]]
            free = [n for n in overlapping if n not in used_ident]
            if free:
                used_ident.add(free[0])
                found_ident += 1
            typed = [n for n in overlapping if n not in used_class and stored[n][3] == record["type"]]
            if typed:
                used_class.add(typed[0])
                found_class += 1
                matched.append((record, stored[typed[0]]))
        identified += len(used_ident)
        classified += len(used_class)
        unmatched += [m for n, m in enumerate(stored) if n not in used_class]
    figures = {"gold": n_gold, "stored": n_stored,
               "identification": prf(identified, n_stored, found_ident, n_gold),
               "classification": prf(classified, n_stored, found_class, n_gold)}
    # participants, over the classified mentions
    p_hits = p_stored = r_hits = r_gold = 0
    for record, m in matched:
        ours = [(name, kind) for name, kind, _ in participants.get(m[5], [])]
        theirs = record.get("participants") or []
        p_stored += len(ours)
        r_gold += len(theirs)
        p_hits += sum(any(names_match(g, o) for g in theirs) for o in ours)
        r_hits += sum(any(names_match(g, o) for o in ours) for g in theirs)
    figures["participants"] = prf(p_hits, p_stored, r_hits, r_gold)
    dated = [(r, m) for r, m in matched if r.get("date")]
    figures["dates"] = (sum(date_agrees(r["date"], m[6], m[7]) for r, m in dated), len(dated))
    figures["status"] = (sum(r["status"] == m[4] for r, m in matched), len(matched))
    # pairwise coreference over the classified mentions, across articles
    gold_pairs = stored_pairs = both = 0
    for i in range(len(matched)):
        for j in range(i + 1, len(matched)):
            same_gold = matched[i][0]["event"] == matched[j][0]["event"]
            same_stored = matched[i][1][5] == matched[j][1][5]
            gold_pairs += same_gold
            stored_pairs += same_stored
            both += same_gold and same_stored
    figures["coreference"] = prf(both, stored_pairs, both, gold_pairs)
    figures["matched"] = matched
    figures["unmatched"] = unmatched
    return figures


def run_gold(show: bool, polnear: Path = POLNEAR, split: str = "dev") -> None:
    from timing import seeded  # beside this script
    from factstore.sidecar import read_metadata

    gold = load_gold(split)
    if not gold:
        sys.exit(f"error: no events_*.json in {GOLD_FOLDERS[split]} (see bench/gold/README.md)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        for name in gold:
            (folder / name).write_bytes((polnear / split / "text" / name).read_bytes())
        sidecar = Path(tmp) / "metadata.jsonl"
        dated = write_sidecar(sorted(gold), polnear / "metadata.tsv", sidecar)
        db = Path(tmp) / "events.db"
        seeded(folder, db, metadata=read_metadata(sidecar))
        con = sqlite3.connect(db)
        mentions = con.execute(MENTIONS_SQL).fetchall()
        participants: dict[int, list] = {}
        for event_id, name, kind, role in con.execute(PARTICIPANTS_SQL):
            if name:
                participants.setdefault(event_id, []).append((name, kind, role))
        texts = dict(con.execute("select source_file, text from articles"))
        con.close()
    f = score(gold, mentions, participants)
    types = Counter(r["type"] for records in gold.values() for r in records)
    print(f"events gold: {len(gold)} PolNeAR {split} articles ({dated} dated by metadata.tsv), {f['gold']} event "
          f"mentions of {len(types)} types, {len({r['event'] for rs in gold.values() for r in rs})} events; "
          f"{f['stored']} stored mentions")
    for name in ("identification", "classification", "participants", "coreference"):
        p, r, f1 = f[name]
        print(f"{name:15} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    for name in ("dates", "status"):
        right, n = f[name]
        print(f"{name + ' accuracy':15} {right / n if n else 0:.3f}  ({right} of {n} classified mentions"
              f"{' the gold dates' if name == 'dates' else ''})")
    if show:
        found = {(id(r)) for r, _ in f["matched"]}
        for file, records in sorted(gold.items()):
            for r in records:
                if id(r) not in found:
                    a, b = r["trigger"]
                    text = texts.get(file, "")
                    print(f"missed {r['type']:14} {file[:30]} {text[max(0, a - 40):a]!r} [{r['trigger_text']}]")
        for m in f["unmatched"]:
            text = texts.get(m[0], "")
            print(f"added  {m[3]:14} {m[0][:30]} {text[max(0, m[1] - 40):m[1]]!r} [{text[m[1]:m[2]]}]")
        for r, m in f["matched"]:
            if r.get("date") and not date_agrees(r["date"], m[6], m[7]):
                print(f"date   {r['type']:14} {m[0][:30]} [{r['trigger_text']}] gold {r['date']}, stored {m[6]} ({m[7]})")


def run_timing(texts: Path) -> None:
    from factstore.parse import load_model
    from timing import timed_seed  # beside this script

    if not texts.is_dir():
        sys.exit(f"error: {texts} not found")
    load_model()  # load once, outside both timings
    with tempfile.TemporaryDirectory() as tmp:
        without = timed_seed(texts, Path(tmp) / "no_events.db", with_events=False)
        db = Path(tmp) / "events.db"
        with_events = timed_seed(texts, db, with_events=True)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(GOLD_FOLDERS), default="dev",
                        help="score the dev gold (default) or the train gold, the one to tune on")
    parser.add_argument("--show", action="store_true", help="print the gold event mentions not classified")
    parser.add_argument("--polnear", type=Path, default=POLNEAR,
                        help="the PolNeAR folder (dev/text, metadata.tsv); default: ../shared/polnear")
    parser.add_argument("--timing", nargs="?", const=DEV_TEXTS, type=Path, metavar="TEXT_DIR",
                        help="time seeding TEXT_DIR with and without events (default: PolNeAR dev)")
    args = parser.parse_args()
    if args.timing:
        run_timing(args.timing)
    else:
        run_gold(args.show, args.polnear, args.split)


if __name__ == "__main__":
    main()
