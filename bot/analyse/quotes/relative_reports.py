"""Reported speech inside a relative clause: `a figure which the watchdog said was
unsustainable`, `the race, which organizers said raised $18 million`. The relative pronoun is
the reported clause's subject, so the verb of saying is followed straight by that clause's verb;
what was said is the thing the pronoun stands for and the rest of the sentence (`a figure was
unsustainable`)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.bare_clauses import FINITE, PAST_FORMS
from bot.analyse.quotes.lexicon import DETERMINERS
from bot.analyse.quotes.phrases import Phrase, subject_before

# `which the local health watchdog` right before the verb: the pronoun, then a subject of a few
# words with no comma.
_RELATIVE = re.compile(
    r"(?:^|[\s,])(?P<pronoun>which|that|who)\s+(?P<subject>(?:[\w'\u2019.-]+\s+){0,4}"
    r"[\w'\u2019.-]+)\s*$"
)
# The reported clause's own verb, straight after the verb of saying: `said would`, `said was`,
# `said raised`.
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:also|again|then|later|previously)\s+)?(?:" + FINITE + r"|\w+ed|"
    + "|".join(PAST_FORMS) + r")\b"
)  # fmt: skip
# Words of the thing a relative pronoun stands for, walked back from it: `a figure`, `the
# race`, `a 300-megawatt battery storage project`.
_ANTECEDENT_WORDS = 6
# When, after the thing: `its inflation report later this month, which`.
_TIME_AFTER = re.compile(
    r"\s+(?:(?:later|earlier)\s+)?(?:this|next|last)\s+(?:week|month|year|weekend|spring|summer|"
    r"autumn|fall|winter)$"
)
_DETERMINERS = DETERMINERS - {"this", "that"}
_STOPS = frozenset(["in", "on", "of", "for", "to", "from", "by", "with", "at", "and", "or"])


def relative_report(sentence: str, start: int, end: int, verb: str) -> tuple[Phrase, str] | None:
    """The speaker and what was said when the verb of saying at `sentence[start:end]` sits in a
    relative clause (`which economists said could show`), else None."""
    relative = _RELATIVE.search(sentence, 0, start)
    if relative is None or _CLAUSE_VERB.match(sentence, end) is None:
        return None
    phrase = subject_before(relative.group("subject"))
    if phrase is None or " ".join(phrase.words) not in relative.group("subject"):
        return None
    before = sentence[: relative.start("pronoun")]
    thing = _antecedent(before)
    if not thing or not _set_off(before, thing):
        return None  # `The man who police said had fled was caught`: the clause runs on
    return replace(phrase, cue=verb), f"{thing} {sentence[end:].strip()}"


def _set_off(before: str, thing: str) -> bool:
    """Whether the relative clause or the thing it describes is set off by a comma, so that what
    follows the verb of saying is the clause's alone (`the race, which organizers said raised`;
    `..., a figure which the watchdog said was`)."""
    before = before.rstrip()
    if before.endswith(","):
        return True
    return before[: len(before) - len(thing)].rstrip().endswith(",")


def _antecedent(before: str) -> str:
    """The noun phrase a relative pronoun follows (`the race` of `started the race, which`): back
    to its determiner, else back to the preposition before it; "" when none is in reach."""
    words = _TIME_AFTER.sub("", before.rstrip(" ,")).split()
    reach = words[-_ANTECEDENT_WORDS:]
    for back in range(len(reach) - 1, -1, -1):
        word = reach[back]
        if word.endswith((",", ";", ":")) and back < len(reach) - 1:
            break
        lowered = word.lower()
        if lowered in _DETERMINERS or lowered.endswith(("'s", "\u2019s")):
            return " ".join(reach[back:])
    kept: list[str] = []
    for word in reversed(reach):
        if word.lower() in _STOPS or word.endswith((",", ";", ":")):
            break
        kept.insert(0, word)
    return " ".join(kept[-3:])
