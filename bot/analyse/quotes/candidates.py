"""The people who might have said one quote, each with the evidence for them.

Every rule of `rules` proposes a person; so do the speaker of the quote before, the person in
focus, and the people named near the quote. Each candidate carries numeric features (which rules
proposed them, how far their nearest mention is, whether they open a clause or the sentence
before the quote, whether others were named since they last spoke, how often the article names
them, whether a pronoun's gender fits or is only guessed, see `newcomers`) for `ranker` to weigh.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.analyse.quotes.cast import Mention, Person
from bot.analyse.quotes.clues import (
    mention_roles,
    qualifies_noun,
    sentence_opener,
    subject_order,
)
from bot.analyse.quotes.lexicon import PRONOUN_GENDER
from bot.analyse.quotes.newcomers import fitting_people, gender_guessed
from bot.analyse.quotes.phrases import Phrase
from bot.analyse.quotes.resolution import Resolver
from bot.analyse.quotes.rules import FALLBACK_RULES, SENTENCE_RULES, Around

# How many paragraphs before the quote's own the people named there are still candidates.
NEAR_PARAGRAPHS = 2
# How many of the most recently named people are candidates besides the rules' proposals.
RECENT_PEOPLE = 4
PHRASE_KINDS = ("name", "pronoun", "description", "none")
FALLBACK_NAMES = frozenset(f.name for f in FALLBACK_RULES)


@dataclass(slots=True)
class Candidate:
    """A person who may have said the quote, the phrase that named them, and the evidence."""

    person: Person
    phrase: Phrase | None
    features: dict[str, float] = field(default_factory=dict)
    rule: str = ""  # the first rule that proposed them


@dataclass(frozen=True, slots=True)
class Proposal:
    """What one rule says: its person (None when its phrase names nobody) and the phrase."""

    rule: str
    person: Person | None
    phrase: Phrase | None


def rule_proposals(around: Around, resolver: Resolver, skip: frozenset[str]) -> list[Proposal]:
    """Every rule's proposal, in rule order."""
    found: list[Proposal] = []
    for rule in SENTENCE_RULES:
        phrase = None if rule.name in skip else rule.find(around)
        if phrase is not None:
            found.append(Proposal(rule.name, resolver.resolve(phrase, around.key), phrase))
    for fallback in FALLBACK_RULES:
        result = None if fallback.name in skip else fallback.find(around, resolver)
        if result is not None:
            found.append(Proposal(fallback.name, result[0], result[1]))
    return found


def first_phrase(around: Around, skip: frozenset[str]) -> tuple[str, Phrase] | None:
    """The first sentence rule that finds a phrase, and the phrase."""
    for rule in SENTENCE_RULES:
        if rule.name not in skip and (phrase := rule.find(around)) is not None:
            return rule.name, phrase
    return None


def cascade(proposals: Sequence[Proposal]) -> tuple[Proposal | None, Phrase | None]:
    """What the ordered rules alone decide, and the phrase of the quote's own sentence: the first
    sentence rule's person, else (when it names nobody or none applies) the first fallback's."""
    sentence = [p for p in proposals if p.rule not in FALLBACK_NAMES]
    if sentence and sentence[0].person is not None:
        return sentence[0], sentence[0].phrase
    fallback = next((p for p in proposals if p.rule in FALLBACK_NAMES), None)
    return fallback, sentence[0].phrase if sentence else None


def gather(
    around: Around,
    resolver: Resolver,
    proposals: Sequence[Proposal],
    chosen: Person | None,
    cue_phrase: Phrase | None,
) -> list[Candidate]:
    """The candidates of one quote, each person once, with their features."""
    by_name: dict[str, Candidate] = {}

    def note(person: Person, phrase: Phrase | None, tag: str) -> Candidate:
        candidate = by_name.get(person.name)
        if candidate is None:
            candidate = by_name[person.name] = Candidate(person, phrase, rule=tag)
        candidate.features[tag] = 1.0
        return candidate

    for proposal in proposals:
        if proposal.person is not None:
            note(proposal.person, proposal.phrase, f"rule:{proposal.rule}")
    _add_context(around, resolver, note)
    for person in fitting_people(around.key, resolver.cast, cue_phrase):
        note(person, None, "fits pronoun")
    context = _Context(around, resolver, chosen, cue_phrase)
    for candidate in by_name.values():
        context.describe(candidate)
    return sorted(by_name.values(), key=lambda c: c.person.name)


def _add_context(
    around: Around, resolver: Resolver, note: Callable[[Person, Phrase | None, str], Candidate]
) -> None:
    """The last speaker, the person in focus, and the people named near the quote."""
    last = resolver.last_speaker(around.key)
    if last is not None:
        note(last[1], None, "last speaker")
    focus = resolver.focus(around.key, None)
    if focus is not None:
        note(focus, None, "in focus")
    for person in _recent_people(around, resolver):
        note(person, None, "named near")


def _recent_people(around: Around, resolver: Resolver) -> list[Person]:
    """People named in the quote's paragraph or the few before it, nearest first, then those
    named after the quote in its own paragraph."""
    first, last = around.region[0], around.region[2]
    near = [m for m in resolver.cast.mentions if first - NEAR_PARAGRAPHS <= m.key[0] <= last]
    before = [m for m in near if m.key < around.key][::-1]
    after = [m for m in near if m.key >= around.key and m.key[0] <= last]
    people: list[Person] = []
    for mention in before[: RECENT_PEOPLE * 3] + after[:RECENT_PEOPLE]:
        person = resolver.cast.people[mention.name]
        if person not in people:
            people.append(person)
    return people[: RECENT_PEOPLE * 2]


class _Context:
    """The facts about the quote that every candidate's features are read against."""

    def __init__(
        self, around: Around, resolver: Resolver, chosen: Person | None, cue: Phrase | None
    ) -> None:
        self.around = around
        self.resolver = resolver
        self.chosen = chosen
        self.kind = cue.kind if cue is not None else "none"
        pronoun = cue.words[0].lower() if cue is not None and cue.kind == "pronoun" else ""
        self.gender = PRONOUN_GENDER.get(pronoun)
        self.thing = pronoun == "it"  # `it said`: a body or a document, never a person
        self.mentions = resolver.cast.mentions
        self.total = max(1, len(self.mentions))
        last = resolver.last_speaker(around.key)
        self.last = last[1] if last is not None else None
        self.last_gap = around.key[0] - last[0][0] if last is not None else 99
        self.named_since = {m.name for m in self.mentions if last and last[0] < m.key < around.key}
        self.order = _recency_order(self.mentions, around)
        people = resolver.cast.people
        fitting = [
            m
            for m in self.mentions
            if not people[m.name].org and people[m.name].gender in (self.gender, None)
        ]
        self.fitting = _recency_order(fitting, around) if self.gender else {}
        events = sorted([*self.mentions, *resolver.spoken], key=lambda m: m.key)
        self.events = events  # being given a quote is being named as its speaker
        # `Reed aide Ada Brook` opens with Brook: a name that qualifies a noun does not act
        acting = [m for m in events if people[m.name].org or not qualifies_noun(m, around.masked)]
        self.subjects = subject_order(acting, around.key, around.masked)
        self.opener = sentence_opener(acting, around.key, around.masked)
        fitting_events = [m for m in events if people[m.name].gender in (self.gender, None)]
        self.fitting_subjects = (
            subject_order(fitting_events, around.key, around.masked) if self.gender else {}
        )

    def describe(self, candidate: Candidate) -> None:
        person, features = candidate.person, candidate.features
        features.update(self._where(person))
        features["cascade"] = float(person is self.chosen)
        features["votes"] = sum(1 for name in features if name.startswith("rule:")) / 4
        features["org"] = float(person.org)
        features["has role"] = float(person.role is not None)
        quoted = self.resolver.quoted
        features["named in quote"] = float(any(w in quoted for w in person.name.split()))
        features["salience"] = math.log1p(self.resolver.cast.count(person.name)) / 3
        features["share"] = self.resolver.cast.count(person.name) / self.total
        features["spoke before"] = float(
            any(m.name == person.name and m.key < self.around.key for m in self.resolver.spoken)
        )
        if self.last is person:
            features.update(self._last_speaker(person))
        features["opens the sentence before"] = float(person.name == self.opener)
        features.update(self._agreement(person))
        for name in list(features):
            features[f"{self.kind}|{name}"] = features[name]

    def _last_speaker(self, person: Person) -> dict[str, float]:
        """How near the speaker of the quote before is, whether a pronoun's gender fits them,
        and whether anyone else was named since they spoke."""
        fits = self.gender is None or person.gender in (self.gender, None)
        return {
            "last speaker same paragraph": float(self.last_gap == 0),
            "last speaker gap": min(self.last_gap, 5) / 5,
            "last speaker fits nearby": float(fits and self.last_gap <= 1),
            "others named since last spoke": float(bool(self.named_since - {person.name})),
        }

    def _agreement(self, person: Person) -> dict[str, float]:
        if self.thing and not person.org and _surely_person(person) and person is not self.chosen:
            return {"pronoun clash": 1.0}
        if self.gender is None:
            return {}
        if person.org:
            return {"pronoun clash": 1.0}
        if person.gender is None:
            return {"gender unknown": 1.0}
        fits = person.gender == self.gender
        if gender_guessed(person):
            return {"guessed gender fits" if fits else "guessed gender clash": 1.0}
        return {"gender fits" if fits else "pronoun clash": 1.0}

    def _where(self, person: Person) -> dict[str, float]:
        """Where the person is named relative to the quote: distance and clause role."""
        key, end = self.around.key, (self.around.region[2], self.around.region[3])
        mine = [m for m in self.events if m.name == person.name]
        before = [m for m in mine if m.key < key]
        after = [m for m in mine if m.key >= key]
        found = self._named_before(before[-1]) if before else {}
        if after and after[0].key[0] == end[0]:
            found["after same paragraph"] = 1.0
            found["after chars"] = _log_gap(after[0].key[1] - end[1])
            found["after subject"] = float(after[0].subject)
        found.update(self._recency(person))
        return found

    def _named_before(self, latest: Mention) -> dict[str, float]:
        """How far before the quote, and in what role, the person was last named."""
        key = self.around.key
        found = {
            "before": 1.0,
            "before same paragraph": float(latest.key[0] == key[0]),
            "before paragraphs": min(key[0] - latest.key[0], 6) / 6,
            "before subject": float(latest.subject),
            "before chars": _log_gap(key[1] - latest.key[1]) * (latest.key[0] == key[0]),
        }
        if not latest.subject:  # a subject (or a quote's speaker) is governed by nothing
            found.update(mention_roles(latest, self.around.masked))
        return found

    def _recency(self, person: Person) -> dict[str, float]:
        """The person's place among those named before the quote: all, those whose gender
        fits, and those who opened a clause."""
        found: dict[str, float] = {}
        rank = self.order.get(person.name)
        if rank is not None:
            found[f"recency {min(rank, 3)}"] = 1.0
        rank = self.fitting.get(person.name)
        if rank is not None:
            found[f"fitting recency {min(rank, 2)}"] = 1.0
        orders = (("subject", self.subjects), ("fitting subject", self.fitting_subjects))
        for label, order in orders:
            rank = order.get(person.name)
            if rank is not None and not person.org:
                found[f"{label} recency {min(rank, 2)}"] = 1.0
        return found


def _recency_order(mentions: Sequence[Mention], around: Around) -> dict[str, int]:
    """Each person's place among the people named before the quote, latest first."""
    order: dict[str, int] = {}
    for mention in reversed([m for m in mentions if m.key < around.key]):
        order.setdefault(mention.name, len(order))
    return order


def _log_gap(chars: int) -> float:
    return math.log1p(max(chars, 0)) / 8


def _surely_person(person: Person) -> bool:
    """Whether a cast member is surely a person, whom `it` never stands for unless the rules
    chose them (`Mr Crosby's statement said ... It added`): one whose gender the text gave, not
    one guessed from a first name that may open a company's name."""
    return person.gender is not None and not gender_guessed(person)
