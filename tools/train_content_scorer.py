#!/usr/bin/env python3
"""Train the content scorer (factstore/content_scorer.py) on PolNeAR train.

    .venv/bin/python tools/train_content_scorer.py [POLNEAR_TRAIN_DIR] [--out factstore/data/content_scorer.crfsuite]
    .venv/bin/python tools/train_content_scorer.py --holdout 140 --out /tmp/scorer.crfsuite

Every place a word's content may sit (claims.content_candidates), for every
verb, noun, auxiliary and adjective of the train split, parsed by the same
pipeline that seeds the database, is one example: it is content when it (nearly)
covers the content of an annotated attribution whose cue is or holds that word
("went on to say [that X]" is an example for "say" as much as for "went").

With --holdout N the last N articles are left out of training (with --fold K,
the K-th block of N before them), and the candidates of the held-out articles
are scored at several thresholds: that is how claims.MIN_CONTENT_PROBABILITY is
chosen, never on dev.
"""
import time
from pathlib import Path

import pycrfsuite
from polnear import held_out_split, parsed_split, training_args, training_parser

from factstore import content_scorer
from factstore.claims import content_candidates
from factstore.content_scorer import IS_CONTENT, NOT_CONTENT, candidate_features
from factstore.quotes import quote_spans

# A candidate is the content when it shares this share of its letters with it (Jaccard).
MATCH_JACCARD = 0.5
CUE_POS = ("VERB", "NOUN", "AUX", "ADJ")
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def letters(text: str, ranges) -> frozenset[int]:
    return frozenset(i for a, b in ranges for i in range(a, min(b, len(text))) if text[i].isalnum())


def gold_contents_by_cue(doc, attributions: list[dict]) -> dict[int, list[frozenset[int]]]:
    """The letters of each annotated content, under the index of every word of its cue that may
    be a cue: in "went on to say [that X]" the content is as much "say"'s as "went"'s."""
    out: dict[int, list[frozenset[int]]] = {}
    for attribution in attributions:
        for cue_start, cue_end in attribution["cue"] or []:
            for token in doc.char_span(cue_start, cue_end, alignment_mode="expand") or []:
                if token.pos_ in CUE_POS:
                    out.setdefault(token.i, []).append(letters(doc.text, attribution["content"]))
    return out


def examples(doc, attributions: list[dict]):
    """(features, is content) of every candidate in the article."""
    text = doc.text
    quotes = quote_spans(text)
    gold = gold_contents_by_cue(doc, attributions)
    for token in doc:
        if token.pos_ not in CUE_POS:
            continue
        in_quote = any(a < token.idx < b for a, b in quotes)
        for candidate in content_candidates(token):
            chars = letters(text, [(candidate.start, candidate.end)])
            is_content = any(len(chars & g) / len(chars | g) >= MATCH_JACCARD
                             for g in gold.get(token.i, ()) if chars | g)
            yield candidate_features(token, candidate, in_quote), is_content


def train_scorer(articles: list, out: str, c1: float = 1.0, c2: float = 0.01) -> int:
    """Train the scorer on (name, doc, attributions) articles into `out`; returns how many candidates it saw."""
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for _, doc, attributions in articles:
        for features, is_content in examples(doc, attributions):
            trainer.append([features], [IS_CONTENT if is_content else NOT_CONTENT])
            count += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200})
    trainer.train(out)
    return count


def score_holdout(held_out: list, model: str) -> None:
    """Precision and recall of the candidates at each threshold."""
    content_scorer.MODEL_FILE = Path(model)
    content_scorer.load_scorer.cache_clear()
    scorer = content_scorer.load_scorer()
    scored = []
    for _, doc, attributions in held_out:
        for features, is_content in examples(doc, attributions):
            scorer.set([features])
            scored.append((scorer.marginal(IS_CONTENT, 0), is_content))
    total = sum(is_content for _, is_content in scored)
    for threshold in THRESHOLDS:
        chosen = [is_content for p, is_content in scored if p >= threshold]
        precision = sum(chosen) / len(chosen) if chosen else 0.0
        print(f"probability >= {threshold:<5} {len(chosen):6} candidates  "
              f"P {precision:.3f}  R {sum(chosen) / total:.3f}")


def main() -> None:
    args = training_args(training_parser(__doc__.splitlines()[0], content_scorer.MODEL_FILE, c1=1.0))

    started = time.time()
    articles = list(parsed_split(args.train))
    training, held_out = held_out_split(articles, args.holdout, args.fold)
    count = train_scorer(training, args.out, args.c1, args.c2)
    print(f"trained on {count} candidates from {len(training)} articles in {time.time() - started:.0f} s "
          f"-> {args.out}")
    if held_out:
        score_holdout(held_out, args.out)


if __name__ == "__main__":
    main()
