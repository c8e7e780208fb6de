"""What a quantity measures, read around it: a phrase next to the number, the noun it counts,
the object of a change verb (an `of` phrase after it is `of_phrases`, a relative clause's
antecedent is `antecedents`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.lexicon import (
    CHANGE_NOUNS,
    CONTAINER,
    DECREASE,
    HEAD_PREPOSITIONS,
    INCREASE,
    QUALIFIED,
    VERB_PARTICIPLES,
    VERBS,
    is_verb,
    ly_adverb,
    tidy,
    word_set,
)
from bot.analyse.figures.of_phrases import of_phrase
from bot.analyse.figures.readable import FINITE_VERBS, SUBORDINATORS
from bot.analyse.figures.subjects import PRONOUN_SUBJECTS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

NP_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|saying|reporting|to|"
    r"compared|against|versus|in\s+"
    r"(?:the\s+)?(?:last|past|first)|for|from|by|at|on|than)\b.*$",
    re.IGNORECASE,
)


def from_determiner(phrase: str) -> str:
    """The phrase from its last determiner on: "agreed an overall cut" -> "an overall cut"."""
    determiners = list(re.finditer(r"\b(?:the|a|an|its|their|his|her|our)\s", phrase))
    return phrase[determiners[-1].start() :] if determiners else phrase


# How far before a number (in characters) the noun phrase it belongs to is looked for: a relative
# clause's antecedent may sit a long clause back (`the quota of X, which now amounts to`), a
# phrase around the number (`debts of`, `a 60% rise in`) only a few words back.
ANTECEDENT_REACH = 200
NEAR_REACH = 80


_OF_BEFORE = re.compile(r"(?P<np>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)\s+of\s+$")
_CHANGES = (
    r"(?:rise|increase|fall|drop|decline|jump|cut|gain|reduction|growth|surge|slump|improvement)"
)
_CHANGE_IN = re.compile(
    rf"\s+{_CHANGES}\s+(?:in|of|for\s+(?=the\s+(?:share|proportion|number|value)\b))"
    r"\s*(?P<np>[^,;:.()]+)",
    re.IGNORECASE,
)
# A change in something, then where it ended: `an improvement in its margins to 64 per cent`.
_CHANGE_TO = re.compile(
    rf"\b{_CHANGES}\s+in\s+(?P<np>[^,;:.()\d]+?)\s+to\s+$",
    re.IGNORECASE,
)
_AMOUNTS = r"totalling|totaling|worth|amounting\s+to"
_AMOUNTING = re.compile(
    rf"(?P<np>(?:[\w'\u2019-]+\s+){{0,3}}[\w'\u2019-]+)\s+(?:{_AMOUNTS}|valued\s+at|measuring)\s+$"
)
_AFTER_ARTICLE = re.compile(r"^.*\b(?:a|an)\s+(?=\S)", re.IGNORECASE)
# What a participle after a comma says the amount of: `enjoyed strong growth since 2000,
# averaging 10.9%` (the object before, without its time).
# The last words of the amount readings (`worth`, `amounting to`, `valued at`, `averaging`).
_AMOUNT_ENDS = frozenset(["totalling", "totaling", "worth", "to", "at", "measuring", "averaging"])
_AVERAGING = re.compile(rf"(?P<np>[^,;:]{{3,60}}),\s+(?:averaging|{_AMOUNTS})\s+$")
_TIME_AFTER = re.compile(
    r"\s+(?:since|in|during|over|for|last|this)\s+(?:the\s+)?(?:(?:past|last|recent)\s+)?"
    r"(?:\d{4}|year|decade|quarter|month|week)s?$"
)


def _averaged(clause: str) -> str:
    """`strong economic growth` of `The country has enjoyed strong economic growth since 2000`:
    the object of the clause a participle after it averages, without its time."""
    clause = _TIME_AFTER.sub("", clause.rstrip()).rstrip()
    words = noun_run(clause, head=True).split()
    before = clause.split()[: -len(words)] if words else []
    perfect = bool(before) and before[-1].lower() in _BEFORE_PARTICIPLE
    return tidy(" ".join(words[1:] if perfect and words[0].endswith("ed") else words))


def _after_last_verb(phrase: str) -> str:
    """The words of `phrase` after its last past verb (`jewellery` of `Thieves stole
    jewellery`), or all of it."""
    words = phrase.split()
    verbs = [i for i, w in enumerate(words) if w.islower() and w in _PAST_VERBS]
    return " ".join(words[verbs[-1] + 1 :]) if verbs and verbs[-1] + 1 < len(words) else phrase


_PAST_VERBS = IRREGULAR_VERBS | word_set("seized stole recovered found took bought sold")


# Auxiliaries that make an -ed word after them a verb (`has enjoyed`, `was given`).
_BEFORE_PARTICIPLE = word_set("has have had is are was were")
# A noun, then a bound its figure is on: `firms with market values below $500m`.
_NOUN_BELOW = re.compile(
    r"(?P<np>(?:[\w'\u2019-]+\s+){0,2}[a-z][\w'\u2019-]*)\s+(?:below|above|exceeding)\s+$"
)
_MORE_NOUN = re.compile(r"\s+(?:more|fewer|less)\s+(?P<np>[A-Za-z][\w'\u2019-]*)")
_LOWER_WORD = r"(?!of\s+(?:the\s+)?[A-Z])[a-z][\w'\u2019-]*"
_NP_AFTER = re.compile(
    rf"\s+(?P<np>(?:{_LOWER_WORD}\s+){{0,3}}{_LOWER_WORD}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)"  # "of Barings"
)


@lru_cache(maxsize=2048)
def before_qualifier(text: str, start: int) -> int:
    """Where the qualifier in front of a number begins (`as little as £34`), else `start`; kept,
    as every measure rule asks it again for the same figure."""
    found = QUALIFIED.search(text, max(0, start - 40), start)
    return found.start() if found else start


_DETERMINER_END = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+$", re.IGNORECASE
)


def noun_head(phrase: str) -> str:
    """The words of `phrase` up to its first plural noun, before any verb or pronoun
    ("girls use make-up" -> "girls", "it supposedly held" -> "")."""
    kept: list[str] = []
    words = phrase.split()
    for at, word in enumerate(words):
        # "costs of the plan": a plural no verb form takes `of` after it (`worth of` does)
        noun_of = at == 0 and words[1:2] == ["of"] and word.endswith("s")
        # "£35bn cuts in services": a plural right after the sum is its noun, not a verb
        plural_first = at == 0 and word.islower() and word.endswith("s") and word[:-1] in VERBS
        plural_first = plural_first and (words[1:2] == [] or words[1] in HEAD_PREPOSITIONS)
        if (word.lower() in VERBS and not noun_of and not plural_first) or (
            word.lower() in PRONOUN_SUBJECTS
        ):
            break
        kept.append(word)
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))
        if len(word) > 3 and plural and word.islower():  # "Barings" is a name
            break
    return " ".join(kept)


def noun_after(text: str, end: int) -> str:
    """The noun phrase written right after the quantity: `a $2.7bn accounting fraud`."""
    found = _NP_AFTER.match(text, end)
    if found is None or not _opens_noun(found.group("np").split()):
        return ""  # "three quarters of all Xboxes" is an `of` phrase
    if _COMPARATIVE.match(text, end):
        return ""  # "£1,000 cheaper than": a comparison, not a noun
    words = NP_STOP.sub("", found.group("np")).split()
    if words[1:2] and words[1] in {"a", "an", "the"}:
        return ""  # "$1 million stay an average": a verb and its object, no noun phrase
    cut = next((i for i, w in enumerate(words) if i and _ends_noun(words, i)), len(words))
    of_next = words[cut : cut + 1] == ["of"]  # "costs of the plan": `of` says `costs` is a noun
    phrase = tidy(noun_head(" ".join(words[: cut + of_next])))  # "takeover last year": takeover
    if phrase.lower() in PRONOUN_SUBJECTS:
        return ""
    at = found.start("np") + len(phrase)
    cut_at_of = of_next and phrase == " ".join(words[:cut])
    of_what = of_phrase(text, at, clause_ends=True) if " " not in phrase or cut_at_of else ""
    if not of_what:
        return phrase
    article = _OF_ARTICLE.match(text, at)  # "$2bn costs of the new scheme": the article kept
    return f"{phrase} of {article.group(1) if article else ''}{of_what}"


def _ends_noun(words: list[str], at: int) -> bool:
    """True when the word at `at` is no longer part of the noun phrase: a time word, an adverb
    or a preposition, `of` (its phrase is read whole after), or `and` before another thing's
    article (`$3m loss and a record`)."""
    if words[at] in {"and", "or"}:
        return words[at + 1 : at + 2] in (["a"], ["an"], ["the"])
    if words[at] == "of":  # "takeover of its smaller rival": the `of` phrase is read whole
        after = words[at + 1 : at + 3]  # after; a name is read here (`failure of the Acme Bank`)
        named = after[:1] == ["the"] and after[1:] and after[1][:1].isupper()
        return not (after and after[0][:1].isupper()) and not named
    word = words[at].lower()
    if ly_adverb(word):
        return True  # "salary barely covers": an adverb, its verb next
    return words[at] in _NOT_NOUNS


_COMPARATIVE = re.compile(r"\s+\w+er\s+than\b")
_OF_ARTICLE = re.compile(r"\s+of\s+((?:the|its|their|his|her|our)\s+)")


_BEFORE_NOUN = word_set("with by for to from in on at is was are were of and or")


def _opens_noun(words: list[str]) -> bool:
    """True when `words` open a noun phrase: no preposition, adverb, time word or verb form
    first (after an article): `display screen`, not `instead`, `according`, `a year`."""
    at = 1 if len(words) > 1 and words[0] in {"a", "an", "the"} else 0
    first, following = words[at], words[at + 1 : at + 2]
    if first in _OPENS_NO_NOUN or first.endswith("ly"):
        return False
    verb_like = first.endswith(("ing", "ed")) and (not following or following[0] in _BEFORE_NOUN)
    verb_like = verb_like or (
        first.endswith("ing") and bool(following) and following[0] in _OBJECTS
    )
    return not verb_like and first not in _TIME_WORDS  # "studying in", not "accounting fraud"


_TIME_WORDS = word_set("year years month months week weeks day days")
# Object pronouns after a gerund make it a verb: `putting him third`, not a noun phrase.
_OBJECTS = word_set("him her them it us me you")


# Words after a number that start no noun phrase: time adverbs, comparatives, rates.
_NOT_NOUNS = word_set(
    "last this next yesterday today tomorrow ago earlier later previously since now more less even "
    "than each every per over under above below higher lower up down off away long "
    "high wide deep tall old apart behind ahead back so too also only just already still "
    "instead according across against through versus outside inside into onto toward towards "
    "despite during after before within without around about near along among between beyond "
    "plus minus as while when which that who where whereas if but annually north south east west"
)
_OPENS_NO_NOUN = _BEFORE_NOUN | _NOT_NOUNS | SUBORDINATORS


def noun_run(phrase: str, head: bool = False) -> str:
    """The words of `phrase` after its last verb or preposition ("struggling with debts");
    with `head`, the last word is a noun whatever it looks like (the "cut" of "a cut of 5%")."""
    words = phrase.split()
    kept: list[str] = words[-1:] if head else []
    for word in reversed(words[:-1] if head else words):
        adjective = bool(kept) and word.lower() in _VERB_ADJECTIVES  # "a total shortfall"
        if not adjective and (word.lower() in _ENDS_NOUN_RUN or is_verb(word)):
            break
        if word[:1].isdigit():
            break  # "just 17 players over the age of 21": players
        kept.insert(0, word)
    while len(kept) > 1 and kept[0].lower() in _UNIT_WORDS:
        kept = kept[1:]  # "a 5 per cent penalty of $52,000": penalty
    return " ".join(kept)


_UNIT_WORDS = word_set("per cent percent pc")
# Verbs that are adjectives before a noun: `a total shortfall`, `a record deficit`.
_VERB_ADJECTIVES = word_set("total record")


_RELATIVES = word_set("which who whom whose that")
# Words a noun run read backwards stops at: a preposition, a relative or a verb form.
_ENDS_NOUN_RUN = _BEFORE_NOUN | _RELATIVES | FINITE_VERBS | VERB_PARTICIPLES
_AGE_BEFORE = re.compile(
    r"(?P<np>(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s+(?:(?:over|under|above|below|at)\s+)?"
    r"the\s+age\s+of\s+$",
    re.IGNORECASE,
)


_BETWEEN = re.compile(r"(?<=\bof)\s+between\s*$")  # "a salary of between £25,000 and £35,000"


def of_before(text: str, start: int) -> str:
    """The noun phrase of `debts of 6bn` or `sales of 5835 units`, right before the quantity."""
    before = QUALIFIED.sub(" ", _BETWEEN.sub(" ", text[max(0, start - NEAR_REACH) : start]))
    if before.rstrip()[-2:].lower() != "of":
        return ""  # both readings end in `of`: a cheap test before the costly searches
    if found := _AGE_BEFORE.search(before):
        return tidy(noun_run(found.group("np")))  # "players over the age of 21": players
    if found := _OF_BEFORE.search(before):
        phrase = tidy(noun_run(from_determiner(found.group("np")), head=True))
        if (
            phrase
            and not CONTAINER.match(phrase + " of ")
            and phrase.lower() not in PRONOUN_SUBJECTS
        ):
            return phrase
    return ""


def near(text: str, start: int, end: int) -> str:
    """A measure written right around the quantity: `debts of 6bn`, `a 60% rise in profit`,
    `15% more passengers`, `a $2.7bn accounting fraud`."""
    before = QUALIFIED.sub(" ", text[max(0, start - NEAR_REACH) : start])
    if found := _CHANGE_IN.match(text, end):
        return tidy(NP_STOP.sub("", found.group("np")))
    if found := _MORE_NOUN.match(text, end):
        return tidy(found.group("np"))
    if phrase := of_before(text, start):
        return phrase
    if (amount := _amount_before(before)) is not None:
        return amount
    if bounded := _bounded_noun(text, start):
        return bounded
    return noun_after(text, end) if _DETERMINER_END.search(before) else ""


def _amount_before(before: str) -> str | None:
    """The measure a change or an amount word right before the quantity names (`a rise in
    sales to`, `liabilities totalling`, `growth since 2000, averaging`), "" when it names none,
    None when no such word ends `before` (a test on its last word spares the searches)."""
    last = before.rstrip().rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in _AMOUNT_ENDS:
        return None
    if found := _CHANGE_TO.search(before):
        return tidy(found.group("np"))
    if found := _AMOUNTING.search(before):
        np = _AFTER_ARTICLE.sub("", found.group("np"))  # "approved a factory site measuring"
        np = _after_last_verb(np)  # "Thieves stole jewellery worth": jewellery
        return tidy(noun_run(np, head=True))  # "liabilities totalling $648m"
    if found := _AVERAGING.search(before):
        return _averaged(found.group("np"))
    return None


def _bounded_noun(text: str, start: int) -> str:
    """`market capitalisations` of `market capitalisations below $700m`; "" after a verb or an
    adverb (`stayed above`, `stubbornly above`)."""
    found = _NOUN_BELOW.search(text, max(0, start - NEAR_REACH), start)
    if found is None:
        return ""
    last = found.group("np").split()[-1]
    verb_or_adverb = last.endswith(("ed", "ly")) or is_verb(last) or last in {"well", "far"}
    return "" if verb_or_adverb or last in _BEFORE_NOUN else tidy(noun_run(found.group("np")))


CHANGE_VERBS = (
    (
        INCREASE
        | DECREASE
        | word_set("pulled pushed sent drove dragged")
        # gerunds: `boosting the tipped wage to $7.07`
        | word_set("boosting raising cutting lifting hiking lowering reducing increasing slashing")
    )
    - word_set("rose rise rises risen fell fall falls fallen grew up down higher lower")
    - CHANGE_NOUNS
)


def verb_object(text: str, start: int) -> str:
    """The object of a change verb right before the quantity: `boost the range by 35 miles`."""
    begin, _ = clause_span(text, start)
    words = [
        w.strip("\"'\u201c\u201d\u2018\u2019")
        for w in QUALIFIED.sub(" ", text[begin:start]).split()
    ]
    words = [w for w in words if w]  # "to increase productivity \"by nearly 30%\""
    while words and words[-1].lower() in _INTENSIFIERS:
        words.pop()  # "reduced the rate by a whopping 35%"
    amount = bool(words) and words[-1].lower() in {"by", "from", "to"}
    words = words[:-1] if amount else words
    if words and words[-1].lower() in _PARTICLES and _pushed(words):
        words, amount = words[:-1], True  # "sent Fiat shares down 1.2%"
    verbs = [i for i, w in enumerate(words) if w.lower() in CHANGE_VERBS]
    found = words[verbs[-1] + 1 :] if verbs else []
    cut = next((i for i, w in enumerate(found) if i and w.lower() in _BEFORE_NOUN), len(found))
    found = found[:cut] if amount else found  # "raised targets for the device by 40%": targets
    if not 0 < len(found) <= MAX_OBJECT:
        return ""
    if any(w.lower() in VERBS | _BEFORE_NOUN or not w[0].isalpha() for w in found):
        return ""
    phrase = tidy(" ".join(found))
    return "" if phrase.lower() in PRONOUN_SUBJECTS else phrase


# A verb that moves its object and the particle saying where: `sent shares down 1.2%`.
_PUSHING = word_set("sent pushed drove dragged pulled")
_PARTICLES = word_set("up down higher lower")


def _pushed(words: list[str]) -> bool:
    """True when a verb that moves its object stands a short object before the particle."""
    return not _PUSHING.isdisjoint(w.lower() for w in words[-MAX_OBJECT - 2 :])


# Words between `by` and its figure that only stress it.
_INTENSIFIERS = word_set("a an whopping staggering mere just only massive hefty modest")
MAX_OBJECT = 5  # words between a change verb and its figure that can still be its object
