#!/usr/bin/env python3
"""Families of one surname: people and speakers on ten articles about two families.

    .venv/bin/python bench/family.py

bench/family_texts/ holds ten articles written for it, about two fictional families: the Pembertons
(a former governor, his namesake son, his wife and daughter, an unrelated bartender and police
sergeant of the same surname; six articles of two stories) and the Marricks (a developer, his
namesake son, daughter, wife and younger son, an unrelated judge; four articles in the styles of
four kinds of outlet). bench/gold/family.json gives every name mention with its person (a key
shared across articles) and the speaker of every attribution, made by hand and checked twice.
The rules for families were written looking at these articles, so the figures say how far they
hold, not how they do on news never seen (bench/people.py, bench/quotes.py).

The articles are seeded in one run into a new database. A gold person's stored person is the one
most of its mentions went to. Printed: name mentions found (a stored mention overlaps) and right
(it is the gold person's stored person, which holds no other gold person's mentions); gold people
split over several stored people and stored people holding several gold people's mentions (merges);
attributions whose claim (the one covering the gold position) has the gold speaker.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from timing import seeded  # beside this script

BENCH = Path(__file__).resolve().parent
TEXTS = BENCH / "family_texts"
GOLD = BENCH / "gold" / "family.json"


def main() -> None:
    gold = json.loads(GOLD.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "family.db"
        seeded(TEXTS, db)
        con = sqlite3.connect(db)
        stored = con.execute("select a.source_file, m.start_char, m.end_char, m.person_id from person_mentions m "
                             "join articles a on a.id = m.article_id").fetchall()
        claims = con.execute("select a.source_file, c.start_char, c.end_char, c.speaker_id from claims c "
                             "join articles a on a.id = c.article_id").fetchall()
        con.close()
    by_file = defaultdict(list)
    for file, start, end, person in stored:
        by_file[Path(file).name].append((start, end, person))
    votes: dict[str, Counter] = defaultdict(Counter)
    hits = {}
    for file, record in gold.items():
        for n, m in enumerate(record["mentions"]):
            hits[file, n] = [p for s, e, p in by_file[file] if s < m["end"] and m["start"] < e]
            votes[m["person"]].update(hits[file, n])
    stored_person = {key: count.most_common(1)[0][0] for key, count in votes.items() if count}
    holds: dict[int, set] = defaultdict(set)
    for key, count in votes.items():
        for person in count:
            holds[person].add(key)
    found = right = total = 0
    for file, record in gold.items():
        for n, m in enumerate(record["mentions"]):
            total += 1
            found += bool(hits[file, n])
            right += any(p == stored_person.get(m["person"]) and len(holds[p]) == 1 for p in hits[file, n])
    split = sum(len(count) > 1 for count in votes.values())
    merged = sum(len(keys) > 1 for keys in holds.values())
    key_of = {person: key for key, person in stored_person.items()}
    said = spoken_right = 0
    for file, record in gold.items():
        for c in record["claims"]:
            said += 1
            speakers = {key_of.get(p) if p else None for f, s, e, p in claims
                        if Path(f).name == file and s <= c["start"] < e}
            spoken_right += c["speaker"] in speakers
    people = len({m["person"] for record in gold.values() for m in record["mentions"]})
    print(f"family gold: {len(gold)} articles, {total} name mentions of {people} people, {said} attributions")
    print(f"name mentions   found {found}  right {right}  ({right / total:.3f})")
    print(f"people          split {split}  merged {merged}")
    print(f"speakers        right {spoken_right} of {said}  ({spoken_right / said:.3f})")


if __name__ == "__main__":
    main()
