"""A share of people by what they say of themselves: `40% of voters said they would back it`
measures `voters who would back it`."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_what_a_share_says_of_itself_is_the_measure() -> None:
    assert measures("About 35% of drivers said they would pay more for fuel.") == [
        ("About 35%", "drivers who would pay more for fuel")
    ]


def test_a_phrase_between_the_group_and_its_saying_is_passed_over() -> None:
    sentence = "Eighteen percent of parents to a 2019 poll say that they skip breakfast."
    assert measures(sentence)[0] == ("Eighteen percent", "parents who skip breakfast")


def test_a_saying_about_others_is_no_deed_of_the_group() -> None:
    assert measures("Some 60% of firms said profits fell.") == [("Some 60%", "firms")]


def test_a_share_that_sees_thinks_or_wants_is_of_people() -> None:
    sentence = "And 47% saw their town's prospects improving, while 36% said they were worse."
    assert measures(sentence) == [
        ("47%", "people who saw their town's prospects improving"),
        ("36%", "people who said they were worse"),
    ]
    assert measures("In the Harbourside poll, 62% believe the ferry is too dear.") == [
        ("62%", "people who believe the ferry is too dear")
    ]


def test_a_share_that_was_sold_is_no_share_of_people() -> None:
    assert measures("About 30% sold within a week.") == [("About 30%", "")]
