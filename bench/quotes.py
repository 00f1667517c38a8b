#!/usr/bin/env python3
"""Who said what, on hand-annotated PolNeAR dev articles: speech claims, their speakers, their acts.

    .venv/bin/python bench/quotes.py [--show] [--split train]

The gold (bench/gold/quotes_*.json, described in bench/gold/README.md) gives
every attribution in 25 PolNeAR dev articles: its content, its act (speech,
thought, other) and its speaker as a person key. With --split train, the gold
is bench/gold/train/quotes_*.json, 36 PolNeAR train articles annotated the same
way: the set to tune on, whose figures are not the ones to report; there being
no people gold for them, a claim's speaker is the gold speaker when the stored
person's name holds the gold key's last word. The articles are seeded into
a new database; a claim covers a gold attribution when its content holds at
least 80% of the attribution's letters and digits. Printed:
- speech precision: claims with act = 'speech' covering a gold speech act;
- speech recall: gold speech acts covered by a speech claim;
- attributed recall: gold speech acts of a named person covered by a claim whose
  speaker is that person (a stored person is a gold person when most of its
  mentions in the article are that person's in the people gold); then both
  recalls by the gold's form: direct quotations, mixed (a quotation inside
  reported words) and reported speech;
- act accuracy: claims covering a gold attribution whose act is the gold act.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from pronouns import folded  # beside this script
from timing import seeded

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

POLNEAR = REPO.parent / "shared" / "polnear"
COVERAGE = 0.8


def load(pattern: str, folder: Path = BENCH / "gold") -> dict:
    gold = {}
    for path in sorted(folder.glob(pattern)):
        gold.update(json.loads(path.read_text()))
    return gold


def letters(text: str, spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if text[i].isalnum()}


def person_keys(con, people_gold: dict) -> dict[tuple[str, int], str]:
    """(file, stored person) -> gold person key, by the person's mentions in that article."""
    votes: dict[tuple[str, int], Counter] = defaultdict(Counter)
    rows = con.execute("select a.source_file, m.start_char, m.end_char, m.person_id from person_mentions m "
                       "join articles a on a.id = m.article_id").fetchall()
    for file, start, end, person in rows:
        file = Path(file).name
        for g in people_gold.get(file, {}).get("mentions", []):
            if g["end"] == end and g["start"] < end and start < g["end"]:
                votes[(file, person)][g["person"]] += 1
    return {key: count.most_common(1)[0][0] for key, count in votes.items()}


def named_as(con, gold: dict) -> dict[tuple[str, int], str]:
    """(file, stored person) -> the gold speaker of that article whose key's last word the person's
    name holds ("Trump" for Donald Trump, "John Kirby (admiral)" for John Kirby)."""
    speakers = defaultdict(set)
    for file, records in gold.items():
        speakers[file] |= {r["speaker"] for r in records if r["speaker"]}
    keys = {}
    for file, person, name in con.execute("select distinct a.source_file, p.id, p.name from person_mentions m "
                                          "join articles a on a.id = m.article_id join people p on p.id = m.person_id"):
        file = Path(file).name
        for key in speakers[file]:
            if folded(re.sub(r"\s*\(.*\)$", "", key)).split()[-1] in folded(name).split():
                keys[file, person] = key
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true",
                        help="print the gold speech acts missed or misattributed, and the speech claims that cover none")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    args = parser.parse_args()
    gold = load("quotes_*.json", BENCH / "gold" / ("train" if args.split == "train" else ""))
    texts_dir = POLNEAR / args.split / "text"

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "quotes.db"
        seeded([texts_dir / name for name in sorted(gold)], db)
        con = sqlite3.connect(db)
        has_act = any(row[1] == "act" for row in con.execute("pragma table_info(claims)"))
        act = "c.act" if has_act else "'speech'"
        claims = con.execute(f"select a.source_file, a.text, c.start_char, c.end_char, c.speaker_id, {act} "
                             "from claims c join articles a on a.id = c.article_id").fetchall()
        keys = person_keys(con, load("people_*.json")) if args.split == "dev" else named_as(con, gold)
        con.close()

    by_file = defaultdict(list)
    texts = {}
    for file, text, start, end, speaker, claim_act in claims:
        file = Path(file).name
        texts[file] = text
        by_file[file].append((letters(text, [(start, end)]), speaker, claim_act, text[start:end]))

    speech_claims = speech_hits = gold_speech = speech_found = 0
    named = named_found = judged = act_right = 0
    counts_by_form = defaultdict(Counter)  # form -> speech acts, found, named, named found
    for file, records in sorted(gold.items()):
        text = texts.get(file) or (texts_dir / file).read_text(encoding="utf-8")
        stored = by_file[file]
        covering = defaultdict(list)  # gold index -> stored claims covering it
        for i, record in enumerate(records):
            wanted = letters(text, record["spans"])
            for n, (chars, *_) in enumerate(stored):
                if wanted and len(wanted & chars) >= COVERAGE * len(wanted):
                    covering[i].append(n)
        covered_by = defaultdict(set)
        for i, ns in covering.items():
            for n in ns:
                covered_by[n].add(i)
        for n, (_, speaker, claim_act, content) in enumerate(stored):
            if claim_act == "speech":
                speech_claims += 1
                hit = any(records[i]["act"] == "speech" for i in covered_by[n])
                speech_hits += hit
                if args.show and not hit:
                    acts = sorted({records[i]["act"] for i in covered_by[n]})
                    print(f"{file[:40]}: speech claim covering {acts or 'no gold attribution'}: {content[:80]!r}")
            if covered_by[n]:
                judged += 1
                act_right += claim_act in {records[i]["act"] for i in covered_by[n]}
        for i, record in enumerate(records):
            if record["act"] != "speech":
                continue
            gold_speech += 1
            found = any(stored[n][2] == "speech" for n in covering[i])
            speech_found += found
            counts = counts_by_form[record.get("form") or "unmarked"]
            counts["acts"] += 1
            counts["found"] += found
            if record["speaker"]:
                named += 1
                right = any(keys.get((file, stored[n][1])) == record["speaker"] for n in covering[i])
                named_found += right
                counts["named"] += 1
                counts["named found"] += right
                if args.show and not right:
                    said = [keys.get((file, stored[n][1]), stored[n][1]) for n in covering[i]]
                    print(f"{file[:40]}: {record.get('form') or 'unmarked'} {record['speaker']} ({record['source_text']!r} {record['cue_text']!r}) not found "
                          f"({said or 'no claim'}): {' … '.join(record['text'])[:80]}")

    def share(a, b):
        return a / b if b else 0.0
    print(f"quotes gold: {len(gold)} PolNeAR {args.split} articles, {sum(map(len, gold.values()))} attributions, "
          f"{gold_speech} speech acts ({named} by a named person)")
    print(f"speech claims   P {share(speech_hits, speech_claims):.3f}  R {share(speech_found, gold_speech):.3f}"
          f"  ({speech_claims} speech claims of {len(claims)})")
    print(f"attributed recall {share(named_found, named):.3f}")
    for form, counts in sorted(counts_by_form.items()):
        print(f"  {form:9} {counts['acts']:4} speech acts: R {share(counts['found'], counts['acts']):.3f}, "
              f"attributed recall {share(counts['named found'], counts['named']):.3f} ({counts['named']} named)")
    print(f"act accuracy      {share(act_right, judged):.3f}  ({judged} claims covering a gold attribution)")


if __name__ == "__main__":
    main()
