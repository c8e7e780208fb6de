"""Pronoun quotes whose sentence fronts its topic (`As for Cole, he said`): the fronted person
is the pronoun's, however recently someone else was named."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def spoken(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


def test_the_fronted_topic_is_the_speaker() -> None:
    assert spoken(
        "Paul Cole backed the levy. Tom Reed opposed it.",
        "As for Cole, he said the plan “will sink the ferry before winter.”",
    ) == [("will sink the ferry before winter.", "Paul Cole", "said", "he")]


def test_the_fronted_topic_is_the_speaker_of_a_quote_after_a_colon() -> None:
    assert spoken(
        "Paul Cole backed the levy and Tom Reed opposed it.",
        "As for Reed, he said: “The ferry will run all winter.”",
    ) == [("The ferry will run all winter.", "Tom Reed", "said", "he")]


def test_a_fronted_topic_of_the_other_gender_is_not_the_speaker() -> None:
    assert spoken(
        "Paul Cole met Linda Reed at the pier.",
        "As for Linda Reed, he said the pier “needs new pilings by March.”",
    ) == [("needs new pilings by March.", "Paul Cole", "said", "he")]
