"""The bundled corpus, seeded: metadata, people, and the span invariant."""
import sqlite3

import pytest

from conftest import query

# Every span in the database: (table, start column, end column, surface text column).
SPANS = [
    ("person_mentions", "start_char", "end_char", "text"),
    ("person_roles", "start_char", "end_char", "role"),
    ("article_contributors", "start_char", "end_char", "name"),
    ("boilerplate_spans", "start_char", "end_char", "text"),
    ("claims", "start_char", "end_char", "content"),
    ("claims", "source_start_char", "source_end_char", "source_text"),
    ("claims", "cue_start_char", "cue_end_char", "cue_text"),
]


def test_every_span_is_exactly_its_surface_text(bundled_db, written_db):
    for db in (bundled_db, written_db):
        with sqlite3.connect(db) as con:
            columns = {(t, c[1]) for (t,) in con.execute("select name from sqlite_master where type = 'table'")
                       for c in con.execute(f"pragma table_info({t})")}
            spanned = {(t, c) for t, c in columns if c.endswith("start_char")}
            assert spanned == {(t, s) for t, s, _, _ in SPANS}, "a span column is missing from the check"
            checked = 0
            for table, start, end, surface in SPANS:
                rows = con.execute(f"select a.text, t.{start}, t.{end}, t.{surface} from {table} t "
                                   f"join articles a on a.id = t.article_id where t.{start} is not null").fetchall()
                for text, s, e, expected in rows:
                    assert text[s:e] == expected, (table, s, e, expected)
                checked += len(rows)
            assert checked > 20


def test_articles_keep_their_text_verbatim(bundled_db):
    from conftest import REPO
    for source_file, text in query(bundled_db, "select source_file, text from articles"):
        assert (REPO / "texts" / source_file).read_text(encoding="utf-8") == text


def test_headlines_bylines_and_dates(bundled_db):
    rows = query(bundled_db, "select source_file, title, byline, outlet, published_on from articles order by source_file")
    assert rows == [
        ("000_88ba542fabac4a4c.txt", "Vladimir Putin to meet with Iranian president in Turkmenistan",
         "News Desk", None, "2022-06-28"),
        ("001_a60edc2ea3734026.txt",
         "Putin meets Iranian leader on first trip outside former Soviet Union since Ukraine war",
         "WOOWinvest", "Reuters", "2022-07-19"),
        ("002_5eca74da1ad7106b.txt", "Putin Visits Iran on First Foreign Trip Amid Ukraine War", None, None, None),
        ("003_d210924a4d0f1562.txt",
         "Putin travels to Iran to holds talks with Khamenei in first foreign trip since Ukraine invasion",
         None, None, "2022-07-20"),
        ("004_fe12d1c5a23c3932.txt", None, None, None, None),
    ]


def test_credit_lines_are_contributors_not_people(bundled_db):
    contributors = query(bundled_db, "select name, role from article_contributors order by id")
    assert ("Guy Faulconbridge", "writing") in contributors
    assert ("Gareth Jones", "editing") in contributors
    assert ("Orhan Coskun", "additional reporting") in contributors
    people = {r[0] for r in query(bundled_db, "select name from people")}
    assert not people & {name for name, _ in contributors}


EXPECTED_PEOPLE = {
    "Vladimir Putin", "Ebrahim Raisi", "Ali Khamenei", "Khomeini", "Recep Tayyip Erdogan", "Yuri Ushakov",
    "Imomali Rakhmon", "Sergei Lavrov", "Alexander Novak", "Joe Biden", "Donald Trump",
    "Hossein Amirabdollahian", "Kiumars Heydari", "John Kirby",
}


def test_people_are_the_real_people_once_each(bundled_db):
    names = [r[0] for r in query(bundled_db, "select name from people")]
    assert len(names) == len(set(names))
    assert EXPECTED_PEOPLE <= set(names)
    # "Rice" is a machine-translation garble of Raisi that only a reader can undo; nothing else may be extra.
    assert set(names) - EXPECTED_PEOPLE <= {"Rice"}
    for false_person in ("Ashgabat", "Tajik", "Mastercard", "Writing", "Developed", "Ukraine Khamenei", "Shana"):
        assert false_person not in names
        assert query(bundled_db, "select count(*) from person_aliases where alias = ?", false_person) == [(0,)]


@pytest.mark.parametrize("alias, person", [
    ("Ebrahim Raisi", "Ebrahim Raisi"), ("Ibrahim Raisi", "Ebrahim Raisi"), ("Raisi", "Ebrahim Raisi"),
    ("Mr. Raisi", "Ebrahim Raisi"), ("Laisi", "Ebrahim Raisi"),
    ("Ayatollah Ali Khamenei", "Ali Khamenei"), ("Ayatollah Khamenei", "Ali Khamenei"),
    ("Ayatollah Khomeini", "Khomeini"), ("Mr. Putin", "Vladimir Putin"), ("Erdogan", "Recep Tayyip Erdogan"),
])
def test_aliases(bundled_db, alias, person):
    assert query(bundled_db, "select p.name from person_aliases a join people p on p.id = a.person_id "
                             "where a.alias = ?", alias) == [(person,)]


@pytest.mark.parametrize("person, role", [
    ("Ebrahim Raisi", "Iranian President"), ("Ali Khamenei", "Supreme Leader"),
    ("Yuri Ushakov", "Putin's foreign policy adviser"), ("Vladimir Putin", "Russian President"),
    ("Recep Tayyip Erdogan", "Turkish President"), ("Hossein Amirabdollahian", "Iranian Foreign Minister"),
])
def test_roles_as_the_articles_state_them(bundled_db, person, role):
    roles = {r[0] for r in query(bundled_db, "select r.role from person_roles r join people p on p.id = r.person_id "
                                             "where p.name = ?", person)}
    assert role in roles


def test_surname_and_title_mentions_are_recorded(bundled_db):
    rows = query(bundled_db, "select a.source_file, m.text, m.kind, p.name from person_mentions m "
                             "join articles a on a.id = m.article_id join people p on p.id = m.person_id")
    assert ("000_88ba542fabac4a4c.txt", "Iranian president", "title", "Ebrahim Raisi") in rows
    assert ("002_5eca74da1ad7106b.txt", "Mr. Raisi", "surname", "Ebrahim Raisi") in rows
    erdogan_in_reuters = [r for r in rows if r[0].startswith("001") and r[3] == "Recep Tayyip Erdogan"]
    assert len(erdogan_in_reuters) >= 5
