"""What a quantity measures: an ordered list of named rules, each with the sentence it is for.

The rules are tried in order on the sentence with its asides blanked out; the first that gives a
phrase a reader can use wins (`readable`: the phrase is cut before a clause opened inside it, and
stripped of a subordinator, conjunction or possessive in front, and passed over when it still
opens with a pronoun or a verb). A counted
noun is its own measure, with its owner when the sentence gives one. No rule, no measure: an
empty measure is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.analyse.figures.lexicon import MAX_WORDS, is_verb, tidy, word_set
from bot.analyse.figures.measures import (
    ANTECEDENT_REACH,
    antecedent,
    before_qualifier,
    near,
    noun_after,
    of_before,
    of_phrase,
    verb_object,
)
from bot.analyse.figures.noun_tails import noun_phrase
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS, measure_flaw, repaired, trimmed
from bot.analyse.figures.subjects import subject
from bot.analyse.figures.sums import (
    bought,
    earner,
    exchange_rate,
    money_held,
    money_in,
    payment,
    price,
)
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS
from bot.models import Unit

_MONEY = re.compile(r"[A-Z]{3}(?: per .*)?")  # ISO 4217 codes, maybe with a rate


@dataclass(frozen=True, slots=True)
class Rule:
    """One way to read a measure, with the sentence, figure and measure it was written for."""

    name: str
    example: tuple[str, str, str]  # (sentence, the figure's number as written, its measure)
    phrase: Callable[[str, Quantity], str]


def _counted(quantity: Quantity) -> bool:
    return quantity.kind.endswith("-noun")


def _around(plain: str, quantity: Quantity) -> str:
    return "" if _counted(quantity) else near(plain, quantity.start, quantity.end)


# Units whose number is no property of the noun after it ("76 percent more", "5G networks").
_NOT_DESCRIBING = frozenset(
    {"percent", "percentage point", "times", "fraction", "year of age", "G"}
)


def _described(plain: str, quantity: Quantity) -> str:
    if _counted(quantity) or not quantity.unit:
        return ""
    if quantity.unit in _NOT_DESCRIBING:
        following = plain[quantity.end :].split()[:1]
        if not following or following[0].lower().strip(".,;") not in _SHARE_NOUNS:
            return ""  # "76 percent more", but "a 5% to 10% improvement"
    return noun_after(plain, quantity.end)


# Nouns a percentage describes when written right after it: `5% improvement`, `10% stake`.
_SHARE_NOUNS = word_set(
    "improvement increase rise drop fall cut discount stake share tariff tax raise gain loss "
    "decline reduction growth premium commission fee return margin majority pay"
)


# A label and its colon right before the figure: `(base price: $59,995)`, `Range: 250 miles`.
_LABEL = re.compile(r"(?:^|[(,;]\s*)(?P<label>[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}):\s*$")


def labelled(text: str, quantity: Quantity) -> str:
    """The label a figure is written under, read on the sentence as written (a bracket is an
    aside to the other rules): `(base price: $59,995)` -> `base price`."""
    found = _LABEL.search(text, 0, before_qualifier(text, quantity.start))
    return tidy(found.group("label")) if found else ""


def _relative(plain: str, quantity: Quantity) -> str:
    """The antecedent, for a counted noun only when the clause says how many it amounts to
    (`the quota, which now amounts to 5,000 students`; `Falic, which runs 90 stores` owns them)."""
    window = plain[max(0, quantity.start - ANTECEDENT_REACH) : quantity.start]
    if _counted(quantity) and not _AMOUNTS_TO.search(window):
        return ""
    return antecedent(plain, quantity.start)


_AMOUNTS_TO = re.compile(
    r"\b(?:which|who)\s+(?:\w+\s+)?(?:amounts?|amounted|totals?|totalled|numbers?|numbered|"
    r"stands?|stood|is|was|are|were|reached|reaches)\b[^,;:]*$"
)


def _fraction_of(plain: str, quantity: Quantity) -> str:
    return noun_after(plain, quantity.end) if quantity.unit == Unit.FRACTION else ""


def _counted_noun(plain: str, quantity: Quantity) -> str:
    if not _counted(quantity):
        return ""
    noun = noun_phrase(plain, quantity.end, quantity.unit)
    candidates = (
        _unless_collection(of_before(plain, quantity.start)),
        antecedent(plain, quantity.start),  # "Falic, which runs 90 stores": Falic stores
        "" if _PARTITIVE.search(plain, 0, quantity.start) else subject(plain, quantity.start, 1),
        subject(plain, quantity.start) if _SAID_IT.search(plain, 0, quantity.start) else "",
    )
    owners = (_unless_collection(tidy(repaired(_before_predicate(_without_predicate(trimmed(c))))))
              for c in candidates if c)  # fmt: skip
    owner = next((o for o in owners if _can_own(o, noun, quantity.unit)), "")
    return f"{owner} {noun}" if owner else noun


def _can_own(owner: str, noun: str, counted: str) -> bool:
    """True for an owner a reader can put before the counted noun: no pronoun or verb first, not
    the noun again, no quantity (`Thousands of people` own no PSPs)."""
    if not owner or measure_flaw(owner) or owner.split()[-1] in noun:
        return False
    if counted.split()[-1:] and counted.split()[-1] in owner.split():
        return False  # "More than 6 million homes nationwide" counts the same homes
    words = owner.lower().split()
    if words[0].endswith("ing") and words[1:2] and words[1] in _DETERMINERS | {"all", "every"}:
        return False  # "Owning all 10 gadgets": a gerund and its object own nothing
    if len(owner.split()) + len(counted.split()) > MAX_WORDS:
        return False  # a long apposition would push the counted noun out of the measure
    return _MANY.match(owner) is None


# "Acme said it has 1,000 customers": the pronoun's owner is the speaker.
_SAID_IT = re.compile(
    r"\b(?:said|says|added|adds|reported|reports|expects|believes)\s+(?:that\s+)?(?:it|they)\b"
    r"[^,;:]*$"
)
# "one of the 3,000 tickets": the clause's subject does not own what the partitive counts.
_PARTITIVE = re.compile(
    r"\b(?:one|some|any|many|most|all|each|none|few|several|both|either|neither)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_MANY = re.compile(r"\d|(?:dozens|hundreds|thousands|millions|billions|scores)\b", re.IGNORECASE)


_COLLECTIONS = word_set(
    "chain network fleet group string series range set pair handful couple collection"
)


def _unless_collection(phrase: str) -> str:
    """`phrase`, or "" for a collection (`a chain of 90 stores`: the stores are measured)."""
    words = phrase.split()
    named = any(w[:1].isupper() for w in words)  # "the Falic group" is a name
    return "" if words and words[-1].lower() in _COLLECTIONS and not named else phrase


def _without_predicate(owner: str) -> str:
    """An owner with no verb in it: the subject before the verb (`the museum drew` -> `the
    museum`), or after a verb of saying or expecting (`Analysts expect the bank` -> `the bank`)."""
    words = owner.split()
    verbs = [i for i, w in enumerate(words) if is_verb(w) or w.lower() in FINITE_VERBS]
    if not verbs:
        return owner
    if words[verbs[-1]].lower() in _REPORTING and verbs[-1] < len(words) - 1:
        return " ".join(words[verbs[-1] + 1 :])
    return " ".join(words[: verbs[0]])


_REPORTING = word_set(
    "said says say expect expects expected believe believes think thinks estimate estimates "
    "predict predicts forecast forecasts reckon reckons"
)


def _money(quantity: Quantity) -> bool:
    return _MONEY.fullmatch(quantity.unit) is not None or quantity.unit in {"cent", "pence"}


def _counted_in(plain: str, quantity: Quantity) -> str:
    return money_in(plain, quantity.end) if _money(quantity) else ""


def _earned(plain: str, quantity: Quantity) -> str:
    return earner(plain, before_qualifier(plain, quantity.start)) if _money(quantity) else ""


def _paid(plain: str, quantity: Quantity) -> str:
    return payment(plain, before_qualifier(plain, quantity.start)) if _money(quantity) else ""


def _paid_for(plain: str, quantity: Quantity) -> str:
    start = before_qualifier(plain, quantity.start)  # "spending nearly $3m on art"
    return bought(plain, start, quantity.end) if _money(quantity) else ""


def _priced(plain: str, quantity: Quantity) -> str:
    return price(plain, quantity.start) if _money(quantity) else ""


def _held(plain: str, quantity: Quantity) -> str:
    return money_held(plain, quantity.start, quantity.end) if _money(quantity) else ""


def _changed(plain: str, quantity: Quantity) -> str:
    return verb_object(plain, quantity.start)


def _of(plain: str, quantity: Quantity) -> str:
    return of_phrase(plain, quantity.end)


def _subject(plain: str, quantity: Quantity) -> str:
    named = _before_predicate(subject(plain, before_qualifier(plain, quantity.start)))
    if _money(quantity) or not quantity.unit:
        return exchange_rate(plain, quantity.end, named) or named
    return named


_DETERMINERS = word_set("the a an its their his her our this that these those")
_MORE_PAST = word_set(
    "broke became built dealt forgot hid hung laid lent rang shook slid sought spent stole stuck "
    "swung tore woke"
)


def _before_predicate(phrase: str) -> str:
    """A subject cut before a verb the word lists missed: `Tesla broke a record` -> `Tesla`,
    `the company offered a plan` -> `the company` (`the expected profit` stays whole)."""
    words = phrase.split()
    for index in range(1, len(words)):
        word, previous = words[index], words[index - 1].lower()
        past = word.islower() and len(word) > 4 and word.endswith("ed")
        describing = previous in _DETERMINERS or previous.endswith("ly")  # "currently traded"
        if word.lower() in IRREGULAR_VERBS | _MORE_PAST or (past and not describing):
            return " ".join(words[:index])
    return phrase


RULES: tuple[Rule, ...] = (
    Rule("around the number", ("Acme reported a 60% rise in profit.", "60%", "profit"), _around),
    Rule(
        "noun the measure describes",
        ("The nose cone fell in 50mph winds.", "50mph", "winds"),
        _described,
    ),
    Rule(
        "antecedent of a relative clause",
        ("Norway has a cod quota, which now amounts to 5,000 tonnes.", "5,000", "cod quota"),
        _relative,
    ),
    Rule("noun after a fraction", ("Three out of four girls said no.", "Three", "girls"),
         _fraction_of),
    Rule(
        "counted noun with its owner",
        ("Ford employs 5,000 workers in the United Kingdom.", "5,000",
         "Ford workers in the United Kingdom"),
        _counted_noun,
    ),
    Rule(
        "money a relative clause describes",
        ("It repaid part of the $550m it lost on oil futures.", "$550m",
         "money lost on oil futures"),
        _held,
    ),
    Rule("price of what is sold", ("The Zeta phone is selling in Japan for $250.", "$250",
                                   "Zeta phone price"), _priced),
    Rule("what a sum pays for", ("She paid $12,000 for a new roof.", "$12,000", "new roof"),
         _paid_for),
    Rule("who a participle says has the sum", ("Staff earning over £50,000 will pay more.",
                                               "£50,000", "Staff earning"), _earned),
    Rule("what a sum is in", ("Acme raised $5m in funding.", "$5m", "funding"), _counted_in),
    Rule("a payment named by its verb", ("The firm will repay its lenders $40m.", "$40m",
                                         "repayment to lenders"), _paid),
    Rule(
        "object of a change verb",
        ("The update will boost the driving range by 35 miles.", "35", "driving range"),
        _changed,
    ),
    Rule("of phrase after the number", ("It spent 60% of its revenue.", "60%", "revenue"), _of),
    Rule(
        "subject of the clause",
        ("The volume of trade between Russia and Latin America has increased by 12%.", "12%",
         "trade between Russia and Latin America"),
        _subject,
    ),
)  # fmt: skip


def measure(plain: str, quantity: Quantity) -> str:
    """What the quantity measures: the first rule's phrase that a reader can use, else ""."""
    if quantity.kind == "year-fact":
        return repaired(trimmed(year_measure(plain, quantity.start)))
    for rule in RULES:
        phrase = tidy(tidy(repaired(trimmed(rule.phrase(plain, quantity)))))  # cut, then tidied
        if phrase:
            return phrase
    return ""


def year_measure(plain: str, start: int) -> str:
    """What a year that is the fact measures: `Argentina will join` of `will join in 2024`."""
    before = re.sub(r"\b(?:in|by)\s+$", "", plain[:start])
    pieces = re.split(r",|;|\band\b|\bthat\b|\bwhich\b|\bwho\b", before)
    return tidy(pieces[-1])
