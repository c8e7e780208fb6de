"""Whose age a bare age is: in an article, `The 25-year-old won` or `the 51-year-old designer was`
stands for the person the paragraph is about, so its measure is `age of Sarah Claxton`."""

from __future__ import annotations

import re

from bot.analyse.figures.counted_verbs import done_by_pronoun, with_doer
from bot.analyse.figures.found import Found
from bot.analyse.figures.lexicon import word_set
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.cast import Cast
from bot.analyse.quotes.lexicon import (
    DEMONYMS,
    IRREGULAR_VERBS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    Gender,
)
from bot.analyse.quotes.marks import Place

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_YEAR_OLD = re.compile(r"\d[- ]years?[- ]old$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})")
_ROLE_AFTER = re.compile(r"\s+(?P<role>[a-z][a-z-]+)(?=\s+[A-Z])")
# A verb after the age (`the 30-year-old scores`): the age is the person, not a group's.
_VERB_AFTER = re.compile(r"\s+[a-z]+s\s+(?:that|he|she|it|they|the|a|an|his|her|their|its|\d)")


def stands_for_someone(sentence: str, start: int, end: int, text: str) -> bool:
    """True for an age written as `the N-year-old` with no plural noun after it (`the 15-year-old
    pupils` are a group; `the 25-year-old has`, `the 51-year-old designer` are one person)."""
    if not _YEAR_OLD.search(text) or not _THE_BEFORE.search(sentence, max(0, start - 8), start):
        return False
    following = _NEXT_WORD.match(sentence, end)
    word = following.group(1) if following else ""
    if word[:1].isupper():  # `the 74-year-old Eastwood`: the name after says whose; not
        return _demonym(sentence, end, word)  # `the 32-year-old Ethiopian is`, one person
    plural = word.islower() and word.endswith("s") and not word.endswith("ss")
    verb = word in FINITE_VERBS or bool(_VERB_AFTER.match(sentence, end))
    return not plural or verb


def _demonym(sentence: str, end: int, word: str) -> bool:
    """True for a nationality standing alone for a person after an age (`the 32-year-old
    Ethiopian is`), not one that describes a noun after it (`the 34-year-old Dutch midfielder`)."""
    if word not in DEMONYMS:
        return False
    following = _NEXT_WORD.match(sentence, end)
    while following is not None and following.group(1)[:1].isupper():  # `South African`
        following = _NEXT_WORD.match(sentence, following.end())
    return following is None or following.group(1) in FINITE_VERBS


def person_in_focus(cast: Cast, at: Place, noun: str = "", gender: Gender | None = None) -> str:
    """The person (known by a pronoun or a role, never an organisation) named before `at` in its
    paragraph or the one before, of `gender` or the gender `noun` has: the one whose role is
    `noun` (`the 51-year-old designer`), else the latest to open a clause (`Ann Cole won ... The
    30-year-old has`), else the most named; "" when there is none."""
    last: dict[str, Place] = {}
    opened: dict[str, Place] = {}
    for mention in cast.mentions:
        person = cast.people.get(mention.name)
        if person and not person.org and (person.gender or person.role) and mention.key < at:
            last[person.name] = mention.key
            if mention.subject:
                opened[person.name] = mention.key
    near = {name: place for name, place in last.items() if at[0] - place[0] <= 1}
    if gender := gender or NOUN_GENDER.get(noun):  # `the 84-year-old woman` is no man
        near = {name: place for name, place in near.items() if cast.people[name].gender == gender}
    if not near:
        return ""
    roles = {name: (cast.people[name].role or "").split()[-1:] == [noun] for name in near}
    opened_near = [name for name in opened if name in near]
    latest = max(opened_near, key=lambda name: opened[name], default="")
    return max(near, key=lambda name: (roles[name], name == latest, cast.count(name), near[name]))


def noun_after(sentence: str, end: int) -> str:
    """The lower-case word right after an age (`designer` in `the 51-year-old designer`)."""
    following = _NEXT_WORD.match(sentence, end)
    return following.group(1) if following and following.group(1).islower() else ""


def newcomer_age(sentence: str, end: int) -> str:
    """`age of the South African comic` for `the 31-year-old South African comic has`: a nation
    or place in the description brings in someone new, not the person in focus; else ""."""
    described = _DESCRIBED_AFTER.match(sentence, end)
    return f"age of the {described.group('np')}" if described else ""


def described_age(sentence: str, end: int) -> str:
    """`age of the woman` for `the 84-year-old woman` when no person of the article is the one
    described: the description itself says whose age it is; "" when no noun follows the age."""
    following = _NEXT_WORD.match(sentence, end)
    word = following.group(1) if following else ""
    if _demonym(sentence, end, word):
        return f"age of the {word}"  # "the 32-year-old Ethiopian is"
    if not word.islower() or word in FINITE_VERBS or word in _NOT_DESCRIPTIONS:
        return ""
    verb = word.endswith(("ed", "ing")) or bool(_VERB_AFTER.match(sentence, end))
    return "" if verb else f"age of the {word}"


# `Dutch midfielder`, `South African comic`: capitalised adjectives, then a lower-case noun that
# is no verb (`the 74-year-old Eastwood said` is a name and its verb).
_DESCRIBED_AFTER = re.compile(
    r"\s+(?P<np>(?:[A-Z][a-z]+\s+){1,2}(?P<noun>(?!(?:said|says|told|was|is|has|had|who|and|"
    r"of|in|on|at|with|from|for|to|by)\b)[a-z]{3,}(?<!ed)(?<!ing)))\b(?!\s+(?:that|he|she|it|they|the|"
    r"a|an|his|her|their|its)\b)"
)
_NOT_DESCRIPTIONS = word_set(
    "of in on at to for from with by who which that and or but as was is were are has had have "
    "will would said says told than when while after before near about also"
)
_MALE = word_set("man boy father son husband brother grandfather businessman dad uncle")
_FEMALE = word_set("woman girl mother daughter wife sister grandmother businesswoman mum mom aunt")
# What a noun says of a person's gender (`woman`: f); no entry for `designer` or `nurse`.
NOUN_GENDER: dict[str, Gender] = {
    **{word: "m" for word in _MALE},
    **{word: "f" for word in _FEMALE},
}


def name_after(sentence: str, end: int, cast: Cast) -> str:
    """The name of someone the article names, right after an age (`Ann Lee` in `the 41-year-old
    Ann Lee`), else "" (`the 34-year-old Dutch midfielder`)."""
    named = _NAME_AFTER.match(sentence, end)
    role = None if named else _ROLE_AFTER.match(sentence, end)
    if role and role.group("role").lower() in PERSON_NOUNS:  # "19-year-old winger Iker Lara"
        named = _NAME_AFTER.match(sentence, role.end())
    if not named:
        return ""
    words = named.group(1).split()
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), len(words))
    words = [*words[:owner], *(w[:-2] for w in words[owner : owner + 1])]  # `Donald Young's`
    parts = {
        part for name, person in cast.people.items() if not person.org for part in name.split()
    }
    while words and words[-1] not in parts:
        words.pop()
    return " ".join(words) if words and all(word in parts for word in words) else ""


# `the brothers, aged 14 and 16,` or `three women aged 59 and 76`: the people an `aged` phrase
# gives the ages of.
_AGED_APPOSITION = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth|(?P<count>[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Ss]ix|\d{1,2}))\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),?\s+aged\s+"
    r"(?:\d{1,3}\s*(?:,|and|or)\s*)*$"
)


def aged_apposition(sentence: str, start: int) -> str:
    """`age of the brothers` for the 14 or the 16 of `the brothers, aged 14 and 16, were`, else
    ""."""
    found = _AGED_APPOSITION.search(sentence, max(0, start - 80), start)
    if found is None:
        return ""
    first, _, rest = found.group("np").partition(" ")
    first = "the" if found.group("count") or first.lower() in {"the", "both"} else first.lower()
    return f"age of {first} {rest}"


# A name the cast does not know, alone before a comma or a stop: `the 40-year-old Dakota,`
_LONE_NAME_AFTER = re.compile(
    r"\s+(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*)?)[,.;]"
)


def named_thing_after(sentence: str, found: Found) -> str:
    """`Dakota` of `The 40-year-old Dakota, registration G-ABCD,`: whose age a
    `year-old` is when a name the article's people lack follows it, else ""."""
    if not _YEAR_OLD.search(found.text):
        return ""
    named = _LONE_NAME_AFTER.match(sentence, found.end)
    return named.group("name") if named else ""


# `her two girls`, `his 63 passes`: a count whose owner is a person written as a pronoun.
_PERSONAL_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Hh]er|[Hh]is)\s+$")


_BRACKET = re.compile(r"^\s*\([^()]*\)")


def _noun_written_after(sentence: str, found: Found) -> str:
    """The measure of a sum or size when the sentence writes it right after the figure (`her
    $40,000 salary`: `her` then says whose), up to a verb (`lorry broke down`: lorry); "" when
    it is written elsewhere (`paid her $400`: `her` is whom it was paid to)."""
    words = found.measure.split()
    after = _BRACKET.sub("", sentence[found.end :], count=1)  # "3,000 euros (£2,060) fine"
    written = [w.strip(".,;:!?)\"'") for w in after.split()[: len(words)]]
    if not words or len(words) > 2 or words != written or not found.measure.islower():
        return ""
    if "'" in found.measure or "\u2019" in found.measure:
        return ""  # "his £71,433 minister's salary": the noun says whose already
    if words[1:] and (words[1] in FINITE_VERBS | IRREGULAR_VERBS or words[1].endswith("s")):
        return words[0]  # "her 5ft 4in frame belies": frame
    return found.measure


def persons_deed(sentence: str, found: Found, cast: Cast, at: Place) -> str:
    """`co-stars Tom Grant insulted` for `He also allegedly insulted four co-stars` when Tom
    Grant, a man, is the latest man named shortly before; else "" (a pronoun owns nothing)."""
    bare = found.measure == found.unit or found.measure == found.unit.removeprefix("other ")
    if not found.kind.endswith("-noun") or not found.unit or not bare:
        return ""
    if _OF_AFTER.match(sentence, found.end):
        return ""  # `he saw one of his officers`: one picked from a group, not a deed's count
    doer = done_by_pronoun(sentence, found.start)
    if doer is None:
        return ""
    person = _latest_named(cast, at, "m" if doer[0] == "he" else "f")
    return with_doer(found.measure, found.measure, (person, doer[1])) if person else ""


_OF_AFTER = re.compile(r"\s+of\b")
# How far before a pronoun its person may be named: about the sentence before.
_PRONOUN_REACH = 300


def _latest_named(cast: Cast, at: Place, gender: Gender) -> str:
    """The latest person of `gender` named shortly before `at` (in its paragraph, or in the one
    before when `at` opens its own), when they opened their clause, else "" (`the guy next to
    Rodgers? He won` is not Rodgers)."""
    latest, opened = "", False
    for mention in cast.mentions:
        person = cast.people.get(mention.name)
        if not person or person.org or person.gender != gender or not mention.key < at:
            continue
        same = mention.key[0] == at[0] and at[1] - mention.key[1] <= _PRONOUN_REACH
        if same or (mention.key[0] == at[0] - 1 and at[1] <= _PRONOUN_REACH):
            latest, opened = person.name, mention.subject
    return latest if opened else ""


def persons_things(sentence: str, found: Found, cast: Cast, at: Place) -> str:
    """`Ann Lee's daughters` for `her two daughters`, `Ann Lee's commute` for `her 21-mile
    commute`, when the paragraph is about Ann Lee (a woman, for `her`); else "" (the clause's
    subject put in front would own them: `wage difference girls`)."""
    before = _PERSONAL_BEFORE.search(sentence, max(0, found.start - 5), found.start)
    if before is None:
        return ""
    if found.kind.endswith("-noun"):
        thing = found.unit
    elif found.kind not in {"year", "year-fact"}:  # "her $40,000 salary", "his six-month ban"
        thing = _noun_written_after(sentence, found)
    else:
        thing = ""  # "his 1959 song": a year names the work, whose is for the text to say
    if not thing:
        return ""
    person = person_in_focus(cast, at, gender=PRONOUN_GENDER.get(before.group(0).strip().lower()))
    return f"{person}'s {thing}" if person else ""
