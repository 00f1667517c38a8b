#!/usr/bin/env python3
"""Build the fact store from plain-text news articles.

    python seed.py [--db URL] [PATH ...]

PATH is a file or a folder (searched recursively for *.txt); the default is
texts/. The database is --db, else $FACTS_DB, else sqlite:///facts.db.
"""
import argparse
import signal
import sys
from pathlib import Path

from factstore.parse import end_workers
from factstore.pipeline import seed
from factstore.store import DatabaseError, database_url

DEFAULT_TEXTS = Path(__file__).resolve().parent / "texts"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article files or folders of *.txt (default: texts/)")
    parser.add_argument("--db", help="database URL (default: $FACTS_DB or sqlite:///facts.db)")
    parser.add_argument("--processes", type=int, default=2, help="parser processes for large runs (default: 2)")
    args = parser.parse_args(argv)

    try:
        report = seed(args.paths or [DEFAULT_TEXTS], database_url(args.db), args.processes)
    except KeyboardInterrupt:
        print("error: interrupted; the articles stored before it are kept, the one being stored is not",
              file=sys.stderr)
        return 130
    except FileNotFoundError as error:
        print(f"error: no such file or folder: {error}", file=sys.stderr)
        return 2
    except DatabaseError as error:
        print(f"error: database {error}", file=sys.stderr)
        return 2
    for path, warning in report.warnings:
        print(f"warning: {path}: {warning}", file=sys.stderr)
    for path, reason in report.failed:
        print(f"error: {path}: {reason}", file=sys.stderr)
    t = report.totals
    print(f"articles: {len(report.added)} added, {len(report.present)} already present, "
          f"{len(report.failed)} failed")
    print(f"database: {t['articles']} articles, {t['people']} people, {t['mentions']} person mentions, "
          f"{t['claims']} claims, {t['statements']} statements, {t['events']} events")
    return 1 if report.failed else 0


def stop(signum, frame):
    """Ctrl-C and SIGTERM end the parser processes, then unwind: the open transaction rolls back."""
    end_workers()
    raise KeyboardInterrupt if signum == signal.SIGINT else SystemExit(128 + signum)


if __name__ == "__main__":
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, stop)
    sys.exit(main())
