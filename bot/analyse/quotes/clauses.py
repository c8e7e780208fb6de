"""The subject opening a clause, past what comes before it: openers (`But`), introductory
phrases (`In a letter to members,`, `Sunday morning,`), datelines (`WASHINGTON (AFP) -`) and role
words running into a name (`Green front-runner Lena Holt`)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.descriptions import description_back, spoken_for
from bot.analyse.quotes.lexicon import (
    AUXILIARIES,
    DEMONYMS,
    DETERMINERS,
    IRREGULAR_VERBS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SUBJECT_PRONOUNS,
    TITLES,
    TRADE_NOUNS,
)
from bot.analyse.quotes.names import Phrase, is_cap, name_run_back, tokens

# Words opening a phrase in front of a clause's subject: `In a letter to members, she ...`.
_INTRODUCERS = frozenset(
    """in at on after before during with for from asked speaking earlier later last
    while when since early late amid despite following""".split()  # noqa: SIM905
)
# Days that open a sentence before its subject: `Sunday morning, Ada Brook ...`.
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()  # noqa: SIM905
)
_PLACE_LINKS = frozenset(["in", "at", "from", "near"])
_DASHES = frozenset(["-", "\u2013", "\u2014", "--"])
# Marks a dateline puts between its place and agency: `WASHINGTON (AFP) -`, `LA CROSSE, Wis. -`.
_DATELINE_MARKS = frozenset(["(", ")", ",", "."])
_OPENERS = frozenset(["but", "and", "so", "yet", "however", "meanwhile", "now", "then", ","])
_DASH_AFTER_SPACE = re.compile(r"\s[-\u2013\u2014]+")
# Where one clause may end and the next begin: `;`, or `and`/`but` before a capitalised word.
_CLAUSE_BREAK = re.compile(r";\s*|,?\s+(?:and|but)\s+(?=[A-Z])")
# Endings of the words that qualify a role: `presidential candidate`, `GOP nominee`.
_ROLE_ADJECTIVES = ("al", "ic", "candidate", "nominee", "hopeful", "runner")


def clause_subject(text: str) -> Phrase | None:
    """The subject opening a clause: `But Okafor accused X ..., saying` gives `Okafor`."""
    words = _without_introductions(tokens(text))
    if not words or _introduces(words):  # `Hastily leaving the hall - as ever - Ada Brook`
        return None
    if words[0].lower() in SUBJECT_PRONOUNS:
        return Phrase("pronoun", (words[0].lower(),))
    apposed = _name_after_role(words)
    if apposed is not None:
        return apposed
    end = 1 if _the_named_body(words) else 0
    while end < len(words) and (is_cap(words[end]) or words[end] in TITLES):
        end += 1
    end = _past_role_words(words, end)
    start = name_run_back(words, end)
    if start < end:
        return Phrase("name", tuple(words[start:end]))
    body = spoken_for(words[1:]) if words[0].lower() in DETERMINERS else None
    if body is not None:  # `A spokesman for the Port Board disputed it, saying`
        return body
    if words[0].lower() in DETERMINERS and len(words) > 1:
        end = next(
            (i for i, w in enumerate(words[1:], 1) if not w[:1].isalnum() or surely_verb(w)),
            len(words),
        )
        return description_back(words[:end][:6])  # `The regulator fined the bank, adding`
    return None


def surely_verb(word: str) -> bool:
    """Whether a word is surely a verb, which ends the subject before it (`fined`, `cut`)."""
    return word.islower() and (
        word in AUXILIARIES or word in IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 4)
    )


def _name_after_role(words: list[str]) -> Phrase | None:
    """`The Lord Chancellor, Lord Reed, agreed`: the name set off after the role opening the
    clause is its subject (the cast keeps the role)."""
    if words[0].lower() not in DETERMINERS or "," not in words[2:9]:
        return None
    comma = words.index(",", 2)
    close = comma + 1
    while (
        close < len(words)
        and close - comma <= 5
        and (is_cap(words[close]) or words[close] in TITLES)
    ):
        close += 1
    role = words[1:comma]
    if close == comma + 1 or words[close : close + 1] != [","] or not _role_like(role):
        return None
    start = max(name_run_back(words, close), comma + 1)
    return Phrase("name", tuple(words[start:close]), tuple(words[comma + 1 : start]))


def _role_like(words: list[str]) -> bool:
    return any(w.lower() in PERSON_NOUNS or w in TITLES for w in words)


def _without_introductions(words: list[str]) -> list[str]:
    """The clause without its openers and introductory phrases: `But`, `In an interview on
    Monday,`, `Hours later,`, `Appearing before supporters,` (one after another)."""
    words = _without_dateline(words)
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
    while words and _introduces(words) and _set_off(words[:30]):
        comma = _set_off(words[:30])
        place = comma > 1 and words[comma - 2] in _PLACE_LINKS and is_cap(words[comma - 1])
        words = words[comma + 1 :]  # `In an interview on Monday, Ada Brook ...`
        if place and len(words) > 2 and words[0][:1].isupper() and "," in words[1:3]:
            words = words[words.index(",") + 1 :]  # `... in Salem, New Hampshire, Ada Brook`
    return words


def _set_off(words: list[str]) -> int:
    """Where an introductory phrase ends: its comma, else the last dash closing an aside in it
    (`Hastily leaving - as ever - Ada Brook`); 0 when neither is there."""
    if "," in words:
        return words.index(",")
    dashes = [at for at, word in enumerate(words) if word in _DASHES or word == "\u2015"]
    return dashes[-1] if len(dashes) >= 2 else 0


def _without_dateline(words: list[str]) -> list[str]:
    """`WASHINGTON (AFP) - Ada Brook ...`, `LA CROSSE, Wis. - ...`: the place and agency opening
    a report are no subject."""
    for at, word in enumerate(words[:8]):
        if word in _DASHES and at:
            return words[at + 1 :]
        if not (is_cap(word) or word in _DATELINE_MARKS or word.isupper()):
            return words
    return words


def _introduces(words: list[str]) -> bool:
    """Whether the words open with a phrase set before the subject (a preposition, a day, `Hours
    later`, a participle), so that the subject comes after its comma."""
    first = words[0].lower()
    later = any(w.lower() in ("later", "earlier", "ago") for w in words[1:3])  # `Eight years ago`
    when = first in _DAYS and "," in words[1:4]  # `Sunday morning, Ada Brook ...`
    participle = first.endswith("ing") or (
        first.endswith("ly") and words[1:2] != [] and words[1].endswith("ing")
    )  # `Hastily leaving,`
    return first in _INTRODUCERS or (participle and first[:1].isalpha()) or later or when


def _past_role_words(words: list[str], end: int) -> int:
    """The end of a subject whose role words run into its name: `Green front-runner Lena
    Holt`, `Labour mayoral candidate Tom Ruiz`."""
    at = end
    while at < len(words) and at - end < 3 and _modifier_word(words[at]):
        at += 1  # `UK advertising giant WPP`: the last word before the name is the role's
    if at == end or at >= len(words) or not is_cap(words[at]) or not _role_modifier(words[at - 1]):
        return end
    while at < len(words) and is_cap(words[at]):
        at += 1
    return at


def _modifier_word(word: str) -> bool:
    """A lowercase word that may qualify a role before a name: no verb, link or article (`met
    the chairman Bob Jones`, `Smith and chairman Bob Jones`)."""
    plain = word.replace("-", "").isalpha() and word.islower()
    return plain and not surely_verb(word) and word not in _LINK_WORDS and word not in DETERMINERS


_LINK_WORDS = frozenset("and or but of to with for from by at in on as".split())  # noqa: SIM905


def _role_modifier(word: str) -> bool:
    """A word of a role or a trade before a name: `front-runner`, `airline` (`Budget airline
    SkyLark`)."""
    lowered = word.lower()
    trade = lowered in TRADE_NOUNS or lowered in ORG_NOUNS
    return word[:1].islower() and (
        lowered in PERSON_NOUNS or lowered.endswith(_ROLE_ADJECTIVES) or trade
    )


def _the_named_body(words: list[str]) -> bool:
    """`the American Bar Association`: `the` before a name of two capitalised words or more
    (not `the Russian president`)."""
    named = words[1:3] if words[0].lower() == "the" else []
    return len(named) == 2 and all(is_cap(w) for w in named) and named[0] not in DEMONYMS


def colon_subject(lead: str) -> Phrase | None:
    """The name opening a clause that ends in a colon before the quote, with no speech verb of
    its own: `Ada Brook had a short reply for the board: "..."`."""
    if not lead.rstrip().endswith(":") or lead.count(":") > 1 or _DASH_AFTER_SPACE.search(lead):
        return None  # a digest's `HEADLINE - Ada Brook:` or a form's `Name: ... Age: ...:`
    phrase = clause_subject(_last_clause(lead))
    if phrase is None or phrase.kind != "name" or all(w.isupper() for w in phrase.words):
        return None
    return replace(phrase, cue=":")


def _last_clause(lead: str) -> str:
    """The clause right before the colon: in `Acme Corp fired 200 staff and Ada Brook had a
    message for the board:` it is Ada Brook who speaks. `and` after a capitalised word joins
    names (`Ada Brook and Lea Park:`), not clauses."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(lead):
        before = lead[start : found.start()].split()
        if found.group().startswith(";") or (before and not before[-1][:1].isupper()):
            start = found.end()
    return lead[start:]
