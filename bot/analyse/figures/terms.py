"""Terms in prison: a number of years served or asked for is the prison term of the one who
serves it (`Ray Olsen should serve six years in prison` -> `prison term of Ray Olsen`, `asked for
15 years in jail for Olsen` -> `jail term for Olsen`)."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import WORD_NUMBER, Quantity
from bot.analyse.quotes.phrases import MONTHS, WEEKDAYS

_NAME = r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}"
_IN_PRISON = re.compile(r"\s+(?:in|of)\s+(?P<kind>prison|jail|gaol)\b")
_SENTENCED = re.compile(
    r"\bsentenced\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+|"
    rf"(?:{WEEKDAYS})\s+)?to\s+(?:up\s+to\s+)?$"
)
_FOR_WHOM = re.compile(rf"\s+for\s+(?P<name>{_NAME})")
# The one serving, named right before the verb: `Ray Olsen should serve`, `Olsen, 40, was given`,
# `the man, Ray Olsen, serve`.
_SERVER = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,]{{1,30}})?,?\s+(?:\w+\s+){{0,2}}?"
    r"(?:serve|serves|served|serving|face|faces|faced|facing|get|gets|got|given|sentenced)\b"
    r"[^,;:]{0,20}$"
)
# The one sentenced, described as the passive's subject: `A former billing executive was
# sentenced Tuesday to`.
_SENTENCED_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\s)(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+sentenced\b"
)
_NOT_SUBJECT = frozenset(["said", "says", "told", "and", "that", "who", "which"])
# A day is when someone was sentenced, never whom: `was sentenced Tuesday to`.
_WHEN = f"(?:{WEEKDAYS}|{MONTHS.replace('May|', '')})"  # `May` may well be whom (`May Lee`)
# The one sentenced, named as its object: `sentenced former first lady Simone Gbagbo to`.
_SENTENCED_WHOM = re.compile(
    rf"\bsentenced\s+(?:(?P<lead>(?:(?!(?:on|in|at|by|for|last|this|next)\s)[a-z][\w-]*\s+){{0,3}})"
    rf"(?!{_WHEN}\b)(?P<name>{_NAME})|(?P<group>(?:the|a|an|"
    rf"all|{WORD_NUMBER})\s+[\w][\w\s,-]{{1,60}}?))\s+to\s+(?:up\s+to\s+)?$"
)
_SENTENCED_PRONOUN = re.compile(
    r"\bsentenced\s+(?:him|her|them)\b[^,;:]{0,25}?\s+to\s+(?:up\s+to\s+)?$"
)
_NO_PRISON = re.compile(
    r"['\u2019]?\s*(?:of\s+)?(?:probation|community\s+service|supervision|under\s+house\s+arrest)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"(?:,|\s+(?:who|which|that|whose)\b).*$")
_COUNT = re.compile(rf"\b(?:{WORD_NUMBER})\s+", re.IGNORECASE)
_REACH = 80
_YEARS = frozenset({"year", "month"})


def prison_term(plain: str, quantity: Quantity) -> str:
    """`prison term of Ray Olsen` for `Ray Olsen should serve six years in prison`; "" when
    nobody is named as serving it (`fraud is punishable by six years in prison` measures fraud)."""
    if quantity.unit not in _YEARS:
        return ""
    before = plain[max(0, quantity.start - _REACH) : quantity.start]
    inside = _IN_PRISON.match(plain, quantity.end)
    sentenced = _SENTENCED_WHOM.search(before)
    unnamed = _SENTENCED_PRONOUN.search(before)  # "sentenced him on Friday to"
    if not inside and not sentenced and not unnamed and not _SENTENCED.search(before):
        return ""
    if _NO_PRISON.match(plain, quantity.end):
        return ""  # "sentenced Jones to 3 years of probation": no prison
    term = f"{inside.group('kind') if inside else 'prison'} term"
    whom = _FOR_WHOM.match(plain, inside.end()) if inside else None
    if whom:
        return f"{term} for {whom.group('name')}"
    if unnamed and not sentenced:
        return term  # someone the sentence before names: the term, not the judge's
    server = sentenced or _SERVER.search(before)
    passive = next(reversed(list(_SENTENCED_SUBJECT.finditer(before))), None)
    if passive and any(w in _NOT_SUBJECT for w in passive.group("np").split()):
        passive = None  # `A judge said the banker was sentenced`: no one's description
    if server is None and passive:
        return f"{term} of {passive.group('np')[0].lower()}{passive.group('np')[1:]}"
    if server is None:
        return ""  # `punishable by`: the crime's
    whose = server.group("name") or _COUNT.sub("", server.group("group"))  # "the men"
    lead = (server.groupdict().get("lead") or "").split()
    if server.group("name") and lead and lead[-1] in {"a", "an", "the"}:
        whose = f"{lead[-1]} {whose}"  # "sentenced an American to": not a name of its own
    whose = _CLAUSE.sub("", whose)  # "a woman who says she had a miscarriage": a woman
    return f"{term} of {whose}"
