#!/usr/bin/env python3
"""People on hand-annotated PolNeAR dev articles: mentions found, and who is merged with whom.

    .venv/bin/python bench/people.py [--show]

The gold (bench/gold/people_*.json, described in bench/gold/README.md) gives
every name mention in 30 PolNeAR dev articles with a person key shared across
articles. The articles are seeded together into a new database and its
person_mentions compared with the gold:
- mentions: a stored mention matches a gold name mention it overlaps that ends
  at the same character (a courtesy title may be in one and not the other);
  precision, recall, F1. Description mentions ("the Democratic nominee") are
  scored apart, as the store's `title` and `description` mentions, with how many
  of those matched stand for the right person (the gold person most of the stored
  person's matched name mentions in that article are).
- merges, over pairs of matched mentions, within one article and across
  articles: precision (pairs stored as one person that are one person) and
  recall (pairs of one person stored as one).
- false merges across articles: pairs of different gold people that share a
  stored person, counted where their mentions are in different articles.
- false people: stored people none of whose mentions is a gold name mention.
With --show, the mentions missed and added and the merges, per article.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from collections import Counter, defaultdict
from math import comb
from pathlib import Path

from timing import seeded  # beside this script

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

DEV_TEXTS = REPO.parent / "shared" / "polnear" / "dev" / "text"
DESCRIPTION_KINDS = ("title", "description")


def load_gold() -> dict[str, dict]:
    gold = {}
    for path in sorted((BENCH / "gold").glob("people_*.json")):
        gold.update(json.loads(path.read_text()))
    return gold


def stored_mentions(files: list[Path]) -> list[tuple]:
    """(file, start, end, person_id, kind, text) for every stored person mention."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "people.db"
        seeded(files, db)
        con = sqlite3.connect(db)
        rows = con.execute("select a.source_file, m.start_char, m.end_char, m.person_id, m.kind, m.text "
                           "from person_mentions m join articles a on a.id = m.article_id").fetchall()
        con.close()
    return rows


def match(gold: list[dict], stored: list[tuple]) -> dict[int, int]:
    """Stored mention index -> gold mention index, one to one: overlapping, same end."""
    by_end = {g["end"]: i for i, g in enumerate(gold)}
    pairs = {}
    for n, (_, start, end, *_rest) in enumerate(stored):
        i = by_end.get(end)
        if i is not None and start < gold[i]["end"] and gold[i]["start"] < end and i not in pairs.values():
            pairs[n] = i
    return pairs


def pair_counts(cells: Counter, rows: Counter, columns: Counter) -> tuple[int, int, int]:
    """Pairs in the same cell, the same row (stored person), the same column (gold person)."""
    return (sum(comb(n, 2) for n in cells.values()), sum(comb(n, 2) for n in rows.values()),
            sum(comb(n, 2) for n in columns.values()))


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the misses and merges per article")
    args = parser.parse_args()

    gold = load_gold()
    rows = stored_mentions([DEV_TEXTS / name for name in sorted(gold)])
    by_file = defaultdict(list)
    for row in rows:
        by_file[Path(row[0]).name].append(row)

    found = n_stored = n_gold = 0
    d_found = d_stored = d_gold = d_right = 0
    everywhere: list[tuple[str, int, str]] = []  # (file, stored person, gold person) per matched mention
    within = [0, 0, 0]
    for file, annotation in sorted(gold.items()):
        names = [g for g in annotation["mentions"] if g["kind"] == "name"]
        descriptions = [g for g in annotation["mentions"] if g["kind"] == "description"]
        stored = [r for r in by_file[file] if r[4] not in DESCRIPTION_KINDS]
        titles = [r for r in by_file[file] if r[4] in DESCRIPTION_KINDS]
        pairs = match(names, stored)
        found, n_stored, n_gold = found + len(pairs), n_stored + len(stored), n_gold + len(names)
        d_pairs = match(descriptions, titles)
        d_found, d_stored, d_gold = d_found + len(d_pairs), d_stored + len(titles), d_gold + len(descriptions)
        cells = Counter((stored[n][3], names[i]["person"]) for n, i in pairs.items())
        gold_person = {}  # stored person -> the gold person most of its matched mentions here are
        for (person, key), _ in sorted(cells.items(), key=lambda item: item[1]):
            gold_person[person] = key
        d_right += sum(gold_person.get(titles[n][3]) == descriptions[i]["person"] for n, i in d_pairs.items())
        counts = pair_counts(cells, Counter(p for p, _ in cells.elements()), Counter(g for _, g in cells.elements()))
        within = [w + c for w, c in zip(within, counts)]
        everywhere += [(file, stored[n][3], names[i]["person"]) for n, i in pairs.items()]
        if args.show:
            missed = [names[i]["text"] for i in range(len(names)) if i not in pairs.values()]
            added = [r[5] for n, r in enumerate(stored) if n not in pairs]
            if missed or added:
                print(f"{file}: missed {missed} added {added}")

    cells = Counter((p, g) for _, p, g in everywhere)
    total = pair_counts(cells, Counter(p for _, p, _ in everywhere), Counter(g for _, _, g in everywhere))
    across = [t - w for t, w in zip(total, within)]
    people_of: dict[int, set[str]] = defaultdict(set)
    articles_of: dict[tuple[int, str], set[str]] = defaultdict(set)
    for file, p, g in everywhere:
        people_of[p].add(g)
        articles_of[(p, g)].add(file)
    false_merges = sorted({(p, a, b) for p, keys in people_of.items() for a in keys for b in keys
                           if a < b and articles_of[(p, a)] ^ articles_of[(p, b)]})
    matched_people = {p for _, p, _ in everywhere}
    false_people = {r[3] for r in rows} - matched_people
    if args.show:
        for p, a, b in false_merges:
            print(f"merged across articles: {a} / {b}")
        for p, keys in sorted(people_of.items()):
            if len(keys) > 1:
                print(f"one stored person for {sorted(keys)}")
        stored_as: dict[str, set[int]] = defaultdict(set)
        for _, p, g in everywhere:
            stored_as[g].add(p)
        for g, ids in sorted(stored_as.items()):
            if len(ids) > 1:
                print(f"{g} split into {len(ids)} stored people, in "
                      f"{[sorted(articles_of[(p, g)]) for p in sorted(ids)]}")

    p, r = ratio(found, n_stored), ratio(found, n_gold)
    print(f"people gold: {len(gold)} PolNeAR dev articles, {n_gold} name mentions of "
          f"{len({g['person'] for a in gold.values() for g in a['mentions']})} people")
    print(f"name mentions   P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}  ({n_stored} stored)")
    dp, dr = ratio(d_found, d_stored), ratio(d_found, d_gold)
    print(f"descriptions    P {dp:.3f}  R {dr:.3f}  ({d_stored} stored, {d_gold} in the gold; "
          f"{d_right} of {d_found} matched are the right person)")
    for label, (same, stored_pairs, gold_pairs) in (("within articles", within), ("across articles", across),
                                                    ("all pairs", total)):
        print(f"merges {label:16} P {ratio(same, stored_pairs):.3f}  R {ratio(same, gold_pairs):.3f}")
    print(f"false merges across articles {len(false_merges)}  false people {len(false_people)}")


if __name__ == "__main__":
    main()
