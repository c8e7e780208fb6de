"""A race's distance used as its name: `the Olympic 100m champion`, `4x400m relay gold`, `the
men's 200m`, `a 10km race`. Such a distance says which event, not how far anything went, so a
briefing leaves it out (kind `event`); a benchmark in CQE's schema still counts it as a length.
A distance that is no standard event (`a 30m fall`) or has no event word by it stays a figure."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity

# Distances that events are run, swum or walked over, in metres and in kilometres.
_METRES = (
    r"(?:50|60|100|110|150|200|300|400|500|600|800|1,?000|1,?500|1,?600|2,?000|3,?000|5,?000"
    r"|10,?000)"
)
_KILOMETRES = r"(?:3|4|5|8|10|12|15|20|21|25|30|42|50|100)"
_DISTANCE = re.compile(
    rf"(?:(?P<metres>{_METRES})\s?(?:m|metres?|meters?)"
    rf"|(?P<km>{_KILOMETRES})\s?(?:km|kilometres?|kilometers?|k))\b(?![-'\u2019])",
    re.IGNORECASE,
)
# The legs of a relay before its distance: the `4x` of `4x100m`.
_RELAY_BEFORE = re.compile(r"\b\d\s?x\s?$")
# Words that may stand between the distance and its event word: `100m world record`.
_QUALIFIERS = (
    r"(?:world|olympic|indoor|outdoor|national|british|european|commonwealth|american|us|african|"
    r"asian|junior|senior|short-course|long-course|cross[- ]country|road|individual|women's|men's)"
)
_EVENT_WORDS = (
    r"(?:hurdles?|hurdlers?|relays?|freestyle|backstroke|breaststroke|butterfly|medley|"
    r"steeplechase|titles?|champions?|championships?|crown|gold|silver|bronze|medals?|"
    r"medallists?|medalists?|finals?|semi-finals?|heats?|records?|victory|win|runners?|"
    r"specialists?|events?|races?|walk|sprints?|sprinters?|star|queen|king|personal\s+best|season's\s+best)"
)
_EVENT_AFTER = re.compile(rf"\s+(?:{_QUALIFIERS}\s+){{0,2}}{_EVENT_WORDS}\b", re.IGNORECASE)
# `the men's 200m`, `the women's 1500m`: a category of runners before the distance.
_CATEGORY_BEFORE = re.compile(r"\b(?:men's|women's|boys'|girls'|men\u2019s|women\u2019s)\s+$")
# `won the 100m in 10.9 seconds`, `ran 20.1 seconds in the 200m.`: a race run or won, with no
# noun after its distance.
_RACED_BEFORE = re.compile(
    r"\b(?:in|won|wins?|winning|ran|runs?|running|contested|contests?)\s+the\s+$", re.IGNORECASE
)
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|at|on|for|and|with|after|before)\b")


def race_event(text: str, quantity: Quantity) -> Quantity | None:
    """The distance at `quantity` as a race's name (kind `event`, its length as its value), or
    None when it is a length of something or no standard distance."""
    start = quantity.start
    relay = _RELAY_BEFORE.search(text, max(0, start - 4), start)
    glued = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$\u00a3\u20ac\u00a5.,")
    found = _DISTANCE.match(text, start)
    if found is None or (glued and not relay):
        return None
    named = (
        _EVENT_AFTER.match(text, found.end())
        or _CATEGORY_BEFORE.search(text, max(0, start - 12), start)
        or (
            _RACED_BEFORE.search(text, max(0, start - 16), start)
            and _NOTHING_COUNTED_AFTER.match(text, found.end())
        )
    )
    if not named and not relay:
        return None
    if found.group("metres"):
        value, unit = float(found.group("metres").replace(",", "")), "metre"
    else:
        value, unit = float(found.group("km")), "kilometre"
    return Quantity(start, found.end(), value, unit=unit, kind="event")
