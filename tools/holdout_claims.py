#!/usr/bin/env python3
"""Score the claims of today's code on PolNeAR train articles that its learned parts never saw.

    .venv/bin/python tools/train_claim_tagger.py --holdout 140 --out build/holdout/tagger.crfsuite
    .venv/bin/python tools/holdout_claims.py [--models build/holdout] [--save claims.json] [--diff earlier.json]

The first command trains the content scorer and the tagger on the first 700 train
articles (the models go to build/holdout/); this one learns the cue rules from the
same 700, reads the other 140 with them and with the code as it is, and prints
PolNeAR's scores and, as bench/quotes.py counts, the share of annotated
attributions a claim covers at 80% of their letters (with and without the right
source) and the share of claims that cover one so. A change to the rules is
measured here before dev, without retraining: the parsed articles are kept in
build/holdout/train_docs.spacy after the first run. --save writes the claims,
--diff lists those that differ from a saved run.
"""
import argparse
import importlib.util
import json
from pathlib import Path

from learn_cue_rules import learn_rules
from polnear import REPO, TRAIN, parsed_split
from polnear_files import held_out_split
from spacy.tokens import DocBin

from factstore import claim_tagger, claims, content_scorer
from factstore.parse import load_model

SCORER = REPO.parent / "shared" / "tools" / "polnear_score.py"
HOLDOUT = 140
COVERAGE = 0.8


def parsed_train(cache: Path) -> list[tuple[str, object, list[dict]]]:
    """(name, Doc, attributions) of every train article, parsed once and kept in `cache`."""
    meta = cache.with_suffix(".json")
    if not cache.exists():
        articles = list(parsed_split(str(TRAIN)))
        docs = DocBin(store_user_data=True)
        for _, doc, _ in articles:
            docs.add(doc)
        cache.write_bytes(docs.to_bytes())
        meta.write_text(json.dumps([(name, attributions) for name, _, attributions in articles]))
        return articles
    docs = DocBin().from_bytes(cache.read_bytes()).get_docs(load_model().vocab)
    return [(name, doc, attributions) for (name, attributions), doc in zip(json.loads(meta.read_text()), docs)]


def letters(text: str, spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if text[i].isalnum()}


def coverage(held_out: list, read: dict) -> str:
    gold_n = covered = sourced = claim_n = covering = 0
    for name, doc, attributions in held_out:
        found = read[name]
        found_letters = [letters(doc.text, [c["content"]]) for c in found]
        wanted = [letters(doc.text, g["content"]) for g in attributions]
        for g, want in zip(attributions, wanted):
            if not want:
                continue
            gold_n += 1
            hits = [c for c, got in zip(found, found_letters) if len(want & got) >= COVERAGE * len(want)]
            covered += bool(hits)
            sourced += any(c["source"] and any(c["source"][0] < b and a < c["source"][1] for a, b in g["source"] or [])
                           for c in hits)
        claim_n += len(found)
        covering += sum(any(w and len(w & got) >= COVERAGE * len(w) for w in wanted) for got in found_letters)
    return (f"attributions covered at 80% {covered / gold_n:.3f}, with their source {sourced / gold_n:.3f}; "
            f"claims covering one {covering / claim_n:.3f} ({claim_n} claims, {gold_n} attributions)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=str(REPO / "build" / "holdout"),
                        help="the folder train_claim_tagger.py --holdout 140 --out FOLDER/tagger.crfsuite wrote to")
    parser.add_argument("--save", help="write the claims read to this JSON file")
    parser.add_argument("--diff", help="list the claims that differ from those of a JSON file --save wrote")
    args = parser.parse_args()
    models = Path(args.models)
    tagger, scorer_model = models / "tagger.crfsuite", models / "tagger.scorer.crfsuite"
    if not tagger.exists() or not scorer_model.exists():
        parser.error(f"no {tagger} or {scorer_model}: run tools/train_claim_tagger.py --holdout {HOLDOUT} "
                     f"--out {tagger} first")

    training, held_out = held_out_split(parsed_train(models / "train_docs.spacy"), HOLDOUT)
    claims.CUE_RULES = {key: precision for key, (precision, _) in learn_rules(training).items()}
    claims.CUE_WORDS = claims.cue_words(claims.CUE_RULES)
    content_scorer.MODEL_FILE, claim_tagger.MODEL_FILE = scorer_model, tagger
    content_scorer.load_scorer.cache_clear()
    claim_tagger.load_tagger.cache_clear()

    read = {name: [{"content": (c.start, c.end), "source": (c.source_start, c.source_end) if c.source_start is not None
                    else None, "cue": (c.cue_start, c.cue_end) if c.cue_start is not None else None, "act": c.act}
                   for c in claims.extract_claims(doc)] for name, doc, _ in held_out}
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = {name: (doc.text, [dict(g, direct=False) for g in attributions]) for name, doc, attributions in held_out}
    predicted = {name: [{key: [c[key]] if c[key] else None for key in ("content", "source", "cue")} for c in found]
                 for name, found in read.items()}
    r = scorer.score(gold, predicted)
    print(f"{len(held_out)} held-out train articles: exact F1 {r['exact']['F1']:.3f}  strict F1 {r['strict']['F1']:.3f}  "
          f"partial P {r['partial']['P']:.3f} R {r['partial']['R']:.3f} F1 {r['partial']['F1']:.3f}  "
          f"source {r['source_acc']:.3f}")
    print(coverage(held_out, read))
    if args.save:
        Path(args.save).write_text(json.dumps(read))
    if args.diff:
        earlier = json.loads(Path(args.diff).read_text())
        texts = {name: doc.text for name, doc, _ in held_out}
        for name in sorted(read):
            before = {json.dumps(c) for c in earlier.get(name, [])}
            now = {json.dumps(c) for c in read[name]}
            for sign, changed in (("-", before - now), ("+", now - before)):
                for c in sorted(map(json.loads, changed), key=lambda c: c["content"][0]):
                    cue = texts[name][c["cue"][0]:c["cue"][1]] if c["cue"] else None
                    print(f"{sign} {name[:40]} {c['act']:7} <{cue}> {texts[name][c['content'][0]:c['content'][1]]!r}")


if __name__ == "__main__":
    main()
