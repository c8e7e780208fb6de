"""A share left to another: `60% of viewers watched the final, leaving ITV1 with about 13%` and
`with foreign films taking the remaining 62.5%` measure `ITV1 share of viewers` and `foreign
films share of ...`: the whole is the one the sentence's share before was of, as it is for `the
remaining 80%`."""

from __future__ import annotations

import re

from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

_LEFT_TO = re.compile(
    r"\b(?:leaving|with)\s+(?:the\s+)?(?P<owner>[A-Za-z0-9][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:with|taking)\s+(?:the\s+)?(?:remaining\s+|other\s+|rest\s+of\s+)?"
    r"(?:(?:about|around|almost|nearly|just|only|some|roughly)\s+)?$"
)
# The rest of the whole a share before was of: `20% of the project ..., and the remaining 80%`.
_REMAINING = re.compile(
    r"\b(?:the\s+)?(?:remaining|other)\s+(?:(?:about|around|almost|nearly|just|only|some|roughly)"
    r"\s+)?$",
    re.IGNORECASE,
)
_REACH = 70
_VERBS = FINITE_VERBS | IRREGULAR_VERBS


def share_left(text: str, start: int, whole: str) -> str:
    """`ITV1 share of viewers` for the share at `start` in `leaving ITV1 with 13%`, with `whole`
    the noun the share before was of (`viewers`); `ITV1 share` with none; else ""."""
    found = _LEFT_TO.search(text, max(0, start - _REACH), start)
    if found is None and not _REMAINING.search(text, max(0, start - _REACH), start):
        return ""
    words = whole.split()
    cut = next((i for i, w in enumerate(words) if _verb(w)), len(words))  # `viewers watched`
    if found is None:
        return " ".join(words[:cut])  # "the remaining 80%": of the whole the share before was of
    owner = found.group("owner")
    return f"{owner} share of {' '.join(words[:cut])}" if cut else f"{owner} share"


def _verb(word: str) -> bool:
    return word in _VERBS or (len(word) > 4 and word.endswith("ed"))
