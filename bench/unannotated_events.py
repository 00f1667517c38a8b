#!/usr/bin/env python3
"""The events the store writes for the PolNeAR train articles outside the events gold, to read by hand.

    .venv/bin/python bench/unannotated_events.py [--type TYPE ...] [--show]

Seeds the train articles that bench/gold/train/events_*.json does not annotate (with
their publication dates as metadata, as bench/events.py does) into a new database and
prints the number of event mentions of each type; with --show, each mention of the
types asked for (all, without --type), its trigger in brackets and the text around it.
No gold: precision here is read, not scored. Rules are found on these articles and on
the train gold, never on dev.
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from events import POLNEAR, load_gold, write_sidecar  # beside this script
from timing import seeded

CONTEXT = 90

MENTIONS_SQL = """
select a.source_file, a.text, m.trigger_start_char, m.trigger_end_char, e.event_type
from event_mentions m join events e on e.id = m.event_id join articles a on a.id = m.article_id
order by a.source_file, m.trigger_start_char
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", action="append", help="an event type to show (repeatable)")
    parser.add_argument("--show", action="store_true", help="print each mention with the text around it")
    args = parser.parse_args()
    from factstore.sidecar import read_metadata

    annotated = set(load_gold("train"))
    texts = sorted(p for p in (POLNEAR / "train" / "text").glob("*.txt") if p.name not in annotated)
    with tempfile.TemporaryDirectory() as tmp:
        sidecar = Path(tmp) / "metadata.jsonl"
        write_sidecar([p.name for p in texts], POLNEAR / "metadata.tsv", sidecar)
        db = Path(tmp) / "events.db"
        seeded(texts, db, metadata=read_metadata(sidecar))
        rows = sqlite3.connect(db).execute(MENTIONS_SQL).fetchall()
    counts = Counter(row[4] for row in rows)
    print(f"{len(texts)} PolNeAR train articles outside the events gold, {len(rows)} event mentions")
    for kind, n in counts.most_common():
        print(f"{n:6}  {kind}")
    if args.show:
        for source_file, text, start, end, kind in rows:
            if args.type and kind not in args.type:
                continue
            around = f"{text[max(0, start - CONTEXT):start]}[{text[start:end]}]{text[end:end + CONTEXT // 2]}"
            print(f"{kind:13} {Path(source_file).name[:30]}: {around!r}")


if __name__ == "__main__":
    main()
