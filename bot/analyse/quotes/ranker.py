"""A learned choice among a quote's candidate speakers: one weight per feature of `candidates`.

The weights (`speaker_weights.json`, beside this module) are fitted on human-labelled news by
`tools/train_speaker_ranker.py`; a candidate's score is the sum of its features times their
weights, and the best-scoring candidate speaks. Ties go to the rules' own choice, then to the
name, so the choice never depends on the order candidates were found in; and the rules' choice
stands unless another candidate beats it by the file's margin (the rules are tuned on hand-labelled
news, and a small edge learned elsewhere does not overrule them). The margin may differ by what
the quote's sentence gives (`pronoun`, `description`, `none`): a pronoun's rule is a guess the
ranker may overrule sooner than a rule that reads a whole attribution.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from bot.analyse.quotes.candidates import Candidate

Choice = Candidate | None

WEIGHTS = Path(__file__).with_name("speaker_weights.json")


class Chooser(Protocol):
    """Picks the speaker among candidates; `default` is the rules' own choice."""

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        """The candidate who said the quote, or None for nobody."""


class LinearRanker:
    """Scores each candidate as the weighted sum of its features."""

    def __init__(
        self,
        weights: Mapping[str, float],
        margin: float = 0.0,
        margins: Mapping[str, float] | None = None,
    ) -> None:
        self.weights = dict(weights)
        self.margin = margin  # how much better than the rules' choice a candidate must score
        self.margins = dict(margins or {})  # the margin for one kind of cue, when it differs

    def score(self, candidate: Candidate) -> float:
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in candidate.features.items())

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        fitting = [c for c in candidates if not _clashes(c)]
        if not fitting:
            return default
        best = max(fitting, key=lambda c: (round(self.score(c), 9), c is default, c.person.name))
        if default is not None and _clashes(default):
            return best  # `he` is never a body or a woman the article names as one
        margin = self.margins.get(cue_kind(candidates), self.margin)
        if default is not None and self.score(best) - self.score(default) < margin:
            return default
        return best


def _clashes(candidate: Candidate) -> bool:
    """Whether the quote's `he` or `she` cannot mean the candidate: a body, or a person of the
    other gender by name, title or role."""
    return candidate.features.get("pronoun clash", 0.0) > 0


def cue_kind(candidates: Sequence[Candidate]) -> str:
    """What the quote's sentence gave (`pronoun`, `description`, `none`), read off the features
    `candidates` prefixes with it; `name` when the candidates carry no such feature."""
    for candidate in candidates:
        for feature in candidate.features:
            kind, bar, _rest = feature.partition("|")
            if bar:
                return kind
    return "name"


class RuleChooser:
    """The ordered rules alone: always the default."""

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        return default


@cache
def default_ranker() -> LinearRanker:
    """The shipped ranker, read once."""
    return load_ranker(WEIGHTS)


def load_ranker(path: Path) -> LinearRanker:
    """A ranker from a weights file: `{"margin": m, "margins": {kind: m}, "weights": {feature:
    weight}}`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    margins = {str(k): float(v) for k, v in data.get("margins", {}).items()}
    return LinearRanker(weights, float(data.get("margin", 0.0)), margins)
