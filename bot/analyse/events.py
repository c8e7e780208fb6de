"""Events: which articles report the same one, from a print of each article.

An article's print is its heaviest terms, each weighted by how often the article uses it and by how
rare its word is in English at large (wordfreq's frequencies, which ship with the package), and the
names it mentions. Since the weights come from the language and not from the other articles, the
similarity of two articles depends on those two alone: an article added to a store of thousands
meets exactly the articles, and joins exactly the groups, that a build of all of them at once
gives it. Two articles can only be alike when their dates are at most three days apart and they
share a strong term, so a store finds the candidates of a new article through an index of terms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from wordfreq import get_frequency_dict

from bot.analyse.text.sentences import words
from bot.analyse.text.tfidf import cosine
from bot.analyse.text.words import content_words
from bot.models import BODY, Article, Sentence, StoryPrint

MAX_DAYS = 3  # articles further apart than this report different events
SAME_EVENT = 0.25  # article similarity from which two articles are one story
GROUP_LINK = 0.15  # mean similarity across two groups from which they are one story
KEEP_TERMS = 40  # terms kept per article print
MIN_COSINE = 0.1  # articles less alike than this are not alike at all
ENTITY_SHARE = 0.4  # weight of shared named entities in article similarity
# The frequency given to a word rarer than wordfreq's small English list holds (about 1 in 10^6).
_RAREST = 1e-6

# Capitalised for grammar, not because they name anything.
_GRAMMAR_CAPITALS = frozenset({"i", "the", "a", "an", "he", "she", "it", "we", "they", "mr", "mrs"})

Vector = Mapping[str, float]


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("en", wordlist="small")


def rarity(word: str) -> float:
    """How unexpected `word` is in English text: the log of one over its frequency."""
    return -math.log(max(_frequencies().get(word.lower(), 0.0), _RAREST))


def story_print(article: Article) -> StoryPrint:
    """The heaviest terms of an article's headline and body, and the names in its body."""
    body = [s for s in article.sentences if s.kind == BODY]
    return print_from_words(article, body, [content_words(s.text) for s in body])


def print_from_words(
    article: Article, body: Sequence[Sentence], said: Iterable[Iterable[tuple[str, str]]]
) -> StoryPrint:
    """The print of an article from the content words of its body sentences (`said`, one
    sequence per sentence of `body`), for a caller that works them out for its own use too."""
    found = [*content_words(article.headline), *(p for words in said for p in words)]
    rare: dict[str, float] = {}
    for word, stem in found:
        rare[stem] = max(rare.get(stem, 0.0), rarity(word))
    counts = Counter(stem for _, stem in found)
    weights = {stem: (1.0 + math.log(count)) * rare[stem] for stem, count in counts.items()}
    return StoryPrint(article.id, article.date, strongest(weights), tuple(sorted(names(body))))


def strongest(weights: Mapping[str, float], keep: int = KEEP_TERMS) -> dict[str, float]:
    """The `keep` heaviest terms at unit length: enough to tell events apart."""
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:keep]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {term: w / norm for term, w in top}


def names(body: Iterable[Sentence]) -> frozenset[str]:
    """Capitalised words that do not open their sentence: a cheap stand-in for named entities."""
    found: set[str] = set()
    for sentence in body:
        found.update(w.lower() for w in words(sentence.text)[1:] if w[:1].isupper())
    return frozenset(found - _GRAMMAR_CAPITALS)


def article_similarity(cos: float, first: frozenset[str], second: frozenset[str]) -> float:
    """How likely two articles report the same event (0..1), from their cosine and entities."""
    union = first | second
    jaccard = len(first & second) / len(union) if union else 0.0
    return (1.0 - ENTITY_SHARE) * cos + ENTITY_SHARE * jaccard


def similarity(first: StoryPrint, second: StoryPrint) -> float:
    """How likely two printed articles report the same event; 0 when too far apart or unlike."""
    if abs((first.date - second.date).days) > MAX_DAYS:
        return 0.0
    cos = cosine(first.terms, second.terms)
    if cos < MIN_COSINE:
        return 0.0
    return article_similarity(cos, frozenset(first.names), frozenset(second.names))


def candidate_pairs(prints: Sequence[StoryPrint]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of prints that share a term and are at most MAX_DAYS apart."""
    by_term: dict[str, list[int]] = {}
    for index, found in enumerate(prints):
        for term in found.terms:
            by_term.setdefault(term, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in by_term.values():
        members.sort(key=lambda k: prints[k].date)
        for at, i in enumerate(members):
            for j in members[at + 1 :]:
                if (prints[j].date - prints[i].date).days > MAX_DAYS:
                    break
                pairs.add((min(i, j), max(i, j)))
    return pairs


def cluster(prints: Sequence[StoryPrint]) -> list[list[int]]:
    """Indices of `prints` grouped into events, closest pairs joined first.

    A group only grows through pairs of at least SAME_EVENT, so the groups of articles linked by
    such pairs (directly or through others) do not depend on any article outside them."""
    alike = {pair: value for pair in candidate_pairs(prints) if (value := similarity(
        prints[pair[0]], prints[pair[1]])) > 0}  # fmt: skip
    dates = [p.date for p in prints]
    groups: dict[int, list[int]] = {i: [i] for i in range(len(prints))}
    owner = list(range(len(prints)))
    ids = [p.article_id for p in prints]
    ranked = sorted(alike.items(), key=lambda x: (-x[1], *sorted((ids[x[0][0]], ids[x[0][1]]))))
    for (i, j), value in ranked:
        a, b = owner[i], owner[j]
        if value < SAME_EVENT:
            break
        if a != b and joinable(groups[a], groups[b], alike, dates):
            groups[a] += groups.pop(b)
            for k in groups[a]:
                owner[k] = a
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def joinable(
    first: Sequence[int],
    second: Sequence[int],
    alike: Mapping[tuple[int, int], float],
    dates: Sequence[date],
) -> bool:
    """Whether two groups are one event: close on average (no chains) and within the date span."""
    span = [dates[k] for k in (*first, *second)]
    if (max(span) - min(span)).days > MAX_DAYS:
        return False
    total = sum(alike.get((min(x, y), max(x, y)), 0.0) for x in first for y in second)
    return total / (len(first) * len(second)) >= GROUP_LINK
