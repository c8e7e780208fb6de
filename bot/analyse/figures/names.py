"""Numbers that are never quantities: dates, clock times, ordinals, codes and the numbers inside
names (`iPhone 14`, `Section 66A`, `S&P 500`)."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import DECREASE, INCREASE
from bot.analyse.figures.numbers import Quantity

_MONTH = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)


# The later day of a range written after its month: "March 10 and 17", "May 3 to 5." (a count
# goes on with its noun: "between March 10 and 17 people" is no date).
_LATER_DAY = (
    r"\s+(?:and|to|through|until|till|or)\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?=\s*(?:[.,;:!?)]|$|(?:in|at|on|when|while|for|from|this|last|next|of)\b))"
)
# What follows a cup's stage, not a counted noun: "a last-16 tie", "the last 16 draw".
_CUP_STAGE = (
    "tie|clash|stage|draw|round|match|game|fixture|leg|berth|spot|slot|place|exit|showdown"
    "|encounter"
)
# Every pattern holds a digit and begins as `blocked` expects (`_START`, `_LEAD`): a new one that
# begins otherwise must widen them.
_BLOCKED = re.compile(
    "|".join(
        (
            r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?",
            # "March 10-17", "between March 10 and 17, 2015": the later day too
            rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:[-\u2013]\d{{1,2}}|{_LATER_DAY})?\b"
            r"(?:,?\s+\d{4}\b)?"
            r"(?!\s*(?:%|per\s?cent))",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+\d{{4}}\b)?",
            # days listed before their month: "on 14, 20 and 27 April"
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+(?:and|or|&)\s+"
            rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b",
            # betting odds: "1/3 favourite", "now at 9/4.", "from 4/1 to 5/2"
            r"\b\d{1,3}/\d{1,3}(?=\s+(?:favourite|favorite|shot|outsider|joint|on)\b)"
            r"|(?<=\bat\s)\d{1,3}/\d{1,3}(?=\s*[.,;)]|$)|\bfrom\s+\d{1,3}/\d{1,3}\s+to\s+\d{1,3}/\d{1,3}",
            rf"\b{_MONTH}\.?,?\s+(?:of\s+)?\d{{4}}\b",
            # a clock time and the hour it runs from: "4 or 5 a.m.", "from 2 to 2:45 p.m."
            r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:-|\u2013|or|to|and|until|till)\s*)?"
            r"\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)",
            # an emergency number after its article: "a 911 call", "the 999 operator" (but "the
            # 112 services" and "the 999 callers" are counted), or after a verb of calling
            r"(?:911|999|112)(?:(?<=\b[Aa]\s\d{3})(?=\s+(?:calls?|callers?|dispatch(?:ers?)?|"
            r"operators?|emergency|lines?|services?|system|cent(?:er|re)s?|tapes?|recordings?)\b)|"
            r"(?:(?<=\b[Tt]he\s\d{3})|(?<=\b[Hh]is\s\d{3})|(?<=\b[Hh]er\s\d{3})|(?<=\btheir\s\d{3}))"
            r"(?=\s+(?:call|caller|dispatch(?:er)?|operator|emergency|line|service|system|"
            r"cent(?:er|re)|tapes?|recordings?)\b))|(?i:\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|"
            r"phoned|rang|ring)\s+)(?:911|999|112)\b",
            r"\b\d{1,2}[:.]?\d{0,2}\s?(?:GMT|BST|CET|EST|EDT|PST|PDT|ET|PT|UTC)\b",
            r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?",
            # a clock time without am or pm: "at 9 o'clock", "kicks off at 8", "began at 10.30"
            r"\b\d{1,2}\s+o['\u2019]clock\b|(?i:\b(?:kick(?:s|ed)?\s+off|start(?:s|ed)?|begins?|began|"
            r"wakes?|woke|arrives?|arrived|leaves|left|opens|closes)\s+at\s+)"
            r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\b(?=\s*(?:$|[,;:)!?]|\.(?!\d))|\s+(?:on|in|and|or|"
            r"noon|tonight|tomorrow|today|sharp|this|every|each|local|midnight|until|before|after)\b)",
            # a British clock time: `12.30 on a Saturday`, `7.45 in the morning`
            r"\b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?:on\s+a\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
            r"Satur|Sun)day|in\s+the\s+(?:morning|afternoon|evening)|tonight|this\s+(?:morning|"
            r"afternoon|evening)|local\s+time)\b)",
            r"\b(?:1[6-9]|20)\d\d[-\u2013/](?:\d\d|(?:1[6-9]|20)\d\d)\b",
            # a maker's model before what it counts: "70 Boeing 737-800 planes"
            r"\b[A-Z][a-z]+\s+(?:[A-Z]\d{3}|\d{3}-\d{3})(?=\s+[a-z]+s\b)",
            # ordinals; "15st" and "11st" are weights in stone, not ordinals
            r"\b\d+(?:nd|rd|th)\b|\b(?:\d*[02-9])?1st\b",
            r"^\s*\d{1,2}[.)]\s*$",  # a list marker standing alone: "3."
            # list markers inside a sentence: "categories: 1) homicide", ", (2) it must"
            r"(?<![^\s:;])\d{1,2}\)(?=\s)|(?:(?<=[:;,] )|(?<=\band )|(?<=\bor )|^)\(\d{1,2}\)",
            r"(?i:\bcovid|\bsars-cov)\s?-\s?\d+\b",  # "Covid-19", "covid -19"
            # tennis sets, tie-breaks and all: "7-5 6-3 3-6 7-6 (8-6)"
            r"\b[0-7]-[0-7](?:\s+\(\d{1,2}-\d{1,2}\))?(?:,?\s+[0-7]-[0-7](?:\s+\(\d{1,2}-\d{1,2}\))?)+",
            r"(?i:\branked\s+(?:No\.?\s*)?\d+\b)",  # a rank: "ranked 106 in the world"
            # a stage of a cup, not a count: "reached the last 16", "the round of 16 of the cup",
            # "out in the round of 16." (a count goes on with its noun: "the last 16 games")
            r"(?i:\b(?:reach(?:ed|es|ing)?|into|through\s+to|make|made|qualif(?:y|ied|ies)\s+for)"
            r"\s+the\s+(?:last|round\s+of)[\s-](?:16|32|64)\b)"
            # one stage named before its noun: "a last 16 slot", "Saturday's last 16 doubles win"
            r"|(?i:(?:\b(?:a|an)|['\u2019]s)\s+last[\s-](?:16|32|64)\b)"
            r"|(?i:\b(?:last|round\s+of)[\s-](?:16|32|64)\b(?=\s+of\s+the\b|\s*(?:[.,;:!?)]|$)"
            rf"|[\s-]+(?:{_CUP_STAGE})\b(?!-)))",
            # a screen resolution, no thousand: "a 4K TV", "filmed in 8K."
            r"(?<![$£€¥])\b[248]K\b(?=\s+(?:TVs?|televisions?|resolution|video|displays?|screens?|"
            r"monitors?|cameras?|HDR|UHD|Ultra|streaming|content|footage|Blu-ray|gaming|panels?|sets?|"
            r"projectors?|OLED|QLED|LCD|LED)\b|\s*[.,;)])",
            r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b9/11\b",
            r"(?<=#)\d+\b",  # a hashtag or a rank: "#90210", "#1 plays #16"
            r"(?<![\w'\u2019])['\u2019]\d\d(?:s\b|\b(?!['\u2019\"]))",  # "since '57", "the '90s"
            r"\b\d{1,5}[A-Z]?(?:\s+[NSEW]\.?)?(?:\s+(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))){1,3}\s+"
            r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Boulevard|Place|Square)\b",
            r"\b\d{1,5}\s+(?:Rue|Avenue|Ave|Via|Calle|Boulevard|Bd)\s+(?:de\s+|du\s+|la\s+)?[A-Z]",
            # years of an era: "AD 79", "between A.D. 1000 and 1260", "500 BC"
            r"(?-i:\b(?:A\.D\.|AD|C\.E\.|CE)\s+\d{1,4}\b(?:\s*(?:-|\u2013|and|to)\s*\d{1,4}\b)?)"
            r"|\b\d{1,4}\s*(?-i:(?:B\.C\.E?\.?|BCE?|A\.D\.|AD|C\.E\.|CE)(?!\w))",
            r"\b\d+/(?!(?:2|3|4|5|8|10|16|32|100)\b)\d+\b",
            # a code with a leading zero, not the "000" group of "10 000"
            r"(?<![\d,.])(?<!\d[ \u00a0\u2009\u202f])\b0\d{2,}(?:\s\d{3,4})*\b",
            # phone numbers: "+1 866 347 4012", "1-800-273-8255", "(212) 555-0123"
            r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){1,3}[\s.-]\d{3,8}\b|\b1-\d{3}-\d{3}-\d{4}\b"
            r"|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b",
            r"(?<![$£€¥])\b(?!(?:sub|minus|now|then|magnitude|foot|feet|RM|PS|mid|K?Sh|Dh|Rp|USD|EUR|GBP|JPY|CHF|AUD|CAD|HKD|SGD|NZD|INR|CNY)-?\d"
            r"|R[\d.,]+\s?(?:bn|billion|m|million|trillion|tn)\b)[A-Za-z]+-?\d+(?:[.+/-]\d+)*[A-Za-z\d]*",
            r"(?i:\b(?:S\s?&\s?P|S\s?P|FTSE|Nikkei|ASX|TSX|Stoxx|Russell|DAX|CAC|Hang\s+Seng|"
            r"Fortune|Forbes|Nasdaq|Dow)(?:/[A-Z]+)?\s+\d+\b)(?!\s?%)",
        )
    )
)


_NAME_BEFORE = re.compile(
    r"(?:^|[\s\"\u201c\u2018(])(?P<word>[A-Za-z&.\-]*[A-Z][\w&.\-'\u2019]*)\.?\s+$"
)


_CAPITAL_OK = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "About", "Around", "Nearly",
    "Almost", "Some", "Only", "Just", "Over", "Under", "More", "Less", "Up", "To", "And", "But",
    "Of", "Its", "It", "Their", "His", "Her", "Our", "Those", "These", "This", "That", "Last",
    "Now", "Then", "Since", "After", "Before", "If", "When", "While", "As", "All", "Another",
    "Every", "Each", "Roughly", "Approximately", "Than", "Between", "Total",
    "US", "UK", "EU", "Top", "Fewer", "Below",
    "Above", "Average", "I", "We", "They", "He", "She", "You", "Estimated", "Maybe",
}  # fmt: skip
# Contractions that open a clause, no names: "It's 8C now", "That's 200 more".
_CAPITAL_OK |= {
    f"{word}{mark}s"
    for word in ("It", "That", "There", "Here", "What", "He", "She", "Who", "Where", "Let")
    for mark in ("'", "\u2019")
}


_NAMING_NOUN = re.compile(
    r"\b(?:highway|route|runway|exit|room|gate|platform|flight|section|row|game|chapter|item|"
    r"number|no\.?|"
    r"level|stage|phase|category|grade|class|bus|channel|track|episode|season|lot|apartment|suite|"
    r"junction|pier|terminal|article|clause|rule|version|model|series|window|part|size|volume|"
    r"issue|act|scene)\s+$",
    re.IGNORECASE,
)


def blocked(text: str) -> list[tuple[int, int]]:
    """Character spans that hold dates, times, ordinals, names and players' marks, never
    quantities."""
    return _blocked_patterns(text) + player_marks(text)


# A player rating line: the player's name (capitalised words, with the particles of names) from
# the start of the sentence or line up to a colon, then a mark out of ten and the comment on the
# game: "Jordan Pickford: 7 Made a fine save".
_PLAYER_MARK = re.compile(
    r"(?:^|(?<=[.!?\n]\s))[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|da|di|do|dos|del|der"
    r"|van|von|le|la|ter|ten|bin|al|el)){0,4}:\s(?P<mark>10|\d)(?:\.5)?(?=\s+[A-Z][a-z])"
)


def player_marks(text: str) -> list[tuple[int, int]]:
    """The spans of players' marks out of ten in a rating line; a count after a colon that is no
    name (`Among the dead: 7 Americans`) is left alone."""
    return [(m.start("mark"), m.end()) for m in _PLAYER_MARK.finditer(text)]


def _blocked_patterns(text: str) -> list[tuple[int, int]]:
    """The spans `_BLOCKED.finditer` finds, but tried only where one can begin (see `_LEAD`), so
    that the long pattern is not started at every character of the sentence."""
    spans: list[tuple[int, int]] = []
    reversed_text = text[::-1]
    end = 0
    for run in _DIGIT_RUN.finditer(text):
        digit = run.start()
        if digit < end:
            continue  # inside the span just blocked
        lead = _LEAD.match(reversed_text, len(text) - digit)
        begin = max(end, digit - len(lead.group()) if lead else digit)
        for start in _starts(text, begin, digit):
            if found := _BLOCKED.match(text, start):
                spans.append(found.span())
                end = found.end()
                break
    return spans


def _starts(text: str, begin: int, digit: int) -> list[int]:
    """Where a blocked span whose first digit is at `digit` can begin, from `begin` on."""
    starts = [m.start() for m in _START.finditer(text, begin, digit)]
    return ([0] if begin == 0 and starts[:1] != [0] else []) + starts + [digit]


_DIGIT_RUN = re.compile(r"(?<!\d)\d")
# What a blocked span holds before its first digit: a few words of letters, spaces and
# `.,&/'’(+-` with three runs of spaces at most (`kicked off at `, `S & P `, `Sept. `, `iPhone`,
# `(`, `'`; four are allowed). `_LEAD` reads it backwards from the digit, on the reversed text.
_LEAD = re.compile(r"(?:[^\W\d_]|[.,&/'\u2019(+\-])*(?:\s+(?:[^\W\d_]|[.,&/'\u2019(+\-])*){0,4}")
# The first character of a blocked span other than its digit: a letter opening a word, a
# bracket, a plus sign or an apostrophe.
_START = re.compile(r"\b[^\W\d_]|[(+'\u2019]")


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


# A naming noun ends right before its number (`apartment 12B`) and is never longer than this:
# searching only so far back keeps a sentence of many numbers from costing the square of its
# length.
_NAME_REACH = 30


def after_naming_noun(text: str, start: int) -> bool:
    """True for a number right after a noun that names things by number (`Route 66`)."""
    return _NAMING_NOUN.search(text, max(0, start - _NAME_REACH), start) is not None


def named_code(text: str, quantity: Quantity) -> bool:
    """True for "Section 66A" or "Room 12B": digits glued to a letter after a naming noun."""
    glued = text[quantity.end : quantity.end + 1].isalpha() and not quantity.unit
    reach = max(0, quantity.start - _NAME_REACH)
    return glued and _NAMING_NOUN.search(text, reach, quantity.start) is not None


def is_year(text: str, quantity: Quantity) -> bool:
    """True for a year: 1600 to 2099 as written, an older one after `in`, `since`, `until`...
    ("the Battle of Lepanto in 1571") or one of the next century after `by` ("by 2100"), where
    a count would have a noun after it."""
    surface = text[quantity.start : quantity.end]
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", surface):
        return True
    before = text[max(0, quantity.start - 30) : quantity.start]
    if re.fullmatch(r"1[0-5]\d\d", surface):
        return _YEAR_BEFORE.search(before) is not None
    later = _LATER_YEAR_BEFORE.search(before) if re.fullmatch(r"21\d\d", surface) else None
    return later is not None and later.group("verb").lower() not in _CHANGED  # not "rose by"


_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|circa|c\.)\s+$", re.IGNORECASE)
_LATER_YEAR_BEFORE = re.compile(r"(?P<verb>\w*)\s+(?:in|by|until|till|before)\s+$", re.IGNORECASE)
_CHANGED = INCREASE | DECREASE


def is_name(text: str, quantity: Quantity) -> bool:
    """True for "iPhone 14", "Section 427", "S&P 500": a capitalised word right before."""
    if quantity.kind != "number":
        return False
    before = text[max(0, quantity.start - 30) : quantity.start]
    if _NAMING_NOUN.search(before):
        return True  # "highway 35", "exit 436", "category 4"
    match = _NAME_BEFORE.search(before)
    if match is None or _never_named(text, quantity):
        return False
    word = match.group("word")
    if word.endswith(_POSSESSIVE) and _COUNTED_AFTER.match(text, quantity.end):
        return False  # "Acme's 750 workers", not "Sharp's 902 3G mobile": what the owner has
    opens = _BLANK.fullmatch(text, 0, quantity.start - len(before) + match.start("word"))
    if word.endswith("ly") and opens:
        return False  # "Previously 15 people": an adverb opens the sentence
    return word not in _CAPITAL_OK and word.rstrip(".") not in _CAPITAL_OK


def _never_named(text: str, quantity: Quantity) -> bool:
    """True for numbers no name is written with: a number word in lower case ("Amanpour two
    suspects") or a count with thousands separators ("the U.S. 30,000 fans")."""
    surface = text[quantity.start : quantity.end]
    return surface.islower() or _THOUSANDS.fullmatch(surface) is not None


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# A plural noun, after at most two modifiers: "750 hereditary peers", not "the 1033 program".
_COUNTED_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?!(?:does|this|thus|whereas|unless)\b)[a-z]{2,}[a-rt-z]s"
    r"|people|staff|men|women|children|police)\b(?!-)"
)
_BLANK = re.compile(r"\s*")
