"""Sentence scores for summaries (the only importer of sumy)."""

from __future__ import annotations

from bot.models import Article, SentenceScore


def score_sentences(article: Article) -> tuple[SentenceScore, ...]:
    """A score and a rank for every body sentence of `article`."""
    raise NotImplementedError
