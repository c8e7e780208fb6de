"""A figure that only completes `it` (`Now it's $7.25`, `It fell to 4.1%`) measures what the
sentence before was about; `it` with a verb of its own (`It is worth`, `It employs`) is left to
the other rules, and a topic that holds a figure is no measure."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.sources import pronoun_complement


def measures(*sentences: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article([list(sentences)])]


def test_its_value_is_the_value_of_the_topic_before() -> None:
    found = measures("The monthly bus fare went up in June.", "Now it's $4.50.")
    assert found == [("$4.50", "monthly bus fare")]


def test_a_change_verb_completed_by_the_figure_reads_the_topic_before() -> None:
    found = measures("The regional jobless rate dropped again.", "It fell to 4.1%.")
    assert found == [("4.1%", "regional jobless rate")]


def test_it_with_a_verb_of_its_own_is_not_completed() -> None:
    assert pronoun_complement("Now it's ")
    assert pronoun_complement("It fell to ")
    assert not pronoun_complement("It's worth ")
    assert not pronoun_complement("It employs ")
    assert not pronoun_complement("Its sales were ")


def test_a_topic_holding_a_figure_is_no_measure() -> None:
    found = measures("In 1990 the bus fare was $1.", "Now it's $4.50.")
    assert found[-1] == ("$4.50", "")


def test_an_empty_it_before_a_time_measures_nothing_before() -> None:
    assert not pronoun_complement("It has been ")
    found = measures("The bridge opened in 1996.", "It's 20 years since the bridge opened.")
    assert found[-1] == ("20 years", "time since the bridge opened")  # its event, not `it`
    found = measures("The bridge opened in 1996.", "It's 20 years since he left.")
    assert found[-1] == ("20 years", "")
