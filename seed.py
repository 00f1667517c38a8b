#!/usr/bin/env python3
"""Build the fact store from plain-text news articles.

    python seed.py [--db URL] [--processes N] [--metadata FILE] [--batch-size N] [--reextract] [--recount] [PATH ...]

PATH is a file or a folder (searched recursively for *.txt); the default is
texts/. The database is --db, else $FACTS_DB, else sqlite:///facts.db.
--metadata FILE gives articles' url, outlet, published_on and title (factstore/sidecar.py).
Stored articles extracted by another extractor version are extracted again; --reextract does it to all.
Each run keeps the counts and links across articles for what it stores; --recount recomputes them all.
The same command, installed: `factstore seed` (factstore/cli.py).
"""
import argparse
import sys
from pathlib import Path

from factstore.cli import add_seed_arguments, handle_signals

DEFAULT_TEXTS = Path(__file__).resolve().parent / "texts"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_seed_arguments(parser, DEFAULT_TEXTS)
    args = parser.parse_args(argv)
    return args.command(args)


if __name__ == "__main__":
    handle_signals()
    sys.exit(main())
