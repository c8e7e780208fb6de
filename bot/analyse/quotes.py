"""Quotes and who said them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Article, ArticleAnalysis, Quote, Story


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quote of `article` with its speaker."""
    raise NotImplementedError


def link_quotes(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis], stories: Sequence[Story]
) -> tuple[Quote, ...]:
    """All quotes, with `sources` listing every article that reports the same statement."""
    raise NotImplementedError
