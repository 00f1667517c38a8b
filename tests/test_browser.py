"""Datasette in a real browser: the bundled corpus served by `datasette serve` with the metadata
`factstore datasette-metadata` makes for it, and headless Chromium (Debian's) using the claims
table as a person would: the search box is there, a word typed into it and Enter give only the
claims with that word (as many as sqlite-utils' search finds), and a facet's counts are those SQL
counts, and clicking one of its values keeps just those rows.

Skipped, saying why, when no Chromium is installed; with FACTS_TEST_BROWSER_REQUIRED=1 (as
.ci/run sets, after installing Debian's chromium) it fails instead.
"""
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import sqlite_utils

from conftest import query
from headless_chromium import Chromium, find_chromium

pytestmark = pytest.mark.browser

NAME = "newsroom"    # not facts.db: the metadata has to be the one made for the file served
WORD = "NATO"
PAGE_SIZE = 100    # Datasette's default: a page shows the first 100 rows, in id order


def browser_unavailable(reason: str):
    if os.environ.get("FACTS_TEST_BROWSER_REQUIRED") == "1":
        pytest.fail(f"{reason} (FACTS_TEST_BROWSER_REQUIRED=1)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    program = find_chromium()
    if program is None:
        browser_unavailable("no Chromium on PATH (apt-get install chromium; bash .ci/run installs it)")
    with Chromium(program) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def db(bundled_db, tmp_path_factory):
    """The bundled corpus, seeded, under another file name."""
    db = tmp_path_factory.mktemp("browser") / f"{NAME}.db"
    with sqlite3.connect(bundled_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def site(db):
    """The address of `datasette serve` serving the database with its generated metadata."""
    metadata = db.with_name("metadata.json")
    made = subprocess.run([sys.executable, "-m", "factstore.cli", "datasette-metadata", str(db)],
                          capture_output=True, text=True, check=True)
    assert list(json.loads(made.stdout)["databases"]) == [NAME]
    metadata.write_text(made.stdout, encoding="utf-8")
    log_path = db.with_name("datasette.log")
    port = free_port()
    with open(log_path, "wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(metadata),
                                   "--host", "127.0.0.1", "--port", str(port)],
                                  stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not answers(f"{base}/-/versions.json"):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"datasette serve did not answer on port {port} (exit status {server.poll()}):\n"
                            + log_path.read_text(errors="replace")[-3000:], pytrace=False)
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# What the page shows: the count above the table, each row's id and content, the search box's value,
# and each facet's (value, count) pairs.
PAGE = r"""(() => {
    const cells = column => [...document.querySelectorAll("table.rows-and-columns td.col-" + column)]
        .map(cell => cell.textContent.trim());
    const facets = {};
    for (const facet of document.querySelectorAll(".facet-info")) {
        facets[facet.dataset.column] = [...facet.querySelectorAll("li")].map(item => {
            // a value to click: <a>value</a> count; the value chosen: value · count <a class="cross">
            const link = item.querySelector("a"), text = item.textContent.replace(/\s+/g, " ").trim();
            if (link && link.classList.contains("cross"))
                return [text.split(" · ")[0], text.split(" · ")[1].replace(link.textContent, "").trim(), true];
            return link ? [link.textContent.trim(), text.slice(link.textContent.trim().length).trim(), false]
                        : [text, null, false];
        });
    }
    const search = document.querySelector("form.filters input[name=_search]");
    const box = search && search.getBoundingClientRect();
    return {
        heading: (document.querySelector("h3") || {textContent: ""}).textContent,
        ids: cells("id").map(Number),
        contents: cells("content"),
        kinds: cells("kind"),
        search: search && {type: search.type, value: search.value, visible: box.width > 0 && box.height > 0,
                           label: (document.querySelector("label[for=" + search.id + "]") || {}).textContent},
        facets: facets,
    };
})()"""


def number(text: str | None) -> int | None:
    return int(text.replace(",", "")) if text and re.fullmatch(r"[\d,]+", text) else None


def shown(browser) -> dict:
    """What the page in the browser shows; each facet as {value: count} and the values chosen."""
    page = browser.evaluate(PAGE)
    found = re.search(r"([\d,]+) rows?", page["heading"])
    page["count"] = number(found.group(1)) if found else None
    page["chosen"] = {column: [value for value, _, chosen in items if chosen]
                      for column, items in page["facets"].items()}
    page["facets"] = {column: {value: number(count) for value, count, _ in items}
                      for column, items in page["facets"].items()}
    return page


def test_the_claims_table_shows_a_search_box(browser, site, db):
    browser.open(f"{site}/{NAME}/claims")
    page = shown(browser)
    total, = query(db, "select count(*) from claims")[0]
    assert page["count"] == total
    assert page["ids"] == [i for i, in query(db, "select id from claims order by id limit ?", PAGE_SIZE)]
    assert page["search"] == {"type": "search", "value": "", "visible": True, "label": "Search:"}


def test_a_word_typed_into_the_search_box_finds_only_the_claims_with_it(browser, site, db):
    browser.open(f"{site}/{NAME}/claims")
    browser.type_into("form.filters input[name=_search]", WORD)
    browser.press_enter()
    address = browser.loaded(f"_search={WORD}")
    assert address.startswith(f"{site}/{NAME}/claims?")
    page = shown(browser)

    # what sqlite-utils' search finds, and what a look at every claim's words finds
    expected = sorted(row["id"] for row in sqlite_utils.Database(db)["claims"].search(WORD, columns=["id"]))
    with_the_word = sorted(i for i, content in query(db, "select id, content from claims")
                           if re.search(rf"\b{WORD}\b", content, re.IGNORECASE))
    total, = query(db, "select count(*) from claims")[0]
    assert expected == with_the_word and 0 < len(expected) < total
    assert page["search"]["value"] == WORD
    assert page["count"] == len(expected) and page["ids"] == expected[:PAGE_SIZE]
    assert all(re.search(rf"\b{WORD}\b", content, re.IGNORECASE) for content in page["contents"])
    # the facets follow the search
    kinds = query(db, f"select kind, count(*) from claims where id in ({','.join(map(str, expected))}) group by kind")
    assert page["facets"]["kind"] == dict(kinds)


def test_a_facet_counts_as_sql_does_and_its_values_filter_the_rows(browser, site, db):
    browser.open(f"{site}/{NAME}/claims")
    page = shown(browser)
    for column in ("kind", "act", "factuality"):    # the facets the metadata asks for with fewer than 30 values
        counts = dict(query(db, f"select {column}, count(*) from claims where {column} is not null group by {column}"))
        assert page["facets"][column] == counts, column
    # the values are listed most frequent first; click the last (fewest rows) with the mouse
    value, count = list(page["facets"]["kind"].items())[-1]
    browser.click(".facet-info[data-column=kind] li:last-child a")
    browser.loaded(f"kind={value}")
    filtered = shown(browser)
    expected = [i for i, in query(db, "select id from claims where kind = ? order by id", value)]
    assert filtered["count"] == count == len(expected)
    assert filtered["ids"] == expected[:PAGE_SIZE] and set(filtered["kinds"]) == {value}
    assert filtered["facets"]["kind"] == {value: count} and filtered["chosen"]["kind"] == [value]
    # the other facets count the rows left
    acts = query(db, "select act, count(*) from claims where kind = ? group by act", value)
    assert filtered["facets"]["act"] == dict(acts)
