"""Rows of the store as models: the records query returns, and the row-to-model builders."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.models import Figure, Quote, Story, StorySentence

# Markers FTS5's highlight() wraps around a hit; control characters never occur in article text.
_HIT_OPEN, _HIT_CLOSE = "\x01", "\x02"


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """What a reply needs to name an article: its outlet, date and link."""

    id: str
    date: date
    source: str
    headline: str
    url: str | None
    story_id: str | None


@dataclass(frozen=True, slots=True)
class SourceCount:
    """An outlet and how many stored articles it gave."""

    name: str
    articles: int
    feeds: tuple[str, ...] = ()  # the followed feeds it came from (none for built articles)


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """What the store holds, for /about."""

    articles: int
    stories: int
    quotes: int
    figures: int
    sources: tuple[SourceCount, ...]
    first_date: date | None
    last_date: date | None
    built_at: str | None  # ISO UTC, as the build wrote it
    build_id: int


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A sentence matching a search, with the [start, end) character spans of the hits."""

    article_id: str
    position: int
    text: str
    spans: tuple[tuple[int, int], ...]


def ids_from(value: str | None) -> tuple[str, ...]:
    return tuple(str(v) for v in json.loads(value)) if value else ()


def spans(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and hit spans from highlight() output."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    length = 0
    for char in marked:
        if char == _HIT_OPEN:
            start = length
        elif char == _HIT_CLOSE:
            spans.append((start, length))
        else:
            text.append(char)
            length += 1
    return "".join(text), tuple(spans)


def article_ref_from(row: dict[str, Any]) -> ArticleRef:
    return ArticleRef(
        id=row["id"], date=date.fromisoformat(row["date"]), source=row["source"],
        headline=row["headline"], url=row["url"] or None, story_id=row["story_id"],
    )  # fmt: skip


def story_sentence_from(row: dict[str, Any]) -> StorySentence:
    return StorySentence(
        text=row["text"], article_id=row["article_id"], position=row["sentence_position"],
        sources=ids_from(row["sources"]),
    )  # fmt: skip


def story_from(row: dict[str, Any], sentences: dict[str, list[StorySentence]]) -> Story:
    """A story row with its sentences (grouped by story id)."""
    return Story(
        id=row["id"], headline=row["headline"], date=date.fromisoformat(row["date"]),
        article_ids=ids_from(row["article_ids"]), sentences=tuple(sentences.get(row["id"], ())),
    )  # fmt: skip


def quote_from(row: dict[str, Any]) -> Quote:
    return Quote(
        article_id=row["article_id"], text=row["text"], speaker=row["speaker"] or None,
        role=row["role"] or None, kind=row["kind"] or "direct",
        sentences=tuple(json.loads(row["sentences"] or "[]")), context=row["context"] or "",
        sources=ids_from(row["sources"]) or (row["article_id"],),
        cue=row.get("cue") or None, mention=row.get("mention") or None,
    )  # fmt: skip


def figure_from(row: dict[str, Any]) -> Figure:
    return Figure(
        article_id=row["article_id"], text=row["text"], value=float(row["value"] or 0.0),
        unit=row["unit"] or "", measure=row["measure"] or "", qualifier=row["qualifier"] or None,
        change=row["change"] or None, period=row["period"] or None,
        sentence=row["sentence"] or 0, context=row["context"] or "",
        sources=ids_from(row["sources"]) or (row["article_id"],), high=row.get("high"),
    )  # fmt: skip


def hit_from(row: dict[str, Any]) -> SentenceHit:
    text, found = spans(row["marked"])
    return SentenceHit(row["article_id"], row["position"], text, found)
