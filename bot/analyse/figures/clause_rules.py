"""Measure rules read from the figure's clause: the growth its speaker forecasts, a share of
people by what they said or were, the level something is kept at, money its subject took; and
the clause's named subject, the whole a sentence opens with and the antecedent of a relative
clause, which the other rules share."""

from __future__ import annotations

import re

from bot.analyse.figures.antecedents import antecedent
from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.completions import (
    bare_growth,
    forecast_growth,
    owned_object,
    uncut_subject,
)
from bot.analyse.figures.counted_owners import before_predicate
from bot.analyse.figures.lexicon import AGO, FRONTED_PREPOSITIONS, is_verb, tidy
from bot.analyse.figures.measures import (
    ANTECEDENT_REACH,
    NP_STOP,
    before_qualifier,
    from_determiner,
)
from bot.analyse.figures.money_rules import counted_in, is_money
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS, measure_flaw, present_verb, without_figures
from bot.analyse.figures.shares_of import people_share
from bot.analyse.figures.sources import reports
from bot.analyse.figures.subjects import subject
from bot.analyse.figures.takings import takings
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS
from bot.models import Unit


def growth_forecast(plain: str, quantity: Quantity) -> str:
    if quantity.unit != Unit.PERCENT or not bare_growth(plain, quantity.end):
        return ""
    return forecast_growth(_speaker(plain, quantity.start))


def _speaker(plain: str, start: int) -> str:
    """Who the clause of `start` is said by: the subject before `said it expects`, else the
    clause's own subject."""
    reported = _SAID_IT.search(plain, max(0, start - 80), start)
    if reported is None:
        return named_subject(plain, start)
    begin, _ = clause_span(plain, reported.start())
    return tidy(NP_STOP.sub("", plain[begin : reported.start()]))  # a source is a speaker here


_SAID_IT = re.compile(
    r"\s+(?:said|says|say|expects?|forecasts?|predicts?|sees?)\b"
    r"(?:\s+(?:that\s+)?(?:it|they)\s+\w+)?"
    r"(?:\s+\w+){0,2}\s*$"
)


def people_share_of(plain: str, quantity: Quantity) -> str:
    if quantity.unit != Unit.PERCENT:
        return ""
    fronted = FRONTED_OF.match(plain, 0, quantity.start)
    group = tidy(fronted.group("np")) if fronted else ""
    return people_share(plain, before_qualifier(plain, quantity.start), quantity.end, group)


# `keep interest rates steady at 4.75%`, `held its key rate at 2.5%`: the level kept (not `set to
# remain on hold at`, whose level is its subject's).
_KEPT_AT = re.compile(
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|leave|leaves|left|leaving|set|sets)\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?!to\s)(?P<np>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
    r"(?:\s+(?:steady|unchanged|flat|fixed|on\s+hold))?\s+at\s*$",
    re.IGNORECASE,
)


def kept_at(plain: str, quantity: Quantity) -> str:
    start = before_qualifier(plain, quantity.start)
    found = _KEPT_AT.search(plain, max(0, start - 80), start)
    aged = quantity.unit in {"", "year of age"}
    if found is None or (aged and found.group(0)[:4].lower() in {"left", "leav"}):
        return ""  # "She left school at 16": an age, no level
    return owned_object(plain, start, found.group("np"))


def money_taken(plain: str, quantity: Quantity) -> str:
    """`film takings` of `The film took $20m`, unless the sum says what it is in (`made $5m in
    profit`: the next rule's `profit`)."""
    if not is_money(quantity) or _readable(counted_in(plain, quantity)):
        return ""
    return takings(plain, before_qualifier(plain, quantity.start), quantity.end)


# `Of the 1,200 adults surveyed, 73% said`: the group a figure is a part of, opening the sentence.
FRONTED_OF = re.compile(
    r"\s*Of\s+(?:the|those|these|its|their|all)?\s*(?:(?:more|fewer|less)\s+than\s+)?"
    r"(?:\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?)?(?P<np>[^,;:\d]+),"
)


def named_subject(plain: str, start: int) -> str:
    """The subject of the clause before `start`, cut before a verb the word lists missed; past
    a relative clause between commas (`the services sector, which accounts for most of it,
    grew`), the phrase that clause describes."""
    at = before_qualifier(plain, start)
    full = subject(plain, at)
    lone = len(full.split()) == 1 and full.islower()
    past = full.endswith("ed") and not re.search(
        rf"{re.escape(full)}\s+{_PREPOSITION}\s*$", plain[:at]
    )
    lone_verb = lone and (
        is_verb(full) or full in _VERB_FORMS or present_verb(full) or past
    )  # "drove", "pumped"; not "pitched at", a participle
    relative = not full or full.split()[0].lower() in {"which", "who"} or lone_verb
    aside = _ASIDE_BEFORE.search(plain, max(0, at - _ASIDE_REACH), at)
    if aside and reports(plain[aside.end("aside") : at]):
        aside = None  # "Acme, the UK's largest bakery, said sales rose": the sales'
    if aside and not _apposed_to_noun(aside):
        aside = None  # "At 9am, the dollar was up, and buying": a clause, no apposition
    inside = (  # "ratio, a key measure of strength, stood at": `key` is the aside's
        aside is not None
        and aside.group("opener").lower() in {"a", "an"}
        and full.islower()
        and f" {full} " in f"{aside.group('aside')} "
    )
    if aside and (relative or inside or "," in aside.group("aside")):  # or a place list split it
        return tidy(from_determiner(aside.group("np")))
    return uncut_subject(full, before_predicate(full))


# `the sector, which accounts for most of it, grew `: a verb (and a word) after the aside,
# whose commas may only part the places it names (`flying between Lyon, France and Oslo, Norway`).
_ASIDE_BEFORE = re.compile(
    r"(?P<np>[^,;:]{1,60}),\s+(?P<opener>which|who|in|at|on|near|from|based\s+in|an?|the)\b"
    r"(?P<aside>(?:[^,;:()]|,\s(?=[A-Z][a-z]+\b(?:,|\s+and\s+[A-Z])?)){0,160}),"
    r"\s+(?:(?:has|have|had|will|would|could|may|might|is|are|was|were)\s+"
    r"(?:(?:since|now|also|already)\s+)?(?:been\s+)?)?[a-z]+(?:\s+[a-z]+)?\s*$"
)


_TOLD_HOW = re.compile(r"\b(?:how|what|whether|when|where|why)\b")


def _apposed_to_noun(aside: re.Match[str]) -> bool:
    """True when the phrase before the aside holds no figure (`The suspect`, `the 150-seat
    aircraft`; `Fosters bought 18.8% of X, the winemaker` is no noun phrase), and an aside opened
    by an article holds no finite verb (`, the dollar was up,` is a clause of its own)."""
    words = aside.group("np").split()
    figures = [w for i, w in enumerate(words) if _FIGURE_WORD.match(w) and words[i - 1] != "tier"]
    if figures or not words:
        return False  # not "tier 1 ratio", a class
    if words[0].lower() in FRONTED_PREPOSITIONS:
        return False  # "On Monday, the first day of trading, shares fell": a time, no subject
    if aside.group("opener").lower() not in {"a", "an", "the"}:
        return True
    told = _TOLD_HOW.split(aside.group("aside"))[0]  # "a measure of how full its planes are"
    return not any(w.lower() in FINITE_VERBS for w in told.split())


_ASIDE_REACH = 260  # the phrase, its aside and the verb after it
_VERB_FORMS = FINITE_VERBS | IRREGULAR_VERBS
# A figure in a phrase (`more than 12,700 appointments`), not a year or a compound (`150-seat`).
_FIGURE_WORD = re.compile(r"(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\d-])")
_PREPOSITION = r"(?:at|in|on|by|for|to|from|with|as)"  # after a participle: "pitched at"


def _readable(phrase: str) -> bool:
    """True when `phrase`, without its figures, is a measure a reader can use."""
    shown = tidy(without_figures(phrase))
    return bool(shown) and not measure_flaw(shown)


_FRACTION_OF_NOUN = re.compile(r"\s+(?:of\s+)?(?:the|all|its|their)\s+[\w'\u2019-]+")


def relative_antecedent(plain: str, quantity: Quantity) -> str:
    """The antecedent, for a counted noun only when the clause says how many it amounts to
    (`the quota, which now amounts to 5,000 students`; `Falic, which runs 90 stores` owns them)."""
    if quantity.unit == Unit.FRACTION and _FRACTION_OF_NOUN.match(plain, quantity.end):
        return ""  # "which makes chips for half the world's phones": a share of the phones
    if AGO.match(plain, quantity.end):
        return ""  # "tourists, who posted it two days ago": the time since they posted it
    window = plain[max(0, quantity.start - ANTECEDENT_REACH) : quantity.start]
    if quantity.kind.endswith("-noun") and not _AMOUNTS_TO.search(window):
        return ""
    found = antecedent(plain, quantity.start)
    if found and (moved := _MOVED_ITS.search(window)):
        return f"{found} {moved.group('np')}"  # "which raised its benchmark rate to 5.25%"
    return found


# What the antecedent moved, right before the figure: `which raised its benchmark rate to`.
_MOVED_ITS = re.compile(
    r"\b(?:which|who)\s+(?:\w+\s+)?(?:raised|cut|lowered|increased|lifted|reduced|kept|left|"
    r"held|set|trimmed|slashed|hiked|doubled|capped)\s+(?:its|their|his|her)\s+"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:to|at|by)\s+$"
)


_AMOUNTS_TO = re.compile(
    r"\b(?:which|who)\s+(?:\w+\s+)?(?:amounts?|amounted|totals?|totalled|numbers?|numbered|"
    r"stands?|stood|is|was|are|were|reached|reaches)\b[^,;:]*$"
)


# `accounts for 40% of`, `made up 62.5% of`: the verb that makes the figure a share of a whole.
_SHARE_VERB = re.compile(
    r"(?P<which>,\s*(?:which|that)\s+)?\b(?:(?:accounts?|accounted|accounting)(?:\s+for)?|"
    r"(?:makes?|made|making)\s+up|represents?|represented|representing)\s*$",
    re.IGNORECASE,
)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?P<whole>[^,;:.()]+)")


def share_of_whole(plain: str, quantity: Quantity) -> str:
    """`services sector share of UK economy` of `the services sector, which accounts for nearly
    three-quarters of the UK economy`, else ""."""
    if quantity.unit not in {Unit.PERCENT, Unit.FRACTION}:
        return ""
    start = before_qualifier(plain, quantity.start)
    verb = _SHARE_VERB.search(plain, max(0, start - 40), start)
    whole = _OF_WHOLE.match(plain, quantity.end)
    if verb is None or whole is None:
        return ""
    at = verb.start()
    part = antecedent(plain, start) if verb.group("which") else named_subject(plain, at)
    words = whole.group("whole").split()[:5]
    return tidy(f"{part} share of {' '.join(words)}") if part and words else ""


def bracketed_noun(plain: str, quantity: Quantity) -> str:
    """`decline experienced by the typical city resident` for the `(3%)` after it: a figure in
    brackets measures the noun phrase right before them, whose participle says which one it is
    (the clause's subject would stop at the participle: `decline`); else ""."""
    blanked = not plain[quantity.start : quantity.end + 1].strip()
    if not blanked or not _BRACKET_BEFORE.search(plain, max(0, quantity.start - 4), quantity.start):
        return ""  # no bracket around it (a time, `in 2003`, is blanked out too)
    lead = plain[max(0, quantity.start - _BRACKETED_REACH) : quantity.start].rstrip()
    found = _PARTICIPLE_PHRASE.search(lead)
    return tidy(found.group("np")) if found else ""


# `the decline experienced by the typical city resident`: an article, a noun or two, a past
# participle and its phrase, with no clause break.
_PARTICIPLE_PHRASE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[a-z]{3,}ed\s+"
    r"(?:by|in|at|among|for|across)\s+[^,;:()]{1,50}?)$"
)
_BRACKETED_REACH = 90
_BRACKET_BEFORE = re.compile(r"[^\s(]\s\s$")  # "resident (3%)" blanked: its space and its "("


def owned_stake(plain: str, quantity: Quantity) -> str:
    """`Glazer family stake` for the `69%` of `which is 69% owned by the Glazer family`: a
    share owned by someone is their stake; else ""."""
    if quantity.unit != Unit.PERCENT:
        return ""
    found = _OWNED_BY.match(plain, quantity.end)
    return f"{found.group('owner')} stake" if found else ""


_OWNED_BY = re.compile(
    r"\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?(?!(?:its|their|his|her|our)\b)"
    r"(?P<owner>[A-Za-z][\w&'\u2019-]*(?:\s+(?!(?:and|but|since|until|which|who|in|on|at)\b)"
    r"[A-Za-z][\w&'\u2019-]*){0,3})"
)
