"""A gerund of change names what it changes (`boosting the tipped wage to $7.07`), and a noun
that looks like a verb after a determiner and an adjective is a noun (`The annual cost would`)."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_a_gerund_of_change_measures_its_object() -> None:
    sentence = "Lifting the state pension to $900 a month, and raising the child allowance to $60."
    assert measures(sentence) == [
        ("$900 a month", "state pension"),
        ("$60", "child allowance"),
    ]


def test_a_noun_after_an_adjective_is_no_verb() -> None:
    assert measures("The average cost would be $4.2 billion.") == [("$4.2 billion", "average cost")]


def test_a_noun_after_a_determiner_and_noun_is_still_a_verb() -> None:
    assert measures("The bakery cut 40 jobs.") == [("cut 40 jobs", "bakery jobs")]
