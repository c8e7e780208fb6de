"""Quantities written in words: `a dozen`, `two-thirds`, `three out of four`, `doubled`."""

from __future__ import annotations

import re

from bot.analyse.figures import numbers, units
from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

_WORD_NUMBER = re.compile(rf"\b(?P<words>{numbers.WORD_NUMBER})\b", re.IGNORECASE)
# A share by a fraction word (`two-thirds of`, `half the staff`); the first or second half of a
# game or race is a part of it in time, no share.
_FRACTION = re.compile(
    r"\b(?P<frac>(?:a|one|two|three|four|five|six|seven|eight|nine)[- ]"
    r"(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)(?=\s+of\b)|(?:two|three|four)-(?:thirds|quarters|"
    r"fifths|tenths)|(?<!and a )(?<!first.)(?<!second.)(?<!final.)(?<!latter.)"
    r"half(?=\s+(?:of|the|a|an|its|their|his|her|our|all)\b))",
    re.IGNORECASE,
)
# A fraction that is its clause's subject: "About half were from Germany", "More than a quarter
# have bought software".
_SUBJECT_FRACTION = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:about|around|nearly|almost|roughly|"
    r"just\s+over|just\s+under|more\s+than|less\s+than|over|under)\s+)?"
    r"(?P<frac>(?:a|one)[- ](?:half|third|quarter|fifth|tenth)|half)"
    r"(?=\s+(?:were|are|was|is|have|had|has|said|say|says|will|would|could|did|do|want|think|"
    r"believe|plan)\b)",
    re.IGNORECASE,
)
# A change by a fraction: "cut deaths by a third", "fell by nearly half".
_CHANGE_FRACTION = re.compile(
    r"\bby\s+(?:(?:about|nearly|almost|roughly|around|some|more\s+than|over|less\s+than)\s+)?"
    r"(?P<frac>(?:a|one)[- ](?:half|third|quarter|fifth|tenth)|half)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# A fraction of a scale word: `half a million`, `a quarter-million`, `three quarters of a billion`.
_SCALED_FRACTION = re.compile(
    r"\b(?P<frac>(?:a\s+|one\s+)?half|(?:(?:a|one)[- ])?quarter|(?:a|one)[- ]third|"
    r"three[- ]quarters|two[- ]thirds)(?:\s+of)?(?:\s+an?)?[- ]"
    r"(?P<scale>thousand|million|billion|trillion|dozen)\b",
    re.IGNORECASE,
)
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12}
# A fraction of one unit: `half a mile`, `a quarter-point cut`, `three-quarters of an hour`; the
# unit itself is read after the span, as for digits.
_UNIT_FRACTION = re.compile(
    r"\b(?P<frac>(?:a\s+|one\s+)?half|(?:a|one)[- ](?:quarter|third)|three[- ]quarters|"
    r"two[- ]thirds)(?:(?:\s+of)?\s+an?\s+|-(?=[a-z]))",
    re.IGNORECASE,
)
# A vague plural; "tens of thousands" and "hundreds of millions" need nothing after them.
_VAGUE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)\b|(?:dozens|scores|hundreds|"
    r"thousands|millions|billions)\b(?=\s+(?:of|more|upon)\b))",
    re.IGNORECASE,
)
# `doubled down` (held firm) and `doubled over` (bent in pain) multiply nothing.
_MULTIPLIER = re.compile(
    r"\b(?P<mult>doubled|doubling|tripled|trebled|tripling|quadrupled|halved|halving)\b"
    r"(?![\s-]+down(?:\s+on\b|\s*[,.;:!?]|\s*$))(?!\s+over\s+(?:in|with)\b)",
    re.IGNORECASE,
)
_FOLD = re.compile(rf"\b(?P<fold>{numbers.WORD_NUMBER})-?fold\b", re.IGNORECASE)
_ADJECTIVE_MULTIPLIER = re.compile(
    r"\b(?P<adj>double|twice|treble|triple)\b(?=\s+(?:that|those|the|what|its|their|his|her)\b)",
    re.IGNORECASE,
)
_SHARE = re.compile(
    rf"\b(?P<n>{numbers.WORD_NUMBER}|\d+)\s+(?:out\s+of|in)\s+(?:every\s+)?"
    r"(?:(?<=of\s)(?:approximately|about|around|roughly|some|nearly|almost)\s+)?"
    rf"(?P<m>{numbers.WORD_NUMBER}|\d{{1,3}}(?:,\d{{3}})+|\d+)\b",
    re.IGNORECASE,
)
_MULTIPLIER_VALUES = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}
_NOT_ONE_BEFORE = re.compile(
    r"\b(?:each|the|same|no|any|every|this|that|which|another|last|only|little|one|one\s+by)\s+$"
    r"|\bno-$|\bone-(?:to|on)-$",  # "no-one waits": nobody; "one-to-one talks": face to face
    re.IGNORECASE,
)


_TRIGGERS = frozenset(
    [*numbers.WORD_VALUES, *numbers.FRACTIONS, *numbers.SCALES, "dozen", "dozens", "scores",
     "hundreds", "thousands", "millions", "billions", "double", "twice", "treble", "triple"]
) - {"a", "an", "m", "b", "k"}  # fmt: skip
_TRIGGER_PREFIXES = ("doubl", "tripl", "trebl", "quadrupl", "halv")
_WORD = re.compile(r"[a-z]+")


_DIGIT_SHARE = re.compile(  # "1 in 5 adults", "18 out of approximately 300 doors"
    r"\d\s+(?:out\s+of|in)\s+(?:every\s+)?(?:(?:approximately|about|around|roughly|some|"
    r"nearly|almost)\s+)?\d"
)


def _has_trigger(text: str) -> bool:
    """A cheap test that saves the expensive patterns on sentences without number words."""
    if _DIGIT_SHARE.search(text):
        return True
    for word in _WORD.findall(text.lower()):
        if word in _TRIGGERS or word.startswith(_TRIGGER_PREFIXES) or word.endswith("fold"):
            return True
    return False


def word_candidates(text: str) -> list[Quantity]:
    """Quantities written in words, fractions, vague plurals and multiplying verbs."""
    found: list[Quantity] = []
    if not _has_trigger(text):
        return found
    fractions = (_FRACTION, _CHANGE_FRACTION, _SUBJECT_FRACTION)
    for match in (m for pattern in fractions for m in pattern.finditer(text)):
        value = numbers.fraction_value(match.group("frac"))
        if value is not None:
            found.append(Quantity(match.start("frac"), match.end("frac"), value, kind="fraction"))
    for match in _SCALED_FRACTION.finditer(text):
        fraction = numbers.fraction_value(re.sub(r"\s+", " ", match.group("frac").lower()))
        scale = _SCALE_VALUES[match.group("scale").lower()]
        if fraction is not None:
            value, scaled = fraction * scale, scale > 12  # "half a dozen" is a plain six
            found.append(Quantity(match.start(), match.end(), value, scaled=scaled))
    found.extend(q for m in _UNIT_FRACTION.finditer(text) if (q := _unit_fraction(text, m)))
    for match in _VAGUE.finditer(text):
        low, high = numbers.VAGUE[re.sub(r"\s+", " ", match.group("vague").lower())]
        found.append(Quantity(match.start(), match.end(), low, high, kind="vague"))
    for match in _MULTIPLIER.finditer(text):
        value = _MULTIPLIER_VALUES[match.group("mult").lower()[:4]]
        found.append(
            Quantity(match.start(), match.end(), value, unit=Unit.TIMES, kind="multiplier")
        )
    for match in _ADJECTIVE_MULTIPLIER.finditer(text):
        value = 2.0 if match.group("adj").lower() in {"double", "twice"} else 3.0
        found.append(Quantity(match.start(), match.end(), value, unit=Unit.TIMES))
    found.extend(q for m in _SHARE.finditer(text) if (q := _share(m)))
    for match in _FOLD.finditer(text):
        value = numbers.words_value(match.group("fold"))
        if value is not None:
            found.append(
                Quantity(match.start(), match.end(), value, unit=Unit.TIMES, kind="number")
            )
    found.extend(q for m in _WORD_NUMBER.finditer(text) if (q := _word_number(text, m)))
    return found


def _unit_fraction(text: str, match: re.Match[str]) -> Quantity | None:
    """ "half a mile" as 0.5 before its unit, or None when no measure unit follows."""
    measure = units.measure_at(text, match.end())
    value = numbers.fraction_value(re.sub(r"\s+", " ", match.group("frac").lower()))
    if measure is None or value is None:
        return None
    return Quantity(match.start(), match.end() - 1, value)


def _share(match: re.Match[str]) -> Quantity | None:
    """ "three out of four", "one in 10,000": a fraction."""
    parts = [match.group("n"), match.group("m")]
    values = [numbers.words_value(p) if p[0].isalpha() else numbers.digits_value(p) for p in parts]
    count, whole = values
    if count is None or whole is None or not 0 < count < whole or 1600 <= whole <= 2100:
        return None
    opinion = _OPINION_AFTER.match(match.string, match.end())
    if parts[0].isdigit() and count != 1 and _DIGITS_IN.fullmatch(match.group()) and not opinion:
        return None  # "scored 3 in 4 games" is no share; "1 in 5 adults", "3 out of 4" and
        # "4 in 10 say" are
    return Quantity(match.start(), match.end(), round(count / whole, 4), kind="fraction")


_DIGITS_IN = re.compile(r"\d+\s+in\s+\S+")
# What the people a share counts say or think: "4 in 10 say", "6 in 10 back the plan".
_OPINION_AFTER = re.compile(
    r"\s+(?:say|said|says|believe|believed|think|thought|agree|agreed|support|supported|back|"
    r"backed|oppose|opposed|want|wanted|expect|approve|disapprove|favou?r)\b"
)


def _word_number(text: str, match: re.Match[str]) -> Quantity | None:
    """A quantity from a word number, or None for names and lone articles."""
    words = match.group("words")
    lower = words.lower()
    if lower.split()[0] in {"a", "an", "single"} and len(lower.split()) == 1:
        return None
    if words[0].isupper() and match.start() > 0 and not _sentence_start(text, match.start()):
        return None  # "BBC One", "Formula One"
    value = numbers.words_value(lower)
    if value is None:
        return None
    if lower in {"one", "single"} and _NOT_ONE_BEFORE.search(
        text[max(0, match.start() - 12) : match.start()]
    ):
        return None
    if _ANOTHER_AFTER.match(text, match.end()):
        return None  # "one another", "one's"; "one by one", "one-to-one": no counts
    if _RANK_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "world number one", "the number two official": a rank, not a count
    if lower in _STAGES and _stage(text, match.start(), match.end()):
        return None  # "reached the last eight": a stage of a cup, as "the last 16" is
    if lower == "one" and _standing_for_a_noun(text, match.start(), match.end()):
        return None  # "I would have gotten one.", "the appropriate one": a pronoun
    counted = lower == "one" and _COUNTED_BEFORE.search(text, 0, match.start()) is not None
    if lower == "one" and not counted and _ONE_AS_PRONOUN.match(text, match.end()):
        return None  # "one can already celebrate", "one needs to see": anyone, not a count
    if lower == "one" and not counted and _prop_word(text, match.start(), match.end()):
        return None  # "a bad one --", "the main one in the city": the noun named before
    if lower == "one" and _idiom(text, match.start(), match.end(), counted):
        return None  # "on the one hand", "it is one thing to ..., another to ...": no count
    if lower == "one" and _someday(text, match.start(), match.end()):
        return None  # "we will one day travel", "One day, I realised": some day, no duration
    scaled = any(w in lower for w in ("million", "billion", "trillion", "thousand"))
    minor = lower in {"one", "single"}
    start = match.start()
    if minus := _MINUS_BEFORE.search(text, max(0, start - 8), start):
        start, value = minus.start(), -value  # "minus twelve degrees"
    return Quantity(start, match.end(), value, kind="word" if minor else "number",
                    scaled=scaled, negative=value < 0)  # fmt: skip


_MINUS_BEFORE = re.compile(r"\bminus\s+$", re.IGNORECASE)
# After `one`, what leaves no noun for it to count; before it, the words after which `one` may
# still be a count of what was named (`won by one.`, `more than one.`).
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"\u201d]|$)|\s+(?:from|that|which|who|immediately|too|either|again|back)\b"
)
_COUNT_BEFORE = re.compile(
    r"\b(?:by|than|to|of|at|from|in|on|just|only|least|most|about|nearly|almost|and|or|aged|"
    r"age)\s+$",
    re.IGNORECASE,
)


def _standing_for_a_noun(text: str, start: int, end: int) -> bool:
    """True for a `one` that stands for a noun named before: `gotten one,`, `the appropriate one
    immediately`, `including one from Deutsche Bank`."""
    if start == 0 or _sentence_start(text, start) or not _NO_NOUN_AFTER.match(text, end):
        return False
    return _COUNT_BEFORE.search(text, max(0, start - 10), start) is None


_RANK_BEFORE = re.compile(r"\b(?:number|No\.?)\s+$", re.IGNORECASE)
_STAGES = frozenset({"four", "eight", "sixteen"})
_STAGE_BEFORE = re.compile(r"\b(?:the|a)\s+(?:last|final)\s+$", re.IGNORECASE)
# What follows a stage; a count goes on with its noun ("the last eight years").
_STAGE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:at|in|on|for|after|before|with|against|and|or|but|stage|tie"
    r"|draw|round|match|clash|spot|place)\b|\s+of\s+the\s+[A-Z]"  # "last four of the Qatar Open"
)


def _stage(text: str, start: int, end: int) -> bool:
    """True for a word number naming a stage of a cup: `reached the last eight at the Open`."""
    before = _STAGE_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and _STAGE_AFTER.match(text, end) is not None


def _someday(text: str, start: int, end: int) -> bool:
    """True for the `one day` that means some day: after a modal or `then`, or opening the
    sentence before its subject (`One day, I realised`)."""
    if not _DAY_AFTER.match(text, end):
        return False
    if _MODAL_BEFORE.search(text, max(0, start - 12), start):
        return True
    return _sentence_start(text, start) and _SUBJECT_AFTER_DAY.match(text, end) is not None


_ANOTHER_AFTER = re.compile(r"\s*(?:another|'s|\u2019s|by\s+one|-(?:to|on)-one)\b", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+day\b(?![-\u2019'])")
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|then|perhaps|maybe|hope|hopes|hoped|and)\s+$",
    re.IGNORECASE,
)
_SUBJECT_AFTER_DAY = re.compile(r"\s+day\b\s*(?:,|(?:I|he|she|we|they|you|it|my|his|her)\b)")
# A count of people or things before `one` in its sentence: the `one` is one of them (`Of the
# 20 patients, one needs surgery`, `Two boats sank, a big one in the harbour`); a time counts
# no one (`After 3 years of age, one can start reading`).
_COUNTED_BEFORE = re.compile(
    rf"\b(?:\d[\d,]*|{numbers.WORD_NUMBER}|several|many)\s+(?:[a-z][\w-]*\s+)?"
    r"(?!(?:years|months|weeks|days|hours|minutes|seconds|times|decades)\b)"
    r"(?:[a-z]+s|(?:wo)?men|people|children|staff|police)\b",
    re.IGNORECASE,
)
_ONE_AS_PRONOUN = re.compile(
    r"\s+(?:can|could|should|must|may|might|would|cannot|can't|needs|supposes|wonders|"
    r"imagines|assumes|suspects|hopes|feels|senses|gets\s+the|has\s+to|ought)\b"
)
# An article and an adjective or two before `one`: "a bad one", "the main one", "a mutual one".
_PROP_WORD_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:(?!(?:of|to|by|than|in|on|at|and|or|from|is|was|are|were|be|"
    r"been|has|have|had|said|says|who|which|that)\s)[a-z]+\s+){1,2}$",
    re.IGNORECASE,
)
_PREPOSITION_AFTER = re.compile(
    r"\s*(?:--|\u2014|\u2013)|\s+(?:in|on|at|between|for|with|among|"
    r"to(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)))\b"
)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_HAND_AFTER = re.compile(r"\s+hand\b")
_FOR_BEFORE = re.compile(r"\bfor\s$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+thing\b.*\banother\b", re.IGNORECASE)


def _prop_word(text: str, start: int, end: int) -> bool:
    """True for a `one` after an article and an adjective that stands for a noun named before:
    "a bad one --", "the main one in the city", "a hard one to swallow"."""
    if not _PROP_WORD_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(_NO_NOUN_AFTER.match(text, end) or _PREPOSITION_AFTER.match(text, end))


def _idiom(text: str, start: int, end: int, counted: bool) -> bool:
    """True for the `one` of "on the one hand", "for one thing" or "it is one thing to ...,
    another to ..."; after a count (`six fingers on one hand`) only with `the`."""
    if _HAND_AFTER.match(text, end):
        on = _ON_BEFORE.search(text, max(0, start - 8), start)
        return on is not None and (not counted or "the" in on.group().lower())
    if _FOR_BEFORE.search(text, max(0, start - 4), start) and text.startswith(" thing", end):
        return True
    return _THING_AFTER.match(text, end) is not None


def _sentence_start(text: str, pos: int) -> bool:
    """True when only spaces, or an end of sentence, a quote, a colon, a bracket, a dash or a
    bullet and spaces come before `pos` (read back over the spaces only, never over the whole
    text)."""
    before = pos
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before == 0 or text[before - 1] in ".!?\"\u201c'\u2018:(\u2014\u2013-\u2022\u00b7*"
