"""Claims: quotation marks, then every form of attribution on texts written for the tests."""
from dataclasses import replace

import pytest

from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from conftest import TEXTS, claims_of, query, seed_into, seeded_db
from factstore.claims import (CUE_WORDS, extract_claims, label_source, misread_name_subject, name_after_quotation,
                              name_before_apposition,
                              one_per_cue, participle_speaker, quoted_content, source_range, trim, verb_claim,
                              without_nested)
from factstore.facts import ClaimCandidate
from factstore.parse import parse_texts
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
    # curly single marks, as headlines use them; an apostrophe closes nothing, nor opens a year
    ("Calderon calls Trump’s wall ‘stupid’, ‘useless.’", ["‘stupid’", "‘useless.’"]),
    ("“He said ‘no’ twice,” she said.", ["“He said ‘no’ twice,”"]),
    ("The ‘90s were the Clintons’ years.", []),
    # straight single marks, as British papers and plain-text copies write quotations
    ("'We will win,' she said. 'Easily.'", ["'We will win,'", "'Easily.'"]),
    ("It's the unions' offer, and the '90s are over.", []),
    ("He called it 'not worth the paper it's written on'.", ["'not worth the paper it's written on'"]),
    ("An unclosed ‘mark\nends ‘here’.", ["‘here’"]),
    ("A ‘crossed “mark’ here”.", ["“mark’ here”"]),
])
def test_quote_spans(text, expected):
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize("text, expected", [
    (", that the talks failed; ", "that the talks failed"),
    ("that it was “deeply beneficial” and", "that it was “deeply beneficial”"),
    ("bread and", "bread"),
    ("black and white", "black and white"),
    ("and", "and"),
])
def test_trim(text, expected):
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


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
    # a quotation introduced by a colon, carried on in the next paragraph with no cue: one claim
    ("Helen Marsh", "Port director Helen Marsh, Okafor's rival at the table", ":", "direct", None,
     "“The port cannot pay what it does not earn.”\n\n“We remain ready to talk at any hour.”"),
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
        # "called on": the one called on is part of it, as "asked [X to ...]" is
        ("Samuel Okafor", "Okafor", "called", "the harbour board to reopen the gates"),
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
        # a wish reported inside someone's words is part of what they said, not a claim of its own
        ("Helen Marsh", "Marsh", "said", "The talks are going well, Marsh said, because both sides want a deal."),
        # a clause at the end that quotes someone else is that speaker's
        ("Helen Marsh", "Marsh", "said", "the crews were tired"),
        (None, "a port spokeswoman", "said", "the night shift would stay"),
        # whom it is told to is not part of what is said
        ("Helen Marsh", "Marsh", "told", "to wait for the ruling"),
        # the model ends a sentence at a quotation's "?": the attribution after it still takes it
        ("Samuel Okafor", "Okafor", "said", '"Why would we leave?"'),
        # a colon that ends its paragraph introduces the next one
        ("Helen Marsh", "Marsh", "wrote", '"The port will pay for every lost shift."'),
        # a state of mind, from a predicate adjective, which takes its verb's subject
        (None, "The crews", "confident", "that the port will pay"),
        # "said in a statement that ...": what was said, not where
        ("Samuel Okafor", "Okafor", "said", "that the union would sue"),
    ]


@pytest.fixture(scope="module")
def attribution_db(tmp_path_factory):
    """The texts of tests/texts/attribution, each written for one way attributions are misread, seeded once."""
    return seeded_db(tmp_path_factory, "attribution", TEXTS / "attribution")


def parsed(rows: str) -> Doc:
    """A Doc with the parse given one token a row: word, head, dependency, POS, tag, lemma."""
    fields = [row.split() for row in rows.strip().splitlines()]
    words = [f[0] for f in fields]
    return Doc(English().vocab, words=words, spaces=[w not in ",." for w in words[1:]] + [False],
               heads=[int(f[1]) for f in fields], deps=[f[2] for f in fields], pos=[f[3] for f in fields],
               tags=[f[4] for f in fields], lemmas=[f[5] for f in fields])


def test_a_source_never_takes_in_its_cue():
    # the model's parse of "Trump called Cruz a failed candidate.": the cue hangs from the speaker
    doc = parsed("""
        Trump      0 ROOT  PROPN NNP Trump
        called     0 acl   VERB  VBD call
        Cruz       1 oprd  PROPN NNP Cruz
        a          5 det   DET   DT  a
        failed     5 amod  ADJ   JJ  fail
        candidate  1 oprd  NOUN  NN  candidate
        .          0 punct PUNCT .   .
    """)
    assert source_range(doc[0], cue=doc[1]) == (0, len("Trump"))
    # and the two predicates are one content
    doc = parsed("""
        Trump      1 nsubj PROPN NNP Trump
        called     1 ROOT  VERB  VBD call
        Cruz       1 oprd  PROPN NNP Cruz
        a          5 det   DET   DT  a
        failed     5 amod  ADJ   JJ  fail
        candidate  1 oprd  NOUN  NN  candidate
        .          1 punct PUNCT .   .
    """)
    assert verb_claim(doc[1], []).content == "Cruz a failed candidate"


def test_a_source_is_on_one_side_of_its_cue():
    # the model's parse of "Varga further alleges that he was fired, a claim that the county disputes.":
    # the last words hang from the name as its apposition
    doc = parsed("""
        Varga     2  nsubj     PROPN NNP Varga
        further   2  advmod    ADV   RB  further
        alleges   2  ROOT      VERB  VBZ allege
        that      6  mark      SCONJ IN  that
        he        6  nsubjpass PRON  PRP he
        was       6  auxpass   AUX   VBD be
        fired     2  ccomp     VERB  VBN fire
        ,         2  punct     PUNCT ,   ,
        a         9  det       DET   DT  a
        claim     0  appos     NOUN  NN  claim
        that      13 mark      SCONJ IN  that
        the       12 det       DET   DT  the
        county    13 nsubj     NOUN  NN  county
        disputes  9  acl       VERB  VBZ dispute
        .         2  punct     PUNCT .   .
    """)
    assert source_range(doc[0], cue=doc[2]) == (0, len("Varga"))


def test_adding_is_a_remark_of_its_own_by_the_same_speaker():
    # the model's parse of "Marsh said the decision was fair, adding that the crews would unite."
    # in some contexts: "adding" hangs from the reported clause, not from "said"
    doc = parsed("""
        Marsh     1  nsubj PROPN NNP Marsh
        said      1  ROOT  VERB  VBD say
        the       3  det   DET   DT  the
        decision  4  nsubj NOUN  NN  decision
        was       1  ccomp AUX   VBD be
        fair      4  acomp ADJ   JJ  fair
        ,         4  punct PUNCT ,   ,
        adding    4  advcl VERB  VBG add
        that      12 mark  SCONJ IN  that
        the       10 det   DET   DT  the
        crews     12 nsubj NOUN  NNS crew
        would     12 aux   AUX   MD  will
        unite     7  ccomp VERB  VB  unite
        .         1  punct PUNCT .   .
    """)
    said, adding = verb_claim(doc[1], []), verb_claim(doc[7], [])
    assert said.content == "the decision was fair"
    assert (adding.content, doc.text[adding.source_start:adding.source_end]) == ("that the crews would unite", "Marsh")


def test_a_participle_of_saying_hung_from_the_noun_before_its_comma_is_the_clause_subject_s():
    # the model's parse of "On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's criticism,
    # writing on Twitter that ...", names changed: "writing" hangs from "attempt"
    doc = parsed("""
        Mr.         1 compound  PROPN NNP  Mr.
        Ardmore     2 nsubj     PROPN NNP  Ardmore
        made        2 ROOT      VERB  VBD  make
        a           5 det       DET   DT   a
        third       5 amod      ADJ   JJ   third
        attempt     2 dobj      NOUN  NN   attempt
        to          7 aux       PART  TO   to
        deflect     5 acl       VERB  VB   deflect
        Ms.         9 compound  PROPN NNP  Ms.
        Quist      11 poss      PROPN NNP  Quist
        's          9 case      PART  POS  's
        criticism   7 dobj      NOUN  NN   criticism
        ,           5 punct     PUNCT ,    ,
        writing     5 acl       VERB  VBG  write
        on         13 prep      ADP   IN   on
        Twitter    14 pobj      PROPN NNP  Twitter
        that       20 mark      SCONJ IN   that
        the        19 det       DET   DT   the
        real       19 amod      ADJ   JJ   real
        issue      20 nsubj     NOUN  NN   issue
        was        13 ccomp     AUX   VBD  be
        rail       20 attr      NOUN  NN   rail
        .           2 punct     PUNCT .    .
    """)
    writing = verb_claim(doc[13], [])
    assert (writing.content, doc.text[writing.source_start:writing.source_end]) == \
        ("that the real issue was rail", "Mr. Ardmore")


def test_a_content_on_both_sides_of_its_attribution_is_one():
    # the model's parse of "He is leaning toward Kasich, he said, because he prizes electability."
    doc = parsed("""
        He            2  nsubj PRON  PRP He
        is            2  aux   AUX   VBZ be
        leaning       7  ccomp VERB  VBG lean
        toward        2  prep  ADP   IN  toward
        Kasich        3  pobj  PROPN NNP Kasich
        ,             7  punct PUNCT ,   ,
        he            7  nsubj PRON  PRP he
        said          7  ROOT  VERB  VBD say
        ,             7  punct PUNCT ,   ,
        because       11 mark  SCONJ IN  because
        he            11 nsubj PRON  PRP he
        prizes        7  advcl VERB  VBZ prize
        electability  11 dobj  NOUN  NN  electability
        .             7  punct PUNCT .   .
    """)
    claim = verb_claim(doc[7], [])
    assert claim.content == "He is leaning toward Kasich, he said, because he prizes electability"
    assert doc.text[claim.source_start:claim.source_end] == "he"


def claim_on(text: str, content: str, cue: str) -> ClaimCandidate:
    start, cue_start = text.index(content), text.index(cue)
    return ClaimCandidate(start=start, end=start + len(content), content=content, kind="indirect",
                          cue_start=cue_start, cue_end=cue_start + len(cue))


@pytest.mark.parametrize("text, outer, inner, kept", [
    # a wish reported inside someone's words is part of them
    ("Marsh said that the crews believe the port will pay.",
     ("that the crews believe the port will pay", "said"), ("the port will pay", "believe"),
     [("that the crews believe the port will pay", "said")]),
    # a content that opens with the inner cue: the inner claim is the statement, led by the outer cue
    ("Marsh refused to explain why the cranes were old.",
     ("to explain why the cranes were old", "refused"), ("why the cranes were old", "explain"),
     [("why the cranes were old", "refused to explain")]),
    # an attribution after its content keeps the one inside it
    ('"We will stay," Okafor said, according to the harbour office.',
     ('"We will stay," Okafor said', "according to"), ('"We will stay,"', "said"),
     [('"We will stay," Okafor said', "according to"), ('"We will stay,"', "said")]),
])
def test_one_claim_per_stretch_of_text(text, outer, inner, kept):
    remaining = without_nested(English()(text), [claim_on(text, *outer), claim_on(text, *inner)])
    assert [(c.content, text[c.cue_start:c.cue_end]) for c in remaining] == kept


def test_contents_read_apart_for_one_cue_in_its_sentence_are_one_claim():
    text = ("Trump attacked Cruz, calling him, among other things, \u201ca failed candidate.\u201d "
            "Cruz called it a lie. Aides say he is calm.")
    nlp = English()
    nlp.add_pipe("sentencizer")
    source = text.index("Trump")
    him = replace(claim_on(text, "him", "calling"), source_start=source, source_end=source + len("Trump"))
    quoted = claim_on(text, "\u201ca failed candidate.\u201d", "calling")
    lie = claim_on(text, "it a lie", "called")
    calm = claim_on(text, "he is calm", "calling")  # the same cue, but another sentence: left apart
    claims = one_per_cue(nlp(text), [him, quoted, lie, calm])
    assert [(c.content, text[c.cue_start:c.cue_end]) for c in claims] == [
        ("him, among other things, \u201ca failed candidate.\u201d", "calling"), ("it a lie", "called"),
        ("he is calm", "calling")]
    assert text[claims[0].source_start:claims[0].source_end] == "Trump"
    assert claims[0].kind == "partial"


@pytest.mark.model
def test_a_quotation_carrying_on_reported_speech_is_a_claim_of_its_own():
    text = ("Marsh said the port would reopen on Monday.\n\n"
            "“The cranes are ready and the crews know it.”\n")
    doc = next(parse_texts([text], 1))
    claims = [(c.content, text[c.source_start:c.source_end], c.cue_lemma) for c in extract_claims(doc)]
    assert claims == [("the port would reopen on Monday", "Marsh", "say"),
                      ("“The cranes are ready and the crews know it.”", "Marsh", None)]


@pytest.mark.model
def test_a_verb_of_going_on_is_no_cue_unless_what_goes_on_is_words():
    for text in ("Fishing crews have recovered since the storm, although many continue to struggle.",
                 "The new rules appear to have calmed the market, although some traders continue to lose money."):
        doc = next(parse_texts([text], 1))
        assert [c.cue_lemma for c in extract_claims(doc) if c.cue_lemma == "continue"] == []
    doc = next(parse_texts(["The governor continued to refute the audit."], 1))
    assert [(c.content, c.cue_lemma) for c in extract_claims(doc)] == [("to refute the audit", "continue")]


def content_source_cue(text: str) -> list[tuple[str, str, str]]:
    """Each claim extracted from the text as its content, source and cue (None for none)."""
    doc = next(parse_texts([text], 1))
    return [(c.content, text[c.source_start:c.source_end], text[c.cue_start:c.cue_end] if c.cue_start is not None
             else None) for c in extract_claims(doc)]


@pytest.mark.model
def test_a_noun_cue_someone_owns_takes_its_words_from_the_copula():
    assert content_source_cue("Okafor's main argument was that the port needs new cranes.\n") == [
        ("that the port needs new cranes", "Okafor's", "main argument was")]
    assert content_source_cue("The key question is whether the port will reopen.\n") == []  # the writer's


@pytest.mark.model
def test_what_goes_with_a_denial_is_not_what_was_denied():
    # "with X doing Y" after a cue: a clause with a subject of its own, and X's words if Y is a cue
    assert content_source_cue("The agency has denied it happened, with Dana Okafor taking to the radio to call "
                              "the report “a fabrication” for its sources.\n") == [
        ("it happened", "The agency", "denied"),
        ("the report “a fabrication” for its sources", "Dana Okafor", "call")]


@pytest.mark.model
def test_the_end_of_a_hyphenated_word_is_no_cue():
    # "so-called" parsed as the participle "called" with "so" its object
    assert content_source_cue("The so-called Islamic State extremist group had grown, the mayor said.\n") == [
        ("The so-called Islamic State extremist group had grown", "the mayor", "said")]


@pytest.mark.model
def test_a_day_after_called_on_is_not_the_one_called_on():
    assert content_source_cue("Okafor called on Tuesday for the board to reopen the gates.\n") == [
        ("the board to reopen the gates", "Okafor", "called")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # any verb right after a quotation that opens its sentence attributes it, listed as a cue or not
    ("“The quay is too short,” she elaborated, “and the cranes are far too slow.”\n",
     [("“The quay is too short,” she elaborated, “and the cranes are far too slow.”", "she", "elaborated")]),
    ("“Not again,” groaned Helen Marsh, the port director.\n",
     [("“Not again,”", "Helen Marsh, the port director", "groaned")]),
    # not a quotation inside the sentence
    ("Wearing a cap reading “Save the Port,” Okafor waved to the crowd.\n", []),
    # a quotation after "adding" is that verb's, by the same speaker
    ("“We asked for a fair deal,” Okafor told the council, adding, “We got nothing at all.”\n",
     [("“We asked for a fair deal,”", "Okafor", "told"), ("“We got nothing at all.”", "Okafor", "adding")]),
    ("“We asked for a fair deal,” Okafor told the council, noting that the members “have waited for months.”\n",
     [("“We asked for a fair deal,”", "Okafor", "told"),
      ("that the members “have waited for months.”", "Okafor", "noting")]),
    # a quotation of several sentences that ends in the attribution's
    ("“She would be a fine mayor. Not good, great. One of the best on the council,” Rep. Walter K. Moss "
     "(D-Ore.) said in a phone interview.\n",
     [("“She would be a fine mayor. Not good, great. One of the best on the council,”",
       "Rep. Walter K. Moss (D-Ore.)", "said")]),
    # whom the words were shouted to is not what was shouted
    ("“This is a big year for the port!” Anna Pruitt shouted to the crowd.\n",
     [("“This is a big year for the port!”", "Anna Pruitt", "shouted")]),
])
def test_a_quotation_and_the_verb_after_it(text, expected):
    assert not {"elaborate", "groan"} & CUE_WORDS  # the rule, not the learned cue list, finds these
    assert content_source_cue(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an embedded post, as the text it leaves, and in markup whose attributes are no quotations
    ("The harbour board met on Monday.\n\nThe quay stays open until the cranes are fixed. pic.twitter.com/AbC1 "
     "— Helen Marsh (@HelenMarshPort) March 3, 2021\n",
     [("The quay stays open until the cranes are fixed. pic.twitter.com/AbC1", "Helen Marsh", None)]),
    ('<post id="7" author="@HelenMarshPort">We reopen the quay on Friday! — Helen Marsh (@HelenMarshPort) '
     'Mar. 3, 2021</post>\n',
     [("We reopen the quay on Friday!", "Helen Marsh", None)]),
    # a dash before a name and a date is no signature without the handle
    ("The quay stays open, the board decided — Helen Marsh (port director) June 3, 2021.\n", []),
])
def test_an_embedded_post_is_its_signers(text, expected):
    assert content_source_cue(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # any verb of a speaker right before a comma and a quotation that ends the sentence attributes it
    ("At the end of the hearing, Councillor Okafor cracked, “I have seen faster cranes in a museum.”\n",
     [("“I have seen faster cranes in a museum.”", "Councillor Okafor", "cracked")]),
    ("The count was read out, and Helen Marsh boomed, “The quay stays open” - the crowd cheered.\n",
     [("“The quay stays open”", "Helen Marsh", "boomed")]),
    # not when the quotation goes on into the sentence (a title), nor when no speaker does the verb
    ("Helen Marsh sang, “Harbour Lights” on the quay that night.\n", []),
    ("The crane cracked, “Stand clear!”\n", []),
    # a speaker's verb and a colon that end a paragraph attribute the quotation that opens the next, cue or not
    ("The meeting went on.\n\nCouncillor Okafor continued:\n\n“The cranes are older than I am.”\n",
     [("“The cranes are older than I am.”", "Councillor Okafor", "continued")]),
    ("The meeting went on.\n\nHelen Marsh echoed:\n\n“Nobody here wants the quay sold.”\n",
     [("“Nobody here wants the quay sold.”", "Helen Marsh", "echoed")]),
    ("The meeting went on.\n\nWait, it gets better:\n\n“The board sold the quay in 1998.”\n", []),
])
def test_a_verb_and_the_quotation_after_it(text, expected):
    assert not {"crack", "boom", "sing"} & CUE_WORDS  # the rule, not the learned cue list, finds these
    assert content_source_cue(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a linking word before the quotation that resumes belongs to the content
    ("“The council has had months to act,” Okafor said. Instead, “it has held four meetings and a dinner.”\n",
     [("“The council has had months to act,” Okafor said. Instead, “it has held four meetings and a dinner.”",
       "Okafor", "said")]),
    # a quotation that carries on the one before it in the same paragraph
    ("Marsh said: “The port is open.” “Every crane is working tonight.”\n",
     [("“The port is open.” “Every crane is working tonight.”", "Marsh", "said")]),
    # the rest of the attribution's sentence is part of the attribution
    ("“This is a long strike,” Okafor said, looking out at the crowd on the quay. “We will hold out.”\n",
     [("“This is a long strike,” Okafor said, looking out at the crowd on the quay. “We will hold out.”",
       "Okafor", "said, looking out at the crowd on the quay")]),
    # the same where the parser leaves the next quotation's opening mark in the sentence before it
    ("''The cranes on the north quay are old,'' Mr. Okafor said, referring to the two oldest berths. "
     "''They break down every week, and nobody fixes them.''\n",
     [("''The cranes on the north quay are old,'' Mr. Okafor said, referring to the two oldest berths. "
       "''They break down every week, and nobody fixes them.''", "Mr. Okafor",
       "said, referring to the two oldest berths")]),
    # after a participle that said something of its own, a claim of its own, with no cue; none past a
    # sentence of the writer's
    ("“This is a long strike,” Okafor said, adding that the members were tired. “We will hold out.”\n",
     [("“This is a long strike,”", "Okafor", "said"), ("that the members were tired", "Okafor", "adding"),
      ("“We will hold out.”", "Okafor", None)]),
    ("“This is a long strike,” Okafor said. Marsh shook her head. “We will hold out.”\n",
     [("“This is a long strike,”", "Okafor", "said")]),
    # after reported speech, a quotation that is a whole sentence is more of the speaker's words; one
    # that opens a longer sentence may be a title
    ("Okafor said the talks had failed. “We go on.”\n",
     [("the talks had failed", "Okafor", "said"), ("“We go on.”", "Okafor", None)]),
    ("Okafor said the talks had failed. “Solidarity Forever” was sung on the quay.\n",
     [("the talks had failed", "Okafor", "said")]),
])
def test_a_quotation_carrying_on_in_the_next_sentence(text, expected):
    assert content_source_cue(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Okafor praised the harbour pilots for their patience at a meeting on Friday.\n",
     [("the harbour pilots for their patience", "Okafor", "praised")]),
    ("Marsh described the strike as a disaster for the town.\n",
     [("the strike as a disaster for the town", "Marsh", "described")]),
    ("Marsh described the harbour as crippled by the strike.\n",
     [("the harbour as crippled by the strike", "Marsh", "described")]),
    ("Okafor portrayed the pilots as unwilling to talk.\n",
     [("the pilots as unwilling to talk", "Okafor", "portrayed")]),
    # where and when it was said are not part of it
    ("Okafor praised the dockers at a rally in Leith.\n", [("the dockers", "Okafor", "praised")]),
    ("Okafor praised the dockers as he opened the meeting.\n", [("the dockers", "Okafor", "praised")]),
])
def test_what_is_said_of_the_object_is_part_of_the_content(text, expected):
    assert content_source_cue(text) == expected


def test_where_a_remark_was_made_is_not_part_of_it():
    # the model's parse of 'In an interview, Walker said, "I have lost friends."': "said" hangs from the quotation
    doc = parsed("""
        In         9  prep      ADP   IN   in
        an         2  det       DET   DT   an
        interview  0  pobj      NOUN  NN   interview
        ,          5  punct     PUNCT ,    ,
        Walker     5  nsubj     PROPN NNP  Walker
        said       9  parataxis VERB  VBD  say
        ,          5  punct     PUNCT ,    ,
        "          9  punct     PUNCT ``   "
        I          9  nsubj     PRON  PRP  I
        have       9  aux       AUX   VBP  have
        lost       9  ROOT      VERB  VBN  lose
        friends    9  dobj      NOUN  NNS  friend
        .          9  punct     PUNCT .    .
        "          9  punct     PUNCT ''   "
    """)
    claim = verb_claim(doc[5], quote_spans(doc.text))
    quotation = doc.text[doc[7].idx:]
    assert (claim.content, doc.text[claim.source_start:claim.source_end]) == (quotation, "Walker")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a clause with a subject of its own before the attribution is part of what was said
    ("If the vote fails again, Marsh said, the port will close for a week.\n",
     ("If the vote fails again, Marsh said, the port will close for a week", "Marsh", "said")),
    ("When the cranes finally stopped, the union said, the ships had already left.\n",
     ("When the cranes finally stopped, the union said, the ships had already left.", "the union", "said")),
    # and a subject before it, a gerund's too
    ("The crews, Marsh said on Tuesday, are tired of the delays.\n",
     ("The crews, Marsh said on Tuesday, are tired of the delays.", "Marsh", "said")),
    ("Putting the show together, Okafor said, allowed him to see the port anew.\n",
     ("Putting the show together, Okafor said, allowed him to see the port anew.", "Okafor", "said")),
    ("Riding alone at night, the crews said, can be hazardous.\n",
     ("Riding alone at night, the crews said, can be hazardous.", "the crews", "said")),
])
def test_a_clause_before_an_attribution_in_the_middle_is_part_of_the_words(text, expected):
    assert expected in content_source_cue(text)


@pytest.mark.model
def test_a_clause_before_an_attribution_and_its_quotation_is_when_it_was_said():
    text = "When she first saw the cranes in June, Marsh said, \u201cWe will need twice as many.\u201d\n"
    assert ("\u201cWe will need twice as many.\u201d", "Marsh", "said") in content_source_cue(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("In a survey by the harbour office last week, most dockers said they backed the strike.\n",
     [("most dockers said they backed the strike.", "a survey by the harbour office last week", "In")]),
    ("In the morning, Okafor led the march.\n", []),
])
def test_a_sentence_opening_with_a_poll_reports_its_findings(text, expected):
    assert content_source_cue(text) == expected


def test_a_country_run_into_a_name_is_not_part_of_the_source():
    # the model's reading of "... aggression on Ukraine Khamenei stated ...": one PERSON, "Ukraine" its compound
    doc = parsed("""
        Ukraine   1 compound PROPN NNP Ukraine
        Khamenei  2 nsubj    PROPN NNP Khamenei
        stated    2 ROOT     VERB  VBD state
    """)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    start, end = source_range(doc[1], cue=doc[2])
    assert doc.text[start:end] == "Khamenei"
    # a title between them keeps the country: "Iran Foreign Minister Ali Bagheri"
    doc = parsed("""
        Iran      3 compound PROPN NNP Iran
        Minister  3 compound PROPN NNP Minister
        Ali       3 compound PROPN NNP Ali
        Bagheri   4 nsubj    PROPN NNP Bagheri
        said      4 ROOT     VERB  VBD say
    """)
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    start, end = source_range(doc[3], cue=doc[4])
    assert doc.text[start:end] == "Iran Minister Ali Bagheri"


@pytest.mark.parametrize("lines, dates, source", [
    # the model's parses of "Ruiz last week urged", "Ruiz during a Sunday interview thanked", "Ruiz on
    # Tuesday said" and "Ruiz herself has proposed", each hanging the words on the name
    ("""Ruiz      3 nsubj    PROPN NNP Ruiz
        last      2 amod     ADJ   JJ  last
        week      0 npadvmod NOUN  NN  week
        urged     3 ROOT     VERB  VBD urge""", (1, 3), "Ruiz"),
    ("""Ruiz      5 nsubj    PROPN NNP Ruiz
        during    0 prep     ADP   IN  during
        a         4 det      DET   DT  a
        Sunday    4 compound PROPN NNP Sunday
        interview 1 pobj     NOUN  NN  interview
        thanked   5 ROOT     VERB  VBD thank""", None, "Ruiz"),
    ("""Ruiz      3 nsubj    PROPN NNP Ruiz
        on        0 prep     ADP   IN  on
        Tuesday   1 pobj     PROPN NNP Tuesday
        said      3 ROOT     VERB  VBD say""", (2, 3), "Ruiz"),
    ("""Ruiz      3 nsubj    PROPN NNP Ruiz
        herself   0 appos    PRON  PRP herself
        has       3 aux      AUX   VBZ have
        proposed  3 ROOT     VERB  VBN propose""", None, "Ruiz"),
    # words that do name the source stay: "Ruiz of Ohio said", an age: "Democrats in their 30s said"
    ("""Ruiz      3 nsubj    PROPN NNP Ruiz
        of        0 prep     ADP   IN  of
        Ohio      1 pobj     PROPN NNP Ohio
        said      3 ROOT     VERB  VBD say""", None, "Ruiz of Ohio"),
    ("""Democrats 4 nsubj    PROPN NNPS Democrats
        in        0 prep     ADP   IN  in
        their     3 poss     PRON  PRP$ their
        30s       1 pobj     NOUN  NNS 30
        said      4 ROOT     VERB  VBD say""", (2, 4), "Democrats in their 30s"),
    # a bare surname the model reads as a common noun: "Sanders during a Sunday interview thanked"
    ("""Sanders   5 nsubj    NOUN  NNS sanders
        during    0 prep     ADP   IN  during
        a         4 det      DET   DT  a
        Sunday    4 compound PROPN NNP Sunday
        interview 1 pobj     NOUN  NN  interview
        thanked   5 ROOT     VERB  VBD thank""", None, "Sanders"),
])
def test_when_the_words_were_said_and_a_reflexive_are_not_part_of_the_source(lines, dates, source):
    doc = parsed(lines)
    if dates:
        doc.ents = [Span(doc, *dates, label="DATE")]
    assert doc.text[slice(*source_range(doc[0], cue=doc[len(doc) - 1]))] == source


def test_a_dependent_the_scorer_doubts_is_the_content_only_when_nothing_else_is():
    colon, plain = parse_texts(["The mayor said in Leeds on Monday:\n\nThe port will reopen.", "The mayor said on Monday."], 1)
    for doc, expected, doubtful in ((colon, "The port will reopen.", False), (plain, "Monday", True)):
        said = next(t for t in doc if t.text == "said")
        claim = verb_claim(said, quote_spans(doc.text), min_probability=0.0)
        assert claim.content == expected
        assert (claim.content_probability is not None and claim.content_probability < 0.3) == doubtful
        assert (verb_claim(said, quote_spans(doc.text)) is None) == doubtful


def test_punctuation_taken_for_a_subject_is_no_source():
    # the model's parse of "... ´said the talks failed": a stray accent as the subject of "said"
    doc = parsed("""
        ´       1 nsubj PROPN NNP ´
        said    1 ROOT  VERB  VBD say
        talks   3 nsubj NOUN  NNS talk
        failed  1 ccomp VERB  VBD fail
        .       1 punct PUNCT .   .
    """)
    claim = verb_claim(doc[1], [])
    assert claim.content == "talks failed"
    assert (claim.source_start, claim.source_end) == (None, None)
    assert doc.text[claim.cue_start:claim.cue_end] == "said"


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # the parse makes "a need" and "forcing" conjuncts of the cue: they are more of its object
    ("Okafor has focused on port safety, and a need to raise wages and hire more crews.",
     "port safety, and a need to raise wages and hire more crews"),
    ("Marsh has proposed refinancing crew loans and forcing shippers to pay more for berths.",
     "refinancing crew loans and forcing shippers to pay more for berths"),
    # a second verb is a second act, not more of what was said
    ("Marsh criticized the plan and left the room.", "the plan"),
])
def test_an_object_coordinated_with_the_cue_by_the_parse_is_part_of_the_content(text, content):
    doc = next(parse_texts([text], 1))
    assert [c.content for c in extract_claims(doc)] == [content]


@pytest.mark.parametrize("text, content", [
    # the parse hangs the clause after "but" from the cue: in the present it is still the words reported
    ("Okafor concluded that the plan was sound, but the costs remain too high.",
     "that the plan was sound, but the costs remain too high."),
    ("Marsh said the port would reopen, but it will take months.", "the port would reopen, but it will take months."),
    # in the past it is the narration going on
    ("Marsh said the port would reopen, but the council voted against it.", "the port would reopen"),
])
def test_a_clause_after_but_in_the_tense_of_the_words_reported_is_part_of_them(text, content):
    doc = next(parse_texts([text], 1))
    assert [c.content for c in extract_claims(doc) if c.cue_lemma in ("conclude", "say")] == [content]


@pytest.mark.parametrize("text", [
    # the parse hangs "because" from "said": the reason is still what was said, as PolNeAR train's
    # annotators mostly have it (260 contents run on over a "because" after "said", 22 stop before it)
    "The union said it did not include those ballots in its count because, presumably, votes from retired "
    "members were part of the annual tally for any local branch.",
    "The league said it did not include those games in its standings because, presumably, matches against "
    "foreign clubs were part of the friendly schedule for any team.",
])
def test_a_reason_the_parse_hung_from_the_cue_is_part_of_the_words_reported(text):
    doc = next(parse_texts([text], 1))
    said = text.split(" said ", 1)[1]
    assert [c.content for c in extract_claims(doc)] == [said.rstrip(".")]


@pytest.mark.model
@pytest.mark.parametrize("text, source, content", [
    ('The state news agency quoted Marsh as saying that the port was "ready to reopen" by May.', "Marsh",
     'that the port was "ready to reopen" by May'),
    ("The Times quoted one official as saying the talks had failed.", "one official", "the talks had failed"),
])
def test_whom_a_report_quotes_as_saying_something_is_the_source(text, source, content):
    claims = extract_claims(next(parse_texts([text], 1)))
    assert [(text[c.source_start:c.source_end], c.content) for c in claims] == [(source, content)]


@pytest.mark.model
@pytest.mark.parametrize("text, contents", [
    ("A senior official, who spoke on condition of anonymity because he was not authorized to discuss the "
     "matter, said the port would close. Two aides, speaking on the condition that they not be named because "
     "they were not permitted to speak publicly about the case, said the mayor knew.",
     ["the port would close", "the mayor knew"]),
    # asking not to be named, or for comment; but asking to be named to a post is words
    ("One port official, who asked not to be named, said the strike would end. A union leader who declined "
     "to be identified said talks had stalled. Marsh asked to be named chair of the panel. Okafor's lawyer "
     "did not return calls seeking comment.",
     ["the strike would end", "talks had stalled", "to be named chair of the panel"]),
])
def test_the_terms_on_which_someone_speaks_are_not_what_they_said(text, contents):
    claims = extract_claims(next(parse_texts([text], 1)))
    assert [c.content for c in claims] == contents


@pytest.mark.model
def test_a_report_after_the_words_is_not_part_of_them():
    # the parse makes "reported" what "said" governs; PolNeAR train never counts "..., CNN reported." in
    # the words of the attribution inside it
    text = "The port authority said its crews had cleared the channel near Dock 4, the Harbor Gazette reported."
    said = next(c for c in extract_claims(next(parse_texts([text], 1))) if c.cue_lemma == "say")
    assert said.content == "its crews had cleared the channel near Dock 4"


@pytest.mark.model
@pytest.mark.parametrize("text, source, content", [
    # the parse makes the name the subject of the participle set off before "said"
    ("Judge Ann Keague, writing for the majority in the 2-1 decision, said the port rules were valid.",
     "Judge Ann Keague", "the port rules were valid"),
    ("Mayor Ray Marlow, speaking to reporters on Tuesday, said the harbor would reopen.",
     "Mayor Ray Marlow", "the harbor would reopen"),
])
def test_a_participle_set_off_between_speaker_and_verb_leaves_the_speaker_to_the_verb(text, source, content):
    claims = extract_claims(next(parse_texts([text], 1)))
    said = [c for c in claims if c.cue_lemma == "say"]
    assert [(text[c.source_start:c.source_end], c.content) for c in said] == [(source, content)]
    assert not [c for c in claims if c.content.startswith("said")]


@pytest.mark.model
def test_which_stands_for_a_thing_though_the_parse_hangs_it_from_a_person():
    text = '"This is a victory," said Myra Pell, a lawyer at the Center for Voting Rights, which argued that the law was unfair.'
    claim = next(c for c in extract_claims(next(parse_texts([text], 1))) if c.cue_lemma == "argue")
    assert text[claim.referent_start:claim.referent_end] == "the Center for Voting Rights"


@pytest.mark.model
def test_a_name_before_a_long_apposition_is_the_source_the_parse_hung_elsewhere():
    # "At Boca West, where ..., [Jay DiPietro], the club's 78-year-old president and general manager,
    # suggested": the parse made the name an apposition of the place, and the verb has no subject
    doc, = parse_texts(["At Palm Grove, Ray Marlow, the club's 71-year-old president and general manager, "
                        "suggested that the rivals were poorly run."], 1)
    verb = next(t for t in doc if t.lower_ == "suggested")
    assert name_before_apposition(verb).text == "Marlow"


@pytest.mark.model
def test_a_relative_pronoun_source_stands_for_its_whole_noun_phrase_article_included():
    text = "Okafor thanked the union's new leader, who said the strike was over."
    claim = extract_claims(next(parse_texts([text], 1)))[-1]
    assert claim.content == "the strike was over"
    assert text[claim.referent_start:claim.referent_end] == "the union's new leader"  # a description to resolve


@pytest.mark.model
def test_reported_words_carried_on_by_a_colon_into_a_quotation_are_one_claim():
    from factstore.claims import read_rules

    # the parse leaves the quotation out of the clause that "argued" governs
    doc, = parse_texts(['He argued that the plan had a single flaw: "It costs too much -- far too much, and for too long."'], 1)
    assert [c.content for c in read_rules(doc).claims] == [
        'that the plan had a single flaw: "It costs too much -- far too much, and for too long."']
    doc, = parse_texts(['The governor said the budget rested on one promise.\n\n"No new taxes," she added.'], 1)
    assert 'the budget rested on one promise' in [c.content for c in read_rules(doc).claims]


@pytest.mark.model
@pytest.mark.parametrize("headline, source, content", [
    ("Ferris to farmers: The water rules will change next year.", "Ferris", "The water rules will change next year."),
    ("Senator Hale on trade: Our mills need a fair deal from Brussels.", "Senator Hale",
     "Our mills need a fair deal from Brussels."),
    ("Rain in Leeds: Three roads closed after the storm on Sunday.", None, None),  # no name before "in"
    # a cue among the words is part of them
    ("Obama: I am optimistic Americans will say no to Trump.", "Obama",
     "I am optimistic Americans will say no to Trump."),
])
def test_a_headline_label_may_say_whom_or_what_the_words_are_addressed_to_or_about(headline, source, content):
    doc, = parse_texts([headline + "\n\nThe rest of the article."], 1)
    found = [(doc.text[c.source_start:c.source_end], c.content) for c in extract_claims(doc)]
    assert found == ([(source, content)] if source else [])


def misparse(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("heads, deps, tags", [
    # "Trump predicts that he will win", read as the compound noun "Trump predicts"
    ([1, 1, 5, 5, 5, 1], ["compound", "ROOT", "mark", "nsubj", "aux", "ccomp"], ["NN", "NNS", "IN", "PRP", "MD", "VB"]),
    # read as the verb "trump" with the object "predicts"
    ([0, 0, 5, 5, 5, 1], ["ROOT", "dobj", "mark", "nsubj", "aux", "acl"], ["NN", "NNS", "IN", "PRP", "MD", "VB"]),
])
def test_a_cue_verb_read_as_a_noun_has_the_name_before_it_for_subject(heads, deps, tags):
    doc = misparse(["Trump", "predicts", "that", "he", "will", "win"], heads, deps, tags)
    assert misread_name_subject(doc[1]).text == "Trump"


def test_a_plural_noun_with_its_own_determiner_is_no_misread_verb():
    # "the Trump predictions that he will win"
    doc = misparse(["the", "Trump", "predictions", "that", "he", "will", "win"], [2, 2, 2, 6, 6, 6, 2],
                   ["det", "compound", "ROOT", "mark", "nsubj", "aux", "acl"], ["DT", "NN", "NNS", "IN", "PRP", "MD", "VB"])
    assert misread_name_subject(doc[2]) is None


@pytest.mark.model
@pytest.mark.parametrize("article, marks", [("straight.txt", "''"), ("curly.txt", "‘’")])
def test_a_quotation_in_single_marks_goes_on_after_its_attribution(tmp_path, article, marks):
    # "'X,' Shapps told the BBC. 'Y.'": the second quotation is more of the same words, as in double marks
    assert seed_into(tmp_path / "facts.db", TEXTS / "single_marks" / article) == 0
    claims = [(c[0], c[5]) for c in claims_of(tmp_path / "facts.db", article)]
    opening, closing = marks
    assert ("Grant Shapps", f"{opening}We have made a fair offer and it's time the unions put it to their members,"
                            f"{closing} Shapps told the BBC. {opening}Passengers have had enough.{closing}") in claims
    assert ("Mick Lynch", f"{opening}Our members won't be bullied into accepting a real-terms pay cut.{closing}") in claims


@pytest.mark.model
def test_a_quotation_goes_on_over_paragraphs_after_an_attribution_that_goes_on_after_its_cue(tmp_path):
    # '"X," Whitfield said at a news conference.' then two paragraphs opening with a quotation mark
    assert seed_into(tmp_path / "facts.db", TEXTS / "continued") == 0
    whitfield = [c[5] for c in claims_of(tmp_path / "facts.db", "flood_plan.txt") if c[0] == "Dana Whitfield"]
    assert len(whitfield) == 1
    assert whitfield[0].startswith('"We have seen three floods') and whitfield[0].endswith('responsible choice."')


def test_a_participle_after_a_quotation_s_attribution_is_its_speaker_s_whatever_the_parse():
    # '"It works," Sanders said, going on to say that it lasts', parsed with "said" and "going" hanging from
    # the quotation's verb
    words = ['"', "It", "works", ",", '"', "Sanders", "said", ",", "going", "on", "to", "say", "that", "it", "lasts"]
    heads = [2, 2, 2, 2, 6, 6, 2, 6, 2, 8, 11, 8, 14, 14, 11]
    deps = ["punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "parataxis", "punct", "advcl", "prt", "aux", "xcomp",
            "mark", "nsubj", "ccomp"]
    tags = ["``", "PRP", "VBZ", ",", "''", "NN", "VBD", ",", "VBG", "RP", "TO", "VB", "IN", "PRP", "VBZ"]
    lemmas = [w.lower() for w in words]
    lemmas[6], lemmas[8] = "say", "go"
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert participle_speaker(doc[11]) == doc[6]
    assert participle_speaker(doc[8]) == doc[6]
    words[4] = "and"  # no quotation's attribution: '"It works, and Sanders said, going on to say ...'

    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert participle_speaker(doc[11]) is None


@pytest.mark.model
def test_a_quotation_before_its_attribution_is_what_the_verb_says_whatever_follows_the_verb(attribution_db):
    # '"X," Okafor said during the interview in Apapa, the region's busiest shipping hub, ...': the parse
    # makes "hub" the object of "said"
    claims = [(c[0], c[2], c[5]) for c in claims_of(attribution_db, "port_terminal.txt")]
    assert ("Emeka Okafor", "said", "“We will keep building, whatever the market does,”") in claims
    assert ("Emeka Okafor", "going on to say",
            "that the second berth would open next year and that the third was still being designed") in claims
    # the lone surname of a person the article names in full, which the model tags as a place
    assert ("Bradley Podvinska", "claims", "he was dismissed for raising them") in claims


@pytest.mark.model
def test_words_said_inside_what_a_raising_verb_says_of_its_subject_are_the_subject_s(attribution_db):
    # "X appeared to settle the matter by saying, “…”": X said it, not a sourceless "appeared"
    claims = [(c[0], c[2], c[5]) for c in claims_of(attribution_db, "school_budget.txt")]
    assert ("Teresa Lindqvist", "saying", "“We cannot ask teachers to do more with less for another year. "
                                          "This budget is the least we owe them.”") in claims
    assert not [c for c in claims if c[1] == "appeared"]


@pytest.mark.model
def test_a_title_quoted_in_the_attribution_does_not_end_the_words_that_resume_after_it(attribution_db):
    # '"X," Ruiz said on WKRN's "Morning Line" on Monday. "Y."': "Morning Line" is a programme, Y more of her words
    ruiz = [(c[2], c[5]) for c in claims_of(attribution_db, "bridge_tolls.txt") if c[2].startswith("said")]
    assert len(ruiz) == 1
    cue, content = ruiz[0]
    assert cue == 'said on WKRN\'s "Morning Line" on Monday'
    assert content.endswith('"The alternative is closing it for repairs every other summer."')


@pytest.mark.model
def test_a_complement_clause_the_parse_splits_in_two_or_coordinates_with_the_cue_is_one_content(attribution_db):
    # "noting that [most of the money raised] [would go to ...]": "raised" read as the clause's verb
    contents = {c[2]: c[5] for c in claims_of(attribution_db, "festival_funds.txt")}
    assert contents["noting"] == "that most of the money raised would go to the hospital charity this year"
    assert contents["speculated"] == "that the men detained at the gate could be part of a ticket fraud ring"
    # "claims [X], and [that Y]": the second complement read as a verb coordinated with the cue
    assert contents["claims"] == ("she was the only one fined for improperly handling tickets, "
                                  "and that her dismissal was unlawful")


@pytest.mark.model
def test_a_participle_opening_the_sentence_is_the_attribution_s_speaker_s(attribution_db):
    # 'Stressing the urgency, Ruiz said, "… we …"': the parse hangs "Stressing" from the quotation's verb
    stressing = [(c[0], c[1]) for c in claims_of(attribution_db, "bridge_repairs.txt") if c[2] == "Stressing"]
    assert stressing == [("Dana Ruiz", "Ruiz")]


@pytest.mark.model
def test_a_claim_inside_another_s_content_that_only_found_a_quotation_leaves_the_outer_one_whole(attribution_db):
    # 'Ruiz said she believes the plan was "a costly mistake,"': "believes" finds no content of its own
    # but the quotation, where "said" read the whole clause
    claims = [(c[0], c[2], c[5]) for c in claims_of(attribution_db, "toll_mistake.txt")]
    assert ("Dana Ruiz", "said", 'she believes the toll plan was "a costly mistake,"') in claims


@pytest.mark.model
def test_a_quotation_inside_the_verb_s_complement_clause_does_not_stand_for_the_clause(attribution_db):
    # 'Ruiz said the "coarseness of remarks …" by Kessler last week stood in contrast to …'
    contents = [c[5] for c in claims_of(attribution_db, "coarse_remarks.txt") if c[0] == "Dana Ruiz"]
    assert contents == ['the "coarseness of remarks, largely unprovoked and unfair," by Kessler last week stood in '
                        "contrast to the warm welcome he had received from the city when opening his new hotel in "
                        "the harbour district in 2019"]


def test_a_speaker_s_verb_takes_the_quotation_after_it_not_a_title_before_it():
    # 'Ruiz shared a class called "Perception", writing "Allow me."'
    words = ["Ruiz", "shared", "a", "class", "called", "“", "Perception", "”", ",", "writing", "“", "Allow", "me",
             ".", "”"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 1, 1, 11, 9, 11, 11, 11]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "punct", "oprd", "punct", "punct", "advcl", "punct", "xcomp",
            "dobj", "punct", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "PUNCT", "PUNCT", "VERB", "PUNCT", "VERB",
           "PRON", "PUNCT", "PUNCT"]
    spaces = [True, True, True, True, True, False, False, False, True, True, False, True, False, False, False]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, spaces=spaces,
              sent_starts=[True] + [False] * (len(words) - 1))
    quotes = quote_spans(doc.text)
    assert quoted_content(doc[9], quotes) == (doc[10].idx, len(doc.text))


@pytest.mark.parametrize("word, pos", [("Breaking", "NOUN"), ("Developing", "NOUN"), ("Ruiz", "PROPN"), ("Poll", "NOUN"),
                                       ("Redding", "PROPN")])
def test_a_kicker_in_a_participle_s_form_before_a_colon_names_no_source(word, pos):
    # "Breaking: …" says what the news is; "Ruiz: …" and "Poll: …" say whose words or findings follow
    doc = Doc(English().vocab, words=[word, ":", "the", "bridge", "will", "close"],
              pos=[pos, "PUNCT", "DET", "NOUN", "AUX", "VERB"])
    expected = None if word.endswith("ing") and pos != "PROPN" else word
    found = label_source(doc[0:1])
    assert (found.text if found is not None else None) == expected


def test_a_participle_giving_a_noun_its_name_is_no_cue():
    # "a class called Perception": a name given, not words said
    doc = parsed("""
        a           1 det   DET   DT  a
        class       1 ROOT  NOUN  NN  class
        called      1 acl   VERB  VBN call
        Perception  2 oprd  PROPN NNP Perception
        .           1 punct PUNCT .   .
    """)
    assert verb_claim(doc[2], [], min_probability=0.0) is None
    # "one lawmaker called Trump a fraud", misread the same way but with the two predicates of a remark
    doc = parsed("""
        one       1 nummod NUM   CD  one
        lawmaker  1 ROOT   NOUN  NN  lawmaker
        called    1 acl    VERB  VBN call
        Trump     2 oprd   PROPN NNP Trump
        a         5 det    DET   DT  a
        fraud     2 oprd   NOUN  NN  fraud
        .         1 punct  PUNCT .   .
    """)
    assert verb_claim(doc[2], [], min_probability=0.0).content == "Trump a fraud"


def test_a_quotation_the_parse_hangs_from_its_speaker_s_name_is_still_that_speaker_s():
    # '"All are here," Butz, 49, told them.' with the quotation's clause hanging from "Butz"
    doc = parsed("""
        “      10 punct PUNCT `` “
        All     2 nsubj PRON  DT  all
        are     6 ccomp AUX   VBP be
        here    2 advmod ADV  RB  here
        ,       6 punct PUNCT ,   ,
        ”       6 punct PUNCT ''  ”
        Butz   10 nsubj PROPN NNP Butz
        ,       6 punct PUNCT ,   ,
        49      6 appos NUM   CD  49
        ,       6 punct PUNCT ,   ,
        told   10 ROOT  VERB  VBD tell
        them   10 dobj  PRON  PRP they
        .      10 punct PUNCT .   .
    """)
    claim = verb_claim(doc[10], quote_spans(doc.text))
    assert claim.content.startswith("“") and claim.content.endswith("”")
    assert doc.text[claim.source_start:claim.source_end] == "Butz, 49"


@pytest.mark.model
def test_a_source_after_a_quotation_does_not_take_in_its_closing_mark(attribution_db):
    told = [(c[0], c[1]) for c in claims_of(attribution_db, "age_apposition.txt") if c[2] == "told"]
    assert told == [("Dana Ruiz", "Ruiz, 49")]


@pytest.mark.model
def test_the_answer_inside_a_question_put_to_someone_is_the_claim(attribution_db):
    # 'When asked why, Ruiz responded in a text message: "X."': Ruiz's answer, not a sourceless "asked"
    claims = [(c[0], c[2], c[5]) for c in claims_of(attribution_db, "asked_why.txt")]
    assert ("Dana Ruiz", "responded", '"The bridge has to be paid for."') in claims
    assert not [c for c in claims if c[1] == "asked"]


def test_a_cue_read_as_the_object_of_a_name_read_as_a_verb_has_that_name_for_subject():
    # "Trump calls on Obama to resign", read as the verb "trump" with the object "calls"
    doc = misparse(["Trump", "calls", "on", "Obama", "to", "resign"], [0, 0, 1, 2, 5, 1],
                   ["ROOT", "dobj", "prep", "pobj", "aux", "advcl"], ["VB", "NNS", "IN", "NNP", "TO", "VB"])
    assert misread_name_subject(doc[1]).text == "Trump"


def test_a_verb_after_a_quotation_misread_as_a_participle_of_its_speaker_still_attributes_it():
    # '"Not us!" the owner tweeted', read with "tweeted" a participle of "owner"
    doc = parsed("""
        “        3 punct PUNCT `` “
        Not      2 neg   PART  RB  not
        us       3 dep   PRON  PRP we
        !        3 punct PUNCT .   !
        ”        3 punct PUNCT ''  ”
        the      6 det   DET   DT  the
        owner    6 ROOT  NOUN  NN  owner
        tweeted  6 acl   VERB  VBN tweet
        .        6 punct PUNCT .   .
    """)
    claim = verb_claim(doc[7], quote_spans(doc.text))
    assert claim is not None and doc.text[claim.source_start:claim.source_end] == "the owner"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a second object after a dash sums up the first: the first is what was praised
    ("Speaking to donors, Ortega praised Lindqvist for cutting fees and easing rules - steps that he said "
     "helped the port.\n",
     [("Lindqvist for cutting fees and easing rules", "Ortega", "praised"),
      ("steps that he said helped the port", "he", "said")]),
    # a relative clause of saying tells something of its noun, which the content begins with
    ("Reporters could not find the memo that Ortega said was drafted by lobbyists.\n",
     [("the memo that Ortega said was drafted by lobbyists", "Ortega", "said")]),
])
def test_what_a_relative_clause_of_saying_says_of_its_noun(text, expected):
    assert content_source_cue(text) == expected


def test_a_name_between_a_quotation_and_its_verb_is_the_speaker_whatever_the_parse():
    # '"All of them are with us," Butz, 49, told reporters.', parsed as the quotation's clause and a second
    # one joined to it, the name hung from neither as subject
    words = ["“", "All", "of", "them", "are", "with", "us", ",", "”", "Butz", ",", "49", ",", "told", "reporters", "."]
    spaces = [False, True, True, True, True, True, False, False, True, False, True, False, True, True, False, False]
    heads = [4, 4, 1, 2, 4, 4, 5, 9, 9, 4, 9, 9, 9, 4, 13, 4]
    deps = ["punct", "nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct", "punct", "dep", "punct", "appos",
            "punct", "conj", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "ADP", "PRON", "AUX", "ADP", "PRON", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT",
           "VERB", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    quotation_end = doc[8].idx + 1
    assert name_after_quotation(doc[13], quotation_end).text == "Butz"
    assert name_after_quotation(doc[4], quotation_end) is None  # the verb inside the quotation


def test_a_name_after_its_verb_that_the_parse_read_as_an_adverb_is_the_speaker():
    # '"It is valuable," said Skelly, explaining that ...', the model reading "Skelly" as an adverb:
    # he said it, and he explained
    words = ["“", "It", "is", "valuable", ",", "”", "said", "Skelly", ",", "explaining", "that", "it", "works", "."]
    spaces = [False, True, True, False, False, True, True, False, True, True, True, True, False, False]
    heads = [6, 2, 6, 2, 6, 6, 6, 6, 6, 6, 12, 12, 9, 6]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "advmod", "punct", "advcl", "mark", "nsubj",
            "ccomp", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT", "VERB", "SCONJ", "PRON", "VERB",
           "PUNCT"]
    tags = ["``", "PRP", "VBZ", "JJ", ",", "''", "VBD", "RB", ",", "VBG", "IN", "PRP", "VBZ", "."]
    lemmas = ["“", "it", "be", "valuable", ",", "”", "say", "Skelly", ",", "explain", "that", "it", "work", "."]
    doc = Doc(English().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    quotes = quote_spans(doc.text)
    said = verb_claim(doc[6], quotes, attributed=quotes[0])
    assert doc.text[said.source_start:said.source_end] == "Skelly"
    explained = verb_claim(doc[9], quotes)
    assert doc.text[explained.source_start:explained.source_end] == "Skelly"


@pytest.mark.model
def test_a_title_another_verb_takes_as_its_object_is_no_verb_s_quotation():
    # the show a speaker told something to is not what a verb of the words told says
    text = "Heading into the vote, Governor Alma Reyes told CNN's \"State of the Union\" that nobody would question " \
           "her record on schools.\n"
    assert content_source_cue(text) == [("that nobody would question her record on schools", "Governor Alma Reyes",
                                         "told")]


@pytest.mark.model
def test_an_apposition_or_a_clause_about_the_last_noun_stays_in_the_content_and_another_s_words_do_not():
    assert content_source_cue("Helen Marsh said she would meet Ruth Comey, a Republican from Ohio.\n") == [
        ("she would meet Ruth Comey, a Republican from Ohio", "Helen Marsh", "said")]
    assert content_source_cue("Helen Marsh said the port needs the Harbour Act, which expires in June.\n") == [
        ("the port needs the Harbour Act, which expires in June", "Helen Marsh", "said")]
    assert content_source_cue("Helen Marsh said the port needs the pilot Ruth Comey, who reopened the canal.\n") == [
        ("the port needs the pilot Ruth Comey, who reopened the canal", "Helen Marsh", "said")]
    # a plea in court is no one's words, nor is a thought in a clause of the clause's own nouns
    assert content_source_cue("Helen Marsh said others were jailed, such as the pilot Ruth Comey, who pleaded guilty "
                              "under a law that the court considered in the case.\n") == [
        ("others were jailed, such as the pilot Ruth Comey, who pleaded guilty under a law that the court considered "
         "in the case", "Helen Marsh", "said")]
    claims = content_source_cue("Helen Marsh cited a report by Ruth Comey, who said the canal would close.\n")
    assert ("a report by Ruth Comey", "Helen Marsh", "cited") in claims
    assert ("the canal would close", "who", "said") in claims


@pytest.mark.model
def test_words_put_to_someone_in_an_opening_participle_are_not_theirs():
    text = "Asked about the harbour fees, Helen Marsh said the port would cut them.\n"
    claims = {c.content: c for c in extract_claims(next(parse_texts([text], 1)))}
    assert claims["the harbour fees"].source_start is None  # whoever asked, not Marsh
    said = claims["the port would cut them"]
    assert text[said.source_start:said.source_end] == "Helen Marsh"
    # the same set off after the name, which the model reads as the participle's subject
    text = "Marsh, asked about the harbour fees, said the port would cut them.\n"
    claims = {c.content: c for c in extract_claims(next(parse_texts([text], 1)))}
    assert claims["the harbour fees"].source_start is None
    said = claims["the port would cut them"]
    assert text[said.source_start:said.source_end] == "Marsh"


@pytest.mark.model
def test_a_noun_cue_after_with_or_in_is_the_words_of_the_verb_s_subject():
    text = "Last June, Helen Marsh stirred controversy with an assertion that the port was losing money.\n"
    claim = next(c for c in extract_claims(next(parse_texts([text], 1))) if "losing money" in c.content)
    assert text[claim.source_start:claim.source_end] == "Helen Marsh"


@pytest.mark.model
def test_a_quotation_after_one_speaker_s_verb_is_not_the_next_speaker_s_words():
    # the model reads "joked" as a complement of "shouted", with "Moreno" a modifier of it, and the
    # participle clause between "joked" and its quotation as what was joked
    text = ("Mayor Luis Moreno spoke at the town hall on Monday.\n\nWhen a man in the crowd shouted, “Resign,” "
            "Moreno joked, again waving his hat, “Not today, my friend!”\n")
    claims = {c.cue_lemma: c for c in extract_claims(next(parse_texts([text], 1)))}
    assert claims["shout"].content == "“Resign,”"
    joked = claims["joke"]
    assert joked.content == "“Not today, my friend!”"
    assert text[joked.source_start:joked.source_end] == "Moreno"


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", [
    # a quotation one's verb leads into is not taken back by the next attribution
    ("Helen Marsh said, “No.” Samuel Okafor replied, “Yes.”\n", "reply", "“Yes.”"),
    # a pronoun and a verb after a quotation that are the sentence's own words, not a new attribution
    ("Helen Marsh said “absolutely,” she will continue to fight for the harbor.\n", "say",
     "“absolutely,” she will continue to fight for the harbor"),
    # a participle clause that says something of its own lends its verb no quotation
    ("Helen Marsh responded Tuesday, saying Okafor had told supporters, “I love the harbor.”\n", "respond", None),
])
def test_what_follows_a_quotation_decides_whose_words_it_is(text, cue, content):
    claims = {c.cue_lemma: c for c in extract_claims(next(parse_texts([text], 1)))}
    if content is None:
        assert cue not in claims or "I love the harbor" not in claims[cue].content
    else:
        assert claims[cue].content == content


@pytest.mark.model
def test_words_someone_has_for_another_are_theirs():
    assert ("the union", "Helen Marsh", "praise") in content_source_cue(
        "Helen Marsh backed the plan but also had praise for the union.\n")
    assert content_source_cue("Helen Marsh has some advice for the crews: stay home.\n") == [
        ("stay home", "Helen Marsh", "advice")]
    assert content_source_cue("The port had a conference call with the union.\n") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # what the statement set off, or what it was, is the writer's word
    ("Helen Marsh said the port would cut 500 jobs, which sent its shares down 8 percent.\n",
     ("the port would cut 500 jobs", "Helen Marsh", "said")),
    ("Helen Marsh said she would sign the lease, which was a reversal of her position last week.\n",
     ("she would sign the lease", "Helen Marsh", "said")),
    # and another's stand is another claim
    ("Helen Marsh said the port would join the lawsuit, which the union has opposed.\n",
     ("the port would join the lawsuit", "Helen Marsh", "said")),
    # what went on as the words were said, with their speaker in it, or the question put, is when
    ("As she left the courthouse, Marsh said, she had no regrets.\n", ("she had no regrets.", "Marsh", "said")),
    ("When reporters asked about the deficit, Marsh said, the figures were misleading.\n",
     ("the figures were misleading.", "Marsh", "said")),
    # "as expected" is the writer's aside, not what the plan was called
    ("Okafor criticized the plan as expected.\n", ("the plan", "Okafor", "criticized")),
    ("The port confirmed the layoffs as first reported by Reuters.\n", ("the layoffs", "The port", "confirmed")),
])
def test_the_writer_s_words_around_a_claim_stay_out_of_it(text, expected):
    assert expected in content_source_cue(text)


@pytest.mark.model
def test_words_someone_had_none_of_or_received_are_no_one_s():
    assert content_source_cue("Helen Marsh had no advice for the crews.\n") == []
    text = "The port authority has had criticism for its slow response to the floods.\n"
    assert [c.source_start for c in extract_claims(next(parse_texts([text], 1)))] == [None]


@pytest.mark.model
def test_a_list_of_deeds_the_parse_broke_up_shares_its_subject():
    claims = content_source_cue(
        "Okafor further summed up the plan as \u201creckless,\u201d denounced the board and said the port should close.\n")
    assert ("the board", "Okafor", "denounced") in claims
    assert ("the port should close", "Okafor", "said") in claims
    # but what a verb of speaking after them says is not a deed: its speaker comes after it
    assert content_source_cue("The port had a say in every decision, said a former harbour official.\n") == [
        ("The port had a say in every decision", "a former harbour official", "said")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Senator Ann Okafor lambasted the port plan.\n", ("the port plan", "Senator Ann Okafor", "lambasted")),
    ("Mayor Tom Dahl trashed the budget deal.\n", ("the budget deal", "Mayor Tom Dahl", "trashed")),
])
def test_a_rare_verb_of_blame_is_read_as_criticize_is(text, expected):
    assert expected in content_source_cue(text)


@pytest.mark.model
def test_a_participle_after_a_quoted_title_is_said_by_the_subject_before_it():
    text = ("Former Mayor Ann Okafor trashed the deal on MSNBC’s “Morning Joe,” calling it a “no-brainer” "
            "to reject.\n")
    assert ("it a “no-brainer” to reject", "Former Mayor Ann Okafor", "calling") in content_source_cue(text)


@pytest.mark.model
def test_a_quotation_after_its_subject_carries_the_subject_into_the_words():
    # a quotation of two sentences, the first starting after its verb's subject
    text = "The people of Marlow “deserve someone who is with them. That is Ruth Comey,” said the senator.\n"
    assert content_source_cue(text) == [
        ("The people of Marlow “deserve someone who is with them. That is Ruth Comey,”", "the senator", "said")]
    text = "The new harbour fee “was early enough that nobody noticed. Then the ships left,” Helen Marsh said.\n"
    assert content_source_cue(text) == [
        ("The new harbour fee “was early enough that nobody noticed. Then the ships left,”", "Helen Marsh", "said")]
    # the speaker's own words after a verb keep their start
    assert content_source_cue("Helen Marsh said the fee “will fail the port.”\n") == [
        ("the fee “will fail the port.”", "Helen Marsh", "said")]
