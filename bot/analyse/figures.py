"""Figures: the numbers that matter and what they measure."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Article, ArticleAnalysis, Figure, Story


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of `article`'s body sentences."""
    raise NotImplementedError


def link_figures(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis], stories: Sequence[Story]
) -> tuple[Figure, ...]:
    """All figures, with `sources` listing every article giving the same fact."""
    raise NotImplementedError
