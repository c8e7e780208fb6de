"""Where a quote's speaker is named: the words around it that attribute it.

Looked for, in the order of `bot.analyse.quotes.rules`: right after the quote (`," said
Putin`, `," he told BBC Sport`), between the halves of a split quote, before it in its sentence
(`Putin insisted that "..."`, `He said: "..."`; after a participle, the clause's subject:
`Clooney accused X, saying "..."`; read in `verb_subjects`), `according to X`, the agent of a
passive (`described as "..." by X`), a dash byline (`"..." ― Ada Brook`) and a transcript label
(`BROOK: "..."`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SOURCE_DOCUMENTS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TITLES,
    VERB_ADVERBS,
)
from bot.analyse.quotes.phrases import (
    Phrase,
    is_cap,
    subject_after,
    subject_before,
    tokens,
)
from bot.analyse.quotes.role_nouns import plural_person_noun

_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[\w'\u2019.\-]+ ?){1,8})")
# A document whose author is named after it: `a court document filed by state attorney Ada Brook`,
# `a court filing by county attorney Ada Brook`, `a statement from the Port Board`.
_ISSUED_BY = re.compile(
    r"(?:an?|the)\s+(?:[\w'\u2019\-]+\s+){0,4}?(?:(?:filed|issued|released|written|published|"
    r"signed|sent|posted|prepared)\s+(?:\w+\s+)?by|(?:filing|brief|motion|letter|complaint|"
    r"document|memo|statement|report|study|survey|poll)\s+(?:by|from))"
    r"\s+((?:[\w'\u2019.\-]+ ?){1,6})"
)
# Numbers someone put out, named after them: `figures from the Office for National Statistics`.
_FIGURES_FROM = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}?(?:figures|data|estimates|statistics|numbers|research|projections|"
    r"calculations)\s+(?:of\s+|(?:(?:compiled|published|released|gathered|revealed|issued|"
    r"collected)\s+(?:(?:on|last|this)\s+\w+\s+)?)?(?:from|by)\s+)((?:[\w'\u2019.\-]+ ?){1,8})"
)
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
# How far into the words after a quote its speech verb may come (`," the former head of the
# county's party said`).
VERB_REACH = 12
_BY_STOPS = frozenset(["in", "at", "on", "of", "from", "for", "with", "during", "after", "who"])
# Lower-case words a subject after a quote may open with, and may be made of.
_OPENERS = SUBJECT_PRONOUNS | DETERMINERS | ORG_NOUNS
_SUBJECT_WORDS = _OPENERS | PERSON_NOUNS | DOCUMENTS
# `," Ada Brook went on.`: `went on` closing the clause after a quote speaks it.
_GOES = frozenset(["went", "goes", "go"])
# Verbs that speak a quote only when they close the clause right after it (`," Ada Brook
# charged.`), not with an object (`Ada Brook started the car`).
_CLOSING_VERBS = frozenset(
    """charged started began repeated pressed elaborated interrupted chimed gushed marveled
    marvelled teased sniffed vented offered""".split()  # noqa: SIM905
)


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
    apposition between commas, then the verb; or an apposition with a relative clause whose
    closing comma was left out (`Jo Roe, the pollster who founded the site tweeted`)."""
    for at, word in enumerate(words[:40]):
        if word in (".", ";", ":", "?", "!"):
            return None
        if word in SPEECH_VERBS:
            opens = is_cap(words[0]) or words[0] in TITLES or words[0].lower() in DETERMINERS
            if at > 1 and words[at - 1] == "," and opens:
                return cued(subject_before(" ".join(words[:at])), word)
            named = words.index(",") if "," in words[:at] else 0
            relative = "who" in words[named:at]  # its closing comma lost: `the guru who ran X said`
            return (
                cued(subject_before(" ".join(words[:named])), word) if relative and opens else None
            )
    return None


def _whole_subject(words: list[str]) -> Phrase | None:
    """The subject when `words` are all of it: `the president`, not `Russia is ready`."""
    first = words[0]
    if not (
        is_cap(first)
        or first in TITLES
        or first.lower() in _OPENERS
        or plural_person_noun(first.lower())
    ):
        return None
    core = [w for w in words if w.lower() not in VERB_ADVERBS]
    if not core:
        return None  # `," Later said Ada Brook`: an adverb, no subject before the verb
    if any(
        w[:1].islower()
        and w.lower() not in _SUBJECT_WORDS
        and not w.endswith("year-old")
        and not plural_person_noun(w.lower())  # `officials`, `prosecutors`
        for w in core
    ):
        return None
    found = subject_before(" ".join(words))
    if found is None and all(w[:1].islower() for w in core):  # `police`, `officials`
        return Phrase("description", tuple(core))
    return found


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
    """`according to X`; `according to a court filing by X` and `according to figures from X`
    are X's; a source with no article is itself (`according to analysts`, `according to court
    records`, `according to city estimates`)."""
    found = _ACCORDING.search(text)
    if found is None:
        return None
    issued = _ISSUED_BY.match(text, found.start(1)) or _FIGURES_FROM.match(text, found.start(1))
    phrase = subject_after((issued or found).group(1))
    named = _NAME_AFTER.match(text, found.end()) if issued is None else None
    if named is not None and (phrase is None or phrase.kind == "description"):
        described = phrase.words if phrase is not None else ()
        apposed = subject_after(named.group(1))  # `her management company, Rift Elite Sports`
        phrase = replace(apposed, role=described) if apposed is not None else phrase
    return cued(phrase or _bare_source(found.group(1)), "according to")


# The name set off after a description that ends the sentence: `according to her management
# company, Rift Elite Sports.`
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w'\u2019.&\-]*\s?){1,5})[.]?\s*$")


def _bare_source(words: str) -> Phrase | None:
    """A source named by a lower-case noun phrase with no article, which ends in people or a
    document: `analysts`, `patient groups`, `court records`, `health service data`."""
    taken = []
    for word in tokens(words)[:_BARE_SOURCE_WORDS]:
        if (not word.isalpha() and "-" not in word) or not word.islower():
            break
        taken.append(word)
    while taken and not (
        taken[-1] in SOURCE_DOCUMENTS or plural_person_noun(taken[-1]) or taken[-1] in _FORCES
    ):
        taken.pop()
    return Phrase("description", tuple(taken)) if taken else None


_BARE_SOURCE_WORDS = 4
# Bodies named by a bare noun that stands for their people: `according to police`.
_FORCES = frozenset(["police", "authorities"])


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


def bare_body(word: str) -> bool:
    """A noun that names who speaks with no article: `police`, `officials`, `court records`."""
    lowered = word.lower()
    return lowered in ORG_NOUNS or lowered in DOCUMENTS or plural_person_noun(lowered)
