"""Where the seeder's main process spends each batch: one seed.py run, timed stage by stage.

    python bench/stages.py DB PATH...

Seeds PATH (files or folders) into the SQLite file DB, and after each batch is stored prints the
number of articles stored, the seconds since the previous batch and the seconds spent in each of
the main process's stages during it (looking up what is stored, resolving, writing). A stage
whose time rises batch after batch grows with the store; the rest of a batch's time is waiting for
the parser processes. For a store that grows, seed bench/growth.py's corpus (--write-only).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from factstore import pipeline, store

STAGES = {store: ["known_people", "known_statements", "known_events", "save_batch"],
          pipeline: ["surnames_to_look_up", "resolve_people", "attribute_claims", "merge_events"]}


def timed(module, name: str, spent: Counter) -> None:
    function = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started
    setattr(module, name, wrapper)


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    spent: Counter = Counter()
    for module, names in STAGES.items():
        for name in names:
            timed(module, name, spent)
    resolve_and_store = pipeline.resolve_and_store
    progress = {"stored": 0, "since": time.perf_counter()}

    def each_batch(engine, batch, *args, **kwargs):
        result = resolve_and_store(engine, batch, *args, **kwargs)
        now = time.perf_counter()
        progress["stored"] += len(batch)
        stages = "  ".join(f"{name} {spent[name]:.2f}" for names in STAGES.values() for name in names)
        print(f"{progress['stored']:7d} {now - progress['since']:6.2f}s  {stages}", flush=True)
        spent.clear()
        progress["since"] = now
        return result
    pipeline.resolve_and_store = each_batch
    pipeline.seed([Path(p) for p in sys.argv[2:]], f"sqlite:///{sys.argv[1]}")


if __name__ == "__main__":
    main()
