"""A claim reader on a pretrained encoder: every wordpiece of an article is labelled
content, source, cue or none (BIO), by all-MiniLM-L6-v2 fine-tuned on PolNeAR train
(tools/train_reader.py) and run as a quantised ONNX model with onnxruntime.

The article is read as one stream of wordpieces cut into overlapping windows; each
wordpiece takes its probabilities from the window where it sits farthest from an edge,
and the likeliest valid BIO sequence is read off them. Labelled runs become character
spans; a quotation cut only by its own source and cue ("X," he said, "Y") is one
claim, and each claim takes the nearest cue of its paragraph and the source nearest
that cue. A claim is kept when its words are likely content, it has a cue and it is
two words or more.

Only numpy, tokenizers and onnxruntime are needed here: the trainer imports the
windowing and the labels from this module, so training and reading cut text alike.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from .paragraphs import paragraph_of

LABELS = ("O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q")
ROLE_CODES = {"content": "C", "source": "S", "cue": "Q"}
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0  # BERT uncased vocabulary
QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'"
# Chosen on the held-out train articles (bench/reader_eval.py --sweep).
MIN_CONFIDENCE = 0.7
WINDOW = 256  # wordpieces per window, [CLS] and [SEP] included
STRIDE = 192  # wordpieces between the starts of two windows when reading


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class LabelledSpan:
    role: str  # "C", "S" or "Q"
    start: int
    end: int


@dataclass(frozen=True)
class ReadClaim:
    content: tuple[Span, ...]  # one span, or the parts of a quotation cut by its attribution
    source: Optional[Span]
    cue: Optional[Span]
    confidence: float = 1.0  # the mean probability of being content of its wordpieces


def window_starts(n_pieces: int, window: int = WINDOW, stride: int = STRIDE) -> list[int]:
    """Start of each window over n_pieces wordpieces; the last window ends at the last piece."""
    inner = window - 2
    if n_pieces <= inner:
        return [0]
    starts = list(range(0, n_pieces - inner, stride))
    return starts + [n_pieces - inner]


def window_ids(piece_ids: Sequence[int], start: int, window: int = WINDOW) -> list[int]:
    return [CLS_ID, *piece_ids[start:start + window - 2], SEP_ID]


def pad_batch(rows: list[list[int]], pad: int = PAD_ID) -> tuple[np.ndarray, np.ndarray]:
    """(ids, attention mask), right-padded to the longest row."""
    width = max(len(r) for r in rows)
    ids = np.full((len(rows), width), pad, dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = r
        mask[i, :len(r)] = 1
    return ids, mask


def merge_windows(n_pieces: int, starts: list[int], window_scores: list[np.ndarray]) -> np.ndarray:
    """Per-wordpiece scores: each piece from the window where it is farthest from an edge.
    window_scores[k] holds the scores of window k's pieces, [CLS] and [SEP] left out."""
    merged = np.zeros((n_pieces, window_scores[0].shape[-1]), dtype=np.float32)
    best = np.full(n_pieces, -1)
    for start, scores in zip(starts, window_scores):
        for k in range(len(scores)):
            margin = min(k, len(scores) - 1 - k)
            if margin > best[start + k]:
                best[start + k] = margin
                merged[start + k] = scores[k]
    return merged


def char_owners(text_length: int, attributions: list[dict]) -> list:
    """For each character, (role code, fragment number) of the span that labels it, or None.
    Contents first, longest first, then sources and cues; the first span to reach a character keeps it."""
    fragments = [("content", a, b) for g in sorted(attributions, key=lambda g: -sum(b - a for a, b in g["content"]))
                 for a, b in g["content"]]
    fragments += [(role, a, b) for g in attributions for role in ("source", "cue") for a, b in g[role] or []]
    owners = [None] * text_length
    for number, (role, start, end) in enumerate(fragments):
        for i in range(max(start, 0), min(end, text_length)):
            if owners[i] is None:
                owners[i] = (ROLE_CODES[role], number)
    return owners


def piece_labels(text: str, offsets: list[tuple[int, int]], attributions: list[dict]) -> list[int]:
    """Label index of each wordpiece: the owner of its first character; B- where the owner changes."""
    owners = char_owners(len(text), attributions)
    labels, previous = [], None
    for start, end in offsets:
        owner = owners[start] if start < end else None
        if owner is None:
            labels.append(0)
        else:
            labels.append(LABELS.index(("I-" if owner == previous else "B-") + owner[0]))
        previous = owner
    return labels


def labelled_spans(labels: Sequence[str], offsets: Sequence[tuple[int, int]]) -> list[LabelledSpan]:
    """Runs of B-X I-X ... as character spans; an I-X after anything but X starts a run."""
    out: list[LabelledSpan] = []
    role, start, end = None, 0, 0
    for label, (a, b) in zip(labels, offsets):
        this = None if label == "O" else label[2:]
        if this is not None and this == role and label.startswith("I-"):
            end = b
            continue
        if role is not None:
            out.append(LabelledSpan(role, start, end))
        role, start, end = this, a, b
    if role is not None:
        out.append(LabelledSpan(role, start, end))
    return out


def to_word_edges(text: str, span: LabelledSpan) -> LabelledSpan:
    """Widen a span that starts or ends inside a word to the whole word."""
    start, end = span.start, span.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return LabelledSpan(span.role, start, end)


def only_punctuation(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def joins(text: str, end: int, start: int, between: list[LabelledSpan]) -> bool:
    """Whether a content ending at `end` goes on at `start`: a quotation cut by its own
    attribution ("X," he said, "Y"), with only sources, cues and punctuation between, in one
    paragraph. Without the quotation marks, two contents around a cue are more often two claims
    ("X, he said, adding that Y")."""
    gap = text[end:start]
    if not between or "\n" in gap:
        return False
    for b in between:
        gap = gap.replace(text[b.start:b.end], "")
    return (only_punctuation(gap) and any(q in text[max(0, end - 3):end] for q in QUOTE_MARKS)
            and any(q in text[start:start + 2] for q in QUOTE_MARKS))


def group_claims(text: str, spans: list[LabelledSpan]) -> list[ReadClaim]:
    """Claims from labelled spans: a content run whose gap to the next content run holds only
    sources, cues and punctuation continues into it; each claim takes the cue nearest it in its
    paragraph (one inside it first) and the source nearest that cue (or it)."""
    spans = sorted((to_word_edges(text, s) for s in spans if not only_punctuation(text[s.start:s.end])),
                   key=lambda s: (s.start, s.end))
    contents: list[list[LabelledSpan]] = []
    between: list[LabelledSpan] = []  # sources and cues since the last content
    for s in spans:
        if s.role != "C":
            between.append(s)
            continue
        if contents and joins(text, contents[-1][-1].end, s.start, between):
            contents[-1].append(s)
        else:
            contents.append([s])
        between = []
    others = [s for s in spans if s.role != "C"]
    claims = []
    for parts in contents:
        start, end = parts[0].start, parts[-1].end
        para = paragraph_of(text, start)
        cue = nearest([s for s in others if s.role == "Q"], start, end, para)
        anchor = (cue.start, cue.end) if cue else (start, end)
        source = nearest([s for s in others if s.role == "S"], *anchor, para)
        claims.append(ReadClaim(tuple(Span(p.start, p.end) for p in parts),
                                Span(source.start, source.end) if source else None,
                                Span(cue.start, cue.end) if cue else None))
    return claims


def nearest(candidates: Iterable[LabelledSpan], start: int, end: int,
            paragraph: tuple[int, int]) -> Optional[LabelledSpan]:
    """The candidate in the paragraph closest to [start, end) (inside it counts as 0)."""
    def distance(s: LabelledSpan) -> int:
        return max(0, s.start - end, start - s.end)
    inside = [s for s in candidates if paragraph[0] <= s.start and s.end <= paragraph[1]]
    return min(inside, key=lambda s: (distance(s), s.start), default=None)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class EncoderReader:
    """The ONNX model and its tokenizer; read(texts) gives each text's claims."""

    def __init__(self, model_file: Path, tokenizer_file: Path, sha256: Optional[str] = None,
                 batch_size: int = 16, threads: int = 1):
        import onnxruntime
        from tokenizers import Tokenizer

        if sha256 is not None and file_sha256(model_file) != sha256:
            raise ValueError(f"{model_file}: sha256 is not {sha256}: not the model this code expects")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.batch_size = batch_size

    def label_scores(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray]:
        """(character offsets of each wordpiece, its label probabilities)."""
        encoding = self.tokenizer.encode(text, add_special_tokens=False)
        ids, offsets = encoding.ids, encoding.offsets
        if not ids:
            return [], np.zeros((0, len(LABELS)), dtype=np.float32)
        starts = window_starts(len(ids))
        scores = []
        for i in range(0, len(starts), self.batch_size):
            rows = [window_ids(ids, s) for s in starts[i:i + self.batch_size]]
            batch, mask = pad_batch(rows)
            logits = self.session.run(None, {"input_ids": batch, "attention_mask": mask})[0]
            for row, lg in zip(rows, logits):
                scores.append(softmax(lg[1:len(row) - 1]))
        return offsets, merge_windows(len(ids), starts, scores)

    def read(self, text: str) -> list[ReadClaim]:
        """The claims kept (see kept); read_all gives every one, with its confidence."""
        return [c for c in self.read_all(text) if kept(text, c)]

    def read_all(self, text: str) -> list[ReadClaim]:
        offsets, scores = self.label_scores(text)
        return [with_confidence(c, offsets, scores) for c in claims_from_labels(text, best_labels(scores), offsets)]


def claims_from_labels(text: str, labels: Sequence[str], offsets: Sequence[tuple[int, int]]) -> list[ReadClaim]:
    return group_claims(text, labelled_spans(labels, offsets))


def with_confidence(claim: ReadClaim, offsets: Sequence[tuple[int, int]], scores: np.ndarray) -> ReadClaim:
    starts = [a for a, _ in offsets]
    pieces = [k for part in claim.content
              for k in range(bisect.bisect_left(starts, part.start), bisect.bisect_left(starts, part.end))]
    content = scores[pieces, LABELS.index("B-C")] + scores[pieces, LABELS.index("I-C")]
    return replace(claim, confidence=float(content.mean()) if pieces else 0.0)


def kept(text: str, claim: ReadClaim, min_confidence: float = MIN_CONFIDENCE) -> bool:
    """A claim the reader gives: likely enough, with a cue, and of two words or more."""
    words = sum(len(text[part.start:part.end].split()) for part in claim.content)
    return claim.confidence >= min_confidence and claim.cue is not None and words >= 2


def allowed_transitions() -> np.ndarray:
    """allowed[i, j]: label j may follow label i (I-X only after B-X or I-X)."""
    allowed = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for j, label in enumerate(LABELS):
        if label.startswith("I-"):
            allowed[:, j] = [other[2:] == label[2:] for other in LABELS]
    return allowed


TRANSITION_PENALTY = np.where(allowed_transitions(), 0.0, -np.inf)


def best_labels(scores: np.ndarray) -> list[str]:
    """The likeliest label sequence that is valid BIO (Viterbi over the wordpieces'
    probabilities): a lone I-C between O's is absorbed, not read as a claim of its own."""
    if not len(scores):
        return []
    log_p = np.log(np.maximum(scores, 1e-9))
    start_ok = np.array([not label.startswith("I-") for label in LABELS])
    best = np.where(start_ok, log_p[0], -np.inf)
    back = np.zeros((len(scores), len(LABELS)), dtype=np.int64)
    for i in range(1, len(scores)):
        candidates = best[:, None] + TRANSITION_PENALTY
        back[i] = candidates.argmax(axis=0)
        best = candidates.max(axis=0) + log_p[i]
    path = [int(best.argmax())]
    for i in range(len(scores) - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return [LABELS[k] for k in reversed(path)]


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
