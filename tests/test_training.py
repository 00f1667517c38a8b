"""The training tools' labels, on sentences written for the tests, and how they hold articles out."""
import subprocess
import sys

import pytest

from conftest import REPO
from factstore.parse import parse_texts

from learn_cue_rules import learn_rules
from polnear import held_out_split
from train_content_scorer import examples, gold_contents_by_cue


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


def write_split(folder, articles: list[tuple[str, str, str, str]]) -> None:
    """A PolNeAR-shaped split: each article's text, and its one attribution (source, cue, content)
    as BRAT standoff."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for n, (text, source, cue, content) in enumerate(articles):
        name = f"article{n}"
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        lines = [f"T{k}\t{role} {text.index(words)} {text.index(words) + len(words)}\t{words}"
                 for k, (role, words) in enumerate((("Source", source), ("Cue", cue), ("Content", content)), 1)]
        lines.append("E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3")
        (folder / "attributions" / f"{name}_0001.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


SMALL_SPLIT = [
    ("Port strike\n\nThe harbour master said that the cranes would stay idle.", "The harbour master", "said",
     "that the cranes would stay idle"),
    ("Quay works\n\nMarsh said the new quay would open in June.", "Marsh", "said", "the new quay would open in June"),
    ("Ferry fares\n\nThe union denied that fares would rise.", "The union", "denied", "that fares would rise"),
]


def run_tool(tool: str, *args: str) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, str(REPO / "tools" / tool), *args], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    return run


@pytest.mark.model
def test_the_scorer_trains_on_a_split_and_scores_a_fold_held_out_of_it(tmp_path):
    write_split(tmp_path / "split", SMALL_SPLIT)
    model = tmp_path / "scorer.crfsuite"
    run = run_tool("train_content_scorer.py", str(tmp_path / "split"), "--holdout", "1", "--fold", "1",
                   "--out", str(model))
    assert "from 2 articles" in run.stdout and "probability >= 0.3" in run.stdout
    assert model.exists()


@pytest.mark.model
def test_the_tagger_trains_on_a_split_and_scores_a_fold_held_out_of_it(tmp_path):
    from train_claim_tagger import SCORER
    if not SCORER.exists():
        pytest.skip(f"--holdout scores with {SCORER}")
    write_split(tmp_path / "split", SMALL_SPLIT)
    model = tmp_path / "tagger.crfsuite"
    run = run_tool("train_claim_tagger.py", str(tmp_path / "split"), "--holdout", "1", "--fold", "1",
                   "--out", str(model))
    assert "from the same 2 articles" in run.stdout
    assert model.exists() and model.with_suffix(".scorer.crfsuite").exists()
    assert "rules only" in run.stdout and "... confirm >= 0.25" in run.stdout


@pytest.mark.parametrize("tool", ["train_content_scorer.py", "train_claim_tagger.py"])
def test_a_fold_without_a_holdout_is_refused_before_any_article_is_read(tool, tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "tools" / tool), str(tmp_path / "none"), "--fold", "1"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "--fold needs --holdout" in run.stderr
