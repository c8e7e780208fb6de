"""Pronoun quotes: the gender a first name, a kin word or a role gives a person decides whom
`she` or `he` stands for."""

from __future__ import annotations

from bot.analyse.quotes.cast import build_cast
from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def test_common_first_names_give_a_gender() -> None:
    cast = build_cast(["Dottie Ramsey met Glenn Hale and Wendy Tate at the depot."])
    genders = {name: person.gender for name, person in cast.people.items()}
    assert genders == {"Dottie Ramsey": "f", "Glenn Hale": "m", "Wendy Tate": "f"}


def test_first_names_of_both_sexes_or_of_places_give_no_gender() -> None:
    cast = build_cast(["Jean Marlow met Andrea Pike and Austin Reed at the depot."])
    genders = {name: person.gender for name, person in cast.people.items()}
    assert genders == {"Jean Marlow": None, "Andrea Pike": None, "Austin Reed": None}


def test_she_is_the_woman_a_first_name_tells() -> None:
    (quote,) = extract_quotes(
        article(
            "Dottie Ramsey and Glenn Hale spoke at the town meeting on Tuesday.",
            "\u201cThe library must stay open until the new school is built,\u201d she said.",
        )
    )
    assert (quote.text, quote.speaker, quote.cue, quote.mention) == (
        "The library must stay open until the new school is built",
        "Dottie Ramsey",
        "said",
        "she",
    )


def test_a_first_name_behind_a_capitalised_title_gives_a_gender() -> None:
    cast = build_cast(["Vice Chair Lena Ping opened the hearing."])
    genders = {name: person.gender for name, person in cast.people.items()}
    assert genders == {"Lena Ping": "f"}  # the title is not her name


def test_she_is_the_woman_behind_a_capitalised_title() -> None:
    quotes = extract_quotes(
        article(
            "Vice Chair Lena Ping opened the hearing, and Raynor Blatt answered.",
            "\u201cWe will not vote on the budget until every school is heard,\u201d she said.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        (
            "We will not vote on the budget until every school is heard",
            "Lena Ping",
            "said",
            "she",
        )
    ]


def test_herself_after_a_name_votes_her_a_woman() -> None:
    cast = build_cast(["Ashlyn Teague lives in Greeley and finds herself in a retail job."])
    assert {name: person.gender for name, person in cast.people.items()} == {"Ashlyn Teague": "f"}
