"""A name written as a label before a quote: `Clinton: "..."` in a run of debate lines, or a
digest's `Turnout is up in Iowa - Ada Brook: "..."` crediting the writer it excerpts.

Capitals-only labels (`BROOK:`) are transcripts, read by `attribution.transcript_label`.
"""

from __future__ import annotations

import re

from bot.analyse.quotes.names import is_cap, tokens
from bot.analyse.quotes.phrases import Phrase

_WORD = r"[A-Z][\w'\u2019.\-]*"
_NAME = rf"(?:{_WORD}\s){{0,3}}{_WORD}"
# The whole lead, or its end after a dash: `Clinton: ` or `... overhype - HuffPollster: `; two
# writers of one piece, `Ada Brook and Tom Ruiz: `, are labelled by the first.
_NAME_LABEL = re.compile(
    rf"(?:^\s*|\s[-\u2013\u2014]+\s*)({_NAME})(?:\s+(?:and|&)\s+{_NAME})?\s*:\s*$"
)
# Labels that are no one: `Update:`, `Editor's note:`.
_NOT_NAMES = frozenset(
    "Update Note Watch Source Sources Photo Video Read Related Editor Correction Q A".split()  # noqa: SIM905
)


def name_label(lead: str) -> Phrase | None:
    """The name a label before the quote gives, or None."""
    found = _NAME_LABEL.search(lead)
    if found is None:
        return None
    words = tokens(found.group(1))
    if not words or not all(is_cap(w) for w in words) or words[-1] in _NOT_NAMES:
        return None
    return Phrase("name", tuple(words), cue=":")
