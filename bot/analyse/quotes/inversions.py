"""Attributions written verb first, after a comma: `"..." that Ada Brook would win, said Tom
Ruiz, a pollster.` and `In other words, explained the moderator: "..."`; or opening the sentence
before the quote: `Said Ada Brook, "..."`.

News copy puts the speaker after the verb when the quote's clause runs on past its closing mark,
so the words just after the mark are no attribution; the speech verb follows a comma later on,
and its subject is the name right after it. A name followed by more of a clause (`, said Ada
Brook had lied`) is the verb's object, not its subject, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.names import person_like
from bot.analyse.quotes.phrases import Phrase, subject_after, tokens

_AFTER_COMMA = re.compile(r",\s+([a-z]+)\s+")
# A verb opening the sentence before a quote: `Said Ada Brook, "..."`.
_OPENING = re.compile(r"\s*([A-Z][a-z]+)\s+")
# Verbs news copy writes before their subject; they take no object (`told Politico` does).
INVERTED_VERBS = frozenset(
    """said says added adds explained explains wrote writes asked asks noted notes recalled recalls
    continued continues argued argues observed concluded concludes countered replied replies
    responded responds quipped insisted insists warned warns cautioned declared declares remarked
    stated states contended maintained acknowledged conceded suggested suggests opined exhorted
    predicted predicts reasoned recounted lamented mused""".split()  # noqa: SIM905
)
# Words that may follow the subject of an inverted verb: `said Ada Brook in a statement`.
_SUBJECT_ENDS = frozenset(
    "in at on during when who whose after before while of for from with as".split()  # noqa: SIM905
)


def inverted_attribution(text: str, before_quote: bool = False) -> Phrase | None:
    """The subject of the first speech verb after a comma in `text` whose subject follows it;
    `before_quote` when the quote follows `text`, where a name running into the quote (`, said
    Obama "understood ..."`) is the quoted clause's own subject."""
    opening = _OPENING.match(text) if before_quote else None
    for found in [*([opening] if opening else []), *_AFTER_COMMA.finditer(text)]:
        verb = found.group(1)
        if verb.lower() not in INVERTED_VERBS:
            continue
        rest = text[found.end() :]
        phrase = subject_after(rest)
        if phrase is not None and _someone(phrase) and _subject_ends(rest, phrase, before_quote):
            return replace(phrase, cue=verb)
    return None


def _someone(phrase: Phrase) -> bool:
    """A name, or a description of a person (`the senior adviser`, not `the convention`)."""
    if phrase.kind == "name":
        return True
    return phrase.kind == "description" and person_like(phrase.words[-1].lower())


def _subject_ends(rest: str, phrase: Phrase, before_quote: bool) -> bool:
    """Whether the phrase is all the subject: what follows it closes it (`,`, `.`, `:`, the end
    of the sentence, or a preposition), not more of a clause (`had lied`)."""
    words = tokens(rest)
    last = phrase.words[-1]
    if last not in words:
        return False
    after = words[words.index(last) + 1 : words.index(last) + 2]
    if not after:
        return not before_quote
    return not after[0][:1].isalnum() or after[0].lower() in _SUBJECT_ENDS
