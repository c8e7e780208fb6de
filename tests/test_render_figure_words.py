"""Figures in the words a reader expects, for every unit the extractor can produce."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot import render
from bot.analyse.figures import compounds, currencies, rates, units
from bot.analyse.figures.extraction import extract_figures
from bot.figure_words import figure_value, split_rate, wording
from bot.parse.articles import make_article
from bot.parse.records import Record
from tests.factories import make_figure


def _shown(value: float, unit: str, qualifier: str | None = None, high: float | None = None) -> str:
    figure = make_figure("a", "x", value, unit, "m", qualifier=qualifier)
    return figure_value(replace(figure, high=high))


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (13.0, "week", None, "13 weeks"),
        (1.0, "month", None, "1 month"),
        (3.0, "year", None, "3 years"),
        (0.5, "fraction", None, "half"),
        (0.1667, "fraction", "almost", "almost one in six"),
        (0.6667, "fraction", None, "two thirds"),
        (0.25, "fraction", None, "a quarter"),
        (0.8, "fraction", None, "four in five"),
        (0.37, "fraction", None, "37%"),
        (1.0, "GBP per hour", None, "£1 an hour"),
        (0.3, "EUR per share", None, "€0.30 a share"),
        (300.0, "pence per share", None, "300p a share"),
        (6.0, "percent per year", None, "6% a year"),
        (17.0, "year of age", None, "aged 17"),
        (6.0, "month of age", None, "aged 6 months"),
        (48.0, "hour per week", None, "48 hours a week"),
        (25.0, "point per game", None, "25 points per game"),
        (1e6, "barrel per day", None, "1 million barrels a day"),
        (3.0, "square foot", None, "3 square feet"),
        (35.0, "celsius", None, "35°C"),
        (120.0, "kilometre per hour", None, "120 km/h"),
        (2.5e9, "turkish lira", None, "2.5bn Turkish liras"),
        (5e6, "SEK", None, "SEK 5m"),
        (6.1, "magnitude", None, "magnitude 6.1"),
        (5.0, "G", None, "5G"),
        (40.0, "hertz", None, "40 hertz"),
        (2.0, "Mini models per year", None, "2 Mini models a year"),
        (7.0, "people", "about", "about 7 people"),
    ],
)
def test_figure_words_read_as_written(
    value: float, unit: str, qualifier: str | None, expected: str
) -> None:
    assert _shown(value, unit, qualifier) == expected


@pytest.mark.parametrize(
    ("value", "high", "unit", "expected"),
    [
        (7613.0, 6630.0, "", "7,613 to 6,630"),
        (30.0, 40.0, "year of age", "aged 30 to 40"),
        (12.0, 18.0, "month", "12 to 18 months"),
        (1.1e9, 4.6e9, "USD per year", "$1.1bn to $4.6bn a year"),
        (5.0, 10.0, "percent", "5% to 10%"),
        (2004.0, 2008.0, "year", "2004 to 2008"),
        (157_000.0, 133_000.0, "", "157,000 to 133,000"),
    ],
)
def test_figure_words_show_both_ends_of_a_range(
    value: float, high: float, unit: str, expected: str
) -> None:
    assert _shown(value, unit, "between", high) == expected


def test_figure_words_show_a_range_without_its_other_end_as_written() -> None:
    figure = make_figure("a", "12-18 months", 12.0, "month", "m", qualifier="between")
    assert figure_value(figure) == "12-18 months"


def test_figure_words_keep_a_qualifier_other_than_between_on_a_range() -> None:
    assert _shown(30.0, "people", "about", 40.0) == "about 30 to 40 people"


# Units that read the same past one; every other unit must change between 1 and 2.
_SAME_PAST_ONE = {"stone", "horsepower", "brake horsepower", "hertz", "kilohertz", "megahertz",
                  "gigahertz", "times"}  # fmt: skip


def _extractor_units() -> set[str]:
    """Every unit the extractor can store: measures, currency codes, named currencies, the
    groups of compounds (`three-person`), ages (`in her 40s`) and joined heights (inches)."""
    measures = {str(canonical) for _, canonical in units._MEASURES}
    codes = {code for _, code in currencies._PREFIX_EACH}
    names = set(currencies.CODE_NAMES.values()) | set(currencies.SIGN_NAMES.values())
    others = {*compounds.GROUP_UNITS, "year of age", "inch", "fraction"}
    return measures | codes | names | others


def test_figure_words_know_every_unit_the_extractor_produces() -> None:
    unknown = sorted(u for u in _extractor_units() if wording(split_rate(u)[0]) is None)
    assert unknown == []


@pytest.mark.parametrize("unit", sorted(_extractor_units()))
def test_figure_words_never_show_a_unit_raw(unit: str) -> None:
    two = _shown(2.0, unit)
    assert two != f"2 {unit}" or unit in _SAME_PAST_ONE
    assert "of age" not in two
    assert "fraction" not in two


@pytest.mark.parametrize("per", ["year", "month", "week", "day", "hour", "share"])
def test_figure_words_say_a_rate_of_time_or_share_with_a(per: str) -> None:
    assert rates.rate_at(f" a {per}", 0) == (per, len(f" a {per}"))
    article = "an" if per == "hour" else "a"
    assert _shown(2.0, f"GBP per {per}") == f"£2 {article} {per}"


def test_figure_words_are_what_render_and_cards_show() -> None:
    figure = make_figure("a", "13 weeks", 13.0, "week", "paid leave")
    assert render.figure_block(figure, {}) == "<b>13 weeks</b> — paid leave\n<i>a</i>"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The three-person crew landed safely.", "3 people"),
        ("A two-man team rowed the Atlantic.", "2 men"),
        ("The four-woman panel ruled on Friday.", "4 women"),
        ("A five-member board runs the trust.", "5 members"),
        ("The victim, a woman in her 40s, was treated in hospital.", "aged 40 to 49"),
        ("Duty rose by 2.5p a litre.", "2.5p per litre"),
        ("Stamps cost 0.5 cents more.", "0.5 cents"),
        ("The dynasty ruled for 1,200 years.", "1,200 years"),
        ("Rents will double by 2030, the council says.", "2030"),
        ("She is 5ft 4in tall.", "5ft 4in"),
        ("Ana Ruiz won the marathon in 2:21:07 on Sunday.", "2:21:07"),
        ("Lena Holt ran the 1500m in 4:01.3 in Oslo.", "4:01.3"),
        ("Ana Ruiz won the marathon in under 2:21:07.", "less than 2:21:07"),
        (
            "Ana Ruiz won the marathon in 2 hours, 21 minutes and 7 seconds.",
            "2 hours, 21 minutes and 7 seconds",
        ),
        ("The flight lasted 7 hours and 30 minutes.", "7 hours and 30 minutes"),
    ],
)
def test_figure_words_of_extracted_figures(sentence: str, expected: str | None) -> None:
    article = make_article(Record("a1", date(2024, 5, 1), sentence, "test"))
    shown = [figure_value(f) for f in extract_figures(article)]
    assert shown[:1] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("value", "unit", "high", "expected"),
    [
        (-1.5e9, "USD", None, "-$1.5bn"),
        (-5.0, "GBP", None, "-£5"),
        (-3.0, "celsius", None, "-3°C"),
        (999_996_000.0, "USD", None, "$1bn"),
        (999_996.0, "people", None, "999,996 people"),
        (2.0, "week", 1.0, "2 to 1 weeks"),
        (0.5, "week", 1.0, "0.5 to 1 weeks"),
        (1.0, "week", 1.0, "1 to 1 week"),
        (1500.0, "year", 2000.0, "1500 to 2000"),
    ],
)
def test_figure_words_signs_scales_and_plurals(
    value: float, unit: str, high: float | None, expected: str
) -> None:
    assert _shown(value, unit, "between" if high is not None else None, high) == expected
