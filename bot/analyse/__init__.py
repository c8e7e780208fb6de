"""The analysis: pure functions from articles to summaries, quotes, figures and stories.

Per article: `summaries` scores sentences, `quotes` finds who said what, `figures` the numbers
that matter (all read text through `text`). Across articles: `stories` groups the articles about
one event, and the quotes and figures of a story are linked across outlets.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse import stories, summaries
from bot.analyse.figures.extraction import extract_figures, link_figures
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.links import link_quotes
from bot.models import Article, ArticleAnalysis, Corpus


def analyse(article: Article) -> ArticleAnalysis:
    """Everything that can be computed from one article alone."""
    return ArticleAnalysis(
        article_id=article.id,
        scores=summaries.score_sentences(article),
        quotes=extract_quotes(article),
        figures=extract_figures(article),
    )


def link(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> Corpus:
    """The cross-article results: stories, and the same quote or figure across outlets joined."""
    found = stories.group_stories(articles, analyses)
    return Corpus(
        stories=found,
        quotes=link_quotes(articles, analyses, found),
        figures=link_figures(articles, analyses, found),
    )
