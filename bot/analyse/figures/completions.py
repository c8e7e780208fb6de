"""A bare measure completed from its own clause, so that a reader knows whose it is.

- The object of a change verb belongs to the name that acts on it: `China raised rates by 0.27
  points` measures `China rates`, not bare `rates`.
- A level a clause reaches is the level of its subject: `it reached a peak of 13.1%` measures
  `peak of the jobless rate`.
- An economy that grows measures its growth: `China's economy expanded by 9.5%` is `China's
  economic growth`, and `growth of 5.2%` next to `the economy` is `economic growth`.
- A forecast of growth is the growth of the economy its speaker speaks for: `The finance
  ministry said it expects 5% growth` measures `economic growth`, `Peru's central bank expects
  4% growth` `Peru's economic growth`, and `Acme expects 5% growth` `Acme growth`.
- A participle after a preposition describes its noun (`investment in fixed assets`, `demand for
  used cars`): a subject is not cut there.
"""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.lexicon import DETERMINERS, word_set

# Capitalised words that name nothing when they open a sentence.
_NOT_NAMES = word_set("the a an it its this that these those they we he she and but")
MAX_OWNER_WORDS = 3
_NAME_JOINS = word_set("of for and")  # inside a name: `Bank of England`
# Words between a name and its verb: `has left`, `is to cut`, `will keep`.
_HELPERS = word_set("has have had is are was were will would could may might to be also again")


def owned_object(text: str, start: int, phrase: str) -> str:
    """`phrase`, the object of a change verb, with the name that acts on it in front when the
    clause opens with one: `China raised rates by` -> `China rates`, `The Bank of England has
    kept its rate at` -> `Bank of England rate`."""
    begin, _ = clause_span(text, start)
    clause = text[begin:start]
    at = clause.rfind(phrase)
    if at < 0 or any(w[:1].isupper() for w in phrase.split()):
        return phrase
    before = clause[:at].split()
    while before and before[-1].lower() in DETERMINERS:
        before.pop()
    owner = before[:-1]  # the words before the verb
    while owner and owner[-1].lower() in _HELPERS:
        owner.pop()  # "The bank has left": the verb's helpers
    if owner[:1] == ["The"] and len(owner) > 1:
        owner = owner[1:]  # "The European Central Bank"
    capitals = [w for w in owner if w not in _NAME_JOINS]  # "Bank of England"
    joined = owner[:1] != capitals[:1] or owner[-1:] != capitals[-1:]
    named = 0 < len(capitals) <= MAX_OWNER_WORDS and all(w[:1].isupper() for w in capitals)
    named = named and not joined
    if not named or owner[0].lower() in _NOT_NAMES:
        return phrase
    return f"{' '.join(owner)} {phrase}"


# Levels a measure reaches: a peak, a high, a low or a record of it.
LEVELS = word_set("peak high low record trough")


def level_of(phrase: str, subject: str) -> str:
    """`peak` of `it reached a peak of 13.1%`, with what peaked: `peak of jobless rate`."""
    if phrase.lower() not in LEVELS or not subject or subject.lower() == phrase.lower():
        return phrase
    return f"{phrase} of {subject}"


_ECONOMY_GROWS = re.compile(
    r"\beconomy\s+(?:\w+\s+){0,3}?(?:grew|grows|grow|growing|grown|expanded|expands|expand|"
    r"expanding|shrank|shrinks|shrink|contracted|contracts|contract)\b",
    re.IGNORECASE,
)


def economic_growth(phrase: str, text: str, start: int) -> str:
    """An economy that grows in the clause of the figure measures its growth: `China's economy`
    -> `China's economic growth`; a bare `growth` next to `the economy` -> `economic growth`."""
    if "econom" not in text[:start].lower():
        return phrase
    begin, _ = clause_span(text, start)
    clause = text[begin:start]
    words = phrase.split()
    if words and words[-1].lower() == "economy" and _ECONOMY_GROWS.search(clause):
        return " ".join([*words[:-1], "economic growth"])
    if phrase.lower() == "growth" and re.search(r"\beconomy\b", clause, re.IGNORECASE):
        return "economic growth"
    return phrase


# `5% growth` with nothing after it saying growth of what (`5% growth in sales` says it).
_BARE_GROWTH = re.compile(r"\s+growth\b(?!\s+(?:in|of)\s+(?!\d))", re.IGNORECASE)
# Who speaks for an economy: its ministries, central bank, government and forecasters.
_ECONOMY_VOICES = word_set(
    "ministry ministries bank government treasury cabinet minister chancellor imf oecd "
    "economists analysts forecasters office statistics"
)
_POSSESSOR = re.compile(r"\b(?P<whose>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['\u2019]s?\s")


def bare_growth(text: str, end: int) -> bool:
    """True when the number ending at `end` is followed by `growth` of nothing named."""
    return _BARE_GROWTH.match(text, end) is not None


def forecast_growth(speaker: str) -> str:
    """Whose bare `5% growth` (see `bare_growth`) is, from the clause's `speaker`."""
    words = speaker.split()
    if not words:
        return "growth"
    whose = _POSSESSOR.search(speaker)
    if any(w.lower().removesuffix("'s").removesuffix("\u2019s") in _ECONOMY_VOICES for w in words):
        return f"{whose.group('whose')}'s economic growth" if whose else "economic growth"
    if whose:
        return f"{whose.group('whose')}'s growth"  # "Tesco's chief executive": Tesco's
    plural = len(words) == 1 and words[0].endswith("s") and not words[0].isupper()
    named = words[0][:1].isupper() and not plural  # "Retailers expect": no owner
    return f"{speaker} growth" if named else "growth"


_PREPOSITIONS = word_set("in for of on with from")


def uncut_subject(full: str, cut: str) -> str:
    """The subject `full` when cutting it before a verb left it ending in a preposition (the
    `verb` was a participle describing its noun: `investment in fixed assets`), else `cut`."""
    words = cut.split()
    return full if cut != full and words and words[-1].lower() in _PREPOSITIONS else cut
