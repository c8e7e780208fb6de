"""The people (and organisations) of one article as records: who they are, where they are
named, and how a name is looked up among them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.analyse.quotes.lexicon import POST_NOMINALS, Gender
from bot.analyse.quotes.marks import Place


@dataclass(slots=True)
class Person:
    """Someone (or some body) the article names."""

    name: str
    role: str | None = None
    gender: Gender | None = None  # None when the article does not say
    org: bool = False
    first: str = ""  # the first name, for the gender lists
    votes: Counter[Gender] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named at a point of the article; `subject` when they open their clause."""

    key: Place
    name: str
    subject: bool


@dataclass(slots=True)
class Cast:
    """Everyone named in one article, and where."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    # "report" -> where a body was named as the report's issuer, and that body's name
    owners: dict[str, list[tuple[Place, str]]] = field(default_factory=dict)
    sites: frozenset[str] = frozenset()  # names of sites an owner runs: `Chingola West`

    def find(self, words: Sequence[str], gender: Gender | None = None) -> Person | None:
        """The person a name refers to: the full name, or a first or last name alone; of two
        people with that name, the one whose gender fits a title (`Ms. Moore`), else the more
        often named. Letters after a name (`MSP`, `QC`) are no part of it."""
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words = words[:-1]
        text = " ".join(words)
        if text in self.people:
            return self.people[text]
        ends = ((-1, words[-1]), (0, words[0])) if len(words) == 1 else ((-1, words[-1]),)
        for index, word in ends:  # the last name, then (a name alone) the first
            found = [p for n, p in self.people.items() if not p.org and n.split()[index] == word]
            fitting = [p for p in found if p.gender == gender] if gender else []
            if fitting or found:
                return max(fitting or found, key=lambda p: self.count(p.name))
        return None

    def own(self, noun: str, at: Place, name: str) -> None:
        """Note that the body `name` issued the `noun` named at `at` (`a World Bank report`)."""
        self.owners.setdefault(noun, []).append((at, name))

    def owner(self, noun: str, at: Place) -> Person | None:
        """The body whose `noun` (`report`, `spokesman`) was last named before `at`, else the
        first named after it."""
        named = sorted(self.owners.get(noun, []))
        before = [name for place, name in named if place <= at]
        name = before[-1] if before else (named[0][1] if named else None)
        return self.people.get(name) if name else None

    def name_parts(self) -> set[str]:
        """Every word of every person's name (no organisation's): a one-word name among them
        (`Finch`, after `Laura Finch`) is that person's, found by the mentions."""
        return {part for name, p in self.people.items() if not p.org for part in name.split()}

    def count(self, name: str) -> int:
        """How often a person is mentioned: their salience."""
        return sum(1 for m in self.mentions if m.name == name)

    def add(self, name: str, org: bool = False) -> Person:
        """The person called `name`, created when new."""
        return self.people.setdefault(name, Person(name, org=org))
