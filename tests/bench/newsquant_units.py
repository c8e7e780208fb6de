"""Our figures in NewsQuant's normalised vocabulary: its currency and unit names, and a counted
noun phrase as its lemmas (`the hottest luxury cars` -> `hot luxury car`)."""

from __future__ import annotations

from bot.analyse.figures.extraction import Found
from bot.analyse.figures.lexicon import word_set

CURRENCIES = {
    "USD": "dollar", "GBP": "pound sterling", "EUR": "euro", "JPY": "japanese yen",
    "CNY": "chinese yuan", "AUD": "australian dollar", "HKD": "hong kong dollar",
    "CAD": "canadian dollar", "ILS": "shekel", "MYR": "malaysian ringgit", "DKK": "danish krone",
    "INR": "indian rupee", "RUB": "russian ruble", "CHF": "swiss franc",
    "NZD": "new zealand dollar", "SGD": "singapore dollar", "SEK": "swedish krone",
    "NOK": "norwegian krone", "BRL": "brazilian real", "ZAR": "south african rand",
    "MXN": "mexican peso", "KRW": "south korean won", "BTC": "bitcoin",
    "PLN": "polish złoty", "IDR": "indonesian rupiah", "AED": "united arab emirates dirham",
    "KES": "kenyan shilling", "NGN": "nigerian naira", "TWD": "new taiwan dollar",
}  # fmt: skip
OURS_TO_THEIRS = {
    "percent": "percentage", "times": "count", "pence": "point", "G": "generation wireless",
    "tonne": "metric ton", "cubic centimetre": "millilitre",
    "million british thermal unit": "mega british thermal unit",
    "": "-", "fraction": "% -",
}  # fmt: skip
_IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "series": "series", "species": "species",
    "news": "news", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "shelves": "shelf", "wolves": "wolf", "leaves": "leaf", "thieves": "thief", "data": "data",
    "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
    "vetoes": "veto", "torpedoes": "torpedo", "volcanoes": "volcano",
}  # fmt: skip
# After these endings a plural "-es" is the plural ending itself ("boxes", "churches", "buses").
_SIBILANT = ("ss", "sh", "ch", "x", "z")


def singular(word: str) -> str:
    """A plural noun made singular by English spelling rules ("properties" -> "property")."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("children"):
        return lower[:-3]  # "grandchildren", "schoolchildren"
    if lower.endswith("men") and len(lower) > 4:
        return lower[:-3] + "man"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    stem = lower[:-2]
    if lower.endswith("es") and (stem.endswith(_SIBILANT) or _latin_us(stem)):
        return stem
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return lower[:-1]
    return lower


def _latin_us(stem: str) -> bool:
    """True for "virus", "bonus", "bus" (from "-uses"), not "hous" or "caus"."""
    return stem.endswith("us") and len(stem) > 2 and stem[-3] not in _VOWELS


def newsquant_unit(found: Found) -> str:
    """Our unit in NewsQuant's normalised vocabulary (a counted noun becomes its lemma)."""
    if found.unit == "fraction":
        return f"% {lemma_phrase(found.measure)}" if found.measure else "% -"
    unit, _, per = found.unit.partition(" per ")
    if unit == "pence" and not found.text.rstrip().endswith("p"):
        unit = "penny"  # NewsQuant reads "164p" as a point but "470 pence" as pennies
    mapped = CURRENCIES.get(unit) or OURS_TO_THEIRS.get(unit)
    if mapped is None:
        counted = found.kind.endswith("-noun") or found.kind == "vague"
        mapped = lemma_phrase(unit) if counted else unit.lower()
    if not per:
        return mapped
    return f"{mapped} per {OURS_TO_THEIRS.get(per, per)}"  # "USD per million british thermal unit"


_COMPARED = {
    "best": "good", "better": "good", "worst": "bad", "smaller": "small", "larger": "large",
    "bigger": "big", "higher": "high", "lower": "low", "older": "old", "newer": "new",
}  # fmt: skip


# Words ending in "-est" that are no superlatives.
_NOT_SUPERLATIVE = {
    "interest", "honest", "modest", "forest", "harvest", "protest", "contest", "request", "test",
    "suggest", "digest", "invest", "arrest", "conquest", "west", "guest", "nest", "rest", "chest",
    "quest", "pest", "vest", "crest", "manifest", "earnest", "priest", "latest",
}  # fmt: skip
_VOWELS = "aeiou"


def _adjective(word: str) -> str:
    """A superlative or comparative as its base form, the way NewsQuant's lemmas read."""
    lower = word.lower()
    if lower in _COMPARED:
        return _COMPARED[lower]
    if lower in _NOT_SUPERLATIVE or len(lower) <= 5 or not lower.endswith("est"):
        return lower
    if lower.endswith("iest"):
        return lower[:-4] + "y"
    stem = lower[:-3]
    if stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]  # "hottest", "biggest"
    return stem + "e" if _silent_e(stem) else stem


def _silent_e(stem: str) -> bool:
    """True when the base form ends in a silent e: "larg" -> "large", "saf" -> "safe"."""
    if stem.endswith(("rg", "dg")):
        return True
    if len(stem) < 3:
        return False
    first, vowel, last = stem[-3:]
    return first not in _VOWELS and vowel in _VOWELS and last not in _VOWELS + "wxy"


def lemma_phrase(phrase: str) -> str:
    """A counted noun phrase the way NewsQuant normalises it: content words only, each lemma."""
    split = phrase.split()
    # a participle joined by "and" to an adjective is one too ("gifted and unpredictable")
    verbal = {i for i, w in enumerate(split[:-1]) if _verb_modifier(w) and split[i + 1] != "and"}
    words = [w for i, w in enumerate(split) if w.lower() not in _LEMMA_DROPS and i not in verbal]
    return " ".join(_noun_lemma(w) if w.replace("-", "").isalpha() else w.lower() for w in words)


_LEMMA_DROPS = word_set("and of the a an in on at his her its their our my your")


def _verb_modifier(word: str) -> bool:
    """A participle or adverb before the noun ("recorded songs", "decently sized plants"):
    NewsQuant's units keep only nouns and adjectives."""
    lower = word.lower()
    participle = lower.endswith("ed") and not lower.endswith("eed") and len(lower) > 4
    adverb = lower.endswith("ly") and len(lower) > 4 and lower not in _LY_NOUNS
    return "-" not in lower and word[:1].islower() and (participle or adverb)


_LY_NOUNS = word_set("family supply ally rally assembly monopoly anomaly")


def _noun_lemma(word: str) -> str:
    """A noun's lemma as NewsQuant writes it: a people's name stays plural ("Americans")."""
    if word[:1].isupper() and word.lower().endswith(("ans", "ons")):
        return word.lower()
    return singular(_adjective(word))
