#!/usr/bin/env python3
"""Score the encoder reader (factstore/encoder_reader.py) alone on PolNeAR train articles
held out from its training, with the project's scorer, and time it.

    .venv-train/bin/python bench/reader_eval.py build/reader/epoch4 [--holdout 140]

MODEL_DIR holds reader.onnx and tokenizer.json (tools/train_reader.py writes them). The
held-out articles are the last --holdout of train, as tools/train_reader.py --holdout and
tools/train_claim_tagger.py --holdout leave them out. Needs onnxruntime, tokenizers and
numpy, not torch. Prints the scorer's figures (exact, strict and partial P/R/F1, source
accuracy), the cue accuracy (of partial matches whose gold has a cue, the share whose
predicted cue overlaps it) and the reading time per article on one thread.
"""
import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools")]

from factstore import encoder_reader  # noqa: E402
from factstore.encoder_reader import LABELS, EncoderReader, claims_from_labels, piece_labels  # noqa: E402
from polnear_files import TRAIN, annotated_names, first_annotation, held_out_split, read_annotations  # noqa: E402

SCORER = REPO.parent / "shared" / "tools" / "polnear_score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def load_gold(scorer, split_dir: str, names: list[str]) -> dict:
    """The scorer's gold for these articles, read as the training tools read it (the scorer's own
    reader stops at a malformed line that one train article has)."""
    gold = {}
    for name in names:
        text = Path(split_dir, "text", name + ".txt").read_text(encoding="utf-8")
        items = read_annotations(first_annotation(split_dir, name))
        for item in items:
            opening = "".join(text[a:b] for a, b in item["content"]).lstrip()
            item["direct"] = bool(opening) and opening[0] in scorer.QUOTES
        gold[name] = (text, items)
    return gold


def as_prediction(claim) -> dict:
    return {"content": [(s.start, s.end) for s in claim.content],
            "source": [(claim.source.start, claim.source.end)] if claim.source else None,
            "cue": [(claim.cue.start, claim.cue.end)] if claim.cue else None}


class GoldLabels:
    """Reads with the labels the trainer derives from the annotations: what the labelling and
    the grouping of spans into claims can reach at best."""

    def __init__(self, tokenizer_file: Path, gold: dict):
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_truncation()
        self.attributions = {text: items for text, items in gold.values()}

    def read_all(self, text: str) -> list:
        offsets = self.tokenizer.encode(text, add_special_tokens=False).offsets
        labels = [LABELS[k] for k in piece_labels(text, offsets, self.attributions[text])]
        return claims_from_labels(text, labels, offsets)


def cue_accuracy(scorer, gold: dict, predicted: dict) -> float:
    right = total = 0
    for name, (text, gold_items) in gold.items():
        pred_items = [p for p in predicted.get(name, []) if scorer.pred_content(text, p)]
        for i, j in scorer.match(text, gold_items, pred_items, 1e-9):
            if gold_items[i]["cue"]:
                total += 1
                right += bool(pred_items[j]["cue"]) and scorer.overlaps(gold_items[i]["cue"], pred_items[j]["cue"])
    return round(right / total, 3) if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir")
    parser.add_argument("--train", default=str(TRAIN))
    parser.add_argument("--holdout", type=int, default=140)
    parser.add_argument("--sweep", action="store_true",
                        help="also score every claim read, and each confidence threshold for keeping one")
    parser.add_argument("--oracle", action="store_true",
                        help="read with the gold labels instead of the model: the ceiling of the labelling")
    args = parser.parse_args()

    scorer = load_scorer()
    _, held_out = held_out_split(annotated_names(args.train), args.holdout)
    gold = load_gold(scorer, args.train, held_out)
    model_dir = Path(args.model_dir)
    if args.oracle:
        reader = GoldLabels(model_dir / "tokenizer.json", gold)
    else:
        reader = EncoderReader(model_dir / "reader.onnx", model_dir / "tokenizer.json")

    read, seconds = {}, 0.0
    for name in held_out:
        started = time.perf_counter()
        read[name] = reader.read_all(gold[name][0])
        seconds += time.perf_counter() - started
    settings = [(f"kept (confidence >= {encoder_reader.MIN_CONFIDENCE}, a cue, 2+ words)", encoder_reader.kept)]
    if args.sweep:
        settings.append(("every claim read", lambda text, claim: True))
        for threshold in (0.0, 0.5, 0.6, 0.7, 0.8):
            settings.append((f"confidence >= {threshold}, a cue, 2+ words",
                             lambda text, claim, t=threshold: encoder_reader.kept(text, claim, t)))
    for label, keep in settings:
        predicted = {name: [as_prediction(c) for c in read[name] if keep(gold[name][0], c)] for name in held_out}
        result = scorer.score(gold, predicted)
        result["cue_acc"] = cue_accuracy(scorer, gold, predicted)
        if label.startswith("kept"):
            print(json.dumps(result))
        print(f"{label:48} exact F1 {result['exact']['F1']:.3f}  strict F1 {result['strict']['F1']:.3f}  "
              f"partial P {result['partial']['P']:.3f} R {result['partial']['R']:.3f} F1 {result['partial']['F1']:.3f}  "
              f"source {result['source_acc']:.3f}  cue {result['cue_acc']:.3f}")
    if not args.oracle:
        size = (model_dir / "reader.onnx").stat().st_size / 1e6
        print(f"{len(held_out)} articles read in {seconds:.1f} s on one thread: "
              f"{1000 * seconds / len(held_out):.0f} ms per article; reader.onnx {size:.1f} MB")


if __name__ == "__main__":
    main()
