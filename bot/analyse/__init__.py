"""The analysis: pure functions from articles to summaries, quotes, figures and stories.

Per article: `summaries` scores sentences, `quotes` finds who said what, `figures` the numbers
that matter (all read text through `text`). Across articles: `stories` groups the articles about
one event, and the quotes and figures of a story are linked across outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse import stories, summaries
from bot.analyse.figures.extraction import extract_figures
from bot.analyse.figures.linking import link_figures
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.links import link_quotes
from bot.models import Article, ArticleAnalysis, Corpus

# Some 60 KB of text, past the longest news article. Speaker resolution and owners look back over
# the article, so the cost of an article grows faster than its length; a 5 MB body (a dump, a
# scraping accident) would otherwise hold a build or a live round for hours.
MAX_ANALYSED_SENTENCES = 400


def analysed_part(article: Article) -> Article:
    """The article as the analysis reads it: its first MAX_ANALYSED_SENTENCES sentences and
    their paragraphs. The stored article keeps all of its text."""
    if len(article.sentences) <= MAX_ANALYSED_SENTENCES:
        return article
    kept = article.sentences[:MAX_ANALYSED_SENTENCES]
    last = kept[-1].paragraph
    paragraphs = tuple(p for p in article.paragraphs if p.position <= last)
    return replace(article, sentences=kept, paragraphs=paragraphs)


def analyse(article: Article) -> ArticleAnalysis:
    """Everything that can be computed from one article alone (its first 400 sentences)."""
    article = analysed_part(article)
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
