"""The order a story's summary is read in.

A story stores its picked sentences best first, so that whoever shows only a few keeps the best;
what is shown is then put in reading order, the way the articles told it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from bot.models import StorySentence


def reading_order(
    sentences: Iterable[StorySentence], article_ids: Sequence[str], dates: Mapping[str, date]
) -> tuple[StorySentence, ...]:
    """`sentences` by their article's date (on one day, in the story's article order: the lead
    first), then by their place in the article. An article of unknown date reads first."""
    place = {article_id: n for n, article_id in enumerate(article_ids)}

    def key(sentence: StorySentence) -> tuple[date, int, int]:
        article = sentence.article_id
        return (dates.get(article, date.min), place.get(article, len(place)), sentence.position)

    return tuple(sorted(sentences, key=key))


def shown(
    sentences: Sequence[StorySentence],
    article_ids: Sequence[str],
    dates: Mapping[str, date],
    count: int | None = None,
) -> tuple[StorySentence, ...]:
    """The best `count` of a story's sentences (stored best first; all when None), in reading
    order."""
    return reading_order(sentences[:count], article_ids, dates)
