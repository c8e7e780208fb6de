"""One entry per statement or fact: twins reported by several outlets, and echoes in one article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from bot.models import Figure, Quote

_Linked = TypeVar("_Linked", Quote, Figure)
_WORD = re.compile(r"[^\W_]+")
_STEM = 5  # compare words by their first letters, so "cooperate" meets "cooperation"
_STOP = frozenset(
    ("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he",
     "her", "his", "in", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their",
     "there", "they", "this", "to", "was", "we", "were", "will", "with")
)  # fmt: skip
# The least word overlap (or value closeness) for an outlet's item to be another's twin: the
# linker only says which outlets carry a twin, not which item it is, so the closest one is picked.
MIN_LIKENESS = 0.3


def merge_reported(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """One entry per statement reported by several outlets; a direct wording beats a paraphrase."""
    merged = _merge(quotes, quote_likeness, lambda new, old: _rank(new) < _rank(old))
    return _without_echoes(merged)


def merge_figures(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    """One entry per fact reported by several outlets."""
    return _merge(figures, figure_likeness, lambda new, old: False)


def stems(text: str) -> frozenset[str]:
    """The content words of `text`, casefolded and cut to their first letters."""
    words = (w.casefold() for w in _WORD.findall(text))
    return frozenset(w[:_STEM] for w in words if w not in _STOP)


def overlap(first: str, second: str) -> float:
    """The share of the shorter text's content words found in the other (0 to 1)."""
    a, b = stems(first), stems(second)
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


def _rank(quote: Quote) -> int:
    return {"direct": 0, "fragment": 1}.get(quote.kind, 2)


def _merge(
    items: Iterable[_Linked],
    likeness: Callable[[_Linked, _Linked], float],
    better: Callable[[_Linked, _Linked], bool],
) -> tuple[_Linked, ...]:
    """Drop each item whose twin (the most alike item of an outlet it names) came earlier."""
    kept: list[_Linked] = []
    paired: set[tuple[int, str]] = set()  # (kept index, outlet article) already matched
    for item in items:
        twin = _twin(kept, paired, item, likeness)
        if twin is None:
            kept.append(item)
            continue
        paired.add((twin, item.article_id))
        if better(item, kept[twin]):
            kept[twin] = item
    return tuple(kept)


def _twin(
    kept: list[_Linked],
    paired: set[tuple[int, str]],
    item: _Linked,
    likeness: Callable[[_Linked, _Linked], float],
) -> int | None:
    """The index of the kept item most like `item` among those the two name as twins."""
    best, best_score = None, MIN_LIKENESS
    for index, other in enumerate(kept):
        if not _linked(item, other) or (index, item.article_id) in paired:
            continue
        score = likeness(item, other)
        if score >= best_score:
            best, best_score = index, score + 1e-9  # ties go to the earlier item
    return best


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
        other.kind != "direct" and _same_voice(quote, other) and quote.sentences == other.sentences
    )


def _same_voice(first: Quote, second: Quote) -> bool:
    return first.article_id == second.article_id and first.speaker == second.speaker


def _flat(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
