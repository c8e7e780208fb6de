"""Sentence scores for summaries.

News puts what matters first, so the score is a position prior times a centrality: PacSum's
directed, position-aware centrality (Zheng & Lapata 2019) mixed with TF-IDF closeness to the whole
text. It is damped for sentences that summarise badly: very short or long ones (reference
summaries are short, so long sentences cost precision), questions, and quote-only ones. Ranks are
handed out greedily with a redundancy penalty (MMR), so the top n never repeat themselves. The
weights were tuned on cnndm-dev and checked on BBC (tests/bench/summaries.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.analyse.text.datelines import headline_lead
from bot.analyse.text.sentences import words
from bot.analyse.text.tfidf import Matrix, tfidf_matrix
from bot.analyse.text.words import terms
from bot.models import BODY, Article, SentenceScore


@dataclass(frozen=True, slots=True)
class Weights:
    """The tuned constants of the score (tuned on cnndm-dev, checked on BBC)."""

    decay: float = 0.2  # position prior: 1 / (1 + position) ** decay
    forward: float = 1.0  # weight of similarity to later sentences
    backward: float = -0.3  # weight of similarity to earlier sentences
    threshold: float = 0.0  # fraction of the similarity range treated as noise
    centrality: float = 0.8  # share of centrality against the position prior
    centroid: float = 0.5  # share of closeness to the whole text within centrality
    short_words: int = 4  # sentences shorter than this are damped
    long_words: int = 20  # sentences longer than this are damped ...
    long_power: float = 0.5  # ... by (long_words / words) ** long_power
    question: float = 0.5  # factor for questions
    quote_only: float = 0.4  # factor for sentences that are only a quotation
    redundancy: float = 0.7  # how much similarity to a better-ranked sentence costs


WEIGHTS = Weights()
_OPENING_QUOTES = "\"'\u201c\u2018\u00ab"
_CLOSING_QUOTES = "\"'\u201d\u2019"


def directed_centrality(similarity: Matrix, weights: Weights = WEIGHTS) -> Matrix:
    """PacSum's centrality: similarity to later sentences counts, to earlier ones counts less."""
    n = similarity.shape[0]
    if n < 2:
        return np.ones(n)
    off = similarity[~np.eye(n, dtype=bool)]
    low, high = float(off.min()), float(off.max())
    edges = np.clip(similarity - (low + weights.threshold * (high - low)), 0.0, None)
    np.fill_diagonal(edges, 0.0)
    later = np.triu(edges, 1).sum(axis=1)
    earlier = np.tril(edges, -1).sum(axis=1)
    raw = weights.forward * later + weights.backward * earlier
    spread = float(raw.max() - raw.min())
    return (raw - raw.min()) / spread if spread > 0 else np.ones(n)


def sentence_factor(text: str, weights: Weights = WEIGHTS) -> float:
    """How well a sentence reads on its own in a summary (1 = no objection)."""
    count = len(words(text))
    factor = 1.0
    if count < weights.short_words:
        factor *= (count + 1) / (weights.short_words + 1)
    elif count > weights.long_words:
        factor *= (weights.long_words / count) ** weights.long_power
    stripped = text.rstrip(_CLOSING_QUOTES + " )")
    if stripped.endswith("?"):
        factor *= weights.question
    if text and text[0] in _OPENING_QUOTES and text.rstrip()[-1] in _CLOSING_QUOTES:
        factor *= weights.quote_only
    return factor


def centrality(vectors: Matrix, similarity: Matrix, weights: Weights = WEIGHTS) -> Matrix:
    """Directed centrality mixed with closeness to the whole text, both scaled to 0..1."""
    centre = vectors.sum(axis=0)
    closeness = vectors @ centre
    top = float(closeness.max()) if closeness.size else 0.0
    closeness = closeness / top if top > 0 else np.ones(len(vectors))
    directed = directed_centrality(similarity, weights)
    mixed: Matrix = (1.0 - weights.centroid) * directed + weights.centroid * closeness
    return mixed


def base_scores(texts: Sequence[str], weights: Weights = WEIGHTS) -> tuple[Matrix, Matrix]:
    """Each sentence's score before redundancy, and the sentences' cosine similarities."""
    vectors = tfidf_matrix([terms(t) for t in texts])
    similarity = vectors @ vectors.T
    prior = 1.0 / (1.0 + np.arange(len(texts))) ** weights.decay
    central = centrality(vectors, similarity, weights)
    mix = (1.0 - weights.centrality) + weights.centrality * central
    factors = np.array([sentence_factor(t, weights) for t in texts])
    return prior * mix * factors, similarity


def greedy_ranks(scores: Matrix, similarity: Matrix, redundancy: float) -> tuple[int, ...]:
    """Indices in rank order: best first, each pick penalised by its overlap with earlier picks."""
    n = len(scores)
    chosen: list[int] = []
    overlap = np.zeros(n)
    left = np.ones(n, dtype=bool)
    for _ in range(n):
        value = np.where(left, scores * (1.0 - redundancy * overlap), -np.inf)
        best = int(np.argmax(value))
        chosen.append(best)
        left[best] = False
        overlap = np.maximum(overlap, similarity[best])
    return tuple(chosen)


def rank_texts(texts: Sequence[str], weights: Weights = WEIGHTS) -> tuple[tuple[float, int], ...]:
    """(score, rank) for each text, in the given order; rank 1 is the best."""
    if not texts:
        return ()
    scores, similarity = base_scores(texts, weights)
    order = greedy_ranks(scores, similarity, weights.redundancy)
    rank = {index: place + 1 for place, index in enumerate(order)}
    return tuple((float(scores[i]), rank[i]) for i in range(len(texts)))


def score_sentences(article: Article) -> tuple[SentenceScore, ...]:
    """A score and a rank for every body sentence of `article`.

    The score is a sentence's own worth; the rank also weighs what better-ranked sentences
    already say, so the best n ranks make a summary of n sentences without repeats. The lead
    sentence the headline was made from comes last.
    """
    body = [s for s in article.sentences if s.kind == BODY]
    ranked = rank_texts([s.text for s in body])
    scores = tuple(
        SentenceScore(position=s.position, score=score, rank=rank)
        for s, (score, rank) in zip(body, ranked, strict=True)
    )
    made_from = headline_source(article)
    return scores if made_from is None else demoted(scores, made_from)


def headline_source(article: Article) -> int | None:
    """The position of the lead sentence when the headline is that whole sentence: a summary
    that repeats it under the headline tells the reader nothing new. A headline cut from the lead
    with `…` keeps the lead in the summary, since only there does the reader get all of it (and
    dropping it costs about 2.5 ROUGE-1 points on CNN/DailyMail, below the lead baseline)."""
    lead = next((s for s in article.sentences if s.kind == BODY), None)
    if lead is None or not article.headline:
        return None
    return lead.position if article.headline == headline_lead(lead.text) else None


def demoted(scores: Sequence[SentenceScore], position: int) -> tuple[SentenceScore, ...]:
    """The scores with the sentence at `position` ranked last and scored 0 (never picked while
    others are left), the ranks below it moved up by one."""
    old = next(s.rank for s in scores if s.position == position)
    return tuple(
        SentenceScore(s.position, 0.0, len(scores))
        if s.position == position
        else SentenceScore(s.position, s.score, s.rank - 1 if s.rank > old else s.rank)
        for s in scores
    )


def summary_positions(scores: Sequence[SentenceScore], n: int = 3) -> tuple[int, ...]:
    """Positions of the `n` best-ranked sentences, in article order."""
    best = sorted(scores, key=lambda s: s.rank)[: max(n, 0)]
    return tuple(sorted(s.position for s in best))
