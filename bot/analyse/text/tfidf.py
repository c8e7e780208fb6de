"""TF-IDF: how much a term says about one text among others, as unit-length vectors.

A term's weight is its log-scaled count in the text, `1 + ln(count)`, times its smoothed inverse
document frequency, `ln((1 + n) / (1 + df)) + 1`; each vector is then scaled to unit length, so a
dot product is a cosine. Summaries compare a text's sentences, stories compare articles.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Vector = dict[str, float]
Matrix = npt.NDArray[np.float64]


def tfidf_vectors(documents: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length sparse TF-IDF vectors, one per document of terms (the documents give the IDF)."""
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


def tfidf_matrix(documents: Sequence[Sequence[str]]) -> Matrix:
    """The same vectors as dense rows, a column per term in order of first use."""
    vocabulary: dict[str, int] = {}
    for doc in documents:
        for term in doc:
            vocabulary.setdefault(term, len(vocabulary))
    matrix = np.zeros((len(documents), max(len(vocabulary), 1)))
    for row, vector in enumerate(tfidf_vectors(documents)):
        for term, weight in vector.items():
            matrix[row, vocabulary[term]] = weight
    return matrix


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit-length sparse vectors: over the terms they share only (a set
    intersection, done in C), summed exactly so that the order of the terms never matters."""
    return math.fsum([a[term] * b[term] for term in a.keys() & b.keys()])
