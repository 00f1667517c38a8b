"""What extraction finds: plain records with spans, free of spaCy and SQL."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import NAME_PARTICLES


@dataclass
class Role:
    text: str
    start: int
    end: int


@dataclass
class PersonCandidate:
    """A name found in one article, before it is tied to a person."""

    start: int
    end: int
    surface: str
    name: str  # without courtesy titles: "Raisi" for "Mr. Raisi"
    titled: bool = False  # preceded by a courtesy or office title
    speaks: bool = False  # subject of a speech verb
    roles: list[Role] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def is_full(self) -> bool:
        return len([t for t in self.tokens if t.lower() not in NAME_PARTICLES]) >= 2
