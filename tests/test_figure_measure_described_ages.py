"""Whose age `the N-year-old <description>` is: the person the paragraph is about when the
description fits them (a `woman` is no man named before), else the description itself (`age of
the Irish painter`); capitalised adjectives of a place or nation belong to the description."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def ages(*paragraphs: list[str]) -> list[tuple[str, str]]:
    found = figures_in_article(list(paragraphs))
    return [(f.text, f.measure) for f in found if f.unit == "year of age"]


def test_a_nationality_in_the_description_brings_in_someone_new() -> None:
    paragraphs = [
        ["Maria Lopez will lead the new orchestra, the city said."],
        ["The 44-year-old Spanish cellist has joined her from Vienna."],
    ]
    assert ages(*paragraphs) == [("44-year-old", "age of the Spanish cellist")]


def test_a_description_with_no_person_behind_it_names_whose_age_it_is() -> None:
    paragraphs = [["The 52-year-old Irish painter has sold every canvas."]]
    assert ages(*paragraphs) == [("52-year-old", "age of the Irish painter")]


def test_a_woman_is_not_the_man_named_before() -> None:
    paragraphs = [
        ["Inspector Tom Baker said he had arrested a neighbour."],
        ["The victims included the 91-year-old woman who lived alone."],
    ]
    assert ages(*paragraphs) == [("91-year-old", "age of the woman")]


def test_a_man_named_before_is_the_man_described() -> None:
    paragraphs = [
        ["Inspector Tom Baker said he had arrested a neighbour."],
        ["The 58-year-old man had served in the army."],
    ]
    assert ages(*paragraphs) == [("58-year-old", "age of Tom Baker")]


def test_a_name_and_its_verb_after_the_age_are_no_description() -> None:
    paragraphs = [["The 67-year-old Hopper said the film was his last."]]
    assert ages(*paragraphs) == [("67-year-old", "")]  # never `age of the Hopper said`


def test_an_age_a_pronoun_is_given_is_the_age_of_the_person_it_stands_for() -> None:
    paragraphs = [
        ["The painter Iris Vane died at her home in Whitby on Friday."],
        ["She was 91."],
    ]
    assert ages(*paragraphs) == [("91", "age of Iris Vane")]


def test_he_and_she_give_the_ages_of_a_man_and_a_woman() -> None:
    paragraphs = [["Ann Cole and her husband Tom Cole moved here.", "She was 34 and he was 40."]]
    assert ages(*paragraphs) == [("34", "age of Ann Cole"), ("40", "age of Tom Cole")]


def test_a_nationality_standing_for_a_person_is_the_person_in_focus() -> None:
    paragraphs = [["Olga Berg has entered the Leeds half marathon.",
                   "The 29-year-old Norwegian is the first star name to enter."]]  # fmt: skip
    assert ages(*paragraphs) == [("29-year-old", "age of Olga Berg")]


def test_a_nationality_alone_with_no_one_in_focus_names_the_nationality() -> None:
    paragraphs = [["The 29-year-old Norwegian is the first star name to enter."]]
    assert ages(*paragraphs) == [("29-year-old", "age of the Norwegian")]
