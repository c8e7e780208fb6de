"""The ranker's weights: a conditional logit (softmax over a quote's candidates) fitted by
full-batch gradient descent in numpy. Same instances, same weights: nothing is random."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tools.speaker_ranker.instances import Instance

# Chosen on the validation part: the L2 strength made little difference between 0.0003 and 0.01.
L2 = 0.0003
STEPS = 600
RATE = 0.5


def vocabulary(instances: Sequence[Instance]) -> list[str]:
    return sorted({name for i in instances for f in i.features for name in f})


@dataclass(frozen=True, slots=True)
class Stacked:
    """All learnable instances' candidates in one matrix, grouped by instance."""

    x: np.ndarray  # candidates x features
    right: np.ndarray  # 1.0 for a right candidate
    starts: np.ndarray  # where each instance's rows begin
    group: np.ndarray  # each row's instance


def stack(instances: Sequence[Instance], names: Sequence[str]) -> Stacked:
    """The instances with a right and a wrong candidate (the others teach nothing)."""
    column = {name: j for j, name in enumerate(names)}
    learnable = [i for i in instances if any(i.right) and not all(i.right)]
    rows = [f for i in learnable for f in i.features]
    x = np.zeros((len(rows), len(names)))
    for r, features in enumerate(rows):
        for name, value in features.items():
            if name in column:
                x[r, column[name]] = value
    sizes = np.array([len(i.features) for i in learnable])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int)
    right = np.array([r for i in learnable for r in i.right], dtype=float)
    return Stacked(x, right, starts, np.repeat(np.arange(len(learnable)), sizes))


def fit(data: Stacked, l2: float) -> np.ndarray:
    """Weights maximising the log-probability of the right candidates, minus an L2 penalty."""
    weights = np.zeros(data.x.shape[1])
    count = len(data.starts)
    for _step in range(STEPS):
        scores = data.x @ weights
        scores -= np.maximum.reduceat(scores, data.starts)[data.group]
        e = np.exp(scores)
        p = e / np.add.reduceat(e, data.starts)[data.group]
        er = e * data.right
        q = er / np.add.reduceat(er, data.starts)[data.group]
        grad = l2 * weights - data.x.T @ (q - p) / count
        weights -= RATE * grad
    return weights


def train(instances: Sequence[Instance], l2: float) -> dict[str, float]:
    names = vocabulary(instances)
    weights = fit(stack(instances, names), l2)
    return {n: round(float(w), 4) for n, w in zip(names, weights, strict=True) if abs(w) >= 1e-4}
