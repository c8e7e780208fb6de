"""What a share or a count is of, from the `of` phrase right after it: `60 per cent of its
revenue`, `9% of those who have dial-up`, `half of the companies on the Fortune 500 list`."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import PERSONAL_PRONOUNS, tidy, word_set

_OF_PHRASE = re.compile(
    r"(?:-worth|\s+worth)?\s+of\s+(?P<np>(?!the\s+\S*\d)"
    r"(?:\d+-year-olds?\b|(?:[A-Z]\.){2,}(?=\s)|[^,;:.()\d$\u00a3\u20ac])+)"
)  # "of U.S. adults": its dots too; "of 3-year-olds": an age group is a noun
# A number that is part of a name (`Fortune 500 list`, `FTSE 100 index`), right after a
# capitalised word, and the rest of the phrase after it.
_NAMED_NUMBER = re.compile(r"\d+(?=\s)(?:\s+[^,;:.()\d$\u00a3\u20ac]+)?")


def of_phrase(text: str, end: int, clause_ends: bool = False) -> str:
    """The noun phrase of `60 per cent of its revenue`, right after the quantity; with
    `clause_ends`, up to a clause of its own (`stock of PSPs` of `stock of PSPs it plans`)."""
    match = _OF_PHRASE.match(text, end)
    if match is None:
        counted = _OF_COUNTED.match(text, end)  # "90% of the 2,200 employees who stayed"
        return _people(counted.group("np").split(), counted.group("noun")) if counted else ""
    np = match.group("np")
    if np.lower().startswith("those "):
        aged = _AGED.match(text, match.end()) if np.rstrip().endswith("aged") else None
        return _people([*np.split()[1:], *([aged.group(1)] if aged else [])])
    named = _NAMED_NUMBER.match(text, match.end())
    if named and np.split() and np.split()[-1][:1].isupper():
        np += named.group()  # "the companies on the Fortune 500 list": a number in a name
    words = _OF_STOP.sub("", np).split()
    ends = _OF_ENDS if clause_ends else _OF_VERBS
    verb = next((i for i, w in enumerate(words) if i and w.lower() in ends), len(words))
    return tidy(" ".join(words[:verb]))  # "40% of schools need repairs": schools


_AGED = re.compile(r"((?:under|over)\s+\d+|\d+(?:-\d+)?)")  # "of those aged 30-39"


# A share of a counted group: `of the 2,200 employees who stayed`, the group's noun and clause.
_OF_COUNTED = re.compile(
    r"\s+of\s+the\s+\d[\d,.]*\s+(?P<noun>[a-z][\w-]*)\s+(?P<np>(?:who|which|that)\s+"
    r"[^,;:.()\d$\u00a3\u20ac]+)"
)


def _people(words: list[str], noun: str = "people") -> str:
    """`those` of a share are people, with what the phrase says of them: `9% of those who have
    dial-up` -> `people who have dial-up`, `a quarter of those with broadband have` -> `people
    with broadband` (a verb ends the phrase unless a `who` opens it)."""
    kept: list[str] = []
    for word in words:
        relative = bool(kept) and kept[-1].lower() in {"who", "which", "that"}
        if (word.lower() in _OF_VERBS or word.lower() == "compared") and not relative:
            break
        kept.append(word)
    return tidy(" ".join([noun, *kept])) if kept else ""


# Where an `of` phrase ends (at a verb, a preposition that opens no part of it, or an adverb
# and its phrase); `at` or `on` its own or a named place still belongs to it (`90% of
# employees at its call centres`, `half of the companies on the Fortune list`).
_OF_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|saying|reporting|to|in\s+"
    r"(?:the\s+)?(?:last|past|first)|for|from|by|than|back|compared|versus|(?:at|on)\s+"
    r"(?!(?:its|their|his|her|our)\s)(?!the\s+(?-i:[A-Z]))"
    # an adverb and the phrase it opens: "the profits evenly among its members"
    r"|(?!(?:famil|suppl|assembl|monopol|rall|anomal|jul|ital|jell|bell|bull)y\b)[a-z]{2,}ly\s+"
    r"(?:among|between|across|to|into|in|on|at|over|from|with)\s)\b.*$",
    re.IGNORECASE,
)


# Verbs that end an `of` phrase; past forms are left out, since they so often describe the noun
# (`three quarters of all Xboxes sold around the world`), but for those that are never participles.
_OF_VERBS = word_set(
    "is are was were has have had will would can could may might need needs want wants say says "
    "said do does fell rose grew went came began ran took saw became think thinks thought "
    "believe believes feel feels felt agree agrees want wants"
)
# A pronoun opens a clause of its own: `stock of PSPs it plans to ship`.
_OF_ENDS = _OF_VERBS | PERSONAL_PRONOUNS
