"""The training tools' labels, on sentences written for the tests, and how they hold articles out."""
import sys

import pytest

from conftest import REPO
from factstore.parse import parse_texts

sys.path.insert(0, str(REPO / "tools"))
from learn_cue_rules import learn_rules  # noqa: E402
from polnear import held_out_split  # noqa: E402
from train_content_scorer import examples, gold_contents_by_cue  # noqa: E402


@pytest.mark.model
def test_a_content_belongs_to_every_cue_word_of_its_attribution():
    text = "Marsh went on to say that the port would pay."
    doc = next(parse_texts([text], 1))
    content = text.index("that"), len(text) - 1
    attribution = {"content": [content], "cue": [(text.index("went"), text.index(" that"))],
                   "source": [(0, 5)]}
    by_cue = gold_contents_by_cue(doc, [attribution])
    assert sorted(doc[i].text for i in by_cue) == ["say", "went"]
    labelled = [(f, is_content) for f, is_content in examples(doc, [attribution]) if is_content]
    assert any("l|d=say|ccomp" in features for features, _ in labelled)


@pytest.mark.model
def test_cue_rules_are_learned_from_the_annotated_contents_seen_often_enough():
    def article(text, cue, content):
        start = text.index(content)
        attribution = {"content": [(start, start + len(content))],
                       "cue": [(text.index(cue), text.index(cue) + len(cue))], "source": [(0, 5)]}
        return text, next(parse_texts([text], 1)), [attribution]

    articles = [article("Marsh said that the port would pay.", "said", "that the port would pay"),
                article("Okafor said that the cranes were idle.", "said", "that the cranes were idle"),
                article("Walker grumbled that the talks were slow.", "grumbled", "that the talks were slow")]
    rules = learn_rules(articles)
    assert rules[("say", "VERB", "ccomp")] == (1.0, 2)
    assert not any(lemma == "grumble" for lemma, _, _ in rules)  # one example is too few


def test_a_fold_holds_out_one_block_of_articles_and_trains_on_the_rest_in_order():
    articles = list(range(10))
    assert held_out_split(articles, 3) == ([0, 1, 2, 3, 4, 5, 6], [7, 8, 9])
    assert held_out_split(articles, 3, fold=1) == ([0, 1, 2, 3, 7, 8, 9], [4, 5, 6])
    assert held_out_split(articles, 3, fold=2) == ([0, 4, 5, 6, 7, 8, 9], [1, 2, 3])
    assert held_out_split(articles, 0) == (articles, [])
    with pytest.raises(ValueError):
        held_out_split(articles, 3, fold=3)  # only one article left before the last nine
