"""A work noun (`the thriller`, `the musical`) stands for the title the article names most."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.owners import WorkTitles
from tests.test_figure_measures import measure_of


def titled(measure: str, before: str) -> str:
    """`measure` as the article before it (all of `before`) lets a work noun stand for a title."""
    return WorkTitles(before).titled(measure, len(before))


def measures(paragraphs: list[list[str]]) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article(paragraphs) if not f.minor]


def test_the_thriller_is_the_film_named_before() -> None:
    found = measures([
        ["Actor Lena Ward is back at the top of the charts with her film Night Harbour.",
         "The thriller went straight to number one after taking $31m at the box office."],
    ])  # fmt: skip
    assert found == [("$31m", "Night Harbour takings")]


def test_the_title_named_most_wins_over_the_latest() -> None:
    before = (
        "Her film Night Harbour opened on Friday. In Night Harbour, Ward plays a ferry pilot. "
        "Last month she spent a week at the top with the comedy Salt Wind."
    )
    assert titled("film", before) == "Night Harbour"
    assert titled("film takings", before) == "Night Harbour takings"


def test_plural_works_and_named_measures_are_left_alone() -> None:
    before = "Her film Night Harbour opened on Friday."
    assert titled("top films", before) == "top films"
    assert titled("film Night Harbour", before) == "film Night Harbour"
    assert titled("Tom Ash's new comedy", before) == "Tom Ash's new comedy"


def test_a_title_that_reads_as_a_question_is_not_shown_alone() -> None:
    assert titled("comedy", "The comedy Are You Ready? opened.") == "comedy"


def test_a_gerund_after_a_preposition_takes_the_sentence_subject() -> None:
    sentence = "The musical shot to the top of the chart after taking £4m in a week."
    assert measure_of(sentence, "£4m") == "musical takings"
