"""Whose counted things: the owner a counted noun gets in front (`Ford workers`), read from the
`of` phrase before the number, a relative clause's antecedent, or the clause's subject, and
refused when it is a pronoun, a verb, a quantity, a collection or too long to leave room for the
noun itself.
"""

from __future__ import annotations

import re

from bot.analyse.figures.aboard import on_board
from bot.analyse.figures.antecedents import antecedent
from bot.analyse.figures.counted_verbs import (
    CALENDAR,
    RELATIVE_OPENER,
    done_by,
    done_by_subject,
    with_doer,
)
from bot.analyse.figures.lexicon import (
    DETERMINERS,
    FRONTED_PREPOSITIONS,
    MAX_WORDS,
    is_verb,
    tidy,
    word_set,
)
from bot.analyse.figures.list_heads import list_head
from bot.analyse.figures.measures import before_qualifier, of_before
from bot.analyse.figures.noun_tails import NOT_PARTICIPLES, noun_phrase
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.object_deeds import object_deed, with_object_deed
from bot.analyse.figures.owners import REPORTERS
from bot.analyse.figures.readable import FINITE_VERBS, measure_flaw, repaired, trimmed
from bot.analyse.figures.shares_of import cases_clause, per_base
from bot.analyse.figures.subjects import is_own_subject, subject
from bot.analyse.figures.victims import (
    DEED_NOUNS,
    deed_phrase,
    done_to,
    lives_taken,
    relative_doer,
    with_deed,
)
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS


def counted_noun(plain: str, quantity: Quantity) -> str:
    """A counted noun with its modifiers and its owner: `Ford workers in the United Kingdom`."""
    if not quantity.kind.endswith("-noun"):
        return ""
    # a rate (`meals per day`) belongs to the unit; the measure names what is counted
    counted = quantity.unit.partition(" per ")[0]
    counted = counted.removeprefix("other ")  # the unit keeps `other`; the measure names staff
    if cases := cases_clause(plain, quantity.start, quantity.end, counted):
        return cases  # "in seven cases, customers reported a burn"
    if rate := per_base(plain, quantity.end, counted):
        return rate  # "eight people per thousand are car owners"
    after = _STRONG.match(plain, quantity.end)  # "200-plus banks": the noun ends further on
    noun = noun_phrase(plain, after.end() if after else quantity.end, counted)
    head = list_head(plain, quantity.start)  # "detained four tourists and two Canadians"
    doer, participle = done_by(plain, head), done_to(plain, head, quantity.end)
    if counted == "lives" and (taken := lives_taken(plain, head)):
        counted, noun, participle = "people", "people" + noun.removeprefix("lives"), taken
        doer = None  # "Floods claimed 31 lives": people killed by floods, not people they claimed
    if counted == "others" and (doer or participle):
        counted, noun = "people", "people" + noun.removeprefix("others")  # "21 others injured"
    if doer and (done := with_doer(noun, counted, doer)):
        return done  # "Ford builds 500,000 cars": cars Ford builds
    if involved := _involved_in(plain, quantity.start, noun, counted):
        return involved  # "a highway crash involving three buses": buses involved in the crash
    of_owner = of_before(plain, quantity.start)
    collected = _COLLECTION_SUBJECT.search(plain[: before_qualifier(plain, quantity.start)])
    lives = of_owner == "lives"  # "The lives of 300 people were saved": the people
    of_head = of_owner[:1].islower() and _unless_collection(of_owner, _OF_COLLECTIONS)
    if of_head and not lives and not participle:
        phrase = f"{of_owner} of {noun}"  # "the personal details of 40 million customers"
        return phrase if len(phrase.split()) <= MAX_WORDS else noun
    candidates = (
        _possessor_before(plain, quantity.start),  # "all Presley's 18 hits": Presley's hits
        _unless_collection(of_owner, _OF_COLLECTIONS),
        antecedent(plain, quantity.start),  # "Falic, which runs 90 stores": Falic stores
        *(("", "") if collected else _subjects(plain, quantity)),  # "A team of 12 divers"
    )
    owners = (_cleaned(c) for c in candidates if c)
    personal = _PERSONAL_BEFORE.search(plain, max(0, quantity.start - 6), quantity.start)
    at = before_qualifier(plain, quantity.start)
    listed = plain[max(0, at - _SIBLING_REACH) : at] if _LIST_ITEM.search(plain, 0, at) else ""
    owned = (o for o in owners if _can_own(o, noun, quantity.unit) and _no_count(o, listed))
    owner = "" if personal else next(owned, "")
    doing = owner or _list_subject(plain, quantity, head)  # "sold 2,000 cars, 300 vans"
    if not doing and not participle and (deed := object_deed(plain, head, quantity.end)):
        return with_object_deed(noun, counted, deed)  # "It has sold 2.8m units": units sold
    if participle:
        if doing and doing in deed_phrase(plain, head):
            doing = ""  # "the fatal shooting of 3 students": `fatal` did nothing
        doing = relative_doer(plain, head) or doing  # "the disaster which has claimed 23 lives"
        return with_deed(noun, counted, participle, doing)  # "people killed by the attack"
    if doing[:1].islower() and (doer := done_by_subject(plain, head, doing)):
        done = with_doer(noun, counted, doer)  # "homes the storm destroyed"
        return done if done and not measure_flaw(done) else _owned(owner, noun)
    return on_board(plain, head, owner, noun, counted) or _owned(owner, noun)


def _involved_in(plain: str, start: int, noun: str, counted: str) -> str:
    """`buses involved in the highway crash` for the count of `a highway crash involving three
    buses` (the counted noun alone when its phrase would be too long), else ""."""
    at = before_qualifier(plain, start)
    found = _INVOLVING.search(plain, max(0, at - 60), at)
    if found is None:
        return ""
    phrases = (f"{words} involved in the {found.group('np')}" for words in (noun, counted))
    return next((p for p in phrases if len(p.split()) <= MAX_WORDS), "")


_INVOLVING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+involving\s*$"
)


def _possessor_before(plain: str, start: int) -> str:
    """The name written as a possessive right before the number (`all Presley's 18 hits`,
    `Britain's 40 biggest firms`), else ""."""
    at = before_qualifier(plain, start)
    found = _POSSESSOR_BEFORE.search(plain, max(0, at - 60), at)
    if found is None or _NAME_GOES_ON.search(plain, max(0, found.start() - 30), found.start()):
        return ""  # "Bank of England's", "Transport and General Workers' Union's": the whole name
    return found.group("owner")


_POSSESSOR_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['\u2019]s)\s+"
    r"(?:(?:first|last|next|latest|new|own|remaining|other)\s+)?$"
)
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w'\u2019]*|\b(?:and|of|&))\s+$")


def _cleaned(candidate: str) -> str:
    """A candidate owner cut to the noun phrase a reader can put before the counted noun."""
    cut = tidy(repaired(before_predicate(_without_predicate(trimmed(candidate)))))
    return _unless_collection(cut)


def _list_subject(plain: str, quantity: Quantity, head: int) -> str:
    """The subject of the clause a list of counts is the object of, for an item after the first
    (its own owner is refused: the item before is no owner), else ""."""
    if head == quantity.start:
        return ""
    return _cleaned(subject(plain, head, 1))


def _owned(owner: str, noun: str) -> str:
    """The noun with its owner in front, unless the owner is people in general (`people have
    got to ask why 10,000 fans`: no `people fans`)."""
    anyone = owner.lower() in _ANYONE or owner.lower().startswith(_ANYONE_WORDS)
    return f"{owner} {noun}" if owner and not anyone else noun


_ANYONE_WORDS = ("no one", "none", "no-one")  # "No one was hurt in the five incidents"


# `his four dogs`: the person owns them, not the clause's subject (`new rule means his dogs`).
_PERSONAL_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Hh]er|[Hh]is|[Mm]y|[Yy]our)\s+$")
_STRONG = re.compile(r"(?:-?plus|-strong)\s+[\w'\u2019-]+")


def _subjects(plain: str, quantity: Quantity) -> tuple[str, str]:
    """The clause's subject as owner, unless the counted things are the subject of their own
    verb (`since 96 fans went`) or picked from a group (`one of the 3,000 tickets`)."""
    if is_own_subject(plain, quantity) or _absolute(plain, quantity):
        return "", ""
    bare = quantity.unit.split()[-1:] != plain[quantity.start : quantity.end].split()[-1:]
    said_to_be = _COPULA_BEFORE.search(plain, max(0, quantity.start - 12), quantity.start)
    if bare and _PICKED_FROM.match(plain, quantity.end) and not said_to_be:
        return "", ""  # "with seven of the graves": no owner (`the ship is one of` keeps one)
    at = before_qualifier(plain, quantity.start)
    if quantity.upper is None and _BETWEEN.search(plain, max(0, at - 14), at):
        return "", ""  # "fighting between the two sides": the sides are nobody's
    if _IN_SUBJECT.match(plain, 0, at):
        return "", ""  # "Tickets for the 12 shows sold out": the count is in the subject
    if _ALONG_WITH.search(plain, max(0, at - 20), at):
        return "", ""  # "found a grave with 90 bodies", "drills involving 40,000 troops"
    partitive = _PARTITIVE.search(plain, 0, quantity.start)
    said_it = _SAID_IT.search(plain, 0, quantity.start)
    return (
        "" if partitive else subject(plain, quantity.start, 1),
        subject(plain, quantity.start) if said_it else "",
    )


_PICKED_FROM = re.compile(r"\s+of\s+(?:the|these|those)\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|becomes|became)\s+$")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# Counted things a clause's subject is only near: `a grave with 90 bodies`, `drills involving`.
_ALONG_WITH = re.compile(
    r"(?:\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+with|\balong\s+with|\binvolving|\balongside)"
    r"\s*$"
)
# A count inside the phrase that opens the sentence: `Tickets for the 12 shows`.
_IN_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][\w'\u2019-]*)(?:\s+[a-z][\w'\u2019-]*)?\s+(?:for|of|on|from|over)\s+"
    r"(?:the|its|their|all)?\s*$"
)


def _absolute(plain: str, quantity: Quantity) -> bool:
    """True for counted things that do something of their own after `with`: `with 90 bidders
    driving the price up` (no clause subject owns the bidders)."""
    at = before_qualifier(plain, quantity.start)
    return bool(_WITH_BEFORE.search(plain, max(0, at - 12), at)) and bool(
        _DOING_AFTER.match(plain, quantity.end)
    )


_WITH_BEFORE = re.compile(r"\b[Ww]ith\s*(?:(?:some|about|around|nearly|almost|over)\s+)?$")
_DOING_AFTER = re.compile(rf"\s+(?!{NOT_PARTICIPLES}\b)[a-z]{{3,}}ing\b")


_ANYONE = word_set("people everyone everybody anyone anybody nobody someone somebody")
_GERUND_OBJECTS = DETERMINERS | word_set("all every")  # `Owning all 10 gadgets`


def _can_own(owner: str, noun: str, counted: str) -> bool:
    """True for an owner a reader can put before the counted noun: no pronoun or verb first, not
    the noun again, no quantity (`Thousands of people` own no PSPs)."""
    if not owner or measure_flaw(owner) or owner.split()[-1] in noun or owner in REPORTERS:
        return False  # "told CNN, but 14 victims' remains": who reports owns nothing
    if owner.split()[0].removesuffix("'s").removesuffix("\u2019s") in CALENDAR:
        return False  # "China said Monday it has 16 schools": a day owns nothing
    if counted.split()[-1:] and counted.split()[-1] in owner.split():
        return False  # "More than 6 million homes nationwide" counts the same homes
    if owner[:1].islower() and owner.split()[0].endswith("ed"):
        return False  # "signed a contract with the state": a verb phrase owns nothing
    words = owner.lower().split()
    if words[0] in FRONTED_PREPOSITIONS:
        return False  # "By then they had sold", "In those days": a fronted phrase owns nothing
    if words[0].endswith("ing") and words[1:2] and words[1] in _GERUND_OBJECTS:
        return False  # "Owning all 10 gadgets": a gerund and its object own nothing
    if _head(owner) in _NO_OWNERS:
        return False  # "market expectations of 190,000 new jobs": a view owns no jobs
    if len(owner.split()) + len(counted.split()) > MAX_WORDS:
        return False  # a long apposition would push the counted noun out of the measure
    return _MANY.match(owner) is None


def _no_count(owner: str, listed: str) -> bool:
    """True unless the owner holds another count that is no subject of its own (`originally
    faced five counts` of `... women`) or is the item before in a list of counts (`two
    Canadians` of `two Canadians and two Australians`, `listed` the words before the number);
    `The five launches will offer 435 homes ... and 187` keeps its owner."""
    found = _COUNT_INSIDE.search(owner)
    return found is None or (found.start() == 0 and owner not in listed)


# The number is an item of a list: `three girls and eight boys`, `a man, four women`.
_LIST_ITEM = re.compile(r"(?:,|\band|\bor)\s*$")
_SIBLING_REACH = 40  # the list item before and the words that join it to the number


# "Acme said it has 1,000 customers": the pronoun's owner is the speaker.
_SAID_IT = re.compile(
    r"\b(?:said|says|added|adds|reported|reports|expects|believes)\s+(?:that\s+)?(?:it|they)\b"
    r"[^,;:]*$"
)
# "one of the 3,000 tickets": the clause's subject does not own what the partitive counts.
_PARTITIVE = re.compile(
    r"\b(?:one|some|any|many|most|all|each|none|few|several|both|either|neither)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_MANY = re.compile(
    r"\d|(?:dozens|hundreds|thousands|millions|billions|scores)\b|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|twenty)\s+of\b",  # "Two of his deputies", not "five launches"
    re.IGNORECASE,
)

# Another count inside the owner (`three tuners channels`, `two Canadians Australians`, `One in
# 10 adult Americans people`): a figure of its own, never whose the counted things are.
_COUNT_INSIDE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|one-(?:third|"
    r"quarter|fifth)|two-thirds|dozens|hundreds|thousands|millions)\b|\b\d[\d,.]*\s+[a-z]+s\b"
    r"|\b(?:one|1)\s+in\s+\d",
    re.IGNORECASE,
)


# Nouns for an event, a view, a rule, a time or a change: what they lead to or fall in is no
# thing they own (`a deal which should lead to 2,500 jobs`, `in the first month under the rules,
# 10 firms`).
_NO_OWNERS = word_set(
    "expectation expectations forecast forecasts estimate estimates prediction predictions deal "
    "deals agreement move moves step delivery deliveries decision decisions sale disappearance "
    "murder disaster death test tests trial cap limit excess net economy situation "
    "list names rules rule plan plans order orders day week month year quarter season period time "
    # a change or an ending: `the loss of 800 jobs`, `the closure of the plant means 650 jobs`
    "loss losses growth reduction increase decrease rise fall drop decline gain closure closures "
    "end "
    # whose lives were taken is no owner of the dead: `claimed the lives of 655 servicemen`
    "lives"
)
_HEAD_END = word_set("of in on at under for from with by to over about after before during")


def _head(phrase: str) -> str:
    """The head noun of a noun phrase: its last word before a preposition (`first month under
    the new rules` -> `month`)."""
    words = phrase.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_END), len(words))
    return words[cut - 1] if cut else ""


_POSSESSOR_IN = re.compile(
    r"(?<![\w'\u2019])(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['\u2019]s|s['\u2019]))\s+"
    r"(?![A-Z])"  # not inside a name: `The Women's Institute group`
)
_OPENING_WORDS = word_set("another one each every some any")  # "Another group of 96 Marines"
# `the deaths of 150 people`, `the detention of 12 men` (`victims`): collections wherever named.
_COLLECTIONS = word_set(
    "chain network fleet group string series range set pair handful couple collection deaths haul"
) | frozenset(DEED_NOUNS)
# Groups of people that own what they do as a clause's subject (`The team signed 3 players`), but
# not what they are made of (`A team of 12 divers searched`).
_GROUPS = word_set("team crowd group batch host wave")
_OF_COLLECTIONS = (
    _COLLECTIONS | _GROUPS | word_set("onslaught barrage flurry spate raft slew litany total tally")
)
# A group that opens its clause with the number in it: `A team of 12 divers searched`; the
# clause's subject is that group, no owner of the divers.
_COLLECTION_SUBJECT = re.compile(
    rf"(?:^|(?<=\s))(?:an?|the|another|one)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(_GROUPS))})"
    r"\s+of\s*$",
    re.IGNORECASE,
)


def _unless_collection(phrase: str, collections: frozenset[str] = _COLLECTIONS) -> str:
    """`phrase`, or "" for a collection (`a chain of 90 stores`: the stores are measured), or
    the name that owns the collection (`Phelps' record haul of 18 medals`: Phelps')."""
    words = phrase.split()
    opener = words[:1] and words[0].lower() in DETERMINERS | _OPENING_WORDS
    named = any(w[:1].isupper() for w in words[1 if opener else 0 :])  # "the Falic group"
    if not words or words[-1].lower() not in collections:
        return phrase
    if owner := _POSSESSOR_IN.search(phrase):
        return owner.group("owner")  # "near Phelps' record haul": Phelps'
    return phrase if named else ""


def _without_predicate(owner: str) -> str:
    """An owner with no verb in it: the subject before the verb (`the museum drew` -> `the
    museum`), or after a verb of saying or expecting (`Analysts expect the bank` -> `the bank`);
    a relative clause after it is left out (`the novel on which the film is based` -> `the
    novel`)."""
    head = _RELATIVE_AFTER.sub("", owner)
    if head.split() and not _NO_NOUN_FIRST.match(head):
        owner = head  # "particularly for those people who": no noun phrase before the clause
    words = owner.split()
    verbs = [i for i, w in enumerate(words) if is_verb(w) or w.lower() in FINITE_VERBS]
    if not verbs:
        return owner
    if words[verbs[-1]].lower() in _REPORTING and verbs[-1] < len(words) - 1:
        return " ".join(words[verbs[-1] + 1 :])
    return " ".join(words[: verbs[0]])


# A relative clause after a noun, with the preposition it may open with: `upon which`, `who`.
_RELATIVE_AFTER = re.compile(rf"(?<=\w)\s+{RELATIVE_OPENER}\s.*$")
_NO_NOUN_FIRST = re.compile(r"\w+ly\b|(?:in|of|at|for|from|on|to|by|with)\b", re.IGNORECASE)
_REPORTING = word_set(
    "said says say expect expects expected believe believes think thinks estimate estimates "
    "predict predicts forecast forecasts reckon reckons"
)


_MORE_PAST = word_set(
    "broke became built dealt forgot hid hung laid lent rang shook slid sought spent stole stuck "
    "swung tore woke"
)
_PAST_FORMS = IRREGULAR_VERBS | _MORE_PAST


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?")  # `kills himself,`: the word without its comma


def before_predicate(phrase: str) -> str:
    """A subject cut before a verb the word lists missed: `Tesla broke a record` -> `Tesla`,
    `the company offered a plan` -> `the company` (`the expected profit` stays whole), `Obama
    fondly referred` -> `Obama`, `a person kills himself` -> `a person`, `this toll doesn't` ->
    `this toll`."""
    words = phrase.split()
    for index in range(1, len(words)):
        word, previous = words[index], words[index - 1].lower()
        past = word.islower() and len(word) > 4 and _past_ending(word)
        if previous.endswith("ly") and _adverb_of_subject(words, index):
            return " ".join(words[: index - 1])
        negated = word.lower().endswith(("n't", "n\u2019t"))  # "This toll doesn't include"
        if word.lower() in _PAST_FORMS or (past and not _describing(words, index)) or negated:
            return " ".join(words[:index])
        if _present_verb(words, index) or _acts_on_itself(words, index):
            return " ".join(words[:index])
    return phrase


def _past_ending(word: str) -> bool:
    """True for the `-ed` of a past form: `offered`, `agreed`; not `speed` or `breed`."""
    return word.endswith("ed") and (not word.endswith("eed") or word in _EED_PASTS)


_EED_PASTS = word_set("agreed freed guaranteed decreed disagreed refereed")


def _describing(words: list[str], index: int) -> bool:
    """True when a past form describes the noun after it (`the expected profit`, `the currently
    traded shares`), not when an adverb follows a name (`Obama fondly referred`)."""
    previous = words[index - 1].lower()
    if previous in DETERMINERS:
        return True
    before = words[index - 2].lower() if index > 1 else ""
    return previous.endswith("ly") and (not before or _determines(before))


def _adverb_of_subject(words: list[str], index: int) -> bool:
    """True for an adverb and its verb after a subject: `Obama affectionately referred`,
    `Someone actually started` (a verb form after the adverb, a name or noun before it)."""
    word = words[index].lower()
    verb = word in FINITE_VERBS or word in _PAST_FORMS or (len(word) > 4 and word.endswith("ed"))
    before = words[index - 2].lower() if index > 1 else ""
    return verb and bool(before) and not _determines(before)


def _determines(word: str) -> bool:
    """True for a determiner or a possessive (`the`, `company's`): a noun follows it."""
    return word in DETERMINERS or word.endswith(("'s", "\u2019s", "s'"))


_REFLEXIVE = word_set("himself herself itself themselves him them")


def _acts_on_itself(words: list[str], index: int) -> bool:
    """True for a verb before a pronoun it acts on: `a person kills himself`."""
    following = words[index + 1 : index + 2]
    return bool(following) and _bare(following[0]) in _REFLEXIVE and words[index].islower()


def _present_verb(words: list[str], index: int) -> bool:
    """True for a present verb between a plural subject and its object: `British children enjoy
    the highest income`."""
    following = words[index + 1 : index + 2]
    previous = words[index - 1]
    plural = previous.islower() and (previous.endswith("s") or previous in _PLURALS)
    word = words[index]
    return (
        plural
        and word.isalpha()
        and word.islower()
        and word not in _NOT_VERBS
        and following[:1] != []
        and following[0].lower() in DETERMINERS
    )


_PLURALS = word_set("children people men women")
# Words between a plural noun and a determiner that are no verb: `shares in the`, `sales of a`.
_NOT_VERBS = word_set(
    "in of on at for from to by with into over under after before during across about than as "
    "and or but nor per via within without like"
)
