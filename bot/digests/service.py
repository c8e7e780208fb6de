"""The digests' core, transport-free: what to send to whom and when, recorded before sending."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from bot import packing
from bot.digests import messages
from bot.digests.messages import StoryCard
from bot.digests.models import (
    ANNOUNCE,
    DIGEST,
    PENDING,
    SKIPPED,
    ChatOptions,
    Delivery,
    DeliveryStatus,
    Subscription,
)
from bot.digests.schedule import Clock, next_run, utc_now
from bot.digests.state import State
from bot.models import Figure, Quote, Story
from bot.query import Query
from bot.twins import merge_figures, merge_reported

if TYPE_CHECKING:
    from bot.rows import ArticleRef

log = logging.getLogger(__name__)


@dataclass
class _Snapshot:
    """The stories of one build, read once and shared by every chat's digest."""

    build_id: int
    stories: tuple[Story, ...]
    refs: dict[str, ArticleRef]
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    cards: dict[str, StoryCard] = field(default_factory=dict)
    rendered: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[str]] = field(
        default_factory=dict
    )


class Digests:
    """Subscriptions, schedules and the outbox of digests and announcements."""

    def __init__(
        self,
        state: State,
        query: Query,
        *,
        clock: Clock = utc_now,
        default_at: time = time(8, 0),
        on_schedule: Callable[[Subscription], None] | None = None,
    ) -> None:
        self.state = state
        self.query = query
        self.clock = clock
        self.default_at = default_at
        self.on_schedule = on_schedule  # the jobs module (re)schedules the chat's digest job
        self._snapshot: _Snapshot | None = None

    # subscriptions

    def save(self, sub: Subscription, now: datetime | None = None) -> Subscription:
        """Store a subscription with its next run computed from now, and reschedule it."""
        zone = self.state.chat(sub.chat_id).timezone
        sub = replace(sub, next_at=next_run(sub.at, zone, now or self.clock()))
        self.state.save_subscription(sub)
        if self.on_schedule is not None:
            self.on_schedule(sub)
        return sub

    def ensure_chat(self, chat_id: int, chat_type: str) -> ChatOptions:
        """The chat's options, recorded with its type the first time we hear from it."""
        chat = self.state.chat(chat_id)
        if chat.chat_type != chat_type and chat_type != "console":
            chat = replace(chat, chat_type=chat_type)
            self.state.save_chat(chat)
        return chat

    def resume(self, chat_id: int) -> bool:
        """A paused chat came back: digests resume from the next run; False if it was not paused."""
        if not self.state.set_blocked(chat_id, False):
            return False
        self.state.skip_paused(chat_id)  # what it missed comes with its next digest instead
        sub = self.state.subscription(chat_id)
        if sub is not None:
            self.save(sub)
        return True

    # what a chat would get

    def snapshot(self) -> _Snapshot:
        """The current build's stories (reread only when the build changed)."""
        build_id = self.state.build_id()
        if self._snapshot is None or self._snapshot.build_id != build_id:
            self._snapshot = _Snapshot(build_id, self.query.stories(), self.query.article_refs())
        return self._snapshot

    def new_stories(self, chat_id: int, topics: Sequence[str]) -> list[Story]:
        """Stories the chat has not had yet, matching any of `topics` (all when empty)."""
        snap = self.snapshot()
        seen = self.state.delivered_story_ids(chat_id)
        wanted: frozenset[str] | None = None
        if topics:
            wanted = frozenset().union(*(self._about(snap, t) for t in topics))
        return [s for s in snap.stories if s.id not in seen and (wanted is None or s.id in wanted)]

    def _about(self, snap: _Snapshot, topic: str) -> frozenset[str]:
        key = topic.lower()
        if key not in snap.topics:
            snap.topics[key] = frozenset(s.id for s in self.query.stories_about(topic))
        return snap.topics[key]

    def card(self, story: Story) -> StoryCard:
        """A story with its top quote and top figure."""
        snap = self.snapshot()
        if story.id not in snap.cards:
            quotes = [q for a in story.article_ids for q in self.query.quotes(a)]
            figures = [f for a in story.article_ids for f in self.query.figures(article_id=a)]
            snap.cards[story.id] = StoryCard(story, top_quote(quotes), top_figure(figures))
        return snap.cards[story.id]

    def render(self, delivery: Delivery) -> list[str]:
        """The messages of a delivery (the same for every chat sent the same stories)."""
        snap = self.snapshot()
        key = (delivery.kind, delivery.story_ids, delivery.topics)
        if key not in snap.rendered:
            snap.rendered[key] = self._render(delivery, snap)
        return snap.rendered[key]

    def _render(self, delivery: Delivery, snap: _Snapshot) -> list[str]:
        by_id = {s.id: s for s in snap.stories}
        stories = [by_id[i] for i in delivery.story_ids if i in by_id]
        if not delivery.story_ids:
            return [messages.nothing_new(delivery.topics)] if delivery.kind == DIGEST else []
        if not stories:
            return []  # rebuilt away since it was queued: nothing left to say
        title = (
            messages.announce_title(len(stories))
            if delivery.kind == ANNOUNCE
            else messages.digest_title(len(stories), delivery.topics)
        )
        return messages.digest_messages(title, [self.card(s) for s in stories], snap.refs)

    def preview(self, chat_id: int) -> list[str]:
        """What the chat's next digest would hold now (nothing is recorded)."""
        sub = self.state.subscription(chat_id)
        topics = sub.topics if sub else ()
        stories = self.new_stories(chat_id, topics)
        head = messages.preview_header(sub, self.state.chat(chat_id).timezone)
        if not stories:
            return [head + "\n" + messages.nothing_new(topics)]
        shown = stories[: messages.MAX_STORIES]
        title = messages.digest_title(len(shown), topics)
        cards = [self.card(s) for s in shown]
        more = len(stories) - len(shown)
        body = messages.digest_messages(title, cards, self.snapshot().refs, more)
        return packing.pack([head, *body])

    # the outbox

    def fire(self, sub: Subscription, now: datetime | None = None) -> Delivery | None:
        """Queue the digest that is due for `sub` (once, even after days down); plan the next."""
        now = now or self.clock()
        chat = self.state.chat(sub.chat_id)
        due = sub.next_at or now
        # the moment itself (UTC), not the local date: a digest moved to later the same day, or
        # to the same wall time in a zone further west, still runs at its new time
        key = f"{DIGEST}:{due.astimezone(UTC):%Y-%m-%dT%H:%MZ}"
        queued = self._queue_digest(sub, chat, key, now)
        self.save(sub, now)
        return queued

    def _queue_digest(
        self, sub: Subscription, chat: ChatOptions, key: str, now: datetime
    ) -> Delivery | None:
        if self.state.delivery(sub.chat_id, key) is not None:
            return None  # already queued today: a restart must not queue it twice
        stories = self.new_stories(sub.chat_id, sub.topics)[: messages.MAX_STORIES]
        status: DeliveryStatus = PENDING if stories or chat.notices else SKIPPED
        delivery = Delivery(
            sub.chat_id, key, DIGEST, tuple(s.id for s in stories), sub.topics, status,
            thread_id=sub.thread_id,
        )  # fmt: skip
        return delivery if self.state.enqueue(delivery, now) and status == PENDING else None

    def fire_due(self, now: datetime | None = None) -> list[Delivery]:
        """Queue every digest whose time has come (at start-up: the missed ones, once each)."""
        now = now or self.clock()
        queued = [self.fire(sub, now) for sub in self.state.due(now)]
        return [d for d in queued if d is not None]

    def poll_build(self, now: datetime | None = None, *, baseline: bool = True) -> list[Delivery]:
        """After a build that added stories, queue their announcements; [] when nothing changed.

        With `baseline`, the first look at a store only records its stories: a bot started on
        an old store does not announce its whole archive.
        """
        now = now or self.clock()
        build_id = self.state.build_id()
        last = self.state.meta("announced_build")
        if last == str(build_id):
            return []
        self.state.record_stories([s.id for s in self.snapshot().stories], build_id)
        fresh = self.state.stories_of_build(build_id)  # also after a crash right here
        queued = [] if last is None and baseline else self.announce(build_id, fresh, now)
        # only now: a crash before this line announces the same build again, and the
        # (chat, "announce:<build>") key keeps that from reaching anyone twice
        self.state.set_meta("announced_build", str(build_id))
        if queued:
            log.info("build %s added %d stories: %d announcements", build_id, len(fresh),
                     len(queued))  # fmt: skip
        return queued

    def announce(self, build_id: int, fresh: set[str], now: datetime) -> list[Delivery]:
        """Queue announcements of `fresh` stories to every chat that wants them."""
        queued = []
        order = [s.id for s in self.snapshot().stories if s.id in fresh]
        for chat in self.state.announce_targets():
            seen = self.state.delivered_story_ids(chat.chat_id)
            ids = tuple(i for i in order if i not in seen)[: messages.MAX_STORIES]
            delivery = Delivery(
                chat.chat_id, f"{ANNOUNCE}:{build_id}", ANNOUNCE, ids, (), PENDING,
                thread_id=chat.thread_id,
            )  # fmt: skip
            if ids and self.state.enqueue(delivery, now):
                queued.append(delivery)
        return queued


_TELLING_WORDS = 6  # a shorter quote is a phrase, not something said to the story


def top_quote(quotes: Sequence[Quote]) -> Quote | None:
    """The quote most outlets carry, direct words with a speaker first, and words that say
    something (a quoted `rest in peace` or `very sad` tells a digest reader nothing) before a
    few words."""
    merged = merge_reported(quotes)
    if not merged:
        return None
    return min(
        merged,
        key=lambda q: (
            -len(q.sources),
            q.kind != "direct",
            q.speaker is None,
            len(q.text.split()) < _TELLING_WORDS,
            q.sentences[:1],
        ),
    )


def top_figure(figures: Sequence[Figure]) -> Figure | None:
    """The figure most outlets give, with a known measure first."""
    merged = merge_figures(figures)
    if not merged:
        return None
    return min(merged, key=lambda f: (-len(f.sources), not f.measure, f.sentence))
