"""Who was just brought into the story before a pronoun quote, and whose gender is only guessed.

A writer who introduces someone right after a quote (`Ada Brook, a pollster, spoke next.` or
`..., said Carl Link, who runs the board.`) usually gives the next `he`/`she` quote to them, not
to the article's older voice. And a gender that rests on one pronoun near one mention (`Pike is
backing Reed and praised him` votes Pike a man) must not rule a person out for `she`. These
clues are features and candidates for `ranker`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.quotes.cast import Cast, Mention, Person
from bot.analyse.quotes.clues import mention_roles
from bot.analyse.quotes.lexicon import (
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    PRONOUN_GENDER,
)
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.phrases import Phrase

# How many of the latest people of a pronoun's gender are candidates for its quote.
FITTING_PEOPLE = 2


def opens(mention: Mention, texts: Sequence[str]) -> bool:
    """Whether a mention opens a clause or is the speaker a speech verb introduces."""
    return mention.subject or "before inverted speaker" in mention_roles(mention, texts)


def freshness(
    person: Person, mentions: Sequence[Mention], since: Place, at: Place, texts: Sequence[str]
) -> dict[str, float]:
    """Whether `person`, named in the quote's paragraph or the one before, was first named, or
    opened a clause, after `since` (the last quote)."""
    mine = [m for m in mentions if m.name == person.name and m.key < at]
    if not mine or person.org or at[0] - mine[-1].key[0] > 1:
        return {}
    found: dict[str, float] = {}
    if mine[0].key > since and mine[0].key[0] >= at[0] - 1:
        found["introduced since last quote"] = 1.0
    if any(m.key > since and opens(m, texts) for m in mine):
        found["opened clause since last quote"] = 1.0
    return found


def fresh_subjects(cast: Cast, since: Place, at: Place, texts: Sequence[str]) -> int:
    """How many people opened a clause between `since` and `at`, in `at`'s paragraph or the one
    before: one alone is a clear newcomer, two leave the pronoun open."""
    return len(
        {
            m.name
            for m in cast.mentions
            if since < m.key < at
            and at[0] - m.key[0] <= 1
            and not cast.people[m.name].org
            and opens(m, texts)
        }
    )


def fitting_people(at: Place, cast: Cast, cue: Phrase | None) -> list[Person]:
    """For a `he`/`she` quote, the latest people the article gives that gender, however far
    back they were named: the one meant is often named before the nearby paragraphs."""
    pronoun = cue.words[0].lower() if cue is not None and cue.kind == "pronoun" else ""
    gender = PRONOUN_GENDER.get(pronoun)
    if gender is None:
        return []
    people: list[Person] = []
    for mention in reversed([m for m in cast.mentions if m.key < at]):
        person = cast.people[mention.name]
        if person.gender == gender and not person.org and person not in people:
            people.append(person)
            if len(people) == FITTING_PEOPLE:
                break
    return people


def gender_guessed(person: Person) -> bool:
    """Whether a gender rests on one pronoun after one mention and nothing else (no gendered
    first name, title or role)."""
    first = person.first or person.name.split()[0]
    role = set((person.role or "").lower().split())
    stated = first in FEMALE_NAMES or first in MALE_NAMES or role & (FEMALE_WORDS | MALE_WORDS)
    return not stated and sum(person.votes.values()) == 1
