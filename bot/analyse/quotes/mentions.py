"""A name's mention in the text, kept in the cast: where it stands, whose it is, and whether it
is its clause's subject (what `he` and `she` go back to)."""

from __future__ import annotations

import re

from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.people import Cast, Mention, Person
from bot.analyse.quotes.run_cleaning import clean_run
from bot.analyse.quotes.runs import name_after_title
from bot.analyse.quotes.subjects import new_topic, opens_clause

# A run of up to this many words may be a short reference to someone named in full before
# (`Putin`, `Mr Putin`); a longer run is a name of its own.
SHORT_REFERENCE = 2


# How much of the paragraph before a name is read for whether it was named just before.
EARLIER = 300
# How much of the text after a name is read for whether it opens its clause (`opens_clause`,
# `new_topic`).
_AFTER_REACH = 30


def add_mention(
    cast: Cast, text: str, where: tuple[int, list[int]], match: re.Match[str], previous: str
) -> None:
    """The mention of the person a run names, if the cast knows them; the end of `previous`, the
    paragraph before, is read for whether the name was just named (only after `As for`)."""
    person, words = _named(cast, match)
    if person is None:
        return
    paragraph, starts = where
    start = max((b for b in starts if b <= match.start()), default=0)
    possessive = match.group().endswith(("'s", "\u2019s"))
    before, after = text[start : match.start()], text[match.end() : match.end() + _AFTER_REACH]
    subject = opens_clause(before, after, possessive)
    if not subject and before.strip().lower() == "as for":  # read back only then
        subject = new_topic(after, previous[-EARLIER:] + text[:start], words[-1])
    key = Place(paragraph, match.start() + match.group().find(words[0]))
    cast.mentions.append(Mention(key, person.name, subject))


def _named(cast: Cast, match: re.Match[str]) -> tuple[Person | None, list[str]]:
    """The person a run names, and the words of the name in it."""
    words = clean_run(match.group().split())
    if not words:
        return None, words
    split = name_after_title(words)
    if split is not None and " ".join(split[1]) in cast.people:
        words = split[1]
    short = len(words) <= SHORT_REFERENCE
    return cast.people.get(" ".join(words)) or (cast.find(words) if short else None), words
