"""Nouns after a sum that the general noun reader passes over or takes wrongly: a gerund that is
a noun after a possessive or article (`last year's $69.4 million opening for Maleficent`), and a
milestone with a phrase after it (`topping the $100 million mark in total grosses`), which says
what reached it."""

from __future__ import annotations

import re

# `year's $69.4 million opening for`, `a $5m funding from`: the -ing word is the thing itself.
_DETERMINED = re.compile(
    r"(?:['\u2019]s|\b(?:a|an|the|its|their|his|her|this|that))\s+(?:[\w$\u00a3\u20ac.,-]+\s+)?$",
    re.IGNORECASE,
)
_GERUND_NOUN = re.compile(
    r"\s+(?P<noun>[a-z]{3,}ing)\s+(?P<tail>for|of)\s+(?P<whom>[A-Z\"][^,;:()]{0,40})"
)
_MILESTONE = re.compile(
    r"\s+(?:mark|milestone|barrier|threshold)\s+(?:in|for|of)\s+(?P<what>[^,;:()]{3,50})"
)
_WORDS_AFTER = 4


def gerund_noun(plain: str, start: int, end: int) -> str:
    """`opening for Maleficent` of `last year's $69.4 million opening for "Maleficent"`, else ""."""
    if not _DETERMINED.search(plain, max(0, start - 20), start):
        return ""
    found = _GERUND_NOUN.match(plain, end)
    if found is None:
        return ""
    whom = " ".join(found.group("whom").replace('"', " ").split()[:_WORDS_AFTER])
    return f"{found.group('noun')} {found.group('tail')} {whom}"


def milestone(plain: str, end: int) -> str:
    """What reached the milestone after a figure (`total domestic grosses` of `the $100 million
    mark in total domestic grosses`), else "" (`the 1000 hp barrier` is its own measure)."""
    found = _MILESTONE.match(plain, end)
    return " ".join(found.group("what").split()[:_WORDS_AFTER]) if found else ""
