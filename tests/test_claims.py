"""Claims: quotation marks, then every form of attribution on texts written for the tests."""
import pytest

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conftest import claims_of, query
from factstore.claims import source_range, verb_claim
from factstore.quotes import quote_spans


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and "no".', ['"yes"', '"no"']),
    ("She said “it is done” today.", ["“it is done”"]),
    ("Mixed “curly and straight\" marks.", ["“curly and straight\""]),
    ("''Double apostrophes,'' he said.", ["''Double apostrophes,''"]),
    ("An unclosed “quotation runs to the paragraph end\nbut not beyond “this”.",
     ["“quotation runs to the paragraph end", "“this”"]),
    ("A stray ” closing mark is ignored, “this is not”.", ["“this is not”"]),
    ("No quotations at all.", []),
])
def test_quote_spans(text, expected):
    assert [text[a:b] for a, b in quote_spans(text)] == expected


FORMS = [
    # reported speech without quotation marks
    ("Samuel Okafor", "Union leader Samuel Okafor", "said", "indirect", None,
     "the strike would go on until wages rose"),
    # a quotation over several sentences
    ("Samuel Okafor", "Okafor", "told", "direct", None,
     "“We will not go back for less. Our members have waited long enough,”"),
    # a quotation interrupted by its attribution, with a pronoun for the source
    ("Samuel Okafor", "he", "said", "direct", None,
     "“The offer is an insult,” he said, “and everyone on the docks knows it.”"),
    # a quotation introduced by a colon
    ("Helen Marsh", "Port director Helen Marsh, Okafor's rival at the table", ":", "direct", None,
     "“The port cannot pay what it does not earn.”"),
    # a quotation that carries on in the next paragraph with no cue
    ("Helen Marsh", "Port director Helen Marsh, Okafor's rival at the table", None, "direct", None,
     "“We remain ready to talk at any hour.”"),
    # a denial
    ("Helen Marsh", "Marsh", "denied", "indirect", "denied", "that the port had hired replacement workers"),
    ("Daniel Osei", "The union's lawyer, Daniel Osei", "praised", "indirect", None, "the strikers"),
    # a partial quotation inside reported speech
    ("Daniel Osei", "The union's lawyer, Daniel Osei", "saying", "partial", None,
     "that their discipline was “remarkable” and that the law was on their side"),
    # "according to" a source that is not a person
    (None, "figures from the harbour office", "According to", "indirect", None,
     "shipping has fallen by a third since the strike began."),
    # a source named by the role the article gave a person
    ("Helen Marsh", "Okafor's rival", "said", "indirect", None, "that talks could resume next week"),
]


@pytest.mark.model
def test_every_form_of_attribution(claims_db):
    assert claims_of(claims_db, "forms.txt") == FORMS


@pytest.mark.model
def test_unbalanced_quotation_marks_do_not_swallow_the_article(claims_db):
    claims = [(c[0], c[3], c[5]) for c in claims_of(claims_db, "unbalanced.txt")]
    for expected in [
        ("Petra Lindqvist", "partial", "the vote was “premature and would go ahead next month."),
        ("Jonas Berg", "indirect", "the delay was a mistake"),
        ("Jonas Berg", "direct", '"We have lost a year,"'),
        ("Jonas Berg", "indirect", "that he would call for a new vote"),
    ]:
        assert expected in claims
    assert not any("\n" in content for _, _, content in claims)


@pytest.mark.model
def test_claim_spans_hold_their_text(claims_db):
    rows = query(claims_db, "select a.text, c.start_char, c.end_char, c.content, c.source_start_char, "
                            "c.source_end_char, c.source_text, c.cue_start_char, c.cue_end_char, c.cue_text "
                            "from claims c join articles a on a.id = c.article_id")
    assert len(rows) > 10
    for text, s, e, content, ss, se, source, cs, ce, cue in rows:
        assert text[s:e] == content
        assert ss is None or text[ss:se] == source
        assert cs is None or text[cs:ce] == cue


@pytest.mark.model
def test_one_remark_in_two_outlets_is_one_statement(claims_db):
    rows = query(claims_db, "select p.name, s.article_count, s.outlet_count, s.first_reported_on, "
                            "count(c.id) from statements s join claims c on c.statement_id = s.id "
                            "left join people p on p.id = s.speaker_id group by s.id having s.article_count > 1 "
                            "order by s.id")
    assert rows == [("Kaja Lind", 2, 2, "2023-05-14", 2), ("Mikko Saarinen", 2, 2, "2023-05-14", 2),
                    ("Samuel Okafor", 2, 2, None, 2)]  # the headline of headline.txt and a line of forms.txt
    # the same speaker's other remarks stay apart
    statement_of = dict(query(claims_db, "select c.content, c.statement_id from claims c"))
    river = statement_of['"The river belongs to everyone, and now the law says so," Lind said at the signing. '
                         '"We have waited 20 years for this day."']
    assert statement_of["that fishing quotas would be cut next spring"] != river
    assert statement_of["that the treaty was a turning point"] != river


@pytest.mark.model
def test_a_headline_label_and_a_one_word_answer(claims_db):
    claims = [(c[0], c[1], c[2], c[5]) for c in claims_of(claims_db, "headline.txt")]
    assert ("Samuel Okafor", "Okafor", ":", "the strike will go on until wages rise") in claims
    assert ("Helen Marsh", "port director Helen Marsh", "said", "no") in claims


@pytest.mark.model
def test_contents_take_the_shape_polnear_gives_them(claims_db):
    claims = [(c[0], c[1], c[2], c[5]) for c in claims_of(claims_db, "shapes.txt")]
    assert claims == [
        # a passive cue says something of its subject: the subject is content, the cue all between
        (None, None, "is expected", "The new quay is expected to open in June"),
        # the object belongs with its complement
        ("Helen Marsh", "Port director Helen Marsh", "called", "the union's offer a fair start"),
        # "called for": the content starts after "for"
        ("Samuel Okafor", "union leader Samuel Okafor", "called", "the transport minister to intervene"),
        # the writer's aside at the end is not the speaker's
        ("Helen Marsh", "Marsh", "said", "the port would reopen on Monday"),
        # a quotation right after a long attribution carries on the same remark
        ("Samuel Okafor", "Okafor, who has led the union since 2015 and has walked out twice before", "said",
         '"We are not going anywhere," said Okafor, who has led the union since 2015 and has walked out twice '
         'before. "This is our harbour."'),
        # but not one that a sentence of its own attributes
        ("Helen Marsh", "Marsh", "said", '"The cranes stay idle,"'),
        ("Helen Marsh", "She", "added", '"The ships will wait."'),
        # the same words read from two cues: the reading that names a source
        (None, "the harbour office", "according to", "The new cranes are expected to double the port's capacity"),
        # a name after a preposition in the source is not the speaker
        (None, "A spokesman for Okafor", "said", "the union would meet again on Friday"),
        # a raising verb's subject is what is spoken of, not who speaks
        (None, None, "seemed", "The delay seemed to anger the crews"),
        # a source set off by commas mid-sentence: the words on both sides are the content
        (None, "the harbour office", "according to",
         "The crews, according to the harbour office, will return on Monday."),
        ("Helen Marsh", "Marsh", "said", "The talks are going well, Marsh said, because both sides want a deal."),
        # a clause at the end that quotes someone else is that speaker's
        ("Helen Marsh", "Marsh", "said", "the crews were tired"),
        (None, "a port spokeswoman", "said", "the night shift would stay"),
        # whom it is told to is not part of what is said
        ("Helen Marsh", "Marsh", "told", "to wait for the ruling"),
        # the model ends a sentence at a quotation's "?": the attribution after it still takes it
        ("Samuel Okafor", "Okafor", "said", '"Why would we leave?"'),
    ]


def test_a_source_never_takes_in_its_cue():
    # the model's parse of "Trump called Cruz a failed candidate.": the cue hangs from the speaker
    words = ["Trump", "called", "Cruz", "a", "failed", "candidate", "."]
    doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 5, 5, 1, 0],
              deps=["ROOT", "acl", "oprd", "det", "amod", "oprd", "punct"])
    assert source_range(doc[0], cue=doc[1]) == (0, len("Trump"))
    # and the two predicates are one content
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 1],
              deps=["nsubj", "ROOT", "oprd", "det", "amod", "oprd", "punct"],
              pos=["PROPN", "VERB", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"],
              lemmas=["Trump", "call", "Cruz", "a", "fail", "candidate", "."])
    assert verb_claim(doc[1], []).content == "Cruz a failed candidate"


def test_adding_is_a_remark_of_its_own_by_the_same_speaker():
    # the model's parse of "Marsh said the decision was fair, adding that the crews would unite."
    # in some contexts: "adding" hangs from the reported clause, not from "said"
    words = ["Marsh", "said", "the", "decision", "was", "fair", ",", "adding", "that", "the", "crews", "would",
             "unite", "."]
    doc = Doc(Vocab(), words=words, spaces=[True] * 5 + [False] + [True] * 6 + [False, False],
              heads=[1, 1, 3, 4, 1, 4, 4, 4, 12, 10, 12, 12, 7, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "advcl", "mark", "det", "nsubj",
                    "aux", "ccomp", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX",
                   "VERB", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "VBD", "JJ", ",", "VBG", "IN", "DT", "NNS", "MD", "VB", "."],
              lemmas=["Marsh", "say", "the", "decision", "be", "fair", ",", "add", "that", "the", "crew", "will",
                      "unite", "."])
    said, adding = verb_claim(doc[1], []), verb_claim(doc[7], [])
    assert said.content == "the decision was fair"
    assert (adding.content, doc.text[adding.source_start:adding.source_end]) == ("that the crews would unite", "Marsh")


def test_a_content_on_both_sides_of_its_attribution_is_one():
    # the model's parse of "He is leaning toward Kasich, he said, because he prizes electability."
    words = ["He", "is", "leaning", "toward", "Kasich", ",", "he", "said", ",", "because", "he", "prizes",
             "electability", "."]
    spaces = [True] * 4 + [False, True, True, False] + [True] * 4 + [False, False]
    doc = Doc(English().vocab, words=words, spaces=spaces,
              heads=[2, 2, 7, 2, 3, 7, 7, 7, 7, 11, 11, 7, 11, 7],
              deps=["nsubj", "aux", "ccomp", "prep", "pobj", "punct", "nsubj", "ROOT", "punct", "mark", "nsubj",
                    "advcl", "dobj", "punct"],
              pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "SCONJ", "PRON", "VERB",
                   "NOUN", "PUNCT"],
              tags=["PRP", "VBZ", "VBG", "IN", "NNP", ",", "PRP", "VBD", ",", "IN", "PRP", "VBZ", "NN", "."],
              lemmas=["he", "be", "lean", "toward", "Kasich", ",", "he", "say", ",", "because", "he", "prize",
                      "electability", "."])
    claim = verb_claim(doc[7], [])
    assert claim.content == "He is leaning toward Kasich, he said, because he prizes electability"
    assert doc.text[claim.source_start:claim.source_end] == "he"
