"""Where a quote's speaker is named: the words around it that attribute it.

Looked for, in the order of `bot.analyse.quotes.rules`: right after the quote (`," said
Putin`, `," he told BBC Sport`), between the halves of a split quote, before it in its sentence
(`Putin insisted that "..."`, `He said: "..."`; after a participle, the clause's subject:
`Clooney accused X, saying "..."`), `according to X`, the agent of a passive (`described as
"..." by X`), a dash byline (`"..." ― Ada Brook`) and a transcript label (`BROOK: "..."`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.lexicon import (
    DETERMINERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TITLES,
    VERB_ADVERBS,
)
from bot.analyse.quotes.marks import sentence_bounds
from bot.analyse.quotes.phrases import (
    Phrase,
    clause_subject,
    is_cap,
    subject_after,
    subject_before,
    tokens,
    verb_positions,
)

_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[\w'\u2019.\-]+ ?){1,6})")
_PASSIVE = re.compile(
    r"\b(?:described|called|labell?ed|hailed|praised|critici[sz]ed|condemned|branded|dismissed"
    r"|asked)\s[^.;]*?\bby\s+([^.;]+)"
)
# `"..." ― Ada Brook`: a name after a dash closes the quote, alone or with a role after a comma
# (`― Ada Brook, mayor of Springfield`).
_DASH_BYLINE = re.compile(
    r"^\s*[\u2015\u2014\u2013-]+\s*((?:[A-Z][\w'\u2019.\-]*,? ?){1,6})"
    r"(?:,\s*[a-z][\w'\u2019\- ]{0,60}(?:,\s*[\w'\u2019\- ]{0,40})?)?[.]?\s*$"
)
# `BROOK: "..."`: a transcript's speaker label in capitals.
_LABEL = re.compile(r"^\s*([A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+){0,2})\s*:\s*$")
# A second verb of the same subject: `Ada Brook left the hall and said`.
_CONJOINED = re.compile(
    r"[\w,\u2013\u2014]\s+(?:and|but|then|and then)"
    r"(?:\s+(?:has|have|had|also|later|now|still|again))*\s*$"
)
# How far into the words after a quote its speech verb may come (`," the former head of the
# county's party said`).
VERB_REACH = 12
# The agent of a passive, whom a relative clause makes the speaker: `denied by X, who said`.
_AGENT_WHO = re.compile(r"\bby\s+([^,\"\u201c\u201d]{1,60}),\s+who\s*$")
# A written work set off with its author before the verb: `The book, by Ada Brook and published
# in May, said`: the author speaks.
_AUTHORED = re.compile(
    r"\b(?:book|report|study|memoir|biography|article|column|paper),\s+by\s+"
    r"([^,\"\u201c\u201d]{1,60}?)(?:\s+and\s+[a-z][^,\"\u201c\u201d]{0,60})?,\s*$",
    re.IGNORECASE,
)
_BY_STOPS = frozenset(["in", "at", "on", "of", "from", "for", "with", "during", "after", "who"])
_CLAUSE_ENDS = frozenset(',\u201d"')
_PARTICIPLE_LINKS = frozenset(["by", "while", "when", "after", "before", "and"])
# `Ada Brook went on to say`: the subject of `went` speaks.
_GOES = frozenset(["went", "goes", "go"])
_GOES_ON_TO = re.compile(r"\s(?:went|goes|go|going) on to\s*$")
# Prepositions of place or medium: `on Facebook writing` (`with Ada Brook saying`: she speaks).
_PREPOSITIONS = frozenset("in on at to via about into".split())  # noqa: SIM905
# Verbs that speak a quote only when they close the clause right after it (`," Ada Brook
# charged.`), not with an object (`Ada Brook started the car`).
_CLOSING_VERBS = frozenset(
    """charged started began repeated pressed elaborated interrupted chimed gushed marveled
    marvelled teased sniffed vented offered""".split()  # noqa: SIM905
)
_PASSIVE_AUX = frozenset(["was", "were", "been", "being", "is", "are", "be"])


def attribution_after(text: str) -> Phrase | None:
    """A speaker at the start of the text after a quote: `, said Putin` or `, he told BBC Sport`."""
    words = tokens(text)
    while words and words[0] in ",;:\u2013\u2014-":
        words.pop(0)
    for at, word in enumerate(words[:8]):
        if not word[:1].isalnum():
            return _apposed_subject(words) if word == "," else None
        if word in SPEECH_VERBS:
            if at == 0:
                return cued(subject_after(" ".join(words[1:])), word)
            return cued(_whole_subject(words[:at]), word)
        if at and _goes_on(words, at):  # `," Ada Brook went on.`
            return cued(_whole_subject(words[:at]), f"{word} on")
        if at and word in _CLOSING_VERBS and _closes_clause(words, at):  # `," Ada Brook charged.`
            return cued(_whole_subject(words[:at]), word)
    return None


def _closes_clause(words: list[str], at: int) -> bool:
    """Whether the verb at `at` ends its clause, or only a phrase of place or manner follows
    (`Ada Brook charged in her opening`), so it takes no object and speaks the quote."""
    follows = words[at + 1 : at + 2]
    return not follows or not follows[0][:1].isalnum() or follows[0] in _BY_STOPS


def _goes_on(words: list[str], at: int) -> bool:
    """`went on` closing its clause: the speaker carries on speaking."""
    follows = words[at + 2 : at + 3]
    closes = not follows or not follows[0][:1].isalnum()
    return words[at] in _GOES and words[at + 1 : at + 2] == ["on"] and closes


def speech_tail(tail: str) -> bool:
    """Whether the words after a quote speak of it: a speech verb close after it with no clause
    break before (`," the county's party chair told reporters`), though its subject may be
    more than `attribution_after` reads."""
    words = [w for w in tokens(tail) if w != ","][:VERB_REACH]
    for word in words:
        if word in SPEECH_VERBS:
            return True
        if not word[:1].isalnum() and word not in ("'", "\u2019"):
            return False
    return False


def cued(phrase: Phrase | None, cue: str) -> Phrase | None:
    """The phrase with the speech verb that introduced it."""
    return replace(phrase, cue=cue) if phrase is not None else None


def _apposed_subject(words: list[str]) -> Phrase | None:
    """`Jo Roe, a lawyer for the state, one of the plaintiffs, said`: a name, then an
    apposition between commas, then the verb."""
    for at, word in enumerate(words[:40]):
        if word in (".", ";", ":", "?", "!"):
            return None
        if word in SPEECH_VERBS:
            opens = is_cap(words[0]) or words[0] in TITLES or words[0].lower() in DETERMINERS
            apposed = at > 1 and words[at - 1] == "," and opens
            return cued(subject_before(" ".join(words[:at])), word) if apposed else None
    return None


def _whole_subject(words: list[str]) -> Phrase | None:
    """The subject when `words` are all of it: `the president`, not `Russia is ready`."""
    first = words[0]
    if not (is_cap(first) or first in TITLES or first.lower() in SUBJECT_PRONOUNS | DETERMINERS):
        return None
    core = [w for w in words if w.lower() not in VERB_ADVERBS]
    if any(
        w[:1].islower()
        and w.lower() not in DETERMINERS | PERSON_NOUNS | SUBJECT_PRONOUNS | ORG_NOUNS
        and not w.endswith("year-old")
        for w in core
    ):
        return None
    return subject_before(" ".join(words))


def attribution_before(text: str) -> Phrase | None:
    """The subject of the last speech verb in `text` that has one (`Putin insisted that ...`)."""
    for start, end in reversed(verb_positions(text, nouns=False)):
        phrase = _subject_of(text, start, end)
        if phrase is not None:
            return cued(phrase, text[start:end])
    return None


def _subject_of(text: str, start: int, end: int) -> Phrase | None:
    """Who the speech verb at `start:end` has as its subject, or None."""
    # after a comma, a quote whose comma the closing mark keeps (`address "that person,"
    # telling`), or a preposition (`laughed it off by saying`)
    before = text[:start].rstrip()
    opens = before[-1:] in _CLAUSE_ENDS or before.rsplit(" ", 1)[-1] in _PARTICIPLE_LINKS
    participle = (text[start:end].endswith("ing") and opens) or _perfect_participle(before)
    if participle:  # `Clooney accused X of ..., saying`: the clause's own subject
        # the words just before the comma are the clause's object (`refugees coming from
        # Syria, pledging`), never its subject
        return _earlier_speaker(text[:start]) or clause_subject(_clause_start(text[:start]))
    if _CONJOINED.search(text[:start]):  # `Ada Brook left the hall and said`: the subject
        sentence = _clause_start(text[:start])
        # `When Ada Brook, Reed's aide, was asked, he laughed and said`: the nearest clause's
        nearest = clause_subject(sentence.rsplit(",", 1)[-1])
        if nearest is not None and nearest.kind == "pronoun":
            return nearest
        phrase = clause_subject(sentence)
        if phrase is not None and phrase.kind != "description":
            return phrase
    if not text[start:end].endswith("ing") and _passive(text[:start]):
        return None  # `Fletcher was described as ...`: the speaker is the agent, not Fletcher
    return _plain_subject(text, start, end)


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
    """Whether the name before a participle is the object of a preposition (`on Facebook
    writing`), not the participle's subject."""
    if phrase.kind != "name":
        return False
    ahead = before[: before.rfind(phrase.words[0])].split()
    return bool(ahead) and ahead[-1] in _PREPOSITIONS


def _perfect_participle(before: str) -> bool:
    """`Ada Brook snubbed Tom Ruiz, having called him`: the verb after `having` goes on with
    the clause, whose subject speaks."""
    return before.endswith(" having") and before[:-7].rstrip()[-1:] in _CLAUSE_ENDS


def _passive(text: str) -> bool:
    """Whether a verb after `text` is passive: `was described`, `is often labeled`."""
    words = [w.lower() for w in text.split()]
    while words and words[-1] not in _PASSIVE_AUX and _adverb(words[-1]):
        words.pop()
    return bool(words) and words[-1] in _PASSIVE_AUX


def _adverb(word: str) -> bool:
    return word in VERB_ADVERBS or word in ("often", "widely") or word.endswith("ly")


def _earlier_speaker(text: str) -> Phrase | None:
    """`Ada Brook said on Monday in Leeds, noting`: the subject of a speech verb earlier in the
    same sentence, which the participle continues."""
    clause = _clause_start(text)
    for start, _end in reversed(verb_positions(clause, nouns=False)):
        if not clause[start:_end].endswith("ing"):
            return subject_before(clause[:start])
    return None


def _clause_start(text: str) -> str:
    """The text from the start of the sentence holding the end of `text`."""
    bounds = sentence_bounds(text)
    return text[bounds[-1][0] :] if bounds else text


def by_agent(text: str) -> Phrase | None:
    """The agent of a passive speech verb: `described as "..." by his friend Ivo Marsh`."""
    found = _PASSIVE.search(text)
    if found is None:
        return None
    text = found.group()
    words: list[str] = []
    for word in tokens(found.group(1))[:10]:
        if not word[:1].isalnum() or word in _BY_STOPS:
            break
        words.append(word)
    caps = [i for i, w in enumerate(words) if is_cap(w)]
    if not caps:
        return None
    start = caps[-1]
    while start > 0 and is_cap(words[start - 1]):
        start -= 1
    return Phrase("name", tuple(words[start : caps[-1] + 1]), cue=text.split()[0])


def according_to(text: str) -> Phrase | None:
    """`according to X`."""
    found = _ACCORDING.search(text)
    return cued(subject_after(found.group(1)), "according to") if found else None


def dash_byline(tail: str) -> Phrase | None:
    """`"..." ― Ada Brook`: the name after a dash, with nothing else in the sentence."""
    found = _DASH_BYLINE.match(tail)
    return cued(subject_after(found.group(1)), tail.strip()[:1]) if found else None


def transcript_label(lead: str) -> Phrase | None:
    """`BROOK: "..."`: an interview transcript's label names the speaker."""
    found = _LABEL.match(lead)
    if found is None:
        return None
    return Phrase("name", tuple(w.title() for w in found.group(1).split()), cue=":")
