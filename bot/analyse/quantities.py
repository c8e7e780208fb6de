"""Finding quantities in one sentence: where each number is, its value, scale, unit and range."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.analyse import numbers, units

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_BLOCKED = re.compile(
    "|".join(
        (
            r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?",
            rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?(?!\s*(?:%|per\s?cent))",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+\d{{4}}\b)?",
            rf"\b{_MONTH}\.?,?\s+(?:of\s+)?\d{{4}}\b",
            r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)",
            r"\b\d{1,2}[:.]?\d{0,2}\s?(?:GMT|BST|CET|EST|EDT|PST|PDT|ET|PT|UTC)\b",
            r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?",
            r"\b(?:1[6-9]|20)\d\d[-–/](?:\d\d|(?:1[6-9]|20)\d\d)\b",
            r"\b\d+(?:st|nd|rd|th)\b",
            r"\b\d+/\d+\b",
            r"(?<![$£€¥])\b(?!(?:sub|minus|RM|PS|mid)-?\d)[A-Za-z]+-?\d+(?:[.-]\d+)*[A-Za-z\d]*",
            r"(?<=[a-z]), \d{1,3}(?=,)",
        )
    )
)
_DIGIT_NUMBER = re.compile(
    rf"(?:(?P<cur>{units.PREFIX})\s?)?(?P<sign>(?<![\w.,\-–])[-−+]|\bminus[- ])?(?P<num>{numbers.DIGITS})(?![\d])"
    r"(?:(?P<sa>hundred|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|m|b|k|M|B|K)\b"
    r"|\s(?P<sw>hundred|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn)\b)?"
)
_WORD_NUMBER = re.compile(rf"\b(?P<words>{numbers.WORD_NUMBER})\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?P<frac>(?:a|one|two|three|four|five|six|seven|eight|nine)[- ]"
    r"(?:half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)|(?:two|three|four)-(?:thirds|quarters|"
    r"fifths|tenths)|(?<!and a )half(?=\s+(?:of|the|a|an|its|their|his|her|our|all)\b))",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|"
    r"thousands|millions|billions)\b(?=\s+(?:of|more|upon)\b)",
    re.IGNORECASE,
)
_MULTIPLIER = re.compile(
    r"\b(?P<mult>doubled|doubling|tripled|trebled|tripling|quadrupled|halved|halving)\b",
    re.IGNORECASE,
)
_MULTIPLIER_VALUES = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}
_NOT_ONE_BEFORE = re.compile(
    r"\b(?:each|the|same|no|any|every|this|that|which|another|last|only|little|one|by|is)\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Za-z&.]*[A-Z][\w&.]*)\.?\s+$")
_CAPITAL_OK = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "About", "Around", "Nearly",
    "Almost", "Some", "Only", "Just", "Over", "Under", "More", "Less", "Up", "To", "And", "But",
    "Of", "Its", "It", "Their", "His", "Her", "Our", "Those", "These", "This", "That", "Last",
    "Now", "Then", "Since", "After", "Before", "If", "When", "While", "As", "All", "Another",
    "Every", "Each", "Roughly", "Approximately", "Than", "Between", "Another", "Another", "Total",
    "US", "UK", "EU", "Dow", "S&P", "Nasdaq", "FTSE", "Just", "Of", "Top", "Fewer", "Below",
    "Above", "Average", "I", "We", "They", "He", "She", "You", "Estimated", "Roughly", "Maybe",
}  # fmt: skip
_HYPHEN_WORD = re.compile(r"-(?P<word>[A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a sentence, before its context (measure, change...) is read."""

    start: int
    end: int
    value: float
    upper: float | None = None  # the top of a range ("5-10%": value 5, upper 10)
    unit: str = ""  # "" when the text gives none
    kind: str = "number"  # number, word, fraction, vague, multiplier, year, name
    scaled: bool = False  # a scale word was written ("1.5bn")
    negative: bool = False


def _blocked(text: str) -> list[tuple[int, int]]:
    """Character spans that hold dates, times, ordinals and names, never quantities."""
    return [m.span() for m in _BLOCKED.finditer(text)]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _digit_candidate(text: str, match: re.Match[str]) -> Quantity:
    """A quantity from a digits match, with its sign and scale word."""
    value = numbers.digits_value(match.group("num"))
    scale = match.group("sa") or match.group("sw")
    end = match.end()
    if scale and scale.lower() == "m" and match.group("sa"):
        rest = text[end : end + 12]
        if re.match(r"\s+(?:long|high|tall|deep|wide|away|sprint|race|hurdles)\b", rest):
            scale, end = None, match.end("num")  # "100m sprint": metres, not millions
    sign = match.group("sign") or ""
    negative = sign.strip() in {"-", "−", "minus"} or sign.startswith("minus")
    value *= numbers.scale_value(scale) * (-1.0 if negative else 1.0)
    cur = match.group("cur")
    unit = units.prefix_currency(text[match.start("cur") :]) if cur else ""
    return Quantity(
        match.start(), end, value, unit=unit, scaled=scale is not None, negative=negative
    )


def _word_candidates(text: str) -> list[Quantity]:
    """Quantities written in words, fractions, vague plurals and multiplying verbs."""
    found: list[Quantity] = []
    for match in _FRACTION.finditer(text):
        value = numbers.fraction_value(match.group("frac"))
        if value is not None:
            found.append(Quantity(match.start(), match.end(), value, kind="fraction"))
    for match in _VAGUE.finditer(text):
        low, high = numbers.VAGUE[re.sub(r"\s+", " ", match.group("vague").lower())]
        found.append(Quantity(match.start(), match.end(), low, high, kind="vague"))
    for match in _MULTIPLIER.finditer(text):
        value = _MULTIPLIER_VALUES[match.group("mult").lower()[:4]]
        found.append(Quantity(match.start(), match.end(), value, unit="times", kind="multiplier"))
    found.extend(q for m in _WORD_NUMBER.finditer(text) if (q := _word_number(text, m)))
    return found


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
    if lower in {"one", "single"} and _NOT_ONE_BEFORE.search(text[: match.start()]):
        return None
    if re.match(r"\s*(?:another|'s|’s)\b", text[match.end() :]):
        return None
    scaled = any(w in lower for w in ("million", "billion", "trillion", "thousand"))
    minor = lower in {"one", "single"}
    return Quantity(match.start(), match.end(), value, kind="word" if minor else "number",
                    scaled=scaled)  # fmt: skip


def _sentence_start(text: str, pos: int) -> bool:
    return not text[:pos].strip() or text[:pos].rstrip()[-1] in ".!?\"“'‘:(—–-"


def _with_unit(text: str, quantity: Quantity) -> Quantity | None:
    """The quantity with its measure unit or currency word (and rate) read after it, or None."""
    end, unit = quantity.end, quantity.unit
    if unit:
        if suffix_us := re.match(r"\s?(?:US|U\.S\.)(?!\w)", text[end:]):
            end += suffix_us.end()
    else:
        suffix = units.SUFFIX_CURRENCY.match(text, end + _spaces(text, end))
        measure = units.measure_at(text, end)
        if suffix and not (measure and measure[1] > suffix.end()):
            unit, end = units.suffix_currency(suffix), suffix.end()
        elif measure:
            unit, end = measure
    if end == quantity.end and quantity.kind == "number" and text[end : end + 1].isalpha():
        return None  # "4K", "3s": digits glued to letters that are no unit
    if unit and (rate := units.rate_at(text, end)):
        unit, end = f"{unit} per {rate[0]}", rate[1]
    return replace(quantity, end=end, unit=unit)


def _spaces(text: str, pos: int) -> int:
    return len(text[pos:]) - len(text[pos:].lstrip(" "))


_STOP = set(
    "of in on at by for from with to and or but the a an than as per who which that whose whom "
    "is was were are be been being has have had will would could should can may might must do "
    "did does said says say told its their his her our my your this these those there here it "
    "they he she we you i so if when while after before since until into onto over under about "
    "around between across against during each every all some any no not more most less such "
    "also only just even still yet already now then ago earlier later last next year years "
    "month months week weeks day days time times".split()
)
_NOUN_WORD = re.compile(r"\s*(?P<word>[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z])")
_PLURAL_IRREGULAR = {"people", "men", "women", "children", "staff", "police", "cattle", "personnel"}
_SKIP_FIRST = {"more", "additional", "extra", "other", "further"}


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _PLURAL_IRREGULAR or lower.endswith(("men", "people")):
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def counted_noun(text: str, pos: int, singular: bool) -> tuple[str, int] | None:
    """The counted noun phrase right after a bare number (`5,000 students`), and its end."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 4 and (match := _NOUN_WORD.match(text, cursor)):
        word = match.group("word")
        if not words and cursor == pos and word.lower() in _SKIP_FIRST:
            cursor = match.end()  # "eight more picks" counts picks
            continue
        if word.lower() in _STOP:
            break
        words.append((word, match.end()))
        cursor = match.end()
        if _is_plural(word) or (singular and len(words) == 3):
            break
    if not words:
        return None
    if _is_plural(words[-1][0]) or singular:
        return " ".join(w for w, _ in words), words[-1][1]
    if words[0][0].islower() and not words[0][0].endswith("ly"):
        return words[0][0], words[0][1]  # "a 12 page document", "a 3 cylinder engine"
    return None


def quantities_in(text: str) -> list[Quantity]:
    """Every quantity of one sentence, in text order, ranges joined, names and dates left out."""
    blocked = _blocked(text)
    raw = [_digit_candidate(text, m) for m in _DIGIT_NUMBER.finditer(text)]
    raw = [q for q in raw if not _overlaps((q.start, q.end), blocked)]
    raw += [q for q in _word_candidates(text) if not _overlaps((q.start, q.end), blocked)]
    found: list[Quantity] = []
    for quantity in _without_overlaps(raw):
        placed = _placed(text, quantity)
        if placed is not None:
            found.append(placed)
    return [_with_noun(text, q) for q in _ranges(text, found)]


def _without_overlaps(candidates: list[Quantity]) -> list[Quantity]:
    """The longest candidate wherever candidates overlap, in text order."""
    kept: list[Quantity] = []
    for quantity in sorted(candidates, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


def _placed(text: str, quantity: Quantity) -> Quantity | None:
    """The quantity with its unit read, or None when it is part of a name, year or compound."""
    if quantity.kind in {"multiplier", "vague"}:
        return _vague_unit(text, quantity) if quantity.kind == "vague" else quantity
    if quantity.kind == "fraction":
        return replace(quantity, unit="fraction")
    if not quantity.unit and quantity.start > 0 and text[quantity.start - 1].isalpha():
        return None  # "PS5": letters glued before the digits
    if text[quantity.end : quantity.end + 1] == "-" and not _unit_compound(text, quantity.end):
        return None  # "a five-year plan", "three-bed": an adjective, not a quantity
    placed = _with_unit(text, quantity)
    if placed is None or placed.unit or placed.scaled:
        return placed
    if _is_year(text, placed):
        return replace(placed, kind="year")
    if _is_name(text, placed):
        return None
    return placed


def _unit_compound(text: str, pos: int) -> bool:
    """True for "6.1-inch" or "50-year-old" (a unit), False for "five-year" or "three-bed"."""
    measure = units.measure_at(text, pos + 1) or units.measure_at(text, pos)
    if measure is None:
        return bool(re.match(r"-\d", text[pos : pos + 2]))  # a range "5-10"
    return measure[0] not in units.DURATIONS


def _is_year(text: str, quantity: Quantity) -> bool:
    surface = text[quantity.start : quantity.end]
    return bool(re.fullmatch(r"(?:1[6-9]|20)\d\d", surface))


def _is_name(text: str, quantity: Quantity) -> bool:
    """True for "iPhone 14", "Section 427", "S&P 500": a capitalised word right before."""
    if quantity.kind != "number":
        return False
    match = _NAME_BEFORE.search(text[: quantity.start])
    if match is None:
        return False
    word = match.group("word")
    return word not in _CAPITAL_OK and word.rstrip(".") not in _CAPITAL_OK


def _vague_unit(text: str, quantity: Quantity) -> Quantity:
    """A vague plural ("hundreds of miles") with the unit or noun it counts."""
    after = re.match(r"\s+of\s+", text[quantity.end :])
    if after is None:
        return quantity
    pos = quantity.end + after.end()
    suffix = units.SUFFIX_CURRENCY.match(text, pos)
    if suffix:
        return replace(quantity, unit=units.suffix_currency(suffix), end=suffix.end())
    measure = units.measure_at(text, pos)
    if measure:
        return replace(quantity, unit=measure[0], end=measure[1])
    noun = counted_noun(text, pos, singular=False)
    return replace(quantity, unit=noun[0], end=noun[1]) if noun else quantity


def _with_noun(text: str, quantity: Quantity) -> Quantity:
    """A bare quantity with the noun it counts as its unit ("5,000 students")."""
    if quantity.unit or quantity.kind not in {"number", "word"}:
        return quantity
    noun = counted_noun(text, quantity.end, singular=quantity.value == 1)
    if noun is None:
        return quantity
    return replace(quantity, unit=noun[0], end=noun[1], kind=quantity.kind + "-noun")


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|through)\s*")


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Adjacent quantities joined into ranges: "5-10%", "between $62 and $68", "1 to 1.5 C"."""
    joined: list[Quantity] = []
    for quantity in found:
        if joined and (merged := _range(text, joined[-1], quantity)):
            joined[-1] = merged
        else:
            joined.append(quantity)
    return joined


def _range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """The range from `low` to `high` when the text between them joins them, else None."""
    gap = text[low.end : high.start]
    if low.upper is not None or low.kind not in _RANGE_KINDS or high.kind not in _RANGE_KINDS:
        return None
    if not _RANGE_GAP.fullmatch(gap):
        return None
    if gap.strip() == "and" and not re.search(r"\bbetween\s+\S*$", text[: low.start]):
        return None
    if gap.strip() in {"-", "–"} and _is_score(text, low, high):
        return None
    unit = _range_unit(low, high)
    if unit is None:
        return None
    value = low.value
    if not low.scaled and high.scaled and low.value <= high.value / _scale_of(high):
        value = low.value * _scale_of(high)  # "$10 to $15 billion"
    return replace(high, start=low.start, value=value, upper=high.value, unit=unit)


_RANGE_KINDS = {"number", "word"}


def _range_unit(low: Quantity, high: Quantity) -> str | None:
    if low.unit == high.unit or not low.unit:
        return high.unit
    if high.unit.startswith(low.unit + " per "):
        return high.unit
    return None


def _scale_of(quantity: Quantity) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if abs(quantity.value) >= scale:
            return scale
    return 1.0


def _is_score(text: str, low: Quantity, high: Quantity) -> bool:
    """True for a score such as "2-1" or "2-2": small whole numbers, the first not smaller."""
    if low.unit or high.unit:
        return False
    small = all(q.value == int(q.value) and 0 <= q.value <= 20 for q in (low, high))
    return small and low.value >= high.value
