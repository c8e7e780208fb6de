"""People named once by one word, who speak the next quote: `Carson defied the question. "...,"
he said.` or `Meanwhile Rihanna, honoured that night, spoke about self-love. "...," she said.`

A one-word name used twice or more is read by the cast from how the article goes on after it,
and taken for an organisation when nothing there says `he` or `she`; one used once is not read at
all. Either is a person on this evidence: it opens a sentence, and the next words after that
sentence and the quote that follows it are `he said` or `she said`. The cast texts have their
quotes blanked, so that quote is blank space here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.events import rarity
from bot.analyse.quotes.lexicon import (
    AFTER_SUBJECTS,
    FIRST_NAMES,
    IRREGULAR_VERBS,
    PRONOUN_GENDER,
    SPEECH_VERBS,
    Gender,
)
from bot.analyse.quotes.marks import BEFORE_NAMES
from bot.analyse.quotes.people import Cast, Person
from bot.analyse.quotes.runs import COUNTING_WORDS, no_name_word, plausible_surname

# What may come before the name at the start of its sentence: `Meanwhile Rihanna`, `But Carson`.
_OPENERS = frozenset(
    ["Meanwhile", "But", "And", "Still", "Yet", "Then", "Later", "Instead", "Also"]
)
# A pronoun and speech verb after the sentence and the blanked quote: `” he said`.
_SAID_AFTER = re.compile(r"[\s,\u201c\u201d\"']*(?P<pronoun>he|she)\s+(?P<verb>[a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_SENTENCE_REACH = 400  # how far the end of the name's sentence is looked for
# What follows a sentence's opening word when that word is no one's name: an adverb before the
# subject (`Earlier, Mr Wilson had said`), a question, or a word no subject takes next (`Head of
# the division`, `Perhaps the`, `Thank you`, `Halfway through`).
_AFTER_NO_NAME = re.compile(
    r",\s+[A-Z]|\s*\?|\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|of|in|on|at|for"
    r"|from|with|by|through|than|then|there|you|to|as|about|into|over|under)\b"
)
# Abbreviations a full stop follows inside a sentence: those a name always follows (`St.
# Clairsville`, `Gov. Ada Brook`) and those that close a name or a number's label (`Ada Brook Jr.`,
# `Holt Corp.`, `No. 2`), after which a capital is seldom a sentence's first word.
_CLOSING_ABBREVIATIONS = ("Jr", "Sr", "No", "Co", "Inc", "Corp", "Ltd", "Ave", "Blvd", "Rd")
_ABBREVIATION = re.compile(rf"(?:{'|'.join(BEFORE_NAMES + _CLOSING_ABBREVIATIONS)})\.|(?:[A-Z]\.)+")
_TITLE_WORDS = 3  # how many small words a title before a name has: `magazine's reviews editor`


def add_lone_speakers(
    cast: Cast, runs: Sequence[tuple[int, re.Match[str]]], lower: frozenset[str]
) -> None:
    """A one-word name used once that opens the sentence before a `he said` or `she said`."""
    named = [(_name_of(m.group()), m) for _p, m in runs]
    parts = cast.name_parts()
    for word, match in named:
        known = cast.people.get(word)
        if " " in word or word in FIRST_NAMES or word in parts or word in COUNTING_WORDS:
            continue  # `Finch` after `Laura Finch` is hers, found by the mentions
        if known is not None and not _guessed_body(known):
            continue
        if not plausible_surname(word) or no_name_word(word, [match], lower):
            continue
        gender = _speaks_next(match)
        if (
            gender is None
            or not _opens_sentence(match)
            or _opens_for_another(match, word, cast, runs)
        ):
            continue
        person = known or cast.add(word)
        person.org, person.gender = False, gender


def _guessed_body(person: Person) -> bool:
    """A one-word name the cast took for an organisation only for want of a `he` or `she`."""
    return person.org and " " not in person.name and person.name == person.name.title()


def _name_of(run: str) -> str:
    """The run without an opener glued to it by its capital: `Meanwhile Rihanna` is Rihanna."""
    first, _, rest = run.partition(" ")
    return rest if first in _OPENERS and rest else run


def _opens_sentence(match: re.Match[str]) -> bool:
    """True when the name is its sentence's first word, or comes right after an opener."""
    before = match.string[: match.start()].split()
    inside = match.group().split()[0] in _OPENERS  # `Meanwhile Rihanna`: one capitalised run
    if before and before[-1] in _OPENERS and not inside:
        before = before[:-1]
    if not before:
        return True
    last = before[-1]
    return last.endswith((".", "?", "!", "\u201d", '"')) and not _ABBREVIATION.fullmatch(last)


def _opens_for_another(
    match: re.Match[str], word: str, cast: Cast, runs: Sequence[tuple[int, re.Match[str]]]
) -> bool:
    """True when the sentence's first word leads in its subject instead of being it: a word
    in -ing (`Commenting on the delay, Mr Levy said`), a word no name is followed by
    (`Earlier, ...`, `Head of ...`), or a person the cast knows named next in the same sentence
    as the sentence's subject: after a few words of title (`Shadow foreign secretary Michael
    Ancram said`) or after a clause and its comma (`Outside court, surrounded by cameras, Kraft
    spoke`). The `he said` is more likely about that person."""
    if word.endswith("ing") or _AFTER_NO_NAME.match(match.string, match.end()):
        return True
    if _modifies_next(match, word):
        return True
    end = _SENTENCE_END.search(match.string, match.end(), match.end() + _SENTENCE_REACH)
    stop = end.start() if end else len(match.string)
    run = next((m for _p, m in runs if m.string is match.string and m.start() >= match.end()), None)
    if run is None or run.start() >= stop:
        return False
    between = match.string[match.end() : run.start()]
    if any(c.isupper() for c in between):
        return False  # only the first name after the opener may be its subject
    leads_in = len(between.split()) <= _TITLE_WORDS or between.rstrip().endswith(",")
    person = cast.find(run.group().split())
    return leads_in and person is not None and not person.org


def _modifies_next(match: re.Match[str], word: str) -> bool:
    """True when the word is the first of a noun phrase, not its subject: the small word after
    it is no verb (`Consumer borrowing rose`, `Dimapur town has`), or, after a word of everyday
    English, a plural it describes (`Camera phones will`, `Difficult issues remain`). A name is
    followed by its verb (`Okafor dodged`, `Kaka grins`, `Reed has`) or an adverb."""
    after = _NEXT_WORD.match(match.string, match.end())
    if after is None:
        return False
    following = after.group(1)
    if following in _VERB_WORDS or following.endswith(("ed", "ly")):
        return False
    if following.endswith("s") and not following.endswith("ss"):
        return rarity(word) <= _COMMON_RARITY  # `Bigger attacks`, not `Okafor points`
    return True


_NEXT_WORD = re.compile(r" ([a-z]+)\b(?!['\u2019-])")
_VERB_WORDS = SPEECH_VERBS | IRREGULAR_VERBS | AFTER_SUBJECTS
# Zipf 4 (one word in 100,000): `camera`, `difficult`, `bigger`, but not `Okafor` or `Spohr`.
_COMMON_RARITY = 11.5


def _speaks_next(match: re.Match[str]) -> Gender | None:
    """The gender of the `he said` or `she said` right after the name's sentence, or None."""
    end = _SENTENCE_END.search(match.string, match.end(), match.end() + _SENTENCE_REACH)
    if end is None:
        return None
    said = _SAID_AFTER.match(match.string, end.end())
    if said is None or said.group("verb") not in SPEECH_VERBS:
        return None
    return PRONOUN_GENDER[said.group("pronoun")]
