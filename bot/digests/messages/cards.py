"""A digest or an announcement as Telegram HTML: its title, one card per story, its preview."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import markup, packing, render
from bot.digests.models import Subscription
from bot.digests.schedule import local_label
from bot.models import Figure, Quote, Story

if TYPE_CHECKING:
    from bot.rows import ArticleRef

SUMMARY_SENTENCES = 3
MAX_STORIES = 10  # a digest longer than this is skimmed, not read; the rest is in /summary


@dataclass(frozen=True, slots=True)
class StoryCard:
    """What a digest shows of one story: its summary, top quote and top figure."""

    story: Story
    quote: Quote | None
    figure: Figure | None


def story_card(card: StoryCard, refs: Mapping[str, ArticleRef]) -> str:
    """Headline, a short summary tagged with its sources, the top quote and the top figure."""
    parts = [render.story_block(card.story, refs, SUMMARY_SENTENCES)]
    if card.quote is not None:
        parts.append("💬 " + render.quote_block(card.quote, refs))
    if card.figure is not None:
        parts.append("📊 " + render.figure_block(card.figure, refs))
    return "\n\n".join(parts)


def digest_messages(
    title: str, cards: Sequence[StoryCard], refs: Mapping[str, ArticleRef], more: int = 0
) -> list[str]:
    """A digest or an announcement: a title, then one card per story, split under the limits."""
    blocks = [f"<b>{markup.escape(title)}</b>"]
    blocks.extend(story_card(card, refs) for card in cards)
    if more:
        blocks.append(f"<i>{more} more new {_plural(more, 'story', 'stories')}: see /summary.</i>")
    return packing.pack(blocks)


def digest_title(count: int, topics: Sequence[str]) -> str:
    """'Your daily briefing: 3 new stories (BRICS)'."""
    about = f" ({', '.join(topics)})" if topics else ""
    return f"Your daily briefing: {count} new {_plural(count, 'story', 'stories')}{about}"


def announce_title(count: int) -> str:
    """'New in the briefing: 2 stories'."""
    return f"New in the briefing: {count} {_plural(count, 'story', 'stories')}"


def nothing_new(topics: Sequence[str]) -> str:
    """The one-line notice for a digest with nothing new."""
    about = f" about {markup.escape(', '.join(topics))}" if topics else ""
    return f"Nothing new{about} since your last digest. /settings can turn these notices off."


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def preview_header(sub: Subscription | None, zone: str) -> str:
    """The line above a /digest preview."""
    if sub is None or sub.next_at is None:
        return "Preview: this is what a daily digest would hold now. /subscribe 08:00 starts one."
    return f"Preview of your next digest ({local_label(sub.next_at, zone)}, {markup.escape(zone)})."
