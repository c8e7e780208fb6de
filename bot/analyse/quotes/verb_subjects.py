"""Who speaks a speech verb written before its quote (`Putin insisted that "..."`): the verb's
subject, read through participles, conjoined verbs, passives and their agents."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.attribution import cued
from bot.analyse.quotes.lexicon import BODY_WORDS, PASSIVE_AUXILIARIES, VERB_ADVERBS
from bot.analyse.quotes.marks import sentence_bounds
from bot.analyse.quotes.phrases import (
    Phrase,
    clause_subject,
    subject_after,
    subject_before,
    verb_positions,
)

# A second verb of the same subject: `Ada Brook left the hall and said`.
CONJOINED = re.compile(
    r"[\w,\u2013\u2014]\s+(?:and|but|then|and then)"
    r"(?:\s+(?:has|have|had|also|later|now|still|again))*\s*$"
)
# The agent of a passive, whom a relative clause makes the speaker: `denied by X, who said`.
_AGENT_WHO = re.compile(r"\bby\s+([^,\"\u201c\u201d]{1,60}),\s+who\s*$")
# A written work set off with its author before the verb: `The book, by Ada Brook and published
# in May, said`: the author speaks.
_AUTHORED = re.compile(
    r"\b(?:book|report|study|memoir|biography|article|column|paper),\s+by\s+"
    r"([^,\"\u201c\u201d]{1,60}?)(?:\s+and\s+[a-z][^,\"\u201c\u201d]{0,60})?,\s*$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = frozenset(',\u201d"')
_PARTICIPLE_LINKS = frozenset(["by", "while", "when", "after", "before", "and"])
# `Ada Brook went on to say`: the subject of `went` speaks.
_GOES_ON_TO = re.compile(r"\s(?:went|goes|go|going) on to\s*$")
# Prepositions of place or medium: `on Facebook writing` (`with Ada Brook saying`: she speaks).
_PREPOSITIONS = frozenset("in on at to via about into".split())  # noqa: SIM905


def attribution_before(text: str) -> Phrase | None:
    """The subject of the last speech verb in `text` that has one (`Putin insisted that ...`)."""
    for start, end in reversed(verb_positions(text, nouns=False)):
        phrase = subject_of(text, start, end)
        if phrase is not None:
            return cued(phrase, text[start:end])
    return None


def subject_of(text: str, start: int, end: int) -> Phrase | None:
    """Who the speech verb at `start:end` has as its subject, or None."""
    # after a comma, a quote whose comma the closing mark keeps (`address "that person,"
    # telling`), or a preposition (`laughed it off by saying`)
    before = text[:start].rstrip()
    opens = before[-1:] in _CLAUSE_ENDS or before.rsplit(" ", 1)[-1] in _PARTICIPLE_LINKS
    participle = (text[start:end].endswith("ing") and opens) or _perfect_participle(before)
    if participle:  # `Clooney accused X of ..., saying`: the clause's own subject
        # the words just before the comma are the clause's object (`refugees coming from
        # Syria, pledging`), never its subject
        return _earlier_speaker(text[:start]) or clause_subject(clause_start(text[:start]))
    if CONJOINED.search(text[:start]):  # `Ada Brook left the hall and said`: the subject
        sentence = clause_start(text[:start])
        # `When Ada Brook, Reed's aide, was asked, he laughed and said`: the nearest clause's
        nearest = clause_subject(sentence.rsplit(",", 1)[-1])
        if nearest is not None and nearest.kind == "pronoun":
            return nearest
        phrase = clause_subject(sentence)
        if phrase is not None and (phrase.kind != "description" or _body_described(phrase)):
            return phrase  # `The bank gave no details but said`: the bank
    if not text[start:end].endswith("ing") and _passive(text[:start]):
        return None  # `Fletcher was described as ...`: the speaker is the agent, not Fletcher
    return _plain_subject(text, start, end)


def _body_described(phrase: Phrase) -> bool:
    """`the bank`, `the central bank`: a body met by its noun, which may well speak."""
    return phrase.article.lower() == "the" and phrase.words[-1].lower() in BODY_WORDS


def _plain_subject(text: str, start: int, end: int) -> Phrase | None:
    """The subject just before the verb (or after it, when a colon or the end follows); not
    the object of a preposition before a participle (`replied to Tom Ruiz on Facebook
    writing`), whose subject is the clause's speaker."""
    agent = _AGENT_WHO.search(text[:start]) or _AUTHORED.search(text[:start])
    if agent is not None:  # `denied by a party spokesman, who said`, `The book, by Ada Brook,`
        return _agent(agent.group(1))
    phrase = subject_before(_GOES_ON_TO.sub(" ", text[:start]))
    participle = text[start:end].endswith("ing")
    if phrase is not None and participle and _led_by_preposition(phrase, text[:start].rstrip()):
        return _earlier_speaker(text[:start])
    if phrase is None and text[end:].strip()[:1] in (":", ""):
        phrase = subject_after(text[end:].lstrip(" :"))
    return phrase


def _agent(words: str) -> Phrase | None:
    """The agent of a passive: `by Ada Brook`, `by a party spokesman`, `by party spokesman`
    (read as a description, the words as written)."""
    named = subject_before(words)
    if named is not None:
        return named
    bare = subject_before("the " + words)
    return replace(bare, article="") if bare is not None else None


def _led_by_preposition(phrase: Phrase, before: str) -> bool:
    """Whether the name or description before a participle is the object of a preposition (`on
    Facebook writing`, `wrote to the watchdog saying`), not the participle's subject."""
    if phrase.kind not in ("name", "description"):
        return False
    ahead = before[: before.rfind(phrase.words[0])].split()
    while ahead and ahead[-1].lower() in {"the", "a", "an"}:
        ahead.pop()  # "an op-ed in The Washington Post hammering"
    return bool(ahead) and ahead[-1] in _PREPOSITIONS


def _perfect_participle(before: str) -> bool:
    """`Ada Brook snubbed Tom Ruiz, having called him`: the verb after `having` goes on with
    the clause, whose subject speaks."""
    return before.endswith(" having") and before[:-7].rstrip()[-1:] in _CLAUSE_ENDS


def _passive(text: str) -> bool:
    """Whether a verb after `text` is passive: `was described`, `is often labeled`."""
    words = [w.lower() for w in text.split()]
    while words and words[-1] not in PASSIVE_AUXILIARIES and adverb(words[-1]):
        words.pop()
    return bool(words) and words[-1] in PASSIVE_AUXILIARIES


def adverb(word: str) -> bool:
    return word in VERB_ADVERBS or word == "often" or word.endswith("ly")


def _earlier_speaker(text: str) -> Phrase | None:
    """`Ada Brook said on Monday in Leeds, noting`: the subject of a speech verb earlier in the
    same sentence, which the participle continues."""
    clause = clause_start(text)
    for start, _end in reversed(verb_positions(clause, nouns=False)):
        if not clause[start:_end].endswith("ing"):
            return subject_before(clause[:start])
    return None


def clause_start(text: str) -> str:
    """The text from the start of the sentence holding the end of `text`."""
    bounds = sentence_bounds(text)
    return text[bounds[-1][0] :] if bounds else text
