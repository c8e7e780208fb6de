"""A duration measured by the verb that takes or spends it."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # what the time was taken for
        ("It took the council six years for the new bridge to open.", "six",
         "time for the new bridge to open"),
        ("The studio needed eight months to finish the sequel.", "eight",
         "time the studio needed to finish the sequel"),
        # a second duration shares the verb through `but only`
        ("It took Pollard nearly ten years to win a first title but only two years to win "
         "the league.", "two years", "time to win the league"),
        # a named subject spends the time somewhere
        ("Kim Osei spent five weeks at the top of the chart last spring.", "five",
         "time Kim Osei spent at the top"),
        # a pronoun names nobody
        ("I spent three days in the clinic after the fall.", "three", "time spent in the clinic"),
        # a verb alone says too little
        ("It will take two years to build.", "two", ""),
    ],
)  # fmt: skip
def test_time_taken_or_spent(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # the one who serves it, named before the verb
        (
            "The panel advised that the driver, Tom Reyes, serve seven years in prison.",
            "seven",
            "prison term of Tom Reyes",
        ),
        (
            "Ada Mirov, 52, was sentenced to three years on Friday.",
            "three",
            "prison term of Ada Mirov",
        ),
        # the one it is asked for, named after it
        (
            "The state sought 12 years in jail for Reyes and a fine for his firm.",
            "12",
            "jail term for Reyes",
        ),
        # nobody named: what is punished
        (
            "Fraud by a trustee would be punishable by ten years in prison.",
            "ten",
            "Fraud by a trustee",
        ),
    ],
)
def test_years_in_prison_are_the_prison_term_of_who_serves_them(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The mill closed four years ago.", "four", "time since the mill closed"),
        ("The band split up after touring Japan three months ago.", "three",
         "time since touring Japan"),
        ("The prize went to Ana Lind, who retired two decades ago.", "two",
         "time since Ana Lind retired"),
        ("She sold the house three years ago.", "three", "time since she sold the house"),
        ("They moved abroad ten years ago.", "ten", "time since they moved abroad"),
        ("The bakery, which she opened when rents were low, shut four years ago.", "four",
         "time since the bakery shut"),
        # a relative clause before the main verb, no commas: no one event to name
        ("The man who promised he would come back died two years ago.", "two", ""),
        ("The barn where he slept and which he built fell down two years ago.", "two", ""),
    ],
)  # fmt: skip
def test_a_time_ago_is_the_time_since_its_event(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_time_ago_beside_another_figure_stays_its_period() -> None:
    [share] = [f for f in figures_in_sentence("Sales are 5% higher than two years ago.")
               if not f.minor]  # fmt: skip
    assert (share.text, share.period) == ("5%", "two years ago")


def test_a_time_ago_in_a_when_clause_dates_the_main_event() -> None:
    found = figures_in_sentence("She vowed to cut taxes when she won power three years ago.")
    assert [f.text for f in found if not f.minor] == []


def test_a_time_ago_after_a_verb_of_change_keeps_no_change() -> None:
    found = [f for f in figures_in_sentence("The barn burned down two years ago.") if not f.minor]
    assert [(f.text, f.change, f.measure) for f in found] == [
        ("two years", None, "time since the barn burned down")
    ]


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("It has been nine years since the mill closed.", "nine years",
         "time since the mill closed"),
        ("It is now six months since Ruiz last played for Spain.", "six months",
         "time since Ruiz last played for Spain"),
        # a pronoun says too little; another figure or an abbreviation cuts the event short
        ("It has been two weeks since he left.", "two weeks", ""),
        ("It has been 30 years since the 1994 final.", "30 years", ""),
        ("It is 60 years since Hale v. Dorset was heard.", "60 years", ""),
    ],
)  # fmt: skip
def test_a_time_since_an_event_written_after_it(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_time_with_its_event_takes_no_owner_from_the_article() -> None:
    paragraphs = [["Tarn Oil drilled its first well in Kenya in 1990."],
                  ["It took more than 20 years to produce oil there."]]  # fmt: skip
    [time] = [f for f in figures_in_article(paragraphs) if f.text == "more than 20 years"]
    assert time.measure == "time to produce oil"


def test_time_spent_behind_bars_is_the_time_spent() -> None:
    assert measure_of("He spent 12 years behind bars.", "12 years") == "time spent behind bars"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The clubs have ten working days to lodge an appeal.", "ten", "time to lodge an appeal"),
        ("Tenants were given 28 days to leave.", "28", "time to leave"),
        ("A painter who spent six years on the mural was there.", "six", "time spent on the mural"),
    ],
)  # fmt: skip
def test_time_given_or_spent_says_what_for(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_time_given_for_what_was_said_before_names_nothing() -> None:
    assert measure_of("We have only got six weeks to do that.", "six") == ""


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("A court sentenced ex-mayor Ivo Dren to 12 years in jail.", "12", "jail term of Ivo Dren"),
        ("A judge sentenced the three guards to four years.", "four", "prison term of the guards"),
    ],
)  # fmt: skip
def test_the_one_sentenced_serves_the_term(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Ola Berg stood in the rain for three hours.", "three", "time Ola Berg stood in the rain"),
        ("The Tarn Band played for about 50 minutes.", "50", "time the Tarn Band played"),
        ("He stayed for two weeks.", "two", ""),  # whose time, the text says before
        ("The death of Ada Cole saw it postponed for two days.", "two", "death of Ada Cole"),
    ],
)  # fmt: skip
def test_a_time_a_name_did_something_for(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_the_one_sentenced_is_named_without_the_clause_about_them() -> None:
    sentence = "A jury sentenced a nurse who says she was framed to 15 years in prison."
    assert measure_of(sentence, "15") == "prison term of a nurse"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The fire in Hull burned for 4 days.", "4", "fire in Hull"),
        ("Smith and Jones talked for 4 hours.", "4", "Smith and Jones"),
        ("Police searched for 4 hours.", "4", "Police"),
        ("He got 25 years to life.", "25", ""),
        ("The man who spent 20 years in prison was freed.", "20", "time spent in prison"),
        ("Tarvia has 48 hours to respond, he said.", "48", "time for Tarvia to respond"),
        ("The court sentenced Ivo Dren to 3 years of probation.", "3", "probation"),
    ],
)  # fmt: skip
def test_durations_keep_to_their_own_doer(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Rail and Sea have 30 days to pay.", "30", "time for Rail and Sea to pay"),
        ("It took 10 years for the line to be opened.", "10", "time for the line to be opened"),
    ],
)  # fmt: skip
def test_time_given_to_two_names_or_for_a_passive(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected
