"""Stories: articles about the same event, summarised together.

Which articles report the same event is `events`' job (their prints, grouped). A story
summary takes the best sentences of all its articles; a sentence that another article says too
(a near-duplicate) is kept once, in its more informative wording, listing every article as a source.
The summary reads in article order: by article date, then by place in the article.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.analyse.events import cluster, print_from_words
from bot.analyse.summaries import score_sentences
from bot.analyse.text.sentences import words
from bot.analyse.text.tfidf import Vector, cosine, tfidf_vectors
from bot.analyse.text.words import content_words, terms
from bot.models import (
    BODY,
    UNKNOWN_SOURCE,
    Article,
    ArticleAnalysis,
    Sentence,
    SentenceScore,
    Story,
    StoryPrint,
    StorySentence,
)

STORY_SENTENCES = 5  # summary length of a story told by several articles
SINGLE_SENTENCES = 3  # summary length of a story told by one article
CANDIDATES = 8  # best-ranked sentences per article considered for the story summary
SAME_STATEMENT = 0.62  # cosine + containment / 2 from which two sentences say the same thing
LONGEST_WORDING = 45  # a near-duplicate wording longer than this (in words) is never preferred


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


@dataclass(frozen=True, slots=True)
class _Text:
    """An article's body sentences with their terms, worked out once for every comparison."""

    article: Article
    body: tuple[Sentence, ...]
    terms: tuple[tuple[str, ...], ...]  # per body sentence
    said: tuple[tuple[str, ...], ...]  # per body sentence, names left out: what is said
    shingles: tuple[frozenset[tuple[str, ...]], ...]  # per body sentence
    everything: tuple[str, ...]  # the terms of the headline and the whole body
    event_print: StoryPrint  # what tells which event the article reports


def prepare(article: Article) -> _Text:
    """The body sentences of `article` and their terms."""
    body = tuple(s for s in article.sentences if s.kind == BODY)
    found = [content_words(s.text) for s in body]
    stems = tuple(tuple(stem for _, stem in pairs) for pairs in found)
    lower = [[stem for word, stem in pairs if not word[:1].isupper()] for pairs in found]
    said = [
        tuple(stem for word, stem in pairs if not word[:1].isupper() or starts(word, sentence))
        for pairs, sentence in zip(found, body, strict=True)
    ]
    return _Text(
        article=article,
        body=body,
        terms=stems,
        said=tuple(said),
        shingles=tuple(shingles(s) for s in lower),
        everything=(*terms(article.headline), *(t for sentence in stems for t in sentence)),
        event_print=print_from_words(article, body, found),
    )


def starts(word: str, sentence: Sentence) -> bool:
    """Whether `word` opens `sentence` (so its capital is grammar, not a name)."""
    return sentence.text.lstrip("\"'\u201c\u2018(").startswith(word)


def story_id(article_ids: Iterable[str]) -> str:
    """The stable id of the story made of `article_ids`."""
    return "s" + hashlib.sha1(",".join(sorted(article_ids)).encode()).hexdigest()[:10]


def lead_article(members: Sequence[_Text]) -> _Text:
    """The article closest to the story's centre; ties go to a named source, then the longest."""
    if len(members) == 1:
        return members[0]
    vectors = tfidf_vectors([t.everything for t in members])
    centre: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            centre[term] = centre.get(term, 0.0) + weight
    norm = math.sqrt(sum(w * w for w in centre.values())) or 1.0

    def key(k: int) -> tuple[float, bool, int, str]:
        article = members[k].article
        closeness = round(cosine(vectors[k], centre) / norm, 6)
        return closeness, article.source != UNKNOWN_SOURCE, len(article.sentences), article.id

    return members[max(range(len(members)), key=key)]


def shingles(stems: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Runs of three content terms: a phrase two wordings of one statement share.

    `prepare` leaves capitalised words out, since a shared name ("Russian president Vladimir
    Putin") says who is talking, not that the same thing is said.
    """
    return frozenset(tuple(stems[i : i + 3]) for i in range(len(stems) - 2))


def candidates(
    members: Sequence[_Text], scores: Mapping[str, tuple[SentenceScore, ...]], limit: int
) -> list[_Candidate]:
    """Every body sentence of the story's articles, best first, with its terms and vector."""
    rows = [(t, i) for t in members for i in range(len(t.body))]
    vectors = tfidf_vectors([t.said[i] for t, i in rows])
    value = {
        (t.article.id, x.position): (x.score, x.rank) for t in members for x in scores[t.article.id]
    }
    found: list[_Candidate] = []
    for (text, i), vector in zip(rows, vectors, strict=True):
        sentence = text.body[i]
        score, rank = value.get((text.article.id, sentence.position), (0.0, limit + 1))
        if rank > limit:
            score = 0.0  # still compared for sources, never picked
        found.append(
            _Candidate(text.article.id, sentence.position, sentence.text, score,
                       frozenset(text.said[i]), vector, text.shingles[i])
        )  # fmt: skip
    return sorted(found, key=lambda c: (-c.score, c.article_id, c.position))


def distinctive(pool: Sequence[_Candidate], articles: int) -> frozenset[tuple[str, ...]]:
    """Shingles rare in the story: shared by two sentences, they mark one statement."""
    df = Counter(s for c in pool for s in c.shingles)
    return frozenset(s for s, count in df.items() if count <= 2 * articles)


def sentences_say_the_same(a: _Candidate, b: _Candidate, rare: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sentences say the same thing (in the same or in other words)."""
    if not a.terms or not b.terms:
        return a.text == b.text
    shorter = min(len(a.terms), len(b.terms))
    containment = len(a.terms & b.terms) / shorter
    if cosine(a.vector, b.vector) + 0.5 * containment >= SAME_STATEMENT:
        return True
    # A short sentence is "contained" in many longer ones by chance.
    return (containment >= 0.8 and shorter >= 4) or bool(a.shingles & b.shingles & rare)


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
        group = next((g for g in picked if sentences_say_the_same(g[0], candidate, rare)), None)
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


def make_story(members: Sequence[_Text], scores: Mapping[str, tuple[SentenceScore, ...]]) -> Story:
    """One story: id, its lead article's headline, earliest date, articles (lead first), summary."""
    lead = lead_article(members)
    rest = sorted(
        (t for t in members if t is not lead), key=lambda t: (t.article.date, t.article.id)
    )
    ordered = [lead.article, *(t.article for t in rest)]
    count = STORY_SENTENCES if len(members) > 1 else SINGLE_SENTENCES
    return Story(
        id=story_id(a.id for a in ordered),
        headline=next((a.headline for a in ordered if a.headline), ""),
        date=min(a.date for a in ordered),
        article_ids=tuple(a.id for a in ordered),
        sentences=tuple(pick(candidates([lead, *rest], scores, CANDIDATES), count, len(members))),
    )


def group_stories(
    articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]
) -> tuple[Story, ...]:
    """Articles grouped into stories, newest first, each summarised from all its articles.

    Stories are ordered by their latest article's date (newest first), then by size; articles
    with no analysis among `analyses` are scored here.
    """
    known = {a.article_id: a.scores for a in analyses}
    scores = {a.id: known[a.id] if a.id in known else score_sentences(a) for a in articles}
    texts = [prepare(a) for a in articles]
    groups = cluster([t.event_print for t in texts])
    stories = [make_story([texts[i] for i in g], scores) for g in groups]
    latest = [max(articles[i].date for i in g).toordinal() for g in groups]
    ordered = sorted(
        zip(latest, stories, strict=True), key=lambda x: (-x[0], -len(x[1].article_ids), x[1].id)
    )
    return tuple(story for _, story in ordered)
