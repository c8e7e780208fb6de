"""The genders of an article's people: a title or role the article states (`Mrs`, `actress`,
`her husband`), else the first name, else the pronouns that follow the person opening a sentence.
A pronoun's speaker is found among the people of its gender (`candidates`, `newcomers`)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.quotes.lexicon import FEMALE_WORDS, MALE_WORDS, PRONOUN_GENDER, Gender
from bot.analyse.quotes.people import Cast
from bot.analyse.quotes.phrases import tokens
from bot.analyse.quotes.runs import first_name_gender

# The words that vote a gender for the person opening a sentence: `finds herself` too.
_VOTING: dict[str, Gender] = {**PRONOUN_GENDER, "himself": "m", "herself": "f"}


def stated_gender(title: str, role: str | None) -> Gender | None:
    """A gender the article states: a title (`Mrs`) or a role word (`actress`)."""
    cues = {title.lower(), *(role or "").lower().split()}
    if cues & FEMALE_WORDS:
        return "f"
    return "m" if cues & MALE_WORDS else None


def vote_genders(cast: Cast, texts: Sequence[str]) -> None:
    """Genders: a stated title or role, else the first name, else the pronouns that follow the
    person opening a sentence (he/his, she/her)."""
    for mention in cast.mentions:
        if not mention.subject:
            continue
        p, at = mention.key
        window = texts[p][at : at + 200]
        said = [_VOTING[w.lower()] for w in tokens(window) if w.lower() in _VOTING]
        if said and len(set(said)) == 1:
            cast.people[mention.name].votes[said[0]] += 1
    for person in cast.people.values():
        if person.gender is not None or person.org:
            continue
        person.gender = first_name_gender(person.name, person.first)
        ranked = person.votes.most_common()
        if person.gender is None and ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            person.gender = ranked[0][0]
