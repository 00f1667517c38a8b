"""Reading a PolNeAR split for the tools that learn from it: articles parsed by the
same pipeline that seeds the database, with their annotated attributions."""
import argparse
import glob
import os
import re
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent

from factstore.parse import parse_texts
from factstore.read import read_article

TRAIN = REPO.parent / "shared" / "polnear" / "train"


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


def parsed_split(split_dir: str, limit: int = 0) -> Iterator[tuple[str, object, list[dict]]]:
    """(name, parsed Doc, attributions) for each annotated article, in name order.
    As the scorer does, the first annotator's file counts."""
    names = sorted({re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(p))
                    for p in glob.glob(os.path.join(split_dir, "attributions", "*.ann"))})
    names = names[:limit] if limit else names
    articles = [read_article(n, Path(split_dir, "text", n + ".txt").read_bytes()) for n in names]
    docs = parse_texts((a.extraction_text for a in articles), len(articles))
    for name, doc in zip(names, docs):
        ann = sorted(glob.glob(os.path.join(split_dir, "attributions", name + "_*.ann")))[0]
        yield name, doc, read_annotations(ann)


def training_args(parser: argparse.ArgumentParser) -> argparse.Namespace:
    """The parsed options of training_parser, with --fold checked before any article is parsed."""
    args = parser.parse_args()
    if args.fold and not args.holdout:
        parser.error("--fold needs --holdout")
    if args.fold < 0:
        parser.error("--fold counts blocks back from the end: 0 (the last) or more")
    return args


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


def training_parser(description: str, model: Path, c1: float) -> argparse.ArgumentParser:
    """The options of a tool that trains a model on PolNeAR train: the split, where the model
    goes, how many articles to hold out and score and which block of them, and the L1 and L2 penalties."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("train", nargs="?", default=str(TRAIN))
    parser.add_argument("--out", default=str(model))
    parser.add_argument("--holdout", type=int, default=0, help="leave out the last N articles and score them")
    parser.add_argument("--fold", type=int, default=0,
                        help="with --holdout: leave out the N articles before the last FOLD * N instead")
    parser.add_argument("--c1", type=float, default=c1, help="L1 penalty: higher keeps fewer features")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    return parser
