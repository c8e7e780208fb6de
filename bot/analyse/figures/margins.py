"""A winning margin: `pulled away to win by four lengths`, `Leeds beat Hull by three points`,
`a victory by 0.05 seconds`, and a lead: `Leeds moved three points clear`. The number is by how
much one side won or leads, not a count of lengths or points its subject owns (`Leeds points`)."""

from __future__ import annotations

import re

from bot.analyse.figures.clause_rules import named_subject
from bot.analyse.figures.lexicon import PERSONAL_PRONOUNS, word_set
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.numbers import Quantity

# A win, then `by` right before the number: `won the race by`, `a victory by a full`.
_WON_BY = re.compile(
    r"\b(?P<win>win|wins|won|winning|victory|victories|beat|beats|beaten|beating|defeated|"
    r"defeating|edged|edging|triumphed)\b[^,;:.!?]{0,40}?\bby\s+(?:a\s+(?:full\s+|mere\s+|clear\s+)?)?$",
    re.IGNORECASE,
)
_REACH = 60  # the win and the words between it and the number
_NO_WINNERS = PERSONAL_PRONOUNS | word_set("this that")


def winning_margin(plain: str, quantity: Quantity) -> str:
    """`Leeds margin of victory` of `Leeds beat Hull by three points`, `margin of victory` when the
    winner is no name, `margin of defeat` for the side beaten (`the bill was defeated by`);
    else ""."""
    at = before_qualifier(plain, quantity.start)
    found = _WON_BY.search(plain, max(0, at - _REACH), at)
    if found is None:
        return ""
    lost = _PASSIVE.search(plain, max(0, found.start("win") - 12), found.start("win"))
    margin = "margin of defeat" if lost else "margin of victory"  # "the bill was defeated by"
    side = named_subject(plain, found.start("win"))
    words = side.split()
    named = 0 < len(words) <= 3 and side[:1].isupper() and words[0].lower() not in _NO_WINNERS
    named = named and not any(c.isdigit() for c in side)
    return f"{side} {margin}" if named else margin


_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be)\s+$", re.IGNORECASE)


# A lead told by what a side is clear of the rest by: `moved three points clear at the top`.
_CLEAR = re.compile(r"\s+clear\b")
# What a side leads the rest by; a bare number after a side (`two clear of Watson`) too.
_LEADS = frozenset(
    ["point", "points", "goal", "goals", "shot", "shots", "stroke", "strokes", "length",
     "lengths", "second", "seconds", "run", "runs", "lap", "laps", "", "ahead"]
)  # fmt: skip
# The side a deed leaves clear, its object: `put Ireland`, `moves them`, `took the club`.
_PUT_CLEAR = re.compile(
    r"\b(?:put|puts|putting|move|moves|moved|moving|took|takes|taking|left|leaves|leaving|"
    r"lifted|lifts|sent|sends)\s+(?P<side>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}|"
    r"them|him|her|it|us|the\s+[a-z]+)\s+$"
)


def lead_clear(plain: str, quantity: Quantity) -> str:
    """`lead of Leeds` of `Leeds moved three points clear` or `put Leeds three points clear`,
    `lead` when the side is no name; else ""."""
    if not _CLEAR.match(plain, quantity.end) or str(quantity.unit) not in _LEADS:
        return ""  # `keep 2 metres clear of the doors`: no one leads
    at = before_qualifier(plain, quantity.start)
    if put := _PUT_CLEAR.search(plain, max(0, at - _REACH), at):
        side = put.group("side")  # "would have put Ireland nine points clear"
        return f"lead of {side}" if side[:1].isupper() else "lead"
    side = named_subject(plain, quantity.start)
    words = side.split()
    named = 0 < len(words) <= 3 and side[:1].isupper() and words[0].lower() not in _NO_WINNERS
    return f"lead of {side}" if named and not any(c.isdigit() for c in side) else "lead"
