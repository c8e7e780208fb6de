"""Counted people by what they did, when the deed has an auxiliary (`have signed up`) or needs no
object (`died`, `fled`)."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_a_deed_after_an_auxiliary_is_read_whole() -> None:
    sentence = "About 3 million people have signed up for the pension this spring."
    assert measures(sentence) == [
        ("About 3 million people", "people who have signed up for the pension")
    ]


def test_a_future_deed_keeps_its_object() -> None:
    assert measures("Some 300 workers will lose their jobs.") == [
        ("Some 300 workers", "workers who will lose their jobs")
    ]


def test_died_is_a_deed_of_its_own() -> None:
    assert measures("Nearly 200 people have died in the floods since June.") == [
        ("Nearly 200 people", "people who have died in the floods")
    ]


def test_a_deed_without_object_keeps_where_it_happened() -> None:
    assert measures("At least 12 people died in a landslide on Sunday.") == [
        ("At least 12 people", "people who died in a landslide")
    ]


def test_a_deed_without_object_or_place_is_the_deed_alone() -> None:
    assert measures("At least 30 passengers drowned when the boat sank.") == [
        ("At least 30 passengers", "passengers who drowned")
    ]


def test_counted_things_are_told_by_what_was_done_to_them() -> None:
    assert measures("About 120 homes were flooded in the storm.") == [
        ("About 120 homes", "homes flooded in the storm")
    ]


def test_a_count_after_a_source_and_a_qualifier_opens_its_clause() -> None:
    sentence = "A hospital spokeswoman said at least 31 people were treated for burns."
    assert measures(sentence) == [("at least 31 people", "people treated for burns")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The gale flattened 300 sheds across the county.",
         ("300 sheds", "sheds flattened by the gale")),
        ("The parish council will add 40 benches next year.",
         ("40 benches", "benches the parish council will add")),
        ("The museum has already loaned 35 paintings to Oslo.",
         ("35 paintings", "paintings the museum loaned")),
        ("Their label pressed 20,000 records of the single.",
         ("20,000 records", "records of the single their label pressed")),
        ("Walkers have to carry four litres of water.", ("four litres", "water")),
    ],
)  # fmt: skip
def test_counted_things_are_what_a_common_noun_subject_did_to_them(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert measures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bakery employs 40 bakers.", ("40 bakers", "bakery bakers")),
        ("The index fell 30 points on Friday.", ("fell 30 points", "index")),
        ("The flood left 500 families without shelter.", ("500 families", "flood families")),
        ("The clubs are put in 24 groups by size.", ("24 groups", "clubs groups")),
    ],
)  # fmt: skip
def test_what_a_subject_has_or_amounts_to_keeps_the_owner_in_front(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert measures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than 40 shops have closed on the high street this year.",
         ("More than 40 shops", "shops which have closed on the high street")),
        ("Two ferry firms signed a deal with the port on Monday.",
         ("Two ferry firms", "ferry firms which signed a deal")),
        ("Some 32 councillors voted against the budget.",
         ("Some 32 councillors", "councillors who voted against the budget")),
        ("Up to 3,000 Kenyans have travelled to the games.",
         ("Up to 3,000 Kenyans", "Kenyans who have travelled to the games")),
    ],
)  # fmt: skip
def test_counted_things_opening_their_clause_are_told_by_their_deed(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert measures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four surveys published by the bank showed the same.",
         [("Four surveys", "surveys published by the bank")]),
        ("Three firms rose 5% in early trade.", [("Three firms", "firms"), ("rose 5%", "")]),
        ("The three blocks will offer 120 flats.",
         [("three blocks", "blocks"), ("120 flats", "three blocks flats")]),
    ],
)  # fmt: skip
def test_a_participle_a_change_or_another_figure_is_no_deed_of_the_counted_things(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


def test_a_particle_alone_before_the_number_is_no_verb() -> None:
    sentence = 'A memo set out the aim, "just to pick up two f---ing delegates in a state he lost."'
    assert [(f.value, f.unit) for f in figures_in_sentence(sentence)] == [
        (2.0, "f---ing delegates")
    ]
