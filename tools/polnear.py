"""Reading a PolNeAR split for the tools that learn from it: articles parsed by the
same pipeline that seeds the database, with their annotated attributions."""
import argparse
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent

from factstore.parse import parse_texts
from factstore.read import read_article
from polnear_files import TRAIN, annotated_names, first_annotation, held_out_split, read_annotations  # noqa: F401


def parsed_split(split_dir: str, limit: int = 0) -> Iterator[tuple[str, object, list[dict]]]:
    """(name, parsed Doc, attributions) for each annotated article, in name order.
    As the scorer does, the first annotator's file counts."""
    names = annotated_names(split_dir)
    names = names[:limit] if limit else names
    articles = [read_article(n, Path(split_dir, "text", n + ".txt").read_bytes()) for n in names]
    docs = parse_texts((a.extraction_text for a in articles), len(articles))
    for name, doc in zip(names, docs):
        yield name, doc, read_annotations(first_annotation(split_dir, name))


def training_args(parser: argparse.ArgumentParser) -> argparse.Namespace:
    """The parsed options of training_parser, with --fold checked before any article is parsed."""
    args = parser.parse_args()
    if args.fold and not args.holdout:
        parser.error("--fold needs --holdout")
    if args.fold < 0:
        parser.error("--fold counts blocks back from the end: 0 (the last) or more")
    return args


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
