"""What a distance measures: after a place, how far it lies from another (`Bouira, about 100
kilometres south of the capital Algiers` is the `distance of Bouira south of Algiers`); after
`from`, the shot or kick taken from there (`a shot at the Celtic goal from 30 yards`)."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity

DISTANCES = frozenset({"kilometre", "mile", "metre", "foot", "yard"})
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
# The place before: `close to Bouira, about`; blanked asides (a bracket) may sit between.
_PLACE_BEFORE = re.compile(
    rf"(?P<place>{_NAME}),\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|over|"
    r"under|more\s+than|less\s+than)\s+)?$"
)
_DIRECTION_AFTER = re.compile(
    r"\s*(?P<direction>(?:north|south|east|west|north-east|north-west|south-east|south-west|"
    r"northeast|northwest|southeast|southwest)(?:\s+of)?|from|outside|off)\s+"
    rf"(?:the\s+(?:[a-z]+\s+){{0,2}})?(?P<target>{_NAME})"
)


# A shot, kick or throw and what it was at, right before the `from` of its distance.
_SHOT_FROM = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?P<shot>(?:[\w-]+\s+){0,2}(?:shot|strike|effort|"
    r"free-kick|free\s+kick|kick|header|attempt|drive|throw|putt|jump|volley|finish|penalty))\b"
    r"(?P<at>\s+(?:at|on|into|past)\s+[^,;:()]{1,40}?)?\s+(?:-\s+)?from\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def distance_measure(plain: str, quantity: Quantity) -> str:
    """`distance of Bouira south of Algiers` or `shot at the Celtic goal`, else ""."""
    if quantity.unit not in DISTANCES:
        return ""
    if shot := _SHOT_FROM.search(plain, max(0, quantity.start - 100), quantity.start):
        return f"{shot.group('shot')}{shot.group('at') or ''}"
    before = _PLACE_BEFORE.search(plain, max(0, quantity.start - 60), quantity.start)
    after = _DIRECTION_AFTER.match(plain, quantity.end)  # a blanked bracket is spaces
    if before is None or after is None:
        return ""
    direction = after.group("direction")
    return f"distance of {before.group('place')} {direction} {after.group('target')}"
