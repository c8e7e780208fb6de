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
        "The Shadow Secretary of State for the Regions, Theresa May, said: "
        '"The plans were announced by the council last winter."',
    )
    assert attributed(*paragraphs) == [
        (
            "The plans were announced by the council last winter.",
            "Theresa May",
            "said",
            "Theresa May",
        )
    ]
    assert roles(*paragraphs) == {"Theresa May": "Shadow Secretary of State for the Regions"}


def test_a_bill_named_after_a_plural_possessive_is_no_person() -> None:
    quotes = attributed(
        "Ministers refused to back Lord Sims' Succession to the Throne Bill.",
        'Lord Sims said: "The rules are older than anyone in this chamber."',
    )
    assert quotes == [("The rules are older than anyone in this chamber.", "Sims", "said", "Sims")]


def test_a_role_set_off_before_a_name_opens_a_clause_whose_second_verb_attributes() -> None:
    quotes = attributed(
        "The Lord Justice, Lord Hale, accepted the 1689 Act of Union, which shaped the realm, "
        'was dated but added that "in practice its reach is small".'
    )
    assert quotes == [("in practice its reach is small", "Hale", "added", "Lord Hale")]


def test_the_agent_of_a_passive_with_a_relative_clause_speaks() -> None:
    quotes = attributed(
        "Tom Reed said he would keep his seat. He accused the party of a pact with its rivals.",
        "But the claim was denied by a party spokesman, who said: \"Mr Reed's charges are as "
        'hollow as his promises."',
    )
    assert [q[2:] for q in quotes] == [("said", "a party spokesman")]
    assert quotes[0][1] != "Tom Reed"


def test_the_agent_of_a_passive_without_an_article() -> None:
    quotes = attributed(
        "Tom Reed said he would keep his seat.",
        "But the claim was denied by Veritas spokesman, who said: \"Mr Reed's charges are as "
        'hollow as his promises."',
    )
    assert quotes == [
        ("Mr Reed's charges are as hollow as his promises.", "Veritas", "said", "Veritas spokesman")
    ]


def test_a_name_after_as_is_not_the_subject_of_a_relative_clause() -> None:
    quotes = attributed(
        "Tom Reed spoke to the crew.",
        "The film shows Mr Reed watching Ada Brook's impression of him as Nosferatu, which he "
        'calls "great sport", before the credits.',
    )
    assert quotes == [("great sport", "Tom Reed", "calls", "he")]


def test_the_object_of_who_presents_is_not_the_speaker() -> None:
    quotes = attributed(
        "Ann Roe is the host of a quiz.",
        "Ms Roe, who presents The Final Round tells Reed that she lost patience with his "
        "stern image when he was in the cabinet.",
    )
    assert quotes == [
        (
            "she lost patience with his stern image when he was in the cabinet.",
            "Ann Roe",
            "tells",
            "Roe",
        )
    ]


def test_a_firm_whose_name_holds_and_is_one_speaker() -> None:
    quotes = attributed(
        "A Dutch firm won one of the contracts.",
        "Redrock Oil and Gas has denied to the agency that it is the firm in question.",
    )
    assert quotes == [
        ("it is the firm in question.", "Redrock Oil and Gas", "denied", "Redrock Oil and Gas")
    ]


def test_a_titled_name_opening_a_relative_clause_is_its_subject() -> None:
    quotes = attributed(
        'Crowds met in front of the Harbour Inn, which President Reed on Friday declared "a '
        'monument to the struggle".'
    )
    assert quotes == [("a monument to the struggle", "Reed", "declared", "Reed")]


def test_a_pronoun_after_who_speaks_when_a_preposition_governs_the_name_before() -> None:
    quotes = attributed(
        'In May, Tom Reed quit his show over remarks he made about Arabs, who he called "suicide '
        'bombers".'
    )
    assert quotes == [("suicide bombers", "Tom Reed", "called", "he")]


def test_a_place_after_in_completes_the_speakers_description() -> None:
    quotes = attributed(
        "The dollar fell again.",
        'Policy makers in Europe have called the slide "brutal" and blamed the euro.',
    )
    assert quotes == [("brutal", "Policy makers", "called", "Policy makers")]


def test_a_place_after_in_completes_a_name() -> None:
    quotes = attributed(
        "The dollar fell again.", 'President Reed in Boston called the slide "brutal".'
    )
    assert quotes == [("brutal", "Reed", "called", "Reed")]


def test_the_author_set_off_after_a_book_speaks_for_it() -> None:
    quotes = attributed(
        "Tom Reed and Ada Brook met on Monday.",
        "The book, by Gazette journalist Greta Pell and serialised in the paper, said the pair "
        'had "mutual contempt" for each other.',
    )
    assert quotes == [("mutual contempt", "Greta Pell", "said", "Gazette journalist Greta Pell")]


def test_a_plural_description_opening_a_clause_keeps_no_conjunction() -> None:
    quotes = attributed(
        "The convention opens on Monday.",
        'But protest organizers in Leeds say the city is "making it hard" for them.',
    )
    assert quotes == [("making it hard", "protest organizers", "say", "protest organizers")]


def test_a_hyphened_modifier_is_no_part_of_a_name() -> None:
    quotes = attributed(
        "Leeds-born Ada Brook spoke on Monday.", 'Brook said: "The tour will go on."'
    )
    assert quotes == [("The tour will go on.", "Ada Brook", "said", "Brook")]
