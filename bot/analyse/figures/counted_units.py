"""A bare quantity's unit from the words after it: the noun it counts (`5,000 students`), the
group it is part of (`one of the hottest cars in the world`), a unit after an adjective
(`three straight days`)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures import rates, units
from bot.analyse.figures.counted import NOUN_WORD, STOP_WORDS, counted_noun, is_plural
from bot.analyse.figures.lexicon import is_verb
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.parents import children_unit

_PLUS_AFTER = re.compile(r"-?plus\b|-strong\b")  # "200-plus banks", "a 40-strong team"


def with_noun(text: str, quantity: Quantity) -> Quantity:
    """A bare quantity with the noun it counts as its unit ("5,000 students")."""
    if quantity.unit or quantity.kind not in {"number", "word"}:
        return quantity
    pos = quantity.end
    if plus := _PLUS_AFTER.match(text, pos):
        pos = plus.end()
    of_the = _OF_THE.match(text, pos)
    if part := _group_part(text, quantity, pos, of_the):
        return part
    spelled = quantity.kind == "word" or text[quantity.start : quantity.end].isalpha()
    if of_the and (spelled or quantity.scaled or _plural_at(text, of_the)):
        pos = of_the.end()  # "one of the students", "10 of the workers", "35m of its devices"
    noun = counted_noun(text, pos, singular=quantity.value == 1 and pos == quantity.end)
    if noun is None:
        return children_unit(text, quantity) or _after_adjective(text, quantity, pos)
    unit, end = noun
    last = unit.rsplit(" ", 1)[-1]
    head = units.measure_at(last, 0) if not last[:1].isupper() else None  # "World Cups"
    if head is not None and head[1] == len(last):
        return replace(quantity, unit=head[0], end=end)  # "517 rushing yards"
    if rate := rates.rate_at(text, end):
        unit, end = f"{unit} per {rate[0]}", rate[1]  # "500,000 cars a year"
    kind = quantity.kind + "-noun"
    return replace(quantity, unit=unit, end=end if pos == quantity.end else quantity.end, kind=kind)


def _group_part(
    text: str, quantity: Quantity, pos: int, of_the: re.Match[str] | None
) -> Quantity | None:
    """A part named by its group: "one of the hottest cars", "two of Britain's big unions"."""
    if owned := _of_an_owner(text, quantity, pos):
        return owned
    return _one_of(text, quantity, of_the.end()) if of_the else None


def _of_an_owner(text: str, quantity: Quantity, pos: int) -> Quantity | None:
    """Part of an owner's group ("one of Coke's largest deals", "two of Britain's big unions"):
    the owner and the group's noun phrase, or None."""
    owner = _OWNER_OF.match(text, pos)
    if owner is None:
        return None
    part = _one_of(text, quantity, owner.end())
    if part is None:
        noun = counted_noun(text, owner.end(), singular=False)
        if noun is None or not is_plural(noun[0].rsplit(" ", 1)[-1]):
            return None
        part = replace(quantity, unit=noun[0], kind=quantity.kind + "-noun")
    return replace(part, unit=f"{owner.group('owner')} {part.unit}")


def _plural_at(text: str, of_the: re.Match[str]) -> bool:
    """True when "of the" is followed by a plural noun phrase: "10 of the workers" counts
    workers, while "3 of the report" or "5 of the 10" name no counted noun."""
    noun = counted_noun(text, of_the.end(), singular=False)
    return noun is not None and is_plural(noun[0].rsplit(" ", 1)[-1])


def _one_of(text: str, quantity: Quantity, pos: int) -> Quantity | None:
    """A lone "one of the hottest cars in the world": the noun with the place or group phrases
    that pick it out, the way the whole group is named."""
    if quantity.kind != "word" or quantity.value != 1:
        return None
    most = _MOST.match(text, pos)
    noun = counted_noun(text, most.end() if most else pos, singular=False)
    if noun is None:
        return None
    unit, end = noun
    for _ in range(3):
        tail = _group_tail(text, end)
        if tail is None:
            break
        unit, end = f"{unit} {tail[0]}", tail[1]
    return replace(quantity, unit=unit, kind="word-noun")


_MOST = re.compile(r"(?:most|least)\s+", re.IGNORECASE)
# "one of Britain's biggest banks", "one of the world's largest", "one of al Qaeda's affiliates"
# The owner's `'s` may be lost in text stripped of apostrophes, before a superlative: "one of
# Putins harshest critics".
_OWNER_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<owner>(?:[A-Za-z][\w.&-]*\s+){0,2}?[A-Za-z][\w.&-]*?)"
    r"(?:['\u2019]s|(?<=s)['\u2019]|(?<=[a-rtv-z])s(?=\s+(?:most|least|[a-z]{2,}est)\b))\s+"
    r"(?:\d{1,3}(?:,\d{3})*\s+)?"  # the group's own count: "two of Britain's 40 unions"
)
_TAIL_START = re.compile(
    r"\s+(?P<prep>in|of|on|at|across)\s+(?:(?P<det>the|a|an|his|her|its|their|our|my|your)\s+)?"
)


def _group_tail(text: str, pos: int) -> tuple[str, int] | None:
    """A place or group phrase after a noun ("in the world", "in his life") and its end."""
    start = _TAIL_START.match(text, pos)
    if start is None:
        return None
    words: list[str] = []
    cursor = start.end()
    while len(words) < 3 and (match := NOUN_WORD.match(text, cursor)):
        if match.group("word").lower() in STOP_WORDS or is_verb(match.group("word")):
            break
        words.append(match.group("word"))
        cursor = match.end()
    if not words:
        return None
    return " ".join(w for w in (start.group("prep"), start.group("det"), *words) if w), cursor


def _after_adjective(text: str, quantity: Quantity, pos: int) -> Quantity:
    """A unit after an adjective ("three straight days") or a `-plus` ("20-plus years"), but no
    period ("2.1 last year")."""
    later = _ADJECTIVE_UNIT.match(text, pos) or _modifier(text, pos)
    if later is None and pos > quantity.end:
        measure = units.measure_at(text, pos)  # "20-plus years"
    else:
        measure = units.measure_at(text, later.end()) if later else None
    if measure is None or (measure[0] in units.DURATIONS and text[measure[1] - 1] != "s"):
        return quantity
    return replace(quantity, unit=measure[0], end=measure[1])


_ADJECTIVE_UNIT = re.compile(r"\s+(?:previous|past|last|next|full|straight|consecutive|more)(?=\s)")
# Any one lower-case word before a unit that is plural: "16 training days", "5 working days".
_MODIFIER = re.compile(r"\s*\b(?P<word>[a-z][a-z-]{2,})(?=\s+[a-z]+s\b)")


def _modifier(text: str, pos: int) -> re.Match[str] | None:
    """The one word between a number and its plural unit, unless a function word."""
    match = _MODIFIER.match(text, pos)
    return match if match and match.group("word") not in STOP_WORDS else None


# "of the", and the group's own count after it: "one of the two gunmen", "12 of their 30 games".
_OF_THE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|my|your)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)\s+(?=[a-z]))?"
)
