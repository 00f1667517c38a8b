"""The array attribute ruler and lemmatizer leave exactly what spaCy's own components leave."""
from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from factstore.array_components import ArrayAttributeRuler, ArrayLemmatizer, use_array_components
from factstore.parse import load_model

ROOT = Path(__file__).resolve().parent.parent

# Contractions, possessives, spaces, dashes, numbers and the forms the rules single out.
OWN_TEXT = """Officials didn't say whether they'd go; she hoped they wouldn't.  The minister's aides
ain't sure, and "gonna" is what he's said twice -- 3.5 times, per cent, at 10 a.m.

Them's the rules: y'all can't, cannot and won't. Mr. O'Neill's well-known re-election bid hopes."""


def annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_project_model_runs_the_array_components_in_place_of_spacys():
    names = load_model().pipe_names
    assert "array_attribute_ruler" in names and "array_lemmatizer" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("array_attribute_ruler") < names.index("array_lemmatizer")


def test_every_token_is_annotated_as_spacys_components_annotate_it():
    texts = [path.read_text() for path in sorted((ROOT / "texts").glob("*.txt"))] + [OWN_TEXT]
    stock, fast = load_model(array_components=False), load_model()
    for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts)):
        assert annotations(ours) == annotations(theirs)
        assert (ours.to_array([TAG, POS, MORPH, LEMMA]) == theirs.to_array([TAG, POS, MORPH, LEMMA])).all()


def ruled_doc(nlp, patterns) -> tuple:
    ruler = nlp.add_pipe("attribute_ruler", name=f"ruler{len(nlp.pipe_names)}")
    for rule in patterns:
        ruler.add(**rule)
    words = ["I", "ca", "n't", " ", "sing", "the", "songs", "n't", "Sang", "."]
    tags = ["PRP", "MD", "RB", "_SP", "VB", "DT", "NNS", "RB", "VBD", "."]
    deps = ["nsubj", "aux", "neg", "dep", "ROOT", "det", "dobj", "neg", "conj", "punct"]
    heads = [4, 4, 4, 4, 4, 6, 4, 8, 4, 4]
    make = lambda: Doc(nlp.vocab, words=words, spaces=[True] * len(words), tags=tags, deps=deps, heads=heads)
    return ruler, make


def test_hand_made_patterns_match_where_spacys_matcher_matches():
    nlp = spacy.blank("en")
    patterns = [
        {"patterns": [[{"TAG": "MD"}]], "attrs": {"POS": "AUX"}},
        {"patterns": [[{"LOWER": {"IN": ["n't", "not"]}}]], "attrs": {"LEMMA": "not", "POS": "PART"}},
        {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}, "DEP": {"NOT_IN": ["ROOT"]}}]],
         "attrs": {"MORPH": "Polarity=Neg"}},
        {"patterns": [[{"LOWER": {"IN": []}}]], "attrs": {"POS": "X"}},  # matches nothing
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"LOWER": "ca"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "can"}, "index": 0},
        {"patterns": [[{"TAG": "DT"}, {"TAG": {"IN": ["NNS", "NN"]}}], [{"TAG": "DT"}, {"LOWER": "songs"}]],
         "attrs": {"MORPH": "Number=Plur"}, "index": -1},
        {"patterns": [[{"TAG": {"NOT_IN": ["VB", "VBD"]}, "LOWER": {"REGEX": "s$"}}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "MD"}]], "attrs": {"POS": "VERB"}},  # later rules win
    ]
    ruler, make = ruled_doc(nlp, patterns)
    doc = make()
    fast = ArrayAttributeRuler(ruler)
    assert fast.matches(doc) == ruler.match(doc)
    assert len(fast.matches(doc)) == 10  # the two patterns of one rule match "the songs" once
    ours, theirs = fast(make()), ruler(make())
    assert annotations(ours) == annotations(theirs)
    assert ours[1].pos_ == "VERB" and ours[1].lemma_ == "can" and str(ours[6].morph) == "Number=Plur"


@pytest.mark.parametrize("pattern", [[{"TAG": "NN", "OP": "?"}], [{"LENGTH": 3}], [{"LOWER": {"FUZZY": "sang"}}]])
def test_a_ruler_with_patterns_arrays_cannot_test_keeps_spacys(pattern):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"POS": "NOUN"})
    use_array_components(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_a_word_lemmatized_by_its_morphology_and_a_lemma_already_set_kept():
    nlp = load_model(array_components=False)
    stock = nlp.get_pipe("lemmatizer")

    def make():
        doc = Doc(nlp.vocab, words=["blocs", "blocs", "her", "votes", "votes"],
                  pos=["NOUN", "NOUN", "PRON", "VERB", "NOUN"],
                  morphs=["Number=Sing", "Number=Plur", "Case=Acc", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                          "Number=Plur"])
        doc[2].lemma_ = "she"  # as the attribute ruler sets it
        return doc

    ours = ArrayLemmatizer(stock)(make())
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in stock(make())] == ["blocs", "bloc", "she", "vote", "vote"]
