"""Stories: articles about the same event, summarised together.

Two articles report the same event when their body texts are close (TF-IDF cosine, with the
named entities they share counted as well) and their dates are at most three days apart. A story
summary takes the best sentences of all its articles; a sentence that another article says too
(a near-duplicate) is kept once, in its more informative wording, listing every article as a source.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.analyse.sentences import words
from bot.analyse.summaries import score_sentences, terms
from bot.models import (
    BODY,
    UNKNOWN_SOURCE,
    Article,
    ArticleAnalysis,
    SentenceScore,
    Story,
    StorySentence,
)

MAX_DAYS = 3  # articles further apart than this report different events
SAME_EVENT = 0.25  # article similarity from which two articles are one story
ENTITY_SHARE = 0.4  # weight of shared named entities in article similarity
STORY_SENTENCES = 5  # summary length of a story told by several articles
SINGLE_SENTENCES = 3  # summary length of a story told by one article
CANDIDATES = 8  # best-ranked sentences per article considered for the story summary
SAME_STATEMENT = 0.55  # cosine + containment / 2 from which two sentences say the same thing
LONGEST_WORDING = 45  # a near-duplicate wording longer than this (in words) is never preferred

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A sentence that may enter a story summary, with what comparing it needs."""

    article_id: str
    position: int
    text: str
    score: float
    terms: frozenset[str]
    vector: Vector
    shingles: frozenset[tuple[str, ...]]


def story_id(article_ids: Iterable[str]) -> str:
    """The stable id of the story made of `article_ids`."""
    return "s" + hashlib.sha1(",".join(sorted(article_ids)).encode()).hexdigest()[:10]


def tfidf_vectors(documents: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length sparse TF-IDF vectors, the IDF taken over `documents`."""
    df = Counter(term for doc in documents for term in set(doc))
    n = len(documents)
    vectors: list[Vector] = []
    for doc in documents:
        weights = {
            term: (1.0 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1.0)
            for term, count in Counter(doc).items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({term: w / norm for term, w in weights.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit-length sparse vectors."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large.get(term, 0.0) for term, w in small.items())


def entities(article: Article) -> frozenset[str]:
    """Capitalised words that do not open their sentence: a cheap stand-in for named entities."""
    found: set[str] = set()
    for sentence in article.sentences:
        if sentence.kind == BODY:
            found.update(w.lower() for w in words(sentence.text)[1:] if w[:1].isupper())
    return frozenset(found - _common_capitals())


def _common_capitals() -> frozenset[str]:
    # Capitalised for grammar, not because they name anything.
    return frozenset({"i", "the", "a", "an", "he", "she", "it", "we", "they", "mr", "mrs", "ms"})


def article_similarity(
    vectors: Sequence[Vector], names: Sequence[frozenset[str]], i: int, j: int
) -> float:
    """How likely articles i and j report the same event (0..1)."""
    shared = names[i] & names[j]
    union = names[i] | names[j]
    jaccard = len(shared) / len(union) if union else 0.0
    return (1.0 - ENTITY_SHARE) * cosine(vectors[i], vectors[j]) + ENTITY_SHARE * jaccard


def body_terms(article: Article) -> tuple[str, ...]:
    """The content terms of the article's body (the headline counts too)."""
    texts = [article.headline, *(s.text for s in article.sentences if s.kind == BODY)]
    return tuple(term for text in texts for term in terms(text))


def candidate_pairs(vectors: Sequence[Vector], keep: int = 30) -> set[tuple[int, int]]:
    """Pairs of articles sharing one of their strongest terms (all others cannot be close)."""
    index: dict[str, list[int]] = {}
    for i, vector in enumerate(vectors):
        for term in sorted(vector, key=vector.__getitem__, reverse=True)[:keep]:
            index.setdefault(term, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :])
    return pairs


def cluster(articles: Sequence[Article]) -> list[list[int]]:
    """Indices of `articles` grouped into events, closest pairs joined first."""
    vectors = tfidf_vectors([body_terms(a) for a in articles])
    names = [entities(a) for a in articles]
    edges = sorted(
        ((article_similarity(vectors, names, i, j), i, j) for i, j in candidate_pairs(vectors)),
        reverse=True,
    )
    groups: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    owner = list(range(len(articles)))
    for similarity, i, j in edges:
        a, b = owner[i], owner[j]
        if similarity < SAME_EVENT or a == b:
            continue
        merged = groups[a] + groups[b]
        dates = [articles[k].date for k in merged]
        if (max(dates) - min(dates)).days <= MAX_DAYS:
            groups[a] = merged
            del groups[b]
            for k in merged:
                owner[k] = a
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def lead_article(members: Sequence[Article]) -> Article:
    """The article closest to the story's centre; ties go to a named source, then the longest."""
    vectors = tfidf_vectors([body_terms(a) for a in members])
    centre: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            centre[term] = centre.get(term, 0.0) + weight
    norm = math.sqrt(sum(w * w for w in centre.values())) or 1.0

    def key(k: int) -> tuple[float, bool, int, str]:
        article = members[k]
        closeness = round(cosine(vectors[k], centre) / norm, 6)
        return closeness, article.source != UNKNOWN_SOURCE, len(article.sentences), article.id

    return members[max(range(len(members)), key=key)]


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Runs of three lower-case content terms: a phrase two wordings of one statement share.

    Capitalised words are left out, since a shared name ("Russian president Vladimir Putin")
    says who is talking, not that the same thing is said.
    """
    stems = terms(" ".join(w for w in words(text) if not w[:1].isupper()))
    return frozenset(tuple(stems[i : i + 3]) for i in range(len(stems) - 2))


def candidates(
    members: Sequence[Article], scores: Mapping[str, tuple[SentenceScore, ...]], limit: int
) -> list[_Candidate]:
    """Every body sentence of the story's articles, best first, with its terms and vector."""
    body = [(a, s) for a in members for s in a.sentences if s.kind == BODY]
    stems = [terms(s.text) for _, s in body]
    vectors = tfidf_vectors(stems)
    value = {(a.id, x.position): (x.score, x.rank) for a in members for x in scores[a.id]}
    found: list[_Candidate] = []
    for (article, sentence), stem, vector in zip(body, stems, vectors, strict=True):
        score, rank = value.get((article.id, sentence.position), (0.0, limit + 1))
        if rank > limit:
            score = 0.0  # still compared for sources, never picked
        found.append(
            _Candidate(article.id, sentence.position, sentence.text, score, frozenset(stem),
                       vector, shingles(sentence.text))
        )  # fmt: skip
    return sorted(found, key=lambda c: (-c.score, c.article_id, c.position))


def distinctive(pool: Sequence[_Candidate], articles: int) -> frozenset[tuple[str, ...]]:
    """Shingles rare in the story: shared by two sentences, they mark one statement."""
    df = Counter(s for c in pool for s in c.shingles)
    return frozenset(s for s, count in df.items() if count <= 2 * articles)


def same_statement(a: _Candidate, b: _Candidate, rare: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sentences say the same thing (in the same or in other words)."""
    if not a.terms or not b.terms:
        return a.text == b.text
    containment = len(a.terms & b.terms) / min(len(a.terms), len(b.terms))
    closeness = cosine(a.vector, b.vector) + 0.5 * containment
    return closeness >= SAME_STATEMENT or containment >= 0.8 or bool(a.shingles & b.shingles & rare)


def informativeness(candidate: _Candidate) -> tuple[int, int]:
    """More distinct content terms, then more characters, is the more informative wording."""
    return len(candidate.terms), len(candidate.text)


def better_wording(kept: _Candidate, other: _Candidate) -> _Candidate:
    """The more informative of two wordings of one statement (overlong ones excluded)."""
    if len(words(other.text)) > LONGEST_WORDING:
        return kept
    return other if informativeness(other) > informativeness(kept) else kept


def pick(pool: Sequence[_Candidate], count: int, articles: int) -> list[StorySentence]:
    """Up to `count` sentences saying different things, each with every article carrying it."""
    rare = distinctive(pool, articles)
    picked: list[list[_Candidate]] = []  # each: [kept wording, every sentence saying the same]
    for candidate in pool:
        group = next((g for g in picked if same_statement(g[0], candidate, rare)), None)
        if group is not None:
            group[0] = better_wording(group[0], candidate)
            group.append(candidate)
        elif len(picked) < count and candidate.score > 0:
            picked.append([candidate, candidate])
    return [_story_sentence(group[0], group[1:]) for group in picked]


def _story_sentence(kept: _Candidate, group: Sequence[_Candidate]) -> StorySentence:
    sources = [kept.article_id, *(c.article_id for c in group)]
    return StorySentence(
        text=kept.text,
        article_id=kept.article_id,
        position=kept.position,
        sources=tuple(dict.fromkeys(sources)),
    )


def make_story(
    members: Sequence[Article], scores: Mapping[str, tuple[SentenceScore, ...]]
) -> Story:
    """One story: id, headline of its lead article, earliest date, articles and summary."""
    lead = lead_article(members)
    ordered = [lead, *sorted((a for a in members if a is not lead), key=lambda a: (a.date, a.id))]
    count = STORY_SENTENCES if len(members) > 1 else SINGLE_SENTENCES
    pool = candidates(ordered, scores, CANDIDATES)
    return Story(
        id=story_id(a.id for a in members),
        headline=lead.headline,
        date=min(a.date for a in members),
        article_ids=tuple(a.id for a in ordered),
        sentences=tuple(pick(pool, count, len(members))),
    )


def group_stories(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]
) -> tuple[Story, ...]:
    """Articles grouped into stories, each with a summary drawn from all its articles."""
    known = {a.article_id: a.scores for a in analyses}
    scores = {a.id: known[a.id] if a.id in known else score_sentences(a) for a in articles}
    stories = [make_story([articles[i] for i in g], scores) for g in cluster(articles)]
    latest = {s.id: max(a.date for a in articles if a.id in s.article_ids) for s in stories}
    return tuple(sorted(stories, key=lambda s: (-_day(latest[s.id]), -len(s.article_ids), s.id)))


def _day(when: date) -> int:
    return when.toordinal()
