"""Speaker roles without clause openers, one person under a name with letters after it or a
family name first, and a spaced straight closing mark after a full stop."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(quote, speaker, role, cue, mention) of every quote."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.role, q.cue, q.mention) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role", "mention"),
    [
        (
            'On Tuesday Home Secretary Ada Brook said: "The talks were long and hard."',
            "Ada Brook",
            "Home Secretary",
            "Ada Brook",
        ),
        (
            'Meanwhile Labour backbencher Tom Reed said: "The talks were long and hard."',
            "Tom Reed",
            "Labour backbencher",
            "Labour backbencher Tom Reed",
        ),
        (
            'Green shadow chancellor Ada Brook said: "The talks were long and hard."',
            "Ada Brook",
            "Green shadow chancellor",
            "Green shadow chancellor Ada Brook",
        ),
    ],
)
def test_a_role_before_a_name_without_the_words_opening_its_clause(
    sentence: str, speaker: str, role: str, mention: str
) -> None:
    assert speakers("The council met on Monday.", sentence) == [
        ("The talks were long and hard.", speaker, role, "said", mention)
    ]


def test_an_adverb_opening_an_apposition_is_no_part_of_the_role() -> None:
    quotes = speakers(
        "Tom Reed, now Veritas deputy leader, kept his seat.",
        'Mr Reed said: "The law is the same for every member of the assembly."',
    )
    assert quotes == [
        (
            "The law is the same for every member of the assembly.",
            "Tom Reed",
            "Veritas deputy leader",
            "said",
            "Reed",
        )
    ]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    quotes = speakers(
        "Councils will raise their tax by 4%.",
        'Scottish Finance Minister, Tom Rankin MSP, said: "Last week I found more money for '
        'the councils."',
        'Rankin told the BBC: "We have many councils with needs of their own."',
    )
    assert quotes == [
        (
            "Last week I found more money for the councils.",
            "Tom Rankin",
            "Scottish Finance Minister",
            "said",
            "Tom Rankin MSP",
        ),
        (
            "We have many councils with needs of their own.",
            "Tom Rankin",
            "Scottish Finance Minister",
            "told",
            "Rankin",
        ),
    ]


def test_a_title_before_a_family_name_written_first() -> None:
    quotes = speakers(
        '"The bank knows what a collapse would cost," said Kim Minjun, an equity strategist at '
        "Hanil Securities.",
        '"In the end they will have to take part," said Mr Kim.',
    )
    assert quotes == [
        (
            "The bank knows what a collapse would cost",
            "Kim Minjun",
            "equity strategist",
            "said",
            "Kim Minjun",
        ),
        (
            "In the end they will have to take part",
            "Kim Minjun",
            "equity strategist",
            "said",
            "Mr Kim",
        ),
    ]


def test_a_spaced_straight_mark_after_a_full_stop_closes_the_quote() -> None:
    quotes = speakers(
        'Party chairman Tom Reed said: "If Ann Roe is serious she should say so. Families would '
        'be £630 worse off a year. " And minister Greta Pell said the sums did not add up.'
    )
    assert quotes[0] == (
        "If Ann Roe is serious she should say so. Families would be £630 worse off a year.",
        "Tom Reed",
        "Party chairman",
        "said",
        "Party chairman Tom Reed",
    )
    assert all("Greta Pell said" not in q[0] for q in quotes)


def test_a_spokesman_for_a_body_is_that_bodys_spokesman() -> None:
    quotes = speakers(
        "Voters in Mowden got no ballot papers.",
        'A spokesman for Harrow Council said: "We have sent out the papers, the problem is with '
        'the post."',
    )
    assert quotes == [
        (
            "We have sent out the papers, the problem is with the post.",
            "Harrow Council",
            "Harrow Council spokesman",
            "said",
            "spokesman for Harrow Council",
        )
    ]


def test_a_role_opened_before_a_run_goes_on_with_the_titles_inside_it() -> None:
    quotes = speakers(
        "The verdict came on Friday.",
        'But former Prime Minister Tom Reed said: "Nobody at the top will be glad of it."',
    )
    assert quotes == [
        (
            "Nobody at the top will be glad of it.",
            "Tom Reed",
            "former Prime Minister",
            "said",
            "former Prime Minister Tom Reed",
        )
    ]


def test_a_plural_noun_naming_the_field_of_a_role_is_part_of_it() -> None:
    quotes = speakers(
        "The book came out on Monday.",
        'Former communications chief Tom Reed said: "Nobody at the top will be glad of it."',
    )
    assert quotes == [
        (
            "Nobody at the top will be glad of it.",
            "Tom Reed",
            "Former communications chief",
            "said",
            "Former communications chief Tom Reed",
        )
    ]


def test_an_adverb_between_a_name_and_its_verb() -> None:
    quotes = speakers(
        "The Tories would axe 162 agencies.",
        'Green spokesman Tom Reed meanwhile said the plan was "a stunt".',
    )
    assert quotes == [
        ("a stunt", "Tom Reed", "Green spokesman", "said", "Green spokesman Tom Reed")
    ]


def test_a_paper_named_after_a_day_stays_in_the_role() -> None:
    quotes = speakers(
        "The vote is on Thursday.",
        'Sunday Herald columnist Tom Reed said: "Nobody at the top will be glad of it."',
    )
    assert [q[1:3] for q in quotes] == [("Tom Reed", "Sunday Herald columnist")]


def test_a_role_opening_its_sentence_with_the_keeps_no_article() -> None:
    quotes = speakers(
        "The show went on air at nine.",
        'The programme\'s host, Tom Reed, said: "Nobody at the top will be glad of it."',
    )
    assert [q[1:4] for q in quotes] == [("Tom Reed", "programme's host", "said")]


def test_a_verb_after_to_before_a_titled_name_is_no_role() -> None:
    quotes = speakers(
        "Aid came to assist Harbour Mayor Ada Brook.",
        'Brook said: "Nobody at the top will be glad of it."',
    )
    assert [q[1:3] for q in quotes] == [("Ada Brook", "Harbour Mayor")]
