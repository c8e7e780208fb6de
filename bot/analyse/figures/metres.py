"""A bare `m` after a number: metres ("landed 17.30m", "a 100m sprint") or millions ("profits
rose to 3.5m", "35m of its devices")."""

from __future__ import annotations

import re

from bot.analyse.figures.counted import STOP_WORDS

_METRE_CONTEXT = re.compile(
    r"\s+(?:long|high|tall|deep|wide|away|sprint|race|hurdles|freestyle|backstroke|relay|"
    r"breaststroke|butterfly|medley|gold|silver|bronze|medal|title|final|heats?|champion|x|"
    r"record|track|steeplechase|taller|shorter|deeper|longer|wider|"
    # a kick, a shot or a run on a pitch, a fall or a wall: "a 40m penalty", "a 30m fall"
    r"penalty|kick|drop[\s-]goal|dash|run|drive|putt|pass|effort|strike|shot|swim|dive|plunge|"
    r"fall|wall|tower|cliff|jump|throw|radius|yacht|superyacht|underground|underwater|apart|"
    # a race won or run over the distance: "her 1500m victory", "the 800m runner"
    r"victory|victories|win|wins|winner|runners?|specialist|events?|crown|personal\s+best|"
    # a point of a race: "at the 300m stage", "a 50m split"
    r"stage|split)\b"
)
_RACE_PAIR_BEFORE = re.compile(r"(?<![\d.,])\d{2,4}m\s+and\s+$")
_DOUBLE_AFTER = re.compile(r"\s+(?:double|treble)\b")
_MILLION_CONTEXT = re.compile(r"\s+(?P<word>[A-Za-z][\w'-]*)")
_MILLIONS_BEFORE = re.compile(r"\d(?:m|\s?million)\s+[a-z]+\s+(?:to|from)\s+$")
_METRE_VERB_BEFORE = re.compile(
    r"\b(?:ran|runs?|swam|swims?|threw|throws?|jumped|leapt|cleared|sprinted|dived)"
    r"\s+(?:over\s+|about\s+|nearly\s+|almost\s+)?$"
)
_MONEY_IN_MILLIONS_BEFORE = re.compile(
    r"[$£€¥]\s?\d[\d.,]*\s?(?:m|bn|million|billion)\b"
    r"|\d[\d.,]*\s?(?:m|bn|million|billion)\s+(?:euros?|dollars?|pounds|yen|yuan|francs?|rupees?)\b"
)
# Money made right before the number: "the studio made 45m in sales".
_MADE_BEFORE = re.compile(r"\bma(?:de|kes?|king)\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?$")
# An audience counted in millions: "the show peaked at 11.9m", "watched by 8m viewers".
_AUDIENCE_BEFORE = re.compile(r"\b(?:peak(?:ed|s)?|audiences?|viewers|watched|ratings)\b")
_MONEY_BEFORE = re.compile(
    r"\b(?:profits?|revenues?|sales|turnover|earnings|income|paid|pay|pays|cost|costs|worth|"
    r"price|fund|cash|debts?|loss|losses|deal|fee|budget|raised|spent|spend|valued|earned|"
    r"bid|offer|fine|salary|investment|capital|bonus|signed|transfer|bought|sold|"
    r"generated|generates|saved|saves|owed|owes|borrowed|invested)\b",
    re.IGNORECASE,
)


def metres(text: str, start: int, end: int) -> bool:
    """True when a bare "17.30m" means metres: a metre word follows, or no counted word does."""
    if _METRE_CONTEXT.match(text, end):
        return True
    if _RACE_PAIR_BEFORE.search(text, max(0, start - 12), start) and _DOUBLE_AFTER.match(text, end):
        return True  # "a 100m and 200m double": two races won (a "40m double swoop" is money)
    if _MONEY_BEFORE.search(text, max(0, end - 80), end) or _MADE_BEFORE.search(text, 0, start):
        return False  # "profits rose to 3.5m", "the club paid 45m": millions
    if _AUDIENCE_BEFORE.search(text, max(0, start - 80), start):
        return False  # "the first episode peaked at 11.9m": viewers
    if _MILLIONS_BEFORE.search(text, max(0, start - 60), start):
        return False  # "stocks fell 1m barrels to 294.3m": the level of the millions before
    sport = _METRE_VERB_BEFORE.search(text, max(0, start - 20), start)  # "ran 100m in 10s"
    if not sport and _MONEY_IN_MILLIONS_BEFORE.search(text, max(0, start - 120), start):
        return False  # "it made £3m in 2019 and 4.5m in 2020": more of the same money
    following = _MILLION_CONTEXT.match(text, end)
    word = following.group("word").lower() if following else ""
    return not word or (word in STOP_WORDS and word not in {"of", "more", "people"})
