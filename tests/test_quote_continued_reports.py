"""Reported speech by a verb that goes on with a clause already under way: a participle after a
comma and a second verb after `and`/`but`. The clause's subject speaks, not the object before the
verb, and a name that only qualifies a noun speaks for nobody. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_quote_reported_without_marks import reported


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a participle after a comma: the clause's subject, not the object just before it
        (("The Harlow regulator fined Brask Bank on Monday, adding that its controls had failed.",),
         ("its controls had failed.", "Harlow regulator", "adding")),
        (("Union leader Maria Olsen attacked the plan, saying the cuts were overdue and unfair.",),
         ("the cuts were overdue and unfair.", "Maria Olsen", "saying")),
        (("Nordvik Foods cut 300 jobs in Oslo, warning that more could follow next year.",),
         ("more could follow next year.", "Nordvik Foods", "warning")),
        # a second verb after `and` or `but`
        (("SkyLark posted a loss of 40 million euros and said demand would recover next year.",),
         ("demand would recover next year.", "SkyLark", "said")),
        (("Budget airline SkyLark posted a loss and said demand would recover next year.",),
         ("demand would recover next year.", "SkyLark", "said")),
        (("Ada Lund backed the merger but warned that the price was too high for investors.",),
         ("the price was too high for investors.", "Ada Lund", "warned")),
        # role words between a place and the name: the name speaks, with its verb the second one
        (("Dutch advertising giant Verdal posted higher profits and predicted that it would "
          "outgrow the market.",),
         ("it would outgrow the market.", "Verdal", "predicted")),
        # the members of a share of a group speak
        (("Brask Bank grew fast.",
          "A number of large Brask shareholders attacked the deal, saying the price undervalued "
          "the bank."),
         ("the price undervalued the bank.", "large Brask shareholders", "saying")),
    ],
)  # fmt: skip
def test_the_subject_of_the_clause_speaks(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert reported(*paragraphs) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name that qualifies a noun does not act, so it speaks for no one
        "Oil prices have risen sharply this month, saying nothing good about the winter ahead.",
        "Japanese government officials played down the data, arguing that demand was resilient.",
        # a participle of inference reports nothing
        "Asian stock markets hit record highs on Wednesday, suggesting that investors are calm.",
        # `and` before a noun that could be a verb of saying
        "Prices rose on cold weather and fears that the cartel could cut its output again.",
        # a progressive with no comma is no participle that goes on with a clause
        "The minister was saying the plan would fail when the lights went out.",
    ],
)
def test_no_report_without_a_speaker_that_acts(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_participle_after_a_closing_attribution_keeps_the_reported_clause() -> None:
    quotes = reported(
        "Ivo Dren runs the Harlow trust.",
        "The fee is unfair, he said, adding that the trust had already paid the money.",
    )
    assert quotes == [("The fee is unfair", "Ivo Dren", "said")]


def test_the_progressive_of_an_embedded_speaker_leaves_the_closing_attribution() -> None:
    quotes = reported(
        "Minister Ada Lund spoke on Monday.",
        "The minister had been saying she understood the worry, but the plan would go ahead, a "
        "spokesman said.",
    )
    assert [speaker for _text, speaker, _cue in quotes] == ["spokesman"]
