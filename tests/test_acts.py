"""claims.act: speech, thought or other, on an article written for it."""
import pytest

from conftest import TEXTS, query, seeded_db

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def acts_db(tmp_path_factory):
    return seeded_db(tmp_path_factory, "acts", TEXTS / "acts")


@pytest.mark.parametrize("words, act", [
    ("would create 400 jobs", "speech"),
    ("will fail", "thought"),
    ("in the wrong place", "thought"),  # his view is that ...: a noun for a state of mind
    ("vote it down", "thought"),
    ("most residents opposed", "other"),
    ("support has fallen", "other"),
    ("the quay is too small", "other"),  # a share of those polled says it: a poll's finding
    ("would not give up", "speech"),
    ("needs the work", "speech"),
    ("harbour budget", "other"),  # voted for: a deed, not words
    ("the delays", "other"),  # criticized: words, but only their target is reported
    ("timetable", "other"),  # a possessive's apostrophe is no quotation mark
    ("as a lifeline", "speech"),  # described the scheme as a lifeline: what was said of it
    ("waited long enough", "speech"),
    ("further cuts", "speech"),  # warned against them: what the words ask for or against
    ("run for governor", "speech"),  # aides suggested: people, not data, suggest
    ("left late", "other"),  # a video shows
    ("lifeline.", "speech"),  # as Reddick put it, "...": a quotation is words said, whatever the verb
    ("subsidy was a waste", "speech"),  # shot back: a verb that with its particle is one of speaking
    ("ridership rose 4 percent", "other"),  # according to data, which the model lemmatises as "datum"
    ("a statement saying", "speech"),  # issued a statement: words put out
    ("the city outsource", "speech"),  # a clause, though the model reads its verb as a noun
    ("raising fares", "speech"),  # ruled out: with its particle, a verb of speaking
    ("two proposals to extend", "other"),  # a legislature rejecting proposals: a vote, not words
    ("the claim that the ferry", "speech"),  # a person rejecting a claim: a denial
    ("the worst storm in years", "speech"),  # a statement issued, quoted on past its first sentence
    ("his disapproval", "speech"),  # voiced: the object is the words themselves, not their target
    ("figures from the harbour", "speech"),  # citing figures: words quoted, not a topic
    ("the old ferry wars", "other"),  # a thing that echoes another says nothing
    ("his 2019 victory", "other"),  # to repeat a victory is to win again
    ("any wrongdoing", "speech"),  # denied: the object is what the words deny, not their topic
])
def test_each_claim_has_the_act_its_cue_and_source_make_it(acts_db, words, act):
    rows = query(acts_db, "select act from claims where instr(content, ?) > 0", words)
    assert rows == [(act,)]


def test_claim_context_gives_the_sentence_and_the_article(acts_db):
    rows = query(acts_db, "select speaker, act, sentence, title from claim_context where instr(content, 'jobs') > 0")
    assert rows == [("Ellen Brooks", "speech",
                     "Mayor Ellen Brooks said on Monday that the harbour plan would create 400 jobs.",
                     "Harbour plan divides the town")]


@pytest.mark.parametrize("text, act", [
    ("Marsh leads the race by 6 points, according to a RealClearPolitics polling average.\n", "other"),
    ("Marsh leads Okafor by 6 points, according to the average of recent polls.\n", "other"),
    ("Marsh leads the race by 6 points, according to the harbour pilots.\n", "speech"),
])
def test_an_average_of_polls_is_data_not_words(text, act):
    from factstore.claims import extract_claims
    from factstore.parse import parse_texts
    assert [c.act for c in extract_claims(next(parse_texts([text], 1)))] == [act]
