"""Where a list of counts begins: in `They detained four American tourists, two Canadians and
two Australians` the Canadians and the Australians are objects of the same verb as the tourists,
so what was done to them (`Canadians detained`) is read before the list's first item, not before
their own number (where the words say nothing: `Canadians`, or the subject as their owner,
`storm schools` for `The storm destroyed 300 homes and 40 schools`)."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import AUXILIARIES, word_set
from bot.analyse.figures.numbers import DIGITS, WORD_NUMBER
from bot.analyse.figures.readable import FINITE_VERBS

# What joins one item of a list to the next: `, `, ` and `, `, as well as `.
_JOIN_END = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s+as\s+well\s+as\s+)$")
_QUALIFIERS = (
    r"(?:about|around|some|nearly|almost|roughly|over|another|more\s+than|at\s+least|up\s+to)"
)
# An item: a number (no year) with up to four words after it, none of them a joiner or a verb
# (`three women aged 59`, `84`, `2,000 cars`).
_NOT_IN_ITEMS = AUXILIARIES | FINITE_VERBS | word_set("and or who which that whose where when")
_ITEM_WORD = rf"(?!(?i:{'|'.join(sorted(_NOT_IN_ITEMS, key=len, reverse=True))})\b)[\w'\u2019-]+"
_ITEM_END = re.compile(
    rf"(?<![\w.,-])(?:{_QUALIFIERS}\s+)?(?!(?:19|20)\d\d\b)(?:{DIGITS}|(?i:{WORD_NUMBER}))"
    rf"(?:[ -]{_ITEM_WORD}){{0,4}}$"
)
_MAX_ITEMS = 12  # a list longer than this is no list of objects
_ITEM_REACH = 60  # an item's number and its words


def list_head(plain: str, at: int) -> int:
    """The start of the first item of the list of counts whose later item begins at `at`, or
    `at` itself when the number opens no list."""
    head = at
    for _ in range(_MAX_ITEMS):
        joined = _JOIN_END.search(plain, 0, head)  # from 0: a joiner starts where its blanks do
        if joined is None:
            break
        item = _ITEM_END.search(plain, max(0, joined.start() - _ITEM_REACH), joined.start())
        if item is None:
            break
        head = item.start()
    return head
