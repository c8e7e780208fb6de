"""Children counted by their parent (`a mother of three`) and ages told `at age`, by a surname
alone, or of nobody (`Retiring at age 40`)."""

from __future__ import annotations

import pytest

from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ms Reed, a mother of three, was arrested on Friday.",),
         [("three", "children of Ms Reed")]),
        (("Ann Cole, 41, a mother of four children, spoke first.",),
         [("four children", "children of Ann Cole")]),
        (("The mother-of-two was jailed on Friday.",), [("two", "children")]),
        (("The grandmother of 12 was honoured.",), [("12", "children")]),
        (("Father-of-two Ivo Dren was arrested.",), [("two", "children of Ivo Dren")]),
        # the parent was killed, not the children
        (("A father of four killed by a lorry was named.",), [("four", "children")]),
        # a noun after the number counts itself; a parent `of the` counts no children
        (("Tom Hale, a father of two young sons, died.",),
         [("two young sons", "father of young sons")]),
        (("She is the mother of the 12 reforms.",), [("12 reforms", "reforms")]),
    ],
)  # fmt: skip
def test_children_counted_by_their_parent(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert measures(*paragraphs) == expected


def test_a_count_of_children_reads_as_children() -> None:
    from bot.analyse.figures.extraction import figures_in_sentence

    assert [(f.value, f.unit) for f in figures_in_sentence("Jo Ray, a mother of three, won.")] == [
        (3.0, "children")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ann Bell took up golf at age 40.",), "age of Ann Bell"),
        (("Tom Jones is a golfer from Wales.", "Jones took up golf at age 40."),
         "age of Tom Jones"),
        (("Tom Jones is a golfer from Wales.", "He took up golf at age 40."), "age of Tom Jones"),
        (("Manning retired at age 39.",), "age of Manning"),
        # an age nobody in the sentence has
        (("Retiring at age 40 is rare.",), "age"),
        (("Starting school at age five helps.",), "age"),
        # another's age is still another's
        (("Tom Jones said his mother died at age 90.",), "age of his mother"),
    ],
)  # fmt: skip
def test_an_age_told_at_age(paragraphs: tuple[str, ...], expected: str) -> None:
    assert [m for _, m in measures(*paragraphs)] == [expected]
