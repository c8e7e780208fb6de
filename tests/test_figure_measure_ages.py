"""Whose age a bare age is across an article: the person the paragraph is about."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def ages(paragraphs: list[list[str]]) -> list[tuple[str, str]]:
    found = figures_in_article(paragraphs)
    return [(f.text, f.measure) for f in found if f.unit == "year of age"]


def test_the_age_standing_for_a_person_is_the_age_of_the_one_in_focus() -> None:
    paragraphs = [
        ["Coach Mary Tallis said she would retire after the final."],
        ["The 58-year-old has led the club for nine seasons."],
    ]
    assert ages(paragraphs) == [("58-year-old", "age of Mary Tallis")]


def test_an_age_read_after_an_opening_phrase_is_still_the_persons() -> None:
    paragraphs = [["Runner Ola Berg won in Leeds, and she will race in Madrid.",
                   "In earlier years, the 31-year-old also ran the 800m."]]  # fmt: skip
    assert ages(paragraphs) == [("31-year-old", "age of Ola Berg")]


def test_the_noun_after_an_age_picks_the_person_with_that_role() -> None:
    paragraphs = [
        ["A bronze by sculptor Ivo Brandt and a print by Lena Ros sold in Oslo."],
        ["Lena Ros was at the sale.", "The 70-year-old sculptor lives in Bergen."],
    ]
    assert ages(paragraphs) == [("70-year-old", "age of Ivo Brandt")]


def test_a_name_after_an_age_says_whose_it_is() -> None:
    paragraphs = [["Coach Mary Tallis said she was proud.", "She thanked the 41-year-old Ann Lee."]]
    assert ages(paragraphs) == [("41-year-old", "age of Ann Lee")]


def test_an_age_before_a_plural_noun_or_a_nationality_is_no_persons_in_focus() -> None:
    paragraphs = [["Coach Mary Tallis said she was proud.",
                   "The 15-year-old pupils in her squad won.",
                   "The 34-year-old Dutch keeper saved twice."]]  # fmt: skip
    assert ages(paragraphs) == [
        ("15-year-old", "pupils"),
        ("34-year-old", "age of the Dutch keeper"),
    ]


def test_an_aged_apposition_gives_the_ages_of_the_people_before_it() -> None:
    paragraphs = [["Police said the climbers, aged 19 and 23, were found safe.",
                   "His daughters, aged 8, 10 and 12, were at school."]]  # fmt: skip
    assert ages(paragraphs) == [
        ("19", "age of the climbers"),
        ("23", "age of the climbers"),
        ("8", "age of his daughters"),
        ("10", "age of his daughters"),
        ("12", "age of his daughters"),
    ]


def test_a_year_old_before_a_name_nobody_else_bears_is_its_age() -> None:
    paragraphs = [["The 61-year-old Britannia, a former royal yacht, is moored in Leith."]]
    assert ages(paragraphs) == [("61-year-old", "age of Britannia")]


def test_a_name_written_as_a_possessive_after_an_age_is_still_whole() -> None:
    paragraphs = [["Sixteen-year-old Ada Young's first final ended in defeat."]]
    assert ages(paragraphs) == [("Sixteen-year-old", "age of Ada Young")]


def test_an_age_written_after_age_is_its_subjects() -> None:
    paragraphs = [
        ["Her father took up rowing at age 61.", "Ines Moor learned to swim at age 40."],
        ["His father died at age 70 in Hull."],
    ]
    assert ages(paragraphs) == [
        ("61", "age of her father"),
        ("40", "age of Ines Moor"),
        ("70", "age of his father"),
    ]


def test_an_age_describing_a_thing_is_the_things() -> None:
    paragraphs = [
        ["Mayor Ada Lind spoke first.", "The 130-year-old society holds its dinner in May."]
    ]
    assert ages(paragraphs) == [("130-year-old", "age of the society")]


def test_an_age_after_age_needs_a_subject_that_can_have_it() -> None:
    paragraphs = [
        ["The retirement age 65 is too high.", "Her mother's cancer was found at age 49."],
        [
            "Women can retire at age 60.",
            "Her aunt was diagnosed at age 52 and her niece at age 30.",
        ],
    ]
    assert ages(paragraphs) == [
        ("65", "retirement age"),
        ("49", "mother's cancer"),
        ("60", "Women"),
        ("52", "age of her aunt"),
        ("30", "age of her niece"),
    ]
