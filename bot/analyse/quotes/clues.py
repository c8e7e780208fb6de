"""Where a candidate speaker stands in the sentences before a quote, read from the text itself.

A pronoun's speaker is most often the latest person who opened a clause (`Kagan ... supports a
larger role. But he insists ...`) or the person a speech verb just introduced (`..., said Ada
Brook. "...," she said.`), and seldom someone met as the object of a verb or a preposition
(`Reed asked Brook`, `calling Brook a fraud`, `a letter to Brook`) or as a name qualifying a
noun (`the Reed campaign`, `Reed aide Ada Brook`); the person a sentence opens with is the one
the next sentence's pronoun most often means. These clues are features for `ranker`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from bot.analyse.quotes.cast import Mention
from bot.analyse.quotes.lexicon import (
    AUXILIARIES,
    CLAUSE_WORDS,
    IRREGULAR_VERBS,
    PERSON_NOUNS,
    SPEECH_VERBS,
)
from bot.analyse.quotes.marks import Place, sentence_bounds

# How many characters before a mention are read for the word that governs it.
_LOOK_BACK = 40
_PREPOSITIONS = frozenset(
    """of to with by for against on at from about toward towards into onto over under between
    among like than as including""".split()  # noqa: SIM905
)
# Prepositions that open a phrase of place or time before a sentence's subject.
_SETTING = frozenset(
    """at in on during after before from with under inside outside near through across behind
    following since amid""".split()  # noqa: SIM905
)
_OBJECT_VERBS = frozenset(
    """asked told thanked called urged praised blamed attacked criticized criticised endorsed
    backed beat defeated interviewed joined met invited accused named replaced asking telling
    thanking calling urging praising blaming attacking criticizing criticising endorsing
    accusing naming labeling labelling labeled labelled branded branding mocking mocked
    describing described condemning condemned denouncing denounced deriding derided hailing
    hailed chiding chided crediting credited portraying portrayed dismissing dismissed
    blasting blasted lambasted slammed slamming challenged challenging""".split()  # noqa: SIM905
)
# Auxiliaries and common verbs that show a name opens a clause of its own.
_FINITE = AUXILIARIES | frozenset(
    "wants wanted needs needed continues".split()  # noqa: SIM905
)
# Words that may follow a subject as its verb: after them a name acts, it qualifies nothing.
_VERBS = SPEECH_VERBS | _OBJECT_VERBS | IRREGULAR_VERBS | CLAUSE_WORDS
_ENDS = (".", "?", "!", ";", ":", "\u201c", '"')
# What ends a capitalised run: `said Ada Brook, Reed's aide` is no possessor.
_BREAKS = (",", ";", ":", ")")
# The roles (`mention_roles`) that keep a name from opening the quote's own sentence.
_GOVERNED = frozenset(["before object", "before after preposition"])
_HE_SHE = (["He"], ["She"], ["he"], ["she"])
# Nouns a name qualifies when it stands right before them: `the Reed campaign`, `Reed aide`.
_QUALIFIED_NOUNS = PERSON_NOUNS | frozenset(
    """campaign camp administration aide aides speechwriter spokesman spokeswoman staffer
    strategist supporter supporters backer backers ally allies loyalist loyalists
    surrogate surrogates team consultant consultants adviser advisers advisor advisors pollster
    operative operatives donor donors organizer organizers volunteer volunteers""".split()  # noqa: SIM905
)
# Small words that may stand inside the titles between a verb and the name it governs.
_TITLE_GLUE = frozenset(["of", "the"])


def governor(text: str, at: int) -> str:
    """The lower-cased word before the name at `at`, skipping the titles that open it:
    `said Rep. Ada Brook` -> `said`; empty at the start of a sentence."""
    words = text[max(0, at - _LOOK_BACK) : at].replace(",", " , ").split()
    while words and (words[-1][:1].isupper() or words[-1] in _TITLE_GLUE):
        if words[-1].endswith(_ENDS) and not _abbreviation(words[-1]):
            return ""
        words.pop()
    if not words or words[-1].endswith(_ENDS):
        return ""
    if words[-2:] == ["according", "to"]:
        return "according"
    return words[-1].strip("\u201d\u2019'\"()").lower()


def qualifies_noun(mention: Mention, texts: Sequence[str]) -> bool:
    """Whether a name only qualifies the noun after it (`the Reed campaign`, `Reed speechwriter
    Ada Brook`, `the Brook approach`): it tells what someone or something is, and a later
    pronoun seldom means that person. A possessive is not counted: `Reed's plan failed` opens
    its sentence with Reed as often as not."""
    text = texts[mention.key.paragraph] if mention.key.paragraph < len(texts) else ""
    return _qualifies(text, mention.key.offset)


@lru_cache(maxsize=8192)
def _qualifies(text: str, at: int) -> bool:
    """`qualifies_noun` for the name at `at` of a paragraph: asked for every mention of every
    quote's history, so each answer is kept."""
    noun = _word_after_name(text, at).rstrip(",.;:")
    if not noun.isalpha() or not noun.islower():
        return False
    if noun in _QUALIFIED_NOUNS:
        return True
    determined = [w.lower() for w in text[:at].split()[-1:]] in (["the"], ["a"], ["an"])
    return determined and noun not in _VERBS and not noun.endswith(("ed", "s"))


def _word_after_name(text: str, at: int) -> str:
    """The word right after the name at `at`, or "" when a comma or a sentence's end closes
    the name."""
    words = text[at : at + _LOOK_BACK * 2].split()
    run = _capitalised_run(words)
    if not run or _breaks(run[-1]) or len(words) <= len(run):
        return ""
    return words[len(run)]


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words a name starts, up to a comma or a sentence's end."""
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    return run[: next((i + 1 for i, w in enumerate(run) if _breaks(w)), len(run))]


def _possessor(text: str, at: int) -> bool:
    """Whether the capitalised run at `at` ends in a possessive `'s`."""
    run = _capitalised_run(text[at : at + _LOOK_BACK].split())
    return bool(run) and run[-1].rstrip(",.;:)").endswith(("'s", "\u2019s"))


def _opens_clause(text: str, at: int) -> bool:
    """Whether the name at `at` is followed by a verb of its own (`Brook continued`, `Brook
    would`): then it opens the clause a speech verb reports."""
    verb = _word_after_name(text, at)
    if not verb.isalpha() or not verb.islower():
        return False
    return verb in _FINITE or verb in IRREGULAR_VERBS or (verb.endswith("ed") and len(verb) > 4)


def _breaks(word: str) -> bool:
    """Whether a capitalised run ends at this word: a comma or a sentence's end after it."""
    return word.endswith(_BREAKS) or (word.endswith(".") and not _abbreviation(word))


def _abbreviation(word: str) -> bool:
    """`Rep.`, `Sen.`, `U.S.`: a title's full stop, not a sentence's end."""
    return word.endswith(".") and len(word) <= 5


def mention_roles(mention: Mention, texts: Sequence[str]) -> dict[str, float]:
    """How the latest mention of a candidate is governed: introduced by a speech verb (the
    speaker of that sentence), or the object of a verb or a preposition."""
    text = texts[mention.key.paragraph] if mention.key.paragraph < len(texts) else ""
    if _possessor(text, mention.key.offset):
        return {}  # `says Rooney's stardom`: the name qualifies a noun, it governs nothing
    word = governor(text, mention.key.offset)
    if word in _OBJECT_VERBS:  # before the speech verbs: `told Brook` is Brook addressed
        return {"before object": 1.0}
    if word in SPEECH_VERBS and _opens_clause(text, mention.key.offset):
        return {}  # `Reed said Brook continued to ...`: Brook is what was said, not its speaker
    if word in SPEECH_VERBS or word == "according":
        return {"before inverted speaker": 1.0}
    if word in _PREPOSITIONS:
        return {"before after preposition": 1.0}
    return {}


def subject_order(mentions: Sequence[Mention], at: Place, texts: Sequence[str]) -> dict[str, int]:
    """Each person's place among the people who opened a clause (or were introduced by a speech
    verb) before `at`, latest first."""
    order: dict[str, int] = {}
    for mention in reversed([m for m in mentions if m.key < at]):
        if mention.subject or "before inverted speaker" in mention_roles(mention, texts):
            order.setdefault(mention.name, len(order))
    return order


def sentence_opener(mentions: Sequence[Mention], at: Place, texts: Sequence[str]) -> str | None:
    """The person named first in the latest sentence before `at` that names anyone (`at`'s own
    sentence included, in `at`'s paragraph or the one before) and does not open with `he` or
    `she`, which goes on about someone named earlier. A pronoun most often means the person
    such a sentence opens with: `Sam Okoro recalled that Tom Reed ... / "...," he said` is
    Okoro, though Reed was named last. In `at`'s own sentence the object of a verb or a
    preposition opens nothing: `As for Reed, he said` fronts whom the speaker talks about.
    `mentions` are in reading order."""
    own = True
    for _hop in range(3):
        latest = _sentence_before(mentions, at, texts)
        if latest is None:
            return None
        named, start = latest
        own = own and sentence_start(texts, at) == start
        if texts[start.paragraph][start.offset :].split()[:1] not in _HE_SHE:
            named = [m for m in named if not _in_fronted_phrase(m, start, texts)]
            first = (m for m in named if not own or not _GOVERNED & mention_roles(m, texts).keys())
            return next((m.name for m in first), None)
        at, own = start, False
    return None


def _in_fronted_phrase(mention: Mention, start: Place, texts: Sequence[str]) -> bool:
    """Whether a mention stands in a phrase of place or time that opens its sentence, before
    the comma that closes it: `At a rally for Tom Reed in Leeds, Ada Brook said` opens with
    Brook (but `As for Tom Reed, ...` is about Reed)."""
    sentence = texts[start.paragraph][start.offset : mention.key.offset]
    first = sentence.split()[:1]
    return bool(first) and first[0].lower() in _SETTING and "," not in sentence


def _sentence_before(
    mentions: Sequence[Mention], at: Place, texts: Sequence[str]
) -> tuple[list[Mention], Place] | None:
    """The mentions of the latest sentence before `at` that names anyone, in `at`'s paragraph or
    the one before, and where that sentence starts."""
    before = [m for m in mentions if m.key < at and at.paragraph - m.key.paragraph <= 1]
    if not before or before[-1].key.paragraph >= len(texts) or at.paragraph >= len(texts):
        return None
    start = sentence_start(texts, before[-1].key)
    return [m for m in before if m.key >= start], start


def sentence_start(texts: Sequence[str], at: Place) -> Place:
    """Where the sentence holding `at` starts."""
    bounds = sentence_bounds(texts[at.paragraph])
    return Place(at.paragraph, max((s for s, _e in bounds if s <= at.offset), default=0))
