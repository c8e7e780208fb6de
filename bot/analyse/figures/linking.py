"""The same fact across the articles of one story: two figures agree when their units match,
their changes do not disagree, their values agree within 1% or through a qualifier (`more than
doubled` agrees with `2.3 times`, `almost 5,000` with 4,800), and a measure word of one appears in
the other's measure or sentence (`exchanges` in a sentence about trade, `trade between ...`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.figures.lexicon import word_set
from bot.models import Article, ArticleAnalysis, Figure, Story

CLOSE = 0.01  # values within 1% are the same value


def link_figures(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis], stories: Sequence[Story]
) -> tuple[Figure, ...]:
    """All figures, with `sources` listing every article of the same story giving the same fact."""
    figures_of = {analysis.article_id: analysis.figures for analysis in analyses}
    story_of = {article_id: story for story in stories for article_id in story.article_ids}
    linked: list[Figure] = []
    for analysis in analyses:
        story = story_of.get(analysis.article_id)
        others = [a for a in story.article_ids if a != analysis.article_id] if story else []
        for figure in analysis.figures:
            sources = [
                a for a in others if any(same_fact(figure, f) for f in figures_of.get(a, ()))
            ]
            linked.append(replace(figure, sources=(analysis.article_id, *sources)))
    return tuple(linked)


def same_fact(one: Figure, other: Figure) -> bool:
    """True when two figures state the same fact: same unit, consistent values, shared subject."""
    if _unit_key(one.unit) != _unit_key(other.unit):
        return False
    if one.change and other.change and one.change != other.change:
        return False
    return consistent(one, other) and _related(one, other)


def consistent(one: Figure, other: Figure) -> bool:
    """True when the values agree, reading qualifiers: "more than doubled" agrees with 2.3 times."""
    if abs(one.value - other.value) <= CLOSE * max(abs(one.value), abs(other.value)):
        return True
    return _within(one, other.value) or _within(other, one.value)


def _within(bound: Figure, value: float) -> bool:
    """True when `value` is among the values the qualified figure `bound` allows."""
    limit = bound.value
    checks = {
        "more than": value > limit,
        "at least": value >= limit,
        "less than": value < limit,
        "up to": value <= limit,
        "almost": 0.9 * limit <= value <= limit,
        "approximately": abs(value - limit) <= 0.1 * abs(limit),
    }
    return checks.get(bound.qualifier or "", False)


_FUNCTION_WORDS = word_set(
    "the a an of in on at to and or for by with from than between this that its their his her "
    "our has have had is was were are be been will would said says"
)


def _content_words(text: str) -> set[str]:
    found = re.findall(r"[a-z][a-z'-]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in found} - _FUNCTION_WORDS


def _related(one: Figure, other: Figure) -> bool:
    """True when either figure's measure words appear in the other's measure or sentence."""
    mine, theirs = _content_words(one.measure), _content_words(other.measure)
    if mine & theirs:
        return True
    return bool(mine & _content_words(other.context)) or bool(theirs & _content_words(one.context))


def _unit_key(unit: str) -> str:
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in unit.lower().split())
