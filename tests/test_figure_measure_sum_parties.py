"""Whom a sum is on or for when no name says it: `a $400 penalty on a Dutch cyclist`, `a reward
for information`, `a bonus to new nurses`; cut before the clause that follows (`caught`,
`leading to`), and never holding another figure (`a contract for four seasons`)."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_a_penalty_is_on_whom_it_is_imposed() -> None:
    sentence = "Police slapped a $400 penalty on a Dutch cyclist caught riding on the pavement."
    assert measures(sentence) == [("$400", "penalty on a Dutch cyclist")]


def test_a_reward_is_for_what_it_asks() -> None:
    sentence = "The museum is offering a $2,000 reward for information leading to the thief."
    assert measures(sentence) == [("$2,000", "reward for information")]


def test_a_bonus_goes_to_those_it_is_paid_to() -> None:
    sentence = "The hospital offers a $900 bonus to new nurses."
    assert measures(sentence) == [("$900", "bonus to new nurses")]


def test_a_party_holding_another_figure_is_left_out() -> None:
    sentence = "The striker signed a $3 million contract for four seasons."
    assert measures(sentence)[0] == ("$3 million", "contract")


def test_on_top_of_is_no_party() -> None:
    sentence = "She earned a $5,000 bonus on top of her salary."
    assert measures(sentence) == [("$5,000", "bonus")]
