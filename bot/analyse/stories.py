"""Stories: articles about the same event, summarised together."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Article, ArticleAnalysis, Story


def group_stories(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]
) -> tuple[Story, ...]:
    """Articles grouped into stories, each with a summary drawn from all its articles."""
    raise NotImplementedError
