"""A capitalised run cleaned down to the name it holds: no titles, demonyms, modifiers,
generations, post-nominals or trailing possessive (`Texas-born Ada Brook's` is Ada Brook)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analyse.quotes.first_names import FIRST_NAMES
from bot.analyse.quotes.lexicon import PERSON_NOUNS, POST_NOMINALS
from bot.analyse.quotes.names import partisan
from bot.analyse.quotes.phrases import name_run_back
from bot.analyse.quotes.runs import COUNTING_WORDS, GENERATIONS, name_in_long_run

# Roles that open a sentence capitalised before a name, no part of it: `Prosecutor Ada Marsh`.
_POST_WORDS = PERSON_NOUNS | frozenset(
    ["prosecutor", "quarterback", "defender", "forward", "pitcher", "trainer", "analyst"]
)
# A capitalised modifier before a name: `Hindi-language`, `London-based`.
MODIFIER = re.compile(r"^[A-Z][\w']*-[a-z]+$")


def clean_run(words: list[str]) -> list[str]:
    """A capitalised run without titles, demonyms or a trailing possessive."""
    return list(_cleaned(tuple(words)))


@lru_cache(maxsize=8192)
def _cleaned(run: tuple[str, ...]) -> tuple[str, ...]:
    """`clean_run`, kept per run: a cast reads each run three times (its person, its count
    as a one-word name, its mention), and runs repeat across an article and its second cast."""
    words = list(run)
    start = name_run_back(words, len(words))
    while start < len(words) and words[start].endswith(("n't", "n\u2019t")):
        start += 1  # `Don't Republicans know`: a question's verb, no name
    while start < len(words) - 1 and MODIFIER.search(words[start]):
        start += 1  # `Texas-born Ada Brook`, `the Urdu-language Daily Qamar`
    kept = name_in_long_run(words[start:])
    if (
        len(kept) > 2
        and kept[0].lower() in _POST_WORDS
        and (kept[1] in FIRST_NAMES or len(kept) == 3)
    ):
        kept = kept[1:]  # `Prosecutor Ada Marsh` opening a sentence is Ada Marsh
    if kept and kept[-1].endswith(("'s", "\u2019s")):
        kept[-1] = kept[-1][:-2]
    elif kept and kept[-1].endswith(("s'", "s\u2019")):
        kept[-1] = kept[-1][:-1]  # `Lord Ennis'`
    while len(kept) > 2 and kept[-1] in GENERATIONS:
        kept.pop()  # `Joseph R. Murray II` is Joseph R. Murray
    while len(kept) > 1 and kept[-1] in POST_NOMINALS:
        kept.pop()  # `Tom Ruiz MSP` is Tom Ruiz
    if len(kept) > 2 and kept[0] in COUNTING_WORDS and partisan(kept[1:]):
        kept.pop(0)  # `Two Ohio Republicans` are Ohio Republicans
    return tuple(w for w in kept if w)
