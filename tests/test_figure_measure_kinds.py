"""The noun a sum describes keeps the word before the number that says its kind (`a yearly $900
grant`: yearly grant), and ends before `and` opens another thing (`a $3m loss and a ...`)."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Each family gets a yearly $900 grant from the trust.", "$900", "yearly grant"),
        ("Verdi Foods reported an annual £3m loss.", "£3m", "annual loss"),
        ("The studio booked a record $41m profit.", "$41m", "record profit"),
        ("Staff will receive a one-off £250 bonus.", "£250", "one-off bonus"),
        ("The council offered a £40 rebate to every household.", "£40", "rebate"),
    ],
)
def test_a_kind_before_the_number_stays_with_its_noun(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_the_noun_after_a_sum_ends_before_another_thing() -> None:
    sentence = "The court set a $2 million bond and the judge barred travel."
    assert measure_of(sentence, "$2 million") == "bond"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Veta closed its $4.1bn takeover of its larger rival Nordline.", "$4.1bn",
         "takeover of its larger rival Nordline"),
        ("Critics say the plan ignores the $2bn costs of the mayor's tram scheme.", "$2bn",
         "costs of the mayor's tram scheme"),
        ("Dalby holds a 64% share of the handheld gaming market.", "64%",
         "handheld gaming market"),
        ("Mirel has a 500,000-strong stock of tablets it plans to ship.", "500,000",
         "stock of tablets it plans to ship"),
    ],
)  # fmt: skip
def test_the_of_phrase_after_the_noun_is_read_whole(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_figure_followed_by_another_owner_s_measures_the_same_for_it() -> None:
    sentence = "Orla holds a 38% share, followed by Benna with 21% and Tovik with 9%."
    assert [measure_of(sentence, n) for n in ("21%", "9%")] == ["Benna share", "Tovik share"]
    sentence = "Norway won the most golds with 14, followed by Austria with six."
    assert measure_of(sentence, "six") == "Austria"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The party plans £12bn cuts in public services.", "£12bn", "cuts"),
        ("She is suing for the tour's £2m costs in a Leeds court.", "£2m", "costs"),
    ],
)
def test_a_plural_change_noun_after_a_sum_is_its_noun(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_present_verb_after_a_price_is_no_noun() -> None:
    sentence = "The Zeta, priced at £99 costs far less than its rival."
    assert measure_of(sentence, "£99") == ""
