"""The noun a bare number counts: `5,000 students`, `two cosmetics labels`, `one man`."""

from __future__ import annotations

import itertools
import re

from bot.analyse.figures.lexicon import DATE_WORDS, VERBS, ly_adverb, word_set
from bot.analyse.figures.numbers import WORD_VALUES

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
    "although though because unless whether despite due"
)

# A word of a counted noun phrase, or a dotted abbreviation in it ("two U.S. officials").
# A word in double quotes is still a word of it: `eight "critical" flaws` counts critical flaws.
NOUN_WORD = re.compile(
    r"\s*(?P<quote>[\"\u201c])?"
    r"(?P<word>(?-i:[A-Z]\.){2,}(?=\s+[A-Za-z])|(?>[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z])(?!\d))"
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
# Adverbs of degree inside the phrase, no part of what is counted.
_DEGREE = word_set("very really extremely highly particularly truly quite fairly rather")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "three DJs", "4 SUVs"


_ALWAYS_PLURAL = _PLURAL_IRREGULAR | _INVARIANT_PLURALS
# Irregular plurals a verb may follow right away: `239 people disappears` (but `police officers`).
_VERB_MAY_FOLLOW = _PLURAL_IRREGULAR - {"police", "staff"}


_MODELS = re.compile(r"\d{1,3}s")  # the `3s` of `Model 3s`


def is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _ALWAYS_PLURAL or lower.endswith(("men", "people", "children")):
        return True
    if _ACRONYM_PLURAL.fullmatch(word) or _MODELS.fullmatch(word):
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _plural_run(word: str, following: str) -> bool:
    """Two plurals in a row, one noun: `cosmetics labels`, not `entries Bloglines`."""
    name_after = word[:1].islower() and following[:1].isupper()
    # "239 people disappears": a verb follows; but "police officers", "staff members"
    irregular = word.lower() in _VERB_MAY_FOLLOW
    return is_plural(word) and is_plural(following) and not name_after and not irregular


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
    head = NOUN_WORD.match(text, following.end())
    return head is not None and _compound_part(head.group("word")) and is_plural(head["word"])


def _compound_part(word: str) -> bool:
    """A lower-case word that may go on a compound noun: no function word or adverb."""
    return word.islower() and word not in STOP_WORDS and not word.endswith("ly")


# A model number after its maker's name: `Boeing 737-800`, `Airbus A320`, `PlayStation 2
# consoles`, `Model S and Model X cars`, or the models themselves: `Model 3s`.
_MODEL = re.compile(
    r"\s*(?P<word>(?:[A-Z]\d{3}|\d{3}-\d{3}|\d{1,3}|[A-Z])(?=\s+[a-z]+s\b)|\d{1,3}s(?=[\s.,;:]|$)"
    r"|[A-Z](?=\s+(?:and|or)\s+[A-Z]))"
)
_MODEL_FIRST = re.compile(r"\s*(?P<word>[A-Z]{1,3}-?\d{1,4}[a-z]?)(?=\s+[A-Za-z])")


def _model(text: str, words: list[tuple[str, int]], cursor: int) -> re.Match[str] | None:
    """The model number of `70 Boeing 737-800 planes`, right after a capitalised word, or one
    that opens the phrase (`6,200 A320 Family aircraft`, `12 F-16 jets`)."""
    if words and words[-1][0][:1].isupper():
        model = _MODEL.match(text, cursor)
        digits = model is not None and model.group("word").isdigit()
        return None if digits and words[-1][0].isupper() else model  # `EU 27 leaders`: no model
    return None if words else _MODEL_FIRST.match(text, cursor)


# Verbs that also qualify a plural noun right after them: `total subscribers` (not `paid`:
# `12 paid bribes` is a deed).
_MODIFYING_VERBS = word_set("total")


def _modifying_verb(word: str, text: str, pos: int) -> bool:
    """Whether `word` is a verb qualifying the plural right after it (`total subscribers`)."""
    if word.lower() not in _MODIFYING_VERBS:
        return False
    following = NOUN_WORD.match(text, pos)
    return following is not None and is_plural(following.group("word"))


def counted_noun(text: str, pos: int, singular: bool) -> tuple[str, int] | None:
    """The counted noun phrase right after a bare number (`5,000 students`), and its end."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 6 and (
        match := NOUN_WORD.match(text, cursor) or _model(text, words, cursor)
    ):
        word = match.group("word")
        cursor = match.end()
        if not words and word.lower() in _SKIP_FIRST:
            continue  # "eight more picks" counts picks
        if word.lower() in _DEGREE:
            continue  # "one very real possibility" counts real possibilities
        if word.lower() == "and" and words and not singular:
            if _new_phrase_after_and(text, cursor, words[-1][0]):
                break  # "two white and five black cabs", "star petrol and pumped"
            words.append((word, cursor))  # "digital and physical sales"
            continue
        if _modifying_verb(word, text, cursor):
            words.append((word, cursor))  # "10 million total subscribers"
            continue
        if word.lower() in STOP_WORDS or (singular and words and word.endswith("s")):
            break
        if not words and word.lower() in DATE_WORDS and not _plural_after(text, cursor):
            break  # `from 1 to 5 Tuesday night`, `one March`; not `three Sunday papers`
        if singular and not words and word.islower() and _verb_s(word) and _after_one(text, pos):
            break  # `one needs surgery`, `one says`: a verb after `one`, no noun it counts
        if not words and _verb_or_adverb(word, text, cursor):
            break  # "18 giving many girls", "four directly"
        if words and _participle(word) and _clause_after(text, cursor):
            break  # "a 40 page report titled Harbour Works": the clause after the noun
        words.append((word, cursor))
        following = NOUN_WORD.match(text, cursor)
        if following and _plural_run(word, following.group("word")):
            continue  # "two cosmetics labels"
        if following and _plural_modifier(text, word, following):
            continue  # "30,000 sports utility vehicles"
        if is_plural(word) or (singular and len(words) == 2):
            break
    while words and words[-1][0].lower() == "and":
        words.pop()
    return _noun_phrase(text, words, singular)


def _noun_phrase(text: str, words: list[tuple[str, int]], singular: bool) -> tuple[str, int] | None:
    if not words:
        return None
    if is_plural(words[-1][0]) or singular:
        return " ".join(w for w, _ in words), words[-1][1]
    first, end = words[0]
    following = NOUN_WORD.match(text, end)
    verb = _past_form(first)  # "11 showed stronger growth": a verb, no compound noun
    if first.islower() and not verb and following and following["word"].lower() not in STOP_WORDS:
        compound = list(itertools.takewhile(lambda w: _compound_word(w[0]), words))
        return " ".join(w for w, _ in compound[:4]), compound[:4][-1][1]  # "three course meal"
    return None


def _new_phrase_after_and(text: str, pos: int, before: str) -> bool:
    """True when the word after `and` opens no second half of the noun: another count, or a
    verb after a noun ("and five ethnic minority women", "petrol and pumped vast quantities";
    not "famous and respected directors")."""
    following = NOUN_WORD.match(text, pos)
    if following is None:
        return False
    word = following.group("word")
    adjective = before.lower().endswith(_ADJECTIVE_ENDINGS) or before.lower() in _SHORT_ADJECTIVES
    return word.lower() in WORD_VALUES or (_past_form(word) and not adjective)


_ADJECTIVE_ENDINGS = ("ous", "ful", "ic", "al", "ive", "ent", "ant", "able", "ible", "ed", "ing")
_SHORT_ADJECTIVES = word_set("new old big small large young top high low main key major minor")


def _after_one(text: str, pos: int) -> bool:
    """True when `pos` is right after the word `one` (not after `one or two`)."""
    return text[max(0, pos - 4) : pos].lower() == " one" or text[:pos].lower() == "one"


def _verb_s(word: str) -> bool:
    """True for a present verb's `-s` form (`needs`, `says`), not a noun whose singular ends in
    `s` (`news`, `series`, `bus`)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _S_NOUNS


_S_NOUNS = word_set("news series species means works headquarters crossroads")


def _plural_after(text: str, pos: int) -> bool:
    """True when the word after `pos` is a plural (`Sunday papers`)."""
    following = NOUN_WORD.match(text, pos)
    return following is not None and is_plural(following.group("word"))


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
    verbal = (len(lower) > 4 and lower.endswith("ing")) or ly_adverb(lower)
    if verbal and lower.endswith("ly") and _bare_participle_at(text, pos):
        return True  # "four directly linked to it": an adverb, its participle, no noun
    return word.islower() and verbal and _clause_after(text, pos)


def _bare_participle_at(text: str, pos: int) -> bool:
    """True when a participle with no noun after it follows `pos` ("linked to it")."""
    following = NOUN_WORD.match(text, pos)
    if following is None:
        return False
    return _past_form(following.group("word")) and _clause_after(text, following.end())


_QUANTIFIERS = word_set("many much few several")
_OPENING_WORDS = STOP_WORDS | _QUANTIFIERS


def _clause_after(text: str, pos: int) -> bool:
    """True when the word at `pos` opens a phrase of its own: a name or a function word
    ("titled Harbour Works", "cooked by"), not the noun of "sized coal-fired plants"."""
    following = NOUN_WORD.match(text, pos)
    word = following.group("word") if following else ""
    return not word or word[:1].isupper() or word.lower() in _OPENING_WORDS


def _compound_word(word: str) -> bool:
    """A lower-case word of a compound like "three course meal"."""
    return word.islower() and word != "and"
