from spacy.tokens import Doc
from spacy.vocab import Vocab

from factstore.syntax import subject_of


def test_of_two_subjects_the_nearest_is_the_speakers():
    # the parse the model gives '“… Sen. John McCain,” Trump said': both names hang from "said"
    words = ["I", "admire", "McCain", ",", "Trump", "said"]
    doc = Doc(Vocab(), words=words, heads=[1, 5, 5, 5, 5, 5],
              deps=["nsubj", "ccomp", "nsubj", "punct", "nsubj", "ROOT"])
    assert subject_of(doc[5]).text == "Trump"


def test_a_predicate_adjective_borrows_the_subject_of_its_verb():
    # "Republicans have been critical of Clinton"
    words = ["Republicans", "have", "been", "critical", "of", "Clinton"]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 3, 4], deps=["nsubj", "aux", "ROOT", "acomp", "prep", "pobj"])
    assert subject_of(doc[3]).text == "Republicans"
