"""Word numbers that are counts and those that are not: `by one centimetre` is a length, `one by
one` is no count, `world number one` is a rank, `the last eight` of a cup is a stage, and an
adverb of degree (`one very real possibility`) is no part of the counted noun."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence
from tests.test_figure_unit_counted import units


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The pole vault record rose by one centimetre.", [(1.0, "centimetre")]),
        ("The bill passed by one vote in the Senate.", [(1.0, "vote")]),
        ("Rates went up by one point on Thursday.", [(1.0, "point")]),
    ],
)
def test_one_after_by_is_still_a_count(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests left one by one after midnight.",
        "One by one, the lights of the harbour went out.",
        "Lena Holt finished the season as world number one.",
        "He was the number two official at the ministry until May.",
        "Almagro reached the last eight at the Harbour Open.",
        "Only Kenton Rovers remain among the final four.",
        "Lena Holt reached the last four of the Harbour Open on Friday.",
    ],
)
def test_ones_ranks_and_stages_are_no_counts(sentence: str) -> None:
    assert units(sentence) == []


def test_a_count_after_last_goes_on_with_its_noun() -> None:
    assert units("Prices in Harbourside rose in the last eight years.") == [(8.0, "year")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One very real possibility is a strike at the port.", [(1.0, "real possibility")]),
        ("The mayor gave two very good reasons for the delay.", [(2.0, "good reasons")]),
        ("Inspectors found three really serious faults.", [(3.0, "serious faults")]),
    ],
)
def test_an_adverb_of_degree_is_no_part_of_the_counted_noun(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


def test_a_spelled_count_after_a_bullet_opens_its_sentence() -> None:
    assert units("\u2022 Three minutes after the call, the ferry turned back.") == [(3.0, "minute")]


@pytest.mark.parametrize(
    "sentence",
    ["The coach held one-to-one talks with Ivo Marsh.", "They met for one-on-one coaching."],
)
def test_one_to_one_is_no_count(sentence: str) -> None:
    assert units(sentence) == []


def test_years_ago_after_was_are_a_time_ago_not_an_age() -> None:
    assert units("I felt the same as I was 15 years ago.") == [(15.0, "year")]


def test_a_population_of_counts_people_not_the_noun_before_it() -> None:
    assert units("About 3,000 Caribs live on the island, which has a population of 70,000.") == [
        (3000.0, "Caribs"),
        (70000.0, ""),
    ]


def test_a_bullet_is_no_part_of_a_measure() -> None:
    [found] = figures_in_sentence("\u2022 Three minutes after the call, the ferry turned back.")
    assert found.measure == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "I would have gotten one, he joked.",
        "The band plays the appropriate one immediately.",
        "The judge heard motions, including one from Harbour Bank.",
        "They have one that works.",
    ],
)
def test_a_one_standing_for_a_noun_is_no_count(sentence: str) -> None:
    assert units(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["The bill passed by one.", "He scored more than one.", "One was a student."]
)
def test_a_one_after_by_or_than_or_opening_a_sentence_is_still_one(sentence: str) -> None:
    assert units(sentence) == [(1.0, "")]


@pytest.mark.parametrize(
    "sentence", ["Her daughter, aged one, was unhurt.", "The boy was aged one."]
)
def test_aged_one_is_an_age(sentence: str) -> None:
    assert units(sentence) == [(1.0, "year of age")]


def test_a_count_of_the_last_four_of_something_is_still_a_count() -> None:
    assert units("In the last four of his matches he scored.") == [(4.0, "matches")]


@pytest.mark.parametrize(
    "sentence",
    [
        "To judge the plan fairly, one needs to read all of it.",
        "So one supposes the mayor is busy this week.",
        "One wonders what the board was thinking.",
        "The choice was a painful one between rival plans.",
        "The ferry stops at the harbour, the busiest one in the county.",
        "Critics call the budget a timid one -- and the unions agree.",
        "Selling the mill was a hard one to swallow for the town.",
        "On the one hand the council wants housing.",
        "For one thing, the ferry is cheaper.",
        "It is one thing to promise a bridge and quite another to build it.",
    ],
)
def test_one_that_is_a_pronoun_or_part_of_an_idiom_is_no_count(sentence: str) -> None:
    assert units(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The striker was one of the best players in the league.",
            [(1.0, "best players in the league")],
        ),
        ("A decision is due in the next one to two weeks.", [(1.0, "week")]),
    ],
)
def test_one_of_a_group_and_one_opening_a_range_are_still_counts(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 20 patients, one needs surgery.", [(20.0, "patients"), (1.0, "patients")]),
        ("Two boats sank, a big one in the harbour.", [(2.0, "boats"), (1.0, "boats")]),
        ("He has six fingers on one hand.", [(6.0, "fingers"), (1.0, "hand")]),
        ("Ask one or two things at most.", [(1.0, "things")]),
    ],
)
def test_one_after_a_count_is_one_of_them(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm aims to become a global top five car maker by 2030.",
        "Lena Holt is a top-ten player at last.",
        "Ivo Marsh moves into the world's top 50 for the first time.",
        "The town was ranked in the top eight of the 80 courts in the county.",
    ],
)
def test_a_rank_among_the_best_is_no_count(sentence: str) -> None:
    assert [value for value, _unit in units(sentence) if value in (5.0, 8.0, 10.0, 50.0)] == []


def test_the_top_of_a_plural_still_counts_it() -> None:
    assert units("The top five players met in Oslo.") == [(5.0, "players")]
