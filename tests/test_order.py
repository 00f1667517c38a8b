"""The database should be a function of the set of articles seeded, not of their order or of how they
were split into runs. Within a run it is: articles are resolved earliest first and, among those of one
date or none, by file name and text hash. Across runs it is not yet: the splits below are expected to fail
until cross-article groupings are derived from the stored facts (issue 22)."""
import pytest

from conftest import REPO, query, seed_into, tables_without_ids

TEXTS = sorted((REPO / "texts").glob("*.txt"))  # 000_ ... 004_


@pytest.fixture(scope="module")
def one_run(tmp_path_factory):
    db = tmp_path_factory.mktemp("one") / "facts.db"
    assert seed_into(db, *TEXTS) == 0
    return tables_without_ids(db)


def seeded(db, *groups: str) -> dict:
    for group in groups:
        assert seed_into(db, *[TEXTS[int(n)] for n in group]) == 0
    return tables_without_ids(db)


def differing(tables: dict, one_run: dict) -> list[str]:
    return [name for name, rows in tables.items() if rows != one_run[name]]


@pytest.mark.parametrize("order", ["43210", "20413"])
def test_the_order_of_the_files_in_one_run_does_not_matter(tmp_path, one_run, order):
    assert differing(seeded(tmp_path / "facts.db", order), one_run) == []


@pytest.mark.parametrize("splits", [
    ("234", "01234"),
    ("4", "32", "10"),
    ("02", "4", "13"),
    pytest.param(("1", "0234"), id="the misspelt name alone first"),
])
@pytest.mark.xfail(strict=True, reason="people, statements and events are grouped when each run stores "
                                       "them, not derived from every stored fact")
def test_the_split_into_runs_does_not_matter(tmp_path, one_run, splits):
    assert differing(seeded(tmp_path / "facts.db", *splits), one_run) == []


def test_laisi_is_raisi_when_the_articles_naming_him_in_full_come_in_an_earlier_run(tmp_path):
    db = tmp_path / "facts.db"
    seeded(db, "234", "01234")
    assert query(db, "select p.name from person_aliases a join people p on p.id = a.person_id "
                     "where a.alias = 'Laisi'") == [("Ebrahim Raisi",)]
    assert query(db, "select count(*) from people where name = 'Laisi'") == [(0,)]
