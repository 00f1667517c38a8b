"""Timing a seed run, shared by the benchmarks."""
import sys
import time
from pathlib import Path

from factstore.pipeline import seed


def timed_seed(texts: Path | list[Path], db: Path, **options) -> float:
    """Seconds to seed `texts` (a folder, or files) into a new SQLite file `db`; exits if any file fails."""
    started = time.perf_counter()
    report = seed(texts if isinstance(texts, list) else [texts], f"sqlite:///{db}", **options)
    elapsed = time.perf_counter() - started
    if report.failed:
        sys.exit(f"seeding failed: {report.failed}")
    return elapsed
