"""A clause before a colon is no label: `it's far from over: 40% of the cases` or `Here's a
number: 25% of pupils` leave the measure to the other rules, while `base price: $59,995` is a
label."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_a_pronoun_clause_before_a_colon_is_no_label() -> None:
    found = measures("Sadly, it's not over: 30% of the victims have not been identified.")
    assert found == [("30%", "victims who have not been identified")]


def test_here_is_before_a_colon_is_no_label() -> None:
    found = measures("Here's a surprise: 25% of the pupils failed.")
    assert found[0][1] != "Here's a surprise"
    assert found == [("25%", "pupils failed")]


def test_a_noun_before_a_colon_is_the_label() -> None:
    assert measures("The van is cheap (base price: $41,500).") == [("$41,500", "base price")]


def test_a_short_label_of_a_match_report_is_written_out() -> None:
    assert measures("Att: 41,203 Ref: A Cole (Kent).") == [("41,203", "attendance")]
