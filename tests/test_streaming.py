"""Streaming: articles are resolved and stored in batches as the parser goes, and a killed run resumes."""
import re
import subprocess

from conftest import TEXTS, query, seed_into, tables_without_ids
from factstore import parse, pipeline, store
from test_faults import SEED_AND_DIE, assert_sound, python

FOLDERS = [TEXTS / "corpus", TEXTS / "events", TEXTS / "claims"]  # 17 articles


def test_articles_are_stored_while_the_parser_is_still_going(tmp_path, monkeypatch):
    parsed, at_first_store = [], []
    real_parse, real_save = pipeline.read_texts, store.save_batch

    def counting_parse(*args):
        for doc in real_parse(*args):
            parsed.append(doc)
            yield doc

    def noting_save(*args, **kw):
        at_first_store.append(len(parsed))
        return real_save(*args, **kw)

    monkeypatch.setattr(pipeline, "read_texts", counting_parse)
    monkeypatch.setattr(store, "save_batch", noting_save)
    report = pipeline.seed(FOLDERS, f"sqlite:///{tmp_path / 'facts.db'}", batch_size=4)
    assert len(report.added) == len(parsed) == 17
    assert at_first_store[0] == 4  # the first batch went in before the fifth article was parsed


def test_a_run_killed_in_its_third_batch_resumes_with_the_articles_not_yet_stored(tmp_path, capsys):
    whole = tmp_path / "whole.db"
    assert seed_into(whole, "--batch-size", "3", *FOLDERS) == 0
    db = tmp_path / "facts.db"
    # SIGKILL as the seventh article, the first of the third batch, is about to be written
    killed = python(SEED_AND_DIE, "INSERT INTO articles ", "7", "--db", f"sqlite:///{db}", "--batch-size", "3",
                    *map(str, FOLDERS), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.wait(120) == -9
    assert query(db, "select count(*) from articles") == [(6,)]
    assert query(db, "pragma integrity_check") == [("ok",)]
    capsys.readouterr()
    assert seed_into(db, "--batch-size", "3", *FOLDERS) == 0
    out = capsys.readouterr().out
    assert re.search(r"articles: 11 added, 6 already present, 0 failed", out), out
    assert_sound(db)
    assert tables_without_ids(db) == tables_without_ids(whole)


def test_batch_size_must_be_a_positive_number(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exit:
        seed_into(tmp_path / "facts.db", "--batch-size", "0", TEXTS / "corpus")
    assert exit.value.code == 2
    assert "not a positive whole number" in capsys.readouterr().err


def test_batches_grow_with_the_store_up_to_a_limit():
    assert pipeline.batch_size_for(0) == pipeline.batch_size_for(5_000) == pipeline.BATCH_SIZE
    assert pipeline.batch_size_for(20_000) == 400
    assert pipeline.batch_size_for(10 ** 7) == pipeline.MAX_BATCH_SIZE


def test_by_default_a_batch_holds_a_share_of_the_articles_stored_before_it(tmp_path, monkeypatch):
    batches = []
    real_save = store.save_batch

    def noting_save(engine, batch, *args, **kw):
        batches.append(len(batch))
        return real_save(engine, batch, *args, **kw)

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    monkeypatch.setattr(pipeline, "STORED_PER_BATCH_ARTICLE", 1)
    monkeypatch.setattr(store, "save_batch", noting_save)
    url = f"sqlite:///{tmp_path / 'facts.db'}"
    report = pipeline.seed(FOLDERS, url, processes=1)
    assert len(report.added) == 17 and batches == [2, 2, 4, 8, 1]  # as many as were stored before each
    batches.clear()
    report = pipeline.seed([TEXTS / "people"], url, processes=1)
    assert len(report.added) > 17 and batches == [17, len(report.added) - 17]  # 17 stored before it, then 34


def test_a_run_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    thresholds = gc.get_threshold()
    pipeline.seed([TEXTS / "corpus"], f"sqlite:///{tmp_path / 'facts.db'}", processes=1)
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0
    texts = parse.read_texts(len, ["One text.", "Another text."], 2, processes=1)
    next(texts)
    assert gc.get_threshold()[0] == parse.YOUNG_COLLECTION_THRESHOLD and gc.get_freeze_count() > 0
    texts.close()  # stopped early
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0
