"""Quote marks set off by blanks: an opening mark with a space before the quoted words, a
closing mark with a space after them."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.marks import find_spans
from tests.test_quotes import article


def attributed(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


def test_an_opening_mark_with_a_space_after_it_opens() -> None:
    quotes = attributed(
        "Wendell Ambrose closed the ferry office. He told the crowd, “ we will reopen it in the "
        "spring, when the river is calm.”"
    )
    assert quotes == [
        (
            "we will reopen it in the spring, when the river is calm.",
            "Wendell Ambrose",
            "told",
            "he",
        )
    ]


def test_the_second_part_of_a_quote_with_a_space_after_its_mark() -> None:
    quotes = attributed(
        "“The ferry is closed for the winter,” Wendell Ambrose said. “ It will run again once "
        "the river is calm.”"
    )
    assert quotes == [
        (
            "The ferry is closed for the winter … It will run again once the river is calm.",
            "Wendell Ambrose",
            "said",
            "Wendell Ambrose",
        )
    ]


def test_a_spaced_mark_after_a_word_still_closes() -> None:
    text = "“The ferry is closed,“ said Wendell Ambrose. “ It runs in spring.”"
    spans = find_spans(0, text)
    assert [text[s.start : s.end] for s in spans] == ["The ferry is closed,", " It runs in spring."]


def test_a_closing_mark_with_a_space_before_it_closes() -> None:
    assert attributed(
        "Ann Marsh said, “ We will win ” and left. Tom Reed said “no way.”", "“Fine,” Reed said."
    ) == [
        ("We will win", "Ann Marsh", "said", "Ann Marsh"),
        ("no way.", "Tom Reed", "said", "Tom Reed"),
        ("Fine", "Tom Reed", "said", "Reed"),
    ]


def test_guillemets_set_off_by_blanks_open_and_close() -> None:
    assert attributed(
        "Ann Marsh said, « we will win » and left. Tom Reed said “no way.”", "“Fine,” Reed said."
    ) == [
        ("we will win", "Ann Marsh", "said", "Ann Marsh"),
        ("no way.", "Tom Reed", "said", "Tom Reed"),
        ("Fine", "Tom Reed", "said", "Reed"),
    ]


def test_a_stray_inch_mark_opens_no_quote() -> None:
    assert attributed(
        "The storm dropped 4 “ of rain, said forecaster Tom Reed.", "“It was a lot,” Reed said."
    ) == [("It was a lot", "Tom Reed", "said", "Reed")]


def test_a_spaced_mark_before_another_opening_opens_nothing() -> None:
    text = "Ann Marsh said “ we will win. Tom Reed said “no way.”"
    spans = find_spans(0, text)
    assert [text[s.start : s.end] for s in spans] == ["no way."]
