"""A source phrase ended by an aside between dashes (`According to the ministry -- which
publishes the figures each spring -- rail spending will reach`) is no subject: the clause after
the aside says what is measured."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_the_clause_after_the_aside_names_the_measure() -> None:
    sentence = (
        "According to a report published by the ministry - the body that sets the budget -- rail "
        "spending will reach 40 billion euros."
    )
    assert measures(sentence) == [("40 billion euros", "rail spending")]


def test_a_comma_after_the_source_reads_as_before() -> None:
    sentence = "According to the ministry, rail spending will reach 40 billion euros."
    assert measures(sentence) == [("40 billion euros", "rail spending")]
