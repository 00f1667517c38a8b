"""A starting point for hand annotation of who said what (bench/gold/README.md, quotes_*.json):
PolNeAR's own attributions of some articles, in the gold's format, with act, speaker and form
left for the annotator to decide, and the carried-on quotations PolNeAR does not mark left for
them to add.

    .venv/bin/python tools/quotes_draft.py OUT.json NAME [NAME ...]   (PolNeAR train article names)
"""
import json
import sys
from pathlib import Path

from polnear_files import TRAIN, first_annotation, read_annotations


def draft(name: str) -> list[dict]:
    text = (TRAIN / "text" / f"{name}.txt").read_text(encoding="utf-8")
    records = []
    for a in read_annotations(first_annotation(str(TRAIN), name)):
        source = [a["source"][0][0], a["source"][-1][1]] if a["source"] else None
        cue = [a["cue"][0][0], a["cue"][-1][1]] if a["cue"] else None
        records.append({"spans": [list(s) for s in a["content"]], "text": [text[s:e] for s, e in a["content"]],
                        "speaker": None, "source": source, "source_text": text[source[0]:source[1]] if source else None,
                        "cue": cue, "cue_text": text[cue[0]:cue[1]] if cue else None,
                        "act": None, "form": None})
    return sorted(records, key=lambda r: r["spans"][0])


if __name__ == "__main__":
    out, names = Path(sys.argv[1]), sys.argv[2:]
    out.write_text(json.dumps({f"{n}.txt": draft(n) for n in names}, indent=1, ensure_ascii=False) + "\n")
