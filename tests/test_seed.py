"""seed.py end to end: bad input, idempotence, transactions, the CLI's words."""
import os
import shutil
from contextlib import contextmanager

import pytest
from sqlalchemy.exc import OperationalError

from conftest import TEXTS, query, seed_into
from factstore import store


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(TEXTS / "bad", folder / "bad")
    shutil.copy(TEXTS / "corpus" / "midstory.txt", folder / "good.txt")
    (folder / "huge.txt").write_bytes(b"word " * (1024 * 1024 + 10))
    return folder


def test_bad_files_are_named_and_skipped_and_the_rest_land(mixed_folder, tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, mixed_folder) == 1
    out, err = capsys.readouterr()
    errors = sorted(line for line in err.splitlines() if line.startswith("error:"))
    assert sorted(line.split(": ")[1].rsplit("/", 1)[-1] for line in errors) == [
        "blank.txt", "empty.txt", "huge.txt", "image.txt", "undecodable.txt"]
    assert any("huge.txt: larger than 5 MB" in line for line in errors)
    assert any("image.txt: binary file" in line for line in errors)
    assert any("undecodable.txt: not decodable as UTF-8 or Windows-1252" in line for line in errors)
    assert "articles: 3 added, 0 already present, 5 failed" in out
    assert sorted(r[0] for r in query(db, "select source_file from articles")) == [
        "bad/bom.txt", "bad/latin.txt", "good.txt"]
    (latin,) = query(db, "select text from articles where source_file = 'bad/latin.txt'")[0]
    assert latin.startswith("Café owners protest – again")


def test_a_second_run_adds_nothing_and_says_so(tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "corpus") == 0
    before = [query(db, f"select * from {t} order by id") for t in ("articles", "people", "person_mentions")]
    capsys.readouterr()
    assert seed_into(db, TEXTS / "corpus") == 0
    out, _ = capsys.readouterr()
    assert "articles: 0 added, 5 already present, 0 failed" in out
    after = [query(db, f"select * from {t} order by id") for t in ("articles", "people", "person_mentions")]
    assert after == before


def test_changed_text_is_a_new_article_and_its_people_join_the_known_ones(tmp_path):
    db = tmp_path / "facts.db"
    src = tmp_path / "story.txt"
    src.write_text((TEXTS / "corpus" / "midstory.txt").read_text())
    assert seed_into(db, src) == 0
    src.write_text(src.read_text() + "\nOliveira later left for the airport.\n")
    assert seed_into(db, src) == 0
    assert query(db, "select count(*) from articles") == [(2,)]
    assert query(db, "select count(*) from people where name = 'Marcos Oliveira'") == [(1,)]


def test_a_missing_path_is_an_error_before_anything_is_written(tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "corpus" / "wire.txt", tmp_path / "nope") == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not db.exists()


def test_an_article_that_fails_to_store_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    db = tmp_path / "facts.db"
    real_save_people = store.save_people

    def failing_save_people(session, people, created):
        if any(person.name == "Julia Ferraro" for person in people):
            raise OperationalError("insert", {}, Exception("disk full"))
        return real_save_people(session, people, created)

    monkeypatch.setattr(store, "save_people", failing_save_people)
    assert seed_into(db, TEXTS / "corpus" / "midstory.txt", TEXTS / "corpus" / "wire.txt") == 1
    assert "midstory.txt: database error" in capsys.readouterr().err
    assert query(db, "select source_file from articles") == [("wire.txt",)]
    assert query(db, "select count(*) from people where name in ('Marcos Oliveira', 'Julia Ferraro')") == [(0,)]
    assert query(db, "select count(*) from person_mentions m left join articles a on a.id = m.article_id "
                     "where a.id is null") == [(0,)]


def test_database_url_defaults_and_bare_paths(monkeypatch):
    monkeypatch.delenv("FACTS_DB", raising=False)
    assert store.database_url(None) == "sqlite:///facts.db"
    assert store.database_url("x.db") == "sqlite:///x.db"
    monkeypatch.setenv("FACTS_DB", "sqlite:////tmp/y.db")
    assert store.database_url(None) == "sqlite:////tmp/y.db"
    assert store.database_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_statements_of_an_article_that_fails_to_store_are_stored_with_the_next_that_carries_them(
        tmp_path, monkeypatch, capsys):
    db = tmp_path / "facts.db"
    echoes = [TEXTS / "claims" / "echo_one.txt", TEXTS / "claims" / "echo_two.txt"]
    real_refresh_events = store.refresh_events
    calls = []

    def failing_first_refresh(session, event_ids):
        calls.append(event_ids)
        # after the first article's claims and statements are in: in the batch's transaction, then in
        # the article's own when the batch is written again an article at a time
        if len(calls) <= 2:
            raise OperationalError("update", {}, Exception("disk full"))
        return real_refresh_events(session, event_ids)

    monkeypatch.setattr(store, "refresh_events", failing_first_refresh)
    assert seed_into(db, *echoes) == 1
    assert "database error" in capsys.readouterr().err
    assert query(db, "select count(*) from articles") == [(1,)]
    orphans = ("select count(*) from claims c left join statements s on s.id = c.statement_id "
               "where c.statement_id is not null and s.id is null")
    assert query(db, orphans) == [(0,)]
    assert query(db, "select count(*) from statements s where not exists "
                     "(select 1 from claims c where c.statement_id = s.id)") == [(0,)]

    monkeypatch.setattr(store, "refresh_events", real_refresh_events)
    assert seed_into(db, *echoes) == 0
    assert query(db, orphans) == [(0,)]
    assert query(db, "select count(*) from statements where article_count = 2") == [(2,)]


def test_a_file_name_that_is_not_utf8_is_stored_and_printed_escaped(tmp_path):
    import subprocess
    import sys

    from conftest import REPO

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXTS / "corpus" / "wire.txt", folder / "good.txt")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write((TEXTS / "corpus" / "midstory.txt").read_bytes())
    open(os.path.join(os.fsencode(folder), b"vid\xe9.txt"), "wb").close()
    db = tmp_path / "facts.db"
    run = subprocess.run([sys.executable, "seed.py", "--db", str(db), str(folder)], cwd=REPO,
                         capture_output=True, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert run.returncode == 1
    assert run.stderr.decode() == f"error: {folder}/vid\\xe9.txt: empty file\n"
    assert "articles: 2 added, 0 already present, 1 failed" in run.stdout.decode()
    assert sorted(r[0] for r in query(db, "select source_file from articles")) == ["caf\\xe9.txt", "good.txt"]


def test_broken_and_looping_symlinks_are_errors_naming_the_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXTS / "corpus" / "wire.txt", folder / "good.txt")
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    db = tmp_path / "facts.db"
    assert seed_into(db, folder) == 1
    out, err = capsys.readouterr()
    assert sorted(err.splitlines()) == [
        f"error: {folder / 'broken.txt'}: cannot read (broken symbolic link)",
        f"error: {folder / 'loop.txt'}: cannot read (symbolic link loop)"]
    assert "articles: 1 added, 0 already present, 2 failed" in out


def test_utf16_and_a_stray_bad_byte_land_with_a_warning_for_the_byte(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    story = (TEXTS / "corpus" / "midstory.txt").read_text() + "“We will build it,” Ferraro said in São Paulo.\n"
    (folder / "utf16.txt").write_bytes(story.encode("utf-16"))
    (folder / "stray.txt").write_bytes(story.replace("bridge", "bri\x00dge").encode().replace(b"\x00", b"\xfe"))
    db = tmp_path / "facts.db"
    assert seed_into(db, folder) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"warning: {folder / 'stray.txt'}: 1 invalid UTF-8 sequence replaced by U+FFFD"]
    assert "articles: 2 added" in out
    texts = dict(query(db, "select source_file, text from articles"))
    assert texts == {"utf16.txt": story, "stray.txt": story.replace("bridge", "bri\ufffddge")}


def test_a_text_over_a_million_characters_is_parsed_in_pieces_beside_a_good_one(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXTS / "corpus" / "wire.txt", folder / "good.txt")
    story = (TEXTS / "corpus" / "midstory.txt").read_text()
    rules = ("-" * 999 + "\n") * 100  # 100,000 characters the parser reads as 200 tokens
    long = "Long report\n\n" + "".join(f"{story}\n{rules}\n" for _ in range(11)) + story
    assert 1_100_000 < len(long) < 1_200_000
    (folder / "long.txt").write_text(long)
    db = tmp_path / "facts.db"
    assert seed_into(db, folder) == 0
    assert "articles: 2 added, 0 already present, 0 failed" in capsys.readouterr()[0]
    assert query(db, "select length(text) from articles where source_file = 'long.txt'") == [(len(long),)]
    spans = ("select count(*), sum({start} > 1000000) from {table} t join articles a on a.id = t.article_id "
             "where a.source_file = 'long.txt' and substr(a.text, {start} + 1, {end} - {start}) = t.{surface}")
    mentions = query(db, spans.format(table="person_mentions", start="start_char", end="end_char", surface="text"))
    claims = query(db, spans.format(table="claims", start="start_char", end="end_char", surface="content"))
    assert query(db, "select count(*) from person_mentions m join articles a on a.id = m.article_id "
                     "where a.source_file = 'long.txt'") == [(mentions[0][0],)]
    assert mentions[0][0] >= 12 * 3 and mentions[0][1] >= 3
    assert claims[0][0] >= 12 and claims[0][1] >= 1


def test_an_article_another_seeder_stored_meanwhile_is_already_present(tmp_path, monkeypatch, capsys):
    """Another run stores one of this run's articles while this one parses: found when this one's turn to write
    comes (store.writer_lock), reported as present, not a failure."""
    db = tmp_path / "facts.db"
    real_lock = store.writer_lock

    @contextmanager
    def another_run_first(engine):
        monkeypatch.setattr(store, "writer_lock", real_lock)
        assert seed_into(db, TEXTS / "corpus" / "wire.txt") == 0
        with real_lock(engine):
            yield

    monkeypatch.setattr(store, "writer_lock", another_run_first)
    assert seed_into(db, TEXTS / "corpus" / "wire.txt", TEXTS / "corpus" / "midstory.txt") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2] == "articles: 1 added, 1 already present, 0 failed"
    assert query(db, "select source_file from articles order by id") == [("wire.txt",), ("midstory.txt",)]
    assert query(db, "select count(*) from people where name = 'Marcos Oliveira'") == [(1,)]


def test_a_remark_no_person_made_is_one_statement_across_runs_and_spellings(tmp_path):
    # the source's words are matched as statements match them: "The Kremlin" and "the Kremlin" alike
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks in Geneva\n\nThe Kremlin said the talks in Geneva had been useful.\n")
    (folder / "b.txt").write_text("Geneva round ends\n\nThe round ended on Monday, and the Kremlin said the talks "
                                  "in Geneva had been useful.\n")
    (folder / "c.txt").write_text("Geneva talks\n\nThe White House said the talks in Geneva had been useful.\n")
    db = tmp_path / "facts.db"
    for name in ("a.txt", "b.txt", "c.txt"):  # three runs: each finds the statements stored before it
        assert seed_into(db, folder / name) == 0
    assert sorted(query(db, "select source_key, article_count from statements where speaker_id is null")) == [
        ("kremlin", 2), ("white house", 1)]
