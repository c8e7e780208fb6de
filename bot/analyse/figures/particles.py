"""Particles that belong to their verb: `up` of `set up 30 clinics` says no rise."""

from __future__ import annotations

import re

# Verbs whose `up` is a particle of what they do to their object, not a rise: `set up 30
# clinics`, `flagged up eight flaws`, `picked up 12 awards`.
PHRASAL_UP = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|set|sets|setting|put|puts|"
    r"putting|gave|drew|drawn|broke|bought|(?:flag|pick|sign|snap|buy|round|draw|open|give|free|"
    r"dream|cook|split|break|cover|clean|mop|line|sum|call|look|dig|wrap|throw)"
    r"(?:s|ed|ged|ped|ing|ging|ping)?)\s+up\W*$",
    re.IGNORECASE,
)
