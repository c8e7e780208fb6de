"""Speaker roles without clause openers, one person under a name with letters after it or a
family name first, and a spaced straight closing mark after a full stop."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.role_nouns import roles_at
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(quote, speaker, role, cue, mention) of every quote."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.role, q.cue, q.mention) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role", "mention"),
    [
        (
            'On Friday Health Secretary Lena Holt said: "We counted every bed twice."',
            "Lena Holt",
            "Health Secretary",
            "Lena Holt",
        ),
        (
            'Meanwhile Tory backbencher Tom Ruiz said: "We counted every bed twice."',
            "Tom Ruiz",
            "Tory backbencher",
            "Tory backbencher Tom Ruiz",
        ),
        (
            'Green shadow chancellor Lena Holt said: "We counted every bed twice."',
            "Lena Holt",
            "Green shadow chancellor",
            "Green shadow chancellor Lena Holt",
        ),
    ],
)
def test_a_role_before_a_name_without_the_words_opening_its_clause(
    sentence: str, speaker: str, role: str, mention: str
) -> None:
    assert speakers("The council met on Monday.", sentence) == [
        ("We counted every bed twice.", speaker, role, "said", mention)
    ]


def test_an_adverb_opening_an_apposition_is_no_part_of_the_role() -> None:
    quotes = speakers(
        "Lena Holt, now Harbour Party chief whip, kept her seat.",
        'Ms Holt said: "No member of the group stands above its rules."',
    )
    assert quotes == [
        (
            "No member of the group stands above its rules.",
            "Lena Holt",
            "Harbour Party chief whip",
            "said",
            "Holt",
        )
    ]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    quotes = speakers(
        "Farm grants will rise by 2%.",
        'Rural Affairs Minister, Tom Ruiz MSP, said: "Three glens will get new roads this year."',
        'Ruiz told the radio: "Every glen needs a bus."',
    )
    assert quotes == [
        (
            "Three glens will get new roads this year.",
            "Tom Ruiz",
            "Rural Affairs Minister",
            "said",
            "Tom Ruiz MSP",
        ),
        ("Every glen needs a bus.", "Tom Ruiz", "Rural Affairs Minister", "told", "Ruiz"),
    ]


def test_a_title_before_a_family_name_written_first() -> None:
    quotes = speakers(
        'Choi Jiwoo, a currency strategist at Hanul Bank, said: "Freight costs will ease by '
        'spring."',
        '"Nobody expects a rate cut," added Mr Choi.',
    )
    assert quotes == [
        (
            "Freight costs will ease by spring.",
            "Choi Jiwoo",
            "currency strategist at Hanul Bank",
            "said",
            "Choi Jiwoo",
        ),
        (
            "Nobody expects a rate cut",
            "Choi Jiwoo",
            "currency strategist at Hanul Bank",
            "added",
            "Mr Choi",
        ),
    ]


def test_a_spaced_straight_mark_after_a_full_stop_closes_the_quote() -> None:
    quotes = speakers(
        'Club captain Tom Ruiz said: "The pitch was a swamp. We lost two players to it. " Later '
        "coach Lena Holt said the ground would be fixed."
    )
    assert quotes[0] == (
        "The pitch was a swamp. We lost two players to it.",
        "Tom Ruiz",
        "Club captain",
        "said",
        "Club captain Tom Ruiz",
    )
    assert all("Lena Holt said" not in q[0] for q in quotes)


def test_a_spokesman_for_a_body_is_that_bodys_spokesman() -> None:
    quotes = speakers(
        "Ballots never reached Eastfold.",
        'A spokesman for Brayford Council said: "Every form left our office on time, and we are '
        'asking the couriers why."',
    )
    assert quotes == [
        (
            "Every form left our office on time, and we are asking the couriers why.",
            "Brayford Council",
            "Brayford Council spokesman",
            "said",
            "spokesman for Brayford Council",
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
        "The budget closes nine libraries.",
        'Green spokesman Tom Ruiz meanwhile said the plan was "a stunt".',
    )
    assert quotes == [
        ("a stunt", "Tom Ruiz", "Green spokesman", "said", "Green spokesman Tom Ruiz")
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


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('Dale Winton hosted the quiz. Mr Dale, the blogger, said "it was dull".',),
            ("it was dull", "Dale", "said", "Dale"),
        ),
        (
            ("Actor Morgan Frey arrived late.", 'Mr Morgan, the Welsh leader, said "we will win".'),
            ("we will win", "Morgan", "said", "Morgan"),
        ),
        (
            ('Lee Harper, the coach, spoke. "We will win," Mr Lee said.',),
            ("We will win", "Lee", "said", "Lee"),
        ),
    ],
)
def test_a_surname_after_mr_is_no_one_whose_first_name_it_is(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    assert [(q[0], q[1], q[3], q[4]) for q in speakers(*paragraphs)] == [expected]


def test_a_family_name_first_with_a_hyphened_given_name() -> None:
    quotes = speakers(
        'Lee Jae-sung, the port director, said: "Cargo is up a third."',
        '"We need two more cranes," said Mr Lee.',
    )
    assert [q[1] for q in quotes] == ["Lee Jae-sung", "Lee Jae-sung"]


def test_a_title_of_the_form_x_of_the_y_keeps_its_role_at_the_mention() -> None:
    text = "Chancellor of the Exchequer Ada Brook spoke."
    assert roles_at(text, text.index("Ada")) == frozenset(["chancellor"])
    text = "Secretary of the Navy Tom Ruiz spoke."
    assert roles_at(text, text.index("Navy")) == frozenset(["secretary"])


def test_the_chancellor_is_the_chancellor_of_the_exchequer_not_the_shadow_one() -> None:
    quotes = speakers(
        "Shadow chancellor Tom Ruiz attacked the plan.",
        "On Monday, Chancellor of the Exchequer Ada Brook replied.",
        "Tom Ruiz spoke again later.",
        '"We will cut taxes," the chancellor said.',
    )
    assert quotes == [
        (
            "We will cut taxes",
            "Ada Brook",
            "Chancellor of the Exchequer",
            "said",
            "the chancellor",
        )
    ]


def test_a_participle_phrase_before_an_employer_is_no_role() -> None:
    quotes = speakers('Ada Brook, speaking to a reporter at the Gazette, said: "I will stay."')
    assert quotes == [("I will stay.", "Ada Brook", None, "said", "Ada Brook")]


def test_a_spaced_mark_after_a_stop_closes_the_nested_quote_not_the_outer_one() -> None:
    quotes = speakers('"Lena Holt told us: " Keep the gate shut. " We did," said Tom Ruiz.')
    assert quotes == [
        ('Lena Holt told us: " Keep the gate shut. " We did', "Tom Ruiz", None, "said", "Tom Ruiz")
    ]


@pytest.mark.parametrize(
    "text",
    ["Then hosts Joe Carr and Mia Bell spoke.", "Hosts Joe Carr and Mia Bell spoke."],
)
def test_a_plural_role_opening_a_list_is_every_names_without_the_sentence_opener(
    text: str,
) -> None:
    assert roles_at(text, text.index("Mia")) == frozenset(["host", "hosts"])
    assert roles_at(text, text.index("Joe")) == frozenset(["host", "hosts"])


def test_a_spokesman_for_a_named_person_speaks_as_that_persons_spokesman() -> None:
    quotes = speakers(
        "Senator Tom Ruiz left the committee on Monday.",
        'A spokesman for Lena Holt said her plans were "unchanged by the vote".',
        '"She will meet the party in June," the spokesman said.',
    )
    assert quotes == [
        (
            "unchanged by the vote",
            "Lena Holt's spokesman",
            "spokesman",
            "said",
            "spokesman for Lena Holt",
        ),
        (
            "She will meet the party in June",
            "Lena Holt's spokesman",
            "spokesman",
            "said",
            "the spokesman",
        ),
    ]
