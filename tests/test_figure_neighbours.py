"""Figures misread through the words beside them: a year before a sum, a clock time, a period
after another figure, the other party of a comparison, a compound noun, a multiplying verb."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.found import Found


def shown(sentence: str) -> list[Found]:
    """The figures a briefing shows for a one-sentence article, owners and all."""
    return [f for f in figures_in_article([[sentence]]) if not f.minor]


def read(sentence: str) -> list[tuple[float, str, str, str | None]]:
    """Value, unit, measure and period of each figure shown."""
    return [(f.value, str(f.unit), f.measure, f.period) for f in shown(sentence)]


def test_a_currency_sign_before_a_number_is_that_numbers_not_the_years_before() -> None:
    assert read("The council promised to spend by 2012 €40m more on roads.") == [
        (40e6, "EUR", "spending", "by 2012")
    ]
    assert read("The mayor wants to raise by 2030 £2bn for the new tram line.") == [
        (2e9, "GBP", "new tram line", "by 2030")
    ]


def test_a_clock_time_with_its_zone_is_when_not_a_year_nor_an_owner() -> None:
    assert read("By 0930 GMT, Brightwater shares had slipped to 95p.") == [
        (95.0, "pence", "Brightwater shares", "By 0930 GMT")
    ]
    assert read("Oil traded at $52 a barrel at 1600 BST, up 3%.") == [
        (52.0, "USD per barrel", "Oil", "at 1600 BST"),
        (3.0, "percent", "Oil", "at 1600 BST"),
    ]
