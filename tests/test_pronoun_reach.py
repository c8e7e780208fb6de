"""How far back a `he` or `she` quote looks for its speaker: the latest few people of that
gender are candidates however long ago they were named, nearest first, and never a person of
the other gender or an organisation."""

from __future__ import annotations

from bot.analyse.quotes.cast import Cast, Mention
from bot.analyse.quotes.lexicon import Gender
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.names import Phrase
from bot.analyse.quotes.newcomers import fitting_people


def cast_of(*people: tuple[str, Gender | None, bool]) -> Cast:
    """A cast naming each (name, gender, organisation) once, a paragraph apart."""
    cast = Cast()
    for paragraph, (name, gender, org) in enumerate(people):
        person = cast.add(name, org=org)
        person.gender = gender
        cast.mentions.append(Mention(Place(paragraph, 0), name, True))
    return cast


def test_a_he_quote_reaches_the_four_latest_men_nearest_first() -> None:
    cast = cast_of(
        ("Tom Reed", "m", False),
        ("Paul Hale", "m", False),
        ("Ada Brook", "f", False),
        ("Ivo Tal", "m", False),
        ("Harbour Board", None, True),
        ("Sam Okoro", "m", False),
        ("Ben Cole", "m", False),
    )
    he = Phrase("pronoun", ("he",))
    assert [p.name for p in fitting_people(Place(9, 0), cast, he)] == [
        "Ben Cole",
        "Sam Okoro",
        "Ivo Tal",
        "Paul Hale",
    ]
    she = Phrase("pronoun", ("she",))
    assert [p.name for p in fitting_people(Place(9, 0), cast, she)] == ["Ada Brook"]
    assert fitting_people(Place(9, 0), cast, Phrase("name", ("Reed",))) == []
