"""seed.py --metadata: the user's url, outlet, date and title for articles, over what the text says."""
import json

import pytest

from conftest import query, seed_into
from factstore.read import read_article
from factstore.sidecar import ArticleMetadata, BadMetadata, read_metadata

# Written for these tests: no dateline, so the text gives no outlet and no date, and its dates are relative.
UNDATED = ("Dutch and Norwegian leaders meet\n\n"
           "Dutch Prime Minister Pieter Vos met Norwegian Prime Minister Ingrid Dahl in Oslo on Tuesday. "
           "Vos said the talks about wind farms in the North Sea were useful.\n")
DATELINED = ("Harbour reopens\n\n"
             "ROTTERDAM, March 3 (Newswire) - The harbour reopened on Friday, port director Lotte Smit said.\n")
UNDATED_NAME = "newswire_2016-09-14_dutch-and-norwegian-leaders-mee.txt"
DATELINED_NAME = "newswire_2017-03-03_harbour-reopens.txt"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / UNDATED_NAME).write_text(UNDATED)
    (folder / DATELINED_NAME).write_text(DATELINED)
    return folder


def seed_with(db, folder, metadata, *more):
    return seed_into(db, "--metadata", str(metadata), *more, folder)


ARTICLE_ROWS = "select source_file, url, outlet, published_on, title from articles order by source_file"


def test_the_metadata_file_gives_what_the_text_does_not_and_dates_follow(articles, tmp_path, capsys):
    sidecar = tmp_path / "metadata.jsonl"
    sidecar.write_text(
        json.dumps({"source_file": UNDATED_NAME, "url": "https://news.example/vos-dahl", "outlet": "Newswire",
                    "published_on": "2016-09-14"}) + "\n"
        + json.dumps({"source_file": "not-seeded.txt", "outlet": "Elsewhere"}) + "\n")
    db = tmp_path / "meta.db"
    assert seed_with(db, articles, sidecar) == 0
    assert "1 source_file values match no input file (not-seeded.txt)" in capsys.readouterr().err
    assert query(db, ARTICLE_ROWS) == [
        (UNDATED_NAME, "https://news.example/vos-dahl", "Newswire", "2016-09-14", "Dutch and Norwegian leaders meet"),
        (DATELINED_NAME, None, "Newswire", None, read_article(DATELINED_NAME, DATELINED.encode()).title)]
    # "on Tuesday" is read against the date the user gave; what the articles report is dated from it
    assert query(db, "select distinct e.event_type, e.occurred_on, e.first_reported_on from events e "
                     "join event_mentions m on m.event_id = e.id join articles a on a.id = m.article_id "
                     f"where a.source_file = '{UNDATED_NAME}'") == [("meeting", "2016-09-13", "2016-09-14")]
    assert query(db, "select s.first_reported_on from statements s join claims c on c.statement_id = s.id "
                     "where c.content like '%wind farms%'") == [("2016-09-14",)]


def test_a_csv_file_with_empty_cells_overrides_only_what_it_gives(articles, tmp_path):
    sidecar = tmp_path / "metadata.csv"
    sidecar.write_text("source_file,url,outlet,published_on,title\n"
                       f"{DATELINED_NAME},https://news.example/harbour,,2017-03-04,The harbour is open again\n")
    db = tmp_path / "csv.db"
    assert seed_with(db, articles, sidecar) == 0
    # the outlet cell is empty: the dateline's outlet stays
    assert query(db, ARTICLE_ROWS)[1] == (DATELINED_NAME, "https://news.example/harbour", "Newswire",
                                          "2017-03-04", "The harbour is open again")


@pytest.mark.parametrize("content, message", [
    ('{"source_file": "a.txt", "date": "2016-09-14"}\n', "line 1: unknown field date"),
    ('{"source_file": "a.txt"}\n{"source_file": "b.txt", "published_on": "14/09/2016"}\n',
     "line 2: published_on '14/09/2016' is not a YYYY-MM-DD date"),
    ('{"source_file": "a.txt", "published_on": "2016-02-30"}\n', "line 1: day is out of range"),
    ('{"source_file": "a.txt"}\n{"source_file": "a.txt"}\n', "line 2: a.txt is given twice"),
    ('{"url": "https://news.example"}\n', "line 1: no source_file"),
    ('{"source_file": "a.txt",\n', "line 1: not JSON"),
    ("file,url\na.txt,https://news.example\n", "a CSV file needs a header row with source_file"),
])
def test_a_bad_metadata_file_is_a_one_line_error_before_anything_is_written(
        articles, tmp_path, capsys, content, message):
    sidecar = tmp_path / "bad.jsonl"
    sidecar.write_text(content)
    db = tmp_path / "bad.db"
    assert seed_with(db, articles, sidecar) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {sidecar}: ") and message in err and err.count("\n") == 1
    assert not db.exists()


def test_read_metadata_keeps_only_the_fields_given(tmp_path):
    sidecar = tmp_path / "m.csv"
    sidecar.write_text("source_file,outlet,title\nsub/a.txt,CNN,\nb.txt,, \n")
    found = read_metadata(sidecar)
    assert found == {"sub/a.txt": ArticleMetadata(outlet="CNN"), "b.txt": ArticleMetadata()}
    assert found["sub/a.txt"].given() == {"outlet": "CNN"} and found["b.txt"].given() == {}
    with pytest.raises(BadMetadata, match="cannot read"):
        read_metadata(tmp_path / "missing.jsonl")
