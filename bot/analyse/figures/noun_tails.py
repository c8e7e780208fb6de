"""What follows a counted noun and still belongs to it: `workers in the United Kingdom`,
`young Latin Americans (are) studying in Russia`, `men charged with piracy`, `people who voted
for the awards`, cut before the verb of the clause the noun is the subject of; and who a sum's
deal is with: `£8m bid from Tottenham for Andy Reid`, `$2bn loan to Argentina`."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import ARTICLES, VERBS, is_verb, ly_adverb, tidy, word_set
from bot.analyse.figures.measures import NP_STOP
from bot.analyse.figures.numbers import WORD_NUMBER
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

# What follows a counted noun and still belongs to it: `in the UK`, `(are) studying in Russia`.
# A relative clause without its relative word, right after a noun: `it plans to ship`.
CONTACT_CLAUSE = (
    r"(?:it|they|we|he|she)\s+(?:plans?|intends?|wants?|hopes?|expects?|aims?|needs?)\s+to\s+"
    r"[a-z]+"
)
# Participles not in -ed that say which ones: "boys caught painting walls".
_IRREGULAR_PARTICIPLES = (
    "caught|held|found|seen|taken|left|hurt|shot|struck|sent|sold|built|kept|bought|brought|"
    "given|known|born|hit|stolen|thrown|driven|flown|won|lost|spent|paid|made"
)
# -ing words after a noun that open a list, a source, a sum or a time, or are nouns, not which
# ones are counted: "countries including France", "sales totalling $5m", "during 2004".
NOT_PARTICIPLES = (
    r"(?:including|excluding|according|following|totalling|totaling|amounting|ranging|bringing|"
    r"taking|making|leaving|pushing|putting|raising|giving|compared|during|morning|evening|"
    r"building|meeting|wedding|something|nothing|anything|everything)"
)
# Past forms that are never a participle describing a noun: `18,000 cows died in the fire`.
_NO_PARTICIPLES = (
    "died|arrived|remained|stayed|happened|occurred|voted|lived|existed|appeared|seemed|agreed|"
    "decided|refused|tried|wanted|hoped|planned|failed|managed|disappeared|survived|emerged"
)
_NOUN_TAIL = re.compile(
    r"\s+(?:(?:are|were)\s+(?=(?:studying|working|living)\s)"
    # a passive relative clause says which ones: "PSPs which were shipped to retailers"
    r"|(?:which|that)\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?=[a-z]+ed\s))?"
    r"(?P<tail>(?:in|at|from|on|studying|working|living)\s+[^,;:.()]+"
    # a present participle and its object: "incidents involving the A320", "firms making the"
    rf"|(?!{NOT_PARTICIPLES}\b)[a-z]{{3,}}ing\s+(?:the|a|an|its|their|his|her|[A-Z])[^,;:.()]+"
    # what the counted things are of: "reports of minor injury", not "of 2004", "of its 2,200
    # stores" (a part of a whole) or "of them"
    r"|of\s+(?!(?:(?:the|its|their|his|her|our)\s+)?\S*\d|(?:them|us|whom)\b"
    r"|(?:those|these)\b(?!\s+[a-z]))"
    r"[^,;:.()]+"
    # a participle with its complement: "men charged with piracy", "people killed in the fire"
    rf"|(?!(?:need|used|based|led|{_NO_PARTICIPLES})\b)(?:[a-z]+ed|{_IRREGULAR_PARTICIPLES})\s+"
    r"(?:(?:in|at|from|on|with|by|into|over|for|to)\s+|[a-z]+ing\s+)[^,;:.()]+"
    # a relative clause with its own verb: "people who voted for the awards"
    r"|who\s+(?!(?:is|are|was|were|has|have|had|said|says)\b)[a-z]+\s+[^,;:.()]+"
    # one after a preposition: "the banks to whom it owes the money"
    r"|(?:to|from|with|for|by|of)\s+whom\s+[^,;:.()]+"
    # a clause with no relative word: "the jobs it plans to cut"
    rf"|{CONTACT_CLAUSE})"
)
_TAIL_STOP = re.compile(
    r"\s+(?:who|which|that|were|was|is|are|have|has|had|said|say|says|and|but|while|after|before"
    r"|than|as|because)\b.*$",
    re.IGNORECASE,
)


# Words that end what counted things are of: "reports of minor damage due to faulty cables".
_OF_TAIL_STOP = re.compile(r"\s+(?:due|because|after|before|while|as|since|until)\b.*$")


def noun_phrase(text: str, end: int, noun: str) -> str:
    """A counted noun with its short modifiers ("workers in the United Kingdom")."""
    after = _NOUN_TAIL.match(text[end:])
    if after is None:
        return tidy(noun)
    tail = after.group("tail")
    if tail.startswith("of") and noun.split()[-1] in tail:
        return tidy(noun)  # "35m of its Echo devices": the noun is the `of` phrase itself
    if re.match(CONTACT_CLAUSE, tail):
        tail = " ".join(tail.split()[:4])  # "it plans to cut": the clause, not its time
    elif " whom " in f" {tail} ":
        words = tail.split()[:7]  # "to whom it owes the money": the whole clause, no figure
        tail = " ".join(words[: next((i for i, w in enumerate(words) if w[0].isdigit()), 7)])
    elif tail.startswith("who") or _PARTICIPLE.match(tail):
        tail = _before_main_verb(_TAIL_STOP.sub("", tail))
        last = tidy(tail).lower().split()[-1:]
        if last and last[0] in _HELPING:
            tail = ""  # "men who may or may not be her father": no clause cut short at `may`
    else:
        tail = _before_main_verb(NP_STOP.sub("", _OF_TAIL_STOP.sub("", tail)), first=0)
    tail = _JOINED_COUNT.sub("", tail)  # "detectives from two agencies and 100 support staff"
    return tidy(f"{noun} {tail}")


# Another count joined to the tail: it is a figure of its own, not part of this noun's phrase.
_JOINED_COUNT = re.compile(
    rf"(?<![\d\s])(?<!\d\s)\s+(?:and|or|plus)\s+(?:(?:about|around|some|nearly|almost|another|over)\s+)?"
    rf"(?:\d|(?:{WORD_NUMBER})\b).*$",
    re.IGNORECASE,
)


def _before_main_verb(tail: str, first: int = 1) -> str:
    """A noun's tail up to the verb of the clause it is the subject of: `charged with piracy`
    of `charged with piracy face jail` (the tail's own verb is its word `first`); a gerund after
    a preposition or the tail's own verb is its complement (`caught painting walls`)."""
    words = tail.split()
    for index in range(first + 1, len(words)):
        word = words[index]
        complement = (
            word.endswith("ing")
            and (index == first + 1 or words[index - 1].lower() in _COMPLEMENT_OPENERS)
        ) or _described(words, index)
        if not complement and (
            word.lower() in VERBS | IRREGULAR_VERBS | FINITE_VERBS
            or _past_form(word)
            or is_verb(word)
            or _adverb_then_verb(words, index)
        ):
            return " ".join(words[:index])
    return tail


def _adverb_then_verb(words: list[str], index: int) -> bool:
    """True for an adverb in -ly before a lower-case word: `nurses from the region currently rent
    flats`, whose verb no word list holds (`rent`) but whose adverb shows where it starts."""
    word = words[index]
    after = words[index + 1] if index + 1 < len(words) else ""
    if words[index - 1].lower() in ARTICLES | _COMPLEMENT_OPENERS:
        return False  # "the usually quiet Duma", "in mainly poor districts": it describes
    describes = after.endswith(("ed", "ing")) or verb_like(after)  # "newly built flats"
    return (
        word.islower() and ly_adverb(word) and after.isalpha() and after.islower() and not describes
    )


def _described(words: list[str], index: int) -> bool:
    """True for `growing` of `the rapidly growing cities`: a participle an adverb after an
    article qualifies, which describes the noun to come."""
    if index < 2 or not words[index].endswith(("ed", "ing")) or not ly_adverb(words[index - 1]):
        return False
    return words[index - 2].lower() in ARTICLES


_HELPING = word_set("may might will would could can should must shall do does did")
_COMPLEMENT_OPENERS = word_set("in at from on with by into over for to of after before")
_PARTICIPLE = re.compile(rf"(?:[a-z]+ed|{_IRREGULAR_PARTICIPLES})\s")


def verb_like(word: str) -> bool:
    """True for a word that opens a clause after a noun: `caught`, `leading`, `fined`."""
    lower = word.lower()
    participle = re.fullmatch(_IRREGULAR_PARTICIPLES, lower) is not None
    return is_verb(word) or _past_form(word) or participle or lower in IRREGULAR_VERBS


def _past_form(word: str) -> bool:
    """`died`, `walked`; not `need` or `seed`."""
    return word.islower() and len(word) > 3 and word.endswith("ed") and not word.endswith("eed")


# Deals a sum is the size of, which name their parties after them: `a $2bn loan to Argentina`.
DEALS = word_set(
    "bid bids offer offers deal deals loan loans fine fines contract contracts package grant "
    "grants investment stake takeover settlement payment sponsorship penalty penalties reward "
    "rewards prize bonus bonuses ransom compensation"
)
_NAME = r"(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|and|of|de))*"
_PARTIES = re.compile(rf"(?:\s+(?:from|for|to|with|by)\s+{_NAME})+")
_DANGLING = re.compile(r"(?:\s+(?:and|of|de))+$")


# Whom a sum is on or for when no name says it: `penalty on a Russian tourist`, `reward for
# information`, `bonus to new teachers` (a short noun phrase, no figure, cut before a verb).
_PARTY = re.compile(
    r"\s+(?:on|for|to|from)\s+(?!top\b)(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?!(?:on|for|to|from|in|at|of|with|by|and|or|who|which|that)\b)[A-Za-z][\w'\u2019-]*\s*)"
    r"{1,3})"
)


_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty dozen hundred "
    "thousand million billion"
)


def deal_parties(plain: str, noun: str, end: int) -> str:
    """`bid from Tottenham for Andy Reid` of `bid` written at or after `end` and followed by
    its parties' names, or by whom it is on or for (`penalty on a Russian tourist`); else
    `noun`."""
    if not noun or noun.split()[-1].lower() not in DEALS:
        return noun
    at = plain.find(noun, end)
    found = _PARTIES.match(plain, at + len(noun)) if at >= 0 else None
    if found is not None:
        return f"{noun} {_DANGLING.sub('', ' '.join(found.group(0).split()))}"
    party = _PARTY.match(plain, at + len(noun)) if at >= 0 else None
    if party is None:
        return noun
    words = party.group(0).split()
    if any(w.lower() in _NUMBER_WORDS or w[:1].isdigit() for w in words):
        return noun  # `contract for four seasons`: another figure, no party
    verb = next((i for i, w in enumerate(words) if i > 1 and verb_like(w)), 0)
    return " ".join([noun, *(words[:verb] if verb else words)])
