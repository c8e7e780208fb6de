"""What a quantity measures: the subject of its clause, the noun it counts, or an `of` phrase."""

from __future__ import annotations

import re

from bot.analyse.figure_words import VERBS, clause_span, word_set

_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|some|and|but|so|also|then|"
    r"meanwhile|however)\s+)+",
    re.IGNORECASE,
)
_CONTAINER = re.compile(
    r"^(?:(?:the\s+)?(?:total\s+|overall\s+|combined\s+)?(?:volume|amount|number|value|level|total|quota|share|proportion|size|"
    r"figure|sum|rate)\s+of\s+)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:between|by|more|than|less|fewer|about|around|almost|nearly|some|roughly|over|under|up|to|"
    r"just|only|a|an|the|of|at|further|another|estimated|approximately|least|as|much|many|now|"
    r"already|still|also|allegedly|reportedly|which|that|who|with|for|in|on|from|and|is|was|"
    r"are|were|has|have|had|will|be|been|or|and|but|while|so|far|there|it|they|we|i|he|she|you))+\s*$",
    re.IGNORECASE,
)
_BREAK = re.compile(
    r",\s+|\s+that\s+|\s+(?:as|after|when|because|if|since|where|although)\s+|"
    r"\s+(?:said|says|say|reported|reports|announced|added|expects|believes|thinks|estimated)\s+"
)
_OF_PHRASE = re.compile(r"\s+of\s+(?P<np>[^,;:.()]+)")
_NP_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|saying|reporting|to|in\s+"
    r"(?:the\s+)?(?:last|past|first)|for|from|by|at|on|than)\b.*$",
    re.IGNORECASE,
)
_MASK = re.compile(
    r"\([^()]*\)|\[[^\[\]]*\]|\s[\u2013\u2014-]\s[^\u2013\u2014]*?\s[\u2013\u2014-]\s"
)
_RELATIVE = re.compile(r"(?P<np>[^,;:]+),\s+(?:which|who)\s+[^,;:]*$")
MAX_WORDS = 8


def masked(text: str, periods: list[tuple[int, int]]) -> str:
    """The sentence with brackets, dash asides and periods blanked out, keeping every offset."""
    plain = _MASK.sub(lambda m: " " * len(m.group()), text)
    for start, end in periods:
        plain = plain[:start] + " " * (end - start) + plain[end:]
    return plain


def tidy(phrase: str) -> str:
    """A measure phrase without leading articles, containers or trailing function words."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019")
    for _ in range(2):
        phrase = _TRAILING.sub("", _CONTAINER.sub("", _LEADING.sub("", phrase))).strip(" ,")
    words = phrase.split()
    return " ".join(words[:MAX_WORDS])


def subject(text: str, start: int, reach: int = 3) -> str:
    """The subject of the clause before position `start`: words before its first verb."""
    begin, _ = clause_span(text, start)
    pieces = _BREAK.split(text[begin:start])
    for segment in reversed(pieces[-reach:]):
        words = segment.split()
        verbs = [i for i, w in enumerate(words) if _is_verb(w) and not _after_determiner(words, i)]
        found = tidy(" ".join(words[: verbs[0]]) if verbs else segment)
        if found.lower() in _PRONOUNS:
            return ""
        if found:
            return found
    return ""


_PRONOUNS = word_set("it i we they he she you there this that these those which who one")


def _after_determiner(words: list[str], index: int) -> bool:
    """True for a noun that looks like a verb: "Total sales", "the rise in", "its cost"."""
    if index == 0:
        return words[0][:1].isupper()
    return words[index - 1].lower() in _DETERMINERS


_DETERMINERS = word_set("the a an its their his her our this that these those total")


def _is_verb(word: str) -> bool:
    lower = word.lower().strip(",")
    if lower in VERBS:
        return True
    return word.islower() and len(lower) > 4 and lower.endswith("ing") and "-" not in word


def of_phrase(text: str, end: int) -> str:
    """The noun phrase of `60 per cent of its revenue`, right after the quantity."""
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return ""
    return tidy(_NP_STOP.sub("", match.group("np")))


def antecedent(text: str, start: int) -> str:
    """The noun phrase a relative clause points back to: `the quota of X, which now amounts to`."""
    match = _RELATIVE.search(text[max(0, start - 200) : start])
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


_BEFORE_NOUN = word_set("with by for to from in on at is was are were of and or")


def _noun_run(phrase: str) -> str:
    """The words of `phrase` after its last verb or preposition ("struggling with debts")."""
    kept: list[str] = []
    for word in reversed(phrase.split()):
        if word.lower() in _BEFORE_NOUN or _is_verb(word):
            break
        kept.insert(0, word)
    return " ".join(kept)


def near(text: str, start: int, end: int) -> str:
    """A measure written right around the quantity: `debts of 6bn`, `a 60% rise in profit`,
    `15% more passengers`, `a $2.7bn accounting fraud`."""
    before = _QUALIFIED.sub(" ", text[max(0, start - 80) : start])
    if found := _CHANGE_IN.match(text, end):
        return tidy(_NP_STOP.sub("", found.group("np")))
    if found := _MORE_NOUN.match(text, end):
        return tidy(found.group("np"))
    if found := _OF_BEFORE.search(before):
        phrase = tidy(_noun_run(found.group("np")))
        if phrase and not _CONTAINER.match(phrase + " of ") and phrase.lower() not in _PRONOUNS:
            return phrase
    if re.search(r"\b(?:a|an)\s+$", before) and (found := _NP_AFTER.match(text, end)):
        return tidy(_NP_STOP.sub("", found.group("np")))
    return ""
