"""A figure found in one sentence, with everything its words say about it, before the article
gives it an owner: the record every step of the extraction passes on."""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Change

# Kinds that a briefing leaves out (see the module docstring); benchmarks may keep them.
MINOR_KINDS = frozenset({"word", "word-noun", "vague", "year", "age", "event"})


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity of one sentence with everything its words say about it."""

    text: str
    start: int
    end: int
    value: float
    upper: float | None
    unit: str
    kind: str
    measure: str
    qualifier: str | None
    change: Change | None
    period: str | None
    in_period: bool  # the quantity is part of a time phrase ("five" in "the last five years")
    referring: bool = False  # its clause opens with `it` or `the company`: named earlier

    @property
    def minor(self) -> bool:
        """True for what a briefing leaves out: lone `one`, vague plurals, dates, periods, 5G."""
        return self.kind in MINOR_KINDS or self.in_period or self.unit == "G"
