"""PolNeAR's files as the tools read them, without parsing: article names, annotations,
and which train articles are held out. Needs nothing beyond the standard library, so the
training environment of tools/train_reader.py can use it too."""
import glob
import os
import re
from pathlib import Path

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear" / "train"


def annotated_names(split_dir: str) -> list[str]:
    """The split's article names, sorted, each with at least one annotation file."""
    return sorted({re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(p))
                   for p in glob.glob(os.path.join(split_dir, "attributions", "*.ann"))})


def first_annotation(split_dir: str, name: str) -> str:
    """As the scorer does, the first annotator's file counts."""
    return sorted(glob.glob(os.path.join(split_dir, "attributions", name + "_*.ann")))[0]


def read_annotations(ann_path: str) -> list[dict]:
    """Each attribution's content, cue and source as lists of (start, end); cue and source may be None."""
    spans, relations = {}, []
    for line in open(ann_path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) > 2 and " " in parts[1]:
            kind, ranges = parts[1].split(" ", 1)
            spans[parts[0]] = (kind, [tuple(map(int, r.split())) for r in ranges.split(";")])
        elif line.startswith("E") and len(parts) > 1:
            relations.append(dict(a.split(":") for a in parts[1].split()[1:] if ":" in a))
    return [{role: spans[r[name]][1] if r.get(name) in spans else None
             for role, name in (("content", "Content"), ("cue", "Cue"), ("source", "Source"))}
            for r in relations if r.get("Content") in spans]


def held_out_split(articles: list, holdout: int, fold: int = 0) -> tuple[list, list]:
    """(training, held out): the `fold`-th block of `holdout` articles counted from the end is held
    out, the rest, in order, trains. Fold 0 is the last block; a second fold checks that a gain
    on the first is not the luck of one set of articles."""
    if holdout <= 0:
        return list(articles), []
    end = len(articles) - fold * holdout
    if fold < 0 or end - holdout < 0:
        raise ValueError(f"fold {fold} of {holdout} articles does not fit in {len(articles)}")
    return articles[:end - holdout] + articles[end:], articles[end - holdout:end]
