"""How a name before a quote is governed, read from sentences written for these tests: the
person a speech verb introduces is that sentence's speaker, the object of a verb or of a
preposition is not, and a possessor governs nothing."""

from __future__ import annotations

from bot.analyse.quotes.cast import Mention
from bot.analyse.quotes.clues import governor, mention_roles, sentence_opener, subject_order
from bot.analyse.quotes.marks import Place


def at(text: str, name: str) -> int:
    return text.index(name)


def test_governor_skips_the_titles_before_a_name() -> None:
    text = "The harbour will stay open, said Councillor Ada Brook on Monday."
    assert governor(text, at(text, "Ada")) == "said"
    text = "Tom Reed thanked Rep. Ada Brook for the vote."
    assert governor(text, at(text, "Ada")) == "thanked"


def test_governor_is_empty_at_the_start_of_a_sentence() -> None:
    text = "The pier was closed. Ada Brook walked away."
    assert governor(text, at(text, "Ada")) == ""
    assert governor("Ada Brook walked away.", 0) == ""


def test_mention_roles_tell_a_speaker_from_an_object() -> None:
    texts = [
        "The pier must close, said Ada Brook. Tom Reed asked Jane Moore for a loan from Paul Hale."
    ]
    roles = {
        name: mention_roles(Mention(Place(0, at(texts[0], name)), name, False), texts)
        for name in ("Ada Brook", "Jane Moore", "Paul Hale", "Tom Reed")
    }
    assert roles == {
        "Ada Brook": {"before inverted speaker": 1.0},
        "Jane Moore": {"before object": 1.0},
        "Paul Hale": {"before after preposition": 1.0},
        "Tom Reed": {},
    }


def test_a_possessor_after_a_speech_verb_is_no_speaker() -> None:
    texts = ["Tom Reed says Ada Brook's plan is late."]
    mention = Mention(Place(0, at(texts[0], "Ada")), "Ada Brook", False)
    assert mention_roles(mention, texts) == {}
    texts = ["The plan is late, according to Ada Brook."]
    mention = Mention(Place(0, at(texts[0], "Ada")), "Ada Brook", False)
    assert mention_roles(mention, texts) == {"before inverted speaker": 1.0}


def test_subject_order_counts_an_introduced_speaker_as_a_subject() -> None:
    texts = [
        "Tom Reed opened the hall. The pier must close, said Ada Brook, and Jane Moore nodded."
    ]
    mentions = [
        Mention(Place(0, at(texts[0], "Tom")), "Tom Reed", True),
        Mention(Place(0, at(texts[0], "Ada")), "Ada Brook", False),
        Mention(Place(0, at(texts[0], "Jane")), "Jane Moore", False),
    ]
    order = subject_order(mentions, Place(1, 0), texts)
    assert order == {"Ada Brook": 0, "Tom Reed": 1}


def named(texts: list[str], *names: str) -> list[Mention]:
    """Mentions of `names` in reading order, each at its first place in the texts."""
    places = [
        (Place(p, text.index(name)), name)
        for name in names
        for p, text in enumerate(texts)
        if name in text
    ]
    return [Mention(place, name, False) for place, name in sorted(places)]


def test_sentence_opener_is_the_first_person_of_the_latest_naming_sentence() -> None:
    texts = [
        "Ivo Tal, who hosts a morning show, recalled that listeners doubted Tom Reed.",
        "“That is how folks saw it,” he said.",
    ]
    mentions = named(texts, "Ivo Tal", "Tom Reed")
    assert sentence_opener(mentions, Place(1, 0), texts) == "Ivo Tal"
    texts = ["Tom Reed opened the fair. The crowd cheered Ivo Tal. “It was fun,” he said."]
    mentions = named(texts, "Tom Reed", "Ivo Tal")
    assert sentence_opener(mentions, Place(0, texts[0].index("“")), texts) == "Ivo Tal"


def test_sentence_opener_passes_over_a_sentence_that_opens_with_he() -> None:
    texts = [
        "Paul Hale, the harbour master, has asked for money every year.",
        "He said the dock built by Tom Reed was falling into the sea.",
        "“We cannot wait another winter,” he said.",
    ]
    mentions = named(texts, "Paul Hale", "Tom Reed")
    assert sentence_opener(mentions, Place(2, 0), texts) == "Paul Hale"
    assert sentence_opener(mentions, Place(1, 0), texts) == "Paul Hale"


def test_sentence_opener_reads_no_further_back_than_the_paragraph_before() -> None:
    texts = ["Paul Hale spoke first.", "The pier was closed.", "“We waited,” he said."]
    mentions = named(texts, "Paul Hale")
    assert sentence_opener(mentions, Place(2, 0), texts) is None
    assert sentence_opener(mentions, Place(1, 0), texts) == "Paul Hale"


def test_sentence_opener_of_the_quotes_own_sentence_is_no_object() -> None:
    texts = ["As for Tom Reed, the plan is late, Paul Hale said: “He has none.”"]
    mentions = named(texts, "Tom Reed", "Paul Hale")
    assert sentence_opener(mentions, Place(0, texts[0].index("“")), texts) == "Paul Hale"
    texts = ["As for Tom Reed, the plan is late.", "“He has none,” he said."]
    assert sentence_opener(named(texts, "Tom Reed"), Place(1, 0), texts) == "Tom Reed"


def test_sentence_opener_skips_a_fronted_phrase_of_place_or_time() -> None:
    texts = ["At a rally for Tom Reed in Leeds, Ada Brook spoke.", "“We waited,” he said."]
    mentions = [
        Mention(Place(0, at(texts[0], n)), n, n == "Ada Brook") for n in ("Tom Reed", "Ada Brook")
    ]
    assert sentence_opener(mentions, Place(1, 0), texts) == "Ada Brook"
    texts = ["As for Tom Reed, Ada Brook has doubts.", "“We waited,” he said."]
    mentions = [
        Mention(Place(0, at(texts[0], n)), n, n == "Ada Brook") for n in ("Tom Reed", "Ada Brook")
    ]
    assert sentence_opener(mentions, Place(1, 0), texts) == "Tom Reed"
