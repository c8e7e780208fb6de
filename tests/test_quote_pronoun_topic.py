"""Pronoun quotes whose sentence fronts a topic (`As for Reed, he said`): the topic is who is
spoken about, not who speaks, and a long capitalised word before the pronoun costs no time."""

from __future__ import annotations

import time

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def spoken(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


def test_a_fronted_topic_is_not_the_speaker() -> None:
    assert spoken(
        "Paul Cole spoke to reporters on Monday about his rival Tom Reed.",
        'As for Reed, he said: "He has no plan and he knows it."',
    ) == [("He has no plan and he knows it.", "Paul Cole", "said", "he")]


def test_a_long_capitalised_word_before_the_pronoun_is_read_quickly() -> None:
    started = time.perf_counter()
    quotes = spoken("Paul Cole backed the levy.", "As for " + "A" * 300 + " he said “it works.”")
    assert quotes == [("it works.", "Paul Cole", "said", "he")]
    assert time.perf_counter() - started < 2.0
