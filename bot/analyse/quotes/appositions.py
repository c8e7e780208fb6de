"""Appositions after a name: where `Jo Roe, a lawyer for the state, one of the plaintiffs,`
stops being the name and starts describing it."""

from __future__ import annotations

from bot.analyse.quotes.lexicon import DETERMINERS, STATES, TITLES
from bot.analyse.quotes.names import is_cap, name_run_back, possessor

# Words before a place, whose state or country may follow after a comma: `from Sumter, S.C.`
_PLACE_LINKS = frozenset(["from", "in", "of", "near", "outside"])


def apposition_start(words: list[str]) -> int:
    """Where an apposition closing `words` starts (len(words) when none): `Jo Roe, a lawyer
    for the state, one of the plaintiffs,` ends in one, so the name is before its first comma."""
    if not words or words[-1] != ",":
        return len(words)
    found = len(words)
    for at in range(len(words) - 2, 0, -1):
        word = words[at]
        if word in (".", ";", ":"):
            break
        if word == "," and _closes_name(words, at) and _opens_apposition(words[at + 1]):
            found = at
    if found == len(words):  # `Jo Roe, 22, of Fenton, Mich.,`: the apposition before the state
        state = _state_after_place(words)
        return found if state is None else min(state, apposition_start([*words[:state], ","]))
    return len(words) if _names_someone(words[found + 1 : -1]) else found


def _state_after_place(words: list[str]) -> int | None:
    """Where the state closing a place starts, in `Jo Roe of Fenton, Ohio,` (the comma before
    `Ohio`): the name and its place are read on without it (None when `words` end otherwise)."""
    comma = len(words) - 2
    while comma > 0 and (is_cap(words[comma]) or words[comma] == "."):
        comma -= 1
    state = " ".join(words[comma + 1 : -1]).replace(" .", ".")  # `N.Y.` read as one word
    if state not in STATES:  # not `in Uganda, Sarah Mukasa,`
        return None
    if words[comma] != "," or not is_cap(words[comma - 1]):
        return None
    place = name_run_back(words, comma)
    linked = 0 < place < comma and words[place - 1].lower() in _PLACE_LINKS
    return comma if linked else None


def _closes_name(words: list[str], at: int) -> bool:
    """A comma just after a name (`Jo Roe,`), not after a body named with `the` (`the Paper,`)."""
    if not is_cap(words[at - 1]):
        return False
    start = name_run_back(words, at)
    after_preposition = start and words[start - 1].lower() in _PLACE_PREPOSITIONS
    if after_preposition and words[0].lower() in _OPENING_PREPOSITIONS and "," not in words[:start]:
        return False  # `In the village of Oke-Aro, farmer Ada Oke said`: a place, no subject
    after_the = start and words[start - 1].lower() == "the"
    opening = start == 1 and at - start >= 2  # `The Fair Ticketing Coalition, a consumer group,`
    return not after_the or opening


# Prepositions before a place's name (`of Oke-Aro`, `in Oke-Aro`).
_PLACE_PREPOSITIONS = frozenset(["of", "in", "at", "near", "outside", "from"])
# Prepositions that open a sentence with where or when it happened, whose name is no subject.
_OPENING_PREPOSITIONS = frozenset(
    ["in", "at", "on", "outside", "inside", "near", "across", "from", "after", "before", "during"]
)


def _last_segment(words: list[str]) -> list[str]:
    """The words after the last comma: `her adviser, Jo Roe` gives `Jo Roe`."""
    commas = [i for i, w in enumerate(words) if w == ","]
    return words[commas[-1] + 1 :] if commas else words


def _names_someone(apposition: list[str]) -> bool:
    """`the Rt Rev Dr Ivo Marsh`: an apposition whose last part is itself a name, the better
    one (not a place closing it: `a baker from Tilbury, Essex`)."""
    last = _last_segment(apposition)
    rest = [w for w in last if w.lower() not in DETERMINERS and w not in TITLES]
    if len(rest) < 2 or not all(is_cap(w) for w in rest):
        return False
    before = apposition[: len(apposition) - len(last) - 1]
    start = name_run_back(before, len(before))
    return not (0 < start < len(before) and before[start - 1].lower() in _PLACE_LINKS)


def _opens_apposition(word: str) -> bool:
    """`a`, `the`, `executive`, `also`, `76-year-old`, `Romney's`, `Leader` (of the Commons):
    an apposition, not a list of names."""
    lowered = word.lower()
    role = lowered in _CAPITAL_ROLES  # `Mr Hain, Leader of the Commons,`
    return (
        word[:1].islower()
        or lowered in DETERMINERS
        or word[:1].isdigit()
        or possessor(word)
        or role
    )


# Roles written with a capital that open an apposition: `Mr Hain, Leader of the Commons, said`.
_CAPITAL_ROLES = frozenset(
    ["leader", "secretary", "minister", "chairman", "chairwoman", "chair", "president", "director"]
)
