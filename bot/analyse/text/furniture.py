"""Page furniture inside a paragraph: sentences that tell the reader about the page, not the news.

Scraped news often arrives as one block, so the credit line, the links to other stories and the
copyright notice sit in the body among the sentences: `Jane Roe contributed to this report.`,
`Read more: Why the vote matters .`, `©2015 Some Magazine.`, a `March 3, 2015 .` stamp, or a
tabloid's `By . Jane Roe . PUBLISHED: 10:02 EST, 4 May 2013 .` head. A summary, a search or a
headline made from them tells the reader nothing, so such sentences are marked, not deleted: the
article keeps all of its text.

A link or a copyright notice glued to the end of a real sentence (`... airs at 9 p.m. Read more:
How the season ended .`) is cut off it first, so the news keeps its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NAME = r"(?:CNN's\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_PLACE = r"[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*){0,4}"
# Where a link, a sign-up prompt or a copyright notice starts inside a sentence.
_GLUED_START = re.compile(
    r"(?<=[.!?])\s+(?=(?:read more|read|more|related|opinion|watch|see also)\s*:"
    r"|(?:copyright\s*)?\u00a9|see the original story\b)",
    re.IGNORECASE,
)
# Who worked on a story, a name with the place it worked from: `CNN's Ann Lee in Lima`.
_PLACED = rf"{_NAME}(?:\s+(?:in|from)\s+{_PLACE})?"
_CREW = rf"{_PLACED}(?:,\s+{_PLACED})*(?:,?\s+and\s+{_PLACED})?"
_JOIN = r"(?:,\s+(?:and|while)|,|\s+and|\s+while)\s+"
_VERB = r"(?:also\s+)?(?:reported|wrote|filed)(?:\s+and\s+(?:reported|wrote))?"
# A credit: `A and B contributed to this report`, `X reported from Y and Z wrote in W`, and the
# names and places alone that end a credit split at an abbreviation (`A in Lima and B in Quito.`).
_CONTRIBUTED = re.compile(
    rf"^{_CREW}\s+(?:also\s+)?contributed"
    r"(?:\s+reporting|\s+to\s+(?:this|the)\s+(?:report|story|article))\b"
)
_CONTRIBUTED_BARE = re.compile(rf"^[A-Z]\w*['\u2019]s\s+{_CREW}\s+(?:also\s+)?contributed\s*\.?$")
_FILED = re.compile(
    rf"^{_CREW}\s+{_VERB}(?:\s+(?:this|the)\s+(?:story|report))?\s+(?:from|in)\s+{_PLACE}"
    rf"(?:{_JOIN}{_CREW}(?:\s+{_VERB})?\s+(?:from|in)\s+{_PLACE})*\s*\.?$"
)
_PLACES_ALONE = re.compile(
    rf"^{_NAME}\s+(?:in|from)\s+{_PLACE}(?:{_JOIN}{_NAME}\s+(?:in|from)\s+{_PLACE})+\s*\.$"
)
# A tabloid's byline, whole (`By Jane Roe .`) or split by its stops (`By .` then `Jane Roe .`).
_BY = re.compile(r"^by\s*\.?$", re.IGNORECASE)
_BYLINE = re.compile(rf"^[Bb]y\s+(?:\.\s+)?{_NAME}(?:(?:,|\s+and)\s+{_NAME})*\s*\.?$")
_BYLINE_NAMES = re.compile(rf"^{_NAME}(?:(?:,|\s+and)\s+{_NAME})*\s*\.?$")
_FURNITURE = re.compile(
    r"^(?:read more|read|more|related|opinion|watch|see also)\s*:"
    r"|^(?:copyright\s*)?\u00a9|^see the original story\b"
    r"|^follow(?:\s+us)?(?:\s+on\s+\w+)?\s*:?\s*@|^follow\s+(?:us\s+)?on\s+\w+\s*(?::|\.?$)"
    r"|^click here\b|^watch the (?:latest )?full episode\b|^more from(?:\s+\S+){1,4}\s*\.?$"
    r"|^the (?:views|opinions) expressed in this (?:commentary|article|column|piece)\b"
    r"|^(?:published|updated)\s*:|^last updated\b"
    rf"|^(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s*\.?$",
    re.IGNORECASE,
)
# A label alone in capitals: `TRANSCRIPT .`, `PHOTOS:`.
_LABEL = re.compile(r"^[A-Z][A-Z &'-]{2,30}\s*[.:]?$")
_PATTERNS = (
    _CONTRIBUTED, _CONTRIBUTED_BARE, _FILED, _PLACES_ALONE, _BYLINE, _FURNITURE, _LABEL
)  # fmt: skip
_LONGEST = 40  # words: a credit naming many reporters is long, a paragraph of news is longer


def mark_furniture(sentences: Sequence[str]) -> tuple[tuple[str, bool], ...]:
    """A paragraph's sentences, each link or copyright tail cut off its sentence, each piece with
    whether it is page furniture."""
    pieces = [piece for sentence in sentences for piece in _cut_tails(sentence)]
    flags = [is_furniture(piece) for piece in pieces]
    for at, piece in enumerate(pieces[:-1]):
        if _BY.match(piece) and _BYLINE_NAMES.match(pieces[at + 1]):
            flags[at] = flags[at + 1] = True
    return tuple(zip(pieces, flags, strict=True))


def _cut_tails(sentence: str) -> list[str]:
    """The sentence with a link or copyright notice glued to its end made a piece of its own."""
    bounds = [0, *(match.end() for match in _GLUED_START.finditer(sentence)), len(sentence)]
    pieces = (sentence[start:end].strip() for start, end in pairwise(bounds))
    return [piece for piece in pieces if piece]


def is_furniture(sentence: str) -> bool:
    """Whether a sentence is about the page (a credit, a link, a stamp), not the news."""
    text = sentence.strip()
    if len(text.split()) > _LONGEST:
        return False
    return any(pattern.match(text) for pattern in _PATTERNS)
