"""A name that only qualifies the noun after it (`the Reed campaign`, `Reed aide Sam Okoro`)
tells what someone is and does not open its sentence for a later `he` or `she`: the person it
qualifies does; sentences written for these tests."""

from __future__ import annotations

from bot.analyse.quotes.cast import Mention
from bot.analyse.quotes.clues import qualifies_noun
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.marks import Place
from tests.test_quotes import article


def qualifies(text: str, name: str) -> bool:
    return qualifies_noun(Mention(Place(0, text.index(name)), name, True), [text])


def test_a_name_before_a_role_or_after_the_qualifies_a_noun() -> None:
    assert qualifies("Reed aide Sam Okoro answered the critics.", "Reed")
    assert qualifies("And Reed campaign chairman Sam Okoro spoke.", "Reed")
    assert qualifies("The Brook approach has won friends.", "Brook")
    assert not qualifies("Reed aide Sam Okoro answered the critics.", "Sam Okoro")


def test_a_name_acting_in_its_clause_qualifies_nothing() -> None:
    assert not qualifies("Tom Reed met the crews.", "Tom Reed")
    assert not qualifies("The Harbour Board said the pier was safe.", "Harbour Board")
    assert not qualifies("Tom Reed's plan failed.", "Tom Reed")
    assert not qualifies("The pier is safe, said Tom Reed, the mayor.", "Tom Reed")


def test_a_pronoun_quote_goes_to_the_aide_not_the_boss_named_before_him() -> None:
    quotes = extract_quotes(
        article(
            "Mayor Tom Reed has promised a new sea wall for years.",
            "Reed aide Sam Okoro answered the critics on Monday.",
            "“The wall will stand,” he said.",
        )
    )
    found = [(q.text, q.speaker, q.cue, q.mention) for q in quotes]
    assert found == [("The wall will stand", "Sam Okoro", "said", "he")]


def test_a_campaign_chairman_speaks_for_himself() -> None:
    quotes = extract_quotes(
        article(
            "Mayor Tom Reed has promised a new sea wall for years.",
            "And Reed campaign chairman Sam Okoro offered a slogan when I asked him how the "
            "mayor would win.",
            "“The wall will stand,” he said.",
        )
    )
    found = [(q.text, q.speaker, q.cue, q.mention) for q in quotes]
    assert found == [("The wall will stand", "Sam Okoro", "said", "he")]
