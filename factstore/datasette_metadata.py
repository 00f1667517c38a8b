"""Datasette metadata for a fact store, whatever its file is called.

Datasette keys table metadata by the database's name (the file's stem), so
the metadata is made for the file served: `factstore datasette-metadata x.db`
(what `make datasette DB=x.db` runs). Descriptions come from models.py; the
facets, search settings, canned queries and the page's opening links are
declared here, as data.
"""
from __future__ import annotations

import json
from pathlib import Path

import models

TITLE = "News fact store"
DESCRIPTION = "Articles, people, claims and events, each tied to the characters it came from."

# Columns worth faceting on, per table or view.
FACETS = {
    "articles": ["outlet", "published_on"],
    "claims": ["act", "kind", "factuality", "cue_lemma"],
    "claim_context": ["act", "speaker", "outlet"],
    "claim_evidence": ["speaker", "kind", "outlet", "source_file"],
    "statement_reach": ["speaker", "outlet_count"],
    "events": ["event_type", "status", "occurred_on", "office"],
    "event_timeline": ["event_type", "status", "place"],
    "event_participants": ["kind", "role"],
    "person_mentions": ["kind"],
    "event_mentions": ["status", "trigger_text"],
}

# Tables and views with a search box: (FTS5 table, searchable columns, the row's key in the FTS table's rowid).
# Datasette finds the tables' own indexes by itself; a view needs fts_table and fts_pk.
SEARCH = {
    "claims": ("claims_fts", ["content"], "id"),
    "articles": ("articles_fts", ["title", "text"], "id"),
    "claim_evidence": ("claims_fts", ["content"], "claim_id"),
}

# Where the database page starts: the views that answer most questions, then the main tables.
START_WITH = ["claim_evidence", "statement_reach", "event_timeline", "person_profile", "event_disagreements",
              "people", "claims", "statements", "events", "articles"]

HIDDEN = ["alembic_version"]

# The commonest questions, as canned queries (each takes its :parameters from a form).
QUERIES = {
    "who_said_it": {
        "title": "Who said what about ...?",
        "description": "Claims whose content matches the words (full-text search: NATO, grain OR wheat, "
                       "\"nuclear deal\"), with who said them, where and when.",
        "sql": "select e.speaker, e.source_text, e.cue_text, e.kind, e.content, e.outlet, e.published_on,\n"
               "       e.source_file, e.claim_id\n"
               "from claims_fts f join claim_evidence e on e.claim_id = f.rowid\n"
               "where claims_fts match :words\n"
               "order by e.published_on is null, e.published_on, e.source_file, e.start_char",
    },
    "what_a_person_said": {
        "title": "Everything a person said",
        "description": "Every claim attributed to the person, found through any of their names "
                       "(a surname, a misspelling).",
        "sql": "select e.speaker, e.cue_text, e.kind, e.content, e.outlet, e.published_on, e.source_file,\n"
               "       e.claim_id\n"
               "from claim_evidence e\n"
               "where e.speaker_id in (select person_id from person_aliases where alias = :name\n"
               "                       union select id from people where name = :name)\n"
               "order by e.published_on is null, e.published_on, e.source_file, e.start_char",
    },
    "widest_reach": {
        "title": "Remarks carried by the most outlets",
        "description": "Each remark with how many articles and outlets carry it and who reported it first.",
        "sql": "select speaker, source, text, article_count, outlet_count, first_reported_on, first_reported_by\n"
               "from statement_reach\n"
               "order by outlet_count desc, article_count desc, statement_id\n"
               "limit 50",
    },
}


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its name without the extension."""
    return Path(path).stem


def tilde_encode(name: str) -> str:
    """A name as Datasette writes it in a URL: letters, digits, _ and - as they are, other bytes as ~XX."""
    safe = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    return "".join(chr(b) if chr(b) in safe else "+" if b == 0x20 else f"~{b:02X}" for b in name.encode())


def opening_html(database: str) -> str:
    base = "/" + tilde_encode(database)
    links = ", ".join(f'<a href="{base}/{name}">{name}</a>' for name in START_WITH)
    queries = ", ".join(f'<a href="{base}/{name}">{q["title"]}</a>' for name, q in QUERIES.items())
    return (f"<p>{DESCRIPTION} Start with: {links}.</p>"
            f"<p>Questions: {queries}. Claims and articles have a search box.</p>")


def tables() -> dict:
    found = {}
    for mapper in sorted(models.Base.registry.mappers, key=lambda m: m.local_table.name):
        table = mapper.local_table
        found[table.name] = {
            "description": (mapper.class_.__doc__ or "").strip(),
            "columns": {c.name: mapper.attrs[c.key].doc for c in table.columns if mapper.attrs[c.key].doc},
        }
    for name, facets in FACETS.items():
        found.setdefault(name, {})["facets"] = facets
    for name, (fts, columns, pk) in SEARCH.items():
        entry = found.setdefault(name, {})
        entry["fts_table"], entry["fts_pk"] = fts, pk
        searched = ", ".join(columns)
        entry["description"] = (entry.get("description", "") + f" Search: {searched}.").strip()
    for name in HIDDEN:
        found[name] = {"hidden": True}
    return found


def metadata(database: str = "facts") -> dict:
    """Datasette metadata for a fact store served under the name `database`."""
    return {"title": TITLE, "description": DESCRIPTION,
            "databases": {database: {"description_html": opening_html(database), "tables": tables(),
                                     "queries": QUERIES}}}


def metadata_json(database: str = "facts") -> str:
    return json.dumps(metadata(database), indent=2, ensure_ascii=False) + "\n"
