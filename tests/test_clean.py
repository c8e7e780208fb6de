"""Cleaning rules, each checked on the seeds' own text and on the cases it must leave alone."""

from __future__ import annotations

import pytest

from bot import clean, title_lines
from bot.models import BODY, CAPTION, PULLQUOTE, SUBHEADING
from tests.factories import SEEDS

CAPTION_TEXT = (
    "The presidents of Brazil, China and South Africa, together with the Prime Minister of India, "
    "and the Minister of Foreign Affairs of Russia, at the Brics summit."
)
PULLQUOTE_TEXT = (
    "Russia welcomes the wishes of a number of Latin American countries to join BRICS activities"
)


def seed_body(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8").split("2023-09-29", 1)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the influence of the US on the American continent.Putin insisted",
            "the influence of the US on the American continent. Putin insisted",
        ),
        ("in 2024.Argentina joins", "in 2024. Argentina joins"),
        ("he wasn't.He left", "he wasn't. He left"),
        ("was it?Nobody knows", "was it? Nobody knows"),
        ("the U.S. Army", "the U.S. Army"),
        ("the U.S.Army", "the U.S.Army"),
        ("exports grew 2.3 times", "exports grew 2.3 times"),
        ("small firms, e.g. Acme, grew", "small firms, e.g. Acme, grew"),
        ("at 9 a.m. Monday", "at 9 a.m. Monday"),
        ("see news.Example.com today", "see news.Example.com today"),
        ("see https://example.org/a.Html today", "see https://example.org/a.Html today"),
        ("write to press.Office@example.org", "write to press.Office@example.org"),
    ],
)
def test_clean_repair_spacing(text: str, expected: str) -> None:
    assert clean.repair_spacing(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“BRICS is simply a platform based on mutual respect.“said Putin when inaugurating",
            "“BRICS is simply a platform based on mutual respect.” said Putin when inaugurating",
        ),
        ("it is not a “military alliance.”", "it is not a “military alliance.”"),
        ("”Backwards” quotes", "“Backwards” quotes"),
        ("he said.“The end.”", "he said. “The end.”"),
        ("Due to “friendly relations”, Russia", "Due to “friendly relations”, Russia"),
        ('plain "straight" quotes', 'plain "straight" quotes'),
    ],
)
def test_clean_fix_quotes(text: str, expected: str) -> None:
    assert clean.fix_quotes(text) == expected


def test_clean_seed_quote_closed_before_said_putin() -> None:
    paragraphs = clean.clean(seed_body("000_1f4e1313dff10dc2.txt")).paragraphs
    assert paragraphs[1].text.endswith(
        "mutual respect.” said Putin when inaugurating the Russia-Latin America International "
        "Parliamentary Conference."
    )
    assert "continent. Putin insisted" in paragraphs[7].text


def test_clean_leaves_glued_link_word_alone() -> None:
    text = clean.clean(seed_body("000_1f4e1313dff10dc2.txt")).paragraphs[0].text
    assert "enter the BRICSa group to which Brazil belongs" in text


def test_clean_seed_signoff_becomes_source() -> None:
    cleaned = clean.clean(seed_body("000_1f4e1313dff10dc2.txt"))
    assert cleaned.source == "EFE"
    assert cleaned.paragraphs[-1].text.endswith("which now amounts to almost 5,000 students.")
    assert all(p.text != "EFE" for p in cleaned.paragraphs)


def test_clean_seed_without_signoff_has_no_source() -> None:
    assert clean.clean(seed_body("004_68ac83050532d074.txt")).source is None


@pytest.mark.parametrize(
    ("last", "source"),
    [("EFE", "EFE"), ("(AP)", "AP"), ("— Reuters", "Reuters"), ("dpa/tj", "dpa"),
     ("Europa Press", "Europa Press"), ("XINHUA.", "Xinhua"), ("Ends.", None),
     ("AP said so.", None)],
)  # fmt: skip
def test_clean_take_signoff(last: str, source: str | None) -> None:
    texts, found = clean.take_signoff(["A body paragraph.", last])
    assert found == source
    assert texts == (["A body paragraph."] if source else ["A body paragraph.", last])


def test_clean_seed_kinds() -> None:
    paragraphs = clean.clean(seed_body("000_1f4e1313dff10dc2.txt")).paragraphs
    kinds = {p.position: p.kind for p in paragraphs if p.kind != BODY}
    assert kinds == {4: PULLQUOTE, 8: CAPTION}
    assert paragraphs[4].text == PULLQUOTE_TEXT
    assert paragraphs[8].text == CAPTION_TEXT
    assert len(paragraphs) == 16


def test_clean_other_seed_is_all_body() -> None:
    paragraphs = clean.clean(seed_body("004_68ac83050532d074.txt")).paragraphs
    assert [p.kind for p in paragraphs] == [BODY] * 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CAPTION_TEXT, True),
        ("Fans gathered outside (pictured) before the game.", True),
        ("Photo: the minister at the airport.", True),
        ("Putin highlighted investment projects in Cuba, Nicaragua, Venezuela and Bolivia.", False),
        (
            "In the assembly hall at the House of Trade Unions, the Russian leader assured that.",
            False,
        ),
        ("The conference will last until Monday, at the earliest.", False),
        ("Amelie Mauresmo won her opening match at the Tour Championships in Los Angeles.", False),
    ],
)
def test_clean_is_caption(text: str, expected: bool) -> None:
    assert clean.is_caption(text) is expected


def test_clean_subheading_is_short_without_final_punctuation() -> None:
    paragraphs = clean.classify(["Trade grows", "Trade between the two grew by a quarter."])
    assert [p.kind for p in paragraphs] == [SUBHEADING, BODY]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Howard Webb (South Yorkshire)", SUBHEADING),
        ("WINNERS (six times)", SUBHEADING),
        ("The club won the cup (for the sixth time.)", BODY),
        ("The club won the cup for the sixth time (in 1928).", BODY),
    ],
)
def test_clean_closing_bracket_is_no_final_punctuation(text: str, kind: str) -> None:
    assert clean.classify([text, "Trade between the two grew by a quarter."])[0].kind == kind


def test_clean_long_unpunctuated_paragraph_stays_body() -> None:
    text = "Halo 2 is out on 9 November in the US and 11 November in the UK, says the maker"
    assert clean.classify([text, "Another paragraph."])[0].kind == BODY


def test_clean_lone_heading_is_kept_as_body() -> None:
    assert [p.kind for p in clean.classify(["Breaking news"])] == [BODY]


def test_clean_split_paragraphs() -> None:
    assert clean.split_paragraphs("One\nline.\n\n \nTwo.") == ["One line.", "Two."]
    assert clean.split_paragraphs("One.\nTwo.") == ["One.", "Two."]


def test_clean_normalise_spaces() -> None:
    assert clean.normalise("a\u00a0 b\u200b\r\nc\t d ") == "a b\nc d"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Putin urges Latin America to join BRICS.", "Putin urges Latin America to join BRICS"),
        (
            "The Russian president, Vladimir Putin, today encouraged the countries of Latin "
            "America to enter the BRICS group",
            "The Russian president, Vladimir Putin, today encouraged the countries of Latin "
            "America…",
        ),
        (
            "Farmers in the valley north of the old town of Elm lost most of their maize crops "
            "in the floods, the regional farming board said on Tuesday.",
            "Farmers in the valley north of the old town of Elm lost most of their maize crops…",
        ),
        (
            "Crews in the flooded valley north of Elm reopened the two bridges to the town on "
            "Friday, a county spokeswoman said.",
            "Crews in the flooded valley north of Elm reopened the two bridges to the town on "
            "Friday",
        ),
        (
            "Crews in the flooded valley north of the small town of Elm reopened two bridges, "
            "according to the county.",
            "Crews in the flooded valley north of the small town of Elm reopened two bridges",
        ),
        (
            "I watched the brown river rise over the only road into Elm late on a Friday, the day "
            "I knew we would leave.",
            "I watched the brown river rise over the only road into Elm late on a Friday, the day…",
        ),
        (
            "Crews reopened the bridge to Elm after the floods on Friday, a spokeswoman said.",
            "Crews reopened the bridge to Elm after the floods on Friday, a spokeswoman said",
        ),
    ],
)
def test_clean_headline_cut_at_word_boundary(lead: str, expected: str) -> None:
    result = clean.headline((), lead)
    assert result == expected
    assert len(result) <= clean.MAX_HEADLINE


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("(CNN)Can't see Harry Potter's Albus Dumbledore as gay?",
         "Can't see Harry Potter's Albus Dumbledore as gay?"),
        ("Beijing (CNN)China's premier on Sunday offered a sobering view of the economy.",
         "China's premier on Sunday offered a sobering view of the economy"),
        ("MOSCOW, Sept 29 (Reuters) - Russia said on Friday it would talk.",
         "Russia said on Friday it would talk"),
        ("The World Health Organization (WHO) Director spoke.",
         "The World Health Organization (WHO) Director spoke"),
    ],
)  # fmt: skip
def test_clean_headline_leaves_the_dateline_out(lead: str, expected: str) -> None:
    assert clean.headline((), lead) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("MOSCOW, Sept 29 (Reuters) - Russia said on Friday it would talk.", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted.", "AP"),
        ("SÃO PAULO (Reuters) - Brazil's economy grew.", "Reuters"),
        ("The Senate (AP) - voted.", None),
        ("LONDON - Shares fell.", None),
        ("Beijing (CNN)China's premier spoke on Sunday.", "CNN"),
        ("Sanaa, Yemen (CNN) -- Strikes went on.", "CNN"),
        ("(CNN)Nigerians go to the polls Saturday.", "CNN"),
        ("The World Health Organization (WHO) Director spoke.", None),
    ],
)
def test_clean_dateline_names_the_source(lead: str, source: str | None) -> None:
    cleaned = clean.clean(f"{lead}\n\nA second paragraph.")
    assert cleaned.source == source
    assert cleaned.paragraphs[0].text == lead


def test_clean_signoff_wins_over_dateline() -> None:
    assert clean.clean("LONDON (Reuters) - Shares fell.\n\nMore.\n\nAFP").source == "AFP"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ministers agree fishing quota deal", True),
        ("'Strong pound' worries exporters", True),
        ("\u2018No one saw it coming\u2019", True),
        ("G7 backs port plan", True),
        ("$2m payout for port boss", True),
        ("Will the port plan work?", True),
        ("By Jane Smith", False),
        ("Updated 12 May 2024", False),
        ("Video: the dam breaks", False),
        ("Video phones help deaf people", True),
        ("LISBON", False),
        ("ministers agree a deal", False),
        ("Ministers met on Monday.", False),
        ("The club won the cup (for the sixth time.)", False),
        ("Ministers from every state of the union met in the capital on a cold Monday", False),
    ],
)
def test_clean_is_title(line: str, expected: bool) -> None:
    assert title_lines.is_title(line) is expected


def test_clean_title_line_opens_the_article() -> None:
    lead = "Nobody saw it coming, villagers said after the dam broke at dawn."
    paragraphs = clean.classify(["\u2018No one saw it coming\u2019", lead])
    assert [p.kind for p in paragraphs] == [SUBHEADING, BODY]
    assert title_lines.title_line(paragraphs) == "\u2018No one saw it coming\u2019"
    assert clean.headline(paragraphs, title_lines.title_line(paragraphs)) == (
        "\u2018No one saw it coming\u2019"
    )


PRIME_MINISTER = (
    "The prime minister resigned on Tuesday after a week of pressure from her own party.",
    "She will stay on until her party chooses a successor, a spokesman told reporters.",
)


@pytest.mark.parametrize(
    "texts",
    [
        ["The dam broke at dawn.", "Rescue teams arrived"],  # the lead comes first
        ["By Jane Smith", "The dam broke at dawn."],  # a byline
        ["Dam breaks", "Rescue teams arrived"],  # no body follows
        ["The dam at dawn (left), at the river", "The dam broke at dawn."],  # a caption
        *(
            [line, *PRIME_MINISTER]
            for line in (
                "Jane Doe, Political Correspondent",  # a byline with no "by"
                "Jane Doe and John Roe",
                "Analysis by Jane Doe, CNN",
                "Written by Jane Doe",
                "Words: Jane Doe",
                "Email Jane Doe",
                "From Jane Doe, CNN",
                "Reuters staff",
                "Associated Press",  # shares a stem with "pressure" by chance
                "NEW YORK (AP) \u2014",  # a wire dateline
                "March 3, 2015",  # date and time stamps
                "Monday 12 May 2014 14.23 BST",
                "Last modified on Tue 5 May 2015 10.00 BST",
                "Party meeting at 10:30",
                "5 min read",  # page furniture
                "Story highlights",
                "Home > News > World",
                "Share this article",
                "Getty Images",
                "Sign up for our newsletter",
                "Listen to this article",
                "Copyright 2015 The Associated Press",
                "Breaking News",
                "Live updates",
                "Editor's note",
                "Prince Harry arrives at the ceremony in London",  # a title of something else
            )
        ),
    ],
)
def test_clean_no_title_line(texts: list[str]) -> None:
    assert title_lines.title_line(clean.classify(texts)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Prime minister quits over party revolt",
        "Party names 16 March for its leadership vote",
        "Party to lay off 2,850 staff",
        "Tuesday resignation stuns her party",
        "Will the party choose a successor?",
    ],
)
def test_clean_title_line_naming_what_the_body_tells(line: str) -> None:
    assert title_lines.title_line(clean.classify([line, *PRIME_MINISTER])) == line
