"""Who reports a quote another person's words are wrapped in: `Ada Brook said Tom Ruiz had
called the plan "a disgrace"` is Ada Brook's account, and the quote is credited to her.

The last speech verb before a quote is usually its attribution; when that verb sits inside the
reported clause of an earlier one (`said ... that`, `says <subject> ...`), the earlier verb's
subject is the source that vouches for the quoted words.
"""

from __future__ import annotations

import re

from bot.analyse.quotes.lexicon import ATTRIBUTING_VERBS, INDIRECT_VERBS
from bot.analyse.quotes.phrases import WEEKDAYS, Phrase, verb_positions
from bot.analyse.quotes.verb_subjects import attribution_before

# Verbs that report a clause (`said that ...`); verbs that name the quote itself (`called`) do not.
_REPORTING = frozenset(v for v in INDIRECT_VERBS - ATTRIBUTING_VERBS if not v.endswith("ing"))
_TIME = (
    rf"(?:on |last |this |early |late )?(?:{WEEKDAYS}"
    r"|today|yesterday|week|night|morning|also|later|earlier|again)\s+"
)
# A word before a name that is no link to another clause (`after Ada Brook argued`).
_ROLE_WORD = (
    r"(?!(?:after|before|when|while|as|since|because|if|until|unless|though|although|in|on|at"
    r"|to|for|with|from|of|by|and|but|or|than)\s)[a-z]+\s"
)
# What follows a reporting verb that opens its clause: `that`, or the clause's own subject,
# after a word of time (`said Sunday that`), a name with a role word before it (`says rival
# Tom Ruiz`).
_OPENS_CLAUSE = re.compile(
    rf"^\s+(?:{_TIME})?(?:that\s|(?:he|she|they|it|it['\u2019]s|the"
    rf"|(?:{_ROLE_WORD})?[A-Z][\w'\u2019.\-]*)\s)"
)


def reported_by(lead: str) -> Phrase | None:
    """The subject of the last speech verb before the quote, or of an earlier verb whose
    reported clause holds that verb."""
    inner = attribution_before(lead)
    if inner is None:
        return None
    positions = verb_positions(lead, nouns=False)
    last = max((s for s, e in positions if lead[s:e] == inner.cue), default=0)
    for start, end in positions:
        if start >= last:
            break
        clause = lead[end:last]
        if lead[start:end] not in _REPORTING or not _OPENS_CLAUSE.match(clause):
            continue
        if _broken(clause, inner):  # `After Trump argued that ..., Rubio said`
            continue
        outer = attribution_before(lead[:end])
        if outer is not None and outer.kind == "name" and outer.words != inner.words:
            return outer
    return inner


def _broken(clause: str, inner: Phrase) -> bool:
    """Whether a comma or semicolon ends the reported clause before the inner verb; not the
    comma before a participle that goes on with it (`said Ruiz broke the deal, calling it`)."""
    if inner.cue.endswith("ing"):
        clause = clause.rstrip().removesuffix(",")
    return "," in clause or ";" in clause
