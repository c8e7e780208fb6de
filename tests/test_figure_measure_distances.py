"""How far a place lies from another: the place may be described (`a village`), placed in a
region between commas, named with small words (`Casal di Principe`) or be the subject of a verb
of lying somewhere."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_a_place_described_as_a_village_is_the_one_that_lies_there() -> None:
    sentence = "The gang is based in Torre del Greco, a town roughly 15 kilometers east of Naples."
    assert measures(sentence) == [
        ("roughly 15 kilometers", "distance of Torre del Greco east of Naples")
    ]


def test_a_region_between_commas_is_passed_over() -> None:
    sentence = "The bus crashed near Huarmey, in the Ancash region, about 180 miles north of Lima."
    assert measures(sentence) == [("about 180 miles", "distance of Huarmey north of Lima")]


def test_the_subject_of_a_verb_of_lying_is_the_place() -> None:
    sentence = "Kyaukpyu is a port and sits on Ramree Island, 70 miles from the Chinese border."
    assert measures(sentence) == [("70 miles", "distance of Kyaukpyu from Chinese border")]


def test_a_converted_distance_in_brackets_is_the_same_distance() -> None:
    sentence = "The farm lies near Brora, some 40 miles (64 kilometers) north of Wick."
    assert measures(sentence) == [
        ("some 40 miles", "distance of Brora north of Wick"),
        ("64 kilometers", "distance of Brora north of Wick"),
    ]


def test_a_place_with_an_aside_of_where_it_lies_is_still_the_place() -> None:
    found = figures_in_sentence(
        "The hoard was found near Tarla, on Kessa island, about 12 miles (19 km) from Dunmore."
    )
    assert [f.measure for f in found] == ["distance of Tarla from Dunmore"] * 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The planet lies about 47 light years from Earth.",
         [("about 47 light years", "distance of the planet from Earth")]),
        ("Tarvo is a fishing port and sits some 30 miles from Kemi.",
         [("some 30 miles", "distance of Tarvo from Kemi")]),
        ("The object is cold, and lies 12 light years from Vega.",
         [("12 light years", "distance of the object from Vega")]),
    ],
)  # fmt: skip
def test_what_lies_somewhere_is_whose_distance_it_is(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected
