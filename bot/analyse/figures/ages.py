"""Ages and primes: a bare number that is someone's age (`she was 10`, `Jane Doe, 25, said`,
`Senard 65 now` in text that lost its commas) or feet and inches written with primes (`30'`)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.lexicon import AGO, KIN_NOUNS
from bot.analyse.figures.names import after_naming_noun
from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

_AGE_OF = re.compile(
    r"(?:\baged|(?-i:\bages?)|\b(?:he|she|I|who)\s+(?:is|am|was|will\s+be|turned|turns|is\s+now)"
    # a person named by kin or role, then the verb: "Her son was just six", "The victim ... was 29"
    rf"|\b(?:{KIN_NOUNS})(?:,[^,;]{{1,40}},)?\s+(?:is|was)(?:\s+(?:just|only|now|still))?"
    r"|\b(?:I['\u2019]m|(?:he|she)['\u2019]s)|\bturn(?:s|ed|ing)?|\bas\s+(?:young|old)\s+as"
    r"|\b(?:die[sd]?|dying|passed\s+away)\s+at"
    r"|\b(?:who|were|was|is|are|be|been|no|not|anyone|people|those)\s+(?:no\s+)?(?:older|younger)"
    r"\s+than"
    # people over an age: "voters over 60", "households with people over 80"
    r"|\b(?:people|voters|adults|men|women|those|pensioners|anyone|residents|patients|drivers)"
    r"\s+(?:are\s+)?(?:over|under|aged\s+over|aged\s+under)"
    r"|\b(?:they|we|you)\s+(?:are|were)|\b(?:left\s+school|retired|retiring|married)\s+at"
    # what someone became at an age: "became an MP at 27", "became Leader of the Opposition at"
    r"|\bbec(?:ame|omes?|oming)\s+(?:an?\s+|the\s+)?(?-i:[A-Z][\w'\u2019-]*\s+(?:of\s+(?:the\s+)?)?)"
    r"{1,4}at"
    r"|\b(?:who|he|she|I)\s+(?:would|will)\s+(?:now\s+)?(?:be|have\s+been|turn))"
    r"\s+(?:about\s+|around\s+|almost\s+|nearly\s+|only\s+|just\s+|between\s+)?$",
    re.IGNORECASE,
)
_PRIME = re.compile(
    r"[\u2032\u2033](?!s\b)|['\"](?=\s+(?:when|and|in|on|at|tall|long|high|wide|deep)\b|[,;])"
    r"|['\u2019](?=\s?\d{1,2}(?:\.\d+)?[\"\u201d\u2033])"  # the feet of a height: 6' 9"
)
# "Jane Doe, 19 at the time, was": an apposition age as it was then
_AT_THE_TIME = re.compile(r"(?:\s+at\s+the\s+time)?,")
# "Jane Doe, 25," or "the mayor, 54,": a name or a person named by a noun, then the age
_APPOSITION_AGE = re.compile(
    r"(?:[A-Z][\w'\u2019-]*[a-z]|\b(?i:the|a|an|his|her|their|its|our)\s+(?:[a-z][a-z-]*\s+)?"
    r"[a-z][a-z-]{2,}),"  # "the veteran film-maker, 68,"
    r" (?:now |then |also |still )?$"
)
# An apposition closed by other than a comma needs a full name or a person's noun before it:
# "Amira Abase, 15 -- boarded", "Kadiza Sultana, 16; and", "named as Ann Lee, 34."
_NAMED_PERSON = re.compile(
    r"(?:\b[A-Z][a-z]+\s+[A-Z][\w'\u2019-]*[a-z]|\b(?i:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?"
    r"[a-z]{3,}), (?:now |then |also |still )?$"
)
_CAPITAL = re.compile(r"[A-Z]")
_LOWER_NAME_BEFORE = re.compile(r"(?<![\d,.])\b[a-z][a-z'\u2019-]*[a-z], $")
_CLAUSE_AFTER_AGE = re.compile(
    r",\s+(?:was|is|has|had|said|says|told|who|will|would|of|from|died|faces|faced|remains|now|"
    r"in|a|an|the)\b"
)
_APPOSITION_END = re.compile(r";|\s*(?:--|\u2014|\u2013)\s|\s-\s|\.?\s*$")
# An age after a name in text that lost its commas: "Nick Hague 44 has spent", "Senard 65 now".
_BARE_AGE_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w'\u2019-]*[a-z] $")
_BARE_AGE_AFTER = re.compile(
    r"\s+(?:has|had|is|was|said|says|told|now|who|will|would|joined|died|added|left|spent)\b"
)


def apposition_age(text: str, placed: Quantity) -> bool:
    """True for an age between commas after a name (`Jane Doe, 25, said`) or, in text that lost
    its commas, an adult's age right after a name (`Maddon 66 has`)."""
    before = text[max(0, placed.start - 30) : placed.start]
    whole = text[placed.start : placed.end].isdigit() and 0 < placed.value < 120
    if whole and _APPOSITION_AGE.search(before) and _AT_THE_TIME.match(text, placed.end):
        return True
    if whole and _NAMED_PERSON.search(before) and _APPOSITION_END.match(text, placed.end):
        return True
    return (whole and _lower_case_apposition(text, placed)) or _bare_age(text, placed)


# `in their 40s`, `in his early 30s`, `a woman in her mid-20s`: whose decade of life it is.
_DECADE_OWNER = re.compile(
    r"\bin\s+(?:their|his|her|my|your|our)\s+(?:(?:early|late|mid)[\s-]?)?$", re.IGNORECASE
)


def decade_age(text: str, quantity: Quantity) -> Quantity | None:
    """`40s` of `in their 40s` as an age of 40 (the decade's first year; shown as the whole
    decade, `aged 40 to 49`), or None."""
    decade = quantity.value.is_integer() and 10 <= quantity.value <= 90 and quantity.value % 10 == 0
    if not decade or text[quantity.end : quantity.end + 1] != "s" or quantity.unit:
        return None
    if text[quantity.end + 1 : quantity.end + 2].isalnum():
        return None
    if not _DECADE_OWNER.search(text, max(0, quantity.start - 30), quantity.start):
        return None
    return replace(quantity, end=quantity.end + 1, unit="year of age")


def _lower_case_apposition(text: str, placed: Quantity) -> bool:
    """True for an age between commas after a name in text written all in lower case
    (`tammy meyers, 44, was shot`): no capital says it is a name, the clause after says so."""
    reach = max(0, placed.start - _REACH_BACK)
    if _CAPITAL.search(text, reach, placed.start):
        return False
    name = _LOWER_NAME_BEFORE.search(text, reach, placed.start)
    return name is not None and _CLAUSE_AFTER_AGE.match(text, placed.end) is not None


def _bare_age(text: str, placed: Quantity) -> bool:
    """True for an adult's age right after a name in text without commas (`Senard 65 now`);
    below 15 it is far likelier a model (`Windows 10 has`, `Formula 1 has`)."""
    if not (15 <= placed.value <= 105 and text[placed.start : placed.end].isdigit()):
        return False
    before = _BARE_AGE_BEFORE.search(text, max(0, placed.start - _REACH_BACK), placed.start)
    if before is None or after_naming_noun(text, placed.start):
        return False  # "Route 66 is": a road, not a person's age
    return _BARE_AGE_AFTER.match(text, placed.end) is not None


def age_or_prime(text: str, placed: Quantity) -> Quantity | None:
    """An age without its unit ("she was 10") or feet and inches in primes ("30'"), or None."""
    if _is_age(text, placed):
        return replace(placed, unit="year of age")
    prime = _PRIME.match(text, placed.end) if not placed.unit else None
    if prime and prime.group() == '"' and text.count('"', 0, placed.start) % 2:
        prime = None  # the quote that closes "Part 1" is no inch mark
    if prime:
        unit = "inch" if prime.group() in {'"', "\u2033"} else "foot"
        return replace(placed, unit=unit, end=prime.end())
    if (
        not placed.unit
        and _FEET_BEFORE.search(text, max(0, placed.start - _REACH_BACK), placed.start)
        and _INCHES.match(text, placed.end)
    ):
        return replace(placed, unit="inch", end=placed.end + 1)  # the 11" of 6' 11"
    if not placed.unit and _FOOT_BEFORE.search(
        text, max(0, placed.start - _REACH_BACK), placed.start
    ):
        return replace(placed, unit="inch")
    spelled_in = _IN_AFTER.match(text, placed.end) if not placed.unit else None
    if spelled_in and _FEET_WORD_BEFORE.search(
        text, max(0, placed.start - _REACH_BACK), placed.start
    ):
        return replace(placed, unit="inch", end=spelled_in.end())  # the 2 of "12 ft 2 in"
    return None


_FEET_BEFORE = re.compile(r"\d['\u2019\u2032]\s?$")
_FOOT_BEFORE = re.compile(r"\d[- ](?:foot|feet)-$")  # the 9 of "6-foot-9"
_FEET_WORD_BEFORE = re.compile(r"\d\s?(?:ft|feet|foot)\.?\s+$")
# The words read before a number (`aged about`, `6-foot-`, a name) end right before it and are
# never longer than this: searching only so far back keeps a sentence of many numbers from
# costing the square of its length.
_REACH_BACK = 60
_IN_AFTER = re.compile(r"\s?in\b\.?")
_INCHES = re.compile(r"[\"\u201d\u2033]")


def _is_age(text: str, quantity: Quantity) -> bool:
    """True for "under the age of 5 years", "aged 18", "she was 10 when": an age in years."""
    if quantity.unit not in {"", Unit.YEAR}:
        return False
    reach = max(0, quantity.start - _REACH_BACK)
    if _AT_AGE.search(text, reach, quantity.start):
        return True  # "at age 14 she joined": the word age says it all
    if _NOW_BEFORE.search(text, reach, quantity.start) and _PERSON_AFTER.match(text, quantity.end):
        return not quantity.unit  # "Now 26, he is back": his age now
    if _AGE_MEASURE.search(text, max(0, quantity.start - 60), quantity.start):
        return not quantity.unit  # "life expectancy is around 73", not "fell by 2 years"
    if not quantity.unit and _OR_OLDER.match(text, quantity.end):
        return True  # "those 60 or older"
    if AGO.match(text, quantity.end) or not _AGE_OF.search(text, reach, quantity.start):
        return False  # "as I was 15 years ago": a time ago, no age
    return quantity.unit == Unit.YEAR or _AGE_END.match(text, quantity.end) is not None


# "Now 26, he", "Then 19, she": an age opening the sentence, before whose age it is.
_OR_OLDER = re.compile(r"\s+(?:or|and)\s+(?:older|younger)\b")
_NOW_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:(?:Now|Then)(?:\s+aged|\s+at)?|At)\s+$")
# whose age it is: a pronoun, or a name ("At 76, Jerry Brown is")
_PERSON_AFTER = re.compile(r",\s+(?:he|she|they|I|we\b|[A-Z][a-z]+\s+[A-Z][a-z]+)\b")
# The word "age" itself: "at age 14", "the age of 27", "the ages of 10 and 45"
_AT_AGE = re.compile(
    r"(?i:\b(?:at|of|from|until|before|after|past)\s+age|\bages?\s+of|\bages\s+rang(?:ed|ing|e)\s+from)"
    r"\s+(?:about\s+|around\s+|almost\s+|nearly\s+|only\s+|just\s+)?$"
)
# Measures whose numbers are ages: "life expectancy for men is 73", "a pension age of 67".
_AGE_MEASURE = re.compile(
    r"(?i:\b(?:life\s+expectancy|(?:retirement|pension|pensionable|voting|drinking|school-leaving)"
    r"\s+age|age\s+limit|the\s+age\s+(?:of\s+majority|of\s+consent|for\s+[a-z]+ing)))"
    r"\b[^\d.;]{0,40}$"
)
_AGE_END = re.compile(
    r"\s*(?:$|[,.;:)\"\u201d]|(?:to|and|or|by|when|in|on|at|but|so|as|years?|later|next|this|"
    r"about|for|with|who|from)\b)"
)
