"""What a figure takes from a figure before it in the same sentence, when its own words say too
little: `another $120m` and `from 5.9% to 3.2%` share a measure, `compared with 18.6% for the US`
is the same measure for another owner, a bracket restates the sum before it, and a share left to
another (`leaving ITV1 with 13%`) is of the same whole."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.figures import lexicon as words
from bot.analyse.figures.found import Found
from bot.analyse.figures.of_phrases import of_phrase
from bot.analyse.figures.shares_left import share_left
from bot.analyse.figures.units import DURATIONS
from bot.models import Unit


def shares_left_inherit(plain: str, found: list[Found]) -> list[Found]:
    """A share left to another (`leaving ITV1 with 13%`) is of the whole the share before it in
    the sentence was of (`60% of viewers`)."""
    kept: list[Found] = []
    for one in found:
        if one.unit == Unit.PERCENT and not of_phrase(plain, one.end):  # not `24% of adults`
            shares = (of_phrase(plain, f.end) for f in reversed(kept) if f.unit == Unit.PERCENT)
            if named := share_left(plain, one.start, next((w for w in shares if w), "")):
                one = replace(one, measure=named)
        kept.append(one)
    return kept


_FURTHER = re.compile(
    r"\b(?:another|a\s+further|an\s+extra|an\s+additional|(?:(?:1[89]|20)\d\d|last\s+year|the\s+"
    r"previous\s+year|a\s+year\s+earlier)['\u2019]s)\s+$",
    re.IGNORECASE,
)  # "another $120m", "well above 2003's 9.1%": the same measure as the figure before


def further_inherit(text: str, found: list[Found]) -> list[Found]:
    """`another` or `a further` sum measures what the one before it of the same unit does: `pay
    $100m now and another $120m later`; so does a figure of another year (`9.5%, above 2003's
    9.1%`), and one compared with it for another owner, or listed after such a one (`UK's
    jobless rate 4.7%, compared with 12.1% in Germany and 9.7% in France` -> `Germany's jobless
    rate`, `France's jobless rate`)."""
    kept: list[Found] = []
    listed, base = -1, ""  # where a list of compared owners ends, and the measure compared
    for one in found:
        further = _FURTHER.search(text, max(0, one.start - 20), one.start)
        compared = _COMPARED.search(text, max(0, one.start - 30), one.start)
        going_on = listed >= 0 and _LISTED.fullmatch(text, listed, one.start) is not None
        whose = _FOR_WHOM.match(text, one.end) if compared or going_on else None
        before = next((f for f in reversed(kept) if f.unit == one.unit and f.measure), None)
        listed = -1
        if whose and before is not None:
            base = base if going_on else before.measure
            one = replace(one, measure=_for_owner(base, words.tidy(whose.group("whom"))))
            listed = whose.end()
        elif (
            before is not None
            and (further or _from_to(text, kept, one))
            and not _names_another(text, one, before.measure)
        ):
            one = replace(one, measure=before.measure)
        elif before is not None and (bar := _bar_set(text, one)):
            one = replace(one, measure=f"{before.measure} {bar}")  # "ratio required by ..."
        elif kept and kept[-1].measure and (whole := _equivalent_share(text, one)):
            one = replace(one, measure=f"{kept[-1].measure} share of {whole}")
        kept.append(one)
    return kept


# A bar the figure before is measured against, and who set it: `a ratio of 17.4%, well above
# the 12.9% required by regulators`.
_ABOVE = re.compile(
    r",\s+(?:(?:well|far|just|comfortably|slightly|way)\s+)?(?:above|below|over|under|short\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SET_BY = re.compile(
    r"\s+(?P<bar>(?:required|set|demanded|recommended|targeted|expected|forecast|needed)\s+by"
    r"\s+[^,;.()]{2,40}?)(?=\s*(?:[,;.()]|$))"
)
# A sum restated as a share of a whole: `27 billion euros, equivalent to 2.5% of economic output`.
_EQUIVALENT = re.compile(r",\s+(?:equivalent|equal)\s+to\s+(?:about\s+|around\s+|nearly\s+)?$")
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:its\s+|their\s+)?(?P<whole>(?:the\s+)?[\w'\u2019 -]{2,40}?)(?=\s*(?:[,;.()]|$))"
)


def _bar_set(text: str, one: Found) -> str:
    """`required by regulators` for a bar the figure before is measured against, else ""."""
    if not _ABOVE.search(text, max(0, one.start - 40), one.start):
        return ""
    bar = _SET_BY.match(text, one.end)
    return bar.group("bar") if bar else ""


def _equivalent_share(text: str, one: Found) -> str:
    """`economic output` for a share restating the sum before it (`, equivalent to 2.5% of
    economic output`), else ""."""
    if one.unit != Unit.PERCENT or not _EQUIVALENT.search(text, max(0, one.start - 30), one.start):
        return ""
    whole = _OF_WHOLE.match(text, one.end)
    return whole.group("whole") if whole else ""


def _names_another(text: str, one: Found, measure: str) -> bool:
    """True when the noun right after `one` names what it measures and whom, someone the
    measure before does not name: `last year's $69.4 million opening for "Maleficent"`."""
    words = one.measure.split()
    if not words or not re.match(rf"\W*{re.escape(words[0])}\b", text[one.end :]):
        return False
    return any(w[:1].isupper() and w not in measure for w in words[1:])


def _for_owner(measure: str, owner: str) -> str:
    """`measure` of another owner: the owner in place of the one it names (`UK's jobless rate`
    -> `Germany's jobless rate`, `pupils in Hull passed` -> `pupils in Leeds passed`), else after
    it (`market for Italy`)."""
    if _POSSESSIVE.match(measure):
        return _POSSESSIVE.sub(f"{owner}'s ", measure, count=1)
    if named := _NAMED_IN.search(measure):
        return measure[: named.start("name")] + owner + measure[named.end("name") :]
    return f"{measure} for {owner}"


_POSSESSIVE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['\u2019]s\s+")
_NAMED_IN = re.compile(
    r"\s(?:in|at|for)\s+(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2})(?!\S)"
)


def _from_to(text: str, kept: list[Found], one: Found) -> bool:
    """True for the second end of `from the 5.9% estimated in May to 3.2%`: the same measure."""
    before = kept[-1] if kept else None
    if before is None or before.unit != one.unit or one.measure:
        return False
    opened = _FROM.search(text, max(0, before.start - 12), before.start)
    return bool(opened) and _TO.fullmatch(text, before.end, one.start) is not None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_TO = re.compile(r"[^,;()]{0,40}?\bto\s+", re.IGNORECASE)


# Names of times, which own no figure: `compared with 2.9% in February`.
_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Q[1-4])"
)
# `compared with 18.6% for the US`: the figure before, for another owner.
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$", re.IGNORECASE)
_FOR_WHOM = re.compile(
    rf"\s+(?:for|in|at)\s+(?!{_WHEN}\b)"
    r"(?P<whom>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
)
# The next figure of a list of compared owners: `12.1% in Germany, 10.4% in Spain and 9.7%`.
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


CONVERSION_GAP = 24  # most characters between a figure and the bracket that restates it


def conversions_inherit(text: str, found: list[Found]) -> list[Found]:
    """Figures in a bracket right after another figure take its measure: "4bn euros ($5.2bn)"."""
    kept: list[Found] = []
    for one in found:
        if _inside_bracket(text, one):
            if outer := bracketed_after(text, kept, one):
                one = replace(one, measure=outer.measure)
        elif kept and _restates(text, kept[-1], one):
            one = replace(one, measure=kept[-1].measure)
        kept.append(one)
    return kept


def _inside_bracket(text: str, one: Found) -> bool:
    return text.rfind("(", 0, one.start) > text.rfind(")", 0, one.start)


def bracketed_after(text: str, earlier: Sequence[Found], one: Found) -> Found | None:
    """The figure of `earlier` that `one` restates in a bracket right after it (`4bn euros
    ($5.2bn; £2.8bn)`), else None; a labelled bracket (`(base price: $59,995)`) is its own."""
    if not _inside_bracket(text, one):
        return None
    opening = text.rfind("(", 0, one.start)
    outer = next((f for f in reversed(earlier) if f.end <= opening), None)
    if outer is None or ":" in text[opening : one.start]:
        return None
    gap = text[outer.end : opening]
    return outer if len(gap) <= CONVERSION_GAP and not set(gap) & set("()") else None


# `3.7 million rubles -- worth about $61,000`, `3,300 nautical miles or 6,150 kilometers`: the
# same amount in another unit, joined by words instead of a bracket.
_RESTATING = re.compile(
    r"\s*(?:,|--|\u2014|\u2013)?\s*(?:or|worth|equal\s+to|equivalent\s+to)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under)\s+)?",
    re.IGNORECASE,
)
_LENGTHS = frozenset({"kilometre", "mile", "nautical mile", "metre", "foot", "yard"})


def _restates(text: str, before: Found, one: Found) -> bool:
    """True when `one` restates `before` in another unit of the same kind (money or length)."""
    if not before.measure or before.unit == one.unit:
        return False
    money = all(len(f.unit) == 3 and f.unit.isupper() for f in (before, one))
    lengths = before.unit in _LENGTHS and one.unit in _LENGTHS
    return (money or lengths) and _RESTATING.fullmatch(text, before.end, one.start) is not None


# `followed by Samsung with 25%`, and `and Huawei with 10%` after it: another owner's figure of
# the kind the figure before the list gave.
_FOLLOWED_BY = re.compile(
    r"\bfollowed\s+(?:closely\s+)?by\s+(?P<who>[^,;:()\d]{1,40}?)\s+(?:on|with|at)\s+$"
)
_AND_NEXT = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<who>[^,;:()\d]{1,40}?)\s+(?:on|with|at)\s+$"
)
_FOLLOWER_REACH = 60  # `followed by`, the owner and its preposition


def followers_inherit(text: str, found: list[Found]) -> list[Found]:
    """A figure `followed by` another owner's (`Apple holds a 40% share, followed by Samsung
    with 25% and Huawei with 10%`) measures the same for that owner: `Samsung share`, `Huawei
    share`; when the first figure's measure is its owner's name (`Germany`), the follower's is
    the follower's (`France`), never `followed by France`."""
    kept: list[Found] = []
    leader: Found | None = None
    following = False
    for one in found:
        reach = max(0, one.start - _FOLLOWER_REACH)
        opened = _FOLLOWED_BY.search(text, reach, one.start)
        going_on = _AND_NEXT.search(text, reach, one.start) if following else None
        named = opened or going_on
        if named and leader is not None and leader.unit == one.unit:
            owner = words.tidy(named.group("who"))
            one = replace(one, measure=_followed(leader.measure, owner) if owner else one.measure)
            following = True
        else:
            following = False
            leader = one if one.measure else leader
        kept.append(one)
    return kept


def _followed(measure: str, owner: str) -> str:
    """The leader's measure for the follower: `Samsung share` of `share`, the follower alone
    when the leader's measure is a name (`North East`)."""
    return f"{owner} {measure}" if measure[:1].islower() else owner


def changes_inherit(text: str, found: list[Found]) -> list[Found]:
    """A change told right after a figure, between commas and with no verb of its own (`profit
    of $412m, up 18% from a year earlier`, `shipped 9.8m PCs, down 12%`, `14m passengers, 11%
    more than a year earlier`, `$3.2bn, an increase of 7%`), measures what that figure does."""
    kept: list[Found] = []
    for one in found:
        before = next((f for f in reversed(kept) if _changeable(text, f)), None)
        if before is not None and before.measure and _change_of(text, before, one):
            one = replace(one, measure=before.measure)
        kept.append(one)
    return kept


def _changeable(text: str, found: Found) -> bool:
    """True for a figure a change told after it may be of: not a year, nor a time said as a
    span (`in its first four days`)."""
    counted_in_phrase = found.kind.endswith("-noun") and _IN_PHRASE.search(
        text, max(0, found.start - 20), found.start
    )
    if found.kind.startswith("year") or counted_in_phrase:
        return False  # "delivered 40 engines to 12 airlines, up 20%": the engines
    return found.unit not in DURATIONS or not _SPAN_BEFORE.search(
        text, max(0, found.start - 40), found.start
    )


_IN_PHRASE = re.compile(r"\b(?:to|in|from|across|at|among|by)\s+(?:the\s+)?$")
_SPAN_BEFORE = re.compile(
    r"\b(?:in|over|for|during|within|after)\s+(?:(?:the|its|their|his|her)\s+)?"
    r"(?:(?:first|last|past|next)\s+)?$",
    re.IGNORECASE,
)


def _change_of(text: str, before: Found, one: Found) -> bool:
    """True when `one` is a change of `before` or its level before (`, up from`): a comma and
    `up`, `down`, `a rise of` between them, or a bare comma and `more`, `higher`, `fewer` after
    `one`."""
    per_unit = str(before.unit).startswith(
        f"{one.unit} per "
    )  # "1.35 euros per share, up from 1.20"
    if one.unit not in _CHANGE_UNITS and one.unit != before.unit and not per_unit:
        return False
    between = text[before.end : one.start]
    if _CHANGE_BETWEEN.fullmatch(between):
        return True
    return _BARE_COMMA.fullmatch(between) is not None and bool(_MORE_AFTER.match(text, one.end))


_CHANGE_UNITS = frozenset({Unit.PERCENT, Unit.TIMES, Unit.POINT, Unit.FRACTION})
_WHEN_BEFORE_COMMA = (
    r"(?:\s+(?:a|an|per)\s+(?:year|month|week|day|head))?"
    r"(?:\s+(?:in|on|for|last|this|to|across|from|at|among)(?:\s+[A-Za-z\d,]+){1,4})?\s*,\s+"
)
_CHANGE_BETWEEN = re.compile(
    rf"{_WHEN_BEFORE_COMMA}(?:(?:up|down)(?:\s+by|\s+from)?|(?:a|an)\s+(?:rise|fall|increase|decrease|drop|gain|jump|"
    r"decline|climb)\s+of)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just)\s+)?"
)
_BARE_COMMA = re.compile(
    rf"{_WHEN_BEFORE_COMMA}(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|"
    r"less\s+than)\s+)?"
)
_MORE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|up|down|(?:the|its)\s+(?:level|amount|number|figure|"
    r"total|rate|size|price|average)|as\s+(?:much|many|high|large))\b"
)
