"""Whose age an age is when the sentence itself says it: a name before `a 31-year-old`, the noun
after `a 40-year-old`, the subject of `was 45 years old`, the people before `aged`."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def ages(sentence: str) -> list[tuple[str, str]]:
    found = figures_in_article([[sentence]])
    return [(f.text, f.measure) for f in found if f.unit == "year of age"]


def test_a_name_before_an_apposed_age_is_whose_age_it_is() -> None:
    sentence = "On the bus I met Ruth Adler, a 31-year-old bus driver, who works nights."
    assert ages(sentence) == [("31-year-old", "age of Ruth Adler")]


def test_an_age_brought_in_by_a_is_the_age_of_the_noun_after_it() -> None:
    sentence = "Police arrested a 40-year-old man accused of stabbing his neighbours."
    assert ages(sentence) == [("40-year-old", "age of the man")]


def test_a_place_before_the_noun_stays_with_it() -> None:
    sentence = "Officers said an 18-year-old Welsh student was held at the port."
    assert ages(sentence) == [("18-year-old", "age of the Welsh student")]


def test_years_old_after_a_subject_is_the_subjects_age() -> None:
    sentence = "The old ferry was 45 years old when it sank."
    assert ages(sentence) == [("45 years old", "age of the old ferry")]


def test_aged_after_a_counted_group_gives_their_ages() -> None:
    sentence = "The court heard he attacked three women aged 51, 66 and 70."
    assert ages(sentence) == [
        ("51", "age of the women"),
        ("66", "age of the women"),
        ("70", "age of the women"),
    ]


def test_a_fronted_age_is_the_age_of_the_subject_after_it() -> None:
    sentence = "Experts said that at 30 years old, the old lighthouse needed new glass."
    assert ages(sentence) == [("30 years old", "age of the old lighthouse")]


def test_an_adverb_after_the_noun_ends_it() -> None:
    sentence = "Police said a 19-year-old driver fatally struck a cyclist."
    assert ages(sentence) == [("19-year-old", "age of the driver")]


def test_a_counted_group_with_an_age_is_whose_age_it_is() -> None:
    sentence = "Two 16-year-old girls were stopped at the airport."
    assert ages(sentence) == [("16-year-old", "age of the girls")]
