"""What a quantity measures: the subject of its clause, the noun it counts, or an `of` phrase."""

from __future__ import annotations

import re

from bot.analyse.figure_words import DECREASE, INCREASE, clause_span

_VERBS = INCREASE | DECREASE | set(
    "is are was were be been being has have had will would could can may might shall should "
    "reached hit hits totalled totaled totals total stood stands amounted amounts amount costs "
    "cost worth valued generates generated earned employs employed paid pays spent raised "
    "received sold sells bought brings brought holds held owns took takes made makes gave gives "
    "saw sees got gets said says announced reported posted recorded estimated expects expected "
    "plans averaged accounted account ended closed finished scored lists offers needs sat stand "
    "fetch fetched runs weighs measure measures tops topped exceeded traded trades stretched "
    "continued remains remained became become".split()
)
_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|some|and|but|so|also|then|"
    r"meanwhile|however|overall|total|combined)\s+)+",
    re.IGNORECASE,
)
_CONTAINER = re.compile(
    r"^(?:(?:the\s+)?(?:volume|amount|number|value|level|total|quota|share|proportion|size|"
    r"figure|sum|rate)\s+of\s+)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:between|by|more|than|less|fewer|about|around|almost|nearly|some|roughly|over|under|up|to|"
    r"just|only|a|an|the|of|at|further|another|estimated|approximately|least|as|much|many|now|"
    r"already|still|also|allegedly|reportedly|which|that|who|with|for|in|on|from|and|is|was|"
    r"are|were|has|have|had|will|be|been))+\s*$",
    re.IGNORECASE,
)
_BREAK = re.compile(r",\s+|\s+that\s+|\s+(?:as|after|when|because|if|since|since|where)\s+")
_OF_PHRASE = re.compile(r"\s+of\s+(?P<np>[^,;:.()]+)")
_NP_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|saying|reporting|to|in\s+"
    r"(?:the\s+)?(?:last|past|first)|for|from|by|at|on|than)\b.*$",
    re.IGNORECASE,
)
_MASK = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\s[–—-]\s[^–—]*?\s[–—-]\s")
_RELATIVE = re.compile(r"(?P<np>[^,;:]+),\s+(?:which|who)\s+[^,;:]*$")
MAX_WORDS = 8


def masked(text: str) -> str:
    """The sentence with brackets and dash asides blanked out, keeping every offset."""
    return _MASK.sub(lambda m: " " * len(m.group()), text)


def tidy(phrase: str) -> str:
    """A measure phrase without leading articles, containers or trailing function words."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-–—\"'“”‘’")
    for _ in range(2):
        phrase = _TRAILING.sub("", _CONTAINER.sub("", _LEADING.sub("", phrase))).strip(" ,")
    words = phrase.split()
    return " ".join(words[:MAX_WORDS])


def subject(text: str, start: int) -> str:
    """The subject of the clause before position `start`: words before its first verb."""
    begin, _ = clause_span(text, start)
    pieces = _BREAK.split(text[begin:start])
    for segment in reversed(pieces[-3:]):
        words = segment.split()
        verbs = [i for i, w in enumerate(words) if w.lower().strip(",") in _VERBS]
        found = tidy(" ".join(words[: verbs[0]]) if verbs else segment)
        if found:
            return found
    return ""


def of_phrase(text: str, end: int) -> str:
    """The noun phrase of `60 per cent of its revenue`, right after the quantity."""
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return ""
    return tidy(_NP_STOP.sub("", match.group("np")))


def antecedent(text: str, start: int) -> str:
    """The noun phrase a relative clause points back to: `the quota of X, which now amounts to`."""
    match = _RELATIVE.search(text[:start])
    if match is None:
        return ""
    phrase = match.group("np")
    determiners = list(re.finditer(r"\b(?:the|a|an|its|their|his|her|our)\s", phrase))
    if determiners:
        phrase = phrase[determiners[-1].start() :]
    return tidy(phrase)


def noun_phrase(text: str, end: int, noun: str) -> str:
    """A counted noun with its short modifiers ("workers in the United Kingdom")."""
    after = re.match(r"\s+(?:in|at|from|on|studying|working|living)\s+[^,;:.()]+", text[end:])
    tail = _NP_STOP.sub("", after.group()) if after else ""
    return tidy(noun + tail)
