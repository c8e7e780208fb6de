"""Who a `he`/`she` quote may stand for beyond the nearby paragraphs, and whose gender is only
guessed.

The latest people the article gives a pronoun's gender are candidates however far back they
were named. And a gender that rests on one pronoun near one mention (`Pike is backing Reed and
praised him` votes Pike a man) must not rule a person out for `she`: it is a feature for
`ranker` instead.
"""

from __future__ import annotations

from bot.analyse.quotes.cast import Cast, Person
from bot.analyse.quotes.lexicon import (
    GENDER_WORDS,
    PRONOUN_GENDER,
)
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.phrases import Phrase
from bot.analyse.quotes.runs import first_name_gender

# How many of the latest people of a pronoun's gender are candidates for its quote.
FITTING_PEOPLE = 4


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
    role = set((person.role or "").lower().split())
    named = first_name_gender(person.name, person.first) is not None
    stated = named or role & GENDER_WORDS
    return not stated and sum(person.votes.values()) == 1
