"""Whose age an age written in the sentence is, when no person of the article stands behind it:
`Ann Lee, a 27-year-old nurse` is `age of Ann Lee`, `a 40-year-old man accused of` is `age of
the man`, `the plane was 24 years old` is `age of the plane`. A reader asks whose age it is; the
noun alone (`man accused of`, `nurse`) answers another question."""

from __future__ import annotations

import re

from bot.analyse.figures.counted_verbs import COMMON_PLURALS
from bot.analyse.figures.found import Found
from bot.analyse.figures.lexicon import ARTICLES, DETERMINERS, KIN_NOUNS, VERBS, is_verb, word_set
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS, PERSON_NOUNS, PRONOUN_GENDER
from bot.analyse.quotes.people import Cast

# `Ann Lee, a ` or `Ann Lee, the ` right before the age: the name the apposition describes.
_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2}),"
    r"\s+(?:a|an|the)\s+$"
)
# `a 40-year-old man`, `two 17-year-old boys`: an age brought in with the people it describes.
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:[Aa]n?|(?i:two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+$"
)
_HYPHENED_AGE = re.compile(r"\d-years?-old$", re.IGNORECASE)
_SPACED_AGE = re.compile(r"\d\s+years?\s+old$", re.IGNORECASE)
_WORD = re.compile(r"\s+(?P<word>[A-Za-z][a-z'\u2019-]*)")
# Words that end the noun after an age: what follows it, not the noun itself.
_NOT_NOUN = word_set(
    "of in on at to for from with by who which that and or but as was is were are has had have "
    "will would said says told than when while after before near about"
)
_MAX_NOUN_WORDS = 3


def apposed_name(sentence: str, found: Found) -> str:
    """`age of Ann Lee` for the age of `Ann Lee, a 27-year-old nurse`, else ""."""
    if not _HYPHENED_AGE.search(found.text):
        return ""
    named = _NAME_BEFORE.search(sentence, max(0, found.start - 60), found.start)
    return f"age of {named.group('name')}" if named else ""


def aged_name(sentence: str, found: Found, cast: Cast) -> str:
    """`age of Ann Lee` for `Ann Lee, aged 48,` or for `Ann Lee won the title at the age of
    26` or `Lee took up golf at age 40` (the name opening the sentence, no comma between; a
    name of one word only when it is a person's the article names in full); else ""."""
    before = sentence[max(0, found.start - _AGED_REACH) : found.start]
    named = _NAME_THEN_AGED.search(before)
    if named and not _PLACED_NAME.search(before, 0, named.start()):
        return f"age of {named.group('name')}"  # not "Women in Scotland, aged 50"
    opening = _aged_opener(sentence, found, _OPENING_NAME)
    if opening is None or opening.group("name").endswith(("'s", "\u2019s")):
        return ""  # "Ann Lee's father died at the age of 60": the father's
    name = opening.group("name")
    if " " not in name:  # "Lee": Ann Lee; never "Retiring at age 40"
        person = cast.find([name])
        return f"age of {person.name}" if person and not person.org else ""
    return f"age of {name}"


def aged_pronoun(sentence: str, found: Found) -> str:
    """`He` or `She` when the sentence opens with it and gives its age `at the age of` (`She won
    her eighth title at the age of 26`), else ""."""
    opening = _aged_opener(sentence, found, _OPENING_PRONOUN)
    return opening.group("pronoun") if opening else ""


def aged_reporter(sentence: str, found: Found, cast: Cast) -> str:
    """`age of Chris Borland` for `Chris Borland announced that he was retiring at age 24`: a
    person (no body: `Police said that he`) who tells of themselves as `he` or `she`, of no
    other gender, in one clause up to `at the age of`; else ""."""
    before = sentence[max(0, found.start - _AGED_REACH) : found.start]
    if not _AT_THE_AGE_OF.search(before):
        return ""
    told = next(reversed(list(_REPORTED_SELF.finditer(sentence, 0, found.start))), None)
    if told is None or not _one_clause(sentence[told.end() : found.start]):
        return ""
    words = told.group("name").split()
    if len(words) > 2 and words[0].lower() in PERSON_NOUNS:
        words = words[1:]  # "Prop Jan Vos", a role opening the sentence
    person = cast.find(words)
    pronoun = told.group("pronoun")
    if person is not None and (person.org or person.gender not in (None, PRONOUN_GENDER[pronoun])):
        return ""  # `Police said that he`, `Mary Smith said that he`: someone else
    return f"age of {' '.join(words)}"


def _aged_opener(sentence: str, found: Found, opener: re.Pattern[str]) -> re.Match[str] | None:
    """The subject opening the sentence (`opener`) whose age `at the age of` gives in the same
    clause, else None."""
    before = sentence[max(0, found.start - _AGED_REACH) : found.start]
    opening = opener.match(sentence)
    if opening is None or not _AT_THE_AGE_OF.search(before):
        return None
    return opening if _one_clause(sentence[opening.end() : found.start]) else None


def _one_clause(words: str) -> bool:
    """True when `words`, between a subject and its age, hold one verb and no other name or
    subject (`won her eighth US title at`; not `said his mother died at`, `signed Rooney at`,
    `'s father died at`)."""
    if "," in words or words.startswith(("'s", "\u2019s")):
        return False
    split = words.split()
    finite = [
        w
        for i, w in enumerate(split)
        if (not i or split[i - 1].lower() != "to") and w not in _HELPING
    ]
    verbs = [
        w
        for w in finite
        if w not in _PARTICLES and (w in IRREGULAR_VERBS or w in VERBS or _verb_word(w))
    ]  # "took up golf at": one verb
    named = [w for w in split if w[:1].isupper() and not w.isupper()]
    other = [  # "signed the striker"; not "retiring from international rugby"
        w
        for i, w in enumerate(split)
        if w.lower().rstrip(",.") in PERSON_NOUNS and (not i or split[i - 1].lower() in ARTICLES)
    ]
    return len(verbs) <= 1 and not named and not other


_AGED_REACH = 60
_NAME = r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}"
_NAME_THEN_AGED = re.compile(rf"(?<![\w'\u2019])(?P<name>{_NAME}),\s+aged\s+$")
_PARTICLES = word_set("up out off down over back away")
_HELPING = word_set("has have had is are was were will would")  # "has defended": one verb
_PLACED_NAME = re.compile(r"\b(?:in|of|at|from|for|with|to|by)\s+$")
_AT_THE_AGE_OF = re.compile(r"\bat\s+(?:the\s+age\s+of|age)\s+$", re.IGNORECASE)
_OPENING_NAME = re.compile(
    r"\s*(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})\s+(?=[a-z])"
)
_OPENING_PRONOUN = re.compile(r"\s*(?P<pronoun>He|She)\s+(?=[a-z])")
# A name that reports of itself: `Chris Borland announced last week that he`.
_REPORTED_SELF = re.compile(
    rf"(?<![\w'\u2019])(?P<name>{_NAME})\s+(?:said|says|announced|announces|confirmed|revealed|"
    r"told\s+[\w ]{1,30}?)(?:\s+(?:on\s+[A-Z][a-z]+|last\s+week|today|yesterday))?\s+that\s+"
    r"(?P<pronoun>he|she)\s+(?=[a-z])"
)


def described_one(sentence: str, found: Found) -> str:
    """`age of the man` for `a 40-year-old man accused of`, `age of the boys` for `two
    17-year-old boys`: people or things brought in with their age, else ""."""
    if not _HYPHENED_AGE.search(found.text):
        return ""
    if not _INDEFINITE_BEFORE.search(sentence, max(0, found.start - 7), found.start):
        return ""
    noun = _noun_after(sentence, found.end)
    return f"age of the {noun}" if noun else ""


def age_of_subject(sentence: str, found: Found, measure: str) -> str:
    """`age of the plane` for `the plane was 24 years old` (measure `plane`), `age of the aircraft`
    for `at 24 years old, the aircraft was`, else ""."""
    if _AGE_WORD_BEFORE.search(sentence, max(0, found.start - 12), found.start):
        return _age_of_written(sentence, found.start, measure)  # "Her mother ... at age 49"
    if kin := _KIN_WAS.search(sentence, max(0, found.start - 80), found.start):
        return f"age of {kin.group('det').lower()} {kin.group('noun')}"  # "Her son was just six"
    if not _SPACED_AGE.search(found.text):
        return ""
    if _AT_BEFORE.search(sentence, max(0, found.start - 4), found.start) and (
        fronted := _SUBJECT_AFTER.match(sentence, found.end)
    ):
        return f"age of {fronted.group('np')}"  # the subject after a fronted age
    if not measure or measure.lower().startswith("age"):
        return ""
    common = not measure[:1].isupper() and measure.split()[0] not in DETERMINERS | ARTICLES
    return f"age of the {measure}" if common else f"age of {measure}"  # "age of the plane"


def _plural_subject(sentence: str, word: str) -> bool:
    """True for `Doctors` or for `Skills` in `Skills decline after age 25`: a known plural, or a
    word whose verb has no -s (a name, `Jones declines`, would have one)."""
    if word.lower() in _PLURALS:
        return True
    found = re.match(rf"\s*{re.escape(word)}\s+(?P<verb>[a-z]+)\b", sentence)
    verb = found.group("verb") if found else ""
    bare = verb in VERBS and not verb.endswith(("s", "ed"))  # "decline", not "declines"
    return bare and word.endswith("s")


def _verb_word(word: str) -> bool:
    """A lower-case verb form ending a subject: `died`, `was`; never a name (`Ahmed`)."""
    return word.islower() and (word.endswith("ed") or is_verb(word))


_PLURALS = COMMON_PLURALS | word_set("women men children people workers patients students")
# A person named by kin or role with the word that says whose, then `was`: `Her son was just`.
_KIN_WAS = re.compile(
    rf"\b(?P<det>[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?P<noun>{KIN_NOUNS})"
    r"(?:,[^,;]{1,40},)?\s+(?:is|was)(?:\s+(?:just|only|now|still))?\s+$"
)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_AGE_WORD_BEFORE = re.compile(r"\b(?:at|by|from|until|after)\s+age\s+$", re.IGNORECASE)


def _opens_deed(sentence: str, word: str) -> bool:
    """True when `word` opens `sentence` as a deed, not a name: `Retiring at`, `Starting school
    at`; not `Manning retired at`."""
    after = re.match(rf"\s*{re.escape(word)}\s+(?P<next>[a-z]+)", sentence)
    return (
        word[:1].isupper()
        and word.endswith("ing")
        and after is not None
        and not _verb_word(after.group("next"))
    )


def _age_of_written(sentence: str, start: int, measure: str) -> str:
    """`age of her mother` for `Her mother was diagnosed at age 49` (measure `mother`): the
    subject with the word that says whose it is, as the sentence writes it, or a name; "" for no
    subject or one the sentence does not write as a noun phrase (`died`)."""
    words = re.sub(r"\s+at\s+age$", "", measure).split()  # "her aunt at age 52": aunt
    cut = next((i for i, w in enumerate(words) if i and _verb_word(w)), 0)
    measure = " ".join(words[:cut] if cut else words)  # "father died at age": father
    if not measure or len(measure.split()) > 3 or measure.split()[-1] in {"age", "at"}:
        return ""  # "the retirement age 65"
    if "'" in measure or "\u2019" in measure:
        return ""  # "Her mother's cancer was diagnosed at age 49": not the cancer's age
    names = measure.split()
    if _opens_deed(sentence, names[0]):
        return "age"  # "Retiring at age 40 is rare", "Starting school at age five": nobody's
    if all(w[:1].isupper() for w in names) and measure in sentence[:start]:
        lone_plural = len(names) == 1 and _plural_subject(sentence, names[0])  # "Doctors"
        return "" if lone_plural else f"age of {measure}"  # "Ann Bell took up golf at age 40"
    if not measure.islower():
        return ""
    found = re.search(
        rf"\b(?P<det>the|his|her|their|its|a|an)\s+{re.escape(measure)}\b",
        sentence[:start],
        re.IGNORECASE,
    )
    if found is None:
        return ""
    return f"age of {found.group('det').lower()} {measure}"


# `, the aircraft involved in the crash was`: the subject a fronted age belongs to.
_SUBJECT_AFTER = re.compile(
    r",\s+(?P<np>(?:the|a|an|his|her|their|its)\s+[a-z][\w-]*"
    r"(?:\s+(?!(?:in|of|on|at|with|from|who|which|that)\b)[a-z][\w-]*(?<!ed)(?<!ing))?)\b"
    r"[^,;]{0,40}?\s+(?:was|is|were|are|has|had|will|would|can|could|[a-z]{3,}ed)\b"
)


def _noun_after(sentence: str, end: int) -> str:
    """`gas station worker` of `a 27-year-old gas station worker in Ohio`: up to three words,
    lower case past the first (`California woman`), cut before a preposition or a verb."""
    words: list[str] = []
    at = end
    while len(words) < _MAX_NOUN_WORDS and (found := _WORD.match(sentence, at)):
        word = found.group("word")
        if word.lower() in _NOT_NOUN or (words and not word.islower()):
            break
        if words and (word.endswith(("ed", "ing", "ly")) or is_verb(word)):
            break  # `man accused`, `woman living`, `male fatally shot`: the clause after the noun
        words.append(word)
        at = found.end()
    if not words or not words[-1].islower() or words[-1].endswith(("ed", "ing")):
        return ""
    return " ".join(words)
