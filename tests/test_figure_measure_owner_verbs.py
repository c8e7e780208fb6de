"""An owner put before counted things is a noun phrase: a verb the word lists miss is cut off
(`Obama fondly referred`, `a person hurts himself`); those who report the news (`told CNN`,
`(Reuters)`) and days (`said Monday it has`) own none of its figures."""

from __future__ import annotations

from bot.analyse.figures.counted_owners import before_predicate
from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_an_adverb_and_its_verb_after_a_name_are_cut_off() -> None:
    assert before_predicate("the warmly received plan") == "the warmly received plan"
    assert before_predicate("Mayor Ruiz warmly thanked") == "Mayor Ruiz"
    sentence = "Mayor Ruiz warmly thanked the 40 volunteers for their work."
    assert measures(sentence) == [("40 volunteers", "Mayor Ruiz volunteers")]


def test_an_adverb_after_a_possessive_describes_the_noun() -> None:
    assert before_predicate("the bank's newly issued bonds") == "the bank's newly issued bonds"


def test_a_verb_before_a_reflexive_pronoun_is_cut_off() -> None:
    assert before_predicate("a driver hurts himself") == "a driver"
    sentence = "When a driver hurts himself and 12 other people, the insurer pays."
    assert measures(sentence) == [("12 other people", "driver people")]


def test_the_broadcaster_that_reports_owns_nothing() -> None:
    paragraphs = [
        ["Lima (CNN)Rescuers reached the village on Monday, officials said."],
        ["It includes 26 recommendations."],
    ]
    assert [f.measure for f in figures_in_article(paragraphs)] == ["recommendations"]


def test_a_day_owns_nothing() -> None:
    sentence = "The ministry said Tuesday it has picked 12 schools for the trial."
    assert measures(sentence) == [("12 schools", "schools picked")]  # not `Tuesday schools`
