"""Grouping claims into statements: pure functions, no model."""
from factstore.statements import SAME_REMARK, StatementGroup, alike, group_statements, similarity


def test_paraphrases_and_translations_are_alike():
    assert similarity("The contact with Khamenei is very important",
                      "The engagement with Khamenei is very important") >= 78
    assert similarity("Both our countries have good experience in countering terrorism and this has provided "
                      "much security to our region",
                      "Our two countries have good experience in counter-terrorism, which provides a lot of "
                      "security for our region") >= 78


def test_different_remarks_are_not_alike():
    assert similarity("The river belongs to all of us", "Fishing quotas will be cut next spring") < 50
    assert similarity("yes", "no") == 0 or similarity("yes", "no") < 50


def test_a_quotation_cut_short_matches_the_longer_one():
    assert similarity("“On most issues, our positions are close or the same.”",
                      "“A trusting dialogue has developed. On most issues, our positions are close or identical.”"
                      ) >= 78


def test_alike_finds_the_pairs_similarity_puts_at_or_above_the_threshold_with_the_same_score():
    wordings = ["The contact with Khamenei is very important",
                "The engagement with Khamenei is very important",
                "“A trusting dialogue has developed. On most issues, our positions are close or identical.”",
                "“On most issues, our positions are close or the same.”",
                "The river belongs to all of us", "The river belongs to all of them", "yes", "",
                "Fishing quotas will be cut next spring. The river belongs to us all."]
    expected = {(i, j): similarity(a, b) for i, a in enumerate(wordings) for j, b in enumerate(wordings)
                if similarity(a, b) >= SAME_REMARK}
    assert alike(wordings, wordings) == expected
    assert {(0, 1), (2, 3), (4, 5), (8, 4)} <= set(expected)


def test_grouping_by_speaker_and_wording_through_a_third_claim():
    claims = [
        ("a1", "lind", "We have waited twenty years for this day."),
        ("b1", "lind", "The river is ours. We have waited 20 years for this day."),
        ("c1", "lind", "The river is ours."),
        ("d1", "berg", "We have waited twenty years for this day."),  # another speaker
        ("e1", None, "We have waited twenty years for this day."),  # no source
        ("f1", "lind", "Fishing quotas will be cut next spring."),
    ]
    groups = group_statements(claims, known=[])
    assert sorted(sorted(g.members) for g in groups) == [["a1", "b1", "c1"], ["d1"], ["e1"], ["f1"]]
    first = next(g for g in groups if "a1" in g.members)
    assert first.text == "We have waited twenty years for this day."


def test_a_claim_joins_a_stored_statement():
    stored = StatementGroup("lind", "We have waited twenty years for this day.", id=7)
    groups = group_statements([("x", "lind", "“We have waited 20 years for this day,”")], known=[stored])
    assert groups == [stored] and stored.members == ["x"]
