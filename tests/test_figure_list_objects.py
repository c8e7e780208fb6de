"""Counts listed as objects of one verb share what was done to them, and a second verb joined to
the first object by `and` keeps the first one's doer."""

from __future__ import annotations

import pytest

from bot.analyse.figures.counted_verbs import done_by_subject
from bot.analyse.figures.extraction import figures_in_sentence
from bot.analyse.figures.list_heads import list_head


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_later_items_of_a_list_share_the_deed_and_its_doer() -> None:
    sentence = "Border guards detained five Dutch hikers, three Belgians and one Swiss climber."
    assert measures(sentence)[1:] == [
        ("three Belgians", "Belgians detained by Border guards"),
        ("one Swiss climber", "Swiss climber detained by Border guards"),
    ]


def test_a_list_after_a_common_noun_subject_keeps_its_verb() -> None:
    assert measures("The hailstorm flattened 120 greenhouses and 15 barns.") == [
        ("120 greenhouses", "greenhouses flattened by the hailstorm"),
        ("15 barns", "barns flattened by the hailstorm"),
    ]


def test_the_middle_item_of_a_list_after_a_name_keeps_its_verb() -> None:
    sentence = "Halden Motors sold 4,100 tractors, 900 trailers and 60 combines in May."
    assert [m for _, m in measures(sentence)] == [
        "tractors Halden Motors sold",
        "trailers Halden Motors sold",
        "combines Halden Motors sold",
    ]


def test_an_item_after_ages_of_the_first_shares_its_deed() -> None:
    sentence = "He admitted stabbing three women aged 59, 76 and 84, as well as two men aged 62."
    assert ("two men", "men stabbed") in measures(sentence)


def test_others_after_a_doer_are_people() -> None:
    assert measures("Raiders wounded 4 guards and 9 others.") == [
        ("4 guards", "guards raiders wounded"),
        ("9 others", "people raiders wounded"),
    ]


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Mertz Bank will shut 30 branches and hire 200 advisers.", "200 advisers",
         "advisers Mertz Bank will hire"),
        ("Brodie scored 14 goals and made 9 assists.", "9 assists", "assists Brodie made"),
        ("Olden Air plans to drop 8 routes and add 11 routes.", "11 routes",
         "routes Olden Air plans to add"),
    ],
)  # fmt: skip
def test_a_second_verb_keeps_the_first_ones_doer(sentence: str, number: str, expected: str) -> None:
    assert dict(measures(sentence))[number] == expected


def test_a_past_verb_after_a_planned_one_does_not_take_its_helpers() -> None:
    sentence = "The museum hopes to restore 12 paintings and acquired 30 prints last year."
    assert dict(measures(sentence))["30 prints"] == "museum prints"


@pytest.mark.parametrize(
    ("sentence", "number", "first"),
    [
        ("They sold 2,000 cars, 300 vans and 40 trucks.", "40 trucks", "2,000 cars"),
        ("They found three women aged 59, 76 and 84, as well as two men.", "two men",
         "three women"),
        ("They arrested about 20 men and nearly 30 women.", "nearly 30", "about 20"),
    ],
)  # fmt: skip
def test_the_head_of_a_list_is_its_first_count(sentence: str, number: str, first: str) -> None:
    assert list_head(sentence, sentence.index(number)) == sentence.index(first)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("In 2014, 300 people were arrested.", "300"),  # a year is no item
        ("Some 40 people were hurt and 20 homes burned.", "20 homes"),  # a verb ends the item
        ("The firm, and 30 of its staff, left.", "30"),  # no count before the joiner
    ],
)
def test_a_number_that_opens_no_list_is_its_own_head(sentence: str, number: str) -> None:
    at = sentence.index(number)
    assert list_head(sentence, at) == at


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The memoir on which the series is based has sold 3 million copies.", "3 million",
         "copies the memoir sold"),
        ("The inn in which the poet was born attracts 9,000 visitors a year.", "9,000",
         "visitors the inn attracts"),
    ],
)  # fmt: skip
def test_a_relative_clause_between_the_subject_and_its_verb_is_left_out(
    sentence: str, number: str, expected: str
) -> None:
    assert next(m for t, m in measures(sentence) if t.startswith(number)) == expected


def test_a_quantifier_after_had_is_no_verb() -> None:
    sentence = "Its patients include a sailor who had had all four limbs amputated."
    assert done_by_subject(sentence, sentence.index("four"), "sailor") is None
    sentence = "The sailor who trained the crew has won four races."
    assert done_by_subject(sentence, sentence.index("four"), "sailor") == ("the sailor", "won")


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Dunmore is tiny -- some 4,000 residents -- and rural.", "some 4,000 residents",
         "Dunmore residents"),
        ("Acme is cutting 400 jobs.", "400 jobs", "jobs Acme is cutting"),
    ],
)  # fmt: skip
def test_an_adjective_after_is_is_no_deed(sentence: str, number: str, expected: str) -> None:
    assert dict(measures(sentence))[number] == expected
