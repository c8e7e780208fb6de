"""Sentences that look like the newer measure families but are not: a fronted time before an
aside, an adverb inside a phrase, a figure inside a prepositional phrase, money returned to no
owner, a speaker who did not do the deed, another person's age."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.text.sentences import split_sentences
from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Friday, the last day of trading, shares fell 3%.", [("fell 3%", "shares")]),
        ("There are 40 schools in mainly poor districts.",
         [("40 schools", "schools in mainly poor districts")]),
        ("About 300 homes in hilly areas lost power.",
         [("About 300 homes", "homes in hilly areas")]),
        ("Three people stayed in hospital overnight.",
         [("Three people", "people who stayed in hospital overnight")]),
        ("There were 40 victims of these scams.", [("40 victims", "victims of these scams")]),
        ("Harlow Motors delivered 40 buses to 12 cities, up 20%.",
         [("40 buses", "buses Harlow Motors delivered"), ("12 cities", "Harlow Motors cities"),
          ("up 20%", "buses Harlow Motors delivered")]),
        ("The council returned £40,000 of unspent grant.", [("£40,000", "unspent grant")]),
        ("Fares were raised £2 a ticket.", [("raised £2 a ticket", "Fares")]),
        ("The mayor said it had flooded 300 homes.", [("300 homes", "mayor homes")]),
        ("Ivo Dunn was sentenced on Monday to 15 years.",
         [("15 years", "prison term of Ivo Dunn")]),
        ("A crew of 12 sailors was rescued.", [("12 sailors", "crew of sailors")]),
        ("Greece's debt is now 175% of GDP.", [("175%", "Greece's debt")]),
        ("Silver hit a record $51 an ounce on Monday.", [("$51", "Silver")]),
        ("The score was 29 at half-time.", [("29", "score")]),
        ("A tornado with winds of 165 mph tore through the town, destroying 90 homes.",
         [("165 mph", "winds"), ("90 homes", "homes destroyed by the tornado")]),
        ("The fire swept through the district, damaging 40 shops.",
         [("40 shops", "shops damaged by the fire")]),
        ("Soldiers found a mass grave with more than 90 bodies.",
         [("more than 90 bodies", "bodies")]),
        ("The gang tied her up along with two other nuns.", [("two other nuns", "nuns")]),
        ("Six people died in a crash involving three lorries on the A1.",
         [("Six people", "people who died in a crash"),
          ("three lorries", "lorries on the A1 involved in the crash")]),
        ("The Harbour Lights leads the awards with 11 nominations.",
         [("11 nominations", "Harbour Lights nominations")]),
        ("The lives of 300 people were saved.", [("300 people", "people")]),
        ("The firm and its lawyers took 3 weeks to reply.", [("3 weeks", "firm and its lawyers")]),
        ("Around 400 workers failed in their bid for a payout.",
         [("Around 400 workers", "workers who failed in their bid")]),
    ],
)  # fmt: skip
def test_a_near_miss_keeps_its_own_measure(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tom Hale said his mother died at the age of 90.", "mother died"),
        ("Leeds United signed Rooney at the age of 18.", "United signed Rooney"),
        ("Women in Fife, aged 50 to 70, are invited.", "aged"),
        ("Harlow Town signed the striker at the age of 19.", "signed the striker"),
    ],
)  # fmt: skip
def test_an_age_is_not_the_opening_names_when_another_is_aged(sentence: str, expected: str) -> None:
    assert measures(sentence)[0][1] == expected


def test_sentences_an_abbreviation_before_a_number_is_no_end() -> None:
    assert split_sentences("The hall had ca. 300 guests.") == ("The hall had ca. 300 guests.",)


def test_a_share_that_was_expected_is_an_amount_not_people() -> None:
    assert measures("The fee rose 2.5%. 3% was expected.") == [("rose 2.5%", "fee"), ("3%", "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry left port 20 minutes late.", [("20 minutes", "ferry delay")]),
        ("It landed 40 minutes late.", [("40 minutes", "delay")]),
    ],
)  # fmt: skip
def test_a_time_late_is_a_delay(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lena Holt won in 3 minutes 49.11 seconds.",
         [("3 minutes 49.11 seconds", 229.11, "second")]),
        ("The flight lasted 7 hours and 30 minutes.",
         [("7 hours and 30 minutes", 450.0, "minute")]),
        ("Ada Lind won in two hours, 23 minutes and 10 seconds.",
         [("two hours, 23 minutes and 10 seconds", 8590.0, "second")]),
        # two lengths, no time of parts
        ("He waited 5 hours and 90 minutes.",
         [("5 hours", 5.0, "hour"), ("90 minutes", 90.0, "minute")]),
    ],
)  # fmt: skip
def test_a_time_spelled_in_parts_is_one_figure(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    found = figures_in_article([[sentence]])
    assert [(f.text, f.value, f.unit) for f in found if not f.minor] == expected
