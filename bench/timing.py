"""Seeding for the benchmarks: into a new database, stopping the benchmark if any file fails; timing a
function of the seeder wherever it is called."""
import sys
import time
from pathlib import Path

from factstore.pipeline import seed


def seeded(texts: Path | list[Path], db: Path, **options) -> None:
    """Seed `texts` (a folder, or files) into a new SQLite file `db`; exits if any file fails."""
    report = seed(texts if isinstance(texts, list) else [texts], f"sqlite:///{db}", **options)
    if report.failed:
        sys.exit(f"seeding failed: {report.failed}")


def timed_seed(texts: Path | list[Path], db: Path, **options) -> float:
    """Seconds to seed `texts` into a new SQLite file `db`, as `seeded` does."""
    started = time.perf_counter()
    seeded(texts, db, **options)
    return time.perf_counter() - started


def timing(module, name: str, spent: list[float]) -> None:
    """Have module.name add the seconds of each call to `spent`."""
    real = getattr(module, name)

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)
    setattr(module, name, timed)
