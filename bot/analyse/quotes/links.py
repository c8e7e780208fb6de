"""The same statement reported by several articles of one story, found by the words it shares.

Two quotes are one statement when they come from different articles of the same story, have the
same speaker, and at least half the content words of the shorter one (and at least three) appear
in the other, leaving out the story's topic words (those in more than 30% of its quotes). Words
are compared by their first five letters, a crude stem that lets a translation's `cooperate`
meet `cooperation`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.text.words import word_stems
from bot.models import Article, ArticleAnalysis, Quote, Story

MIN_SHARED = 3
MIN_SHARE = 0.5
# A word in more than this share of a story's quotes is its topic (`Latin`, `America`,
# `Russia`), shared by statements that are not the same; it does not count towards a link.
TOPIC_SHARE = 0.3
MIN_QUOTES_FOR_TOPIC = 6


def topic_stems(quotes: Sequence[Quote]) -> frozenset[str]:
    """The words so common across a story's quotes that sharing them proves nothing."""
    if len(quotes) < MIN_QUOTES_FOR_TOPIC:
        return frozenset()
    counts = Counter(stem for q in quotes for stem in word_stems(q.text))
    return frozenset(stem for stem, n in counts.items() if n > TOPIC_SHARE * len(quotes))


def quotes_report_one_statement(
    first: Quote, second: Quote, topic: frozenset[str] = frozenset()
) -> bool:
    """Whether two quotes of different articles report one statement by one speaker."""
    if first.article_id == second.article_id or not first.speaker or not second.speaker:
        return False
    if first.speaker.casefold() != second.speaker.casefold():
        return False
    a, b = word_stems(first.text) - topic, word_stems(second.text) - topic
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(a), len(b))


def link_quotes(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis], stories: Sequence[Story]
) -> tuple[Quote, ...]:
    """All quotes, with `sources` listing every article that reports the same statement."""
    order = {a.id: i for i, a in enumerate(articles)}
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    by_story: dict[str, list[Quote]] = defaultdict(list)
    for analysis in analyses:
        for quote in analysis.quotes:
            by_story[story_of.get(quote.article_id, quote.article_id)].append(quote)
    topics = {story: topic_stems(quotes) for story, quotes in by_story.items()}
    voices: dict[tuple[str, str], list[Quote]] = defaultdict(list)  # one speaker's quotes
    for story, quotes in by_story.items():
        for quote in quotes:
            voices[story, (quote.speaker or "").casefold()].append(quote)
    linked: list[Quote] = []
    for analysis in analyses:
        for quote in analysis.quotes:
            story = story_of.get(quote.article_id, quote.article_id)
            peers = voices[story, (quote.speaker or "").casefold()]
            others = {
                q.article_id for q in peers if quotes_report_one_statement(quote, q, topics[story])
            }
            rest = sorted(others, key=lambda aid: (order.get(aid, len(order)), aid))
            linked.append(replace(quote, sources=(quote.article_id, *rest)))
    return tuple(linked)
