"""The encoder reader's windows, labels and claims, on hand-made wordpieces and scores: no model."""
import numpy as np
import pytest

from factstore.encoder_reader import (
    LABELS, LabelledSpan, Span, best_labels, claims_from_labels, merge_windows, piece_labels, window_starts,
)


def words(text: str) -> list[tuple[int, int]]:
    """Offsets of each run of letters and of each other non-space character: stand-in wordpieces."""
    offsets, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
        elif text[i].isalnum():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            offsets.append((i, j))
            i = j
        else:
            offsets.append((i, i + 1))
            i += 1
    return offsets


@pytest.mark.parametrize("n, expected", [(10, [0]), (254, [0]), (255, [0, 1]), (600, [0, 192, 346])])
def test_windows_cover_every_piece_and_end_on_the_last(n, expected):
    assert window_starts(n, window=256, stride=192) == expected


def test_each_piece_takes_the_window_where_it_is_farthest_from_an_edge():
    first, second = np.zeros((6, 2)), np.ones((6, 2))
    merged = merge_windows(9, [0, 3], [first, second])
    # pieces 3, 4 and 5 are in both: 3 is two from the first window's end and at the second's
    # start, 4 is one from either (the first window keeps it), 5 ends the first window
    assert merged[:, 0].tolist() == [0, 0, 0, 0, 0, 1, 1, 1, 1]


def test_contents_are_labelled_before_sources_and_cues_and_longest_first():
    text = 'Kim said that Lee claimed the port is open.'
    outer = {"content": [(9, 42)], "source": [(0, 3)], "cue": [(4, 8)]}
    inner = {"content": [(26, 42)], "source": [(14, 17)], "cue": [(18, 25)]}
    offsets = words(text)
    labels = [LABELS[k] for k in piece_labels(text, offsets, [inner, outer])]
    assert labels == ["B-S", "B-Q"] + ["B-C"] + ["I-C"] * 6 + ["O"]


def test_a_quotation_cut_by_its_attribution_is_one_claim():
    text = '"The port is open," Marsh said, "and every crane works."'
    attribution = {"content": [(0, 19), (32, 56)], "source": [(20, 25)], "cue": [(26, 30)]}
    offsets = words(text)
    labels = [LABELS[k] for k in piece_labels(text, offsets, [attribution])]
    claims = claims_from_labels(text, labels, offsets)
    assert [[text[s.start:s.end] for s in c.content] for c in claims] == [
        ['"The port is open,"', '"and every crane works."']]
    assert claims[0].source == Span(20, 25) and claims[0].cue == Span(26, 30)


def test_two_contents_around_a_cue_without_quotation_marks_are_two_claims():
    text = "The port is open, Marsh said, adding that cranes work."
    offsets = words(text)
    tagged = {"The": "B-C", "port": "I-C", "is": "I-C", "open": "I-C", "Marsh": "B-S", "said": "B-Q",
              "adding": "B-Q", "that": "B-C", "cranes": "I-C", "work": "I-C"}
    labels = [tagged.get(text[a:b], "O") for a, b in offsets]
    claims = claims_from_labels(text, labels, offsets)
    assert [text[c.content[0].start:c.content[-1].end] for c in claims] == ["The port is open", "that cranes work"]
    assert [text[c.cue.start:c.cue.end] for c in claims] == ["said", "adding"]


def test_a_claim_takes_the_nearest_cue_and_source_of_its_own_paragraph():
    text = "Marsh said\nthe port is open"
    offsets = words(text)
    labels = ["B-S", "B-Q", "B-C", "I-C", "I-C", "I-C"]
    (claim,) = claims_from_labels(text, labels, offsets)
    assert claim.source is None and claim.cue is None


def test_the_likeliest_valid_sequence_absorbs_a_lone_inside_label():
    scores = np.full((4, len(LABELS)), 0.01)
    for i, label in enumerate(["B-C", "I-C", "O", "I-C"]):
        scores[i, LABELS.index(label)] = 0.9
    scores[2, LABELS.index("I-C")] = 0.5
    assert best_labels(scores) == ["B-C", "I-C", "I-C", "I-C"]
    assert best_labels(np.zeros((0, len(LABELS)))) == []


def test_a_word_cut_by_the_labels_is_taken_whole():
    text = "officials said Hopefulness wins"
    offsets = [(0, 9), (10, 14), (15, 19), (19, 26), (27, 31)]
    claims = claims_from_labels(text, ["B-S", "B-Q", "O", "B-C", "I-C"], offsets)
    assert text[claims[0].content[0].start:claims[0].content[0].end] == "Hopefulness wins"


def test_labelled_runs_never_span_two_roles():
    from factstore.encoder_reader import labelled_spans
    assert labelled_spans(["B-C", "I-S", "I-S", "O", "I-C"], [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]) == [
        LabelledSpan("C", 0, 1), LabelledSpan("S", 2, 5), LabelledSpan("C", 8, 9)]
