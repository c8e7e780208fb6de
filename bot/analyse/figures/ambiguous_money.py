"""Words after a number that may or may not be money, told apart by the words around them:
`pounds` weigh ("weighs 25 pounds") or pay ("costs 25 pounds", "2 million pounds"), and
`crowns` are a currency ("1.84 billion crowns") or things ("won three crowns")."""

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
# Anything in the sentence that speaks of weight: then bare pounds weigh ("lost 20 pounds").
_WEIGHT_WORDS = re.compile(
    r"\b(?:weigh\w*|weight\w*|heav(?:y|ier|iest)|light(?:er|est)|lost|lose|loses|losing|shed|"
    r"sheds|shedding|gain(?:ed|s|ing)?|put\s+on|obese|overweight|lbs?|ounces?|oz|stones?|"
    r"kilo\w*|kg|tons?|tonnes?|baby|babies|born|birth|pounds?\s+of|\w+-pounds?|"
    r"pounds?-\w+|fish|catch|caught|\w*load\w*|cargo|pressure|thrust|torque|(?<=\d)\s?kg)\b",
    re.IGNORECASE,
)
# Words of money anywhere in the sentence: "recovered 800,000 pounds", "fees rise to 2 pounds".
_MONEY_WORDS = re.compile(
    r"\b(?:fees?|fares?|prices?|priced|costs?|paid|pay(?:s|ing|ment|ments|out|outs)?|"
    r"charg\w*|fund\w*|budget\w*|tax\w*|fine[ds]?|salar\w*|wages?|rents?|bills?|pension\w*|"
    r"profits?|revenues?|turnover|earn\w*|income|debts?|owed|owes?|loans?|grants?|"
    r"recover\w*|repa\w*|refund\w*|compensation|damages|donat\w*|spen[dt]\w*|raise[ds]?|"
    r"raising|worth|sold|bought|tickets?|subsid\w*|invest(?:s|ed|ing|ment|ments|ors?)?|"
    r"bonus\w*|prizes?|jackpot|"
    r"savings?|afford\w*|cheap\w*|expensive|cash|money|bank\w*|deposit\w*|stole|stolen|"
    r"embezzl\w*|fraud\w*|council|pounds?\s+(?:a|an|per)\s+(?:year|month|week|day|hour|head))\b",
    re.IGNORECASE,
)


def pounds_are_money(text: str, start: int, end: int, scaled: bool) -> bool:
    """True when the pounds written at `end` are money: a scale word ("2 million pounds"), a
    conversion after them or a price before them; else, in a sentence with no word of weight,
    a word of money anywhere in it ("the council recovered 800,000 pounds")."""
    before = _MONEY_BEFORE.search(text, max(0, start - 40), start)
    if scaled or _MONEY_GLOSS.match(text, end) is not None or before is not None:
        return True
    return _WEIGHT_WORDS.search(text) is None and _MONEY_WORDS.search(text) is not None


_CROWNS = re.compile(r"\s?crowns?\b", re.IGNORECASE)


def crowns_at(text: str, end: int, scaled: bool) -> int | None:
    """Where `crowns` written at `end` end when they are money (a Nordic or Czech crown whose
    country the sentence leaves out): scaled ("1.84 billion crowns") or in a sentence of money
    ("shares fell to 212 crowns"); None for a crown that is a thing."""
    found = _CROWNS.match(text, end)
    if found is None or not (scaled or _MONEY_WORDS.search(text) or _MARKET_WORDS.search(text)):
        return None
    return found.end()


_MARKET_WORDS = re.compile(r"\b(?:shares?|stocks?|traded|trading|closed|opened)\b", re.IGNORECASE)
