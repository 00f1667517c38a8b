"""The learned claim tagger: its labels, how its runs become claims, and what it adds to the rules."""
import pytest
import spacy
from spacy.tokens import Doc

from factstore.claim_tagger import (MAX_CUE_DEPTH, Reading, Words, cues_above, joined_contents, paragraphs,
                                    span_labels)
from factstore.claims import confirmed_claims, extract_claims, read_rules, rule_claims
from factstore.facts import ClaimCandidate
from factstore.parse import parse_texts

BLANK = spacy.blank("en")


def labelled(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = BLANK(text)
    found = [(role, text.index(words), text.index(words) + len(words)) for role, words in spans]
    return [(t.text, label) for t, label in zip(doc, span_labels(doc, found))]


def test_labels_are_bio_and_the_first_span_keeps_a_word():
    words = labelled("Lee said that Kim denied it.",
                     [("content", "that Kim denied it"), ("source", "Lee"), ("cue", "said"),
                      ("source", "Kim"), ("cue", "denied")])
    assert words == [("Lee", "B-S"), ("said", "B-Q"), ("that", "B-C"), ("Kim", "I-C"), ("denied", "I-C"),
                     ("it", "I-C"), (".", "O")]


def test_a_span_cut_by_an_earlier_one_starts_again():
    words = labelled("“We will win,” she said, “and soon.”",
                     [("source", "she"), ("cue", "said"), ("content", "“We will win,” she said, “and soon.”")])
    assert [label for _, label in words] == ["B-C", "I-C", "I-C", "I-C", "I-C", "I-C", "B-S", "B-Q", "B-C",
                                             "I-C", "I-C", "I-C", "I-C", "I-C"]


def runs_of(text: str, labels: list[str]) -> list[str]:
    doc = BLANK(text)
    return [doc[a:b + 1].text for a, b in joined_contents(doc, dict(enumerate(labels)))]


def test_a_quotation_interrupted_by_its_attribution_is_one_content():
    text = "“We will win,” she said. “And soon.”"
    labels = ["B-C", "I-C", "I-C", "I-C", "I-C", "I-C", "B-S", "B-Q", "O", "B-C", "I-C", "I-C", "I-C", "I-C"]
    assert runs_of(text, labels) == [text]


def test_two_reported_clauses_stay_two_claims():
    text = "Taxes will rise, Lee said. Costs will fall, Kim said."
    labels = ["B-C", "I-C", "I-C", "O", "B-S", "B-Q", "O", "B-C", "I-C", "I-C", "O", "B-S", "B-Q", "O"]
    assert runs_of(text, labels) == ["Taxes will rise", "Costs will fall"]


def test_a_cue_alone_between_two_contents_does_not_join_them():
    text = "Lee said taxes would rise, arguing that costs would fall."
    labels = ["B-S", "B-Q", "B-C", "I-C", "I-C", "O", "B-Q", "B-C", "I-C", "I-C", "I-C", "O"]
    assert runs_of(text, labels) == ["taxes would rise", "that costs would fall"]


def test_paragraphs_leave_out_line_breaks():
    doc = BLANK("One two.\n\nThree.")
    assert [[doc[i].text for i in p] for p in paragraphs([t.text for t in doc])] == [["One", "two", "."], ["Three", "."]]


def extracted(text: str):
    doc = next(parse_texts([text], 1))
    return rule_claims(doc), extract_claims(doc)


def test_the_tagger_adds_a_claim_the_rules_miss():
    text = "Farmers Wait for Rain\n\nLocal officials are lobbying the province to release emergency funds."
    by_rules, claims = extracted(text)
    assert by_rules == []
    assert [(c.content, text[c.source_start:c.source_end], text[c.cue_start:c.cue_end], c.cue_lemma)
            for c in claims] == [("the province to release emergency funds", "Local officials", "are lobbying", "lobby")]


def test_the_tagger_adds_nothing_to_plain_facts():
    _, claims = extracted("Bridge Reopens\n\nThe bridge opened in 1998 and carries 40,000 cars a day. "
                          "It was closed for repairs in March.")
    assert claims == []


def test_a_doubtful_claim_stands_where_the_tagger_reads_content_and_no_claim_is():
    doc = BLANK("Lee backed Kim. Park backed Cho. Moon backed Han.")

    def claim(words: str) -> ClaimCandidate:
        start = doc.text.index(words)
        return ClaimCandidate(start, start + len(words), words, "indirect")

    reading = Reading([], {t.i: 0.9 if t.text in ("Kim", "Han") else 0.0 for t in doc})
    doubtful = [claim("Kim"), claim("Lee backed Kim"), claim("Cho"), claim("Han")]
    confirmed = confirmed_claims(doc, doubtful, [claim("Moon backed Han")], reading)
    assert [c.content for c in confirmed] == ["Kim"]


def test_the_tagger_confirms_a_claim_the_content_scorer_doubts():
    text = "Dock Strike\n\nThe governor has thrown her support behind the dockers."
    doc = next(parse_texts([text], 1))
    rules = read_rules(doc)
    assert rules.claims == []
    assert [c.content for c in rules.doubtful] == ["her support behind the dockers"]
    assert [(c.content, text[c.source_start:c.source_end], c.cue_lemma) for c in extract_claims(doc)] == [
        ("her support behind the dockers", "The governor", "throw")]


def test_a_doubtful_claim_the_tagger_does_not_confirm_goes():
    texts = ["Results Day\n\nThe company released its earnings on Monday.",
             "River Search\n\nPolice found the car near the river."]
    for doc in parse_texts(texts, 1):
        assert read_rules(doc).doubtful != []
        assert extract_claims(doc) == []


@pytest.mark.model
def test_words_hold_what_the_parse_says_of_each_token():
    doc = next(parse_texts(["Lee said on Monday that the mayor, who had denied it, would resign.\n\nKim agreed."], 1,
                           processes=1))
    words = Words(doc)
    assert words.lower == [t.lower_ for t in doc] and words.lemma == [t.lemma_.lower() for t in doc]
    assert words.pos == [t.pos_ for t in doc] and words.tag == [t.tag_ for t in doc]
    assert words.dep == [t.dep_ for t in doc] and words.entity == [t.ent_type_ for t in doc]
    assert words.head == [t.head.i for t in doc] and words.start == [t.idx for t in doc]
    assert words.left_edge == [t.left_edge.i for t in doc] and words.right_edge == [t.right_edge.i for t in doc]
    assert words.sentence_start == [bool(t.is_sent_start) for t in doc]
    assert words.children == [[c.i for c in t.children] for t in doc]


def walk_to_cue(words: Words, i: int, cue_words: frozenset) -> tuple:
    """The nearest cue above word i, step by step (what cues_above gives for every word at once)."""
    child, depth = i, 0
    while words.head[child] != child and depth < MAX_CUE_DEPTH:
        if words.lemma[words.head[child]] in cue_words:
            return words.head[child], child, depth
        child, depth = words.head[child], depth + 1
    return None, depth


def test_the_cue_above_a_word_is_the_nearest_within_reach():
    # a chain of words, each the head of the one before, under the cue "say" at the root
    length = MAX_CUE_DEPTH + 4
    heads = list(range(1, length)) + [length - 1]
    doc = Doc(BLANK.vocab, words=[f"w{i}" for i in range(length)], heads=heads,
              deps=["dep"] * (length - 1) + ["ROOT"], lemmas=["word"] * (length - 1) + ["say"])
    words = Words(doc)
    found = cues_above(words, frozenset({"say"}))
    assert found[length - 2] == (length - 1, length - 2, 0)
    assert found[length - 1 - MAX_CUE_DEPTH] == (length - 1, length - 2, MAX_CUE_DEPTH - 1)
    assert found[0][0] is None and found[0][2] == MAX_CUE_DEPTH  # too far up to count
    for i, (cue, child, depth) in enumerate(found):
        assert walk_to_cue(words, i, frozenset({"say"})) == ((cue, child, depth) if cue is not None else (None, depth))


@pytest.mark.model
def test_cues_above_agree_with_a_walk_up_the_parse():
    doc = next(parse_texts(["Officials said the minister, who told reporters that talks would resume, "
                            "had denied claims that he was leaving, according to aides."], 1, processes=1))
    words = Words(doc)
    cue_words = frozenset({"say", "tell", "deny", "accord"})
    for i, (cue, child, depth) in enumerate(cues_above(words, cue_words)):
        assert walk_to_cue(words, i, cue_words) == ((cue, child, depth) if cue is not None else (None, depth))
