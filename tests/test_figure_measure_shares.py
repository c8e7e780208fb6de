"""A share that is the subject of what people said or were is a share of people."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Overall, 52% were worried about rising rents, while 30% were not.", "52%",
         "people who were worried about rising rents"),
        ("Some 61% said the schools had improved, against 25% who said they had got worse.",
         "61%", "people who said the schools had improved"),
        ("Some 61% said the schools had improved, against 25% who said they had got worse.",
         "25%", "people who said they had got worse"),
        # a measure never ends on a possessive
        ("Asked in May, 45% said they shared photos with their friends.", "45%",
         "people who said they shared photos"),
        # after a colon that ends the clause before
        ("The vote was clear among members: 81% said they backed the merger.", "81%",
         "people who said they backed the merger"),
        # the whole the sentence opens with stands for `people`
        ("Of the 2 million Britons who cycle to work, 45% are men.", "45%",
         "Britons who cycle to work and are men"),
        # a share that is no subject of its clause is left to the other rules
        ("Sales were up 5% in May.", "5%", "Sales"),
        ("Prices rose 4% and 20% were higher than a year ago.", "20%", ""),
    ],
)  # fmt: skip
def test_a_share_of_people_by_what_they_said_or_were(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_share_of_people_has_no_owner_added() -> None:
    found = figures_in_article([[
        "Norwex Bank surveyed its customers about the economy.",
        "In all, 48% were gloomy about the national economy.",
    ]])  # fmt: skip
    assert [(f.text, f.measure) for f in found] == [
        ("48%", "people who were gloomy about the national economy")
    ]


def test_a_share_of_a_counted_group_keeps_its_clause() -> None:
    sentence = "Nearly 80% of the 3,000 tenants who moved into new flats are happier."
    assert measure_of(sentence, "80%") == "tenants who moved into new flats"


def test_a_fraction_in_a_relative_clause_is_a_share_of_its_noun() -> None:
    sentence = "Corvel, which supplies batteries for nearly half the world's electric buses, grew."
    assert measure_of(sentence, "half") == "world's electric buses"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Tourism accounts for 12% of Malta's output.", "12%", "Tourism share of Malta's output"),
        ("The farm sector, which accounts for nearly a third of jobs, shrank 2% last year.",
         "a third", "farm sector share of jobs"),
        ("Imports made up 40% of the market.", "40%", "Imports share of market"),
        # past the relative clause between commas, the subject it describes
        ("The farm sector, which accounts for nearly a third of jobs, shrank 2% last year.",
         "2%", "farm sector"),
        # `makes` alone earns, it is no share
        ("The studio makes 70% of its income from sequels.", "70%", "income"),
    ],
)  # fmt: skip
def test_a_part_s_share_of_a_whole(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("A poll found only 6% of drivers were planning to buy an electric car.", "6%",
         "drivers who were planning"),
        ("Just 12% of small bakeries have written safety plans in place.", "12%",
         "small bakeries which have written safety plans"),
        # a word joined by a slash is one word
        ("Only 9% of clinics have TB/HIV tests on site.", "9%",
         "clinics which have TB/HIV tests"),
        # a share of a whole with no verb after it keeps the bare noun
        ("Tea makes up 35% of the blend.", "35%", "Tea share of blend"),
        # a fraction's noun is its unit's own
        ("One third of the lake is frozen.", "One third", "lake"),
        # `be` keeps its helper; an adverb gives way to the words after it
        ("About 40% of the kiosks have been shut.", "40%", "kiosks which have been shut"),
        ("At least 80% of housing in Tarla has been badly damaged.", "80%",
         "housing in Tarla which has been damaged"),
        ("Some 70% of members would be elected.", "70%", "members who would be elected"),
        # a qualifier after `out of` is still a share
        ("Ivo said about 18 out of approximately 300 gates were shut.", "18",
         "gates which were shut"),
    ],
)  # fmt: skip
def test_a_percentage_of_a_group_keeps_what_the_group_does(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Nearly 70% of the audience chose the drama, leaving Radio Four with about 9%.", "9%",
         "Radio Four share of audience"),
        ("Local bands sold 35% of the tickets, with touring acts taking the remaining 65%.",
         "65%", "touring acts share of tickets"),
        # a share that names its own whole keeps it
        ("The poll left a grim picture of debt with 30% of tenants saying they owe rent.", "30%",
         "tenants"),
    ],
)  # fmt: skip
def test_a_share_left_to_another_is_of_the_whole_before_it(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 30% were sold in the first week.", ""),
        ("Of the vans, 30% were sold within a month.", "vans"),
        ("Of the 500 kettles tested, 20% were faulty.", "kettles tested"),
        ("Of the 900 voters polled, 58% were hopeful.", "voters polled who were hopeful"),
    ],
)
def test_a_share_of_things_is_no_share_of_people(sentence: str, expected: str) -> None:
    number = next(word for word in sentence.split() if word.endswith("%"))
    assert measure_of(sentence, number.rstrip(",")) == expected


def test_two_shares_joined_by_and_share_their_verb() -> None:
    sentence = "About 35% of nurses and 20% of doctors reported burnout last year."
    assert measure_of(sentence, "35%") == "nurses reported burnout"
    assert measure_of(sentence, "20%") == "doctors reported burnout"
