"""The dev benchmark's account of the claims the partial match lost, of the first texts of a split and of
headline contents, on splits written for the test; the sources benchmark's reading of attributions; the
synthetic corpus's replacements."""
import importlib.util
import re
import sqlite3
import sys

import pytest

from conftest import REPO
from factstore.read import read_article
from test_training import write_split

# loaded by path: tools/polnear.py, which the training tests import, has the same module name
spec = importlib.util.spec_from_file_location("bench_polnear", REPO / "bench" / "polnear.py")
bench_polnear = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_polnear)
SCORER = bench_polnear.SHARED / "tools" / "polnear_score.py"


def test_losses_say_whether_a_claim_touched_nothing_or_only_what_another_matched(tmp_path):
    if not SCORER.exists():
        pytest.skip(f"the losses are read with {SCORER}")
    found = ("Marsh said the quay would open in June.", "Marsh", "said", "the quay would open in June")
    missed = ("The union denied that fares would rise.", "The union", "denied", "that fares would rise")
    two = ("Marsh said the quay would open, and Okafor said the cranes were idle.", "Marsh", "said",
           "the quay would open")
    write_split(tmp_path / "split", [found, missed, two])
    cranes, okafor, said = (two[0].index(words) for words in ("the cranes", "Okafor", "said the cranes"))
    with open(tmp_path / "split" / "attributions" / "article2_0001.ann", "a", encoding="utf-8") as ann:
        ann.write(f"T4\tSource {okafor} {okafor + 6}\tOkafor\nT5\tCue {said} {said + 4}\tsaid\n"
                  f"T6\tContent {cranes} {len(two[0]) - 1}\tthe cranes were idle\n"
                  "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n")
    db = tmp_path / "claims.db"
    with sqlite3.connect(db) as con:
        con.execute("create table articles (id integer primary key, source_file text)")
        con.execute("create table claims (article_id integer, start_char integer, end_char integer, "
                    "source_start_char integer, source_end_char integer, cue_start_char integer, cue_end_char integer)")
        con.executemany("insert into articles values (?, ?)",
                        [(1, "article0.txt"), (2, "article1.txt"), (3, "article2.txt")])
        quay, open_in_june, union = found[0].index("the quay"), found[0].index("open"), missed[0].index("The union")
        both = two[0].index("the quay")
        con.executemany("insert into claims values (?, ?, ?, null, null, null, null)",
                        [(1, quay, quay + 8), (1, open_in_june, open_in_june + 4), (2, union, union + 9),
                         (3, both, len(two[0]) - 1)])  # one claim over both of article2's
    scorer = bench_polnear.load_scorer(SCORER)
    gold, predicted = scorer.load_gold(str(tmp_path / "split")), scorer.preds_from_db(str(db))
    losses, missed_cues = bench_polnear.misses(scorer, gold, predicted)
    assert losses == {"annotated, touched by no claim": 1, "annotated, sharing a claim with another": 1,
                      "claimed, touching none": 1, "claimed, touching only matched ones": 1}
    assert missed_cues == {"denied": 1, "said": 1}


def test_the_sources_benchmark_reads_each_attribution_with_its_content_and_source(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_sources", REPO / "bench" / "sources.py")
    bench_sources = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_sources)
    ann = tmp_path / "a_0001.ann"
    ann.write_text("T1\tSource 0 5\tMarsh\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tthe quay would\n"
                   "T4\tCue 40 44\tsaid\nT5\tContent 45 50\tfares\n"
                   "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nE2\tAttribution:T4 Cue:T4 Content:T5\n"
                   "#1\tAnnotatorNotes T1\tnote\n", encoding="utf-8")
    assert bench_sources.annotated_sources(ann) == [([(11, 20), (25, 30)], [(0, 5)])]


def test_the_first_texts_of_a_split_are_scored_alone_and_headline_contents_counted(tmp_path):
    if not SCORER.exists():
        pytest.skip(f"the headline contents are read with {SCORER}")
    headline = ("Marsh says quay will open\n\nThe port is quiet.", "Marsh", "says", "quay will open")
    body = ("Dock news\n\nMarsh said the cranes were idle.", "Marsh", "said", "the cranes were idle")
    write_split(tmp_path / "split", [headline, body, body])
    (tmp_path / "split" / "attributions" / "article2_0001.ann").write_text("not an annotation\n", encoding="utf-8")
    texts = sorted((tmp_path / "split" / "text").glob("*.txt"))[:2]
    scorer = bench_polnear.load_scorer(SCORER)
    part = bench_polnear.part_of_split(tmp_path / "split", texts, tmp_path / "part")
    gold = scorer.load_gold(str(part))  # article2's broken annotations are left out
    assert sorted(gold) == ["article0", "article1"]
    quay = headline[0].index("quay")
    predicted = {"article0": [{"content": [(quay, quay + len("quay will open"))], "source": None, "cue": None}]}
    assert bench_polnear.headline_contents(scorer, gold, predicted) == (1, 1)
    assert bench_polnear.headline_contents(scorer, gold, {}) == (1, 0)


def test_a_synthetic_article_writes_each_source_person_place_and_year_as_another_throughout(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_synthetic", REPO / "bench" / "synthetic.py")
    synthetic = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = synthetic  # for its dataclass
    spec.loader.exec_module(synthetic)
    sources = tmp_path / "sources"
    sources.mkdir()
    # a headline and three paragraphs: each article is all three (synthetic.MIN_PARAGRAPHS)
    (sources / "a.txt").write_text(
        "Port deal signed in Lisbon\n\nHelen Marsh met Daniel Okafor in Lisbon on Tuesday.\n\n"
        "\"We are close,\" Marsh said in 2016.\n\nOkafor said the talks would go on.\n", encoding="utf-8")
    corpora = []
    for run in ("one", "two"):
        (tmp_path / run).mkdir()
        synthetic.write_corpus(tmp_path / run, articles=4, people=50, seed=3, sources=1, source_texts=sources)
        corpora.append({f.name: f.read_text(encoding="utf-8") for f in sorted((tmp_path / run).iterdir())})
    assert corpora[0] == corpora[1] and len(corpora[0]) == 4
    for text in corpora[0].values():
        top, first, second, third = text.strip().split("\n\n")
        headline, published = top.split("\n")
        met = re.fullmatch(r"(\w+) (\w+) met (\w+) (\w+) in (\w+) on (\w+)\.", first)
        assert met, first
        assert not {"Marsh", "Okafor", "Lisbon", "2016"} & set(re.findall(r"\w+", text))  # given names may recur
        year = re.fullmatch(r"Published: \w+ \d+, (\d{4})", published).group(1)
        assert second == f"\"We are close,\" {met[2]} said in {year}."
        assert third == f"{met[4]} said the talks would go on."
        assert headline == f"Port deal signed in {met[5]}" and met[6] in synthetic.WEEKDAYS
        assert read_article("a.txt", text.encode("utf-8")).published_on is not None


def test_held_out_claims_count_an_attribution_covered_at_80_percent_and_its_source():
    from types import SimpleNamespace

    from holdout_claims import coverage
    text = "Marsh said the port will close on Friday. Okafor said the crews are tired of the long delays."
    said_marsh, said_okafor = text.index("the port"), text.index("the crews")
    gold = [{"content": [(said_marsh, text.index("."))], "source": [(0, 5)]},
            {"content": [(said_okafor, len(text) - 1)], "source": [(text.index("Okafor"), text.index("Okafor") + 6)]}]
    found = [{"content": (said_marsh, text.index(" on Friday")), "source": (0, 5)},  # 16 of 24 letters
             {"content": (said_marsh, text.index(".")), "source": None},
             {"content": (said_okafor, len(text) - 1), "source": (0, 5)}]
    figures = coverage([("a", SimpleNamespace(text=text), gold)], {"a": found})
    assert figures == ("attributions covered at 80% 1.000, with their source 0.000; claims covering one 0.667 "
                       "(3 claims, 2 attributions)")
