"""A sentence after a quote that says whose words they were: `"..." Those were the words of
tennis analyst Ada Brook in 2001.` Feature leads open with the quote and name its speaker next."""

from __future__ import annotations

import re

from bot.analyse.quotes.names import Phrase
from bot.analyse.quotes.phrases import subject_after

_WORDS_OF = re.compile(
    r"^\s*(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?:words|thoughts|message|verdict|advice)\s+of\s+(.+)$"
)


def words_of(sentence: str) -> Phrase | None:
    """The speaker a `Those were the words of X` sentence names, or None."""
    found = _WORDS_OF.match(sentence)
    phrase = subject_after(found.group(1)) if found is not None else None
    if phrase is None:
        return None
    return Phrase(phrase.kind, phrase.words, phrase.role, phrase.article, "words of")
