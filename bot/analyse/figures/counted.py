"""The noun a bare number counts: `5,000 students`, `two cosmetics labels`, `one man`."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.analyse.figures import rates, units
from bot.analyse.figures.lexicon import VERBS, is_verb, word_set
from bot.analyse.figures.numbers import Quantity

_NOT_NOUNS = {v for v in VERBS if not v.endswith(("s", "ed"))} | {"thanks", "poised", "trending"}
STOP_WORDS = _NOT_NOUNS | word_set(
    "of in on at by for from with to and or but the a an than as per who which that whose "
    "whom is was were are be been being has have had will would could should can may might "
    "must do did does said says say told its their his her our my your this these those there "
    "here it they he she we you i so if when while after before since until into onto over "
    "under about around between across against during each every all some any no not more "
    "most less such also only just even still yet already now then ago earlier later last "
    "next year years behind beyond within without through toward towards near inside outside "
    "via among amid upon off out down up month months week weeks day days time times whereas "
    "although though because unless whether despite"
)
# A word of a counted noun phrase, or a dotted abbreviation in it ("two U.S. officials").
# A word in double quotes is still a word of it: `eight "critical" flaws` counts critical flaws.
_NOUN_WORD = re.compile(
    r"\s*(?P<quote>[\"\u201c])?"
    r"(?P<word>(?-i:[A-Z]\.){2,}(?=\s+[A-Za-z])|[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z])"
    r"(?(quote)[\"\u201d]?)"
)
_PLURAL_IRREGULAR = {"people", "men", "women", "children", "staff", "police", "cattle", "personnel"}
# Nouns whose plural is the singular or has no -s: "60 aircraft", "200 sheep", "12 species".
_INVARIANT_PLURALS = word_set(
    "aircraft spacecraft sheep deer fish salmon species series offspring livestock geese mice "
    "teeth oxen"
)
# Words before the counted noun that are no part of it: "eight more picks", "the 20 most
# expensive restaurants" (a superlative's adjective stays: it says which ones are counted).
_SKIP_FIRST = {"more", "additional", "extra", "further", "combined", "most", "least"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "three DJs", "4 SUVs"


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _PLURAL_IRREGULAR | _INVARIANT_PLURALS or lower.endswith(
        ("men", "people", "children")
    ):
        return True
    if _ACRONYM_PLURAL.fullmatch(word):
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _plural_run(word: str, following: str) -> bool:
    """Two plurals in a row, one noun: `cosmetics labels`, not `entries Bloglines`."""
    name_after = word[:1].islower() and following[:1].isupper()
    # "239 people disappears": a verb follows; but "police officers", "staff members"
    irregular = word.lower() in _PLURAL_IRREGULAR - {"police", "staff"}
    return _is_plural(word) and _is_plural(following) and not name_after and not irregular


# Nouns plural in form that qualify the noun after them: `sports utility vehicles`, `arms
# control experts`, `savings account holders`.
_PLURAL_MODIFIERS = word_set(
    "sports arms savings goods news customs sales earnings communications electronics securities"
)


def _plural_modifier(text: str, word: str, following: re.Match[str]) -> bool:
    """True for a plural-form modifier whose noun goes on to a plural head in one or two more
    lower-case words (`sports utility vehicles`), not for `sports daily` or `sales rose`."""
    if word.lower() not in _PLURAL_MODIFIERS or not _compound_part(following.group("word")):
        return False
    head = _NOUN_WORD.match(text, following.end())
    return head is not None and _compound_part(head.group("word")) and _is_plural(head["word"])


def _compound_part(word: str) -> bool:
    """A lower-case word that may go on a compound noun: no function word or adverb."""
    return word.islower() and word not in STOP_WORDS and not word.endswith("ly")


# A model number after its maker's name: `Boeing 737-800`, `Airbus A320`.
_MODEL = re.compile(r"\s*(?P<word>[A-Z]\d{3}|\d{3}-\d{3})(?=\s+[a-z]+s\b)")


def _model(text: str, words: list[tuple[str, int]], cursor: int) -> re.Match[str] | None:
    """The model number of `70 Boeing 737-800 planes`, right after a capitalised word."""
    return _MODEL.match(text, cursor) if words and words[-1][0][:1].isupper() else None


def counted_noun(text: str, pos: int, singular: bool) -> tuple[str, int] | None:
    """The counted noun phrase right after a bare number (`5,000 students`), and its end."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 5 and (
        match := _NOUN_WORD.match(text, cursor) or _model(text, words, cursor)
    ):
        word = match.group("word")
        cursor = match.end()
        if not words and word.lower() in _SKIP_FIRST:
            continue  # "eight more picks" counts picks
        if word.lower() == "and" and words and not singular:
            words.append((word, cursor))  # "digital and physical sales"
            continue
        if word.lower() in STOP_WORDS or (singular and words and word.endswith("s")):
            break
        if not words and _verb_or_adverb(word, text, cursor):
            break  # "18 giving many girls", "four directly"
        if words and _participle(word) and _clause_after(text, cursor):
            break  # "a 40 page report titled Harbour Works": the clause after the noun
        words.append((word, cursor))
        following = _NOUN_WORD.match(text, cursor)
        if following and _plural_run(word, following.group("word")):
            continue  # "two cosmetics labels"
        if following and _plural_modifier(text, word, following):
            continue  # "30,000 sports utility vehicles"
        if _is_plural(word) or (singular and len(words) == 2):
            break
    while words and words[-1][0].lower() == "and":
        words.pop()
    return _noun_phrase(text, words, singular)


def _noun_phrase(text: str, words: list[tuple[str, int]], singular: bool) -> tuple[str, int] | None:
    if not words:
        return None
    if _is_plural(words[-1][0]) or singular:
        return " ".join(w for w, _ in words), words[-1][1]
    first, end = words[0]
    following = _NOUN_WORD.match(text, end)
    verb = _past_form(first)  # "11 showed stronger growth": a verb, no compound noun
    if first.islower() and not verb and following and following["word"].lower() not in STOP_WORDS:
        compound = list(itertools.takewhile(lambda w: _compound_word(w[0]), words))
        return " ".join(w for w, _ in compound[:4]), compound[:4][-1][1]  # "three course meal"
    return None


def _participle(word: str) -> bool:
    """A past participle ("labeled", "titled"), not a noun such as "seed" or "bed"."""
    plain = word.islower() and "-" not in word
    return plain and word.endswith("ed") and not word.endswith("eed") and len(word) > 4


def _past_form(word: str) -> bool:
    """A past form, short ones too ("tied", "used"), not a noun such as "seed"."""
    return word.islower() and word.endswith("ed") and not word.endswith("eed") and len(word) > 3


def _verb_or_adverb(word: str, text: str, pos: int) -> bool:
    """True for a gerund or an adverb right after a number, before a function word or the end
    ("giving many girls", "directly."), where no noun is counted."""
    lower = word.lower()
    verbal = len(lower) > 4 and lower.endswith(("ing", "ly")) and lower not in _LY_NOUNS
    if verbal and lower.endswith("ly") and _bare_participle_at(text, pos):
        return True  # "four directly linked to it": an adverb, its participle, no noun
    return word.islower() and verbal and _clause_after(text, pos)


def _bare_participle_at(text: str, pos: int) -> bool:
    """True when a participle with no noun after it follows `pos` ("linked to it")."""
    following = _NOUN_WORD.match(text, pos)
    if following is None:
        return False
    return _past_form(following.group("word")) and _clause_after(text, following.end())


_QUANTIFIERS = word_set("many much few several")
_LY_NOUNS = word_set("family ally rally assembly supply monopoly belly jelly bully lily anomaly")


def _clause_after(text: str, pos: int) -> bool:
    """True when the word at `pos` opens a phrase of its own: a name or a function word
    ("titled Harbour Works", "cooked by"), not the noun of "sized coal-fired plants"."""
    following = _NOUN_WORD.match(text, pos)
    word = following.group("word") if following else ""
    return not word or word[:1].isupper() or word.lower() in STOP_WORDS | _QUANTIFIERS


def _compound_word(word: str) -> bool:
    """A lower-case word of a compound like "three course meal"."""
    return word.islower() and word != "and"


def with_noun(text: str, quantity: Quantity) -> Quantity:
    """A bare quantity with the noun it counts as its unit ("5,000 students")."""
    if quantity.unit or quantity.kind not in {"number", "word"}:
        return quantity
    pos, end = quantity.end, None
    if plus := re.match(r"-?plus\b|-strong\b", text[pos:]):
        pos += plus.end()
    of_the = _OF_THE.match(text, pos)
    if part := _group_part(text, quantity, pos, of_the):
        return part
    spelled = quantity.kind == "word" or text[quantity.start : quantity.end].isalpha()
    if of_the and (spelled or quantity.scaled or _plural_at(text, of_the)):
        pos = of_the.end()  # "one of the students", "10 of the workers", "35m of its devices"
    noun = counted_noun(text, pos, singular=quantity.value == 1 and pos == quantity.end)
    if noun is None:
        return _after_adjective(text, quantity, pos)
    unit, end = noun
    last = unit.rsplit(" ", 1)[-1]
    head = units.measure_at(last, 0) if not last[:1].isupper() else None  # "World Cups"
    if head is not None and head[1] == len(last):
        return replace(quantity, unit=head[0], end=end)  # "517 rushing yards"
    if rate := rates.rate_at(text, end):
        unit, end = f"{unit} per {rate[0]}", rate[1]  # "500,000 cars a year"
    kind = quantity.kind + "-noun"
    return replace(quantity, unit=unit, end=end if pos == quantity.end else quantity.end, kind=kind)


def _group_part(
    text: str, quantity: Quantity, pos: int, of_the: re.Match[str] | None
) -> Quantity | None:
    """A part named by its group: "one of the hottest cars", "two of Britain's big unions"."""
    if owned := _of_an_owner(text, quantity, pos):
        return owned
    return _one_of(text, quantity, of_the.end()) if of_the else None


def _of_an_owner(text: str, quantity: Quantity, pos: int) -> Quantity | None:
    """Part of an owner's group ("one of Coke's largest deals", "two of Britain's big unions"):
    the owner and the group's noun phrase, or None."""
    owner = _OWNER_OF.match(text, pos)
    if owner is None:
        return None
    part = _one_of(text, quantity, owner.end())
    if part is None:
        noun = counted_noun(text, owner.end(), singular=False)
        if noun is None or not _is_plural(noun[0].rsplit(" ", 1)[-1]):
            return None
        part = replace(quantity, unit=noun[0], kind=quantity.kind + "-noun")
    return replace(part, unit=f"{owner.group('owner')} {part.unit}")


def _plural_at(text: str, of_the: re.Match[str]) -> bool:
    """True when "of the" is followed by a plural noun phrase: "10 of the workers" counts
    workers, while "3 of the report" or "5 of the 10" name no counted noun."""
    noun = counted_noun(text, of_the.end(), singular=False)
    return noun is not None and _is_plural(noun[0].rsplit(" ", 1)[-1])


def _one_of(text: str, quantity: Quantity, pos: int) -> Quantity | None:
    """A lone "one of the hottest cars in the world": the noun with the place or group phrases
    that pick it out, the way the whole group is named."""
    if quantity.kind != "word" or quantity.value != 1:
        return None
    most = _MOST.match(text, pos)
    noun = counted_noun(text, most.end() if most else pos, singular=False)
    if noun is None:
        return None
    unit, end = noun
    for _ in range(3):
        tail = _group_tail(text, end)
        if tail is None:
            break
        unit, end = f"{unit} {tail[0]}", tail[1]
    return replace(quantity, unit=unit, kind="word-noun")


_MOST = re.compile(r"(?:most|least)\s+", re.IGNORECASE)
# "one of Britain's biggest banks", "one of the world's largest", "one of al Qaeda's affiliates"
# The owner's `'s` may be lost in text stripped of apostrophes, before a superlative: "one of
# Putins harshest critics".
_OWNER_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<owner>(?:[A-Za-z][\w.&-]*\s+){0,2}?[A-Za-z][\w.&-]*?)"
    r"(?:['\u2019]s|(?<=s)['\u2019]|(?<=[a-rtv-z])s(?=\s+(?:most|least|[a-z]{2,}est)\b))\s+"
    r"(?:\d{1,3}(?:,\d{3})*\s+)?"  # the group's own count: "two of Britain's 40 unions"
)
_TAIL_START = re.compile(
    r"\s+(?P<prep>in|of|on|at|across)\s+(?:(?P<det>the|a|an|his|her|its|their|our|my|your)\s+)?"
)


def _group_tail(text: str, pos: int) -> tuple[str, int] | None:
    """A place or group phrase after a noun ("in the world", "in his life") and its end."""
    start = _TAIL_START.match(text, pos)
    if start is None:
        return None
    words: list[str] = []
    cursor = start.end()
    while len(words) < 3 and (match := _NOUN_WORD.match(text, cursor)):
        if match.group("word").lower() in STOP_WORDS or is_verb(match.group("word")):
            break
        words.append(match.group("word"))
        cursor = match.end()
    if not words:
        return None
    return " ".join(w for w in (start.group("prep"), start.group("det"), *words) if w), cursor


def _after_adjective(text: str, quantity: Quantity, pos: int) -> Quantity:
    """A unit after an adjective ("three straight days") or a `-plus` ("20-plus years"), but no
    period ("2.1 last year")."""
    later = _ADJECTIVE_UNIT.match(text, pos) or _modifier(text, pos)
    if later is None and pos > quantity.end:
        measure = units.measure_at(text, pos)  # "20-plus years"
    else:
        measure = units.measure_at(text, later.end()) if later else None
    if measure is None or (measure[0] in units.DURATIONS and text[measure[1] - 1] != "s"):
        return quantity
    return replace(quantity, unit=measure[0], end=measure[1])


_ADJECTIVE_UNIT = re.compile(r"\s+(?:previous|past|last|next|full|straight|consecutive|more)(?=\s)")
# Any one lower-case word before a unit that is plural: "16 training days", "5 working days".
_MODIFIER = re.compile(r"\s*\b(?P<word>[a-z][a-z-]{2,})(?=\s+[a-z]+s\b)")


def _modifier(text: str, pos: int) -> re.Match[str] | None:
    """The one word between a number and its plural unit, unless a function word."""
    match = _MODIFIER.match(text, pos)
    return match if match and match.group("word") not in STOP_WORDS else None


# "of the", and the group's own count after it: "one of the two gunmen", "12 of their 30 games".
_OF_THE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|my|your)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)\s+(?=[a-z]))?"
)
