"""Datasette on a fact store that is not called facts.db: descriptions, search, facets, canned queries."""
import asyncio
import json
import sqlite3

import pytest
from datasette.app import Datasette

from conftest import REPO
from factstore import cli
from factstore.datasette_metadata import database_name, metadata


@pytest.fixture(scope="module")
def newsroom(bundled_db, tmp_path_factory):
    """The bundled corpus under another file name."""
    db = tmp_path_factory.mktemp("datasette") / "newsroom-2022.db"
    with sqlite3.connect(bundled_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    return db


def get(db, *paths):
    """Datasette serving `db` with the metadata made for it; the JSON or HTML of each path."""
    async def fetch():
        ds = Datasette([str(db)], metadata=metadata(database_name(db)))
        await ds.invoke_startup()
        answers = []
        for path in paths:
            response = await ds.client.get(path)
            assert response.status_code == 200, path
            answers.append(response.json() if ".json" in path else response.text)
        return answers
    return asyncio.run(fetch())


def test_the_metadata_is_made_for_the_file_served(newsroom, capsys):
    assert database_name(newsroom) == "newsroom-2022"
    assert cli.main(["datasette-metadata", str(newsroom)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed["databases"]) == ["newsroom-2022"]
    # the checked-in file is the same metadata, for facts.db
    assert json.loads((REPO / "datasette" / "metadata.json").read_text()) == metadata("facts")


def test_descriptions_facets_and_hidden_tables_apply_to_another_name(newsroom):
    database, claims, page = get(newsroom, "/newsroom-2022.json", "/newsroom-2022/claims.json?_size=0",
                                 "/newsroom-2022")
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    assert "alembic_version" in hidden and "claims_fts" in hidden
    assert set(claims["facet_results"]) == {"act", "kind", "factuality", "cue_lemma"}
    kinds = {row["value"] for row in claims["facet_results"]["kind"]["results"]}
    assert kinds == {"direct", "indirect", "partial"}
    # the page opens on links to the views and the main tables, then the canned queries
    start = page.index("Start with:")
    assert page.index('href="/newsroom-2022/claim_evidence"') > start
    assert page.index('href="/newsroom-2022/people"') < page.index('href="/newsroom-2022/claims"')
    assert page.index('href="/newsroom-2022/who_said_it"') > start


def test_claims_search_returns_only_matching_claims(newsroom):
    every, found, view, page = get(
        newsroom, "/newsroom-2022/claims.json?_size=max&_shape=array",
        "/newsroom-2022/claims.json?_search=NATO&_shape=array",
        "/newsroom-2022/claim_evidence.json?_search=NATO&_shape=array", "/newsroom-2022/claims")
    assert found and len(found) < len(every)
    assert all("nato" in row["content"].lower() for row in found)
    assert len(found) == sum("NATO" in row["content"] for row in every)
    assert sorted(r["claim_id"] for r in view) == sorted(r["id"] for r in found)
    assert 'name="_search"' in page


def test_canned_queries_answer_the_commonest_questions(newsroom):
    about, person, reach = get(
        newsroom, "/newsroom-2022/who_said_it.json?words=NATO&_shape=array",
        "/newsroom-2022/what_a_person_said.json?name=Khamenei&_shape=array",
        "/newsroom-2022/widest_reach.json?_shape=array")
    assert about and all("nato" in row["content"].lower() for row in about)
    assert person and {row["speaker"] for row in person} == {"Ali Khamenei"}
    assert reach[0]["outlet_count"] == max(row["outlet_count"] for row in reach)
