"""The noun phrase a relative clause points back to: `the quota of X, which now amounts to
5,000 tonnes` measures the quota, `a squad that contained 17 players` the squad's players."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import QUALIFIED, VERBS, is_verb, tidy, word_set
from bot.analyse.figures.measures import (
    ANTECEDENT_REACH,
    from_determiner,
    noun_run,
)

# A relative clause reaching the number, with no clause of its own opened inside (`downloads,
# who would travel when they could buy the song for 70p`: the song is priced, not downloads).
_RELATIVE = re.compile(
    r"(?P<np>[^,;:]+),\s+(?:which|who)\s+(?:(?!\b(?:when|because|if|while|unless)\b)[^,;:])*$"
)


# "Maria who was 10", "a maximum investment per person which is 50000": no comma, a bare copula.
_BARE_RELATIVE = re.compile(r"(?P<np>[^,;:]+)\s+(?:which|who)\s+(?:is|was|are|were)\s+$")


def antecedent(text: str, start: int) -> str:
    """The noun phrase a relative clause points back to: `the quota of X, which now amounts to`."""
    window = text[max(0, start - ANTECEDENT_REACH) : start]
    relative = "which" in window or "who" in window  # both readings need one: a cheap test
    match = (_RELATIVE.search(window) or _BARE_RELATIVE.search(window)) if relative else None
    if match is None:
        return _that_antecedent(QUALIFIED.sub(" ", window))
    phrase = match.group("np")
    if named := _NAMED_LAST.search(phrase):
        return named.group("name")  # "soothing relations with Nissan, which is 43% owned"
    phrase = from_determiner(phrase)
    if any(w.lower() in VERBS for w in phrase.split()):
        phrase = noun_run(phrase)  # "has struggled to recover from poor data" -> "poor data"
    phrase = tidy(phrase)
    return "" if phrase[:1].isdigit() or phrase[:1] in "$\u00a3\u20ac\u00a5" else phrase


# A name right before the comma after `with`, `by`, `from` or `to`: the clause is about it.
_NAMED_LAST = re.compile(
    r"\b(?:with|by|from|to)\s+(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2})\s*$"
)


# `a Louisville defense that gave up 517 yards`: a short `that` clause right before the figure.
_THAT_RELATIVE = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+that\s+"
    r"(?P<verb>[a-z]+)(?:\s+[a-z]+){0,2}\s*$"
)


def _that_antecedent(window: str) -> str:
    """The noun phrase a short `that` clause points back to, when the clause opens with a verb
    (`a squad that contained 17 players`) and the phrase has none (`the firm said that`)."""
    found = _THAT_RELATIVE.search(window)
    if found is None:
        return ""
    verb = found.group("verb")
    words = found.group("np").split()
    agreeing = verb.endswith("s") and not words[-1].endswith("s")  # "a plume that extends"
    if not (is_verb(verb) or verb.endswith("ed") or agreeing) or any(is_verb(w) for w in words):
        return ""
    return "" if words[-1].lower() in _CONTENT_CLAUSES else tidy(" ".join(words))


# Nouns whose `that` opens what they say, not a relative clause: `the fact that prices rose`.
_CONTENT_CLAUSES = word_set("fact idea news view hope claim belief sign evidence report warning")
