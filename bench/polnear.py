#!/usr/bin/env python3
"""Claim extraction accuracy on PolNeAR, and what claims add to seeding time.

    .venv/bin/python bench/polnear.py [SPLIT_DIR] [--first N] [--scorer PATH] [--runs N] [--misses]

Seeds SPLIT_DIR/text (default: the PolNeAR dev split beside this repository;
with --first, only its first N texts by name, and only their annotations are
scored) into fresh databases, with and without claims, N times each (3 by
default; the fastest run of each counts, as a busy machine only ever slows a
run down), then scores the claims with the PolNeAR scorer (polnear_score.py,
as its score-db command does) and prints its figures, and how many of the
annotated contents that begin in a headline (an article's first line) a claim
matches exactly. With --misses it also says where
the partial matches were lost: annotated claims that no claim touches, or that
share their claim with another one, and the cues most often missed; claims that
touch no annotated claim, or only ones matched to another claim.
"""
import argparse
import glob
import importlib.util
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from factstore.parse import load_model
from timing import timed_seed

SHARED = REPO.parent / "shared"
MISSED_CUES_SHOWN = 12
# An article's annotation file is its name and an annotator's code: "NAME_d473.ann".
ANNOTATOR_SUFFIX = r"_[0-9a-f]{4}\.ann"


def load_scorer(path: Path):
    """The PolNeAR scorer as a module: its loading, matching and scoring functions."""
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def misses(scorer, gold: dict, predicted: dict) -> tuple[Counter, Counter]:
    """(how many claims fall in each kind of partial-match loss, the lowercased cues of the missed
    annotated claims), read with the scorer's own matching."""
    losses, missed_cues = Counter(), Counter()
    for name, (text, annotated) in gold.items():
        claims = [p for p in predicted.get(name, []) if scorer.pred_content(text, p)]
        gold_chars = [scorer.significant(text, g["content"]) for g in annotated]
        claim_chars = [scorer.pred_content(text, p) for p in claims]
        matched = scorer.match(text, annotated, claims, 1e-9)
        matched_gold, matched_claims = {i for i, _ in matched}, {j for _, j in matched}
        for i, chars in enumerate(gold_chars):
            if i not in matched_gold:
                shared = any(chars & other for other in claim_chars)
                losses["annotated, sharing a claim with another" if shared else "annotated, touched by no claim"] += 1
                cue = annotated[i]["cue"]
                missed_cues[" ".join(text[a:b] for a, b in cue).lower() if cue else "(no cue)"] += 1
        for j, chars in enumerate(claim_chars):
            if j not in matched_claims:
                shared = any(chars & other for other in gold_chars)
                losses["claimed, touching only matched ones" if shared else "claimed, touching none"] += 1
    return losses, missed_cues


def part_of_split(split: Path, texts: list[Path], folder: Path) -> Path:
    """A split of its own in `folder` holding `texts` and their annotations (links to them), for the
    scorer to read only those."""
    for name in ("text", "attributions"):
        (folder / name).mkdir(parents=True)
    for text in texts:
        (folder / "text" / text.name).symlink_to(text.resolve())
        for annotations in (split / "attributions").glob(f"{glob.escape(text.stem)}_*.ann"):
            if re.fullmatch(re.escape(text.stem) + ANNOTATOR_SUFFIX, annotations.name):
                (folder / "attributions" / annotations.name).symlink_to(annotations.resolve())
    return folder


def headline_contents(scorer, gold: dict, predicted: dict) -> tuple[int, int]:
    """(annotated contents that begin in an article's first line, how many of them a claim's content
    matches exactly), read with the scorer's own characters."""
    annotated = matched = 0
    for name, (text, items) in gold.items():
        headline_end = text.find("\n") if "\n" in text else len(text)
        claims = [scorer.pred_content(text, p) for p in predicted.get(name, [])]
        for item in items:
            if item["content"][0][0] < headline_end:
                annotated += 1
                matched += scorer.significant(text, item["content"]) in claims
    return annotated, matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", type=Path, default=SHARED / "polnear" / "dev")
    parser.add_argument("--first", type=int, help="only the first N texts of the split, by name")
    parser.add_argument("--scorer", type=Path, default=SHARED / "tools" / "polnear_score.py")
    parser.add_argument("--runs", type=int, default=3, help="seed runs per setting; the fastest counts")
    parser.add_argument("--misses", action="store_true", help="also break down the claims the partial match missed")
    args = parser.parse_args()
    for needed in (args.split / "text", args.scorer):
        if not needed.exists():
            sys.exit(f"error: {needed} not found")
    texts = sorted((args.split / "text").glob("*.txt"))[:args.first]
    scorer = load_scorer(args.scorer)
    load_model()  # load once, outside both timings
    with tempfile.TemporaryDirectory() as tmp:
        split = part_of_split(args.split, texts, Path(tmp) / args.split.name) if args.first else args.split
        gold = scorer.load_gold(str(split))
        without, with_claims = [], []
        for run in range(args.runs):
            without.append(timed_seed(texts, Path(tmp) / f"no_claims{run}.db", with_claims=False))
            db = Path(tmp) / f"claims{run}.db"
            with_claims.append(timed_seed(texts, db, with_claims=True))
        without, with_claims = min(without), min(with_claims)
        predicted = scorer.preds_from_db(str(db))
    result = scorer.score(gold, predicted)
    print(f"PolNeAR {args.split.name}: {result['articles']} articles, {result['gold']} gold claims, "
          f"{result['predicted']} predicted")
    print(f"{'':8} {'P':>6} {'R':>6} {'F1':>6} {'R_direct':>9}")
    for level in ("exact", "strict", "partial"):
        r = result[level]
        print(f"{level:8} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['R_direct']:9.3f}")
    print(f"source accuracy {result['source_acc']:.3f}")
    in_headline, matched = headline_contents(scorer, gold, predicted)
    print(f"headline contents: {in_headline} annotated, {matched} matched exactly")
    print(f"seeding {len(texts)} articles: {without:.1f} s without claims, {with_claims:.1f} s with claims "
          f"({100 * (with_claims - without) / without:+.0f}%)")
    if args.misses:
        losses, missed_cues = misses(scorer, gold, predicted)
        print("partial-match losses:")
        for kind in sorted(losses):
            print(f"  {losses[kind]:5} {kind}")
        print("cues of the missed annotated claims: " + ", ".join(
            f"{cue} {n}" for cue, n in missed_cues.most_common(MISSED_CUES_SHOWN)))


if __name__ == "__main__":
    main()
