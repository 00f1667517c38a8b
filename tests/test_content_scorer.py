"""The content scorer: what it reads of a cue and a candidate, and what the trained model makes of it."""
from spacy.lang.en import English
from spacy.tokens import Doc

from factstore.claims import MIN_CONTENT_PROBABILITY, content_candidates, next_paragraph
from factstore.content_scorer import candidate_features, content_probability


def parsed(rows: str, ents: list[str] = ()) -> Doc:
    """A Doc with the parse given one token a row: word, head, dependency, POS, tag, lemma."""
    fields = [row.split() for row in rows.strip().splitlines()]
    words = [f[0] for f in fields]
    return Doc(English().vocab, words=words, spaces=[w not in ",." for w in words[1:]] + [False],
               heads=[int(f[1]) for f in fields], deps=[f[2] for f in fields], pos=[f[3] for f in fields],
               tags=[f[4] for f in fields], lemmas=[f[5] for f in fields], ents=list(ents) or None)


SAID_THAT = """
    Marsh    1 nsubj PROPN NNP Marsh
    said     1 ROOT  VERB  VBD say
    that     5 mark  SCONJ IN  that
    the      4 det   DET   DT  the
    talks    5 nsubj NOUN  NNS talk
    failed   1 ccomp VERB  VBD fail
    on       5 prep  ADP   IN  on
    Monday   6 pobj  PROPN NNP Monday
    .        1 punct PUNCT .   .
"""


def test_features_describe_the_cue_its_speaker_and_the_clause():
    doc = parsed(SAID_THAT, ents=["B-PERSON"] + ["O"] * 6 + ["B-DATE", "O"])
    candidates = list(content_candidates(doc[1]))
    assert [(c.dep, doc.text[c.start:c.end]) for c in candidates] == [("ccomp", "that the talks failed on Monday")]
    features = candidate_features(doc[1], candidates[0], in_quote=False)
    for expected in ["l|d=say|ccomp", "subject=PERSON", "first=that", "clause", "side=after", "in_quote=False"]:
        assert expected in features


def test_a_reported_clause_is_likely_content_and_a_date_is_not():
    doc = parsed(SAID_THAT, ents=["B-PERSON"] + ["O"] * 6 + ["B-DATE", "O"])
    clause = next(content_candidates(doc[1]))
    assert content_probability(doc[1], clause, in_quote=False) >= MIN_CONTENT_PROBABILITY
    # "said on Monday": the object of the preposition is a candidate, and an unlikely one
    on_monday = [c for c in content_candidates(doc[5]) if c.dep == "prep"]
    assert [doc.text[c.start:c.end] for c in on_monday] == ["Monday"]
    assert content_probability(doc[5], on_monday[0], in_quote=False) < MIN_CONTENT_PROBABILITY


def test_a_reported_clause_the_parse_hung_from_a_noun_is_a_candidate():
    # the model's parse of "Weaver says in a statement that the race is close.": "is" hangs from "statement"
    doc = parsed("""
        Weaver     1 nsubj PROPN NNP Weaver
        says       1 ROOT  VERB  VBZ say
        in         1 prep  ADP   IN  in
        a          4 det   DET   DT  a
        statement  2 pobj  NOUN  NN  statement
        that       8 mark  SCONJ IN  that
        the        7 det   DET   DT  the
        race       8 nsubj NOUN  NN  race
        is         4 acl   AUX   VBZ be
        close      8 acomp ADJ   JJ  close
        .          1 punct PUNCT .   .
    """)
    assert [(c.dep, doc.text[c.start:c.end]) for c in content_candidates(doc[1])] == [
        ("prep", "a statement that the race is close"), ("prep_acl", "that the race is close")]


def test_next_paragraph():
    text = "Marsh wrote to the crews:\n\n\"We will pay.\"\nThe end."
    colon = text.index(":") + 1
    assert next_paragraph(text, colon) == (text.index('"'), text.index("\nThe"))
    assert next_paragraph("Marsh said: we will pay.", len("Marsh said:")) is None
    assert next_paragraph("Marsh said:", len("Marsh said:")) is None
