"""Speakers that are no people: a capitalised run inside a title or a bill, the agent of a
passive, the object of `calls`, and a firm whose name holds `and`."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def attributed(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every quote."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes]


def roles(*paragraphs: str) -> dict[str | None, str | None]:
    return {q.speaker: q.role for q in extract_quotes(article(*paragraphs))}


def test_a_name_set_off_after_a_long_title_is_the_speaker_and_keeps_the_title() -> None:
    paragraphs = (
        "Greta Pell opened the debate.",
        "The Deputy Minister of State for Coastal Towns, Lena May, said: "
        '"The piers will be mended before the summer."',
    )
    assert attributed(*paragraphs) == [
        ("The piers will be mended before the summer.", "Lena May", "said", "Lena May")
    ]
    assert roles(*paragraphs) == {"Lena May": "Deputy Minister of State for Coastal Towns"}


def test_a_bill_named_after_a_plural_possessive_is_no_person() -> None:
    quotes = attributed(
        "Ministers would not support Lord Ennis' Harbour Dues Bill.",
        'Lord Ennis said: "These dues are older than every ship in the port."',
    )
    assert quotes == [
        ("These dues are older than every ship in the port.", "Ennis", "said", "Ennis")
    ]


def test_a_role_set_off_before_a_name_opens_a_clause_whose_second_verb_attributes() -> None:
    quotes = attributed(
        "The Lord Chancellor, Lady Vane, accepted the 1822 Tolls Act, which funds the lighthouse, "
        'was old but added that "most ships never pay it".'
    )
    assert quotes == [("most ships never pay it", "Vane", "added", "Lady Vane")]


def test_the_agent_of_a_passive_with_a_relative_clause_speaks() -> None:
    quotes = attributed(
        "Tom Ruiz claimed the mill owed him wages. He took his case to the press.",
        "That account was disputed by a union spokeswoman, who said: "
        '"Mr Ruiz was paid in full in June."',
    )
    assert quotes == [
        ("the mill owed him wages.", "Tom Ruiz", "claimed", "Tom Ruiz"),
        ("Mr Ruiz was paid in full in June.", "union spokeswoman", "said", "a union spokeswoman"),
    ]


def test_an_unnamed_party_spokesman_keeps_the_party_in_the_name() -> None:
    quotes = attributed('"It is false," said a party spokesman.')
    assert quotes == [("It is false", "party spokesman", "said", "a party spokesman")]


def test_the_agent_of_a_passive_without_an_article() -> None:
    quotes = attributed(
        "Tom Ruiz claimed the mill owed him wages.",
        "That account was disputed by Brightline spokeswoman, who said: "
        '"Mr Ruiz was paid in full in June."',
    )
    assert quotes == [
        ("the mill owed him wages.", "Tom Ruiz", "claimed", "Tom Ruiz"),
        ("Mr Ruiz was paid in full in June.", "Brightline", "said", "Brightline spokeswoman"),
    ]


def test_a_name_after_as_is_not_the_subject_of_a_relative_clause() -> None:
    quotes = attributed(
        "Tom Ruiz spoke to the crew.",
        "The clip shows Mr Ruiz laughing at Lena Holt's sketch of him as Bluebeard, which he "
        'calls "fair game", before it ends.',
    )
    assert quotes == [("fair game", "Tom Ruiz", "calls", "he")]


def test_the_object_of_who_presents_is_not_the_speaker() -> None:
    quotes = attributed(
        "Lena Holt is the host of a chat show.",
        "Ms Holt, who hosts The Late Desk tells Ruiz that she grew tired of his grim manner "
        "while he ran the ministry.",
    )
    assert quotes == [
        (
            "she grew tired of his grim manner while he ran the ministry.",
            "Lena Holt",
            "tells",
            "Holt",
        )
    ]


def test_a_firm_whose_name_holds_and_is_one_speaker() -> None:
    quotes = attributed(
        "A Norwegian group won two of the leases.",
        "Bellmoor Oil and Gas has insisted to reporters that it never placed a bid.",
    )
    assert quotes == [
        ("it never placed a bid.", "Bellmoor Oil and Gas", "insisted", "Bellmoor Oil and Gas")
    ]


def test_a_titled_name_opening_a_relative_clause_is_its_subject() -> None:
    quotes = attributed(
        'Pilgrims gathered by the Old Mill, which Governor Ruiz on Sunday called "the heart of '
        'the valley".'
    )
    assert quotes == [("the heart of the valley", "Ruiz", "called", "Ruiz")]


def test_a_pronoun_after_who_speaks_when_a_preposition_governs_the_name_before() -> None:
    quotes = attributed(
        "In June, Tom Ruiz left the panel over a post he wrote about Londoners, who he called "
        '"spoilt tourists".'
    )
    assert quotes == [("spoilt tourists", "Tom Ruiz", "called", "he")]


def test_a_place_after_in_completes_the_speakers_description() -> None:
    quotes = attributed(
        "The yen dropped once more.",
        'Bankers in Tokyo have called the fall "savage" and blamed the central bank.',
    )
    assert quotes == [("savage", "Bankers", "called", "Bankers")]


def test_a_place_after_in_completes_a_name() -> None:
    quotes = attributed(
        "The yen dropped once more.", 'Governor Ruiz in Leeds called the drop "savage".'
    )
    assert quotes == [("savage", "Ruiz", "called", "Ruiz")]


def test_the_author_set_off_after_a_book_speaks_for_it() -> None:
    quotes = attributed(
        "Tom Ruiz and Lena Holt met on Friday.",
        "The memoir, by Chronicle reporter Greta Pell and printed in parts by the paper, said the "
        'two had "a cold dislike" for each other.',
    )
    assert quotes == [("a cold dislike", "Greta Pell", "said", "Chronicle reporter Greta Pell")]


def test_a_plural_description_opening_a_clause_keeps_no_conjunction() -> None:
    quotes = attributed(
        "The march starts on Friday.",
        'But rally organizers in Hull say the council is "dragging its feet" over permits.',
    )
    assert quotes == [("dragging its feet", "rally organizers", "say", "rally organizers")]


def test_a_hyphened_modifier_is_no_part_of_a_name() -> None:
    quotes = attributed(
        "Leeds-born Ada Brook spoke on Monday.", 'Brook said: "The tour will go on."'
    )
    assert quotes == [("The tour will go on.", "Ada Brook", "said", "Brook")]


def test_and_before_a_first_name_joins_no_firm() -> None:
    quotes = attributed('"We agree," said Tom Ruiz and Samantha Power.')
    assert quotes == [("We agree", "Samantha Power", "said", "Samantha Power")]
