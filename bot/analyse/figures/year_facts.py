"""What a year that is the main fact of its clause measures: `Argentina will join in 2024` is
the year `Argentina will join`."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import tidy


def year_measure(plain: str, start: int) -> str:
    """What a year that is the fact measures: `Argentina will join` of `will join in 2024`."""
    before = re.sub(r"\b(?:in|by)\s+$", "", plain[:start])
    pieces = re.split(r",|;|\band\b|\bthat\b|\bwhich\b|\bwho\b", before)
    return tidy(pieces[-1])
