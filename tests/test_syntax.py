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


def test_the_object_of_a_light_verb_borrows_its_subject_and_another_object_does_not():
    # "He made the suggestion", "He raised the question", "He voiced the concern" / "He criticized the suggestion"
    for verb, lemma, noun, speaker in (("made", "make", "suggestion", "He"), ("raised", "raise", "question", "He"),
                                       ("voiced", "voice", "concern", "He"),
                                       ("criticized", "criticize", "suggestion", None)):
        doc = Doc(Vocab(), words=["He", verb, "the", noun], heads=[1, 1, 3, 1],
                  deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
                  lemmas=["he", lemma, "the", noun])
        subject = subject_of(doc[3])
        assert (subject.text if subject is not None else None) == speaker


def test_the_object_of_a_light_verb_that_says_whose_it_is_does_not_borrow_the_subject():
    # "The remarks raised accusations from Democrats": the accusations are the Democrats'
    doc = Doc(Vocab(), words=["The", "remarks", "raised", "accusations", "from", "Democrats"],
              heads=[1, 2, 2, 2, 3, 4], deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
              pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN"],
              lemmas=["the", "remark", "raise", "accusation", "from", "Democrats"])
    assert subject_of(doc[3]) is None


def test_a_participle_hung_from_a_noun_that_can_say_is_that_nouns():
    # "The mayor met with residents saying the water failed" / "bridges saying": no one says it
    for noun, lemma, speaker in (("residents", "resident", "residents"), ("bridges", "bridge", None)):
        doc = Doc(Vocab(), words=["The", "mayor", "met", "with", noun, "saying", "it", "failed"],
                  heads=[1, 2, 2, 2, 3, 4, 7, 5], deps=["det", "nsubj", "ROOT", "prep", "pobj", "acl", "nsubj", "ccomp"],
                  tags=["DT", "NN", "VBD", "IN", "NNS", "VBG", "PRP", "VBD"],
                  pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "VERB", "PRON", "VERB"],
                  lemmas=["the", "mayor", "meet", "with", lemma, "say", "it", "fail"])
        subject = subject_of(doc[5])
        assert (subject.text if subject is not None else None) == speaker
    # after an object, the parse may have hung the subject's words there: "Sanders emailed supporters saying"
    doc = Doc(Vocab(), words=["Sanders", "emailed", "supporters", "saying", "it", "continues"],
              heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "dobj", "acl", "nsubj", "ccomp"],
              tags=["NNP", "VBD", "NNS", "VBG", "PRP", "VBZ"], pos=["PROPN", "VERB", "NOUN", "VERB", "PRON", "VERB"],
              lemmas=["Sanders", "email", "supporter", "say", "it", "continue"])
    subject = subject_of(doc[3])
    assert subject is None or subject.text != "supporters"


def test_a_gerund_after_by_after_or_in_is_done_by_the_subject_of_the_clause():
    # "Trump rallied thousands by promising tariffs"
    words = ["Trump", "rallied", "thousands", "by", "promising", "tariffs"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4], deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"])
    assert subject_of(doc[4]).text == "Trump"


def test_a_gerund_after_of_or_for_is_not_the_subjects_doing():
    # "Trump accused Clinton of lying", "Ryan praised her for speaking": the object's
    for words in (["Trump", "accused", "Clinton", "of", "lying"], ["Ryan", "praised", "her", "for", "speaking"]):
        doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pcomp"])
        assert subject_of(doc[4]) is None


def test_instead_of_lends_the_subject_of_the_clause():
    # "Instead of calling himself conservative, Trump said ..."
    words = ["Instead", "of", "calling", "himself", "conservative", ",", "Trump", "said"]
    doc = Doc(Vocab(), words=words, heads=[7, 7, 1, 2, 2, 7, 7, 7],
              deps=["advmod", "prep", "pcomp", "dobj", "oprd", "punct", "nsubj", "ROOT"])
    assert subject_of(doc[2]).text == "Trump"


def test_a_gerund_after_in_addition_to_is_done_by_the_subject_of_the_clause():
    # "In addition to warning ..., Ortega said": "warning" hangs from "to", from "addition", from "In"
    words = ["In", "addition", "to", "warning", ",", "Ortega", "said"]
    doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 2, 6, 6, 6],
              deps=["prep", "pobj", "prep", "pcomp", "punct", "nsubj", "ROOT"])
    assert subject_of(doc[3]).text == "Ortega"
    doc = Doc(Vocab(), words=["In", "reply", "to", "warning", ",", "Ortega", "said"], heads=[6, 0, 1, 2, 6, 6, 6],
              deps=["prep", "pobj", "prep", "pcomp", "punct", "nsubj", "ROOT"])
    assert subject_of(doc[3]) is None  # "in reply to": not a preposition of one's own doing


def test_a_finite_verb_joined_to_an_infinitive_shares_the_subject_of_the_finite_verb_above():
    # "Romney ran on his plan to cut taxes and accused Obama": the parse joins "accused" to "cut"
    words = ["Romney", "ran", "on", "his", "plan", "to", "cut", "taxes", "and", "accused", "Obama"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 6, 4, 6, 6, 6, 9],
              deps=["nsubj", "ROOT", "prep", "poss", "pobj", "aux", "acl", "dobj", "cc", "conj", "dobj"],
              tags=["NNP", "VBD", "IN", "PRP$", "NN", "TO", "VB", "NNS", "CC", "VBD", "NNP"])
    assert subject_of(doc[9]).text == "Romney"


def controller(words, heads, deps, tags, lemmas, ents):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, ents=ents)
    subject = subject_of(doc[words.index("to") + 1])
    return subject.text if subject is not None else None


def test_an_infinitive_after_an_object_that_can_act_is_the_object_s_doing():
    # "Obama asked Comey to resign", "Reid called on the bureau to act"
    assert controller(["Obama", "asked", "Comey", "to", "resign"], [1, 1, 1, 4, 1],
                      ["nsubj", "ROOT", "dobj", "aux", "xcomp"], ["NNP", "VBD", "NNP", "TO", "VB"],
                      ["Obama", "ask", "Comey", "to", "resign"], ["B-PERSON", "O", "B-PERSON", "O", "O"]) == "Comey"
    assert controller(["Reid", "called", "on", "the", "bureau", "to", "act"], [1, 1, 1, 4, 2, 6, 1],
                      ["nsubj", "ROOT", "prep", "det", "pobj", "aux", "xcomp"],
                      ["NNP", "VBD", "IN", "DT", "NN", "TO", "VB"],
                      ["Reid", "call", "on", "the", "bureau", "to", "act"],
                      ["B-PERSON", "O", "O", "O", "O", "O", "O"]) == "bureau"


def test_an_infinitive_after_an_object_that_cannot_act_or_after_another_verb_is_the_subject_s_doing():
    # "Trump used his speech to attack Clinton", "Trump promised voters to cut taxes" (a purpose)
    assert controller(["Trump", "used", "his", "speech", "to", "attack", "Clinton"], [1, 1, 3, 1, 5, 1, 5],
                      ["nsubj", "ROOT", "poss", "dobj", "aux", "advcl", "dobj"],
                      ["NNP", "VBD", "PRP$", "NN", "TO", "VB", "NNP"],
                      ["Trump", "use", "his", "speech", "to", "attack", "Clinton"],
                      ["B-PERSON", "O", "O", "O", "O", "O", "B-PERSON"]) == "Trump"
    assert controller(["Trump", "promised", "voters", "to", "cut", "taxes"], [1, 1, 1, 4, 1, 4],
                      ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"], ["NNP", "VBD", "NNS", "TO", "VB", "NNS"],
                      ["Trump", "promise", "voter", "to", "cut", "tax"],
                      ["B-PERSON", "O", "O", "O", "O", "O"]) == "Trump"


def test_the_subject_of_a_passive_does_what_its_infinitive_says():
    # "Vasquez was prompted to say ...": the passive's subject says it, while "Vasquez was criticized" is
    # what is spoken of, not who speaks
    words = ["Vasquez", "was", "prompted", "to", "say", "it"]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 4, 2, 4], deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"])
    assert subject_of(doc[4]).text == "Vasquez"
    assert subject_of(doc[2]) is None
    # "Vasquez was quoted as saying it"
    words = ["Vasquez", "was", "quoted", "as", "saying", "it"]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 3, 4], deps=["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj"])
    assert subject_of(doc[4]).text == "Vasquez"


def test_an_infinitive_after_an_adverb_borrows_the_subject_of_the_verb_it_modifies():
    # "Odom went so far as to say it", parsed with "say" hung from the adverb "far"
    words = ["Odom", "went", "so", "far", "as", "to", "say", "it"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 6, 6, 3, 6],
              deps=["nsubj", "ROOT", "advmod", "advmod", "mark", "aux", "advcl", "dobj"],
              pos=["PROPN", "VERB", "ADV", "ADV", "SCONJ", "PART", "VERB", "PRON"])
    assert subject_of(doc[6]).text == "Odom"


def test_a_surname_read_as_an_adverb_is_the_subject_when_the_article_names_a_person_so():
    # "Tom Reilly spoke . Reilly dismissed it", the model reading the second "Reilly" as an adverb
    words = ["Tom", "Reilly", "spoke", ".", "Reilly", "dismissed", "it"]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 5, 5],
              deps=["compound", "nsubj", "ROOT", "punct", "advmod", "ROOT", "dobj"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert subject_of(doc[5]).text == "Reilly"
    # "Quickly dismissed it": an adverb, no one's name
    doc = Doc(Vocab(), words=["Quickly", "dismissed", "it"], heads=[1, 1, 1], deps=["advmod", "ROOT", "dobj"])
    assert subject_of(doc[1]) is None


def test_a_sentence_read_as_a_name_with_a_clause_is_the_names_doing():
    # the parse the model gives "Donald Trump, who is running, tweeted on Friday to say he won": the name the
    # root, "tweeted" its participle, "say" hung from that
    words = ["Donald", "Trump", ",", "who", "is", "running", ",", "tweeted", "on", "Friday", "to", "say", "he", "won"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 1, 1, 7, 8, 11, 7, 13, 11],
              deps=["compound", "ROOT", "punct", "nsubj", "aux", "relcl", "punct", "acl", "prep", "pobj", "aux", "advcl",
                    "nsubj", "ccomp"],
              tags=["NNP", "NNP", ",", "WP", "VBZ", "VBG", ",", "VBN", "IN", "NNP", "TO", "VB", "PRP", "VBD"],
              ents=["B-PERSON", "I-PERSON"] + ["O"] * 12)
    assert subject_of(doc[11]).text == "Trump"
    # without the relative clause a participle is the name's description: "Hillary Clinton, asked to explain"
    described = Doc(Vocab(), words=["Hillary", "Clinton", ",", "asked", "to", "explain"], heads=[1, 1, 1, 1, 5, 3],
                    deps=["compound", "ROOT", "punct", "acl", "aux", "xcomp"],
                    tags=["NNP", "NNP", ",", "VBN", "TO", "VB"],
                    ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert subject_of(described[3]) is None


def test_a_gerund_hung_from_a_thing_in_a_phrase_is_the_clauses_doing():
    # "Clinton spent much of the run-up portraying Sanders as ...", "portraying" hung from "run-up"
    words = ["Clinton", "spent", "much", "of", "the", "race", "portraying", "Sanders"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 5, 3, 5, 6],
              deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "acl", "dobj"],
              tags=["NNP", "VBD", "JJ", "IN", "DT", "NN", "VBG", "NNP"], pos=["PROPN", "VERB", "ADJ", "ADP", "DET",
                                                                              "NOUN", "VERB", "PROPN"],
              lemmas=["Clinton", "spend", "much", "of", "the", "race", "portray", "Sanders"])
    assert subject_of(doc[6]).text == "Clinton"
    # what a report shows is the report's, not Sanders's: "Sanders pointed to a report showing ..."
    report = Doc(Vocab(), words=["Sanders", "pointed", "to", "a", "report", "showing", "losses"],
                 heads=[1, 1, 1, 4, 2, 4, 5], deps=["nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj"],
                 tags=["NNP", "VBD", "IN", "DT", "NN", "VBG", "NNS"],
                 pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "NOUN"],
                 lemmas=["Sanders", "point", "to", "a", "report", "show", "loss"])
    assert subject_of(report[5]).text == "report"


def test_a_verb_after_then_with_no_subject_follows_on_from_the_clause_before():
    # the parse the model gives "Kasich offered a job, then says he'll ...": "offered" hung from "says" as its
    # words; with another adverb the words before may be another's, whose verb has no subject here
    for adverb, speaker in (("then", "Kasich"), ("now", None)):
        words = ["Kasich", "offered", "a", "job", ",", adverb, "says", "he", "'ll", "welcome", "advice"]
        doc = Doc(Vocab(), words=words, heads=[1, 6, 3, 1, 6, 6, 6, 9, 9, 6, 9],
                  deps=["nsubj", "ccomp", "det", "dobj", "punct", "advmod", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
                  pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "VERB", "PRON", "AUX", "VERB", "NOUN"])
        subject = subject_of(doc[6])
        assert (subject.text if subject is not None else None) == speaker


def test_a_verb_after_then_hung_from_the_clause_before_takes_its_subject():
    # the parse the model gives "Clinton paused, then revealed why ...": "revealed" hung from "paused" with
    # no link; without "then" ("Clinton paused, revealed ...") the parse says nothing of whose the verb is
    for adverb, speaker in (("then", "Clinton"), ("now", None)):
        words = ["Clinton", "paused", ",", adverb, "revealed", "why", "it", "mattered"]
        doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 7, 7, 4],
                  deps=["nsubj", "ROOT", "punct", "advmod", "dep", "advmod", "nsubj", "ccomp"],
                  tags=["NNP", "VBD", ",", "RB", "VBD", "WRB", "PRP", "VBD"],
                  pos=["PROPN", "VERB", "PUNCT", "ADV", "VERB", "SCONJ", "PRON", "VERB"])
        subject = subject_of(doc[4])
        assert (subject.text if subject is not None else None) == speaker
