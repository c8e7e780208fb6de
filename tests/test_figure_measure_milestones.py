"""Nouns after a sum: a gerund that is a noun after a possessive, and a milestone with what
reached it after it."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_a_gerund_after_a_possessive_sum_is_the_noun() -> None:
    sentence = 'The sequel beat last year\'s $42 million opening for "Dune Riders," a rival.'
    assert measures(sentence) == [("$42 million", "opening for Dune Riders")]


def test_a_milestone_measures_what_reached_it() -> None:
    sentence = "The show went on, passing the $300 million mark in worldwide ticket sales."
    assert measures(sentence) == [("$300 million", "worldwide ticket sales")]


def test_a_milestone_alone_is_its_own_measure() -> None:
    assert measures("The new car may push past the 900 hp barrier.") == [("900 hp", "barrier")]
