"""A table run into one sentence: its first figures are kept, the rest never read."""

from __future__ import annotations

from bot.analyse.figures.extraction import MAX_FIGURES_PER_SENTENCE, figures_in_sentence


def test_a_sentence_of_many_numbers_keeps_its_first_figures() -> None:
    sentence = "Turnout by ward was " + ", ".join(f"{n}%" for n in range(1, 301)) + "."
    found = figures_in_sentence(sentence)
    assert MAX_FIGURES_PER_SENTENCE == 40
    assert [f.text for f in found] == [f"{n}%" for n in range(1, 41)]


def test_many_bare_numbers_joined_by_and_are_read_without_stalling() -> None:
    found = figures_in_sentence("Sales " + "5 and " * 3000 + "rose 5%.")
    assert len(found) == 40
    assert found[0].text == "5"
