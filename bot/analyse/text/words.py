"""Words as the analyses compare them: stop words left out, the rest reduced to their stems.

Two ways, for two jobs:
- `terms`: the Snowball (Porter 2) English stems through sumy, with sumy's stop words
  (`rising` -> `rise`, `cities` -> `citi`): what TF-IDF weighs in summaries and stories;
- `word_stems`: the first five letters, with a short stop list, so that a translation's
  `cooperate` meets `cooperation` and `economic` meets `economy`: how quote links and the
  twins of a reply tell that two wordings say one thing (it lives in `bot.stems`, which the read
  path loads without the analysis). (Snowball stems miss such pairs and cost four times the
  time; see ARCHITECTURE.md.)
"""

from __future__ import annotations

from functools import lru_cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from bot.analyse.text.sentences import words
from bot.stems import LINKING_STOP_WORDS as LINKING_STOP_WORDS
from bot.stems import PREFIX as PREFIX
from bot.stems import word_stems as word_stems


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
