"""The analysis: pure functions from articles to summaries, quotes, figures and stories."""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse import figures, quotes, stories, summaries
from bot.models import Article, ArticleAnalysis, Corpus


def analyse(article: Article) -> ArticleAnalysis:
    """Everything that can be computed from one article alone."""
    return ArticleAnalysis(
        article_id=article.id,
        scores=summaries.score_sentences(article),
        quotes=quotes.extract_quotes(article),
        figures=figures.extract_figures(article),
    )


def link(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> Corpus:
    """The cross-article results: stories, and the same quote or figure across outlets joined."""
    found = stories.group_stories(articles, analyses)
    return Corpus(
        stories=found,
        quotes=quotes.link_quotes(articles, analyses, found),
        figures=figures.link_figures(articles, analyses, found),
    )
