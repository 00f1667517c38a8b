"""How seeding scales: seed.py against the bare spaCy parse of the same texts, and as the store grows.

    python bench/scale.py [--texts DIR] [--sizes 84,252,840] [--synthetic 20000]

For each size, the first N PolNeAR train texts (sorted by name) are parsed by the
project's spaCy model through nlp.pipe with 2 processes and nothing else (the
bare parse), then by the model as the seeder runs it, with its own tokenizer
rules and its array attribute ruler and lemmatizer (factstore/array_components.py),
the same way (own parse), then seeded by seed.py into a new database; each runs as
a fresh process, timed from start to end, start-up included. seed/bare is the
throughput ratio (bare seconds / seed seconds: 1.0 means seeding costs no more
than parsing); seed/own the same against the seeder's own parse. Then seed.py
runs again over the largest set, with nothing to do, beside the start-up it
includes (importing the seeder and its libraries). Then --synthetic articles
composed from PolNeAR train paragraphs (bench/synthetic.py) are seeded in one run
(bench/growth.py): the seconds per 1,000 articles in each fifth of the run, and
the seeder's peak memory against its peak on the largest set. The project's code
is byte-compiled first, as `make seed` leaves it.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from growth import measure_growth  # beside this script

REPO = Path(__file__).resolve().parent.parent
POLNEAR_TRAIN = Path("/work/shared/polnear/train/text")

BARE_PARSE = """
import sys
from pathlib import Path
import spacy
from factstore.parse import MODEL
nlp = spacy.load(MODEL)
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for doc in nlp.pipe(texts, batch_size=8, n_process=2):
    pass
"""
OWN_PARSE = """
import sys
from pathlib import Path
from factstore.parse import load_model
nlp = load_model()
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for doc in nlp.pipe(texts, batch_size=8, n_process=2):
    pass
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds the command takes, and its peak memory in MB (wait4's rusage, which takes in the
    parser processes it has waited for)."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        run = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=errors, text=True)
        _, status, usage = os.wait4(run.pid, 0)
        elapsed = time.perf_counter() - started
        run.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if run.returncode != 0:
            errors.seek(0)
            sys.exit(f"failed ({run.returncode}): {' '.join(command)}\n{errors.read()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=POLNEAR_TRAIN)
    parser.add_argument("--sizes", default="84,252,840")
    parser.add_argument("--synthetic", type=int, default=20000, metavar="N",
                        help="synthetic articles seeded in one run as the store grows (0: none)")
    args = parser.parse_args()
    files = sorted(args.texts.glob("*.txt"))
    sizes = [int(n) for n in args.sizes.split(",")]
    if len(files) < max(sizes):
        sys.exit(f"{args.texts} has {len(files)} texts, fewer than {max(sizes)}")
    python = sys.executable
    # the seeder as `make seed` leaves it, byte-compiled: not compiled again by each run where
    # PYTHONDONTWRITEBYTECODE is set
    subprocess.run([python, "-m", "compileall", "-q", "factstore", "models.py", "seed.py", "migrations"],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'articles':>8}  {'bare parse':>10}  {'own parse':>9}  {'seed.py':>8}  {'seed/bare':>9}  {'seed/own':>8}")
        db = None
        for size in sizes:
            folder = Path(tmp) / f"texts{size}"
            folder.mkdir()
            for f in files[:size]:
                (folder / f.name).symlink_to(f)
            bare, _ = timed([python, "-c", BARE_PARSE, str(folder)])
            own, _ = timed([python, "-c", OWN_PARSE, str(folder)])
            db = Path(tmp) / f"seed{size}.db"
            seeded, peak = timed([python, "seed.py", "--db", str(db), str(folder)])
            print(f"{size:>8}  {bare:>9.1f}s  {own:>8.1f}s  {seeded:>7.1f}s  {bare / seeded:>9.2f}  "
                  f"{own / seeded:>8.2f}", flush=True)
        again, _ = timed([python, "seed.py", "--db", str(db), str(folder)])
        startup, _ = timed([python, "-c", "import seed, factstore.pipeline"])
        print(f"unchanged re-seed of {sizes[-1]} articles: {again:.2f}s "
              f"(start-up, importing the seeder: {startup:.2f}s)", flush=True)
        if args.synthetic:
            print(f"peak memory seeding {sizes[-1]} articles: {peak:.0f} MB", flush=True)
            synthetic = Path(tmp) / "synthetic"
            synthetic.mkdir()
            measure_growth(synthetic, Path(tmp) / "synthetic.db", args.synthetic, people=6000, seed=7,
                           sources=args.texts, reference=(sizes[-1], peak))


if __name__ == "__main__":
    main()
