"""A long title with its subtitle (`"Harbour Lights: What the Tides Told Us"`) is no quote, while
words shouted in capitals with a colon stay speech."""

from __future__ import annotations

from tests.test_quote_noun_descriptions import attributed


def test_a_book_title_with_its_subtitle_is_no_quote() -> None:
    paragraph = (
        "Hal Ward read the new book “Harbour Lights: What the Tides Told Us About the Town and "
        "Its People” by Ada Brook. “It moved me,” he said."
    )
    assert attributed(paragraph) == [("It moved me", "Hal Ward", "said", "he")]


def test_a_long_subtitle_of_many_parts_is_no_quote_either() -> None:
    paragraph = (
        "That provocative title, “Salt Water: The Truth About the Tides You're Reading, the "
        "Nets You're Mending, the Boats You're Not Building and What's Really Sinking You,” "
        "got Hal Ward thinking."
    )
    assert attributed(paragraph) == []


def test_words_shouted_in_capitals_around_a_colon_stay_speech() -> None:
    paragraph = "Hal Ward wrote on Twitter: “WE WILL WIN THIS FIGHT: THE HARBOUR IS OURS AND "
    paragraph += "ALWAYS WILL BE OURS!”"
    assert attributed(paragraph) == [
        (
            "WE WILL WIN THIS FIGHT: THE HARBOUR IS OURS AND ALWAYS WILL BE OURS!",
            "Hal Ward",
            "wrote",
            "Hal Ward",
        )
    ]
