"""`pounds` after a number: a weight ("weighs 25 pounds") or British money ("costs 25 pounds",
"2 million pounds"), told apart by the words around it."""

from __future__ import annotations

import re

# Money restated in another currency right after: "120,000 pounds, or more than $180,000".
_MONEY_GLOSS = re.compile(
    r"\s*(?:\(|,?\s+or\s+)(?:about\s+|almost\s+|around\s+|nearly\s+|more\s+than\s+)?[$€¥]"
)
# A price, fee or payment right before the number: "costs 25 pounds", "a fine of 500 pounds".
_MONEY_BEFORE = re.compile(
    r"\b(?:costs?|costing|paid|pay|pays|paying|worth|fined|charged?|charges|earns?|earned|"
    r"earning|spent|spend|spends|spending|raised|(?:price|fee|fine|prize|salary|sum|bill|"
    r"wage|rent|bonus|donation)s?\s+of|sold\s+for|bought\s+for|for)\s+"
    r"(?:(?:about|around|nearly|almost|just|only|over|under|some|more\s+than|less\s+than|"
    r"up\s+to)\s+)?$",
    re.IGNORECASE,
)


def pounds_are_money(text: str, start: int, end: int, scaled: bool) -> bool:
    """True when the pounds written at `end` are money: a scale word ("2 million pounds"), a
    conversion after them or a price before them."""
    before = _MONEY_BEFORE.search(text, max(0, start - 40), start)
    return scaled or _MONEY_GLOSS.match(text, end) is not None or before is not None
