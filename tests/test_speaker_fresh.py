"""A pronoun quote goes to a person just brought into the story (named for the first time
after the last quote, or introduced by a speech verb) rather than the article's older voice;
the latest people of a pronoun's gender are candidates however far back they were named, and a
gender guessed from one pronoun rules nobody out; sentences written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.quotes.candidates import Candidate
from bot.analyse.quotes.cast import Cast, Mention
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.ranker import Choice
from bot.analyse.quotes.resolution import Resolver
from tests.test_quotes import article


class Keeper:
    """Lets the rules choose and keeps each quote's candidates by name."""

    def __init__(self) -> None:
        self.calls: list[dict[str, dict[str, float]]] = []

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        self.calls.append({c.person.name: dict(c.features) for c in candidates})
        return default


def candidates_of(*paragraphs: str) -> list[dict[str, dict[str, float]]]:
    keeper = Keeper()
    extract_quotes(article(*paragraphs), chooser=keeper)
    return keeper.calls


def test_a_pronoun_reaches_a_woman_named_long_before() -> None:
    calls = candidates_of(
        "Laura Brook, the harbour master, closed the port on Monday.",
        "The ferries stayed in dock. Tom Reed, the mayor, met the crews.",
        "Paul Hale, a ferry captain, said the storm had passed. Mark Dunn agreed.",
        "The council met again in the evening.",
        "“We cannot open until the wall is checked,” she said.",
    )
    assert "Laura Brook" in calls[-1]
    assert calls[-1]["Laura Brook"]["fits pronoun"] == 1.0


def test_a_gender_guessed_from_one_pronoun_does_not_rule_a_person_out() -> None:
    calls = candidates_of(
        "Tom Reed opened the debate. “We will win the county,” Reed said.",
        "Wren Pike, who chairs the party, is backing Reed and praised him on Monday.",
        "“Nobody has worked harder for this town,” she said.",
    )
    pike = calls[-1]["Wren Pike"]
    assert pike["guessed gender clash"] == 1.0
    assert "pronoun clash" not in pike


def test_a_stated_gender_still_rules_a_person_out() -> None:
    calls = candidates_of(
        "Mark Dunn opened the debate. “We will win the county,” Dunn said.",
        "Paul Hale, who chairs the party, is backing Dunn and praised Ada Brook.",
        "“Nobody has worked harder for this town,” she said.",
    )
    assert "Paul Hale" not in calls[-1]
    assert "Mark Dunn" not in calls[-1]


def test_a_newcomer_takes_the_next_pronoun_quote_from_the_more_quoted_voice() -> None:
    quotes = extract_quotes(
        article(
            "Laura Finch runs the harbour café. “Trade has never been this slow,” Finch said.",
            "Carol Pike, the organist at the chapel across the road, remembered busier years.",
            "“We used to see the boats from the choir loft,” she said.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        ("Trade has never been this slow", "Laura Finch", "said", "Finch"),
        ("We used to see the boats from the choir loft", "Carol Pike", "said", "she"),
    ]


def test_a_newcomer_named_before_the_last_quote_does_not_take_it() -> None:
    quotes = extract_quotes(
        article(
            "Wren Pike, the organist, stood by Laura Finch at the café door.",
            "“Trade has never been this slow,” Finch said.",
            "“We used to see the boats from the window,” she said.",
        )
    )
    assert [q.speaker for q in quotes] == ["Laura Finch", "Laura Finch"]


def test_a_speaker_named_after_the_verb_takes_the_next_pronoun_quote() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed, the mayor, promised lower fares. “Buses run free on Sundays,” Reed said.",
            "The plan would cost twice what the city has, said Carl Link, who runs the transport"
            " board.",
            "“We would need a second budget,” he added.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        ("Buses run free on Sundays", "Tom Reed", "said", "Reed"),
        ("The plan would cost twice what the city has", "Carl Link", "said", "Carl Link"),
        ("We would need a second budget", "Carl Link", "added", "he"),
    ]


def test_a_person_a_speech_verb_addresses_is_no_speaker() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed opened the hearing. Paul Hale answered Mark Dunn at length.",
            "“The bridge will not be ready before winter,” he said.",
        )
    )
    assert [(q.speaker, q.cue, q.mention) for q in quotes] == [("Paul Hale", "said", "he")]


def test_a_speaker_known_only_from_the_attribution_is_no_newcomer() -> None:
    resolver = Resolver(Cast())
    person = resolver.cast.add("Carol Pike")
    person.gender = "f"
    spoken = Mention(Place(1, 0), "Carol Pike", True)
    assert not resolver._introduced_since(person, spoken, Place(0, 0))
