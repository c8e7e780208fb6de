"""Whether a name in running text is the subject of its clause, read from the words around it.

A subject opens its clause (a few role words at most before it, `British team member Ada
Brook`); a name after a verb, a preposition (`just across Lake Erie`) or inside a list is not,
nor a possessor inside a clause (`citing Reed's plan`). `cast` marks each mention so, and the
pronoun's person in focus is the latest subject.
"""

from __future__ import annotations

import re

from bot.analyse.quotes.lexicon import (
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    IRREGULAR_VERBS,
    NOT_AFTER_SUBJECT,
    PERSON_NOUNS,
    SPEECH_VERBS,
)
from bot.analyse.quotes.phrases import tokens

# Lower-case prepositions whose object a name right after them is: `across Lake Erie`.
_GOVERNING_PREPOSITIONS = frozenset(
    """of to with by for against on at from about toward towards into onto over under between
    among across in near behind beside through within around outside inside upon via""".split()  # noqa: SIM905
)


def opens_sentence(before: str) -> bool:
    """Whether a name is what its sentence opens with: at most a few words before it, none of
    them a verb (`Reed aide Ada Brook`, not `he stated and mentioned Tom Reed, Ada Brook`).
    `before` is the sentence up to the name."""
    words = [w for w in tokens(before) if w != ","]
    while words and words[0].lower() in CLAUSE_OPENERS:
        words.pop(0)
    return len(words) <= 5 and not any(verb_like(w) for w in words)


def opens_clause(before: str, after: str, possessive: bool = False) -> bool:
    """Whether a name opens its clause: a few role words at most (`British team member`) before
    it, and no list or object around it (`films include Sea Fog and Red Dust`). A
    possessor opens it only as its first word (`Reed's plan failed`, not `citing Reed's plan`)."""
    if possessive and _apposed(before):
        return False  # `Robby Mook, Clinton's campaign manager,`: Mook's clause
    clause = tokens(before.rsplit(",", 1)[-1])
    if clause and clause[-1] in _GOVERNING_PREPOSITIONS:
        return False  # `just across Lake Erie`: a preposition's object
    while clause and clause[0].lower() in CLAUSE_OPENERS:
        clause.pop(0)
    if possessive and clause:
        return False
    following = tokens(after[:30])[:1]
    if following and _modifier_follows(following[0]):
        return False
    if clause and clause[-1].lower() in ("a", "an"):  # `an Obama supporter`: a modifier
        return False
    return len(clause) <= 5 and not any(verb_like(w) for w in clause)


def new_topic(after: str, earlier: str, name: str) -> bool:
    """Whether `As for Trump, he said` turns to a new person, who is then the `he`: for a name
    that opens its sentence after `As for`, `he` or `she` follows, and the sentences just
    `earlier` did not name it (`Cole spoke about his rival Reed. As for Reed, he said` is
    Cole's)."""
    following = tokens(after[:12])[:2]
    pronoun = len(following) == 2 and following[0] == "," and following[1].lower() in ("he", "she")
    return pronoun and re.search(rf"\b{re.escape(name)}\b", earlier) is None


def _apposed(before: str) -> bool:
    """Whether the words before a name end in a name and a comma or dash: what follows is said
    of that name (`Robby Mook, Clinton's campaign manager`)."""
    stripped = before.rstrip()
    if not stripped.endswith((",", "\u2014", "\u2013", "--")):
        return False
    previous = tokens(stripped.rstrip(",\u2014\u2013-"))[-1:]
    return bool(previous) and previous[0][:1].isupper()


def _modifier_follows(word: str) -> bool:
    """`Rovers manager Piet Dekker`: `Rovers` qualifies the name after it."""
    lowered = word.lower()
    return word[:1].isupper() or lowered in NOT_AFTER_SUBJECT or lowered in PERSON_NOUNS


def verb_like(word: str) -> bool:
    lowered = word.lower()
    if lowered in CLAUSE_WORDS or word in SPEECH_VERBS or lowered in IRREGULAR_VERBS:
        return True
    return word[:1].islower() and lowered.endswith("ed") and lowered not in PERSON_NOUNS
