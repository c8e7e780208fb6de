"""Whose age an age is, from what the sentence says around it (a name before or after it, the
people an `aged` phrase describes, a noun after `a 40-year-old`) or, for `the 25-year-old`, the
person the paragraph is about when the description fits them."""

from __future__ import annotations

import re

from bot.analyse.figures.age_owners import (
    age_of_subject,
    aged_name,
    aged_pronoun,
    aged_reporter,
    apposed_name,
    described_one,
)
from bot.analyse.figures.aged_people import (
    aged_apposition,
    described_age,
    name_after,
    named_thing_after,
    newcomer_age,
    noun_after,
    person_in_focus,
    stands_for_someone,
)
from bot.analyse.figures.found import Found
from bot.analyse.figures.lexicon import word_set
from bot.analyse.quotes.cast import Cast
from bot.analyse.quotes.lexicon import PRONOUN_GENDER
from bot.analyse.quotes.marks import Place

# `He was 64.`, `and she is now 34`: a person's pronoun and the verb that gives their age.
_PRONOUN_AGE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but|when)\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+(?:was|is|is\s+now|turned|"
    r"turns|will\s+be|would\s+have\s+been)\s+(?:about\s+|only\s+|just\s+|nearly\s+)?$"
)
_PRONOUN_REACH = 40
# Things an age describes, never a person in focus: `the 130-year-old organization`.
_THINGS = word_set(
    "organization organisation company firm business club building house church mosque temple "
    "tradition law plane aircraft jet ship boat car tree bridge school university newspaper "
    "magazine brand franchise festival tournament race song film statue painting institution "
    "society charity tower castle palace hotel restaurant shop store"
)


def whose_age(sentence: str, found: Found, cast: Cast, at: Place) -> str:
    """`age of Sarah Claxton` for `the 25-year-old` when the paragraph is about her, or for `the
    25-year-old Sarah Claxton`; else ""."""
    if aged := aged_apposition(sentence, found.start) or apposed_name(sentence, found):
        return aged
    if aged := aged_reporter(sentence, found, cast) or aged_name(sentence, found, cast):
        return aged  # "Ann Lee, aged 48,", "Ann Lee won at the age of 26"
    if pronoun := aged_pronoun(sentence, found):
        person = person_in_focus(cast, at, gender=PRONOUN_GENDER[pronoun.lower()])
        return f"age of {person}" if person else ""  # "She won at the age of 26"
    if named := name_after(sentence, found.end, cast) or named_thing_after(sentence, found):
        return f"age of {named}" if found.text.endswith("old") else ""
    if described := described_one(sentence, found):
        return described
    if (thing := noun_after(sentence, found.end)) in _THINGS:
        return f"age of the {thing}"  # "the 130-year-old organization's dinner": nobody's age
    if told := _PRONOUN_AGE.search(sentence, max(0, found.start - _PRONOUN_REACH), found.start):
        gender = PRONOUN_GENDER[told.group("pronoun").lower()]
        person = person_in_focus(cast, at, gender=gender)
        return f"age of {person}" if person else ""  # "He was 64."
    if not stands_for_someone(sentence, found.start, found.end, found.text):
        return age_of_subject(sentence, found, found.measure) or newcomer_age(sentence, found.end)
    person = person_in_focus(cast, at, noun_after(sentence, found.end))
    return f"age of {person}" if person else described_age(sentence, found.end)
