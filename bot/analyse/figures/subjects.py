"""The subject of the clause a number stands in: the words before its first verb, past the
asides, openers and pronouns that are no subject (`Sony said it would`: Sony)."""

from __future__ import annotations

import re
from itertools import takewhile

from bot.analyse.figures.clauses import CLAUSE_REACH, clause_span, segments
from bot.analyse.figures.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PERSONAL_PRONOUNS,
    QUALIFIED,
    RESOLVED,
    VERB_ADVERBS,
    VERBS,
    is_verb,
    ly_adverb,
    tidy,
    verb_at,
    word_set,
)
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS, present_verb
from bot.analyse.figures.sources import (
    acted_on,
    is_source,
    noun_phrase,
    opens_with_pronoun,
    reported_clause,
)
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS


def subject(text: str, start: int, reach: int = 3) -> str:
    """The subject of the clause before position `start`: words before its first verb."""
    begin, _ = clause_span(text, start)
    if opened := _SUBORDINATE.search(text, begin, start):
        begin = opened.end()  # "keen on it because it helps them combine two needs": `it`
    elif sourced := _SOURCE_THEN_ASIDE.match(text, begin, start):
        begin = sourced.end()  # "According to a report -- out on Monday -- spending will total"
    clause = text[begin:start]
    pieces = [part for piece in _verbless_joined(clause, segments(clause)) for part in
              _shared_subject(piece)]  # fmt: skip
    if begin > 0 and not tidy(text[begin:start]):
        # "Duly has 900 doctors, and 150 locations": the clause shares the subject before it
        return subject(text, len(_TRAILING_BREAK.sub("", text[:begin])), reach)
    found = _SHARE_OF.sub("", _segments_subject(pieces, reach))  # "45% of people ... and 24%"
    if is_source(found, clause):
        return _reported_subject(clause, found)
    return _believed_subject(found)


def _believed_subject(found: str) -> str:
    """The subject of a clause someone claims, believes or expects, told with no `that`
    (`They claim expenses`, `Homeowners now expect house prices` -> `house prices`); `found`
    itself when that subject is a pronoun (no better phrase is near) or when the verb-like word
    is a noun (`Insurance claims`, `the bank's estimates of growth`)."""
    words = found.split()
    for index in range(len(words) - 1):  # at 0: the believer is a segment of its own
        if words[index] not in _BELIEVING or (not index and words[index] in _BELIEVED):
            continue  # "suspected militants": a past form opening its segment describes
        before = words[index - 1].lower() if index else ""
        if before in _NO_SUBJECT_BEFORE or before.endswith(("'s", "\u2019s")):
            return found  # `the claims process`, `the bank's estimates`, `are expected`
        rest = words[index + 1 :]
        rest = rest[1:] if rest[0].lower() == "that" else rest
        opener = rest[0].lower() if rest else ""
        if not opener or opener in _PREPOSITIONS | _NO_CLAUSE_OPENERS or _no_noun(opener):
            return found  # `Insurance claims from the floods`, `people expected to attend`
        rest = list(takewhile(lambda word: word.lower() not in _MODALS, rest))
        return found if rest[0].lower() in PRONOUN_SUBJECTS else " ".join(rest)
    return found


# Verbs by which a subject tells what it claims, believes or expects of something else.
_BELIEVING = word_set(
    "claim claims claimed believe believes believed think thinks thought argue argues argued "
    "estimate estimates estimated reckon reckons reckoned fear fears feared insist insists "
    "insisted suspect suspects suspected expect expects expected hope hopes hoped know knows "
    "knew predict predicts predicted suggest suggests suggested calculate calculates calculated"
)
_BELIEVED = word_set(
    "claimed believed thought argued estimated reckoned feared insisted suspected expected hoped "
    "knew predicted suggested calculated"
)
# Words before which such a word is a noun or a passive, not the verb of a subject.
_NO_SUBJECT_BEFORE = (
    DETERMINERS
    | AUXILIARIES
    | word_set("be been being of for to and or no such every each who which not never")
    | word_set("don't doesn't didn't don\u2019t doesn\u2019t didn\u2019t")
)
_NO_CLAUSE_OPENERS = word_set("to of and or by as than maybe perhaps probably possibly")


def _no_noun(word: str) -> bool:
    """True for a word that opens no noun phrase: an adverb (`reckon maybe`) or a verb
    (`damages claimed eclipsed`)."""
    gerund = word.endswith("ing")  # a gerund may open the believed clause's subject
    return (
        word.endswith("ly")
        or (is_verb(word) and not gerund)
        or (len(word) > 4 and word.endswith("ed"))
    )


# A share opening the subject: what it is a share of is what the clause is about.
_SHARE_OF = re.compile(r"^\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?:the\s+)?")
# A source phrase ended by an aside blanked out (`plain` blanks dash asides), no comma between.
_SOURCE_THEN_ASIDE = re.compile(r"\s*[Aa]ccording\s+to\s+[^,]*?\S\s{4,}(?=\S)")


def topic(sentence: str) -> str:
    """The subject of a sentence's first clause, what a later `it` may stand for: `Brazil's
    jobless rate fell to a new low` -> `Brazil's jobless rate`."""
    sentence = sentence.rstrip(".!? ")  # `Exports fell.`: the last verb is a verb too
    for found in re.finditer(r"\S+", sentence):
        words = sentence[: found.end()].split()
        if len(words) > 1 and verb_at(words, len(words) - 1):
            return subject(sentence, found.start())
    return ""


def _reported_subject(clause: str, source: str) -> str:
    """For a clause whose subject is a source (`Figures showed exports rose`), the subject of
    what it reports (`exports`), "" for a pronoun there (resolved by the article), or what the
    source acts on (`The ONS revised the annual rate down`: `annual rate`)."""
    after = clause[max(0, clause.find(source)) :]
    reported = reported_clause(after)
    if reported is None:
        return acted_on(source, after)
    if opens_with_pronoun(reported) or not tidy(reported):
        return ""
    return noun_phrase(subject(reported, len(reported)))


def _verbless_joined(clause: str, pieces: list[str]) -> list[str]:
    """Pieces split at an `and` rejoined when the first has no verb of its own: `The total
    number of people` and `businesses on broadband rose` are one subject."""
    joined: list[str] = []
    for piece in pieces:
        if joined and f"{joined[-1]} and {piece}" in clause and not _has_own_verb(joined[-1]):
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


# A subordinate clause opened inside the clause of the number: its subject is its own.
_SUBORDINATE = re.compile(
    r"\b(?:because|although|though|whereas|unless)\s+(?=(?:it|they|he|she|we|i|you)\s)"
    r"(?!.*\b(?:because|although|though|whereas|unless)\s)",
    re.IGNORECASE,
)


def _has_own_verb(piece: str) -> bool:
    """True when `piece` has a verb that is not an adjective before its noun (`total sales`)."""
    words = piece.split()
    return any(verb_at(words, i) and not _describes(words, i) for i in range(len(words)))


def _shared_subject(piece: str) -> list[str]:
    """A segment split before an `and` that opens a verb without its own subject (`Sony has
    billed the machine as the Walkman and has sold` -> [..., `has sold`]) or a clause with its own
    named subject (`Kerr levelled on the hour and Pepe curled in` -> [..., `Pepe curled in`])."""
    parts = _AND.split(piece)
    kept = parts[:1]
    for part in parts[1:]:
        words = part.split()
        if (words and words[0].lower() in AUXILIARIES) or _clauses(kept[-1], part):
            kept.append(part)
        else:
            kept[-1] = f"{kept[-1]} and {part}"
    return kept


def _clauses(before: str, after: str) -> bool:
    """True when `and` joins two clauses, each with a verb, the second with a named subject."""
    verb = any(is_verb(w) or (w.islower() and w.endswith("ed")) for w in before.split())
    return verb and _NAMED_CLAUSE.match(after) is not None


_AND = re.compile(r"\s+and\s+")
# A clause with its own named subject and a past verb: `... and Pepe curled in six minutes later`.
_NAMED_CLAUSE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+[a-z]{3,}ed\b")


def _gerund_first(verbs: list[int], words: list[str]) -> list[int]:
    """The verbs of a segment, less a gerund that opens it as its subject when a verb follows:
    `sampling between 2014 and 2017 came back at`, `rising prices pushed`."""
    first = words[0] if words else ""
    if verbs[:1] != [0] or not (first.islower() and first.endswith("ing")) or first in VERBS:
        return verbs
    later = [i for i in range(1, len(words)) if i in verbs or _past(words[i])]
    return later or verbs


def _past(word: str) -> bool:
    lower = word.lower()
    return lower in IRREGULAR_VERBS or (word.islower() and len(word) > 4 and word.endswith("ed"))


def _describes(words: list[str], index: int) -> bool:
    """True for a participle after an adverb, before its noun (`currently traded stock`), or a
    verb that is also an adjective, before its noun (`total pay package`)."""
    following = words[index + 1 : index + 2]
    if words[index].lower() in _ADJECTIVES and following and following[0].islower():
        return not is_verb(following[0]) and following[0].lower() not in _PREPOSITIONS
    after_adverb = index > 0 and words[index - 1].lower().endswith("ly")
    return (
        after_adverb
        and words[index].endswith("ed")
        and bool(following)
        and not any(is_verb(w) or w.lower() in _PREPOSITIONS for w in following)
    )


_ADJECTIVES = word_set("total record")
_TRAILING_BREAK = re.compile(r"(?:[;:,]|\s+(?:and|but|while|whilst|whereas|compared|that))+\s*$")


def _segments_subject(pieces: list[str], reach: int) -> str:
    """The subject read from the clause's segments, last first, skipping asides."""
    wanting = False  # a later segment's verb still needs its subject
    for index in range(len(pieces) - 1, -1, -1):
        words = pieces[index].split()
        verbs = _gerund_first([i for i, w in enumerate(words) if verb_at(words, i)
                               and not _describes(words, i)], words)  # fmt: skip
        adverbial = _adverbial(words) and not _absolute(words)
        aside = (_apposition(words) and wanting) or adverbial or _numeric(words)
        finite = any(w.lower() in VERBS for w in words)
        if index > 0 and ((aside and not finite) or (not verbs and wanting and len(words) == 1)):
            continue  # an aside does not count against the reach
        if index > 0 and wanting and _predicate_only(words):
            continue  # "X, a film that leads the field, was": a relative clause, no subject
        reach -= 0 if verbs[:1] == [0] else 1  # "..., rose by": its subject is further back
        raw = " ".join(_unmarked(words[: verbs[0]])) if verbs else pieces[index]
        found = tidy(_past_opener(tidy(raw, cut=False)))  # no long opener cuts it short
        if len(words) > 1 and words[0].lower() in {"this", "that"} and present_verb(words[1]):
            found = words[0]  # "This means that ...": a pronoun and its verb
        if found.lower() in RESOLVED | _LINKERS | _PREPOSITIONS and reach > 0:
            wanting = True  # "Sony said it would": the pronoun's owner is the speaker
            continue
        participle = len(words) > 1 and words[1].endswith("ing") and words[0] == found
        if index > 0 and participle and ly_adverb(found) and reach > 0:
            wanting = True  # "food inflation, currently running at 3.8%": the aside's noun
            continue
        if found.lower() in PRONOUN_SUBJECTS or found or reach == 0:
            return "" if found.lower() in PRONOUN_SUBJECTS else found
        wanting = bool(verbs)
    return ""


def _unmarked(words: list[str]) -> list[str]:
    """A subject without the adverb between it and its verb: `BA currently` -> `BA`."""
    marked = len(words) > 1 and words[-1].islower() and words[-1] in VERB_ADVERBS | _LY_ADVERBS
    if marked and " ".join(words[:-1]).lower() not in PRONOUN_SUBJECTS:
        return words[:-1]
    return words  # "which currently": a relative clause, whose subject is further back


_LY_ADVERBS = word_set("currently already recently previously reportedly allegedly typically")


def is_own_subject(text: str, quantity: Quantity) -> bool:
    """True when the quantity opens its clause or segment and a verb follows it: `..., a
    65-year-old would take 3%` (the figure is the subject, so no subject before is its measure)."""
    reach = max(0, quantity.start - CLAUSE_REACH)
    joins = [m.end() for m in _SEGMENT_START.finditer(text, reach, quantity.start)]
    begin = max([clause_span(text, quantity.start)[0], *joins[-1:]])
    if tidy(QUALIFIED.sub("", " " + text[begin : quantity.start])):
        return False
    following = _FOLLOWING_WORD.match(text, quantity.end)
    word = following.group(1) if following else ""
    past = word.islower() and len(word) > 3 and word.endswith("ed")  # not "a 4% drop"
    return word.lower() in _MODALS | FINITE_VERBS | IRREGULAR_VERBS or past


_SEGMENT_START = re.compile(
    r",\s*|\s+(?:and|that|says|said|since|when|because|after|before|if|where|until|although|though)\s+",
    re.IGNORECASE,
)
_FOLLOWING_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_MODALS = word_set("will would could can may might must should shall")


_REFERRING = re.compile(
    r"\s*(?:it|its|the\s+(?:company|firm|group|bank|business|carrier|retailer))\b",
    re.IGNORECASE,
)


def refers_back(text: str, start: int) -> bool:
    """True when the clause of the number at `start` opens with a word for something named
    earlier: `It runs 40 factories`, `The company employs 5,000 staff`."""
    begin, _ = clause_span(text, start)
    return _REFERRING.match(text, begin) is not None


def _past_opener(phrase: str) -> str:
    """A subject without the phrase that opens its sentence: "Despite the demand Sony" -> "Sony"."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in {"with", "without"}:
        return " ".join(words[1:])  # "with dairy prices expected to rise": dairy prices
    if len(words) < 3 or words[0].lower() not in _OPENERS:
        return phrase
    for index in range(len(words) - 1, 1, -1):
        if words[index].lower() in PERSONAL_PRONOUNS:
            return words[index]  # "Away from the spots on the Algarve we": we
        if words[index].lower() in {"the", "a", "an"} and words[index - 1][:1].isupper():
            return " ".join(words[index:])  # "In trade in London the company share price"
        if words[index][:1].isupper() and words[index - 1].islower():
            return " ".join(words[index:])
    return phrase


_EXAMPLES = word_set("including excluding like such")  # ", including vans and lorries,"
# A clause opened by these shares the subject of the clause before: "..., before inching up to".
_LINKERS = word_set("before after while when by since until without then having")
_PREPOSITIONS = word_set(
    "on in at for with by from to under over after before during despite against"
)

# Words that open a phrase before the subject when commas are lost: "Since the start of last
# season Chris Wood has scored".
_OPENERS = _PREPOSITIONS | word_set(
    "since until amid among across throughout following away beyond like unlike"
)
_CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5"


def _numeric(words: list[str]) -> bool:
    """True for a segment opened by a figure (the ", 52," of an age, "; $1m to $2m, 99 days") or
    a short label with its figure (", population 793,000,")."""
    if not words:
        return False
    labelled = len(words) == 2 and words[0].islower() and words[1][:1].isdigit()
    return labelled or words[0][:1].isdigit() or words[0][:1] in _CURRENCY_SIGNS


def _adverbial(words: list[str]) -> bool:
    """True for a verbless phrase opened by a preposition: ", on average, 2.14C"."""
    return bool(words) and words[0].lower() in _PREPOSITIONS | _EXAMPLES


def _predicate_only(words: list[str]) -> bool:
    """True for a piece that opens with its verb, the rest of a `that` or `who` clause (`leads
    the Oscar field`): it holds no subject."""
    first = words[0] if words else ""
    return first.islower() and (first in FINITE_VERBS or present_verb(first))


def _absolute(words: list[str]) -> bool:
    """True for `with` and a subject doing something (`with foreign films taking the rest`): a
    clause of its own, not an aside."""
    opened = bool(words) and words[0].lower() in {"with", "without"}
    return opened and any(w.islower() and w.endswith("ing") and is_verb(w) for w in words[2:])


def _apposition(words: list[str]) -> bool:
    """True for a verbless aside between a subject and its verb: ", the home of X, has"."""
    return bool(words) and words[0].lower() in {"the", "a", "an"}


PRONOUN_SUBJECTS = word_set("it i we they he she you there this that these those which who one")
