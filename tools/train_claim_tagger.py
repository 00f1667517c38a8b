#!/usr/bin/env python3
"""Train the claim tagger (factstore/claim_tagger.py) on PolNeAR train.

    .venv/bin/python tools/train_claim_tagger.py [POLNEAR_TRAIN_DIR] [--out factstore/data/claim_tagger.crfsuite]
    .venv/bin/python tools/train_claim_tagger.py --holdout 140 --out /tmp/tagger.crfsuite

Each paragraph of each article, parsed by the same pipeline that seeds the
database, is a sequence; each word's label is its role in the annotated
attributions (content, source, cue or none, BIO-coded). Contents are labelled
before sources and cues, longest first, so an attribution nested inside
another's content leaves the outer content whole.

With --holdout N the last N articles are left out of training (with --fold K,
the K-th block of N before them, to check a gain on a second set), and the claims
extracted from them (rules plus tagger) are scored at several thresholds: that
is how claims.MIN_TAGGER_CONFIDENCE, claims.MIN_RULE_CLAIM_PROBABILITY,
claims.MIN_CONFIRMED_PROBABILITY and claims.MIN_DOUBTFUL_CONTENT_PROBABILITY are
chosen, never on dev; each is swept with the others at their values in
claims.py. The cue rules (tools/learn_cue_rules.py) and the rules' content
scorer are then learned anew on the same articles as the tagger, so that none
of them has seen the held-out ones.
"""
import importlib.util
import time
from pathlib import Path

import pycrfsuite
from learn_cue_rules import learn_rules
from polnear import REPO, held_out_split, parsed_split, training_args, training_parser
from train_content_scorer import train_scorer

from factstore import claim_tagger, claims, content_scorer
from factstore.claim_tagger import doc_features, paragraphs, span_labels

SCORER = REPO.parent / "shared" / "tools" / "polnear_score.py"
# Thresholds tried for claims.MIN_TAGGER_CONFIDENCE, claims.MIN_RULE_CLAIM_PROBABILITY,
# claims.MIN_CONFIRMED_PROBABILITY and claims.MIN_DOUBTFUL_CONTENT_PROBABILITY.
ADD_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
DROP_THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4)
CONFIRM_THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.4)
DOUBT_THRESHOLDS = (0.05, 0.1, 0.2)


def gold_labels(doc, attributions: list[dict]) -> list[str]:
    spans = [("content", a, b) for g in sorted(attributions, key=lambda g: -sum(b - a for a, b in g["content"]))
             for a, b in g["content"]]
    spans += [(role, a, b) for g in attributions for role in ("source", "cue") for a, b in g[role] or []]
    return span_labels(doc, spans)


def score_holdout(held_out: list, model: str) -> None:
    """Score the held-out articles with the rules alone, then with the tagger at each
    threshold for adding its claims, dropping the rules' ones, and confirming doubtful ones."""
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    claim_tagger.MODEL_FILE = Path(model)
    claim_tagger.load_tagger.cache_clear()
    gold = {name: (doc.text, [dict(g, direct=False) for g in attributions]) for name, doc, attributions in held_out}
    add, drop = claims.MIN_TAGGER_CONFIDENCE, claims.MIN_RULE_CLAIM_PROBABILITY
    confirm, doubt = claims.MIN_CONFIRMED_PROBABILITY, claims.MIN_DOUBTFUL_CONTENT_PROBABILITY
    never = 2.0  # above any probability: the step adds nothing
    settings = [("rules only", never, 0.0, never, doubt)]
    settings += [(f"add >= {a}", a, 0.0, never, doubt) for a in ADD_THRESHOLDS]
    settings += [(f"add >= {add}, drop < {d}", add, d, never, doubt) for d in DROP_THRESHOLDS]
    settings += [(f"... confirm >= {c}", add, drop, c, doubt) for c in CONFIRM_THRESHOLDS]
    settings += [(f"... confirm >= {confirm}, doubt >= {d}", add, drop, confirm, d) for d in DOUBT_THRESHOLDS]
    for label, *thresholds in settings:
        (claims.MIN_TAGGER_CONFIDENCE, claims.MIN_RULE_CLAIM_PROBABILITY,
         claims.MIN_CONFIRMED_PROBABILITY, claims.MIN_DOUBTFUL_CONTENT_PROBABILITY) = thresholds
        predicted = {name: [{"content": [(c.start, c.end)],
                             "source": [(c.source_start, c.source_end)] if c.source_start is not None else None,
                             "cue": [(c.cue_start, c.cue_end)] if c.cue_start is not None else None}
                            for c in claims.extract_claims(doc)] for name, doc, _ in held_out}
        r = scorer.score(gold, predicted)
        print(f"{label:36} exact F1 {r['exact']['F1']:.3f}  partial P {r['partial']['P']:.3f} "
              f"R {r['partial']['R']:.3f} F1 {r['partial']['F1']:.3f}  source {r['source_acc']:.3f}")


def main() -> None:
    parser = training_parser(__doc__.splitlines()[0], claim_tagger.MODEL_FILE, c1=5.0)
    parser.add_argument("--iterations", type=int, default=150)
    args = training_args(parser)
    if args.holdout and not SCORER.exists():
        parser.error(f"--holdout scores with {SCORER}, which is not there")

    started = time.time()
    articles = list(parsed_split(args.train))
    training, held_out = held_out_split(articles, args.holdout, args.fold)
    if held_out:
        # the cue rules, too, from the training articles only: cues seen only in the held-out ones stay unknown
        claims.CUE_RULES = {key: precision for key, (precision, _) in learn_rules(training).items()}
        claims.CUE_WORDS = claims.cue_words(claims.CUE_RULES)
        print(f"{len(claims.CUE_RULES)} cue rules learned from the same {len(training)} articles", flush=True)
        content_scorer.MODEL_FILE = Path(args.out).with_suffix(".scorer.crfsuite")
        train_scorer(training, str(content_scorer.MODEL_FILE))
        content_scorer.load_scorer.cache_clear()
        print(f"content scorer trained on the same {len(training)} articles -> {content_scorer.MODEL_FILE}", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _, doc, attributions in training:
        features = doc_features(doc, claims.rule_claims(doc), claims.CUE_RULES, claims.CUE_WORDS)
        labels = gold_labels(doc, attributions)
        for paragraph in paragraphs([token.text for token in doc]):
            trainer.append([features[i] for i in paragraph], [labels[i] for i in paragraph])
    print(f"{len(training)} articles parsed and labelled in {time.time() - started:.0f} s", flush=True)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    trainer.train(args.out)
    print(f"trained in {time.time() - started:.0f} s -> {args.out}")
    if held_out:
        score_holdout(held_out, args.out)


if __name__ == "__main__":
    main()
