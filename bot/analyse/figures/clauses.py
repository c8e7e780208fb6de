"""A figure's clause: where it starts and ends in its sentence, and the segments it splits
into at commas, `that`, `said` and an `and` between two clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from bot.analyse.figures.lexicon import is_verb

# A break opening with blanks is tried once per run of blanks (`(?<!\s)`), not at each blank: a
# sentence with a long blanked aside would otherwise cost the square of the aside's length.
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+and\s+|,\s+but\s+|,\s+compared\s+"
    r"|(?<!\s)\s+(?:whil(?:e|st)|whereas|and\s+that|but)\s+"
)
# How far before a figure the starts of its clause's segments are looked for: longer than any
# clause a reader meets, and short enough that a sentence of many figures is never read whole for
# each of them.
CLAUSE_REACH = 400


def clause_span(text: str, start: int) -> tuple[int, int]:
    """The start and end of the clause holding position `start`: from the end of the last clause
    break ending at or before it to the start of the first break starting at or after it."""
    starts, ends = _clause_breaks(text)
    before = bisect_right(ends, start)
    after = bisect_left(starts, start)
    return (ends[before - 1] if before else 0), (
        starts[after] if after < len(starts) else len(text)
    )


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a sentence's clause breaks start and end, found once per sentence: every figure of
    it asks for its clause, and scanning the sentence for each would cost the square of its
    length."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    return tuple(match.start() for match in breaks), tuple(match.end() for match in breaks)


_BREAK = re.compile(
    r"(,\s+(?:(?:said|says|added|reported|announced)\s+(?:that\s+)?)?"
    r"|(?<!\s)\s+(?:that|as|after|when|because|if|since|where|although)\s+"
    r"|(?<!\s)\s+(?:said|says|say|reported|reports|announced|added|expects|believes|thinks"
    r"|estimated)\s+)"
)


def segments(text: str) -> list[str]:
    """The clause split at commas, `that`, `said` and at an `and` between two verbs."""
    split = _BREAK.split(text)
    fragment = len(split) > 2 and "," not in split[-2] and not has_verb(split[-1])
    if fragment and has_verb(split[-3]):
        split[-3:] = ["".join(split[-3:])]  # "angle was just as impressive at": one clause
    return [part for piece in split[::2] for part in _coordinated(piece)]


def _coordinated(piece: str) -> list[str]:
    """A segment split at each `and` that joins two clauses ("X rose and Y fell")."""
    parts = _JOINER.split(piece)
    found = [parts[0]]
    for part in parts[1:]:
        if (has_verb(found[-1]) and has_verb(part)) or _gapped(found[-1], part):
            found.append(part)
        else:
            found[-1] = f"{found[-1]} and {part}"
    return found


def _gapped(before: str, after: str) -> bool:
    """True for `and` between a clause ending in a figure and a noun with the verb left out:
    `prices rose 5% and fats 6%` (`fats` is the next subject; `4% and 5%` is a range)."""
    words = after.split()
    ended = bool(before) and (before[-1].isdigit() or before[-1] == "%")
    return (
        ended and bool(words) and words[0].isalpha() and words[0].islower() and not has_verb(after)
    )


def has_verb(text: str) -> bool:
    """True when any word of `text` is a verb."""
    return any(is_verb(w) for w in text.split())


_JOINER = re.compile(r"(?<!\s)\s+and\s+")
