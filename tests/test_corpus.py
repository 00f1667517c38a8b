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
    ("event_mentions", "start_char", "end_char", "text"),
    ("event_mentions", "trigger_start_char", "trigger_end_char", "trigger_text"),
    ("event_mentions", "date_start_char", "date_end_char", "date_text"),
    ("event_mentions", "ordinal_start_char", "ordinal_end_char", "ordinal_text"),
]


def test_every_span_is_exactly_its_surface_text(bundled_db, written_db):
    for db in (bundled_db, written_db):
        with sqlite3.connect(db) as con:
            columns = {(t, c[1]) for (t,) in con.execute("select name from sqlite_master where type = 'table'")
                       for c in con.execute(f"pragma table_info({t})")}
            spanned = {(t, c) for t, c in columns if c.endswith("start_char")} - {("claims", "sentence_start_char")}
            assert spanned == {(t, s) for t, s, _, _ in SPANS}, "a span column is missing from the check"
            outside = con.execute("select count(*) from claims where sentence_start_char > min(start_char, "
                                  "coalesce(source_start_char, start_char), coalesce(cue_start_char, start_char)) "
                                  "or sentence_end_char < max(end_char, coalesce(source_end_char, end_char), "
                                  "coalesce(cue_end_char, end_char))").fetchone()[0]
            assert outside == 0, "a claim's sentences must hold its content, source and cue"
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
    "Hossein Amirabdollahian", "Kiumars Heydari", "John Kirby", "Bashar al-Assad",
}


def test_people_are_the_real_people_once_each(bundled_db):
    names = [r[0] for r in query(bundled_db, "select name from people")]
    assert len(names) == len(set(names))
    assert EXPECTED_PEOPLE <= set(names)
    assert set(names) == EXPECTED_PEOPLE
    for false_person in ("Ashgabat", "Tajik", "Mastercard", "Writing", "Developed", "Ukraine Khamenei", "Shana",
                         "Rice"):
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


# Every quotation and reported statement of the five articles: (file, how the content starts, speaker).
BUNDLED_CLAIMS = [
    ("000", "the need to end the war in Ukraine", "Ebrahim Raisi"),
    ("000", "Tehran’s willingness to help", "Ebrahim Raisi"),
    ("000", "the expansionist agenda of NATO", "Ebrahim Raisi"),
    ("000", "Russian officials visited Iran secretly", None),
    ("000", "that “the US has reached its weakest point", "Ebrahim Raisi"),
    ("000", "his country’s readiness to share", "Ebrahim Raisi"),
    ("001", "“The engagement with Khamenei is very important,”", "Yuri Ushakov"),
    ("001", "“On most issues, our positions are close or the same.”", "Yuri Ushakov"),
    ("001", "“Our two countries have good experience in counter-terrorism", "Ebrahim Raisi"),
    ("001", "that Iranian crude exports to China had fallen", None),
    ("001", "to launch more military operations", "Recep Tayyip Erdogan"),
    ("001", "“Maintaining the territorial integrity of Syria", "Ali Khamenei"),
    ("001", "terrorism remains a common concern", "Recep Tayyip Erdogan"),
    ("001", "Turkey’s plan of action would be discussed", None),
    ("002", "“I am very pleased to be on the hospitable Iranian soil", "Vladimir Putin"),
    ("002", "such moves are an economic war declaration", "Vladimir Putin"),
    ("002", "“The contact with Khamenei is very important.", "Yuri Ushakov"),
    ("002", "his government was committed to security cooperation", "Vladimir Putin"),
    ("002", "“We are strengthening our cooperation", "Vladimir Putin"),
    ("002", "that it was “deeply beneficial”", "Ali Khamenei"),
    ("002", "that the world events proved", "Ali Khamenei"),
    ("002", "such allegations", "Hossein Amirabdollahian"),
    ("002", "that the country has already prepared to export", "Kiumars Heydari"),
    ("003", "“A trusting dialogue has developed", "Yuri Ushakov"),
    ("003", "“The contact with Khamenei is very important,”", "Yuri Ushakov"),
    ("003", "\"Both our countries have good experience", "Ebrahim Raisi"),
    ("003", "\"I hope your visit to Iran will increase cooperation", "Ebrahim Raisi"),
    ("004", "“I am extremely happy to be on the friendly Iranian soil", "Vladimir Putin"),
    ("004", "strong security cooperation between the two countries", "Ebrahim Raisi"),
    ("004", "their “good experience” in counterterrorism", "Ebrahim Raisi"),
    ("004", "NATO’s expansion had to be “stopped.”", "Ali Khamenei"),
    ("004", "“NATO is a risky organization.", "Ali Khamenei"),
    ("004", "Iran is prepared to supply hundreds of drones", None),
    ("004", "the fact that Russia turned to Iran", "John Kirby"),
    ("004", "“We have advanced thanks to your intervention,”", "Vladimir Putin"),
    ("004", "that the two countries (Russia and Ukraine) should continue", "Recep Tayyip Erdogan"),
    ("004", "to thwart Sweden and Finland’s accession", "Recep Tayyip Erdogan"),
    ("004", "“I would want to remind you once more", "Recep Tayyip Erdogan"),
    ("004", "that he was no longer opposed to the expansion", "Recep Tayyip Erdogan"),
]


@pytest.mark.parametrize("file, content, speaker", BUNDLED_CLAIMS)
def test_bundled_claims_and_their_speakers(bundled_db, file, content, speaker):
    rows = query(bundled_db, "select p.name from claims c join articles a on a.id = c.article_id "
                             "left join people p on p.id = c.speaker_id "
                             "where a.source_file like ? and instr(c.content, ?) > 0",
                 file + "%", content)
    assert rows, f"no claim holds {content!r}"
    assert (speaker,) in rows


@pytest.mark.parametrize("speaker, fragment, articles", [
    ("Yuri Ushakov", "with Khamenei is very important", {"001", "002", "003"}),
    ("Ebrahim Raisi", "good experience in counter", {"001", "003"}),
    ("Vladimir Putin", "to be on the", {"002", "004"}),
])
def test_remarks_carried_by_several_outlets_are_one_statement(bundled_db, speaker, fragment, articles):
    rows = query(bundled_db, "select c.statement_id, substr(a.source_file, 1, 3) from claims c "
                             "join articles a on a.id = c.article_id join people p on p.id = c.speaker_id "
                             "where p.name = ? and c.content like ?", speaker, f"%{fragment}%")
    assert {file for _, file in rows} == articles
    assert len({statement for statement, _ in rows}) == 1
    (count,) = query(bundled_db, "select article_count from statements where id = ?", rows[0][0])[0]
    assert count == len(articles)


def test_different_remarks_of_one_speaker_stay_apart(bundled_db):
    rows = dict(query(bundled_db, "select c.content, c.statement_id from claims c join people p "
                                  "on p.id = c.speaker_id where p.name = 'Ali Khamenei'"))
    syria = next(s for c, s in rows.items() if "territorial integrity of Syria" in c)
    nato = next(s for c, s in rows.items() if "NATO is a risky organization" in c)
    assert syria != nato
