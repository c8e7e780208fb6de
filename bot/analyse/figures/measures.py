"""What a quantity measures: the subject of its clause, the noun it counts, or an `of` phrase."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import (
    CONTAINER,
    DECREASE,
    INCREASE,
    RESOLVED,
    VERBS,
    clause_span,
    is_verb,
    segments,
    tidy,
    verb_at,
    word_set,
)
from bot.analyse.figures.numbers import Quantity

_MONEY = re.compile(r"[A-Z]{3}(?: per .*)?")  # ISO 4217 codes, maybe with a rate

_OF_PHRASE = re.compile(r"\s+of\s+(?P<np>(?!the\s+\S*\d)[^,;:.()\d$\u00a3\u20ac]+)")
_NP_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|saying|reporting|to|in\s+"
    r"(?:the\s+)?(?:last|past|first)|for|from|by|at|on|than)\b.*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?P<np>[^,;:]+),\s+(?:which|who)\s+[^,;:]*$")


def subject(text: str, start: int, reach: int = 3) -> str:
    """The subject of the clause before position `start`: words before its first verb."""
    begin, _ = clause_span(text, start)
    pieces = segments(text[begin:start])
    if begin > 0 and not tidy(text[begin:start]):
        # "Duly has 900 doctors, and 150 locations": the clause shares the subject before it
        return subject(text, len(_TRAILING_BREAK.sub("", text[:begin])), reach)
    return _segments_subject(pieces, reach)


_TRAILING_BREAK = re.compile(r"(?:[;:,]|\s+(?:and|but|while|whilst|whereas|compared|that))+\s*$")


def _segments_subject(pieces: list[str], reach: int) -> str:
    """The subject read from the clause's segments, last first, skipping asides."""
    wanting = False  # a later segment's verb still needs its subject
    for index in range(len(pieces) - 1, -1, -1):
        words = pieces[index].split()
        verbs = [i for i, w in enumerate(words) if verb_at(words, i)]
        aside = (_apposition(words) and wanting) or _adverbial(words) or _numeric(words)
        finite = any(w.lower() in VERBS for w in words)
        if index > 0 and ((aside and not finite) or (not verbs and wanting and len(words) == 1)):
            continue  # an aside does not count against the reach
        reach -= 0 if verbs[:1] == [0] else 1  # "..., rose by": its subject is further back
        found = _past_opener(tidy(" ".join(words[: verbs[0]]) if verbs else pieces[index]))
        if found.lower() in RESOLVED | _LINKERS | _PREPOSITIONS and reach > 0:
            wanting = True  # "Sony said it would": the pronoun's owner is the speaker
            continue
        if found.lower() in _PRONOUNS or found or reach == 0:
            return "" if found.lower() in _PRONOUNS else found
        wanting = bool(verbs)
    return ""


def _past_opener(phrase: str) -> str:
    """A subject without the phrase that opens its sentence: "Despite the demand Sony" -> "Sony"."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in {"with", "without"}:
        return " ".join(words[1:])  # "with dairy prices expected to rise": dairy prices
    if len(words) < 3 or words[0].lower() not in _PREPOSITIONS:
        return phrase
    for index in range(len(words) - 1, 1, -1):
        if words[index][:1].isupper() and words[index - 1].islower():
            return " ".join(words[index:])
    return phrase


_EXAMPLES = word_set("including excluding like such")  # ", including vans and lorries,"
# A clause opened by these shares the subject of the clause before: "..., before inching up to".
_LINKERS = word_set("before after while when by since until without then")
_PREPOSITIONS = word_set(
    "on in at for with by from to under over after before during despite against"
)
_CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5"


def _numeric(words: list[str]) -> bool:
    """True for a segment opened by a figure: the ", 52," of an age, "; $1m to $2m, 99 days"."""
    return bool(words) and (words[0][:1].isdigit() or words[0][:1] in _CURRENCY_SIGNS)


def _adverbial(words: list[str]) -> bool:
    """True for a verbless phrase opened by a preposition: ", on average, 2.14C"."""
    return bool(words) and words[0].lower() in _PREPOSITIONS | _EXAMPLES


def _apposition(words: list[str]) -> bool:
    """True for a verbless aside between a subject and its verb: ", the home of X, has"."""
    return bool(words) and words[0].lower() in {"the", "a", "an"}


_PRONOUNS = word_set("it i we they he she you there this that these those which who one")


def of_phrase(text: str, end: int) -> str:
    """The noun phrase of `60 per cent of its revenue`, right after the quantity."""
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return ""
    return tidy(_NP_STOP.sub("", match.group("np")))


# "Maria who was 10", "a maximum investment per person which is 50000": no comma, a bare copula.
_BARE_RELATIVE = re.compile(r"(?P<np>[^,;:]+)\s+(?:which|who)\s+(?:is|was|are|were)\s+$")


def _from_determiner(phrase: str) -> str:
    """The phrase from its last determiner on: "agreed an overall cut" -> "an overall cut"."""
    determiners = list(re.finditer(r"\b(?:the|a|an|its|their|his|her|our)\s", phrase))
    return phrase[determiners[-1].start() :] if determiners else phrase


def antecedent(text: str, start: int) -> str:
    """The noun phrase a relative clause points back to: `the quota of X, which now amounts to`."""
    window = text[max(0, start - 200) : start]
    match = _RELATIVE.search(window) or _BARE_RELATIVE.search(window)
    if match is None:
        return ""
    phrase = match.group("np")
    phrase = _from_determiner(phrase)
    if any(w.lower() in VERBS for w in phrase.split()):
        phrase = _noun_run(phrase)  # "has struggled to recover from poor data" -> "poor data"
    return tidy(phrase)


def noun_phrase(text: str, end: int, noun: str) -> str:
    """A counted noun with its short modifiers ("workers in the United Kingdom")."""
    after = re.match(r"\s+(?:in|at|from|on|studying|working|living)\s+[^,;:.()]+", text[end:])
    tail = _NP_STOP.sub("", after.group()) if after else ""
    return tidy(noun + tail)


_OF_BEFORE = re.compile(r"(?P<np>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)\s+of\s+$")
_CHANGE_IN = re.compile(
    r"\s+(?:rise|increase|fall|drop|decline|jump|cut|gain|reduction|growth|surge|slump)\s+(?:in|of)\s+"
    r"(?P<np>[^,;:.()]+)",
    re.IGNORECASE,
)
_MORE_NOUN = re.compile(r"\s+(?:more|fewer|less)\s+(?P<np>[A-Za-z][\w'\u2019-]*)")
_NP_AFTER = re.compile(r"\s+(?P<np>(?:[a-z][\w'\u2019-]*\s+){0,3}[a-z][\w'\u2019-]*)")


_QUALIFIED = re.compile(
    r"(?:\s+(?:more|less|fewer)\s+than|\s+(?:about|around|almost|nearly|some|roughly|over|under|"
    r"just|only|approximately|estimated|barely)|\s+up\s+to|\s+at\s+least)+\s*$",
    re.IGNORECASE,
)


_DETERMINER_END = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+$", re.IGNORECASE)


def _noun_head(phrase: str) -> str:
    """The words of `phrase` up to its first plural noun, before any verb or pronoun
    ("girls use make-up" -> "girls", "it supposedly held" -> "")."""
    kept: list[str] = []
    for word in phrase.split():
        if word.lower() in VERBS or word.lower() in _PRONOUNS:
            break
        kept.append(word)
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            break
    return " ".join(kept)


def noun_after(text: str, end: int) -> str:
    """The noun phrase written right after the quantity: `a $2.7bn accounting fraud`."""
    found = _NP_AFTER.match(text, end)
    if found is None or found.group("np").split()[0] in _BEFORE_NOUN:
        return ""  # "three quarters of all Xboxes" is an `of` phrase
    phrase = tidy(_noun_head(_NP_STOP.sub("", found.group("np"))))
    return "" if phrase.lower() in _PRONOUNS else phrase


_BEFORE_NOUN = word_set("with by for to from in on at is was are were of and or")


def _noun_run(phrase: str, head: bool = False) -> str:
    """The words of `phrase` after its last verb or preposition ("struggling with debts");
    with `head`, the last word is a noun whatever it looks like (the "cut" of "a cut of 5%")."""
    words = phrase.split()
    kept: list[str] = words[-1:] if head else []
    for word in reversed(words[:-1] if head else words):
        if word.lower() in _BEFORE_NOUN or is_verb(word):
            break
        kept.insert(0, word)
    return " ".join(kept)


_AGE_BEFORE = re.compile(
    r"(?P<np>(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s+(?:(?:over|under|above|below|at)\s+)?"
    r"the\s+age\s+of\s+$",
    re.IGNORECASE,
)


def of_before(text: str, start: int) -> str:
    """The noun phrase of `debts of 6bn` or `sales of 5835 units`, right before the quantity."""
    before = _QUALIFIED.sub(" ", text[max(0, start - 80) : start])
    if found := _AGE_BEFORE.search(before):
        return tidy(_noun_run(found.group("np")))  # "players over the age of 21": players
    if found := _OF_BEFORE.search(before):
        phrase = tidy(_noun_run(_from_determiner(found.group("np")), head=True))
        if phrase and not CONTAINER.match(phrase + " of ") and phrase.lower() not in _PRONOUNS:
            return phrase
    return ""


def near(text: str, start: int, end: int) -> str:
    """A measure written right around the quantity: `debts of 6bn`, `a 60% rise in profit`,
    `15% more passengers`, `a $2.7bn accounting fraud`."""
    before = _QUALIFIED.sub(" ", text[max(0, start - 80) : start])
    if found := _CHANGE_IN.match(text, end):
        return tidy(_NP_STOP.sub("", found.group("np")))
    if found := _MORE_NOUN.match(text, end):
        return tidy(found.group("np"))
    if phrase := of_before(text, start):
        return phrase
    return noun_after(text, end) if _DETERMINER_END.search(before) else ""


_CHANGE_VERBS = (INCREASE | DECREASE | word_set("pulled pushed sent drove dragged")) - word_set(
    "rose rise rises risen fell fall falls fallen grew up down higher lower"
)


def verb_object(text: str, start: int) -> str:
    """The object of a change verb right before the quantity: `boost the range by 35 miles`."""
    begin, _ = clause_span(text, start)
    words = _QUALIFIED.sub(" ", text[begin:start]).split()
    if words and words[-1].lower() in {"by", "from", "to"}:
        words = words[:-1]
    verbs = [i for i, w in enumerate(words) if w.lower() in _CHANGE_VERBS]
    if not verbs or not 0 < len(words) - verbs[-1] - 1 <= MAX_OBJECT:
        return ""
    found = words[verbs[-1] + 1 :]
    if any(w.lower() in VERBS | _BEFORE_NOUN or not w[0].isalpha() for w in found):
        return ""
    phrase = tidy(" ".join(found))
    return "" if phrase.lower() in _PRONOUNS else phrase


MAX_OBJECT = 5  # words between a change verb and its figure that can still be its object


_FOR_NP = re.compile(
    r"\s+for\s+(?:a|an|the|its|their|his|her|our|each)\s+(?P<np>[A-Za-z][\w'\u2019-]*"
    r"(?:\s+[\w'\u2019-]+){0,3})"
)


def bought(text: str, end: int) -> str:
    """What a sum pays for: `$12,000 for a new roof`."""
    found = _FOR_NP.match(text, end)
    if found is None:
        return ""
    return tidy(_noun_head(_NP_STOP.sub("", found.group("np"))))


def measure(plain: str, quantity: Quantity) -> str:
    """What the quantity measures, read from the sentence with its asides blanked out."""
    if quantity.kind == "year-fact":
        return year_measure(plain, quantity.start)
    counted = quantity.kind.endswith("-noun")
    if not counted and (found := near(plain, quantity.start, quantity.end)):
        return found
    if found := antecedent(plain, quantity.start):
        return found
    if quantity.unit == "fraction" and (found := noun_after(plain, quantity.end)):
        return found  # "three out of four girls said"
    if counted:
        noun = noun_phrase(plain, quantity.end, quantity.unit)
        owner = of_before(plain, quantity.start) or subject(plain, quantity.start, reach=1)
        return f"{owner} {noun}" if owner and owner.split()[-1] not in noun else noun
    if _MONEY.fullmatch(quantity.unit) and (found := bought(plain, quantity.end)):
        return found
    if found := verb_object(plain, quantity.start):
        return found
    if found := of_phrase(plain, quantity.end):
        return found
    return subject(plain, quantity.start)


def year_measure(plain: str, start: int) -> str:
    """What a year that is the fact measures: `Argentina will join` of `will join in 2024`."""
    before = re.sub(r"\b(?:in|by)\s+$", "", plain[:start])
    pieces = re.split(r",|;|\band\b|\bthat\b|\bwhich\b|\bwho\b", before)
    return tidy(pieces[-1])
