"""How well a ranker chooses, and the margins it ships with.

The margins (how far a candidate must beat the rules' choice: one for quotes whose sentence
gives a pronoun, one for the others) are chosen by cross-validation over five article folds (a
fold's articles are never fitted when it is scored), among the pairs that keep the seeds perfect
and the own hand-labelled gold as right as the rules alone keep it.
"""

from __future__ import annotations

import itertools
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tools.speaker_ranker.fitting import L2, train
from tools.speaker_ranker.instances import Instance

MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0)
RULES_ONLY = 99.0  # a margin no candidate beats: the rules decide
FOLDS = 5
# The cue kind whose quotes get a margin of their own (see `ranker.cue_kind`).
OWN_MARGIN_KIND = "pronoun"
OWN_WEIGHT = 5  # each own-gold quote counts this many times: our hand labels, not a parser's

Margins = tuple[float, float]  # (for pronoun quotes, for the others)


def accuracy(
    instances: Sequence[Instance], weights: dict[str, float] | None, margins: Margins = (0, 0)
) -> float:
    """Share of instances whose chosen candidate is right (the rules' choice when no weights),
    as the shipped ranker chooses: the best, unless it beats the rules' by less than the margin
    of the quote's cue kind."""
    return sum(is_right(i, weights, margins) for i in instances) / max(1, len(instances))


def is_right(item: Instance, weights: dict[str, float] | None, margins: Margins) -> bool:
    pick = item.default if weights is None or not item.features else _pick(item, weights)
    if weights is not None and item.default >= 0 and pick != item.default:
        margin = margins[0] if _kind(item) == OWN_MARGIN_KIND else margins[1]
        scores = [sum(weights.get(n, 0.0) * v for n, v in f.items()) for f in item.features]
        pick = item.default if scores[pick] - scores[item.default] < margin else pick
    return pick >= 0 and item.right[pick]


def _kind(item: Instance) -> str:
    """The cue kind the features are prefixed with, as `ranker.cue_kind` reads it."""
    for features in item.features:
        for name in features:
            kind, bar, _rest = name.partition("|")
            if bar:
                return kind
    return "name"


def _pick(item: Instance, weights: dict[str, float]) -> int:
    scores = [sum(weights.get(n, 0.0) * v for n, v in f.items()) for f in item.features]
    return max(range(len(scores)), key=lambda i: (round(scores[i], 9), i == item.default))


def own_fold(item: Instance) -> int:
    return zlib.crc32(item.article.encode("utf-8")) % 2


def fold_of(article: str) -> int:
    return zlib.crc32(article.encode("utf-8")) % FOLDS


def choose_margins(
    instances: list[Instance], own: list[Instance]
) -> tuple[Margins, dict[str, float]]:
    """The weights fitted on all `instances` and the own gold, and the margins with the best
    cross-validated accuracy on train (each fold scored by weights fitted without its articles,
    and without the half of the own gold it is checked on) among those that keep the seeds
    perfect when cross-validated and the own gold as right as the rules alone keep it, when
    cross-validated or, failing that, with the weights fitted on everything (as the shipped
    ranker scores it). Ties go to the smaller margins: the ranker learned from thousands of
    quotes, and a margin that buys nothing only keeps its better choices out."""
    final = train(instances + own * OWN_WEIGHT, L2)
    fitted = _Fitted(_fold_models(instances, own), final, accuracy(own, None))
    print(f"rules alone: train {accuracy(instances, None):.4f}  own gold {fitted.floor:.4f}")
    print(f"speaker among the candidates: {reach(instances)}")
    ranked = [
        _rank(margins, instances, own, fitted)
        for margins in itertools.product((*MARGINS, RULES_ONLY), repeat=2)
    ]
    return max(ranked)[-1], fitted.final


@dataclass(frozen=True, slots=True)
class _Fitted:
    """The weights of each fold (fitted without its articles), those fitted on all, and how
    right the rules alone keep the own gold."""

    folds: list[dict[str, float]]
    final: dict[str, float]
    floor: float


def _fold_models(instances: list[Instance], own: list[Instance]) -> list[dict[str, float]]:
    """Weights for each fold: fitted without its articles and the half of the own gold it is
    checked on."""
    models = []
    for k in range(FOLDS):
        half = [i for i in own if own_fold(i) != k % 2]
        models.append(
            train([i for i in instances if fold_of(i.article) != k] + half * OWN_WEIGHT, L2)
        )
    return models


def _rank(
    margins: Margins, instances: list[Instance], own: list[Instance], fitted: _Fitted
) -> tuple[bool, int, float, tuple[float, float], Margins]:
    """One pair of margins scored (and printed): whether it is allowed, its cross-validated
    right choices on train and on the own gold, and the smaller margins first on ties."""
    models, final = fitted.folds, fitted.final
    seeds = [i for i in own if i.article.startswith("seeds/")]
    val = sum(is_right(i, models[fold_of(i.article)], margins) for i in instances)
    mine = _cross(own, models, margins)
    on_all = accuracy(own, final, margins)
    kept = on_all >= fitted.floor and accuracy(seeds, final, margins) == 1
    seeded = _cross(seeds, models, margins) == 1
    print(
        f"margins {margins}: train (cross-validated) {val / len(instances):.4f}  "
        f"own gold {mine:.4f} (fitted on all: {on_all:.4f})  "
        f"seeds {'perfect' if seeded else 'not perfect'}"
    )
    allowed = seeded and (mine >= fitted.floor or kept)
    return allowed, val, mine, (-margins[0], -margins[1]), margins


def reach(instances: Sequence[Instance]) -> str:
    """How many quotes of each cue kind have their speaker among the candidates: the most any
    ranker can get right."""
    kinds: dict[str, list[bool]] = defaultdict(list)
    for item in instances:
        kinds[_kind(item)].append(any(item.right))
    return "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(kinds.items()))


def _cross(items: list[Instance], models: list[dict[str, float]], margins: Margins) -> float:
    right = sum(is_right(i, models[own_fold(i)], margins) for i in items)
    return right / max(1, len(items))
