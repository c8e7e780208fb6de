"""People a vehicle carried: `The Kestrel ferry was carrying 150 people` counts the `people on
board the Kestrel ferry`. A carrier that is a business owns its passengers (`airline
passengers`), but a ferry's or a plane's people are not its people; a reader asks who was
aboard."""

from __future__ import annotations

import re

from bot.analyse.figures.doers import personal
from bot.analyse.figures.lexicon import MAX_WORDS, word_set

_VEHICLES = word_set(
    "plane planes aircraft jet airliner flight ferry boat ship vessel bus coach train helicopter "
    "truck lorry van minibus dinghy raft liner trawler"
)
# The verb right before the count: `was carrying`, `carried`, `had ... on board`.
_CARRYING = re.compile(
    r"(?:\b(?:was|were|is|are|had\s+been|has\s+been)\s+carrying|\bcarri(?:ed|es))"
    r"(?:\s+(?:about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to))?\s*$"
)
_REACH = 40


def on_board(plain: str, start: int, owner: str, noun: str, counted: str) -> str:
    """`people on board the Kestrel ferry` for the count at `start` when `owner` is a vehicle
    the clause says carried counted people, else ""."""
    words = owner.split()
    if not words or words[-1].lower() not in _VEHICLES or not personal(counted):
        return ""
    if not _CARRYING.search(plain, max(0, start - _REACH), start):
        return ""
    named = " ".join(w for w in words if w.lower() not in {"the", "a", "an"})
    phrase = f"{noun} on board the {named}"
    return phrase if len(phrase.split()) <= MAX_WORDS else f"{counted} on board the {named}"
