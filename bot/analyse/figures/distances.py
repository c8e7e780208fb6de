"""What a distance measures: after a place, how far it lies from another (`Bouira, about 100
kilometres south of the capital Algiers` is the `distance of Bouira south of Algiers`); after
`from`, the shot or kick taken from there (`a shot at the Celtic goal from 30 yards`)."""

from __future__ import annotations

import re

from bot.analyse.figures.clause_rules import named_subject
from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.numbers import Quantity

DISTANCES = frozenset({"kilometre", "mile", "metre", "foot", "yard", "light-year"})
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
# A place name, with the small words of names such as `Casal di Principe` or `Rio de Janeiro`.
_PLACE = rf"{_NAME}(?:\s+(?:de|di|da|del|do|dos|la|le|el|al|upon|on|sur)\s+{_NAME})?"
# The place before: `close to Bouira, about`, `Casma, in the Ancash region, about`, `Birka, on
# Bjorko island, about`, `Toro, a
# village some`; blanked asides (a bracket) may sit between.
_PLACE_BEFORE = re.compile(
    rf"(?P<place>{_PLACE}),\s+(?:(?:in|on|near)\s+[^,;:()]{{1,40}},\s+)?"
    r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:village|town|city|suburb|port|district|region|"
    r"island|resort|community|hamlet|camp|base|site)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|only|over|"
    r"under|more\s+than|less\s+than)\s+)?$"
)
_DIRECTION_AFTER = re.compile(
    r"\s*(?P<direction>(?:north|south|east|west|north-east|north-west|south-east|south-west|"
    r"northeast|northwest|southeast|southwest)(?:\s+of)?|from|outside|off)\s+"
    rf"(?:the\s+(?:[a-z]+\s+){{0,2}})?(?P<target>{_PLACE}(?:\s+(?:border|coast|frontier))?)"
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
    located = _located_subject(plain, quantity.start)
    if before is not None and not _NAMED.match(located):
        located = ""  # "the farm lies near Brora, about 10 miles from": Brora's distance
    if located[:1].islower():
        located = f"the {located}"  # "distance of the planet from Earth"
    place = located or (before.group("place") if before else "")
    if not place or after is None:
        return ""
    return f"distance of {place} {after.group('direction')} {after.group('target')}"


# A verb of lying somewhere between the subject and the distance: `Sittwe ... sits on the bay,`.
_LOCATED = re.compile(
    r"\b(?P<verb>lies|lie|lay|sits|sit|sat|stands|stand|is\s+located|is\s+situated|is\s+based)"
    r"\b[^.;:]{0,60}$"
)
_NAMED = re.compile(r"[A-Z][a-z]")


def _located_subject(plain: str, start: int) -> str:
    """`Sittwe` of `Sittwe is the capital and sits on the bay, about 55 miles from`, `planet` of
    `The planet lies 47 light years from`: the subject of a verb of lying somewhere, else ""."""
    begin, _ = clause_span(plain, start)
    located = _LOCATED.search(plain, max(begin, start - 120), start)
    if located is None:
        return ""
    words = _before_located(named_subject(plain, start))
    if not words:  # "..., and lies about 47 light years from": the subject of the verb before
        words = _before_located(named_subject(plain, located.start()))
    return " ".join(words)


def _before_located(subject: str) -> list[str]:
    """The words of `subject` before a verb of lying somewhere the word lists missed (`farm lies
    near`)."""
    words = subject.split()
    return words[: next((i for i, w in enumerate(words) if w in _LOCATED_VERBS), len(words))]


_LOCATED_VERBS = frozenset({"lies", "lie", "lay", "sits", "sit", "sat", "stands", "stand"})
