#!/usr/bin/env python3
"""Claim extraction accuracy on PolNeAR, and what claims add to seeding time.

    .venv/bin/python bench/polnear.py [SPLIT_DIR] [--scorer PATH] [--runs N]

Seeds SPLIT_DIR/text (default: the PolNeAR dev split beside this repository)
into fresh databases, with and without claims, N times each (3 by default;
the fastest run of each counts, as a busy machine only ever slows a run down),
then scores the claims with the PolNeAR scorer (polnear_score.py score-db) and
prints its figures.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factstore.parse import load_model  # noqa: E402
from timing import timed_seed  # noqa: E402

SHARED = REPO.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", type=Path, default=SHARED / "polnear" / "dev")
    parser.add_argument("--scorer", type=Path, default=SHARED / "tools" / "polnear_score.py")
    parser.add_argument("--runs", type=int, default=3, help="seed runs per setting; the fastest counts")
    args = parser.parse_args()
    for needed in (args.split / "text", args.scorer):
        if not needed.exists():
            sys.exit(f"error: {needed} not found")
    articles = len(list((args.split / "text").glob("*.txt")))
    load_model()  # load once, outside both timings
    with tempfile.TemporaryDirectory() as tmp:
        without, with_claims = [], []
        for run in range(args.runs):
            without.append(timed_seed(args.split / "text", Path(tmp) / f"no_claims{run}.db", with_claims=False))
            db = Path(tmp) / f"claims{run}.db"
            with_claims.append(timed_seed(args.split / "text", db, with_claims=True))
        without, with_claims = min(without), min(with_claims)
        scored = subprocess.run([sys.executable, str(args.scorer), "score-db", str(db), str(args.split)],
                                capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    print(f"PolNeAR {args.split.name}: {result['articles']} articles, {result['gold']} gold claims, "
          f"{result['predicted']} predicted")
    print(f"{'':8} {'P':>6} {'R':>6} {'F1':>6} {'R_direct':>9}")
    for level in ("exact", "strict", "partial"):
        r = result[level]
        print(f"{level:8} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['R_direct']:9.3f}")
    print(f"source accuracy {result['source_acc']:.3f}")
    print(f"seeding {articles} articles: {without:.1f} s without claims, {with_claims:.1f} s with claims "
          f"({100 * (with_claims - without) / without:+.0f}%)")


if __name__ == "__main__":
    main()
