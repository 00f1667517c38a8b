#!/usr/bin/env python3
"""Speakers of claims on PolNeAR train, against its annotated sources: the split to tune speaker rules on.

    .venv/bin/python bench/sources.py [--articles 400] [--show no-speaker|wrong|no-claim]

The first --articles PolNeAR train texts (sorted by name) are seeded into a new database. For every
annotated attribution whose Source span holds a name the store tied to exactly one person, the claim
whose content overlaps the annotated content most is looked at: its speaker is that person (right),
nobody (no speaker), someone else (wrong), or there is no such claim (no claim). A source such as
"Obama's aides" holds a person's name and yet is nobody the store should name, so "no speaker" is
an upper bound on the misses; the share of right speakers is what rules should raise, on this split,
before they are checked on dev (bench/quotes.py, bench/polnear.py).
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from timing import seeded  # beside this script

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear" / "train"


def annotated_sources(path: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(content fragments, source fragments) of each attribution in a BRAT file that has both."""
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            kind, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = [tuple(map(int, f.split())) for f in offsets.split(";")]
        elif fields[0].startswith("E"):
            relations.append(dict(arg.split(":") for arg in fields[1].split()))
    return [(spans[r["Content"]], spans[r["Source"]]) for r in relations
            if r.get("Content") in spans and r.get("Source") in spans]


def overlap(start: int, end: int, fragments: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in fragments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--show", choices=("no-speaker", "wrong", "no-claim"), help="print the cases of that outcome")
    args = parser.parse_args()
    texts = sorted((TRAIN / "text").glob("*.txt"))[:args.articles]
    annotations = {}
    for ann in sorted((TRAIN / "attributions").glob("*.ann")):  # the first annotator's, as the scorer takes
        annotations.setdefault(ann.name.rsplit("_", 1)[0] + ".txt", ann)
    outcomes = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        for text in texts:
            (folder / text.name).symlink_to(text)
        seeded(folder, Path(tmp) / "facts.db")
        con = sqlite3.connect(f"{tmp}/facts.db")
        names = dict(con.execute("select id, name from people"))
        for article_id, source_file, text in con.execute("select id, source_file, text from articles"):
            mentions = con.execute("select start_char, end_char, person_id from person_mentions "
                                   "where article_id = ?", (article_id,)).fetchall()
            claims = con.execute("select start_char, end_char, speaker_id, source_text, content from claims "
                                 "where article_id = ?", (article_id,)).fetchall()
            for content, source in annotated_sources(annotations[source_file]):
                people = {person for start, end, person in mentions if overlap(start, end, source)}
                if len(people) != 1:
                    continue
                wanted = people.pop()
                touching = [c for c in claims if overlap(c[0], c[1], content)]
                if touching:
                    *_, speaker, source_text, claim = max(touching, key=lambda c: overlap(c[0], c[1], content))
                    outcome = "right" if speaker == wanted else "no speaker" if speaker is None else "wrong"
                else:
                    speaker = source_text = None
                    claim = text[content[0][0]:content[-1][1]]
                    outcome = "no claim"
                outcomes[outcome] += 1
                if args.show == outcome.replace(" ", "-"):
                    gold_source = text[source[0][0]:source[-1][1]]
                    print(f"{source_file}: source {gold_source!r} ({names[wanted]}); claim source {source_text!r}"
                          f" ({names.get(speaker)}): {claim[:100]!r}")
    total = sum(outcomes.values())
    print(f"PolNeAR train, first {len(texts)} articles: {total} annotated attributions with a named source")
    for outcome in ("right", "no speaker", "wrong", "no claim"):
        print(f"{outcome:11} {outcomes[outcome]:5}  {outcomes[outcome] / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
