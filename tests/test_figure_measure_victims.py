"""What was done to counted people: the deed, not the doer put in front as an owner."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence
from tests.test_figure_measures import measure_of


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_people_killed_keep_where_it_happened() -> None:
    sentence = "Floods caused by heavy rain have killed 85 people in the hill district of Kandy."
    assert measures(sentence) == [("85 people", "people killed in the hill district of Kandy")]


def test_the_doer_of_a_relative_clause_is_no_owner() -> None:
    sentence = "The gunman opened fire in a market, an attack that wounded 14 shoppers."
    assert measures(sentence) == [("14 shoppers", "shoppers wounded")]


def test_a_gerund_after_a_common_noun_subject_is_the_deed() -> None:
    assert measures("The driver admitted injuring two cyclists.") == [
        ("two cyclists", "cyclists injured")
    ]


def test_people_left_dead_are_counted_by_their_state() -> None:
    sentence = "Fighting raged in the port, leaving at least 9 people dead, officials said."
    assert measures(sentence) == [("at least 9 people", "people dead")]


def test_a_named_doer_is_still_said() -> None:
    assert measures("Iran has executed four men convicted of spying.") == [
        ("four men", "men Iran executed")
    ]


def test_a_doer_that_is_no_name_is_said_after_by() -> None:
    assert measures("Spanish police have arrested 17 people.") == [
        ("17 people", "people arrested by Spanish police")
    ]


def test_a_deed_only_planned_leaves_the_owner_in_front() -> None:
    assert measures("The brewer plans to hire up to 250 people.") == [
        ("up to 250 people", "brewer people")
    ]


def test_another_count_with_its_own_casualty_word_is_measured_by_it() -> None:
    sentence = "Police said 12 people were killed and another 40 wounded in the blasts."
    assert measures(sentence) == [("12 people", "people killed"), ("40", "people wounded")]


def test_others_with_a_casualty_word_are_people() -> None:
    assert measures("The crash left 3 people dead and 17 others injured.") == [
        ("3 people", "people dead"),
        ("17 others", "people injured"),
    ]


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("By nightfall, 31 were dead, according to the coastguard.", "31", "people dead"),
        ("About 600 more were rescued by fishing boats.", "About 600", "people rescued"),
        ("At least 9 were killed and 14 injured in the fire.", "At least 9", "people killed"),
        ("All six officers were injured in the raid.", "six officers", "officers injured"),
    ],
)
def test_a_count_of_people_then_were_and_a_casualty_word_is_measured_by_it(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The mudslide claimed the lives of 23 villagers.", "23 villagers", "villagers killed"),
        ("The war, which cost the lives of 900 sailors and 40 nurses, ended in May.", "40 nurses",
         "nurses killed by the war"),
        ("Lifeguards managed to save the lives of at least 12 swimmers.", "at least 12",
         "swimmers saved by Lifeguards"),
    ],
)  # fmt: skip
def test_lives_taken_or_saved_are_a_deed_not_an_owner(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_no_one_owns_nothing() -> None:
    sentence = "No one was hurt in the three fires, officials said."
    assert measure_of(sentence, "three fires") == "fires"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A truck bomb went off near the depot, killing at least 14.",
         [("at least 14", "people killed by the truck bomb")]),
        ("Raiders stormed two villages, killing 9 and wounding 30 others.",
         [("two villages", "villages raiders stormed"), ("9", "people killed by Raiders"),
          ("30 others", "people wounded")]),
        ("Police arrested 40 after the derby.", [("40", "people police arrested")]),
    ],
)  # fmt: skip
def test_a_bare_number_a_verb_of_harm_counts_is_people(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


def test_a_bare_number_after_a_verb_done_to_things_too_stays_bare() -> None:
    assert measures("The keeper saved 12 in the shoot-out drills.") == [("12", "keeper")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One of the nine suspects was killed.", [("nine suspects", "suspects killed")]),
        ("The pilot caused the deaths of 150 people on the flight.",
         [("150 people", "people killed by the pilot on the flight")]),
        ("The court heard of the deaths of three climbers near the summit.",
         [("three climbers", "climbers who died")]),
    ],
)  # fmt: skip
def test_deaths_caused_described_or_suffered_by_people_of_any_noun(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court ruled that the detention of 12 men at Dunmore jail was unlawful.",
         [("12 men", "men detained at Dunmore jail")]),
        ("Police ordered the evacuation of 300 residents.",
         [("300 residents", "residents evacuated by Police")]),
        ("Rebels demanded the release of 40 prisoners.",
         [("40 prisoners", "prisoners released by Rebels")]),
    ],
)  # fmt: skip
def test_a_deed_named_by_its_noun_is_done_to_the_people_after_of(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police fear the shooting early Friday of two guards.", [("two guards", "guards shot")]),
        ("The fatal stabbing of three men shocked us.", [("three men", "men stabbed")]),
        ("Floods claimed 31 lives in Hull.", [("31 lives", "people killed by Floods in Hull")]),
        ("The new barrier saved 40 lives.", [("40 lives", "people saved by the new barrier")]),
    ],
)  # fmt: skip
def test_a_deed_noun_or_lives_taken_say_what_was_done(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor] == expected
