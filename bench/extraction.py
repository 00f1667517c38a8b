"""Extraction against parsing: the CPU the extractors take beside the parser's, in one process.

    python bench/extraction.py [--articles 120]

The first --articles PolNeAR train texts (sorted by name) are read as seed.py reads them and parsed
with the project's model; then every extractor runs over the parsed Docs (pipeline.extract_facts,
what each parser process does after parsing), twice: the first pass includes loading what the
extractors load once (the gazetteer, the claim tagger); the second finds what the first kept in each
Doc (its text, its entities), so a parser process's share lies between the two. Process CPU seconds.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from factstore.parse import docs_of, load_model
from factstore.pipeline import extract_facts
from factstore.read import read_article

POLNEAR_TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear" / "train" / "text"


def cpu(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--texts", type=Path, default=POLNEAR_TRAIN)
    args = parser.parse_args()
    files = sorted(args.texts.glob("*.txt"))[:args.articles]
    texts = [read_article(f.name, f.read_bytes()).extraction_text for f in files]
    nlp = load_model()
    docs = []
    parsing = cpu(lambda: docs.extend(docs_of(nlp, texts)))
    first = cpu(lambda: [extract_facts(doc) for doc in docs])
    again = cpu(lambda: [extract_facts(doc) for doc in docs])
    print(f"{len(docs)} PolNeAR train articles, CPU seconds in one process:")
    print(f"parsing {parsing:.1f}  extracting {first:.1f} (again {again:.1f}): "
          f"extraction is {again / parsing:.0%} of parsing")


if __name__ == "__main__":
    main()
