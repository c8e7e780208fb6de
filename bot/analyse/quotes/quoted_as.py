"""Quotes a medium passes on: `state media quoted Ada Brook as saying "..."`, `Ada Brook was
quoted as saying "..."`, `the paper reported Ada Brook saying "..."`. The one quoted speaks, not
the paper that quoted her, and `saying` is no speech verb of a subject before it."""

from __future__ import annotations

import re

from bot.analyse.quotes.names import Phrase
from bot.analyse.quotes.phrases import subject_before

_SAYING = r"\s+as\s+(?:saying|telling|stating|writing|describing|calling)\b"
# `quoted Ada Brook as saying`, `quoted a Lorish official as telling reporters`; `reported
# Ada Brook saying`, `the video shows him saying`.
_QUOTED = re.compile(
    rf"\b(?:quot(?:ed|es|ing)|cited|citing)\s+([^\"\u201c\u201d;]{{1,80}}?){_SAYING}"
    r"|\b(?:quoted|reported|cited|showed|shows|heard|recorded)\s+(?!as\s)"
    r"([^\"\u201c\u201d;,]{1,60}?)\s+(?:saying|telling|stating|writing)\b"
)
# `Ada Brook was quoted as saying`, `who has been quoted as saying`.
_PASSIVE = re.compile(
    rf"^(.*?)\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?quoted{_SAYING}"
)
# Object pronouns, read as the subject pronoun the speaker phrase holds: `quoted her as saying`.
_SUBJECTS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def quoted_speaker(*texts: str) -> Phrase | None:
    """The speaker someone is quoted as naming in the first of `texts` (the quote's sentence
    before it, after it, between its parts) that has one."""
    for text in texts:
        found = _QUOTED.search(text)
        if found is not None:
            return _phrase(found.group(1) or found.group(2))
        passive = _PASSIVE.search(text)
        if passive is not None:
            return _phrase(passive.group(1))
    return None


def _phrase(words: str) -> Phrase | None:
    """The speaker the words name, with `quoted` as its cue."""
    pronoun = _SUBJECTS.get(words.strip().lower())
    if pronoun is not None:
        return Phrase("pronoun", (pronoun,), cue="quoted")
    phrase = subject_before(words)
    return (
        None
        if phrase is None
        else Phrase(phrase.kind, phrase.words, phrase.role, phrase.article, "quoted")
    )
