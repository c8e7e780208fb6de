"""The digests' words: digests, announcements and confirmations as Telegram HTML (pure).

Split by what they answer (`cards`: digests and announcements; `subscriptions`; `settings`;
`channels`) and offered here as one module, so callers say `messages.subscribed(...)` whatever
module holds the words.
"""

from __future__ import annotations

from bot.digests.messages.cards import (
    MAX_STORIES,
    SUMMARY_SENTENCES,
    StoryCard,
    announce_title,
    digest_messages,
    digest_title,
    nothing_new,
    preview_header,
    story_card,
)
from bot.digests.messages.channels import (
    ChannelRights,
    channel_bound,
    channel_name,
    channel_refused,
    channel_unbound,
    channel_usage,
    private_only,
)
from bot.digests.messages.settings import option_notice, settings_text
from bot.digests.messages.subscriptions import (
    TOPIC_ECHO,
    admins_only,
    bad_time,
    bad_zone,
    not_subscribed,
    resumed,
    schedule_line,
    subscribed,
    subscriptions_list,
    telegram_only,
    too_many_topics,
    topic_removed,
    topic_unknown,
    topics_label,
    unsubscribed_all,
    zone_set,
    zone_shown,
)

__all__ = [
    "MAX_STORIES",
    "SUMMARY_SENTENCES",
    "TOPIC_ECHO",
    "ChannelRights",
    "StoryCard",
    "admins_only",
    "announce_title",
    "bad_time",
    "bad_zone",
    "channel_bound",
    "channel_name",
    "channel_refused",
    "channel_unbound",
    "channel_usage",
    "digest_messages",
    "digest_title",
    "not_subscribed",
    "nothing_new",
    "option_notice",
    "preview_header",
    "private_only",
    "resumed",
    "schedule_line",
    "settings_text",
    "story_card",
    "subscribed",
    "subscriptions_list",
    "telegram_only",
    "too_many_topics",
    "topic_removed",
    "topic_unknown",
    "topics_label",
    "unsubscribed_all",
    "zone_set",
    "zone_shown",
]
