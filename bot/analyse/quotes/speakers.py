"""Who said one quote: the rules propose, the ranker chooses.

Every rule of `rules` and the context (last speaker, person in focus, people named near) give
candidates (`candidates`); a chooser (`ranker`) picks one. Trying every rule must not change the
article's cast, so what the rules add while proposing is undone and only the winner is resolved
for good.
"""

from __future__ import annotations

from bot.analyse.quotes.candidates import (
    Candidate,
    cascade,
    first_phrase,
    gather,
    rule_proposals,
)
from bot.analyse.quotes.cast import Person
from bot.analyse.quotes.phrases import Phrase
from bot.analyse.quotes.ranker import Chooser
from bot.analyse.quotes.resolution import Resolver
from bot.analyse.quotes.rules import Around


def speaker_of(
    around: Around, resolver: Resolver, skip: frozenset[str], chooser: Chooser
) -> tuple[Person | None, Phrase | None]:
    """The person a quote belongs to and the phrase that named them at this quote: the rules'
    person when the quote's sentence names or describes its speaker (`said Ada Brook`, `a
    council spokesman said`), else the ranker's pick among the candidates."""
    snapshot = dict(resolver.cast.people), resolver.statement_of
    resolver.texts = around.masked
    named = _named_in_sentence(around, resolver, skip)
    if named is not None:
        chooser.choose([named], named)  # a choice already made, shown to recorders
        return named.person, named.phrase
    _restore(resolver, snapshot)
    winner, default, cue = _ranked(around, resolver, skip, chooser)
    _restore(resolver, snapshot)
    return _settle(winner, cue if winner is not default else None, around, resolver)


def _ranked(
    around: Around, resolver: Resolver, skip: frozenset[str], chooser: Chooser
) -> tuple[Candidate | None, Candidate | None, Phrase | None]:
    """The chooser's pick among every rule's and the context's candidates, the rules' own
    choice, and the phrase of the quote's sentence (a pronoun, or None)."""
    proposals = rule_proposals(around, resolver, skip)
    first, cue = cascade(proposals)
    chosen = first.person if first is not None else None
    candidates = gather(around, resolver, proposals, chosen, cue)
    default = next((c for c in candidates if c.person is chosen), None)
    if not any(p.person is not None for p in proposals):  # no rule proposes, nobody speaks
        candidates = []
    candidates = _agreeing(candidates, default)
    if default is not None and _holds_the_floor(default, around, resolver):
        candidates = [default]
    return chooser.choose(candidates, default), default, cue


def _agreeing(candidates: list[Candidate], default: Candidate | None) -> list[Candidate]:
    """The candidates a gendered pronoun can stand for: `he` is never a woman the article calls
    `she`, nor an organisation, whatever else speaks for them (the rules' own choice stays)."""
    return [c for c in candidates if c is default or "pronoun clash" not in c.features]


def _holds_the_floor(default: Candidate, around: Around, resolver: Resolver) -> bool:
    """Whether the rules' choice is the speaker of the quote just before (in this paragraph or
    the one before), of no known gender, with nobody else named since: `"...," Okoro said. /
    "...," he said.` goes on in Okoro's voice, whoever the article named before."""
    last = resolver.last_speaker(around.key)
    if last is None or last[1] is not default.person or default.person.gender is not None:
        return False
    since = [m for m in resolver.cast.mentions if last[0] < m.key < around.key]
    near = around.key.paragraph - last[0].paragraph <= 1
    return near and all(m.name == default.person.name for m in since)


def _named_in_sentence(
    around: Around, resolver: Resolver, skip: frozenset[str]
) -> Candidate | None:
    """The person the first sentence rule names or describes, when it finds one: the rules
    are as right as the ranker there, and pronouns and quotes with no attribution of their
    own are left to the ranker."""
    choice = first_phrase(around, skip)
    if choice is None or choice[1].kind == "pronoun":
        return None
    person = resolver.resolve(choice[1], around.key)
    return Candidate(person, choice[1], rule=choice[0]) if person is not None else None


def _restore(resolver: Resolver, snapshot: tuple[dict[str, Person], Person | None]) -> None:
    """Undo what proposing added to the cast."""
    resolver.cast.people.clear()
    resolver.cast.people.update(snapshot[0])
    resolver.statement_of = snapshot[1]


def _settle(
    winner: Candidate | None, cue: Phrase | None, around: Around, resolver: Resolver
) -> tuple[Person | None, Phrase | None]:
    """The winner as a person of the cast, and the phrase to show for them: the pronoun of the
    quote's sentence when the ranker, not the rules, resolved it to them (`he told`, though a
    sentence before named them), else their own."""
    if winner is None:
        return None, None
    phrase = winner.phrase
    person = resolver.resolve(phrase, around.key) if phrase is not None else None
    if person is None:
        person = resolver.cast.people.setdefault(winner.person.name, winner.person)
    if cue is not None and cue.kind == "pronoun":
        phrase = cue
    return person, phrase
