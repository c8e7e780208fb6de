"""The noun a bare number counts: `5,000 students`, `two cosmetics labels`, `one man`."""

from __future__ import annotations

import re

from bot.analyse.figure_words import VERBS, word_set

_NOT_NOUNS = {v for v in VERBS if not v.endswith(("s", "ed"))} | {"thanks", "poised", "trending"}
STOP_WORDS = _NOT_NOUNS | word_set(
    "of in on at by for from with to and or but the a an than as per who which that whose "
    "whom is was were are be been being has have had will would could should can may might "
    "must do did does said says say told its their his her our my your this these those there "
    "here it they he she we you i so if when while after before since until into onto over "
    "under about around between across against during each every all some any no not more "
    "most less such also only just even still yet already now then ago earlier later last "
    "next year years behind beyond within without through toward towards near inside outside "
    "via among amid upon off out down up month months week weeks day days time times"
)
_NOUN_WORD = re.compile(r"\s*(?P<word>[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z])")
_PLURAL_IRREGULAR = {"people", "men", "women", "children", "staff", "police", "cattle", "personnel"}
_SKIP_FIRST = {"more", "additional", "extra", "other", "further", "combined"}


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _PLURAL_IRREGULAR or lower.endswith(("men", "people")):
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def counted_noun(text: str, pos: int, singular: bool) -> tuple[str, int] | None:
    """The counted noun phrase right after a bare number (`5,000 students`), and its end."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 5 and (match := _NOUN_WORD.match(text, cursor)):
        word = match.group("word")
        cursor = match.end()
        if not words and word.lower() in _SKIP_FIRST:
            continue  # "eight more picks" counts picks
        if word.lower() == "and" and words and not singular:
            words.append((word, cursor))  # "digital and physical sales"
            continue
        if word.lower() in STOP_WORDS or (singular and words and word.endswith("s")):
            break
        words.append((word, cursor))
        following = _NOUN_WORD.match(text, cursor)
        if following and _is_plural(word) and _is_plural(following.group("word")):
            continue  # "two cosmetics labels"
        if _is_plural(word) or (singular and len(words) == 2):
            break
    while words and words[-1][0].lower() == "and":
        words.pop()
    return _noun_phrase(text, words, singular)


def _noun_phrase(text: str, words: list[tuple[str, int]], singular: bool) -> tuple[str, int] | None:
    if not words:
        return None
    if _is_plural(words[-1][0]) or singular:
        return " ".join(w for w, _ in words), words[-1][1]
    first, end = words[0]
    following = _NOUN_WORD.match(text, end)
    if first.islower() and following and following.group("word").lower() not in STOP_WORDS:
        return first, end  # "a 12 page document", "a 3 cylinder engine"
    return None
