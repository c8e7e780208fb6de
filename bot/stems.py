"""Word tokens and five-letter word stems: the reading of words that the analysis and the read
path share. The read path merges twin quotes and figures with them on every answer, so they sit
outside `bot.analyse` and load neither the stemmer nor the analysis rules."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

PREFIX = 5  # letters kept by `word_stems`
LINKING_STOP_WORDS = frozenset(
    """a an the and or but of in on at to for with from by as is are was were be been being it its
    this that these those there their they them we our us you your i me my he she his her him
    not no so if than then also very have has had do does did will would can could should may
    might must shall which who whom whose what when where why how all any both each more most
    other some such only own same too just about into over after before between during""".split()  # noqa: SIM905
)


def words(text: str) -> tuple[str, ...]:
    """The word tokens of `text` (letters and digits; inner apostrophes kept)."""
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """The content words of `text`, lower-cased and cut to their first `PREFIX` letters."""
    lowered = (w.lower() for w in words(text))
    return frozenset(w[:PREFIX] for w in lowered if w not in LINKING_STOP_WORDS and len(w) > 1)
