#!/usr/bin/env python3
"""Build factstore/data/given_name_gender.tsv from the US Census 1990 first-name files.

    python tools/build_given_names.py DIR

DIR holds `dist.female.first` and `dist.male.first`, the Census Bureau's 1990
frequency lists of first names (public domain; also shipped, unchanged, in the
MIT-licensed `names` package 0.3.0 on PyPI). A name goes in the output when at
least SHARE of the people bearing it were of one sex; it is used only as a
tie-breaker where an article's own words say nothing of a person's gender.
"""
import sys
from pathlib import Path

SHARE = 0.95
OUT = Path(__file__).resolve().parent.parent / "factstore" / "data" / "given_name_gender.tsv"


def frequencies(path: Path) -> dict[str, float]:
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def main(folder: Path) -> None:
    female, male = frequencies(folder / "dist.female.first"), frequencies(folder / "dist.male.first")
    lines = []
    for name in sorted(female.keys() | male.keys()):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= SHARE * (f + m):
            lines.append(f"{name}\tfemale")
        elif m >= SHARE * (f + m):
            lines.append(f"{name}\tmale")
    OUT.write_text("# given name, the sex at least 95% of its bearers had (US Census 1990; tools/build_given_names.py)\n"
                   + "\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(lines)} names)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
