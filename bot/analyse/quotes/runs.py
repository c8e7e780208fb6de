"""People that a capitalised run names in a way the plain two-word rule of `cast` misses.

A single surname after a personal title (`Judge Okafor`, `Gov. Holt`) is a person; so is the
name at the end of a run that opens with an organisation's title (`Harbour Board Chair Lena
Holt`, `Port Town Mayor Ida Guardian`) when it starts with a known first name; and a
kin word before a name (`her husband, Ivo Marsh`, `Ruiz's wife, Ada`) gives the person a
role and with it a gender, so a later `he` or `she` finds them. A long run whose first word is
no first name ends in the name (`State Ivo Marsh` is Ivo Marsh), and an adverb that only
ever opens sentences (`Recently, he said`) is no one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from bot.analyse.events import rarity
from bot.analyse.quotes.lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    FIRST_NAMES,
    KIN_NOUNS,
    MALE_NAMES,
    NON_PERSON_WORDS,
    PERSON_NOUNS,
    STOP_CAPS,
    TITLES,
    Gender,
)
from bot.analyse.quotes.phrases import tokens

# Titles only a person bears: `General` (General Motors) or `Home` (Home Office) are not here.
PERSONAL_TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Sir Lady Dame Prof Professor President Judge Senator Sen Governor Gov
    Rep Representative Congressman Congresswoman Mayor Ambassador Amb Justice Speaker Rev
    Reverend Rabbi Bishop Archbishop Cardinal Coach Captain Capt Lt Col Colonel Sgt Sergeant
    Brigadier Pres Atty Secretary Chairman Chairwoman Leader CEO Undersecretary Commissioner Sheriff
    Chancellor Minister Director""".split()  # noqa: SIM905
)
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w\-]+['\u2019]s) ({'|'.join(sorted(KIN_NOUNS))}),? $"
)
_NOT_SURNAMES = NON_PERSON_WORDS | DEMONYMS | STOP_CAPS | TITLES
# What a secretary, minister or chief is `of`, left at the head of the name's run: `Secretary
# of State Ada Brook`, `Minister of Health Ivo Marsh`, `Chief of Staff Lena Holt`.
_PORTFOLIOS = frozenset(
    """State Defense Defence Health Education Commerce Energy Labor Labour Transportation
    Transport Agriculture Homeland Interior Justice Housing Environment Trade Finance Culture
    Veterans Staff Schools Police""".split()  # noqa: SIM905
)
# How common a word must be for a capital that only ever opens sentences to be that word's: at
# most this `rarity`, one word in 3,162 (5.5 on wordfreq's Zipf scale).
_EVERYDAY_RARITY = math.log(10 ** (9 - 5.5))
# A word a little rarer, whose plural opening a sentence is still that plural: `Shares`, `Prices`.
_COMMON_RARITY = math.log(10**4)
# Number words that open sentences (`Eight years ago, ...`): never an organisation's name.
COUNTING_WORDS = frozenset(
    """One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty
    Forty Fifty Hundred Hundreds Thousand Thousands Million Millions Dozens""".split()  # noqa: SIM905
)
# What may follow a surname: `Joseph R. Murray II`, `Robert P. Casey Jr`.
GENERATIONS = frozenset(["II", "III", "IV", "Jr", "Sr"])
_GENDERED: dict[str, Gender] = {"he": "m", "she": "f"}
_NEUTER = frozenset(["it", "its", "they", "their"])
# How many words a name after an organisation's title may have: `Ida Guardian`, `Ivo Tal
# Marsh`.
_TAIL_WORDS = (2, 3)


def titled_surname(run: list[str], before: str) -> bool:
    """Whether a one-word run is a person's surname, a personal title just before it: `Judge
    Okafor` (the title inside the run) or `Gov. Holt` (its full stop ends the run)."""
    title = title_before(before)
    if title in _FIRST_NAME_TITLES and run[:1] and run[0] in FIRST_NAMES:
        return False  # `Sir John` is Sir John Bourn, named by his first name
    return len(run) == 1 and plausible_surname(run[0]) and title is not None


# Titles a knight or dame keeps before a first name: `Sir Paul`, `Dame Judi`.
_FIRST_NAME_TITLES = frozenset(["Sir", "Dame"])


def title_before(before: str) -> str | None:
    """The personal title that `before` ends with (`Gov` of `Gov. `), if any."""
    previous = tokens(before[-20:].rstrip().removesuffix("."))[-1:]
    return previous[0] if previous and previous[0] in PERSONAL_TITLES else None


def plausible_surname(word: str) -> bool:
    """A capitalised word that may be a surname: no organisation or place word, no acronym,
    no demonym, no word that opens sentences."""
    return (
        word[:1].isupper()
        and word not in _NOT_SURNAMES
        and not (word.isupper() and len(word) > 1)
        and word.isalpha()
    )


def name_after_title(run: list[str]) -> tuple[list[str], list[str]] | None:
    """(title words, name) of a run that ends in a person's name after a title, when the run is
    otherwise an organisation's: `Harbour Board Chair Lena Holt` -> (`Harbour Board
    Chair`, `Lena Holt`). The name must open with a known first name."""
    for size in _TAIL_WORDS:
        if len(run) <= size:
            break
        lead, tail = run[:-size], run[-size:]
        if _title_word(lead[-1]) and _name_like(tail):
            return lead, tail
        if size == 2 and lead[-1] in TITLES and _plain_name(tail):
            return lead, tail  # `New York Mayor Ada Brook`, whatever her first name
    return None


def name_in_long_run(run: list[str]) -> list[str]:
    """The person's name that ends a longer run whose own first word is no first name: `State
    Ivo Marsh` (after `Secretary of`), `Rural Affairs Lena Holt`, `Channel News' Ada
    Brook` -> the name; any other run as it is (and one `name_after_title` reads, with its
    title)."""
    if not run or run[0] in FIRST_NAMES or name_after_title(run) is not None:
        return run
    for size in _TAIL_WORDS:
        if len(run) > size and _name_like(run[-size:]):
            return run[-size:]
    if run[0] in _PORTFOLIOS and len(run) - 1 in _TAIL_WORDS and _plain_name(run[1:]):
        return run[1:]  # `State Ada Brook` after `Secretary of`, whatever her first name
    return run


def no_name_word(word: str, runs: Sequence[re.Match[str]], lower: frozenset[str]) -> bool:
    """A capitalised word that only ever opens a sentence and reads as an adverb (`Recently,
    he said`, `Nearly half say`) or is written in small letters elsewhere in the article
    (`Fundraising was slow`, beside `fundraising`), or ends in a full stop: no one's name."""
    if word.endswith("."):
        return True
    common = word.endswith("ly") or word.lower() in lower or _everyday(word) or _plural_of(word)
    return common and all(_opens_sentence(m) for m in runs)


def _plural_of(word: str) -> bool:
    """The plural of a common word (`Shares`, `Prices`), not of a first name (`Roberts`)."""
    single = word[:-1]
    plural = word.endswith("s") and not word.endswith("ss") and single not in FIRST_NAMES
    return plural and rarity(single) <= _COMMON_RARITY


def _everyday(word: str) -> bool:
    """A word among the most common of English (`Read`, `Thank`, `Back`): at the start of every
    sentence it opens it is that word, not a name."""
    return rarity(word) <= _EVERYDAY_RARITY


def _opens_sentence(match: re.Match[str]) -> bool:
    before = match.string[: match.start()].rstrip()
    return not before or before.endswith((".", "?", "!", ":", "\u201c", '"'))


def _title_word(word: str) -> bool:
    lowered = word.lower()
    if word in FIRST_NAMES:
        return False  # `Ivo` in `Ivo Tal Marsh`
    return (
        word in PERSONAL_TITLES
        or word.endswith(("'", "\u2019"))  # `Channel News' Ada Brook`
        or word in DEMONYMS
        or lowered in PERSON_NOUNS
        or lowered.endswith(("er", "or", "ist"))
    )


def _plain_name(words: list[str]) -> bool:
    """Capitalised words, none an organisation's or a place's: `Ada Brook`, `Ada R. Brook`."""
    return all(w[:1].isupper() and w.strip(".").isalpha() and w not in _NOT_SURNAMES for w in words)


def _name_like(tail: list[str]) -> bool:
    first, rest = tail[0], tail[1:]
    if first not in FIRST_NAMES or first in NON_PERSON_WORDS:
        return False
    middle = rest[:-1]  # a middle name or initial: `Ivo Tal Marsh`, `Lena R. Holt`
    return all(w[:1].isupper() and w not in NON_PERSON_WORDS for w in middle) and all(
        w[:1].isupper() and w.strip(".").isalpha() for w in rest
    )


def kin_before(before: str) -> str | None:
    """The kin word just before a name, owned by someone: `her husband, ` -> `husband`."""
    found = _KIN_BEFORE.search(before[-40:])
    return found.group(1) if found else None


# Whether a `he` or `she` (the gender given) opening the sentence after a name's may be that name's.
OpenerCheck = Callable[[re.Match[str], Gender], bool]


def pronoun_gender(
    runs: list[re.Match[str]], next_opener: OpenerCheck | None = None
) -> Gender | None:
    """The gender of a name the article goes on with `he` (or only `she`) after, more often
    than with `it` or `they`: the first such word of the rest of each sentence it stands in, or,
    where `next_opener` allows it, the pronoun opening the next sentence."""
    said = Counter(_next_pronoun(match, next_opener) for match in runs)
    he, she, neuter = said["m"], said["f"], said["neuter"]
    if he > neuter and not she:
        return "m"
    return "f" if she > neuter and not he else None


def _next_pronoun(match: re.Match[str], next_opener: OpenerCheck | None) -> str:
    """The first `he`, `she`, `it` or `they` of the rest of the sentence, or the pronoun opening
    the next one when `next_opener` allows it (`the race Okafor hoped for. She said`): news
    often opens the next sentence with someone else commenting on the name."""
    words = tokens(match.string[match.end() : match.end() + 160])
    for at, word in enumerate(words):
        lowered = word.lower()
        if lowered in _GENDERED or lowered in _NEUTER:
            return _GENDERED.get(lowered, "neuter")
        if word in (".", "?", "!"):
            opener = words[at + 1].lower() if at + 1 < len(words) else ""
            gender = _GENDERED.get(opener)
            return gender if gender and next_opener and next_opener(match, gender) else ""
    return ""


def first_name_gender(name: str, first: str = "") -> Gender | None:
    """The gender of the first known first name of a full name, its surname aside: `Vice Chair
    Lena Holt` is a woman, though her name as written opens with her title."""
    for word in [first, *name.split()[:-1]] if first else name.split()[:-1]:
        if word in FEMALE_NAMES:
            return "f"
        if word in MALE_NAMES:
            return "m"
    return None
