"""Children counted by their parent: `Ann Reed, a mother of three,` and `the father-of-two`
count children, not mothers or fathers; a reader asks whose children they are."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.numbers import Quantity

# `a mother of`, `the father-of-`, `grandmother of ` right before the number.
_PARENT_OF = re.compile(
    r"\b(?P<parent>(?:grand|great-grand)?(?:mother|father|parent|mum|dad))[- ]of[- ]$",
    re.IGNORECASE,
)
# `Ann Reed, a mother of `: the parent's name before the apposition.
_NAMED_PARENT = re.compile(
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,3}),\s+(?:\d{1,3},\s+)?"
    r"(?:a|the)\s+(?:single\s+|young\s+)?(?:grand|great-grand)?(?:mother|father|parent|mum|dad)"
    r"[- ]of[- ]$"
)
_REACH = 60


# `Father-of-two Mr Mousa`: the parent named right after the number.
_NAME_AFTER = re.compile(
    r"\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})"
)


def by_parent(text: str, start: int) -> bool:
    """True when the number at `start` follows `a mother of`: it counts children, whatever the
    words after it do (`A father of four killed by police` was killed; his children were not)."""
    return _PARENT_OF.search(text, max(0, start - 24), start) is not None


def children_unit(text: str, quantity: Quantity) -> Quantity | None:
    """`three` of `a mother of three` counting children (no noun after it counts them), else
    None."""
    if quantity.kind not in {"number", "word"} or not by_parent(text, quantity.start):
        return None
    return replace(quantity, unit="children", kind=quantity.kind + "-noun")


def parents_children(plain: str, quantity: Quantity) -> str:
    """`children of Ann Reed` for `Ann Reed, a mother of three,` or `Mother-of-three Ann Reed`,
    `children` for `the mother-of-two`, else ""."""
    if quantity.unit != "children" or not by_parent(plain, quantity.start):
        return ""
    named = _NAMED_PARENT.search(plain, max(0, quantity.start - _REACH), quantity.start)
    named = named or _NAME_AFTER.match(plain, quantity.end)
    return f"children of {named.group('name')}" if named else "children"
