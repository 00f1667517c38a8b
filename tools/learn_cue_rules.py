#!/usr/bin/env python3
"""Learn which reporting words open a claim, and where their content sits, from PolNeAR train.

    .venv/bin/python tools/learn_cue_rules.py [POLNEAR_TRAIN_DIR] [--out factstore/data/cue_rules.tsv]

For every word of the train split, parsed by the same pipeline that seeds the
database, and every dependent of it, this counts how often the dependent's
subtree is (nearly) the content of an annotated attribution whose cue is that
word. A rule is (lemma, part of speech, dependency): "say VERB ccomp",
"deny VERB dobj", "warning NOUN acl". The dependency "^parataxis" means the
content is the cue's head clause ("X, he said"). Rules that are right at least
MIN_PRECISION of the time, over at least MIN_SUPPORT examples, are written out;
factstore/claims.py reads the file. Run on train only: dev is for checking.
"""
import argparse
from collections import Counter
from pathlib import Path

from polnear import REPO, TRAIN, parsed_split

from factstore.claims import content_candidates

MIN_PRECISION = 0.1
MIN_SUPPORT = 2
MATCH_JACCARD = 0.5


def letters(text: str, ranges) -> set[int]:
    return {i for a, b in ranges for i in range(a, min(b, len(text))) if text[i].isalnum()}


def rule_key(token, dep: str) -> tuple[str, str, str]:
    return token.lemma_.lower(), token.pos_, dep


def learn_rules(articles) -> dict[tuple[str, str, str], tuple[float, int]]:
    """(lemma, part of speech, dependency) -> (precision, support) of each rule that is right
    often enough, learned from (name, parsed Doc, attributions) articles."""
    seen, right = Counter(), Counter()
    for _, doc, gold in articles:
        gold = [g for g in gold if g["cue"]]
        text = doc.text
        by_cue_token = {}
        for g in gold:
            cue_chars = {i for a, b in g["cue"] for i in range(a, b)}
            cue_tokens = [t for t in doc if t.idx in cue_chars]
            heads = [t for t in cue_tokens if t.head not in cue_tokens or t.head.i == t.i]
            for head in heads[:1]:
                by_cue_token.setdefault(head.i, []).append(letters(text, g["content"]))
        for token in doc:
            if token.is_punct or token.is_space:
                continue
            contents = by_cue_token.get(token.i, [])
            for dep, _, start, end in content_candidates(token):
                key = rule_key(token, dep)
                seen[key] += 1
                chars = letters(text, [(start, end)])
                if any(len(chars & c) / len(chars | c) >= MATCH_JACCARD for c in contents if chars | c):
                    right[key] += 1
    keys = sorted((k for k in right if right[k] >= MIN_SUPPORT and right[k] / seen[k] >= MIN_PRECISION),
                  key=lambda k: (-right[k], k))
    # three decimals, as the shipped file keeps them, so a holdout run reads what seeding reads
    return {k: (round(right[k] / seen[k], 3), right[k]) for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", default=str(TRAIN))
    parser.add_argument("--out", default=str(REPO / "factstore" / "data" / "cue_rules.tsv"))
    args = parser.parse_args()

    articles = list(parsed_split(args.train))
    rules = learn_rules(articles)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# lemma\tpos\tdep\tprecision\tsupport  (tools/learn_cue_rules.py on PolNeAR train)\n")
        for (lemma, pos, dep), (precision, support) in rules.items():
            f.write(f"{lemma}\t{pos}\t{dep}\t{precision:.3f}\t{support}\n")
    print(f"{len(rules)} rules from {len(articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
