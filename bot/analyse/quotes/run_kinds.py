"""What one capitalised run of an article names: a person (two to four name words, none an
organisation or place word), a body (an organisation word, an acronym, a name after `firm`, or one
word after `the` acting as itself), or a headline in capitals that names nothing. `cast` asks these
of every run it reads.
"""

from __future__ import annotations

from bot.analyse.quotes.lexicon import (
    BODY_WORDS,
    FIRM_WORDS,
    FIRST_NAMES,
    KIN_NOUNS,
    NON_PERSON_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
)
from bot.analyse.quotes.phrases import tokens

# Words after a name that show it acting as itself: `the Kremlin has`, `the Pentagon said`.
_ACTING = SPEECH_VERBS | frozenset("has had have is was will would could did does".split())  # noqa: SIM905


# Nouns that make a place of any name before them (`Kent State`, `Elm Street`): no surnames.
_GEO_NOUNS = frozenset(
    """state states city county street road avenue river lake island islands park valley hill
    hills bay beach port square hall house bridge mountain mountains point center centre
    university college school airport station falls harbour harbor springs heights rapids
    canyon gardens creek forest cove sound strait gulf coast""".split()  # noqa: SIM905
)
# Last words that keep a run a body or a place even after a first name (`Lincoln Center`).
_PLACE_HEADS = ORG_NOUNS | _GEO_NOUNS


def is_person(words: list[str], before: str = "") -> bool:
    """A person's name: two to four words, none a body's or a place's, or one name right after a
    kin noun (`Marsh's daughter Lena`). A last word that only is a place word (`West`,
    `Washington`) still ends a name after a first name or a noun for a person (`author and
    firebrand Cornel West`); `Boston Globe` and `Lincoln Center` stay bodies."""
    if len(words) == 1 and _after_kin(before) and not acronym(words[0]):
        return words[0] not in NON_PERSON_WORDS  # `Marsh's daughter Lena`
    if len(words) < 2 or len(words) > 4 or "&" in words or _joined(words):
        return False
    *first, last = words
    if any(body_word(w) or acronym(w) for w in first) or firm_name(words):
        return False
    if not body_word(last):
        return not acronym(last)
    if acronym(last) or last.lower() in _PLACE_HEADS:
        return False
    # `George Washington`, `author Cornel West`
    return first[0] in FIRST_NAMES or _described(before)


def _described(before: str) -> bool:
    """True when a noun for a person stands right before the run, as its role (`author and
    firebrand Cornel West`), not across a preposition (`a spokesman for the Harbour Trust`)."""
    words = [t.lower() for t in tokens(before)[-5:]]
    nouns = [i for i, w in enumerate(words) if w in PERSON_NOUNS]
    return bool(nouns) and not any(w in _LINKS for w in words[nouns[-1] + 1 :])


_LINKS = frozenset(["for", "of", "at", "from", "with", "by", "to", "in", "on"])


def _joined(words: list[str]) -> bool:
    """A run joined by a capitalised link word no personal name holds: `Reporters Without
    Borders`, `Doctors Without Borders`."""
    return any(w == "Without" for w in words[1:-1])


def body_word(word: str) -> bool:
    """An organisation or place word, alone or in a hyphenated name (`Chicago Sun-Times`, not
    the modifier `Post-election`)."""
    parts = word.split("-")
    named = len(parts) > 1 and all(part[:1].isupper() for part in parts)
    return word in NON_PERSON_WORDS or (named and any(p in NON_PERSON_WORDS for p in parts))


def _after_kin(before: str) -> bool:
    previous = [t for t in tokens(before)[-2:] if t != ","][-1:]  # `Ruiz's wife, Ada`
    return bool(previous) and previous[0].lower() in KIN_NOUNS


def acronym(word: str) -> bool:
    return word.isupper() and len(word) > 1 and not word.endswith(".")


def headline(words: list[str]) -> bool:
    """A headline in capitals (`FULL TEXT`, `NEW YORK AT ITS CORE`), not a body (`USA TODAY`)."""
    return sum(1 for w in words if w.isupper() and len(w) > 3 and "." not in w) >= 2


def firm_name(words: list[str]) -> bool:
    """A company's name by its last word, after no first name: `Nordvik Foods`, `Golden Reef
    Mining`, not `Samantha Power`."""
    return len(words) >= 2 and words[-1] in FIRM_WORDS and words[0] not in FIRST_NAMES


def is_org(words: list[str], before: str) -> bool:
    """An organisation: an organisation word, an acronym, or a name after `firm`, `company`."""
    if any(body_word(w) or acronym(w) or w == "&" for w in words) or _joined(words):
        return True
    if firm_name(words):
        return True
    previous = tokens(before)[-1:]
    return bool(previous) and previous[0].lower() in BODY_WORDS


def the_one(raw: list[str], words: list[str], before: str, after: str) -> bool:
    """`The Pentagon has said`, `the Kremlin.`: one capitalised word after `the`, no one's
    first name, acting as itself names a body or a place (people are not named with `the`);
    before a noun it only qualifies it (`the Obama administration`)."""
    the = raw[:1] == ["The"] or (raw == words and before.endswith(("the ", "The ")))
    following = tokens(after)[:1]
    acting = not following or not following[0][:1].isalpha() or following[0] in _ACTING
    one = len(words) == 1 and len(words[0]) > 1  # `the U.S.-led coalition` is no `U`
    return the and one and words[0] not in FIRST_NAMES and acting
