"""Whose measure: the company, body or country a bare business measure belongs to.

`Net profit surged 70%` measures `net profit`, but whose? A reader wants `Maruti net profit`.
When a measure's head is something owned (profit, sales, shares, exports, ...) and it names no
owner, the owner is found the way quote speakers are found, from the article's cast
(`bot.analyse.quotes.cast`): the organisation that opens the figure's own sentence (`Brix said
its profit fell`), else, of those named before the figure, the one the article names most (its
subject: `Wipro` in `Wipro, India's third-biggest software firm`), the latest of equals. A
measure that opens with `company's` or `firm's` gets that organisation's name instead. A country
or region owns only what a nation has (`China exports`), never a company's units or profit; a
price that names its thing (`PSP price`) needs no owner.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from bot.analyse.figures import units
from bot.analyse.figures.lexicon import HEAD_PREPOSITIONS, VERBS, word_set
from bot.analyse.figures.plain import without_dateline
from bot.analyse.figures.readable import measure_flaw
from bot.analyse.figures.victims import DEEDS
from bot.analyse.quotes.cast import Cast, Person, build_cast
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.people import Mention
from bot.analyse.text.datelines import AGENCIES

OWNED = word_set(
    "profit profits sales revenue revenues income earnings turnover loss losses debt debts "
    "shares stock exports imports output dividend dividends workforce staff employees customers "
    "subscribers users budget spending production valuation assets deficit surplus economy gdp "
    "orders bookings deliveries margin margins cash savings stake capacity passengers visitors "
    "price prices fees profitability investment investments borrowing reserves"
)
# Heads that a country or region owns as well as a company does (`China exports`); any other
# owned head (`units`, `profit`) belongs to a company, never to a place.
NATIONAL = word_set(
    "exports imports economy gdp deficit surplus output budget spending borrowing debt debts "
    "reserves production"
)
NAMED_PLACES = word_set(
    "us usa uk eu britain england scotland wales ireland europe asia africa america americas "
    "japan china india russia france germany italy spain brazil canada australia mexico korea "
    "singapore switzerland netherlands sweden norway denmark poland turkey israel iran iraq egypt "
    "algeria nigeria kenya argentina chile indonesia thailand vietnam pakistan taiwan london paris "
    "tokyo beijing moscow washington berlin brussels frankfurt"
) | {"hong kong", "new york", "south korea", "south africa", "united states", "united kingdom"}
# `the company's sales`: a stand-in for the organisation in focus.
STAND_INS = word_set("company firm group bank business carrier airline operator retailer maker")


# A measure owned by a stand-in written after it: `Shares in the company`, `profit at the firm`.
_HELD_BY_STAND_IN = re.compile(
    r"^(?P<head>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:in|of|at)\s+the\s+"
    r"(?P<stand_in>" + "|".join(sorted(STAND_INS)) + r")$"
)
_TAILS = word_set("with of in to from for on")  # what a head noun's phrase goes on with


def _of(words: list[str]) -> bool:
    """True when the measure says whose it is with `of`: `price of butane gas`, or is a time
    whose event says it (`time since its release`, `time to get new cords`)."""
    lowered = [w.lower() for w in words]
    return "of" in lowered[1:] or (lowered[:1] == ["time"] and lowered[1:2] in _TIMED)


_TIMED = (["since"], ["to"], ["for"], ["spent"])


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("\u2019s")


# What ends a head noun's phrase: a preposition or a relative word (`people who said`).
_HEAD_ENDS = HEAD_PREPOSITIONS | word_set("who which that whose")


def _head(words: list[str]) -> str:
    """The head noun of a phrase: its last word before a preposition or relative word (`sales
    in the quarter`, `people who expect a weaker economy`)."""
    before = next((i for i, w in enumerate(words) if w.lower() in _HEAD_ENDS), len(words))
    return words[max(before, 1) - 1]


class Owners:
    """The organisations in focus across one article, built once and asked per figure."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self._cast: Cast | None = None
        self._work_titles: WorkTitles | None = None
        self._starts: list[int] = []
        self.named: list[str] = []  # the measures given so far, in text order

    @property
    def cast(self) -> Cast:
        """The article's cast, built the first time a measure needs an owner."""
        if self._cast is None:  # a dateline's place (`Hong Kong (CNN)`) owns nothing
            self._cast = build_cast([without_dateline(p, p) for p in self.paragraphs])
        return self._cast

    def owned(
        self, measure: str, at: Place, since: int, referring: bool = False, its: bool = False
    ) -> str:
        """`measure` with its owner in front when it lacks one and one is in focus at `at` (the
        sentence starts at offset `since`); `referring` when the clause opens with `it` or `the
        company`, so that any measure of it is owned (`It runs 40 factories`); `its` when the
        sentence writes `its` before the measure, which then belongs to the body the sentence
        opens with, if any (`Acme said its new plant`). A bare measure the
        article named in full before with another owner is that one: `the surplus` after
        `Japan's trade surplus` is Japan's, though China is the name most written. A gerund
        opening the sentence right before the figure (`Spending $5bn would cut poverty`) is an
        act, nobody's: its measure is left as it is."""
        if _GERUND_SUBJECT.match(self.paragraphs[at[0]], since, at[1]):
            return measure
        if measure.split(" ", 1)[0].lower() in WORKS:  # read the titles only when needed
            measure = self._titles().titled(measure, self._offset(at))
        found = self._owned(measure, at, since, referring)
        if found == measure and its and (opener := self._opener(at, since)):
            shown = self._shown(opener)
            found = measure if shown in measure else f"{shown} {measure}"
        recalled = self._recalled(measure)
        added = found.removesuffix(measure).strip()
        told = added and added in self.paragraphs[at[0]][since : at[1]]  # its sentence names it
        if recalled and not told and not recalled.startswith(added):
            found = recalled  # the owner named with it before, not the one most named
        if found:
            self.named.append(found)
        return found

    def _titles(self) -> WorkTitles:
        """The titles the article names, read the first time a work noun needs one."""
        if self._work_titles is None:
            self._work_titles = WorkTitles(" ".join(self.paragraphs))
        return self._work_titles

    def _offset(self, at: Place) -> int:
        """Where `at` is in the article's paragraphs joined by spaces."""
        if not self._starts:
            self._starts = list(accumulate((len(p) + 1 for p in self.paragraphs), initial=0))
        return self._starts[at[0]] + at[1]

    def _recalled(self, measure: str) -> str:
        """The latest measure named before that ends with the bare `measure` and says whose it
        is (`Japan's trade surplus` for `surplus`), else ""."""
        words = measure.split()
        if not words or len(words) > 2 or any(w[:1].isupper() for w in words):
            return ""
        bare = f" {measure.lower()}"
        return next((m for m in reversed(self.named) if _ends_with_head(m, bare)), "")

    def _owned(self, measure: str, at: Place, since: int, referring: bool) -> str:
        held = _HELD_BY_STAND_IN.match(measure)
        if held is not None and _head(held.group("head").split()).lower() in OWNED:
            # `Shares in the company` -> `Harrowgate Foods shares`
            measure = f"{held.group('stand_in')} {held.group('head').lower()}"
        words = measure.split()
        if words and words[0].islower() and _bare(words[0]) in STAND_INS:  # not "Bank of England"
            return self._stand_in(words, at, since)
        head = _head(words).lower() if words else ""
        owned = referring or head in OWNED
        if not words or not owned or self._named(words) or _of(words) or _priced(words):
            return measure
        if _possessed(words) or DEEDS.intersection(w.lower() for w in words[1:]):
            return measure  # "people wounded" is nobody's people
        owner = self._owner(at, since, places=head in NATIONAL)
        if owner is None:
            return measure
        if words[0][:1].isupper() and words[0][1:].islower():
            words[0] = words[0].lower()  # "Net income" opened its sentence, not "UK-based"
        return " ".join([self._shown(owner), *words])

    def _shown(self, owner: Person) -> str:
        """The owner as a measure names it: a body by the acronym the article gives it (`ONS
        retail sales`, not `Office for National Statistics retail sales`), anyone else by
        name."""
        role = owner.role or ""
        return role if role and self.cast.people.get(role) is owner else owner.name

    def _stand_in(self, words: list[str], at: Place, since: int) -> str:
        """`company's currently listed shares` -> `EuroDisney currently listed shares`, `company`
        -> `EuroDisney`."""
        owner = self._owner(at, since, places=False)
        return " ".join([self._shown(owner), *words[1:]]) if owner else " ".join(words)

    def _named(self, words: list[str]) -> bool:
        """True when a word of the measure is part of a name in the cast (`Wipro profit`)."""
        names = {part for name in self.cast.people for part in name.split()}
        bare = (w.removesuffix("'s").removesuffix("\u2019s") for w in words)
        return any(w in names for w in bare)

    def _opener(self, at: Place, since: int) -> Person | None:
        """The body that opens the sentence of `at` as its subject, unless another body or a
        stand-in for one is named between it and `at` (`Harlow said Kestrel would raise its bid`,
        `Seifert said the group may raise its bid`); else None."""
        text = self.paragraphs[at[0]]
        opener: Person | None = None
        after = since  # where the opener's name ends
        for mention in self.cast.mentions:
            if mention.key >= at:
                break
            person = self.cast.people[mention.name]
            if opener is not None:
                acting = mention.subject or _verb_after(text, mention.key[1])
                if acting and _body(person) and person is not opener:
                    return None  # another body doing something since: `its` may be that one's
                continue
            possessive = _POSSESSIVE_NAME.match(text, mention.key[1])
            if _opening(mention, at, since) and _body(person) and not possessive:
                opener = person if _shown_name(person.name) else None
                after = mention.key[1] + len(person.name)
        if opener is None or _STAND_IN_SUBJECT.search(text, after, at[1]):
            return None
        return opener

    def _owner(self, at: Place, since: int, places: bool) -> Person | None:
        """The organisation that opens the sentence of `at` (`Wipro, India's biggest firm,
        reported`: Wipro), else the most-named one mentioned before `at`, the latest of equals;
        a country or region only with `places`."""
        last: dict[str, Place] = {}
        for mention in self.cast.mentions:
            person = self.cast.people[mention.name]
            place = not places and person.name.lower() in NAMED_PLACES
            if mention.key < at and _body(person) and not place and _shown_name(person.name):
                last[person.name] = mention.key
                if _opening(mention, at, since, reach=4):
                    return person
        if not last:
            return None
        near = {name: place for name, place in last.items() if at[0] - place[0] <= 1}
        pool = near or last  # the body in focus of this paragraph or the one before
        best = max(pool, key=lambda name: (self.cast.count(name), pool[name]))
        once = self.cast.count(best) < _IN_FOCUS and _LEAD < last[best][0] < at[0]
        if once:
            return None  # named once, in an earlier paragraph past the lead: no one's focus now
        return self.cast.people[best]


# How often a body not in the figure's sentence is named before it owns the figure.
_IN_FOCUS = 2
_LEAD = 1  # the last paragraph of the title and lead, which name what the article is about


def _opening(mention: Mention, at: Place, since: int, reach: int = 5) -> bool:
    """True for a mention that opens the sentence of `at` (which starts at `since`) as its
    subject, fewer than `reach` characters in (`The` before it fits the default)."""
    return mention.subject and mention.key[0] == at[0] and 0 <= mention.key[1] - since < reach


def _verb_after(text: str, at: int) -> bool:
    """True when the name at `at` is followed by a verb: `Kestrel Mining would raise`."""
    found = _NAME_THEN_WORD.match(text, at)
    return found is not None and found.group("word").lower() in VERBS


_NAME_THEN_WORD = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,5}(?P<word>[a-z]+)\b")


# A name written as a possessive: `Boeing's great European competitor` is not Boeing.
_POSSESSIVE_NAME = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['\u2019]s\b")
# A stand-in for a body between a sentence's subject and a figure: the body `its` refers to.
_STAND_IN_SUBJECT = re.compile(
    rf"\b(?:the|this|that)\s+(?:[A-Za-z-]+\s+)?(?:{'|'.join(sorted(STAND_INS))})\b", re.IGNORECASE
)
# A gerund opening the sentence right before its figure, which is the gerund's object.
_GERUND_SUBJECT = re.compile(r"[A-Z][a-z]+ing\s+(?:(?:about|around|nearly|almost|just|over)\s+)?$")


@lru_cache(maxsize=4096)
def _shown_name(name: str) -> bool:
    """True for a name that can own a measure: no possessive, and no call to the reader read as
    a name (`Petition Facebook`, of `Petition Facebook, Apple or Google to fund housing`)."""
    return "'" not in name and not measure_flaw(name)


def _ends_with_head(named: str, bare: str) -> bool:
    """True when `named` says whose it is (a capital first) and its head is `bare`, at its end
    or before what the phrase goes on with: `Chile's trade surplus with Peru` for ` surplus`."""
    lower = named.lower()
    at = lower.rfind(bare)
    if at < 0 or not named[:1].isupper():
        return False
    rest = lower[at + len(bare) :].split()
    return not rest or (rest[0] in _TAILS and len(rest) > 1)


def _possessed(words: list[str]) -> bool:
    """True when a name's `'s` opens the measure (`Petrel's shares`): it says whose it is, even
    when the cast has no such name."""
    first = words[0]
    return first[:1].isupper() and first.endswith(("'s", "\u2019s")) and len(first) > 3


def _priced(words: list[str]) -> bool:
    """True for a price that names what it is of (`PSP price`, `oil prices`)."""
    return len(words) > 1 and words[-1].lower() in {"price", "prices"}


def _body(person: Person) -> bool:
    """An organisation, or a name the cast could not tell to be a person (`Acme Foods`: no
    known first name, title, role or pronoun gives it a gender); never a disease (`HIV`)."""
    if any(part in DISEASES for part in _NAME_PARTS.split(person.name.lower())):
        return False
    if person.name.lower() in TIME_ZONES or person.name in REPORTERS or _unit_symbol(person.name):
        return False
    if not person.org and _HYPHENATED_FIRST.match(person.name):
        return False  # `Jean-Pierre Garnier`: a first name the gender lists do not know
    return person.org or (person.gender is None and not _personal_role(person))


def _unit_symbol(name: str) -> bool:
    """True for a unit's symbol the cast took for a name (`Wh` of `250 Wh/kg`)."""
    symbol_like = len(name) == 1 or (len(name) <= 4 and not name.isupper())  # never `BP`, `HP`
    if not symbol_like or " " in name:
        return False
    unit = units.measure_at(name, 0)
    return unit is not None and unit[1] == len(name)


def _personal_role(person: Person) -> bool:
    """True when the cast read a person's post before the name (`Chief executive Maja
    Lindqvist`, `Finance Minister Pieter de Graaf`), not a firm's trade (`equipment maker`)."""
    role = (person.role or "").split()
    return bool(role) and role[-1].lower() in _POSTS


# Posts only people hold (a club is a champion, a firm a maker; neither is a minister).
_POSTS = word_set(
    "executive chief minister secretary president chairman chairwoman chair director governor "
    "mayor senator economist analyst strategist spokesman spokeswoman officer founder treasurer "
    "commissioner"
)


# A hyphenated first name before a surname: `Jean-Pierre Garnier`, `Anne-Marie Duval`.
_HYPHENATED_FIRST = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][\w'\u2019-]+$")


# Those who report the news (`Tunis (CNN)`, `told CNN`, `(Reuters)`) own none of its figures.
REPORTERS = frozenset((*AGENCIES, "CNN"))


# Diseases the cast may take for organisations (`HIV/Aids`, `Sars`): they own no staff or sales.
DISEASES = word_set("hiv aids sars covid covid-19 ebola mers h1n1 h5n1 malaria")
_NAME_PARTS = re.compile(r"[/\s-]+")  # `HIV/Aids`, `Covid-19 Task`: a disease inside a name
# Time zones the cast may take for organisations (`by 1700 GMT, Acme shares`): they own nothing.
TIME_ZONES = word_set("gmt bst utc cet cest est edt cst pst pdt")


# Nouns for a work with a title: `the thriller` stands for the last one named (`his film Hide
# and Seek`) that the article names most.
WORKS = word_set(
    "film movie thriller comedy drama musical album single show series play novel book sequel "
    "documentary cartoon"
)
_TITLE_WORD = r"(?:[A-Z0-9][\w'\u2019-]*[?!]?)"
_TITLED = re.compile(
    rf"\b(?:{'|'.join(sorted(WORKS))})\s+(?P<title>{_TITLE_WORD}"
    rf"(?:\s+(?:{_TITLE_WORD}|and|of|the|a|in|on|to|at|for|with)){{0,6}})"
)
_TITLE_TAIL = re.compile(r"(?:\s+(?:and|of|the|a|in|on|to|at|for|with))+$")


class WorkTitles:
    """The titles of works an article names, each with where it is written, read once so that
    each work noun finds the title it stands for without rereading the text before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._named: dict[str, list[int]] = {}  # title -> where each naming of it ends
        for found in _TITLED.finditer(text):
            title = _TITLE_TAIL.sub("", found.group("title"))
            self._named.setdefault(title, []).append(found.end())
        self._ends: dict[str, list[int]] = {}  # title -> where each mention of it ends

    def titled(self, measure: str, before: int) -> str:
        """`measure` with its work noun replaced by the title most mentioned before offset
        `before` (the latest named of equals); else as it is."""
        words = measure.split()
        if not words or words[0].lower() not in WORKS or any(w[:1].isupper() for w in words[1:]):
            return measure  # "Ice Cube's road-trip comedy" is a work of its own, no stand-in
        ranked = [
            (self._mentions(title, before), named[latest - 1], title)
            for title, named in self._named.items()
            if (latest := bisect_right(named, before))
        ]
        if not ranked:
            return measure
        found = " ".join([max(ranked)[2], *words[1:]])
        return measure if measure_flaw(found) else found  # "Are We There Yet?" reads as a question

    def _mentions(self, title: str, before: int) -> int:
        """How often `title` is written wholly before offset `before`."""
        if title not in self._ends:
            ends, at = [], self.text.find(title)
            while at >= 0 and title:
                ends.append(at + len(title))
                at = self.text.find(title, at + len(title))
            self._ends[title] = ends
        return bisect_right(self._ends[title], before)
