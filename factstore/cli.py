"""The `factstore` command: a thin layer over the library.

    factstore seed [--db URL] [--processes N] [--metadata FILE] [--batch-size N] [--reextract] [--recount] [PATH ...]
    factstore migrate [--db URL]
    factstore datasette-metadata DB_FILE

Every command is one call into the pipeline or the store; errors the library
raises become one-line messages and exit statuses here, and only here.
"""
from __future__ import annotations

import _thread
import argparse
import gc
import multiprocessing
import os
import signal
import sys
import threading
import warnings
from pathlib import Path

DB_HELP = "database URL or SQLite file (default: $FACTS_DB or sqlite:///facts.db)"


def positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def add_seed_arguments(parser: argparse.ArgumentParser, default_texts: Path) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help=f"article files or folders of *.txt (default: {default_texts}/)")
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--processes", type=int, default=2, help="parser processes for large runs (default: 2)")
    parser.add_argument("--metadata", type=Path, metavar="FILE",
                        help="JSON Lines or CSV keyed by source_file, with any of url, outlet, published_on "
                             "and title: given values override those read from the text")
    parser.add_argument("--batch-size", type=positive, default=None, metavar="N",
                        help="articles resolved and stored together, each batch committed as it is done "
                             "(default: 200, or a fiftieth of the articles stored, up to 1,000)")
    parser.add_argument("--reextract", action="store_true",
                        help="extract every stored article again from its stored text, whatever extractor "
                             "version produced its facts (articles from another version are always extracted again)")
    parser.add_argument("--recount", action="store_true",
                        help="recompute every count, link between events and removal of what nothing refers to "
                             "from the stored facts (each run keeps them for what it stores; this is for a "
                             "database changed by other means)")
    parser.set_defaults(command=run_seed, default_texts=default_texts)


def run_seed(args: argparse.Namespace) -> int:
    from .pipeline import seed
    from .sidecar import BadMetadata, read_metadata
    from .store import DatabaseError, database_url

    try:
        metadata = read_metadata(args.metadata) if args.metadata else None
        report = seed(args.paths or [args.default_texts], database_url(args.db), args.processes,
                      metadata=metadata, reextract=args.reextract, recount=args.recount,
                      **({"batch_size": args.batch_size} if args.batch_size else {}))
    except (KeyboardInterrupt, Stopped) as error:
        print("error: interrupted; the articles stored before it are kept, the one being stored is not",
              file=sys.stderr)
        return leave(error.status if isinstance(error, Stopped) else 130)
    except BadMetadata as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
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
    if report.unmatched_metadata:
        shown = ", ".join(report.unmatched_metadata[:3]) + (", ..." if len(report.unmatched_metadata) > 3 else "")
        print(f"warning: {args.metadata}: {len(report.unmatched_metadata)} source_file values match no input "
              f"file ({shown})", file=sys.stderr)
    if report.reextracted:
        print(f"re-extracted: {len(report.reextracted)} stored articles, from their stored text")
    if report.resolved_again:
        print(f"resolved again: {len(report.resolved_again)} stored articles whose lone names the new ones name "
              "in full, whose undated events they date, or whose undated event reports they may have joined")
    t = report.totals
    print(f"articles: {len(report.added)} added, {len(report.present)} already present, "
          f"{len(report.failed)} failed")
    print(f"database: {t['articles']} articles, {t['people']} people, {t['mentions']} person mentions, "
          f"{t['claims']} claims, {t['statements']} statements, {t['events']} events")
    skip_last_collection()
    return 1 if report.failed else 0


def skip_last_collection() -> None:
    """Run as a program, the process ends next. Python's last garbage collection, as it exits, would go
    through every object the run made, the model's above all (a quarter of a second after a run of 84
    articles), to free memory the system takes back anyway: set them aside from it."""
    if _signals_handled_in is not None:
        gc.freeze()


class Stopped(BaseException):
    """SIGTERM, turned into an exception so that the open transaction rolls back as it unwinds."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def end_workers() -> None:
    """End this process's parser processes now. For a signal handler: a signal that arrives while
    spaCy waits for a parsed batch unwinds through its cleanup, which waits for its workers to
    finish their work and can wait for ever."""
    for worker in multiprocessing.active_children():
        worker.terminate()
    warnings.filterwarnings("ignore", message=r"\[W127\]")  # "not all worker processes completed"


# Set to the command's process id when it runs as a program and has taken over Ctrl-C and SIGTERM.
_signals_handled_in = None


def stop(signum, frame):
    """Ctrl-C and SIGTERM end the parser processes, then unwind: the open transaction rolls back."""
    if os.getpid() != _signals_handled_in:
        os._exit(128 + signum)  # a parser process, which inherited the handler: just end
    end_workers()
    raise KeyboardInterrupt if signum == signal.SIGINT else Stopped(128 + signum)


HANDLED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def handle_signals() -> None:
    """Ctrl-C and SIGTERM stop the command at once. The kernel may deliver a signal to any thread,
    and one delivered to a helper thread (tqdm's, a queue's feeder) leaves the main thread blocked
    on a parser's pipe. So every thread blocks them but one, which waits for them, ends the parser
    processes (which unblocks the pipe) and raises the signal in the main thread."""
    global _signals_handled_in
    wanted = [s for s in HANDLED_SIGNALS if signal.getsignal(s) is not signal.SIG_IGN]
    for signum in wanted:
        signal.signal(signum, stop)
    _signals_handled_in = os.getpid()
    if not wanted:
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, wanted)
    os.register_at_fork(after_in_child=lambda: signal.pthread_sigmask(signal.SIG_UNBLOCK, wanted))

    def watch() -> None:
        signum = signal.sigwait(wanted)  # blocked in this thread too, as sigwait needs
        end_workers()
        _thread.interrupt_main(signum)

    threading.Thread(target=watch, name="signals", daemon=True).start()


def leave(status: int) -> int:
    """After a signal, exit at once once everything is unwound: the parser's queues to the ended
    workers may still hold texts, and Python's exit would wait for ever to flush them."""
    if _signals_handled_in is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def run_migrate(args: argparse.Namespace) -> int:
    from .store import database_url, migrate

    migrate(database_url(args.db))
    return 0


def run_datasette_metadata(args: argparse.Namespace) -> int:
    from .datasette_metadata import database_name, metadata_json

    sys.stdout.write(metadata_json(database_name(args.database)))
    return 0


def parser(default_texts: Path = Path("texts")) -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="factstore", description="The news fact store.")
    commands = main_parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    add_seed_arguments(commands.add_parser(
        "seed", help="build or extend the database from plain-text articles",
        description="Build the fact store from plain-text news articles."), default_texts)
    migrate = commands.add_parser("migrate", help="create the schema or bring it to the newest revision",
                                  description="Create the schema or bring it to the newest revision.")
    migrate.add_argument("--db", help=DB_HELP)
    migrate.set_defaults(command=run_migrate)
    metadata = commands.add_parser(
        "datasette-metadata", help="print Datasette metadata for a database file, whatever it is called",
        description="Print Datasette metadata (descriptions, facets, search, canned queries) for DB_FILE: "
                    "datasette DB_FILE --metadata <(factstore datasette-metadata DB_FILE)")
    metadata.add_argument("database", metavar="DB_FILE", help="the SQLite file Datasette will serve")
    metadata.set_defaults(command=run_datasette_metadata)
    return main_parser


def main(argv: list[str] | None = None, default_texts: Path = Path("texts")) -> int:
    """The command. Run as a program (no argv given), Ctrl-C and SIGTERM end the parser processes too."""
    if argv is None:
        handle_signals()
    args = parser(default_texts).parse_args(argv)
    return args.command(args)


if __name__ == "__main__":
    sys.exit(main())
