"""A noun that stands for a figure named before (`the figure`, `the number`) takes that figure's
measure."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def measures(paragraphs: list[list[str]]) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article(paragraphs) if not f.minor]


def test_the_figure_is_the_measure_of_the_sum_before() -> None:
    paragraphs = [["Flood repairs will cost about $40 million.",
                   "A council report puts the figure at $55 million."]]  # fmt: skip
    assert measures(paragraphs) == [
        ("about $40 million", "Flood repairs"),
        ("$55 million", "Flood repairs"),
    ]


def test_a_stand_in_takes_the_measure_of_its_own_unit_only() -> None:
    paragraphs = [["The storm damaged 300 homes and cost $12 million.",
                   "Insurers put the figure at $15 million."]]  # fmt: skip
    assert measures(paragraphs) == [
        ("300 homes", "homes damaged by the storm"),
        ("$12 million", "storm"),
        ("$15 million", "storm"),
    ]
