"""Numbers that are no quantities though written like them: the first day or time of a span of
dates or clock times, a 24-hour clock time by its zone, a stage name written like cents, a name
particle written like a number ("Erik ten Hag"), a quoted title that opens with a number word
("Three Little Birds"), a chapter and verse of scripture ("Isaiah 53:7"), a model's number
before its name ("its 787 Dreamliner", "the 777-200LR"), a rank among the best ("a top-five
player"), and slashed pairs that are no fraction
(a season over two years, a tie-break score, "24/7").
`quantities` leaves their spans out."""

from __future__ import annotations

import re

from bot.analyse.figures.counted import is_plural

# The first day or time of a span of dates or clock times: the 14 of "from 14 to 17 February",
# "20-30 January", the 1130 of "from 1130 to 1215 GMT".
_FIRST_DAY = re.compile(
    r"\b(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|to|and|until|till)\s*\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_FIRST_TIME = re.compile(
    r"\b(?P<first>[0-2]\d[0-5]\d)\s*(?:-|\u2013|to|and|until|till)\s*[0-2]\d[0-5]\d\s?"
    r"(?:GMT|BST|CET|EST|EDT|PST|PDT|ET|PT|UTC|hrs|hours|local\s+time)\b"
)
# A stage name, not a sum: cents are never written with a capital mid-sentence ("50 Cent").
_CAPITAL_CENT = re.compile(r"(?<=[a-z,;:] )\d+ Cent\b")
# A Dutch or German name particle, no number: "Pieter ten Hoopen", "Erik ten Hag".
_NAME_PARTICLE = re.compile(r"\b[A-Z][a-z]+ (?P<word>ten) [A-Z][a-z]")
# A place among the best, no count: `a top-five player`, `a top five world power`, `the world's
# top 50 for the first time`; `the top five players` counts players.
_TOP_RANK = re.compile(
    r"\btop[\s-](?P<rank>\d{1,3}|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
    r"(?![\d,%]|\.\d)",
    re.IGNORECASE,
)


def _counts_after_rank(rank: re.Match[str]) -> bool:
    """True when a plural follows the rank (`top five players`, `top 10 world economic powers`)."""
    return _plural_within(rank.string, rank.end("rank"), 4)


# The particle with its surname alone, as a later mention writes it: `ten Hoopen said`, `Ten
# Hoopen was`; not `ten Euro coins` (a plural after the capitalised word is what is counted).
_PARTICLE_SURNAME = re.compile(r"\b(?P<word>[Tt]en) (?P<name>[A-Z][a-z]+[a-rt-z])(?=[\s,.;:!?])")


def _counts_after_name(particle: re.Match[str]) -> bool:
    """True when a capitalised word or a plural follows the surname: a count (`ten Euro coins`)."""
    following = _WORD_AFTER.match(particle.string, particle.end("name"))
    word = following.group(1) if following else ""
    return word[:1].isupper() or _plural_within(particle.string, particle.end("name"), 1)


# A title in quotes that opens with a number: "Three Little Birds", "Fifty Shades of Grey",
# "6 Degrees of Kevin Bacon".
_QUOTED_TITLE = re.compile(
    r"[\"\u201c\u2018'](?P<word>(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve"
    r"|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|\d{1,3})"
    r"(?:[- ][A-Z][a-z]+)*)(?:\s+(?:(?:of|the|and|in|on|a|to|for)\s+){0,2}[A-Z][\w'\u2019-]*){1,5}"
    r"[\"\u201d\u2019']"
)
# A chapter and verse of a book of scripture: "Isaiah 53:7", "John 3:16-18", "Surah 2:256".
_VERSE = re.compile(
    r"\b(?:Genesis|Exodus|Leviticus|Deuteronomy|Joshua|Judges|Samuel|Kings|Chronicles|Job|"
    r"Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Ezekiel|Daniel|Hosea|Micah|Matthew|Mark|Luke|"
    r"John|Acts|Romans|Corinthians|Galatians|Ephesians|Hebrews|James|Peter|Revelation|Surah|Sura)"
    r"\s+(?P<verse>\d{1,3}:\d{1,3}(?:[-\u2013]\d{1,3})?)\b"
)
# A model's number after a determiner and before its capitalised name: "its 787 Dreamliner",
# "a 911 Carrera", "its long-awaited 787 Dreamliner" (a year before a name is a year: "the
# 2012 Olympics").
_MODEL_NAME = re.compile(
    r"\b(?i:the|its|their|his|her|a|an|own|new)\s+(?:[a-z][a-z-]+-[a-z]+\s+)?"
    r"(?P<model>(?!1[89]\d\d|20\d\d)\d{3,4})"
    r"\s+(?P<name>(?!(?:Euro|Dollar|Pound|Yen|Franc|Rupee|Peso|Rand|Yuan|Staff|Member|Page)\b)"
    r"[A-Z][a-z]+[a-rt-z])\b"
)
# A model code: "the 777-200LR", "an A330-300".
_MODEL_CODE = re.compile(r"\b[A-Z]?\d{3}-\d{3}[A-Z]{1,3}\b")


def _counts_after(text: str, model: re.Match[str]) -> bool:
    """True when a plural follows the capitalised word: it counts them ("the 150 Labour MPs")."""
    return _plural_within(text, model.end("name"), 1)  # not `787 Dreamliner aircraft`


def _plural_within(text: str, pos: int, words: int) -> bool:
    """True when one of the `words` words after `pos` (hyphens split them) is a plural in -s."""
    after = _WORDS_AFTER.match(text, pos)
    found = after.group(0).replace("-", " ").split()[:words] if after else []
    return any(w.endswith("s") and is_plural(w) for w in found)


_WORDS_AFTER = re.compile(r"(?:[\s-]+[A-Za-z][\w']*){1,4}")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
# A 24-hour clock time by its zone: "at 2100 local time", "at 0630 GMT".
# A class, not a count: `common equity tier 1 ratio`, `tier one capital` (years after a class still
# count: `the third tier six years ago`).
_TIER = re.compile(
    r"\b[Tt]ier\s+(?P<tier>[1-3]|one|two|three)\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
)
_CLOCK_TIME = re.compile(r"\b[0-2]\d[0-5]\d\s?(?:GMT|BST|CET|EST|EDT|PST|PDT|UTC|local\s+time)\b")


def not_quantities(text: str) -> list[tuple[int, int]]:
    """Spans that look like numbers but open a span of dates or clock times, or slashed pairs
    that are no fraction: a season over two years ("2001/2"), a tie-break ("7/5"), "24/7"."""
    spans = [m.span("first") for m in (*_FIRST_DAY.finditer(text), *_FIRST_TIME.finditer(text))]
    spans += [m.span() for m in (*_CLOCK_TIME.finditer(text), *_CAPITAL_CENT.finditer(text))]
    spans += [m.span("word") for m in _NAME_PARTICLE.finditer(text)]
    spans += [m.span("word") for m in _PARTICLE_SURNAME.finditer(text) if not _counts_after_name(m)]
    spans += [m.span("word") for m in _QUOTED_TITLE.finditer(text)]
    spans += [m.span("verse") for m in _VERSE.finditer(text)]
    spans += [m.span("rank") for m in _TOP_RANK.finditer(text) if not _counts_after_rank(m)]
    spans += [m.span("model") for m in _MODEL_NAME.finditer(text) if not _counts_after(text, m)]
    spans += [m.span() for m in _MODEL_CODE.finditer(text)]
    spans += [m.span("tier") for m in _TIER.finditer(text)]
    slashed = _SLASHED.finditer(text)
    return spans + [m.span() for m in slashed if int(m.group("n")) >= int(m.group("d"))]


_SLASHED = re.compile(r"\b(?P<n>\d{1,4})/(?P<d>\d{1,4})\b(?!/)")
