"""What a quantity measures: an ordered list of named rules, each with the sentence it is for.

The rules are tried in order on the sentence with its asides blanked out; the first that gives a
phrase a reader can use wins (`readable`: the phrase is cut before a clause opened inside it, and
stripped of a subordinator, conjunction, possessive or preposition in front, and passed over when
it still opens with a pronoun, a verb or another figure; a source in front is dropped, `sources`).
A counted noun is its own measure, with its owner when the sentence gives one (`counted_owners`),
with what a named owner does to the things (`cars Ford builds in Spain`, `counted_verbs`), or,
for people, with what they did (`fans who attended the final`, `doers`) or what was done to them
(`people killed by the crash`, `victims`), or as the population of the place they are home to
(`homes`); what a figure is put at is its measure (`put_at`); a duration is the time
of its verb phrase (`time to get new cords`, `durations`), a distance after a place is how far it
lies from another (`distances`); a share of things says what they did (`girls who used make-up`,
`shares_of`); a sum of money may be a price, a payment or what it pays for (`sums`). A bare
measure is completed from its clause (`completions`: `China rates`, `peak of jobless rate`,
`China's economic growth`). A label before a colon (`base price: $59,995`) is read on the
sentence as written (`labels`), since a bracket is an aside to the other rules. No rule, no
measure: an empty measure is better than a wrong one. Rules read from the figure's own clause (a
forecast's growth, a share of people, a level kept, money taken) are in `clause_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.analyse.figures.casualty_counts import casualty_count
from bot.analyse.figures.clause_rules import (
    FRONTED_OF,
    bracketed_noun,
    growth_forecast,
    kept_at,
    money_taken,
    named_subject,
    owned_stake,
    people_share_of,
    relative_antecedent,
    share_of_whole,
)
from bot.analyse.figures.completions import economic_growth
from bot.analyse.figures.counted_owners import counted_noun
from bot.analyse.figures.counted_places import places_where
from bot.analyse.figures.distances import distance_measure
from bot.analyse.figures.doers import doers
from bot.analyse.figures.durations import duration_measure
from bot.analyse.figures.homes import population
from bot.analyse.figures.lexicon import AGO, tidy, without_lone_quote
from bot.analyse.figures.listed_sums import listed_measure
from bot.analyse.figures.margins import lead_clear, winning_margin
from bot.analyse.figures.measures import (
    NP_STOP,
)
from bot.analyse.figures.money_rules import (
    counted_in,
    currency_moved,
    earned,
    held,
    is_money,
    paid,
    paid_for,
    priced,
)
from bot.analyse.figures.near_rules import (
    around_number,
    changed_object,
    described_noun,
    fraction_of,
    multiple,
    multiplied_object,
    of_group,
    to_the_tune_of,
)
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.parents import parents_children
from bot.analyse.figures.priced_for import priced_thing
from bot.analyse.figures.put_at import put_at
from bot.analyse.figures.race_clocks import clock_time_measure
from bot.analyse.figures.race_times import race_time
from bot.analyse.figures.readable import (
    FINITE_VERBS,
    figure_flaw,
    measure_flaw,
    repaired,
    shown_measure,
    trimmed,
    without_figures,
)
from bot.analyse.figures.sources import without_source
from bot.analyse.figures.subjects import is_own_subject
from bot.analyse.figures.sums import (
    exchange_rate,
)
from bot.analyse.figures.terms import prison_term
from bot.analyse.figures.times_titles import title_count
from bot.analyse.figures.units import DURATIONS
from bot.analyse.figures.year_facts import year_measure


@dataclass(frozen=True, slots=True)
class Rule:
    """One way to read a measure, with the sentence, figure and measure it was written for."""

    name: str
    example: tuple[str, str, str]  # (sentence, the figure's number as written, its measure)
    phrase: Callable[[str, Quantity], str]


def _subject(plain: str, quantity: Quantity) -> str:
    if is_own_subject(plain, quantity):
        # "a 65-year-old would take 3%": the subject before is another's; "Of those fighters,
        # 3,400 are" names the whole the figure is part of
        fronted = FRONTED_OF.match(plain, 0, quantity.start)
        return tidy(NP_STOP.sub("", fronted.group("np"))) if fronted else ""
    named = economic_growth(named_subject(plain, quantity.start), plain, quantity.start)
    if is_money(quantity) or not quantity.unit:
        return exchange_rate(plain, quantity.end, named) or named
    return named


def _listed(plain: str, quantity: Quantity) -> str:
    return listed_measure(plain, quantity, measure) if is_money(quantity) else ""


RULES: tuple[Rule, ...] = (
    Rule(
        "children counted by their parent",
        ("Ann Reed, a mother of three, was arrested.", "three", "children of Ann Reed"),
        parents_children,
    ),
    Rule(
        "stake of who owns a share",
        ("The club, which is 69% owned by the Harlow family, grew.", "69%", "Harlow family stake"),
        owned_stake,
    ),
    Rule(
        "a term in prison",
        ("The jury said Ray Olsen should serve six years in prison.", "six years",
         "prison term of Ray Olsen"),
        prison_term,
    ),
    Rule(
        "titles of a many-time holder",
        ("The two-time Olympic champion Jane Doe withdrew.", "two-time",
         "Jane Doe's Olympic titles"),
        title_count,
    ),
    Rule(
        "what is done to the tune of a sum",
        ("The gang extorted shop owners to the tune of 200,000 euros.", "200,000 euros",
         "gang extorted shop owners"),
        to_the_tune_of,
    ),
    Rule("what the first sum of its list measures",
         ("It saw bids of £3m, £4m and £5m rejected.", "£5m", "bids"), _listed),
    Rule(
        "growth its speaker forecasts",
        ("The finance ministry said it expects 5% growth this year.", "5%", "economic growth"),
        growth_forecast,
    ),
    Rule(
        "what a figure is put at",
        ("Documents put the mayor's annual salary at $61,000.", "$61,000",
         "mayor's annual salary"),
        put_at,
    ),
    Rule("a winning margin", ("Leeds beat Hull by three points.", "three points",
                              "Leeds margin of victory"), winning_margin),
    Rule("a lead", ("Leeds moved three points clear at the top.", "three points", "lead of Leeds"),
         lead_clear),
    Rule("around the number", ("Acme reported a 60% rise in profit.", "60%", "profit"),
         around_number),
    Rule(
        "noun the measure describes",
        ("The nose cone fell in 50mph winds.", "50mph", "winds"),
        described_noun,
    ),
    Rule("money its subject took, earned or cost", ("The film took $20m in a week.", "$20m",
                                                  "film takings"), money_taken),
    Rule("share of a whole a part accounts for",
         ("Exports account for 40% of GDP.", "40%", "Exports share of GDP"), share_of_whole),
    Rule(
        "antecedent of a relative clause",
        ("Norway has a cod quota, which now amounts to 5,000 tonnes.", "5,000", "cod quota"),
        relative_antecedent,
    ),
    Rule("noun after a fraction", ("Three out of four girls said no.", "Three", "girls"),
         fraction_of),
    Rule(
        "a share of people by what they said or were",
        ("Asked about the year ahead, 48% were pessimistic about the economy.", "48%",
         "people who were pessimistic about the economy"),
        people_share_of,
    ),
    Rule(
        "people a place is home to",
        ("Lagos, the largest city in Africa, is home to 21 million people.", "21 million",
         "population of Lagos"),
        population,
    ),
    Rule(
        "counted people by what they did",
        ("About 5,000 fans attended the final.", "5,000", "fans who attended the final"),
        doers,
    ),
    Rule(
        "people a verb of harm counts",
        ("A car bomb exploded, killing at least 12.", "at least 12",
         "people killed by the car bomb"),
        casualty_count,
    ),
    Rule(
        "counted places by what their people did",
        ("A majority in 14 countries said they were hopeful.", "14",
         "countries where a majority said they were hopeful"),
        places_where,
    ),
    Rule(
        "counted noun with its owner",
        ("Ford employs 5,000 workers in the United Kingdom.", "5,000",
         "Ford workers in the United Kingdom"),
        counted_noun,
    ),
    Rule(
        "money a relative clause describes",
        ("It repaid part of the $550m it lost on oil futures.", "$550m",
         "money lost on oil futures"),
        held,
    ),
    Rule("exchange rate a currency moves to", ("Traders see the euro sliding to $1.02.", "1.02",
                                               "euro exchange rate"), currency_moved),
    Rule("price of what is sold", ("The Zeta phone is selling in Japan for $250.", "$250",
                                   "Zeta phone price"), priced),
    Rule("what a sum pays for", ("She paid $12,000 for a new roof.", "$12,000", "new roof"),
         paid_for),
    Rule("price of a thing offered for the sum", ("It sells a family pass for £45.", "£45",
                                                  "family pass price"), priced_thing),
    Rule("who a participle says has the sum", ("Staff earning over £50,000 will pay more.",
                                               "£50,000", "Staff earning"), earned),
    Rule("what a sum is in", ("Acme raised $5m in funding.", "$5m", "funding"), counted_in),
    Rule("a payment named by its verb", ("The firm will repay its lenders $40m.", "$40m",
                                         "repayment to lenders"), paid),
    Rule(
        "what a multiple is compared with",
        ("Staff earn the highest pay in Europe - double that of Greek staff.", "double",
         "highest pay against Greek staff"),
        multiple,
    ),
    Rule(
        "what is kept at a level",
        ("The bank kept interest rates steady at 4.75%.", "4.75%", "interest rates"),
        kept_at,
    ),
    Rule(
        "object of a change verb",
        ("The update will boost the driving range by 35 miles.", "35", "driving range"),
        changed_object,
    ),
    Rule(
        "object of a multiplying verb",
        ("The town has doubled the length of its tram line.", "doubled", "length of its tram line"),
        multiplied_object,
    ),
    Rule(
        "distance of a place from another",
        ("Fires broke out near Tarla, about 40 miles north of Dunmore.", "40",
         "distance of Tarla north of Dunmore"),
        distance_measure,
    ),
    Rule("of phrase after the number", ("It spent 60% of its revenue.", "60%", "revenue"),
         of_group),
    Rule(
        "what a duration is the time of",
        ("Customers would get new cords within two to four weeks.", "two to four weeks",
         "time to get new cords"),
        duration_measure,
    ),
    Rule(
        "noun phrase a bracketed figure follows",
        ("Jobs fell twice as fast as the decline suffered by the typical city (3%).", "3%",
         "decline suffered by the typical city"),
        bracketed_noun,
    ),
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
    if (timed := race_time(plain, quantity)) and not measure_flaw(timed):
        return timed  # "time for the 100m": the race's figure is its name, kept as written
    if quantity.unit in DURATIONS and AGO.match(plain, quantity.end):
        return readable_phrase(duration_measure(plain, quantity))  # only the time since its event
    phrases = (_shown(rule.phrase(plain, quantity), plain, quantity) for rule in RULES)
    phrase = next((p for p in phrases if p), "")
    return clock_time_measure(plain, quantity, phrase)  # "Bekele" ran it: "Bekele race time"


def _shown(found: str, plain: str, quantity: Quantity) -> str:
    """`found` as a reader is shown it; a counted plural alone that is written like a verb
    (`Tickets for the 12 shows`: shows) is the noun, which the readable test would turn away
    (not after a level, `held above 50 shows`, nor for one, `one thought`)."""
    unit = quantity.unit
    lone = quantity.kind.endswith("-noun") and unit.islower() and " " not in unit
    plural = lone and unit.endswith("s") and quantity.value != 1
    level = _LEVEL_BEFORE.search(plain, max(0, quantity.start - 8), quantity.start)
    if plural and found == unit and unit in FINITE_VERBS and not level:
        return found
    return readable_phrase(found, unit if plural and not level else "")


_LEVEL_BEFORE = re.compile(r"\b(?:above|below|over|under)\s+$")


@lru_cache(maxsize=8192)
def readable_phrase(found: str, noun: str = "") -> str:
    """`found` cut and tidied into a measure a reader can use, else "" (kept per phrase: the
    rules try the same words for several figures of a sentence). A counted plural `noun`
    opening it is a noun even when written like a verb (`claims Acme received`)."""
    found = found.rsplit("?", 1)[-1]  # a question before is no measure
    phrase = tidy(tidy(repaired(trimmed(without_figures(without_source(found))), noun)))
    phrase = shown_measure(phrase)
    if (unquoted := without_lone_quote(phrase)) != phrase:
        phrase = tidy(unquoted)  # `pain," Tsutsumi`: the words after the quotation
    return "" if not phrase or figure_flaw(phrase, noun) else phrase  # "the past": a time word
