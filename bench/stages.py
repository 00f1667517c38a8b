"""Where the seeder's main process spends each batch: one seed.py run, timed stage by stage.

    python bench/stages.py [--default-gc] DB PATH...

Seeds PATH (files or folders) into the SQLite file DB, and after each batch is stored prints the
number of articles stored, the seconds since the previous batch and the seconds spent in each of
the main process's stages during it (looking up what is stored, resolving, writing), and in
collecting garbage ("gc", which the stages' times take in where it interrupts them). A stage whose
time rises batch after batch grows with the store; the rest of a batch's time is waiting for the
parser processes. Printed at the end: the run's seconds, the main process's collecting garbage, and each
stage's seconds per 1,000 articles in each fifth of the run.
For a store that grows, seed bench/growth.py's corpus (--write-only). With --default-gc, the run
keeps Python's default collector settings (parse.collector_for_a_long_run left out), to compare.
"""
from __future__ import annotations

import contextlib
import gc
import sys
import time
from pathlib import Path

from factstore import parse, pipeline, store
from timing import timing  # beside this script

STAGES = {store: ["known_people", "known_statements", "known_events", "save_batch"],
          pipeline: ["surnames_to_look_up", "resolve_people", "attribute_claims", "merge_events"]}


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--default-gc"]:
        parse.collector_for_a_long_run = contextlib.nullcontext
        args = args[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    spent: dict[str, list[float]] = {name: [] for names in STAGES.values() for name in names}
    for module, names in STAGES.items():
        for name in names:
            timing(module, name, spent[name])
    collecting = {"since": 0.0, "batch": 0.0, "run": 0.0}

    def on_collection(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["since"] = time.perf_counter()
        else:
            collecting["batch"] += time.perf_counter() - collecting["since"]
    gc.callbacks.append(on_collection)
    resolve_and_store = pipeline.resolve_and_store
    progress = {"stored": 0, "since": time.perf_counter()}
    batches: list[tuple[int, dict[str, float]]] = []  # (articles, seconds of each stage) of each batch

    def each_batch(engine, batch, *args, **kwargs):
        result = resolve_and_store(engine, batch, *args, **kwargs)
        now = time.perf_counter()
        progress["stored"] += len(batch)
        batches.append((len(batch), {name: sum(seconds) for name, seconds in spent.items()}))
        print(f"{progress['stored']:7d} {now - progress['since']:6.2f}s  "
              + "  ".join(f"{name} {sum(seconds):.2f}" for name, seconds in spent.items())
              + f"  gc {collecting['batch']:.2f}", flush=True)
        for seconds in spent.values():
            seconds.clear()
        collecting["run"] += collecting["batch"]
        collecting["batch"] = 0.0
        progress["since"] = now
        return result
    pipeline.resolve_and_store = each_batch
    started = time.perf_counter()
    pipeline.seed([Path(p) for p in args[1:]], f"sqlite:///{args[0]}")
    collecting["run"] += collecting["batch"]
    print(f"{time.perf_counter() - started:.1f}s in all, {collecting['run']:.1f}s of them collecting garbage "
          "in the main process")
    print_by_fifth(batches)


def print_by_fifth(batches: list[tuple[int, dict[str, float]]]) -> None:
    """Each stage's seconds per 1,000 articles in each fifth of the articles stored (a batch counts in the
    fifth its first article falls in)."""
    total = sum(size for size, _ in batches)
    if not total:
        return
    articles, seconds = [0] * 5, [{} for _ in range(5)]
    stored = 0
    for size, spent in batches:
        fifth = min(4, stored * 5 // total)
        articles[fifth] += size
        for name, taken in spent.items():
            seconds[fifth][name] = seconds[fifth].get(name, 0.0) + taken
        stored += size
    print("seconds per 1,000 articles, by fifth of the run:")
    for name in batches[0][1]:
        print(f"  {name:20} " + "  ".join(f"{1000 * seconds[k].get(name, 0.0) / articles[k]:5.2f}" if articles[k]
                                          else "    -" for k in range(5)))


if __name__ == "__main__":
    main()
