"""Reported speech whose attribution closes the sentence or sits inside it, with no quote marks.

`The plan will cost more than planned, Ola Berg said.`, `Prices are likely to rise, the bank said
in a statement.`, `The talks had stalled, he told reporters.`, `Rents will rise, said Ivo Dren,
the trust's director.`, and set inside: `The plan, he said, will cost more.` What follows the verb
may only say when, where or to whom it was said; anything more (`, he said goodbye.`) is no
attribution.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.attribution import attribution_after
from bot.analyse.quotes.bare_clauses import FINITE, PASSIVE_BEFORE, PAST_FORMS
from bot.analyse.quotes.lexicon import INDIRECT_VERBS, INSIDERS, TELLING_VERBS
from bot.analyse.quotes.marks import words_in
from bot.analyse.quotes.phrases import Phrase, subject_before
from bot.analyse.quotes.role_nouns import plural_person_noun
from bot.analyse.text.datelines import without_place_line

# The most words from the comma to the end of a closing attribution: `, the bank said in a
# statement on its website on Friday.`
_CLOSING_WORDS = 14
# The fewest words of the clause reported.
_CLAUSE_WORDS = 4
_END = r"\s*[.!?]*\s*$"
# After the verb: when, where, how (`in a statement`, `on Friday`, `late on Monday`), or nothing.
_ADJUNCT_TAIL = re.compile(
    r"^(?:\s+(?:on|in|at|during|after|before|from|with|via|through|late|early|earlier|later|"
    r"yesterday|today|tonight|last|this|when|while|as|separately|privately|publicly|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b[^,;:]*)?" + _END,
    re.IGNORECASE,
)
# After `told`: whom (`reporters`, `BBC Radio 4's World At One`), perhaps when or where; not what
# to do (`told him to wait`).
_TOLD_TAIL = re.compile(r"^(?!.*\bto\s+[a-z])(?:\s+[\w'\u2019.&-]+){1,12}" + _END)
# The verbs of reported speech, longest first.
_SAYING = "|".join(sorted(INDIRECT_VERBS, key=len, reverse=True))
# `, the central bank said`, `, two police sources said`: a determiner or a count, up to four
# words, a verb.
_DESCRIPTION = re.compile(
    r"^,\s+(?P<subject>(?:the|a|an|its|their|his|her|two|three|four|five|six|several|some)\s+"
    r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:also\s+)?(?P<verb>" + _SAYING + r")\b"
)
# `, local officials said`, `, analysts told Reuters`: people with no determiner, a plural.
_PLURAL_SOURCES = re.compile(
    r"^,\s+(?P<subject>(?:[a-z][\w-]+\s+)?[a-z][\w-]+s)\s+(?:also\s+)?(?P<verb>" + _SAYING + r")\b"
)
# `, two people familiar with the matter said`: an insider no one names, read forward.
_INSIDER = re.compile(
    r"^,\s+(?:(?:a|an|two|three|four|five|six|several|some)\s+)?(?P<subject>(?:"
    + "|".join(sorted(INSIDERS))
    + r")\s+(?:familiar\s+with|close\s+to)\s+(?:the|its|their|his|her)\s+"
    r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:also\s+)?(?P<verb>" + _SAYING + r")\b"
)
# A verb of saying within an attribution's reach of a comma.
_VERB_NEAR = re.compile(r",(?:\s+[^\s;:]+){0,14}?\s+(?:" + _SAYING + r")\b")
# A verb of the clause reported: `In Paris on Friday, he said.` reports nothing.
_VERB = re.compile(
    r"\b(?:" + FINITE + r"|be|been|won't|can't|isn't|wasn't|\w+ed|" + "|".join(PAST_FORMS) + r")\b"
    r"|\b[a-z]+[^su\W]s\s+(?:the|a|an|to|about|around|more|its|their|\d)"  # `employs 320`
)
# A verb in what follows the attribution: the words are a clause of their own, not its adjunct.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does)\b")
# An attribution set inside the clause: `The plan, he said, will cost more.`
_INSIDE_TAIL = re.compile(
    r"^(?:\s+(?:on|in|at|late|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b[^,;:]*)?,",
    re.IGNORECASE,
)
# After an inverted verb (`, said Ivo Dren, the trust's director.`): the name and its apposition.
_INVERTED_TAIL = re.compile(r"^\s+[A-Z][^;:]*" + _END)


# A clause of contrast after the attribution, which ends it as surely as a full stop: `, three
# delegates told Reuters, though some members want more`.
_GOES_ON = re.compile(
    r"^(?:\s+(?!that\b)[\w'\u2019.&-]+){0,4}?,\s+(?:though|although|but|while|whereas)\b"
)
# A participle that goes on after an attribution: its own report, not the clause's end.
_PARTICIPLE = re.compile(r"\s*(\w+ing)\b")


def closing_report(sentence: str) -> tuple[Phrase, str] | None:
    """The speaker and the clause of reported speech attributed after a comma, else None."""
    for comma in reversed([m.start() for m in re.finditer(",", sentence)]):
        if not _VERB_NEAR.match(sentence, comma):
            continue  # no verb of saying in reach: the costly reading is not needed
        found = _attributed(sentence[comma:])
        if found is None:
            continue
        phrase, after = found
        before = without_place_line(sentence[:comma].strip())
        clause = f"{before} {(after or '').strip()}".strip()
        if len(words_in(clause)) >= _CLAUSE_WORDS and _VERB.search(clause):
            return phrase, clause
        return None
    return None


def _described(rest: str) -> Phrase | None:
    """A description with adjectives before its verb, which quotes do not take as a speaker
    after their closing mark: `, the central bank said`, `, a senior official said`."""
    if insider := _INSIDER.match(rest):
        words = tuple(insider.group("subject").split())
        return Phrase("description", words, cue=insider.group("verb"))
    found = _DESCRIPTION.match(rest) or _plural_sources(rest)
    phrase = subject_before(found.group("subject")) if found else None
    return replace(phrase, cue=found.group("verb")) if phrase and found else None


def _plural_sources(rest: str) -> re.Match[str] | None:
    """`, local officials said`: people no one names, whose plural head is a person noun."""
    found = _PLURAL_SOURCES.match(rest)
    head = found.group("subject").split()[-1].lower() if found else ""
    return found if head and plural_person_noun(head) else None


def _attributed(rest: str) -> tuple[Phrase, str | None] | None:
    """The speaker an attribution at the start of `rest` names, with the words of the clause that
    follow it when it sits inside the sentence (None when it closes the sentence)."""
    phrase = attribution_after(rest) or _described(rest)
    if phrase is None or phrase.cue not in INDIRECT_VERBS:
        return None
    verb = re.search(rf"\b{re.escape(phrase.cue)}\b", rest)
    if verb is None or PASSIVE_BEFORE.search(rest, 0, verb.start()):
        return None  # `, it was claimed in court.`: hearsay, no one's report
    tail = rest[verb.end() :]
    inside = _INSIDE_TAIL.match(tail)
    if inside is not None and len(words_in(rest[: inside.end()])) <= _CLOSING_WORDS:
        after = tail[inside.end() :]
        going_on = _PARTICIPLE.match(after)  # `The fee is unfair, he said, adding that ...`
        return phrase, None if going_on and going_on.group(1) in INDIRECT_VERBS else after
    if len(words_in(rest)) > _CLOSING_WORDS:
        return None
    if rest.lstrip(" ,").startswith(phrase.cue):  # `, said Ivo Dren, the trust's director.`
        closes = _INVERTED_TAIL.match(tail) is not None
    elif phrase.cue in TELLING_VERBS:  # `, he told reporters.`
        closes = _TOLD_TAIL.match(tail) is not None and not _FINITE.search(tail)
    else:
        closes = _ADJUNCT_TAIL.match(tail) is not None
    closes = closes or _GOES_ON.match(tail) is not None  # `, three delegates told Reuters, though`
    return (phrase, None) if closes else None
