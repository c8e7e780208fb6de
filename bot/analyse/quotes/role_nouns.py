"""What a role noun in an attribution stands for: an organisation in focus (`the firm`), a
functionary met only by function (`the judge`), a person (`the organiser`), and the gender a
title or noun states; the resolver reads these to tie `the company said` to a cast member.
"""

from __future__ import annotations

from bot.analyse.quotes.cast import Person
from bot.analyse.quotes.lexicon import FEMALE_WORDS, MALE_WORDS, PERSON_NOUNS, TITLES, Gender

# Nouns that stand for whichever organisation is in focus (`the firm said`); other
# organisation nouns (`the government`, `the police`) only for one named so.
ANY_ORG = frozenset(
    """firm company club team group organisation organization body label studio network
    broadcaster spokesman spokeswoman spokesperson report statement board agency association
    federation union party""".split()  # noqa: SIM905
)
# People met by their function, not named anywhere: `the judge said` is a judge, not the focus.
FUNCTIONARIES = frozenset(
    """judge lawyer official officer doctor witness prosecutor source expert analyst economist
    researcher scientist inspector detective coroner barrister solicitor magistrate""".split()  # noqa: SIM905
)
# Words that make a role another one: the shadow chancellor is not the chancellor.
QUALIFIERS = frozenset(["shadow", "former", "ex", "deputy", "vice", "assistant", "acting"])
SPOKES = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "statement", "representative", "ruling", "report"]
)


def body_named(person: Person, noun: str) -> bool:
    """Whether `person` is a body called by `noun`: an organisation whose name holds it, or any
    name that ends in it."""
    name = person.name.lower()
    return (person.org and noun in name) or name.split()[-1] == noun


def person_noun(head: str) -> bool:
    """Whether a head noun names a person: `the president`, `the 25-year-old`, `the organiser`."""
    return (
        head in PERSON_NOUNS
        or head.endswith(("year-old", "er", "or", "ist", "ian"))
        or head in FEMALE_WORDS | MALE_WORDS
    )


def title_gender(role: tuple[str, ...]) -> Gender | None:
    """The gender a title before a name states: `Ms. Moore`, `Mr Reed`."""
    return noun_gender([w.rstrip(".") for w in role if w.rstrip(".") in TITLES])


def noun_gender(words: list[str]) -> Gender | None:
    """The gender the words state (`widow`, `chairman`, `Mrs`), or None when they state none:
    a female word decides over a male one: `the chairman's wife` is a woman."""
    lowered = {w.lower() for w in words}
    if lowered & FEMALE_WORDS:
        return "f"
    return "m" if lowered & MALE_WORDS else None
