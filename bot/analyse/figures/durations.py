"""What a duration measures: the time something takes or lasts, read from the verb phrase it
ends (`customers would get new cords within two weeks` -> `time to get new cords`, `68,400 people
have been unemployed for two years` -> `time unemployed`, `after charging in 20 minutes` -> `time
charging`). The subject of the clause is no measure of a duration: `Britain can borrow for fifty
years` measures no Britain.
"""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import clause_span, word_set
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.numbers import Quantity

DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_WORD = r"[a-z][\w'\u2019-]*"
_ENDS = r"\s+(?:for|within|in|after|over)\s*$"
# `will feed the grid in 15 years` says when, not how long: `in` ends no modal's duration.
_MODAL_ENDS = r"\s+(?:for|within|after|over)\s*$"
# A verb phrase after a modal or `to` (`would get new cords`), after a form of `be` (`have been
# unemployed`, `was closed`), or a gerund after `after` or `before` (`after charging`).
_AFTER_MODAL = re.compile(
    rf"\b(?:will|would|could|can|may|might|must|should|to)\s+(?P<pred>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
    + _MODAL_ENDS
)
_AFTER_BE = re.compile(
    rf"\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?P<pred>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
    + _ENDS
)
_GERUND = re.compile(rf"\b(?:after|before|by)\s+(?P<pred>[a-z]+ing(?:\s+{_WORD}){{0,3}}?)" + _ENDS)


def duration_measure(plain: str, quantity: Quantity) -> str:
    """`time to get new cords` for `would get new cords within two weeks`, else ""."""
    if quantity.unit not in DURATIONS:
        return ""
    start = before_qualifier(plain, quantity.start)
    begin, _ = clause_span(plain, start)
    lead = plain[begin:start]
    if found := _AFTER_MODAL.search(lead):
        words = found.group("pred").split()  # "should happen": too little to say what of
        verb = len(words) > 1 and words[0] not in _BE | _DETERMINERS  # not "true to that promise"
        return f"time to {' '.join(words)}" if verb else ""
    if found := _AFTER_BE.search(lead) or _GERUND.search(lead):
        predicate = found.group("pred")
        return "" if predicate.split()[0] in _DETERMINERS else f"time {predicate}"
    return ""  # "was a driver for four years": a noun phrase is no time of anything


_BE = word_set("be been have has had")
_DETERMINERS = word_set("a an the his her its their our my your this that")
