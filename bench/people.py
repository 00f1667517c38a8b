#!/usr/bin/env python3
"""Precision and recall of person mentions on hand-annotated articles.

    .venv/bin/python bench/people.py

The gold (bench/people_gold.json) lists, per article, each person and the
surface text of every mention of them, in order. Mentions are compared as
multisets of surface texts per article; a predicted person is "false" when
none of its mentions is a gold mention, and "merged" when its mentions in one
article belong to two gold people.
"""
import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent

from factstore.pipeline import seed


def main() -> None:
    gold = json.loads((BENCH / "people_gold.json").read_text())
    paths = [(BENCH / name).resolve() for name in gold]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "people.db"
        seed(paths, f"sqlite:///{db}")
        con = sqlite3.connect(db)
        rows = con.execute("select a.source_file, m.text, m.person_id from person_mentions m "
                           "join articles a on a.id = m.article_id").fetchall()
    by_file = {Path(name).name: people for name, people in gold.items()}
    tp = n_pred = n_gold = false_people = merged = 0
    for file, people in by_file.items():
        predicted = [(text, pid) for f, text, pid in rows if f == file]
        gold_surfaces = Counter(s for surfaces in people.values() for s in surfaces)
        pred_surfaces = Counter(text for text, _ in predicted)
        tp += sum((gold_surfaces & pred_surfaces).values())
        n_pred += sum(pred_surfaces.values())
        n_gold += sum(gold_surfaces.values())
        owner = {s: name for name, surfaces in people.items() for s in surfaces}
        for pid in {pid for _, pid in predicted}:
            owners = {owner.get(text) for text, p in predicted if p == pid}
            false_people += owners == {None}
            merged += len(owners - {None}) > 1
            if len(owners - {None}) > 1:
                print(f"{file}: one person for {sorted(owners - {None})}")
        missed = gold_surfaces - pred_surfaces
        extra = pred_surfaces - gold_surfaces
        if missed or extra:
            print(f"{file}: missed {dict(missed)} extra {dict(extra)}")
    p, r = tp / n_pred, tp / n_gold
    print(f"articles {len(by_file)}  gold mentions {n_gold}  predicted {n_pred}")
    print(f"mention precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    print(f"false people {false_people}  wrong merges {merged}")


if __name__ == "__main__":
    main()
