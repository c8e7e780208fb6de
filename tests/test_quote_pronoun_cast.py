"""Pronoun quotes: people the cast must know for `he` or `she` to find them (a surname after a
title, a name after an organisation's title, a kin word's gender)."""

from __future__ import annotations

from bot.analyse.quotes.cast import build_cast
from bot.analyse.quotes.extraction import extract_quotes
from bot.models import Quote
from tests.test_quotes import article


def spoken(quote: Quote) -> tuple[str, str | None, str | None, str | None]:
    return quote.text, quote.speaker, quote.cue, quote.mention


def people(text: str) -> dict[str, tuple[bool, str | None, str | None]]:
    cast = build_cast([text])
    return {name: (p.org, p.gender, p.role) for name, p in cast.people.items()}


def test_a_name_after_an_organisations_title_is_a_person() -> None:
    found = people("Harbor City Sheriff Glenn Whitcomb spoke, and Whitcomb left.")
    assert found == {"Glenn Whitcomb": (False, "m", "Harbor City Sheriff")}


def test_a_surname_that_is_also_a_paper_stays_the_person() -> None:
    found = people("Port Town Mayor Ted Guardian spoke first. Guardian said little.")
    assert found == {"Ted Guardian": (False, "m", "Port Town Mayor")}


def test_a_surname_after_a_title_is_a_person() -> None:
    assert people("The appeal reached Judge Okafor on Monday.") == {"Okafor": (False, None, None)}
    assert people("The plan came from Mrs. Lindqvist.") == {"Lindqvist": (False, "f", None)}


def test_a_titled_surname_two_people_share_is_left_to_the_mentions() -> None:
    found = people("Ada Brook met Tom Brook, and Senator Brook spoke.")
    assert sorted(found) == ["Ada Brook", "Tom Brook"]


def test_a_kin_word_gives_a_gender() -> None:
    found = people("Along with her husband, Ellery Vance, a retired pilot, she gave money.")
    assert found == {"Ellery Vance": (False, "m", "husband")}
    assert people("The mayor's wife, Odalys, spoke first.") == {"Odalys": (False, "f", "wife")}


def test_he_is_the_husband_not_the_woman_named_first() -> None:
    quotes = extract_quotes(
        article(
            "Her husband, Ellery Quent, bakes the bread, and Marisol Quent sells it at the market.",
            "\u201cWe bake before dawn every day of the year,\u201d he said.",
        )
    )
    assert [spoken(q) for q in quotes] == [
        ("We bake before dawn every day of the year", "Ellery Quent", "said", "he")
    ]


def test_he_is_the_official_an_organisations_title_introduced() -> None:
    quotes = extract_quotes(
        article(
            "Harbor City Sheriff Glenn Whitcomb toured the flooded road with Ana Ruiz.",
            "\u201cNobody should drive here until the water drops,\u201d he said.",
        )
    )
    assert [spoken(q) for q in quotes] == [
        ("Nobody should drive here until the water drops", "Glenn Whitcomb", "said", "he")
    ]


def test_he_is_the_judge_named_by_title_and_surname_alone() -> None:
    quotes = extract_quotes(
        article(
            "Ana Ruiz filed the appeal, and Judge Okafor heard it on Monday.",
            "\u201cThe record is incomplete,\u201d he said.",
        )
    )
    assert [spoken(q) for q in quotes] == [("The record is incomplete", "Okafor", "said", "he")]


def test_a_surname_the_article_goes_on_with_he_after_is_a_man() -> None:
    found = people(
        "Tamblyn spoke at the rally. Tamblyn said he would sign the bill. "
        "Norvanta said it would appeal. Norvanta shares fell."
    )
    assert found == {"Tamblyn": (False, "m", None), "Norvanta": (True, None, None)}


def test_a_generation_suffix_is_no_organisation() -> None:
    found = people("Ellis R. Dunmore III, a lawyer, spoke first.")
    assert found == {"Ellis R. Dunmore": (False, None, "lawyer")}


def test_a_name_after_an_outlets_possessive_is_a_person() -> None:
    found = people("He told Channel News' Charlie Brandt that it was unfair.")
    assert found == {"Charlie Brandt": (False, "m", "Channel News'")}


def test_he_is_the_man_named_by_surname_alone() -> None:
    quotes = extract_quotes(
        article(
            "Tamblyn spoke at the rally on Friday, and Ana Ruiz listened.",
            "Tamblyn said he would sign the bill within a week.",
            "\u201cThe farmers have waited long enough,\u201d he said.",
        )
    )
    assert spoken(quotes[-1]) == (
        "The farmers have waited long enough",
        "Tamblyn",
        "said",
        "he",
    )


def test_a_repeated_demonym_followed_by_he_is_no_person() -> None:
    found = people("Paul Okoth won, and the Kenyan said he was tired. Later the Kenyan left.")
    assert found == {"Paul Okoth": (False, "m", None), "Kenyan": (True, None, None)}


def test_a_campaign_team_is_no_person() -> None:
    found = people("Team Haskins met donors on Monday. Team Haskins left early.")
    assert found == {"Team Haskins": (True, None, None)}


def test_a_number_word_that_opens_sentences_is_no_organisation() -> None:
    found = people("Eight years ago, Nora Pell won. Eight people voted against her.")
    assert found == {"Nora Pell": (False, "f", None)}


def test_a_surname_after_an_organisation_word_is_the_person_the_article_goes_on_with() -> None:
    text = (
        "A recall drive was not the campaign Okafor had planned. She admits rents decided the "
        "vote. Okafor says she will oppose the budget."
    )
    assert people(text) == {"Okafor": (False, "f", None)}


def test_she_is_the_surname_an_organisation_word_once_stood_before() -> None:
    quotes = extract_quotes(
        article(
            "A recall drive was not the campaign Okafor had planned. She admits rents decided "
            "the vote.",
            "Okafor says she will oppose the budget.",
            "\u201cWe will keep fighting for the estate,\u201d she said.",
        )
    )
    assert [spoken(q) for q in quotes] == [
        ("she will oppose the budget.", "Okafor", "says", "Okafor"),
        ("We will keep fighting for the estate", "Okafor", "said", "she"),
    ]


def test_a_first_name_alone_the_article_goes_on_with_she_is_a_woman() -> None:
    text = (
        "Lena has worked nights at the clinic for a decade, and she knows every patient. "
        "Lena said she would stay on after the merger."
    )
    assert people(text) == {"Lena": (False, "f", None)}
    assert people("Lena is a storm. Lena is coming.") == {}


def test_she_is_the_woman_known_by_her_first_name_alone() -> None:
    quotes = extract_quotes(
        article(
            "Lena has worked nights at the clinic for a decade, and she knows every patient.",
            "Lena said she would stay on after the merger. Paul Ostrow runs the clinic.",
            "\u201cThe night shift is where the real work happens,\u201d she said.",
        )
    )
    assert [spoken(q) for q in quotes] == [
        ("she would stay on after the merger.", "Lena", "said", "Lena"),
        ("The night shift is where the real work happens", "Lena", "said", "she"),
    ]


def test_a_party_member_known_by_place_is_one_unnamed_person_and_the_members_a_body() -> None:
    assert people("Then one New Hampshire Democrat spoke.") == {
        "New Hampshire Democrat": (False, None, None)
    }
    assert people("South Carolina Republicans head to the polls.") == {
        "South Carolina Republicans": (True, None, None)
    }


def test_a_she_opening_the_next_sentence_does_not_make_a_firm_a_woman() -> None:
    paragraphs = (
        "Union leader Ada Brook met staff at Zorvex on Monday.",
        "Zorvex cut 500 jobs in March. She called the cuts cruel.",
        "Zorvex hired 200 staff in May. She said that was not enough.",
        '"They owe the town more," she said.',
    )
    cast = build_cast(list(paragraphs))
    assert (cast.people["Zorvex"].org, cast.people["Zorvex"].gender) == (True, None)
    quotes = extract_quotes(article(*paragraphs))
    assert ("They owe the town more", "Ada Brook", "said", "she") in [spoken(q) for q in quotes]
    assert all(q.speaker != "Zorvex" for q in quotes)


def test_a_he_opening_the_next_sentence_does_not_make_a_plant_a_man() -> None:
    text = (
        "Tom Ruiz met Ada Brook at the Fenwick plant. Fenwick closed last year. He said it was "
        "sad. Fenwick has since reopened. He said it was good."
    )
    assert people(text)["Fenwick"] == (True, None, None)


def test_a_number_opening_a_partys_members_is_no_part_of_their_name() -> None:
    assert people("Two Ohio Republicans spoke. They agreed.") == {
        "Ohio Republicans": (True, None, None)
    }
    quotes = extract_quotes(article('Two Ohio Republicans spoke. "We agree," they said.'))
    assert [spoken(q) for q in quotes] == [("We agree", "Ohio Republicans", "said", "they")]
