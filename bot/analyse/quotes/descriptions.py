"""Descriptions of a speaker read from the end of a clause: `the Russian leader`, `a Sony
spokesman`, `a statement from the union`, and the name a phrase only completes (`the star of
Rain Man`)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.quotes.lexicon import (
    BODY_WORDS,
    DEMONYMS,
    DETERMINERS,
    FOLLOWED_BODIES,
    GENDER_WORDS,
    NON_PERSON_WORDS,
    SPEECH_VERBS,
)
from bot.analyse.quotes.names import (
    ROLE_OPENERS,
    Phrase,
    is_cap,
    name_run_back,
    person_like,
    possessor,
)

# Roles written in capitals: `president and CEO of the association`.
_CAPITAL_ROLES = frozenset(["CEO", "CFO", "COO", "CTO", "Chairman", "Director", "President"])
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"])
# Who speaks for a body named after `for`: `a spokesman for the Port Board said`.
SPEAKERS_FOR = _SPOKES - {"statement"}
_PREPOSITIONS = frozenset(["in", "at", "of", "for", "from", "with", "on", "by"])
# How many words a newcomer's description may have after `one` or `another`: `one senior
# Democratic strategist`.
_NEWCOMER_WORDS = 4
_NOT_MODIFIERS = (
    SPEECH_VERBS | DETERMINERS | _PREPOSITIONS | frozenset(["and", "or", "who", "that"])
)
# Kinds of publication: `the Evening Courier tabloid` is the Evening Courier.
_OUTLET_NOUNS = frozenset(
    "tabloid newspaper paper daily weekly magazine website site broadcaster network".split()  # noqa: SIM905
)
# What a body issues, which then speaks for it: `a statement from the union said`.
ISSUED = frozenset(["statement", "report", "release", "letter", "memo", "filing", "ruling"])


def complement(words: list[str], start: int) -> Phrase | None:
    """A name that only completes a phrase: `The star of Sea Fog and Red Dust` is the star,
    `Lena Holt of Harbour Rowing` is Lena Holt, and `Bankers in Tokyo` are the
    bankers."""
    at = start - 1
    while at >= 0 and (words[at].lower() in ("and", "&", "the") or is_cap(words[at])):
        at -= 1
    if at >= 1 and words[at] in BODY_WORDS:  # `officer at US telecoms firm WorldCom`
        kind = at
        while at >= 0 and at > kind - 4 and words[at] not in ("of", "at", "from", "for", "in"):
            at -= 1
        if at < 1 or words[at] not in ("at", "of", "from") or at == kind:
            return None
    if at < 1 or words[at] not in ("of", "at", "from", "for", "in"):
        return None
    head = words[at - 1]
    if set_off := _set_off_name(words, at):
        return set_off
    if words[at] in ("at", "from") and _people_of(head) and start == len(words) - _tail(words):
        return Phrase("description", (*words[start:], head.lower()))  # `Bramwell analysts`
    if is_cap(head) and head not in _CAPITAL_ROLES:
        first = name_run_back(words, at)  # `Jo Roe of the Institute for Fair Tax`: Jo Roe
        if words[at] in ("of", "for") and head in NON_PERSON_WORDS and first < at:
            return complement(words, first) or Phrase("name", tuple(words[first:]))  # one name
        named = complement(words, first) if first < at else None
        return named or (Phrase("name", tuple(words[first:at])) if first < at else None)
    if head.lower() in _SPOKES:
        return None  # `a spokesman for Sony`: Sony speaks
    # `Ivo Marsh, project lead at the Tolls Trust`: the named lead
    person = person_like(head.lower()) or person_like(head.lower().removesuffix("s"))
    person = (person and head[:1].islower()) or head in _CAPITAL_ROLES
    return description_back(words[:at]) if person else None


def member_set_off(words: list[str]) -> Phrase | None:
    """The person set off before the body they come from, which closes `words`: `Jeff Joseph,
    from the Consumer Electronics Association`; else None."""
    at = name_run_back(words, len(words)) - 1
    while at >= 0 and words[at].lower() == "the":
        at -= 1
    return _set_off_name(words, at) if at >= 0 else None


def _set_off_name(words: list[str], at: int) -> Phrase | None:
    """The name before `, of` or `, from` at `at`, else None."""
    if at < 2 or words[at] not in ("of", "from") or words[at - 1] != ",":
        return None
    if not is_cap(words[at - 2]):
        return None
    first = name_run_back(words, at - 1)
    return Phrase("name", tuple(words[first : at - 1])) if first < at - 1 else None


# Words that link a clause to the one before it, no part of its subject.
_LINKS = frozenset(["and", "but", "or", "yet", "so", "with", "while", "as", "however"])
# How many lower-case words a plural of people after a comma may have: `senior prosecutors`.
_PEOPLE_WORDS = 3


def _people_of(word: str) -> bool:
    """A plural noun for people who work for a body: `Analysts at`, `economists from`."""
    lowered = word.lower()
    return lowered.endswith("s") and person_like(lowered[:-1])


def _tail(words: list[str]) -> int:
    """How many words the name closing `words` has."""
    return len(words) - name_run_back(words, len(words))


def newcomer(words: Sequence[str]) -> Phrase | None:
    """Someone the article brings in unnamed at the start of `words`: `another boy`, `one
    resident`, `one of the boys` (not `one` alone, nor `one of them`)."""
    if len(words) < 2 or words[0].lower() not in ("another", "one"):
        return None
    if words[1] == "of":
        group = [w for w in words[2:5] if w.isalpha()]
        plural = len(group) >= 2 and group[0].lower() in DETERMINERS and group[1].endswith("s")
        return Phrase("description", ("one", "of", *group[:2])) if plural else None
    for size in range(min(len(words) - 1, _NEWCOMER_WORDS), 0, -1):
        described = words[1 : 1 + size]  # `one senior Democratic strategist`
        head, modifiers = described[-1], described[:-1]
        person = person_like(head) or head in GENDER_WORDS
        noun = head.isalpha() and head.islower() and person
        if noun and all(_modifier(w) for w in modifiers):
            return Phrase("description", tuple(described), article=words[0].lower())
    return None


def spokesperson_named(words: list[str], body: int) -> Phrase | None:
    """`Ivo Marsh` for the body at `body` in `Ivo Marsh, a spokesman for the Port Board said`:
    a spokesman named before their body's name speaks as that person."""
    at = body - 1 if body and words[body - 1].lower() == "the" else body
    if at < 2 or words[at - 1] != "for" or words[at - 2].lower() not in SPEAKERS_FOR:
        return None
    return _named_before(words, at - 2)


def _named_before(words: list[str], role: int) -> Phrase | None:
    """The name set off before `a spokesman` at `role` (`Ivo Marsh, a spokesman for the Port
    Board said`, the closing comma left out): the spokesman is named, so that person speaks."""
    at = role - 1 if role and words[role - 1].lower() in ("a", "an", "the") else role
    if at < 2 or words[at - 1] != "," or not is_cap(words[at - 2]):
        return None
    first = name_run_back(words, at - 1)
    named = words[first : at - 1]
    return Phrase("name", tuple(named)) if 2 <= len(named) <= 4 else None


def _modifier(word: str) -> bool:
    """A word that may stand before a newcomer's noun: `senior`, `Democratic`, `long-time`."""
    return word.replace("-", "").isalpha() and word.lower() not in _NOT_MODIFIERS


# Words for a share of a group, whose members speak: `A number of shareholders`.
_PORTIONS = frozenset(["number", "handful", "majority", "couple", "minority"])


def _without_portion(words: list[str]) -> list[str]:
    """`words` without `a number of` before the group it counts: the group speaks."""
    for at in range(len(words) - 3):
        portion = words[at].lower() in ("a", "the") and words[at + 1].lower() in _PORTIONS
        if portion and words[at + 2] == "of":
            return words[:at] + words[at + 3 :]
    return words


def _media(words: list[str]) -> Phrase | None:
    """`Spanish media`, `state media`, `local media`: the press of a place as a source."""
    if words[-1] != "media":
        return None
    kept = ["media"]
    for word in reversed(words[-3:-1]):
        if word not in DEMONYMS and word not in _MEDIA_KINDS:
            break
        kept.insert(0, word)
    return Phrase("description", tuple(kept)) if len(kept) > 1 else None


_MEDIA_KINDS = frozenset(["local", "state", "national", "foreign", "international"])


def description_back(words: list[str]) -> Phrase | None:
    """`the Russian leader`, `a Sony spokesman`, `Chelsea's manager`, read from the end."""
    words = _after_subordinator(_without_portion(words))
    if not words:
        return None
    if media := _media(words):
        return media
    if "," in words:  # `During the trial, prosecutors told`: the people after the comma
        tail = words[len(words) - words[::-1].index(",") :]
        while tail and tail[0].lower() in _LINKS:
            tail = tail[1:]  # `, but analysts`, `, with investors`
        article = tail[0] if tail and tail[0].lower() in DETERMINERS else ""
        tail = tail[1:] if article else tail
        if (
            0 < len(tail) <= _PEOPLE_WORDS
            and all(w.islower() for w in tail)
            and _people_of(tail[-1])
        ):
            return Phrase("description", tuple(tail), article=article)
    for at in range(max(len(words) - 4, 0), len(words) - 1):
        found = newcomer(words[at:])
        if found is not None and len(found.words) + (found.article != "") == len(words) - at:
            return found  # `another boy`, `one of the boys`
    end = len(words)
    for start in range(end - 1, max(end - 10, -1), -1):
        word = words[start]
        if word == "," and start and is_cap(words[start - 1]):  # `Ivo Marsh, RCA president`
            first = name_run_back(words, start)
            return Phrase("name", tuple(words[first:start])) if first < start else None
        if not word[:1].isalnum() or word in SPEECH_VERBS:
            return None
        if word == "with" and start and words[start - 1] == ",":  # `, with investors saying`
            taken = words[start + 1 : end]
            taken = taken[1:] if taken and taken[0].lower() in DETERMINERS else taken
            return Phrase("description", tuple(taken)) if taken else None
        if word in _PREPOSITIONS and start > 0 and words[start - 1].lower() in ISSUED:
            return _issued_by(words, start)  # `a statement from the union`: the union's
        body = spoken_for(words[start - 1 : end]) if start else None
        if body is not None and len(body.words) + (words[start + 1] == "the") == end - start - 1:
            return _named_before(words, start - 1) or body  # `a spokesman for the Port Board`
        if word in _PREPOSITIONS and start > 0:  # `the judge in the case`: the judge
            end = start
        elif word.lower() in DETERMINERS and not (start and words[start - 1] in _PREPOSITIONS):
            described = tuple(words[start + 1 : end])
            return outlet(described) or (
                Phrase("description", described, article=word) if described else None
            )
        elif possessor(word):
            return Phrase("description", tuple(words[_possessor_start(words, start) : end]))
    # `Film distributors said`; `Lawyers for two bakeries said`: the lawyers
    head = words[:end] if end < len(words) and end == 1 else words
    plural = len(head) <= 5 and head[-1].endswith("s") and head[-1][:1].islower()
    people = head[0].lower().removesuffix("s")  # `Lawyers`, `Analysts`: people, capitalised
    plural = plural or (head is not words and head[0].endswith("s") and person_like(people))
    return Phrase("description", tuple(_without_opener(head))) if plural else None


def _after_subordinator(words: list[str]) -> list[str]:
    """The words after the last conjunction opening a clause of their own (`... Linux although
    critics`: critics)."""
    cut = max((i for i, w in enumerate(words) if w.lower() in _SUBORDINATORS), default=-1)
    return words[cut + 1 :]


_SUBORDINATORS = frozenset(
    ["although", "though", "while", "whereas", "because", "since", "unless", "whether"]
)


def _possessor_start(words: list[str], at: int) -> int:
    """Where the possessor at `at` begins: back over a word or two that qualify it after an
    article (`the prime minister's spokesman`, `the foreign minister's aide`)."""
    start = at
    while (
        at - start < 2 and start > 1 and _modifier(words[start - 1]) and words[start - 1].islower()
    ):
        start -= 1
    return start if words[start - 1].lower() in DETERMINERS else at


def body_after(words: Sequence[str]) -> tuple[str, ...]:
    """The body named at the start of `words` (`the Port Board said`, `Ministry of Health`), or
    () when no capitalised run opens them."""
    start = 1 if words[:1] == ["the"] else 0
    end = start
    while end < len(words) and (is_cap(words[end]) or _inside_name(words, end)):
        end += 1
    return tuple(words[start:end])


def _inside_name(words: Sequence[str], at: int) -> bool:
    """`of`, `and` or `&` between two capitalised words (`Ministry of Health`), and `for` after a
    body's own word (`Centers for Disease Control`)."""
    inside = 0 < at < len(words) - 1 and is_cap(words[at - 1]) and is_cap(words[at + 1])
    body_for = words[at] == "for" and words[at - 1] in NON_PERSON_WORDS
    return inside and (words[at] in ("of", "and", "&") or body_for)


def spoken_for(words: Sequence[str]) -> Phrase | None:
    """`spokesman for the Port Board ...` at the start of `words`: the body speaks through its
    spokesman, who is named by the role."""
    if len(words) < 3 or words[0].lower() not in SPEAKERS_FOR or words[1] != "for":
        return None
    body = body_after(words[2:])
    if body:
        return Phrase("name", body, (words[0], "for"))
    described = words[2:4]  # `a spokeswoman for the company`: the company in focus speaks
    if (
        len(described) == 2
        and described[0].lower() == "the"
        and described[1].lower() in FOLLOWED_BODIES
    ):
        return Phrase("description", (described[1],), (words[0], "for"), article=described[0])
    return None


def _without_opener(words: list[str]) -> list[str]:
    """`But protest organizers say`: the protest organizers."""
    return words[1:] if len(words) > 1 and words[0].lower() in ROLE_OPENERS else words


def _issued_by(words: list[str], at: int) -> Phrase | None:
    """`a statement from the union`, `the report by the agency`: the issuer, then the thing."""
    issuer = [w for w in words[at + 1 :] if w.lower() not in DETERMINERS and w[:1].isalnum()]
    if not issuer or len(issuer) > 5:
        return None
    article = words[at - 2] if at > 1 and words[at - 2].lower() in DETERMINERS else ""
    return Phrase("description", (*issuer, words[at - 1]), article=article)


def outlet(described: tuple[str, ...]) -> Phrase | None:
    """`the populist Evening Courier tabloid`: a publication described by its kind speaks under
    its name."""
    if not described or described[-1].lower() not in _OUTLET_NOUNS:
        return None
    named = tuple(w for w in described[:-1] if is_cap(w))
    return Phrase("name", named) if named else None
