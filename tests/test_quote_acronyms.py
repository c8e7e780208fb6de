"""An acronym the article defines after a body's name speaks as that body, shown in full with the
acronym as its role (so `/quotes IMF` still finds it): `The Unión de Conductores de Colectivos
(UCC) said ...`, then `UCC said ...`. An acronym no one speaks as adds no one to the cast.
Sentences written for these tests."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.mention) for q in extract_quotes(article(*paragraphs))]


def test_a_defined_acronym_speaks_as_the_body_in_full() -> None:
    assert speakers(
        "The Union de Conductores de Colectivos (UCC) said it wants base pay raised to 2.6 "
        "million pesos a month.",
        "The UCC said drivers would strike on Monday if no offer came.",
    ) == [
        ("Union de Conductores de Colectivos", "UCC", "UCC"),
        ("Union de Conductores de Colectivos", "UCC", "UCC"),
    ]


def test_a_possessive_name_before_its_acronym_loses_only_its_last_mark() -> None:
    assert speakers(
        "The Irish Airline Pilots' Federation (IAPF), which represents 640 pilots, says it wants "
        "a pay rise of 14%.",
        "A survey by Lorne Data Services' (LDS) said contributions had risen to £8.2bn a year.",
    ) == [
        ("Irish Airline Pilots' Federation", "IAPF", "IAPF"),
        ("Lorne Data Services", "LDS", "LDS"),
    ]


def test_an_acronym_whose_letters_do_not_spell_the_name_stays_itself() -> None:
    assert speakers("The Harbour Board of Trade (HTX) said fees would rise by 4% next year.") == [
        ("HTX", None, "HTX")
    ]


def test_a_person_set_off_before_the_body_they_come_from_speaks() -> None:
    assert speakers(
        '"Digital is the story of the year," Ivo Lark, from the Home Screen Association (HSA) '
        "told the BBC.",
    ) == [("Ivo Lark", None, "Ivo Lark")]
    assert speakers(
        '"Growth will stay fragile," Ann Ferry, from Exane Partners told Reuters.',
    ) == [("Ann Ferry", None, "Ann Ferry")]
