"""People extraction: rules on hand-built Docs, then the model on written texts."""
import pytest
from spacy.tokens import Doc
import spacy

from conftest import query
from factstore import pipeline
from factstore.people import extract_descriptions, extract_people, is_speech_source

VOCAB = spacy.blank("en").vocab  # English lexical attributes, no model


def make_doc(words, heads, deps, pos, ents, tags=None):
    """A parsed Doc without a model: heads are absolute token indexes."""
    lemmas = [{"stated": "state", "met": "meet", "spoke": "speak", "voted": "vote", "said": "say"}.get(w, w.lower())
              for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags,
               ents=ents, spaces=[True] * len(words))


def test_office_titles_become_roles_and_courtesy_titles_stay_in_the_name():
    #          0          1          2        3       4       5     6    7
    words = ["Iranian", "President", "Ebrahim", "Raisi", "met", "Mr.", "Lee", "."]
    heads = [1, 3, 3, 4, 4, 6, 4, 4]
    deps = ["amod", "compound", "compound", "nsubj", "ROOT", "compound", "dobj", "punct"]
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"]
    found = extract_people(make_doc(words, heads, deps, pos, ents))
    assert [(c.surface, c.name, c.titled) for c in found] == [("Ebrahim Raisi", "Ebrahim Raisi", True),
                                                              ("Mr. Lee", "Lee", True)]
    assert [r.text for r in found[0].roles] == ["Iranian President"]


def test_a_house_named_for_its_tenant_is_not_a_person():
    # "the Obama White House", which the model may tag as a person's name
    words = ["The", "Obama", "White", "House", "refused", "."]
    heads = [3, 3, 3, 4, 4, 4]
    deps = ["det", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert extract_people(make_doc(words, heads, deps, pos, ents)) == []


@pytest.mark.parametrize("words, kept", [
    (["Indiana", "GOP"], []),  # a party's name the model may tag as a person's
    (["Junge", "SVP"], []),
    (["Brent", "Bozell", "III"], ["Brent Bozell III"]),  # a suffix, not an acronym
])
def test_a_name_ending_in_an_acronym_is_a_party_s(words, kept):
    n = len(words)
    tokens = words + ["said", "."]
    heads = [n - 1] * (n - 1) + [n, n, n]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "punct"]
    pos = ["PROPN"] * n + ["VERB", "PUNCT"]
    ents = ["B-PERSON"] + ["I-PERSON"] * (n - 1) + ["O", "O"]
    assert [c.name for c in extract_people(make_doc(tokens, heads, deps, pos, ents))] == kept


def test_the_front_of_a_body_s_name_is_not_a_person():
    # "the Stop Hillary PAC", the model tagging "Stop Hillary" as a person's name
    words = ["The", "Stop", "Hillary", "PAC", "ran", "ads", "."]
    heads = [3, 2, 3, 4, 4, 4, 4]
    deps = ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert extract_people(make_doc(words, heads, deps, pos, ents)) == []


@pytest.mark.parametrize("noun, kept", [("PAC", []), ("staffer", ["Stop Hillary"])])
def test_a_name_given_to_a_thing_is_not_a_person_s(noun, kept):
    # "one PAC called Stop Hillary", the model tagging the PAC's name as a person's; beside a noun for a
    # person the same words would be a name
    words = ["one", noun, "called", "Stop", "Hillary", "attacked", "."]
    heads = [1, 5, 1, 4, 2, 5, 5]
    deps = ["nummod", "nsubj", "acl", "compound", "oprd", "ROOT", "punct"]
    pos = ["NUM", "PROPN" if noun == "PAC" else "NOUN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-ORG" if noun == "PAC" else "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = make_doc(words, heads, deps, pos, ents)
    doc[2].lemma_ = "call"
    assert [c.name for c in extract_people(doc)] == kept


def test_a_place_name_glued_to_a_person_is_trimmed():
    words = ["Ukraine", "is", "at", "war", ".", "Ukraine", "Khamenei", "stated", "views", "."]
    heads = [1, 1, 1, 2, 1, 6, 7, 7, 7, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "AUX", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    ents = ["B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    found = extract_people(make_doc(words, heads, deps, pos, ents))
    assert [(c.surface, c.speaks) for c in found] == [("Khamenei", True)]


@pytest.mark.parametrize("word, pos", [("Writing", "VERB"), ("Developed", "VERB")])
def test_capitalised_common_words_are_not_people(word, pos):
    words = [word, "by", "Someone"]
    doc = make_doc(words, [0, 0, 1], ["ROOT", "prep", "pobj"], [pos, "ADP", "NOUN"], ["B-PERSON", "O", "O"])
    assert extract_people(doc) == []


def test_a_name_before_radio_or_newspaper_is_an_outlet_not_a_person():
    words = ["Moreau", "told", "France", "Info", "radio", "."]
    heads = [1, 1, 3, 4, 1, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PROPN", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert [c.name for c in extract_people(make_doc(words, heads, deps, pos, ents))] == ["Moreau"]


def test_a_centre_named_after_a_person_is_not_a_person():
    words = ["The", "Ada", "Nwosu", "Presidential", "Center", "runs", "classes", "."]
    heads = [4, 2, 4, 4, 5, 5, 5, 5]
    deps = ["det", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"]
    assert extract_people(make_doc(words, heads, deps, pos, ents)) == []


def test_a_person_a_body_is_named_after_keeps_the_given_name():
    # "Tamir Okafor was killed. The Tamir Okafor Foundation said ...": the foundation's words stay his
    words = ["Tamir", "Okafor", "was", "killed", ".", "The", "Tamir", "Okafor", "Foundation", "said", "so", "."]
    heads = [1, 3, 3, 3, 3, 8, 8, 8, 9, 9, 9, 9]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "punct", "det", "compound", "compound", "nsubj", "ROOT",
            "advmod", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert [c.surface for c in extract_people(make_doc(words, heads, deps, pos, ents))] == ["Tamir Okafor"]


def test_appositive_roles():
    words = ["Yuri", "Ushakov", ",", "the", "foreign", "policy", "adviser", ",", "spoke", "."]
    heads = [1, 8, 1, 6, 6, 6, 1, 1, 8, 8]
    deps = ["compound", "nsubj", "punct", "det", "amod", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 8
    (found,) = extract_people(make_doc(words, heads, deps, pos, ents))
    assert [r.text for r in found.roles] == ["foreign policy adviser"]


@pytest.mark.model
def test_written_articles_people_and_merges(written_db):
    people = dict(query(written_db, "select p.name, group_concat(a.alias, '|') from people p "
                                    "join person_aliases a on a.person_id = p.id group by p.id"))
    assert set(people) >= {"Anna Keller", "Louis Marchand", "Samuel Okafor", "Helen Marsh", "Ingrid Halvorsen",
                           "Marcos Oliveira", "Julia Ferraro", "Reza Hosseini", "Mahdavi",
                           "Hillary Clinton", "Bill Clinton"}
    assert set(people["Marcos Oliveira"].split("|")) >= {"Marcos Oliveira", "Markos Oliveira", "Mr. Oliveira"}
    for not_a_person in ("Montevideo", "Visa", "Mastercard", "Jane Whitfield", "Tom Baker", "Mark Stone"):
        assert not_a_person not in people


@pytest.mark.model
def test_written_articles_title_mentions(written_db):
    rows = query(written_db, "select m.text, p.name from person_mentions m join people p on p.id = m.person_id "
                             "where m.kind = 'title'")
    assert ("German finance minister", "Anna Keller") in rows


@pytest.mark.parametrize("entity, found", [("O", ["rosy-sounding", "justice"]), ("B-ORG", [])])
def test_a_person_noun_that_is_a_word_of_another_name_is_no_description(entity, found):
    # "voted against the rosy-sounding Justice [for Victims Act]": "Justice" begins a law's name
    doc = make_doc(["Scott", "voted", "against", "the", "rosy-sounding", "Justice", "."], [1, 1, 1, 5, 5, 2, 1],
                   ["nsubj", "ROOT", "prep", "det", "amod", "pobj", "punct"],
                   ["PROPN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                   ["B-PERSON", "O", "O", "O", "O", entity, "O"], tags=["NNP", "VBD", "IN", "DT", "JJ", "NN", "."])
    assert [d.words for d in extract_descriptions(doc)] == ([found] if found else [])


def mislabelled(words, heads, deps, pos, ents, tags=None) -> list[str]:
    return [c.name for c in extract_people(make_doc(words, heads, deps, pos, ents, tags))]


def test_a_name_tagged_as_a_firm_is_a_person_beside_a_noun_for_a_person():
    #         0        1          2         3        4       5    6     7       8          9         10
    words = ["The", "station", "hired", "Marcy", "Quell", ",", "a", "reporter", "from", "Ohio", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 4, 7, 8, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "dobj", "punct", "det", "appos", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Marcy Quell"]
    words[7] = "moderator"  # of a debate
    assert mislabelled(words, heads, deps, pos, ents) == ["Marcy Quell"]
    # the same words with no noun for a person beside them: a firm, as the model said
    words[7] = "unit"
    assert mislabelled(words, heads, deps, pos, ents) == []


def test_a_name_of_an_unlisted_given_name_tagged_as_a_firm_is_a_person_by_its_shape_and_a_noun_beside_it():
    # "Tolan R. Vasko II, a writer for the Ledger, said": a middle initial or a suffix, and a noun for a person
    #         0        1     2        3     4    5    6         7      8      9         10      11
    words = ["Tolan", "R.", "Vasko", "II", ",", "a", "writer", "for", "the", "Ledger", ",", "said"]
    heads = [2, 2, 11, 2, 2, 6, 2, 6, 9, 7, 2, 11]
    deps = ["compound", "compound", "nsubj", "npadvmod", "punct", "det", "appos", "prep", "det", "pobj", "punct",
            "ROOT"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "VERB"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Tolan R. Vasko II"]
    words[1], words[3] = "River", "Co"  # "Tolan River Vasko Co": no initial, no suffix; a firm
    assert mislabelled(words, heads, deps, pos, ents) == []
    words[1], words[3], words[6] = "R.", "II", "unit"  # no noun for a person beside it
    assert mislabelled(words, heads, deps, pos, ents) == []


def test_a_name_tagged_as_a_place_is_a_person_when_the_article_writes_its_surname_as_a_person_s():
    #         0         1        2        3        4     5     6        7       8
    words = ["Martin", "Brandt", "won", "again", ".", "Mr.", "Brandt", "left", "."]
    heads = [1, 2, 2, 2, 2, 6, 7, 7, 7]
    deps = ["compound", "nsubj", "ROOT", "advmod", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-GPE", "I-GPE", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Martin Brandt", "Brandt"]
    words[5:7] = ["the", "Brandt"]  # "the Brandt": no courtesy title, no person's surname
    ents[6] = "O"
    assert mislabelled(words, heads, deps, pos, ents) == []


def test_a_name_tagged_as_a_place_after_a_noun_for_a_person_and_named_is_a_person():
    #         0    1          2        3        4         5       6      7
    words = ["a", "former", "staffer", "named", "Marcy", "Quell", "sued", "."]
    heads = [2, 2, 6, 2, 5, 3, 6, 6]
    deps = ["det", "amod", "nsubj", "acl", "compound", "oprd", "ROOT", "punct"]
    pos = ["DET", "ADJ", "NOUN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-FAC", "I-FAC", "O", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Marcy Quell"]
    words[2] = "ship"  # "a former ship named Marcy Quell": no person
    assert mislabelled(words, heads, deps, pos, ents) == []


@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_lone_surname_tagged_as_a_place_is_the_person_the_article_names_in_full(label):
    #         0        1        2      3     4        5         6        7
    words = ["Marcy", "Quell", "sued", ".", "Quell", "claims", "bias", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", f"B-{label}", "O", "O", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Marcy Quell", "Quell"]
    # a word in front of a noun ("the Quell campaign") stays the model's
    words[5:7], pos[5:7] = ["campaign", "ended"], ["NOUN", "VERB"]
    heads, deps = [1, 2, 2, 2, 5, 6, 6, 6], ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    assert mislabelled(words, heads, deps, pos, ents) == ["Marcy Quell"]


def test_a_lone_word_tagged_as_a_place_the_gazetteer_knows_stays_a_place():
    # "George Washington ... Washington said": the city, as the model read it
    words = ["George", "Washington", "spoke", ".", "Washington", "said", "no", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O"]
    assert mislabelled(words, heads, deps, pos, ents) == ["George Washington"]


@pytest.mark.parametrize("case", ["speaks", "plural", "firm word", "no given name"])
def test_a_name_tagged_otherwise_stays_no_person_without_a_person_s_use(case):
    # "America Rising said": organisations speak too
    words = ["Lena", "Voss", "said", "it", ",", "a", "reporter", "said", "."]
    heads = [1, 2, 2, 2, 2, 6, 7, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"]
    tags = None
    if case != "speaks":
        # a noun for a person right before it, which makes "the reporter Lena Voss" a person ...
        words[0:0], heads, deps[0:0], pos[0:0], ents[0:0] = ["the", "reporter"], [1, 3, 3, 4, 4, 4, 4, 8, 9, 4, 4], \
            ["det", "compound"], ["DET", "NOUN"], ["O", "O"]
        assert mislabelled(words, heads, deps, pos, ents) == ["Lena Voss"]
        # ... but not as a plural, with a firm's word, or with no given name first
        if case == "plural":
            words[3], tags = "Vosses", ["DT", "NN", "NNP", "NNPS", "VBD", "PRP", ",", "DT", "NN", "VBD", "."]
        elif case == "firm word":
            words[3] = "Capital"
        else:
            words[2] = "Lorq"
    else:
        assert is_speech_source(make_doc(words, heads, deps, pos, ents)[0:2])
    assert mislabelled(words, heads, deps, pos, ents, tags) == []


@pytest.mark.parametrize("opening", ["“", "the"])
def test_a_name_in_quotation_marks_is_a_title_not_a_person(opening):
    #         0      1        2         3       4       5      6       7    8       9       10    11
    words = ["the", "drama", opening, "Lena", "Voss", "”", "aired", ".", "Voss", "wrote", "it", "."]
    heads = [1, 6, 4, 4, 1, 4, 6, 6, 9, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"]
    ents = ["O", "O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              spaces=[word != "“" for word in words])
    expected = ["Voss"] if opening == "“" else ["Lena Voss", "Voss"]  # the surname is a person's in both
    assert [c.name for c in extract_people(doc)] == expected


@pytest.mark.parametrize("after, name, surface", [
    (["Sr", "."], "Harry Byrd Sr.", "Harry Byrd, Sr."),  # the tokenizer split off the suffix's full stop
    (["III", "spoke"], "Harry Byrd III", "Harry Byrd, III"),
    (["Smith", "spoke"], "Harry Byrd", "Harry Byrd"),  # a list of names, no suffix
])
def test_a_suffix_after_a_comma_is_part_of_the_name(after, name, surface):
    words = ["Harry", "Byrd", ","] + after
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 1], deps=["compound", "ROOT", "punct", "appos", "punct"],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"], ents=["B-PERSON", "I-PERSON", "O", "O", "O"],
              spaces=[True, False, True, after[1] != ".", False])
    assert [(c.name, c.surface) for c in extract_people(doc)] == [(name, surface)]


def test_a_given_name_and_the_name_after_a_quoted_nickname_are_one_name():
    # the model reads 'Thomas "Tommy" Marrick Jr.' as "Thomas" and 'Tommy" Marrick Jr.'
    words = ["Thomas", '"', "Tommy", '"', "Marrick", "Jr.", "spoke", "."]
    heads = [4, 4, 4, 4, 6, 4, 6, 6]
    deps = ["compound", "punct", "compound", "punct", "nsubj", "appos", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    found = extract_people(make_doc(words, heads, deps, pos, ents))
    assert [(c.surface, c.name) for c in found] == [('Thomas " Tommy " Marrick Jr.', "Thomas Marrick Jr.")]


def test_a_titled_name_the_model_tagged_as_nothing_is_a_person():
    #         0        1      2       3     4            5      6
    words = ["Mayor", "Ana", "Ruiz", "of", "Riverton", "spoke", "."]
    pos = ["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]
    untagged = ["O", "O", "O", "O", "B-GPE", "O", "O"]
    doc = make_doc(words, [2, 2, 5, 2, 3, 5, 5], ["compound", "compound", "nsubj", "prep", "pobj", "ROOT", "punct"],
                   pos, untagged)
    assert [(c.name, c.titled) for c in extract_people(doc)] == [("Ana Ruiz", True)]
    # no title, or no given name the list knows: no person
    assert extract_people(make_doc(["The", "Ana", "Ruiz", "spoke", "."], [2, 2, 3, 3, 3],
                                   ["det", "compound", "nsubj", "ROOT", "punct"],
                                   ["DET", "PROPN", "PROPN", "VERB", "PUNCT"], ["O"] * 5)) == []
    assert extract_people(make_doc(["Mayor", "Riverton", "Bridge", "spoke", "."], [2, 2, 3, 3, 3],
                                   ["compound", "compound", "nsubj", "ROOT", "punct"],
                                   ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ["O"] * 5)) == []


def lone_given(words, pos, ents):
    heads = list(range(len(words)))
    doc = make_doc(words, heads, ["dep"] * len(words), pos, ents)
    return [(p.surface, p.start) for p in extract_people(doc) if p.surface in ("Celeste", "Charlotte", "Marta")]


def test_a_given_name_alone_that_the_model_missed_is_the_person_the_article_names_in_full():
    #         0          1         2       3       4       5      6          7        8
    words = ["Celeste", "Okafor", "runs", "a", "bakery", ".", "Celeste", "said", "."]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    untagged = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    assert lone_given(words, pos, untagged) == [("Celeste", 31)]
    as_firm = untagged[:6] + ["B-ORG", "O", "O"]
    assert lone_given(words, pos, as_firm) == [("Celeste", 31)]
    # a given name no one in the article bears in full, or one the article also writes as a place
    assert lone_given(words[:6] + ["Marta", "said", "."], pos, untagged) == []
    places = ["Charlotte", "Okafor", "moved", "to", "Charlotte", ".", "Charlotte", "said", "."]
    as_place = ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O"]
    assert lone_given(places, ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                      as_place) == []
    # beside another name it is part of that one: "Celeste Marrick" with only "Marrick" tagged
    beside = words[:6] + ["Celeste", "Marrick", "said"]
    assert lone_given(beside, pos[:7] + ["PROPN", "VERB"], untagged[:7] + ["B-PERSON", "O"]) == []
    # ... though the model reads the name after it as no proper noun, or tags neither
    assert lone_given(beside, pos[:7] + ["NOUN", "VERB"], untagged[:7] + ["B-PERSON", "O"]) == []
    assert lone_given(beside, pos[:7] + ["PROPN", "VERB"], untagged) == []


def seeded_article(folder, text: str):
    """A database seeded with one article of `text`."""
    article = folder / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = folder / "facts.db"
    pipeline.seed([article], f"sqlite:///{db}", processes=1)
    return db


@pytest.mark.parametrize("text, word, person, said", [
    ("Harbor council backs Okafor budget\n\nCouncil member Ruth Okafor won a vote on the harbor budget on Monday. "
     "Her daughter, Celeste Okafor, 29, runs the family bakery on Dock Street.\n\n\"We bake for the whole street,\" "
     "Celeste said. Asked about the vote, Celeste said the bakery would stay open.\n",
     "Celeste", "Celeste Okafor", "bakery would stay open"),
    # "Lula" of "Luiz Inacio Lula da Silva": the model tags the full name and leaves the middle name alone
    # (in the headline too)
    ("Lula in Beijing\n\nBEIJING - Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Tuesday. "
     "\"We want peace,\" Lula told reporters. He promised to deepen trade ties.\n",
     "Lula", "Luiz Inacio Lula da Silva", "peace"),
])
def test_a_lone_given_or_middle_name_goes_to_the_person_named_in_full(tmp_path, text, word, person, said):
    db = seeded_article(tmp_path, text)
    assert query(db, "select m.text, p.name from person_mentions m join people p on p.id = m.person_id "
                     "where m.text = ?", word) == [(word, person)] * 2
    assert query(db, "select p.name from claims c join people p on p.id = c.speaker_id "
                     "where instr(c.content, ?) > 0", said) == [(person,)]


def test_a_single_name_a_which_clause_describes_is_no_person(tmp_path):
    # the model tags "Moderna" a person; people take "who", firms and things "which"
    db = seeded_article(tmp_path, "Doses ship soon\n\nPfizer and Moderna, which make the shots, said they expected "
                        "to ship doses next week. Dr. Helen Talbot, who chairs the panel, said the evidence was "
                        "clear.\n")
    assert query(db, "select name from people order by name") == [("Helen Talbot",)]


def test_a_surname_the_article_never_gives_in_full_is_one_person_each_time_it_says_so(tmp_path):
    # "President Okonjo" and, later, "Okonjo praised ..." in a story that never writes her given name
    db = seeded_article(tmp_path, "Okonjo hails new chapter\n\nPresident Okonjo held talks with the delegation in "
                        "Abuja on Thursday.\n\nSpeaking to reporters after the meeting, Okonjo praised what she "
                        "called a new chapter in relations.\n")
    assert query(db, "select count(distinct person_id) from person_mentions where text = 'Okonjo'") == [(1,)]
