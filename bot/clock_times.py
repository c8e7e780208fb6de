"""How a race time written like a clock looks (`2:03:05`, `3:45.2`): read by the figures
extractor and shown as written by the briefings, so both share one pattern."""

from __future__ import annotations

import re

# Hours, minutes and seconds (`2:03:05`, `2:03:05.7`), or minutes and seconds with tenths
# (`3:45.2`), which a clock never shows.
CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<mm>\d{1,2}):(?P<ss>[0-5]\d\.\d{1,3}))(?![\d:])"
)
