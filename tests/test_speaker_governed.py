"""How a name before a quote is governed when a verb's -ing form or a possessive beside an
apposition stands near it, read from sentences written for these tests: `calling Ada Brook a
fraud` addresses Brook, and `said Ada Brook, Reed's aide` introduces Brook as the speaker."""

from __future__ import annotations

from bot.analyse.quotes.cast import Mention
from bot.analyse.quotes.clues import mention_roles
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.marks import Place
from tests.test_quotes import article


def roles(text: str, name: str) -> dict[str, float]:
    return mention_roles(Mention(Place(0, text.index(name)), name, False), [text])


def test_the_ing_form_of_a_verb_governs_its_object() -> None:
    text = "Tom Reed kept posting, calling Ada Brook a fraud and mocking Paul Hale."
    assert roles(text, "Ada Brook") == {"before object": 1.0}
    assert roles(text, "Paul Hale") == {"before object": 1.0}


def test_a_name_a_speech_verb_introduces_is_still_the_speaker() -> None:
    text = "The dock will reopen, said Ada Brook on Monday."
    assert roles(text, "Ada Brook") == {"before inverted speaker": 1.0}


def test_an_apposition_with_a_possessive_after_the_name_keeps_the_speaker() -> None:
    text = "The ferry is late, said Ada Brook, Tom Reed's deputy."
    assert roles(text, "Ada Brook") == {"before inverted speaker": 1.0}
    text = "The ferry is late, says Ada Brook's deputy."
    assert roles(text, "Ada Brook") == {}


def speakers_of(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes]


def test_a_pronoun_quote_is_not_the_person_just_called_names() -> None:
    found = speakers_of(
        "Sam Okoro was fined again last spring.",
        "He kept posting, calling Mayor Tom Reed a liar.",
        "“The pier belongs to all of us,” he said.",
    )
    assert found == [("The pier belongs to all of us", "Sam Okoro", "said", "he")]


def test_a_fragment_after_calling_someone_names_is_the_callers() -> None:
    found = speakers_of(
        "Sam Okoro was fined again last spring.",
        "Okoro has been in court often since then, and he has mocked his critics.",
        "He has also tried to anger the council, calling Mayor Tom Reed a “clueless clown” "
        "and posting a photo of the pier.",
    )
    assert found == [("clueless clown", "Sam Okoro", "calling", "he")]
