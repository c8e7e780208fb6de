"""Particles that belong to their verb: `up` of `set up 30 clinics` says no rise; but a share or
points after `opened up` are a rise (`Shares opened up 3%`)."""

from __future__ import annotations

import re

# Verbs whose `up` is a particle of what they do to their object, not a rise: `set up 30
# clinics`, `flagged up eight flaws`, `picked up 12 awards`.
PHRASAL_UP = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|set|sets|setting|put|puts|"
    r"putting|gave|drew|drawn|broke|bought|grew|grown|growing|(?:flag|pick|sign|snap|buy|round|draw|open|give|free|"
    r"dream|cook|split|break|cover|clean|mop|line|sum|call|look|dig|wrap|throw)"
    r"(?:s|ed|ged|ped|ing|ging|ping)?)\s+up\W*$",
    re.IGNORECASE,
)


# Verbs whose `up` is a rise before a share or points: `opened up 3%`, `opens up 20 points`.
_OPENED = re.compile(r"\bopen(?:s|ed|ing)?\s+up\W*$", re.IGNORECASE)
_CHANGE_FIGURE = re.compile(r"[\d.]+\s*(?:%|per\s*cent|percent|points?\b|pts\b)", re.IGNORECASE)


def phrasal_up(text: str, end: int, figure: str) -> bool:
    """True when the `up` ending `text[:end]` is its verb's particle, not a rise, for the figure
    written `figure` after it."""
    before = text[:end]
    if PHRASAL_UP.search(before) is None:
        return False
    return not (_OPENED.search(before) and _CHANGE_FIGURE.match(figure))
