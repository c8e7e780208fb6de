"""Reports wrapped in an outlet's: `"...," according to the Salem Star.` and `"...," the Salem
Star reported.` credit the quote to the outlet that carries it when nobody else in the sentence
is named saying it, and `according to a court filing by Ada Brook` to the maker of the document.

A person named with a speech verb keeps the quote (`"...," Ada Brook said, according to the Salem
Star.`): the words are hers, and a reader looking for what she said must find them. So this rule
runs after every rule that names a speaker in the sentence. Only an outlet named at the edge of
the sentence wraps it: `According to X,` opening it, or `according to X` and `X reported` after
the quote; `Ada Brook said that, according to the polls, "..."` is Ada Brook's claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.quotes.names import Phrase
from bot.analyse.quotes.phrases import subject_after, subject_before

# `According to X, ...` opening the sentence (after a conjunction).
_OPENS = re.compile(r"^\W*(?:(?:But|And|Yet|So|Still)\s+)?According to ([^,;:\"“”]+),")
# `according to X` after the quote, not inside a clause the speaker goes on with (`adding that`).
_AFTER = re.compile(r"\baccording to ([^;:\"“”]+)", re.I)
_NAME = r"(?:the\s+|The\s+)?(?:[A-Z][\w'\u2019.&\-]*+\s?){1,5}"
# `adding that, according to X, ...`: the speaker's own clause, not a wrapper.
_THAT = re.compile(r"\bthat,?\s*$")
# `, the Salem Star reported.` / `, reports the Salem Star.` closing the sentence.
_REPORTED = re.compile(
    rf",\s+(?:(?:reported|reports)\s+(?P<after>{_NAME})|(?P<before>{_NAME})\s+(?:reported|reports))"
    r"\s*[.!]?\s*$"
)
# The maker of a document the outlet is: `a court filing by Ada Brook`, `audio provided by ...`.
_BY = re.compile(r"\bby\s+(?=[a-z\s]{0,30}[A-Z])")


def wrapping_outlet(lead: str, tails: Sequence[str]) -> Phrase | None:
    """The name of the outlet or source wrapped around the quote's sentence, or None; `tails`
    are the texts after the quote's parts (`"A," Ada Brook said, according to CNN. "B."`)."""
    opening = _OPENS.match(lead)
    if opening is not None:
        return _named(opening.group(1), "according to")
    return next((p for p in map(_closing, tails) if p is not None), None)


def _closing(tail: str) -> Phrase | None:
    """The outlet named after a quote: `, according to X` or `, X reported.`."""
    after = _AFTER.search(tail) if "ccording" in tail else None
    if after is not None and not _THAT.search(tail, 0, after.start()):
        return _named(after.group(1), "according to")
    reported = _REPORTED.search(tail) if "report" in tail else None
    if reported is None:
        return None
    if reported.group("after"):
        return _named(reported.group("after"), "reported")
    phrase = subject_before(reported.group("before").strip())
    return _as_name(phrase, "reported")


def _named(text: str, cue: str) -> Phrase | None:
    """The name `text` opens with, or the name after its `by`: the maker of a document."""
    made_by = _BY.search(text)
    if made_by is not None:
        text = text[made_by.end() :]
    return _as_name(subject_after(text), cue)


def _as_name(phrase: Phrase | None, cue: str) -> Phrase | None:
    if phrase is None or phrase.kind != "name":
        return None
    return Phrase("name", phrase.words, phrase.role, phrase.article, cue)
