"""Money a named subject took, earned, won, raised, was fined, set aside, paid back or cost: `The
film took $20m` measures `film takings`, `Second place scoops $2m` measures `Second place prize`,
`Barclays set aside £1.5bn` measures `Barclays provision`.

A sum right after a verb of taking in money (`took`, `has grossed`, `made`, `earned`) says what
its subject brought in, so the measure is that subject with the noun of the verb: `Jugnot made 5m
euros` is `Jugnot earnings`. `cost` counts only in a relative clause (`The show, which cost £2m
to stage` is `show cost`); a plain `Printers cost £34` is a price, left to the subject rule. The
subject of `which` is the phrase the clause points back to, and a participle after a comma (`...,
earning 3m euros`) shares the subject of its main clause. A participle with no comma (`staff
earning over £50,000`) is a threshold, not earnings, and is left to `earner`.
"""

from __future__ import annotations

import re

from bot.analyse.figures.antecedents import antecedent
from bot.analyse.figures.lexicon import HEAD_PREPOSITIONS, TAKE_FORMS, is_verb, tidy, word_set
from bot.analyse.figures.readable import SUBORDINATORS, measure_flaw
from bot.analyse.figures.subjects import subject, topic
from bot.analyse.figures.sums import named_only
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

# The noun each verb of taking in money gives its sum.
_NOUNS = dict.fromkeys(TAKE_FORMS, "takings") | {
    "grossed": "takings", "grosses": "takings", "grossing": "takings",
    "made": "earnings", "makes": "earnings", "earned": "earnings", "earns": "earnings",
    "earning": "earnings", "netted": "earnings", "pocketed": "earnings",
    "cost": "cost", "costs": "cost",
    "scoops": "prize", "scooped": "prize", "scoop": "prize", "scooping": "prize",
    "raised": "money raised", "raises": "money raised",
    "fined": "fine", "set aside": "provision", "sets aside": "provision",
    "return": "payout", "returned": "payout", "returns": "payout", "returning": "payout",
}  # fmt: skip
_VERB = "|".join(sorted((v.replace(" ", r"\s+") for v in _NOUNS), key=len, reverse=True))
# Whom an active `fined` names before the sum: `fined the tech giant`, `fined Acme Bank`.
_FINED_WHOM = re.compile(
    r"\bfined\s+(?:the\s+)?(?P<whom>(?!(?:him|her|them|it|up|to)\b)[\w.&'\u2019-]+"
    r"(?:\s+[\w.&'\u2019-]+){0,4}?)\s+(?:(?:about|around|nearly|almost|more\s+than|a\s+record)\s+)?$"
)
_FINED_SOMEONE = re.compile(r"\bfined\s+(?:him|her|them)\s+$")
# Whom a payout goes to: `return $2.75bn to shareholders`.
_TO_HOLDERS = re.compile(
    r"\s+to\s+(?:its\s+|their\s+|the\s+)?(?:shareholders|investors|owners|members|stockholders)\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+$")
# The nouns of a sum raised, fined, set aside or paid back, whose doer must be a short phrase.
_LATER_NOUNS = frozenset({"money raised", "fine", "provision", "payout"})


def _short_name(whose: str) -> bool:
    """True for a doer of up to four words with no verb in it (`Media Lab Europe`)."""
    words = whose.split()
    return 0 < len(words) <= 4 and not any(w.islower() and w.endswith("ed") for w in words)


# The verb right before the sum: `has taken`, `took in`, `cost just`, `grossed around`.
_BEFORE_SUM = re.compile(
    rf"(?P<comma>,\s*)?\b(?P<verb>{_VERB})(?:\s+in)?(?:\s+(?:just|only|almost|nearly|about|"
    r"around|roughly|some|over|under|more\s+than|less\s+than|an\s+estimated|a\s+further|"
    r"another|a\s+cool|a\s+whopping|a\s+record))*\s*$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|that|who)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# `Boogeyman, which focuses on a man who returns home, took`, `The musical, directed by Jo
# Bell, took`: the phrase before the aside.
_DESCRIBED_BEFORE = re.compile(r"^\s*(?P<np>[A-Z][^,;:]{0,60}),\s[^;:()]*,\s*$")
_OPENERS = HEAD_PREPOSITIONS | SUBORDINATORS | word_set("despite after before this last")
# `The best-paid woman was Ana Lind in fifth place`: the name a copula gives its subject.
_NAMED_COMPLEMENT = re.compile(
    r"\b(?:was|is|were|are)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
    r"(?:\s+(?:in|at|with|on)\s+[^,;:]{0,60})?\s*$"
)
_COMPLEMENT_REACH = 120  # characters before the verb that can hold `was Ana Lind in fifth place`
_DESCRIBED_REACH = 200  # characters of `The musical, directed by Jo Bell,` read before the verb
# `took $500 from the till`: money removed, no takings.
_TAKEN_FROM = re.compile(r"\s+(?:from|out\s+of|off)\b", re.IGNORECASE)
# `..., the book made $2m and the album made`: the subject of the last of joined clauses.
_JOINED_SUBJECT = re.compile(
    r"\band\s+(?P<np>(?:the|a|an|its|his|her|their)\s+[\w'\u2019-]+)\s+$", re.IGNORECASE
)
_GERUND_AFTER = re.compile(r"\b(?:after|before|by|while)\s+$", re.IGNORECASE)
# Words that point elsewhere for who took the money: "It cost $9", whose the article says.
_POINTERS = frozenset({"it", "they", "he", "she", "this", "that", "which", "who"})


def takings(plain: str, start: int, end: int | None = None) -> str:
    """`Boogeyman takings` of `Boogeyman, a horror film, took $19.5m`; "" when no verb of
    taking in money comes right before the sum at `start`, or when the sum (ending at `end`)
    was taken from someone (`The thief took $500 from the till`)."""
    if fined := _FINED_WHOM.search(plain, max(0, start - 60), start):
        return f"{named_only(fined.group('whom'))} fine"  # "fined the tech giant 1.8bn euros"
    if _FINED_SOMEONE.search(plain, max(0, start - 20), start):
        return "fine"  # "The court fined him £500": his, whom the article names
    found = _BEFORE_SUM.search(plain, max(0, start - 40), start)
    if found is None:
        return ""
    verb = " ".join(found.group("verb").lower().split())
    if end is not None and verb.startswith("t") and _TAKEN_FROM.match(plain, end):
        return ""
    if verb.endswith("ing") and not found.group("comma") and verb != "taking":
        return ""  # "staff earning over £50,000": who passes a threshold
    noun = _NOUNS[verb]
    if noun == "payout" and (end is None or not _TO_HOLDERS.match(plain, end)):
        return ""  # "returned £40 of the deposit": no payout to owners
    if noun == "money raised" and _PASSIVE_BEFORE.search(
        plain, max(0, found.start() - 10), found.start()
    ):
        return ""  # "Prices were raised £2": nothing raised by anyone named
    at = found.start("verb")
    if noun == "cost" and not _RELATIVE_BEFORE.search(plain, max(0, at - 30), at):
        return ""  # "Printers now cost £34": their price, read by the subject rule
    participle = verb.endswith("ing") and found.group("comma")
    whose = _taker(plain, found.start() if participle else found.start("verb"))
    if noun == "fine" and not whose:
        return "fine"  # "He was fined £500": his, whom the article names
    if noun in _LATER_NOUNS and not _short_name(whose):
        return ""  # "Wenger later accused Van Nistelrooy of cheating and was fined": no one
    if whose and noun == "money raised":
        whose = re.sub(r"^The\s", "the ", whose)
        the = "the " if whose[:1].islower() and not whose.startswith("the ") else ""
        return tidy(f"{noun} by {the}{whose}")  # "Porsche raised 9.4bn euros": by Porsche
    return tidy(f"{whose} {noun}") if whose else ""  # "It cost $9": whose, the article says


def _taker(plain: str, at: int) -> str:
    """Who took the money: the antecedent of `which`, the phrase a relative clause in between
    describes (`Boogeyman, which focuses on a man, took`), the subject of the sentence for a
    gerund after a preposition (`The film topped the chart after taking`), else the subject of
    the clause."""
    if _RELATIVE_BEFORE.search(plain, max(0, at - 30), at):
        return antecedent(plain, at)
    if named := _NAMED_COMPLEMENT.search(plain, max(0, at - _COMPLEMENT_REACH), at):
        return named.group("name")  # "The top earner was Ana Lind, earning": Ana Lind
    described = _DESCRIBED_BEFORE.search(plain, 0, at) if at <= _DESCRIBED_REACH else None
    if described and described.group("np").split()[0].lower() not in _OPENERS:
        found = described.group("np")
    elif joined := _JOINED_SUBJECT.search(plain, max(0, at - 40), at):
        found = joined.group("np")
    elif _GERUND_AFTER.search(plain, max(0, at - 12), at):
        found = topic(plain[:at]) or _leading_noun(plain[:at])
    else:
        found = subject(plain, at)
    words = found.split()
    if not words or words[0].lower() in _POINTERS or measure_flaw(found):
        return ""
    return found


_LEADING = re.compile(
    r"^\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<np>[\w'\u2019-]+)\s+(?P<verb>[a-z]+)\b"
)


def _leading_noun(sentence: str) -> str:
    """`thriller` of `The thriller shot to the top after`: one noun and a verb open the sentence."""
    found = _LEADING.match(sentence)
    if found is None:
        return ""
    verb = found.group("verb")
    known = is_verb(verb) or verb in IRREGULAR_VERBS or verb.endswith("ed")
    return found.group("np") if known else ""
