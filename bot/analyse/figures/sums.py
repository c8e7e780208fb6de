"""What a sum of money is: what it pays for, the price of what is sold, the money a relative
clause describes.

`She paid $12,000 for a new roof` measures `new roof`; `The PSP is selling in Japan for 19,800
yen` measures `PSP price`; `the $550m it lost on trading in oil futures` measures `money lost on
trading in oil futures`, since `it` alone tells a reader nothing.
"""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import tidy, word_set
from bot.analyse.figures.measures import NP_STOP, noun_head
from bot.analyse.figures.numbers import WORD_VALUES
from bot.analyse.figures.readable import measure_flaw
from bot.analyse.figures.subjects import subject

_FOR_NP = re.compile(
    r"\s+for\s+(?:(?:a|an|the|its|their|his|her|our|each)\s+)?(?!(?:years?|months?|weeks?|days?|"
    r"hours?|now|the|a|an|its|their|his|her|our|each|example|instance|sale|less|more|"
    r"(?:first|second|third|fourth|fifth|last|only)\s+time)\b)"
    r"(?P<np>[A-Za-z][\w'\u2019-]*"
    r"(?:\s+[\w'\u2019-]+){0,3})"
)
# What a sum is spent on: `will spend £3bn on new rail lines`, `invested $2m in solar farms`.
_SPENT_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing)\s*$"
)
_ON_NP = re.compile(
    r"\s+(?:on|in|into)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?P<np>[a-z][\w'\u2019-]*"
    r"(?:\s+[\w'\u2019-]+){0,3})"
)


def bought(text: str, start: int, end: int) -> str:
    """What a sum pays for: `$12,000 for a new roof`, `spend £3bn on new rail lines`."""
    found = _FOR_NP.match(text, end)
    if found is None and _SPENT_BEFORE.search(text, max(0, start - 30), start):
        found = _ON_NP.match(text, end)
    if found is None:
        return ""
    return tidy(noun_head(NP_STOP.sub("", found.group("np"))))


# A verb of selling and what follows it up to the `for` or `at` of its price.
_SOLD_FOR = re.compile(
    r"\b(?:sell|sells|selling|sold|retail|retails|retailing|retailed|on\s+sale)\b"
    r"(?P<between>(?:\s+[^\s,;:]+){0,8}?)\s+(?:for|at)\s+"
    r"(?:(?:about|around|just|only|under|over|less\s+than|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_PRICED = re.compile(
    r"(?P<np>(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s+priced\s+at\s+"
    r"(?:(?:about|around|just|only|under|over|less\s+than|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# Words after a verb of buying that say where, when or from whom, not what is bought (read in
# lower case only: `AT&T` is a name, not `at`).
_WHERE_WHEN = r"(?-i:by|in|at|on|from|within|online|between|during|over|last|this|earlier)\b"
_WORD = r"[\w.&'\u2019-]+"
# A verb of buying, what is bought and where or when, up to the `for` of its price.
_BOUGHT_FOR = re.compile(
    r"\b(?:buy|buys|buying|bought|download|downloads|downloading|downloaded|rent|rents|renting|"
    r"rented|purchase|purchases|purchasing|purchased|acquire|acquires|acquiring|acquired)"
    r"\s+(?:(?:the|a|an|their|his|her|its|your)\s+)?"
    rf"(?P<thing>(?!{_WHERE_WHEN}){_WORD}(?:\s+(?!{_WHERE_WHEN}){_WORD}){{0,5}}?)"
    rf"(?:\s+{_WHERE_WHEN}[^,;:]*?)?\s+for\s+"
    r"(?:(?:about|around|just|only|under|over|less\s+than|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# Words that open a phrase saying where or when, not what is sold: `selling in Japan for`.
_NOT_SOLD = word_set("in at on to from by via through across this last next")
PRICE_REACH = 120  # characters before a sum in which its verb of selling is looked for


def price(text: str, start: int) -> str:
    """The price of what is sold: `EuroDisney will sell the new shares priced at 9 cents` ->
    `new shares price`, `JD.com is selling the iPhone 14 for 7,199 yuan` -> `iPhone 14 price`,
    `The PSP is selling in Japan for 19,800 yen` -> `PSP price`."""
    window = text[max(0, start - PRICE_REACH) : start]
    if found := _PRICED.search(window):
        thing = tidy(_after_verb(found.group("np")))
    elif found := _SOLD_FOR.search(window):
        between = found.group("between").split()
        sold = not between or between[0].lower() in _NOT_SOLD
        seller = subject(text, start - len(window) + found.start())
        thing = tidy(_before_going(seller) if sold else " ".join(between))
    elif found := _BOUGHT_FOR.search(window):
        thing = named_only(tidy(found.group("thing")))  # "download the song for 70p": song
    else:
        return ""
    return f"{thing} price" if thing and not measure_flaw(thing) else ""  # not "Most price"


_NOT_DESCRIBING = word_set("into in on of for to from with at by the a an")


def named_only(thing: str) -> str:
    """A name without the words that describe it before it: `rival Beta Foods` -> `Beta Foods`,
    `Californian wine company Chalone` -> `Chalone`, `U.S. tech giant Quorra` -> `Quorra`."""
    words = thing.split()
    named = len(words)
    while named and (words[named - 1][:1].isupper() or words[named - 1] in {"&", "of", "and"}):
        named -= 1
    described = 0 < named < len(words) and words[named - 1] not in _NOT_DESCRIBING
    named_run = described and words[named][:1].isupper() and words[named - 1].islower()
    return " ".join(words[named:]) if named_run else thing


def _before_going(phrase: str) -> str:
    """A subject without the verb that puts it on sale: `The Zeta tablet goes` -> `The Zeta
    tablet`."""
    words = phrase.split()
    while words and words[-1].lower() in _GOING:
        words.pop()
    return " ".join(words)


_GOING = word_set("go goes went going gone will be is are was were been being has have had")


def _after_verb(phrase: str) -> str:
    """The noun phrase at the end of `phrase`: `will sell the new shares` -> `the new shares`."""
    words = phrase.split()
    start = max((i + 1 for i, w in enumerate(words) if w.lower() in _SELLING), default=0)
    return " ".join(words[start:])


_SELLING = word_set("sell sells selling sold offer offers offering offered issue issues issuing")


# `the $550m it lost on trading`: a sum, a pronoun or the firm, and the verb of a relative clause.
_HELD_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:it|they|he|she|we|the\s+(?:company|firm|group|bank))\s+"
    r"(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed|held|lost|spent|paid|made|won|owes|owns|holds|took|got)\s+"
    r"(?P<rest>[^,;:.()]*)"
)
_MAIN_VERB = re.compile(
    r"\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might|must|"
    r"should)\b.*$"
)


def money_held(text: str, start: int, end: int) -> str:
    """The money a reduced relative clause describes: `the 4bn euros it supposedly held in an
    offshore account did not exist` -> `money held in an offshore account`."""
    if not re.search(r"\bthe\s+$", text[max(0, start - 5) : start]):
        return ""
    found = _HELD_AFTER.match(text, end)
    if found is None:
        return ""
    rest = _MAIN_VERB.sub("", found.group("rest"))
    return tidy(f"money {found.group('verb')} {rest}")


_CURRENCY_NAMES = word_set(
    "dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs "
    "rouble roubles ruble rubles peso pesos won real rand lira krona krone shekel ringgit"
)
_AGAINST = re.compile(r"\s+(?P<against>against\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Z][a-z]+)?)")


_CURRENCY_TO = re.compile(
    r"\b(?P<currency>dollar|euro|pound|sterling|yen|yuan|renminbi|rupee|franc|rouble|ruble|peso|"
    r"rand|lira|shekel|ringgit)\s+(?:(?:going|falling|rising|dropping|climbing|sliding|slipping|"
    r"back|down|up)\s+){1,2}(?:to|at)\s+$",
    re.IGNORECASE,
)


def currency_to(text: str, start: int) -> str:
    """`pound exchange rate` of `the pound going to $1`: a currency moving to a sum; else ""."""
    found = _CURRENCY_TO.search(text, max(0, start - 60), start)
    return f"{found.group('currency')} exchange rate" if found else ""


def exchange_rate(text: str, end: int, named: str) -> str:
    """`named` read as an exchange rate when it is a currency: `The yen strengthened to 102.975
    against the dollar` -> `yen exchange rate against the dollar`; else ""."""
    words = named.split()
    if not words or words[-1].lower() not in _CURRENCY_NAMES:
        return ""
    against = _AGAINST.match(text, end)
    return f"{named} exchange rate" + (f" {against.group('against')}" if against else "")


# A verb of paying right before its sum, maybe with whom it is paid to: `repay its creditors`.
_PAID = re.compile(
    r"\b(?P<verb>pay|pays|paid|paying|repay|repays|repaid|repaying|spend|spends|spent|spending|"
    r"lose|loses|lost|losing|borrow|borrows|borrowed|borrowing|owe|owes|owed|owing|earn|earns|"
    r"earned|earning)(?:\s+(?P<det>its|their|his|her|our|the|each|every)\s+"
    r"(?P<whom>(?:[a-z]+\s+)?[a-z]+))?\s*$",
    re.IGNORECASE,
)
_NOUN_OF = {
    "pay": "payment", "repay": "repayment", "spend": "spending", "lose": "loss",
    "borrow": "borrowing", "owe": "debt", "earn": "earnings",
}  # fmt: skip
_STEMS = {"paid": "pay", "repaid": "repay", "spent": "spend", "lost": "lose", "owed": "owe"}


def payment(text: str, start: int) -> str:
    """What paying a sum is called: `plans to repay its creditors $220m` -> `repayment to
    creditors`, `pay each bereaved family 250,000 kwacha` -> `payment to each bereaved family`,
    `spending about $200m` -> `spending`."""
    found = _PAID.search(text, max(0, start - 40), start)
    if found is None:
        return ""
    verb = found.group("verb").lower()
    stem = _STEMS.get(verb) or re.sub(r"(?:ing|ed|s)$", "", verb)
    noun = _NOUN_OF.get(stem) or _NOUN_OF.get(stem + "e", "")
    whom = found.group("whom")
    if whom and found.group("det").lower() in ("each", "every"):
        whom = f"{found.group('det').lower()} {whom}"  # `payment to each bereaved family`
    return f"{noun} to {whom}" if noun and whom else noun


# A sum and what it is in: `$1bn in gains`, `$5m in funding` (a bare noun, no place or time).
_IN_NOUN = re.compile(r"\s+in\s+(?P<np>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,2})")
_NOT_CONTENT = word_set(
    "total all cash person value order part full advance return addition turn time years months "
    "weeks days hours the a an its their his her our this that these those which"
)


_COUNT_WORDS = frozenset(WORD_VALUES) - {"a", "an"}


def money_in(text: str, end: int) -> str:
    """What a sum is counted in: `sitting on $1 billion in gains` -> `gains`."""
    found = _IN_NOUN.match(text, end)
    if found is None or found.group("np").split()[0].lower() in _NOT_CONTENT:
        return ""
    if any(w.lower() in _COUNT_WORDS for w in found.group("np").split()):
        return ""  # "$9,000 in just two shops": where it was made, counted
    kept: list[str] = []
    for word in NP_STOP.sub("", found.group("np")).split():
        if word.lower() in _NOT_CONTENT:
            break
        kept.append(word)  # "gains" is a noun here, whatever the verb lists say
        if word.endswith("s") and not word.endswith("ss"):
            break
    return tidy(" ".join(kept))


# Who earns, pays or holds a sum, written as a participle right before it: `people earning
# between $48,000 and $90,000`, `homes costing over $1m`.
_PARTICIPLE_BEFORE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)\s+(?P<verb>earning|paying|costing|"
    r"owing|charging|worth)(?:\s+between|\s+from)?\s*$"
)
_FUNCTION = word_set(
    "the a an and or but while when if as of to in on at for with by from who which that is are "
    "was were be been has have had will would it they he she we you i than"
)


def earner(text: str, start: int) -> str:
    """The people or things a participle says have the sum: `people earning $48,000` ->
    `people earning`."""
    found = _PARTICIPLE_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return ""
    words = found.group("np").split()
    after = max((i + 1 for i, w in enumerate(words) if w.lower() in _FUNCTION), default=0)
    words = words[after:]  # "go to people earning": people
    if not words or any(w.islower() and w.endswith("ed") for w in words):
        return ""  # "admitted paying": a verb, nobody named
    if words == ["those"]:
        words = ["people"]  # "than those earning less than $20,000"
    return tidy(f"{' '.join(words)} {found.group('verb')}")


_CHEAPER_THAN = re.compile(
    r"\s+(?:cheaper|dearer|more\s+expensive|less\s+expensive|costlier)\s+than\s+"
    r"(?P<other>[^,;:.()]+?)(?=\s+(?:due|because|as|since|after|while|thanks)\b|[,;:.()]|$)"
)


def price_against(text: str, end: int) -> str:
    """`price against last year's list` of `£1,000 cheaper than last year's list`, else ""."""
    found = _CHEAPER_THAN.match(text, end)
    other = " ".join(found.group("other").split()[:5]) if found else ""
    return f"price against {other}" if other and not measure_flaw(other) else ""


_THAT_OF = re.compile(r"\s+(?:that|those)\s+of\s+(?P<other>[^,;:.()]+)")
# The noun phrase `that` stands for: the last `the ...` phrase before, up to its preposition.
_COMPARED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?P<np>[\w'\u2019-]+"
    r"(?:\s+(?!(?:in|of|at|on|for|from|to|is|are|was|were)\b)[\w'\u2019-]+){0,4})"
    r"(?:\s+(?:in|of|at|on|for|from)\s+[^,;:\u2013\u2014]*?)?"
    r"(?:\s+(?:is|are|was|were))?[\s,;:\u2013\u2014-]*$"
)


def multiple_of(text: str, start: int, end: int) -> str:
    """`highest income against Spanish youngsters` of `the highest income in Europe - more than
    double that of Spanish youngsters`: what is compared and with whom, else ""."""
    other = _THAT_OF.match(text, end)
    compared = _COMPARED.search(text, max(0, start - 120), start)
    if other is None or compared is None:
        return ""
    whom = " ".join(other.group("other").split()[:4])
    return f"{compared.group('np')} against {whom}"
