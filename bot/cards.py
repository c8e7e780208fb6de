"""Inline-mode cards: a quote, a figure or a story as a result that posts formatted HTML."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot import markup, packing, render
from bot.models import Figure, Quote, Story
from bot.rows import ArticleRef


@dataclass(frozen=True, slots=True)
class InlineCard:
    """One inline-mode result: `message` is the Telegram-HTML it posts."""

    id: str  # at most 64 bytes
    title: str
    description: str
    message: str


def short_key(*parts: str) -> str:
    """A 12-hex-digit digest of `parts`: short enough for ids and callback data."""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def story_card(story: Story, refs: Mapping[str, ArticleRef]) -> InlineCard:
    """A story's headline, outlets and summary."""
    message = packing.pack([render.story_block(story, refs)])[0]
    names = _names(story.article_ids, refs)
    return InlineCard(f"s{short_key(story.id)}", markup.clip(story.headline, 100), names, message)


def quote_card(quote: Quote, refs: Mapping[str, ArticleRef]) -> InlineCard:
    """Who said it, the words, and the outlets."""
    who = quote.speaker or "Unattributed"
    words = markup.clip(quote.text, 80)
    title = f"{who}: {words}" if quote.kind == "indirect" else f"{who}: “{words}”"
    message = packing.pack([render.quote_block(quote, refs)])[0]
    ident = f"q{short_key(quote.article_id, title, message)}"
    return InlineCard(ident, title, _names(quote.sources or (quote.article_id,), refs), message)


def figure_card(figure: Figure, refs: Mapping[str, ArticleRef]) -> InlineCard:
    """The value, what it measures, and the outlets."""
    title = f"{render.figure_value(figure)}: {markup.clip(figure.measure, 80)}"
    message = packing.pack([render.figure_block(figure, refs)])[0]
    ident = f"f{short_key(figure.article_id, title, message)}"
    return InlineCard(ident, title, _names(figure.sources or (figure.article_id,), refs), message)


def distinct(cards: Iterable[InlineCard]) -> list[InlineCard]:
    """The cards without repeats: Telegram rejects a whole answer whose result ids repeat, and a
    card's id is a digest of everything it shows, so equal ids are the same card twice."""
    return list({card.id: card for card in cards}.values())


def _names(ids: tuple[str, ...], refs: Mapping[str, ArticleRef]) -> str:
    """The card's second line: outlets and date, so a card from an article that names no outlet
    still says when it was reported."""
    return render.byline_text(ids, refs)
