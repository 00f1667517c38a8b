#!/usr/bin/env python3
"""Fine-tune all-MiniLM-L6-v2 on PolNeAR train as the claim reader of factstore/encoder_reader.py,
and export it as a quantised ONNX model.

    make train-reader                       # the training environment, .venv-train/
    nohup .venv-train/bin/python tools/train_reader.py --holdout 140 --out build/reader > /dev/null 2>&1 &
    .venv-train/bin/python tools/train_reader.py --out build/reader --resume build/reader/last.pt   # go on
    .venv-train/bin/python tools/train_reader.py --out build/reader --export-only build/reader/epoch2.pt

Each article is one stream of wordpieces cut into windows of encoder_reader.WINDOW; every
wordpiece is labelled O, or B-/I- content (C), source (S) or cue (Q). Attributions nest (a
claim inside another's content) and PolNeAR marks both; one label per wordpiece cannot, so,
as tools/train_claim_tagger.py does, contents are labelled first, longest first, then sources
and cues on what is left: the outer content stays whole and a nested attribution is not
learned. The parts of a content cut by its own source and cue ("X," he said, "Y") are
labelled apart; the reader joins them again.

With --holdout N the last N train articles (the block tools/train_claim_tagger.py holds out)
are left out; bench/reader_eval.py scores them. Training runs on one thread, so the machine's
other core stays free. Progress goes to OUT/train.log; a checkpoint is written every
--checkpoint-minutes and at each epoch's end, where the model is also exported to
OUT/epochN/ (reader.onnx, int8, and tokenizer.json).
"""
import argparse
import logging
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import torch  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402
from transformers import AutoModelForTokenClassification, get_linear_schedule_with_warmup  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools")]

from factstore.encoder_reader import LABELS, WINDOW, piece_labels, window_ids, window_starts  # noqa: E402
from polnear_files import TRAIN, annotated_names, first_annotation, held_out_split, read_annotations  # noqa: E402

BASE_MODEL = REPO / ".venv-train" / "all-MiniLM-L6-v2"  # extracted from the model wheel by make train-reader
IGNORE = -100  # the loss skips [CLS], [SEP] and padding
log = logging.getLogger("train_reader")


def read_split(split_dir: str) -> list[tuple[str, str, list[dict]]]:
    """(name, text, attributions) of every annotated article, in name order."""
    return [(name, Path(split_dir, "text", name + ".txt").read_text(encoding="utf-8"),
             read_annotations(first_annotation(split_dir, name))) for name in annotated_names(split_dir)]


def article_windows(tokenizer: Tokenizer, text: str, attributions: list[dict], stride: int) -> list[tuple]:
    """(wordpiece ids, labels) of each training window of an article."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    labels = piece_labels(text, encoding.offsets, attributions)
    return [(window_ids(encoding.ids, s), [IGNORE, *labels[s:s + WINDOW - 2], IGNORE])
            for s in window_starts(len(encoding.ids), WINDOW, stride)]


def load_tokenizer(path: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def collate(rows: list[tuple]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    width = max(len(ids) for ids, _ in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    for i, (row_ids, row_labels) in enumerate(rows):
        ids[i, :len(row_ids)] = torch.tensor(row_ids)
        mask[i, :len(row_ids)] = 1
        labels[i, :len(row_labels)] = torch.tensor(row_labels)
    return ids, mask, labels


def epoch_batches(windows: list, batch_size: int, seed: int, epoch: int) -> list[list]:
    order = list(range(len(windows)))
    random.Random(seed * 1000 + epoch).shuffle(order)
    return [[windows[i] for i in order[k:k + batch_size]] for k in range(0, len(order), batch_size)]


class LogitsOnly(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits


def export_onnx(model, tokenizer_file: Path, out_dir: Path) -> Path:
    """OUT_DIR/reader.onnx, dynamically quantised to int8, and the tokenizer beside it."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    full = out_dir / "reader.fp32.onnx"
    model.eval()
    example = torch.full((1, 16), 1000, dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(LogitsOnly(model), (example, torch.ones_like(example)), str(full),
                          input_names=["input_ids", "attention_mask"], output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "pieces"},
                                        "attention_mask": {0: "batch", 1: "pieces"},
                                        "logits": {0: "batch", 1: "pieces"}},
                          opset_version=17, dynamo=False)
    quantised = out_dir / "reader.onnx"
    quantize_dynamic(str(full), str(quantised), weight_type=QuantType.QInt8)
    full.unlink()
    shutil.copy(tokenizer_file, out_dir / "tokenizer.json")
    model.train()
    log.info("exported %s (%.1f MB)", quantised, quantised.stat().st_size / 1e6)
    return quantised


def save_checkpoint(path: Path, model, optimizer, scheduler, epoch: int, batches_done: int, args) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(), "epoch": epoch, "batches_done": batches_done,
                "args": vars(args)}, tmp)
    tmp.replace(path)
    log.info("checkpoint %s (goes on at epoch %d after batch %d)", path, epoch + 1, batches_done)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", default=str(TRAIN))
    parser.add_argument("--out", default=str(REPO / "build" / "reader"))
    parser.add_argument("--base", default=str(BASE_MODEL), help="the pretrained encoder's folder")
    parser.add_argument("--holdout", type=int, default=0, help="leave out the last N train articles")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--warmup", type=float, default=0.06, help="share of the steps that warm up")
    parser.add_argument("--stride", type=int, default=WINDOW - 2 - 32,
                        help="wordpieces between training windows' starts")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--max-batches", type=int, default=0, help="stop after this many (a smoke run)")
    parser.add_argument("--checkpoint-minutes", type=float, default=15)
    parser.add_argument("--resume", help="a checkpoint to go on from")
    parser.add_argument("--export-only", help="export this checkpoint's model to OUT/ and stop")
    args = parser.parse_args()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log.setLevel(logging.INFO)
    for handler in (logging.FileHandler(out / "train.log"), logging.StreamHandler()):
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    torch.manual_seed(args.seed)
    base = Path(args.base)
    tokenizer_file = base / "tokenizer.json"
    model = AutoModelForTokenClassification.from_pretrained(
        base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)})

    if args.export_only:
        model.load_state_dict(torch.load(args.export_only, map_location="cpu")["model"])
        export_onnx(model, tokenizer_file, out)
        return

    tokenizer = load_tokenizer(tokenizer_file)
    training, held_out = held_out_split(read_split(args.train), args.holdout)
    windows = [w for _, text, attributions in training for w in article_windows(tokenizer, text, attributions, args.stride)]
    batches_per_epoch = (len(windows) + args.batch_size - 1) // args.batch_size
    total_steps = batches_per_epoch * args.epochs
    log.info("%d training articles (%d held out), %d windows of up to %d wordpieces, %d batches of %d per epoch",
             len(training), len(held_out), len(windows), WINDOW, batches_per_epoch, args.batch_size)

    decay = [p for n, p in model.named_parameters() if not any(k in n for k in ("bias", "LayerNorm"))]
    no_decay = [p for n, p in model.named_parameters() if any(k in n for k in ("bias", "LayerNorm"))]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(args.warmup * total_steps), total_steps)
    first_epoch, skip = 0, 0
    if args.resume:
        state = torch.load(args.resume, map_location="cpu")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        first_epoch, skip = state["epoch"], state["batches_done"]
        log.info("resumed from %s: epoch %d, %d batches done", args.resume, first_epoch + 1, skip)

    model.train()
    last_checkpoint = time.time()
    done = 0
    for epoch in range(first_epoch, args.epochs):
        batches = epoch_batches(windows, args.batch_size, args.seed, epoch)
        started, loss_sum, counted = time.time(), 0.0, 0
        for k, batch in enumerate(batches):
            if epoch == first_epoch and k < skip:
                continue
            ids, mask, labels = collate(batch)
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            loss_sum, counted, done = loss_sum + loss.item(), counted + 1, done + 1
            if counted % 10 == 0 or counted == 1:
                per_batch = (time.time() - started) / counted
                log.info("epoch %d batch %d/%d loss %.4f (mean %.4f) %.2f s/batch, epoch ends in %.0f min",
                         epoch + 1, k + 1, len(batches), loss.item(), loss_sum / counted, per_batch,
                         per_batch * (len(batches) - k - 1) / 60)
            if args.max_batches and done >= args.max_batches:
                save_checkpoint(out / "last.pt", model, optimizer, scheduler, epoch, k + 1, args)
                export_onnx(model, tokenizer_file, out / "smoke")
                return
            if time.time() - last_checkpoint > args.checkpoint_minutes * 60:
                save_checkpoint(out / "last.pt", model, optimizer, scheduler, epoch, k + 1, args)
                last_checkpoint = time.time()
        log.info("epoch %d done in %.0f min, mean loss %.4f", epoch + 1, (time.time() - started) / 60,
                 loss_sum / max(counted, 1))
        save_checkpoint(out / f"epoch{epoch + 1}.pt", model, optimizer, scheduler, epoch + 1, 0, args)
        shutil.copy(out / f"epoch{epoch + 1}.pt", out / "last.pt")
        last_checkpoint = time.time()
        export_onnx(model, tokenizer_file, out / f"epoch{epoch + 1}")
    log.info("training done")


if __name__ == "__main__":
    main()
