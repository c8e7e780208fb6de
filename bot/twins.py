"""One entry per statement or fact: twins reported by several outlets, and echoes in one article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from bot.models import Figure, Quote
from bot.stems import word_stems

_Linked = TypeVar("_Linked", Quote, Figure)
_WORD = re.compile(r"[^\W_]+")
# The least word overlap (or value closeness) for an outlet's item to be another's twin: the
# linker only says which outlets carry a twin, not which item it is, so the closest one is picked.
MIN_LIKENESS = 0.3


def merge_reported(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """One entry per statement reported by several outlets; a direct wording beats a paraphrase."""
    merged = _merge(quotes, quote_likeness, lambda new, old: _rank(new) < _rank(old))
    return _without_echoes(merged)


def merge_figures(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    """One entry per fact reported by several outlets."""
    return _merge(figures, figure_likeness, lambda new, old: _said(new) > _said(old))


def overlap(first: str, second: str) -> float:
    """The share of the shorter text's content words found in the other (0 to 1)."""
    a, b = word_stems(first), word_stems(second)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def quote_likeness(first: Quote, second: Quote) -> float:
    """How alike two quotes are: 0 for different speakers, else their word overlap."""
    if (first.speaker or "").casefold() != (second.speaker or "").casefold():
        return 0.0
    return overlap(first.text, second.text)


def figure_likeness(first: Figure, second: Figure) -> float:
    """How alike two figures are: 0 for different units, else value closeness and shared words."""
    if first.unit.casefold() != second.unit.casefold():
        return 0.0
    low, high = sorted((abs(first.value), abs(second.value)))
    closeness = low / high if high else 1.0
    words = overlap(
        f"{first.measure} {first.period or ''}", f"{second.measure} {second.period or ''}"
    )
    return closeness if closeness < 0.5 else (closeness + words) / 2


def _said(figure: Figure) -> tuple[int, bool]:
    """How much a figure says: more words on what it measures, then an exact value."""
    return len(word_stems(figure.measure)), figure.qualifier is None


def _rank(quote: Quote) -> int:
    return {"direct": 0, "fragment": 1}.get(quote.kind, 2)


def _merge(
    items: Iterable[_Linked],
    likeness: Callable[[_Linked, _Linked], float],
    better: Callable[[_Linked, _Linked], bool],
) -> tuple[_Linked, ...]:
    """Each group of twins as one item (the best wording) where its first member stood."""
    listed = list(items)
    group = list(range(len(listed)))  # each item's group: the index of its first member
    for first, second in _pairs(listed, likeness):
        low, high = sorted((group[first], group[second]))
        group = [low if g == high else g for g in group]
    best: dict[int, _Linked] = {}
    for index, item in enumerate(listed):
        leader = group[index]
        if leader not in best or better(item, best[leader]):
            best[leader] = item
    return tuple(best[leader] for leader in sorted(best))


def _pairs(
    items: list[_Linked], likeness: Callable[[_Linked, _Linked], float]
) -> list[tuple[int, int]]:
    """Twin pairs, most alike first; an item pairs with at most one item of each other outlet."""
    by_article: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_article.setdefault(item.article_id, []).append(index)
    scored = []
    for i, item in enumerate(items):
        for other in item.sources:
            for j in by_article.get(other, ()):
                if i < j and _linked(item, items[j]):
                    score = likeness(item, items[j])
                    if score >= MIN_LIKENESS:
                        scored.append((-score, i, j))
    taken: set[tuple[int, str]] = set()  # (item, outlet article) already paired
    chosen = []
    for _, i, j in sorted(scored):
        if (i, items[j].article_id) not in taken and (j, items[i].article_id) not in taken:
            taken.update({(i, items[j].article_id), (j, items[i].article_id)})
            chosen.append((i, j))
    return chosen


def _linked(first: Quote | Figure, second: Quote | Figure) -> bool:
    return (
        first.article_id != second.article_id
        and second.article_id in first.sources
        and first.article_id in second.sources
    )


def _without_echoes(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Quotes less the ones another quote of the same article already shows."""
    kept: list[Quote] = []
    for quote in quotes:
        if quote.kind == "direct" or not _echoed(quote, quotes, kept):
            kept.append(quote)
    return tuple(kept)


def _echoed(quote: Quote, quotes: Iterable[Quote], kept: Iterable[Quote]) -> bool:
    return any(_shown_in_full(quote, q) for q in quotes) or any(
        _same_sentences(quote, k) for k in kept
    )


def _shown_in_full(fragment: Quote, other: Quote) -> bool:
    """Whether a direct quote of the same speaker and article holds all of `fragment`'s words."""
    return (
        fragment.kind == "fragment"
        and other.kind == "direct"
        and _same_voice(fragment, other)
        and _flat(fragment.text) in _flat(other.text)
    )


def _same_sentences(quote: Quote, other: Quote) -> bool:
    """Paraphrases and fragments show their sentences, so the same sentences show once."""
    return (
        other.kind != "direct"
        and _same_voice(quote, other)
        and (quote.sentences, quote.context) == (other.sentences, other.context)
    )


def _same_voice(first: Quote, second: Quote) -> bool:
    return first.article_id == second.article_id and first.speaker == second.speaker


def _flat(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
