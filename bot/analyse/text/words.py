"""Words as the analyses compare them: stop words left out, the rest reduced to their stems.

Two ways, for two jobs:
- `terms`: the Snowball (Porter 2) English stems through sumy, with sumy's stop words
  (`rising` -> `rise`, `cities` -> `citi`): what TF-IDF weighs in summaries and stories;
- `word_stems`: the first five letters, with a short stop list, so that a translation's
  `cooperate` meets `cooperation` and `economic` meets `economy`: how quote links and the
  twins of a reply tell that two wordings say one thing. (Snowball stems miss such pairs and
  cost four times the time; see ARCHITECTURE.md.)
"""

from __future__ import annotations

from functools import lru_cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from bot.analyse.text.sentences import words


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    return Stemmer("english")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words too common to say what a text is about (sumy's English list), lower-cased."""
    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lower-cased word."""
    return str(_stemmer()(word))


def content_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word as written, its stem) for each content word of `text` (stop words left out)."""
    stop = stop_words()
    return tuple((w, stem(w.lower())) for w in words(text) if w.lower() not in stop)


def terms(text: str) -> tuple[str, ...]:
    """The stemmed content words of `text` (stop words left out)."""
    return tuple(stem for _, stem in content_words(text))


PREFIX = 5  # letters kept by `word_stems`
LINKING_STOP_WORDS = frozenset(
    """a an the and or but of in on at to for with from by as is are was were be been being it its
    this that these those there their they them we our us you your i me my he she his her him
    not no so if than then also very have has had do does did will would can could should may
    might must shall which who whom whose what when where why how all any both each more most
    other some such only own same too just about into over after before between during""".split()  # noqa: SIM905
)


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """The content words of `text`, lower-cased and cut to their first `PREFIX` letters."""
    lowered = (w.lower() for w in words(text))
    return frozenset(w[:PREFIX] for w in lowered if w not in LINKING_STOP_WORDS and len(w) > 1)
