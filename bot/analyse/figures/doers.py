"""Counted people by what they did: `14 million people saw the final` measures `people who saw
the final`, since a bare `people` tells a reader nothing of what was counted; a bare count before
what only people do counts people (`24 million saw him shot`)."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import QUALIFIED, clause_span, tidy, word_set
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

# Counted nouns for people, whose count is of those who did what the verb says.
PEOPLE = word_set(
    "people viewers fans visitors users customers shoppers voters students workers listeners "
    "readers spectators subscribers passengers players members residents adults children "
    "americans britons men women drivers protesters demonstrators families staff employees "
    "patients tourists"
)
# What only people do: a bare count before one of these counts people (`24 million saw him`).
HUMAN_DEEDS = word_set(
    "saw watched tuned voted attended visited signed marched protested joined applied died fled "
    "bought downloaded subscribed queued rallied"
)
# Verbs that tell a state, not a deed: `5,000 people are` says nothing of what they did.
_STATES = word_set("is are was were be been has have had will would can could may might")
# The deed's object: a few words, up to a punctuation mark, a period or a preposition of time.
_OBJECT = re.compile(
    r"\s+(?P<verb>[a-z]+)(?P<object>(?:\s+(?!(?:in|on|at|during|for|last|this|since|after|"
    r"before|when|while|because|and|but)\b)[\w'\u2019\"-]+){1,5})"
)


def doers(plain: str, quantity: Quantity) -> str:
    """`people who saw the final` of `More than 14 million people saw the final on Friday`: a
    count of people that opens its clause, with the deed its verb names."""
    bare = not quantity.unit and quantity.kind == "number"
    if not bare and (not quantity.kind.endswith("-noun") or quantity.unit.lower() not in PEOPLE):
        return ""
    begin, _ = clause_span(plain, quantity.start)
    opening = plain[begin : quantity.start].rsplit(",", 1)[-1]  # past an opener: "By noon,"
    if tidy(QUALIFIED.sub(" ", opening)):
        return ""  # the count is an object or follows its subject
    found = _OBJECT.match(plain, quantity.end)
    if found is None or not _deed(found.group("verb")):
        return ""
    if bare and found.group("verb") not in HUMAN_DEEDS:
        return ""  # "5 million rose": a bare count is people only by what people do
    deed = found.group("object").replace('"', " ")
    return f"{quantity.unit or 'people'} who {found.group('verb')} {' '.join(deed.split())}"


def _deed(verb: str) -> bool:
    """True for a past or present verb of doing (`saw`, `watched`, `bought`), not a state."""
    if verb in _STATES:
        return False
    past = len(verb) > 4 and verb.endswith("ed")
    return past or verb in IRREGULAR_VERBS or verb in FINITE_VERBS
