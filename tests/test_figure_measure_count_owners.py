"""Another count is no owner of counted things: not an item before in a list of counts, not a
count inside a longer phrase; a subject that is a count of its own still owns what it offers."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_the_item_before_in_a_list_owns_nothing() -> None:
    sentence = "Guards held three Dutch hikers, two Belgians and two Danes near the pass."
    assert [m for _, m in measures(sentence)][1:] == ["Belgians", "Danes"]


def test_a_count_inside_the_phrase_before_owns_nothing() -> None:
    sentence = "The party was made up of a guide, four adults, three girls and five boys."
    assert measures(sentence) == [
        ("four adults", "adults"),
        ("three girls", "girls"),
        ("five boys", "boys"),
    ]


def test_a_counted_subject_still_owns_what_it_offers() -> None:
    sentence = "The three blocks will offer 120 flats for rent."
    assert measures(sentence)[-1] == ("120 flats", "three blocks flats")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They faced an onslaught of 40 lawsuits.", [("40 lawsuits", "lawsuits")]),
        ("A team of 12 divers searched the lake.", [("12 divers", "divers")]),
        ("About 30 nurses from the clinics and 15 porters walked out.",
         [("About 30 nurses", "nurses from the clinics"), ("15 porters", "porters")]),
    ],
)  # fmt: skip
def test_a_collection_owns_nothing_and_a_joined_count_is_its_own(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks stalled amid the feud between the two clubs.", [("two clubs", "clubs")]),
        ("Another group of 80 nurses was also surveyed.", [("80 nurses", "nurses")]),
        ("The gang have reportedly robbed 40 shops.",
         [("40 shops", "shops the gang reportedly robbed")]),
        ("The court freed all the 11 smugglers.",
         [("11 smugglers", "smugglers freed by the court")]),
    ],
)  # fmt: skip
def test_counted_things_between_in_a_group_or_acted_on(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


def test_the_name_owning_a_collection_owns_its_things() -> None:
    assert measures("Few will match Ada Lind's record haul of 14 world titles.") == [
        ("14 world titles", "Ada Lind's world titles")
    ]


def test_things_picked_from_a_group_have_no_subject_owner() -> None:
    assert measures("The divers found nine wrecks, with three of the wrecks holding cargo.") == [
        ("nine wrecks", "wrecks the divers found"),
        ("three", "wrecks"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team signed 3 players.", [("3 players", "players the team signed")]),
        ("The Mothers' Union group of 40 women met.", [("40 women", "Mothers' Union group women")]),
    ],
)  # fmt: skip
def test_a_subject_team_or_a_name_with_a_possessive_still_owns(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


def test_the_one_said_to_be_one_of_a_group_keeps_its_subject() -> None:
    found = figures_in_sentence("The brooch is one of the few jewels left from 1900.")
    assert [(f.text, f.measure) for f in found if f.text == "one"] == [("one", "brooch few jewels")]
