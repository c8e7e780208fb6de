"""Whose a figure is when a clause between, a relative clause or a carrier stands in the way:
the doer of `took`, the one sentenced, the noun before `which`, a vehicle's people, a thing's age
past an aside that lists places."""

from __future__ import annotations

import pytest

from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one who took the time, named or a noun phrase; a pronoun names nobody
        ("Ana Ruiz took just 40 minutes to win the race.",
         [("40 minutes", "time Ana Ruiz took to win the race")]),
        ("The hit novel took four years to write.",
         [("four years", "time the hit novel took to write")]),
        ("They took two hours to reach the summit.",
         [("two hours", "time to reach the summit")]),
        # a name cut short by the length limit is left out, never half-shown
        ("The Serbian pair took less than two hours to defeat Ivo Lind and Mark Tell.",
         [("less than two hours", "time to defeat Ivo Lind")]),
    ],
)  # fmt: skip
def test_the_time_someone_took(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A court sentenced an American to 12 years in prison.", "prison term of an American"),
        ("A court in Tehran sentenced a US reporter to 10 years in jail.",
         "jail term of a US reporter"),
        ("Olsen was sentenced on Monday to six years in jail.", "jail term of Olsen"),
        ("A judge in Leeds sentenced him on Friday to 12 years in prison.", "prison term"),
    ],
)  # fmt: skip
def test_a_prison_term_is_the_sentenced_ones_never_the_courts(sentence: str, expected: str) -> None:
    assert measures(sentence)[-1][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cup, which went ahead after the storm which has claimed 23 lives, ended today.",
         [("23 lives", "people killed by the storm")]),
        ("The attack which killed 12 soldiers was condemned.",
         [("12 soldiers", "soldiers killed by the attack")]),
    ],
)  # fmt: skip
def test_a_relative_clause_deed_is_done_by_the_noun_before_which(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kestrel ferry was carrying 150 people when it sank.",
         [("150 people", "people on board the Kestrel ferry")]),
        ("The bus was carrying 40 students from a school in Leeds.",
         [("40 students", "students on board the bus")]),
        # a carrier that is a business owns its passengers
        ("The airline carried 3 million passengers last year.",
         [("3 million passengers", "airline passengers")]),
    ],
)  # fmt: skip
def test_people_a_vehicle_carried_are_on_board_it(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The old tram, which ran between Graz, Austria and Maribor, Slovenia, was 60 years old.",
         "age of the old tram"),
        ("The bridge is 24 years old.", "age of the bridge"),
        # a plural noun opening the sentence is no name whose age it is
        ("Skills decline after age 25.", "Skills"),
    ],
)  # fmt: skip
def test_whose_age_a_thing_is(sentence: str, expected: str) -> None:
    assert measures(sentence)[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inflation, which peaked at 11.1% last year, has since eased to 6.7%.",
         [("11.1%", "Inflation"), ("6.7%", "Inflation")]),
        ("The suspect, an 18-year-old from Hull, drove about 200 miles.",
         [("18-year-old", "suspect"), ("about 200 miles", "suspect")]),
        ("Tarvos, the Chilean copper miner, shipped an average of 90,000 tonnes a month.",
         [("an average of 90,000 tonnes a month", "Tarvos")]),
        # a participle after the aside describes another noun: no subject
        ("A bid was sent to Ann Lee, the club's owner, on Friday, pitched at about 300p a share.",
         [("about 300p a share", "")]),
        # a clause after an article is no apposition, and a phrase with a figure is no noun
        ("At 9am on Tuesday, the pound was up at $1.29, and buying 105.6 yen in Tokyo.",
         [("$1.29", "pound exchange rate"), ("105.6 yen", "")]),
    ],
)  # fmt: skip
def test_the_subject_past_an_aside_between_it_and_its_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected
