"""A verb of reported speech that goes on with a clause already under way, whose subject
speaks: a participle after a comma (`The regulator fined the bank, adding that its controls had
failed`: the regulator, not the bank) or a second verb (`SkyLark posted a loss and said demand
would recover`).

A name only speaks when it acts: the word after it must be a verb, an adverb or a break, not a
noun it qualifies (`Oil prices rose ..., saying`, `Japanese government officials played it down,
arguing`: neither Oil nor Japanese argues)."""

from __future__ import annotations

from bot.analyse.quotes.clauses import surely_verb
from bot.analyse.quotes.lexicon import BODY_WORDS, PLACE_NAMES
from bot.analyse.quotes.names import tokens
from bot.analyse.quotes.phrases import Phrase
from bot.analyse.quotes.verb_subjects import CONJOINED, adverb, clause_start, subject_of

# Participles that follow a clause to say what it means, not what anyone said: `record highs,
# suggesting that investors do not fear`.
_INFERRING = frozenset(["suggesting", "indicating", "showing", "meaning", "implying"])
# The -s forms that read as a second verb after `and`; others are nouns as often (`and fears`).
_SECOND_PRESENT = frozenset(["says", "adds", "insists", "tells", "argues", "warns"])
_BREAKS = frozenset([",", "-", "(", "\u2013", "\u2014"])


def continues(sentence: str, start: int, end: int) -> bool:
    """Whether the verb at `sentence[start:end]` goes on with the clause before it."""
    verb = sentence[start:end]
    if verb.endswith("ing"):
        return sentence[:start].rstrip()[-1:] == "," and verb not in _INFERRING
    conjoined = CONJOINED.search(sentence[:start]) is not None
    return conjoined and (not verb.endswith("s") or verb in _SECOND_PRESENT)


def continued_subject(sentence: str, start: int, end: int) -> Phrase | None:
    """The subject of the clause the verb at `start:end` goes on with, or None when that
    subject is a name that does not act (`Oil prices`)."""
    phrase = subject_of(sentence, start, end)
    if phrase is None or phrase.kind != "name":
        return phrase
    words = tokens(clause_start(sentence[:start]))
    last = phrase.words[-1]
    at = next((i for i, w in enumerate(words) if w == last), None)
    after = words[at + 1] if at is not None and at + 1 < len(words) else ""
    if at is not None and last[:-2] in PLACE_NAMES and last.endswith(("'s", "\u2019s")):
        return _owned_body(phrase, words[at + 1 : at + 1 + _BODY_WORDS_AFTER])
    return phrase if _acts(after) else None


def _owned_body(owner: Phrase, after: list[str]) -> Phrase | None:
    """`Ghana's central bank` of `Ghana's central bank cut its rate ..., saying`: the body a
    place's name owns, read up to its noun; None when no body noun follows."""
    taken: list[str] = []
    for word in after:
        if not word.isalpha() or not word.islower():
            break
        taken.append(word)
        if word in BODY_WORDS:
            return Phrase("description", (*owner.words, *taken))
    return None


# How many words a body owned by a name may have: `Ghana's state power utility`.
_BODY_WORDS_AFTER = 3


def _acts(word: str) -> bool:
    """Whether the word after a name shows the name acting: a verb, an adverb or a break."""
    lower = word.lower()
    verb = surely_verb(lower) or lower.endswith("ed")
    return word in _BREAKS or verb or adverb(lower) or lower in {"this", "last", "on", "in"}
