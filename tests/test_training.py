"""The training tools' labels, on a sentence written for the test."""
import sys

import pytest

from conftest import REPO
from factstore.parse import parse_texts

sys.path.insert(0, str(REPO / "tools"))
from learn_cue_rules import learn_rules  # noqa: E402
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
