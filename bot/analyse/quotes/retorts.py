"""Retorts: `Ada Brook shot back`, `Tom Ruiz fired back:`, whose verb alone (`shot`, `fired`)
is no speech verb and is read only with its `back`."""

from __future__ import annotations

import re

from bot.analyse.quotes.names import Phrase, name_run_back, tokens

_NAME = r"((?:[A-Z][\w'\u2019.\-]*\s){0,3}[A-Z][\w'\u2019.\-]*)"
_BACK = r"\s+(shot|fired|hit)\s+back\b"
# After the quote: `," Ada Brook shot back.` or `," Ada Brook shot back with a laugh.`
_AFTER = re.compile(rf"^[\s,]*{_NAME}{_BACK}")
# Before it: `Ada Brook fired back forcefully: "..."`, `Ada Brook fired back that the "..."`.
_BEFORE = re.compile(rf"{_NAME}{_BACK}(?:\s+[a-z]+)?\s*(?:[,:]|that\b[^.;:\"\u201c\u201d]*)?\s*$")


def retort(lead: str, tail: str) -> Phrase | None:
    """The name of whoever shoots or fires back at the quote, after it or before it."""
    if "back" not in lead and "back" not in tail:
        return None
    found = _AFTER.match(tail) or _BEFORE.search(lead)
    if found is None:
        return None
    words = tokens(found.group(1))
    start = name_run_back(words, len(words))
    if start == len(words):
        return None
    return Phrase("name", tuple(words[start:]), cue=f"{found.group(2)} back")
