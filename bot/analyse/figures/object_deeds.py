"""What a pronoun's clause does to the things it counts: `It has sold 2.8 million units` measures
`units sold`, `That would lift 400,000 kids out of poverty` measures `kids to be lifted out of
poverty`.

A named doer says it in full (`units Sony sold`, `counted_verbs`); a pronoun or a `that` says
nobody a reader can see, so the counted noun gets the deed as a past participle instead of the
bare noun (`units`, `kids`), whose reader cannot tell sold from unsold ones. Verbs of having,
saying, changing or amounting to (`it has 900 staff`, `it cut 30 points`) tell no deed.
"""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.counted_verbs import NO_DEEDS
from bot.analyse.figures.lexicon import (
    DETERMINERS,
    HEAD_PREPOSITIONS,
    MAX_WORDS,
    PERSONAL_PRONOUNS,
    VERBS,
    word_set,
)
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.figures.victims import with_deed
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

# A pronoun subject, its helpers and its verb right before the number: `It has also sold`,
# `That would help lift`, `they plan to open`, `which will ship`.
_PRONOUN_VERB = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?i:it|they|we|that|this|which|who)\s+"
    r"(?:(?:also|now|already|still|then|each|all|reportedly|allegedly|successfully)\s+)?"
    r"(?P<helper>(?:has|have|had|(?P<modal>will|would|could|can|may|might|should|must))\s+)?"
    r"(?:(?:also|now|already|still|then|each|all|reportedly|allegedly|successfully)\s+)?"
    r"(?:(?P<aim>(?:help|helps|helped)|(?:plans?|planned|hopes?|hoped|wants?|wanted|expects?|"
    r"aims?|aimed)\s+to)\s+)?"
    r"(?P<verb>[a-z]{3,})\s+(?:(?:all|another|some|the)\s+)?$"
)
# The counted things open a clause of their own: `It found 40 people had died`, `would allow 400
# people to vote`; what the verb acts on is the clause, not the things.
_CLAUSE_AFTER = re.compile(
    r"\s+(?:had|have|has|would|could|will|can|may|might|must|were|was|are|is|did|do|"
    r"to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z])\b"
)
# `one of the greatest events`: the verb acts on the group the number is picked from.
_PARTITIVE_AFTER = re.compile(r"\s+of\b")


def _present_s(base: str) -> str:
    """`sells`, `catches`, `flies`: the present form after `it`."""
    if base.endswith(("ch", "sh", "ss", "x", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


_COMPLEMENT_AFTER = re.compile(
    r"\s+(?!(?:a|an|the|in|on|at|for|to|from|with|by|of|and|or|but|this|last|next|each|every|"
    r"per|so|since|after|before|while|when|as|than|over|into)\b)[a-z]+\b"
)
_TALLY = word_set("make makes made bring brings brought take takes took")
_CAPACITY = word_set("seat house hold carry accommodate fit take serve")
# Verbs no `-ed` rule makes a participle of: base, past and participle.
_IRREGULAR_FORMS = """
sell sold sold; build built built; buy bought bought; make made made; win won won;
send sent sent; bring brought brought; keep kept kept; lose lost lost; find found found;
catch caught caught; draw drew drawn; write wrote written; teach taught taught; feed fed fed;
fight fought fought; steal stole stolen; shoot shot shot; see saw seen; choose chose chosen;
throw threw thrown; sink sank sunk; hit hit hit; set set set; shut shut shut;
spend spent spent; lead led led; meet met met; give gave given; take took taken;
fly flew flown; tell told told; hold held held; pay paid paid; put put put; cut cut cut;
get got got; understand understood understood; read read read; run ran run; eat ate eaten;
grow grew grown; break broke broken; beat beat beaten; do did done; hide hid hidden;
sing sang sung; bear bore borne; swear swore sworn; tear tore torn; wear wore worn;
let let let; quit quit quit; bid bid bid; bet bet bet; rid rid rid; shed shed shed;
spread spread spread; forecast forecast forecast; dig dug dug; strike struck struck;
freeze froze frozen; withdraw withdrew withdrawn; bite bit bitten; drive drove driven;
shake shook shaken; undergo underwent undergone; ride rode ridden; rise rose risen;
fall fell fallen; forget forgot forgotten; speak spoke spoken; wake woke woken;
forbid forbade forbidden; swell swelled swollen; prove proved proven; hang hung hung;
sweep swept swept; weep wept wept; sleep slept slept; deal dealt dealt; mean meant meant
"""
_IRREGULAR = {
    form: forms[2]
    for line in _IRREGULAR_FORMS.split(";")
    if len(forms := line.split()) == 3
    for form in (forms[0], _present_s(forms[0]), forms[1], forms[2])
}
# Short verbs whose last consonant doubles before `-ed`: `ship`, `plan`, `stop`.
_DOUBLING = re.compile(r"[^aeiou]{1,3}[aeiou][bdgmnprt]")
# Words no verb is, whatever their ending: `that the two`, `which all 12`, `it says its 40`.
_NOT_VERBS = (
    DETERMINERS
    | HEAD_PREPOSITIONS
    | PERSONAL_PRONOUNS
    | word_set(
        "and or but if when while as so into onto upon our your my "
        "news series species less plus thus bus all both each every some any many much more most "
        "only just also about over under than then there here first last next other such same own "
        "alone together instead again always never ever yet"
    )
)
# Verbs that tell no deed done to what they count, or one a participle misreads: `it shows 40
# bridges`, `they mean 30 jobs`, `a deal which should bring 1,200 jobs` (not `jobs brought`).
_SHOWING = word_set(
    "show shows showed shown feature features featured mean means meant need needs needed "
    "involve involves involved include includes included see sees saw seen face faces faced "
    "like likes liked love loves loved know knows knew bring brings brought attract attracts "
    "attracted draw draws drew drawn host hosts hosted welcome welcomes welcomed handle handles "
    "handled allow allows allowed force forces forced warn warns warned "
    "require requires required seat seats seated rank ranks ranked join joins joined follow "
    "follows followed put puts hold holds house houses accommodate accommodates fit fits"
)


def object_deed(plain: str, start: int, end: int) -> str:
    """The past participle of the verb a pronoun or `that` subject does to the counted things of
    the number at `start` (`sold` for `It has sold 2.8 million units`), with the particle
    phrase after the things (`lifted out of poverty`); `to be` before it for a deed not yet done
    (`will open`, `plans to open`: `to be opened`); else ""."""
    begin, _ = clause_span(plain, start)
    at = before_qualifier(plain, start)
    found = _PRONOUN_VERB.search(plain, begin, at)
    if found is None or _PARTITIVE_AFTER.match(plain, end) or _CLAUSE_AFTER.match(plain, end):
        return ""
    verb = found.group("verb")
    if verb in _TALLY and found.group(0)[:4].lower() in {"that", "this"}:
        return ""  # "That makes 40 deaths this year": a tally, nothing made
    if verb in _TALLY and _COMPLEMENT_AFTER.match(plain, end):
        return ""  # "It would make 400 people redundant": what they are made, not made
    helped = bool(found.group("helper") or found.group("aim"))
    if verb in NO_DEEDS or verb in _NOT_VERBS or not _verb_form(verb, helped):
        return ""
    done = participle(verb)
    if not done:
        return ""
    out = _OUT_OF.match(plain, end)
    if out and not _SHARE_OUT_OF.match(out.group("phrase")):  # not "won 4 out of the last 5"
        done = f"{done} {out.group('phrase')}"
    aim = (found.group("aim") or "").split()
    planned = found.group("modal") or (aim and aim[0] not in {"helped"})
    if found.group("modal") in {"can", "could"} and verb in _CAPACITY:
        return ""  # "It can seat 400 people": what it holds, no plan
    return f"to be {done}" if planned else done


_SHARE_OUT_OF = re.compile(r"out\s+of\s+(?:(?:the|a|an)\s+)?(?:possible|last|first|total|next)\b")
# A phrasal verb's particle and its object after the counted things: `lift 400,000 kids out of
# poverty`.
_OUT_OF = re.compile(
    r"\s+(?P<phrase>out\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?[a-z][\w-]*"
    r"(?:\s+(?!(?:last|this|next|in|on|at|by|for|and|or|from|to|with|after|before|since)\b)"
    r"[a-z][\w-]*)?)"
)


def with_object_deed(noun_phrase: str, counted: str, deed: str) -> str:
    """`Mini models to be produced at its Cowley plant`, or `Mini models to be produced` when
    that is too long to show whole (a cut tail reads `at its vast`)."""
    phrase = with_deed(noun_phrase, counted, deed, "")
    return phrase if len(phrase.split()) <= MAX_WORDS else f"{counted} {deed}"


def _verb_form(verb: str, helped: bool) -> bool:
    """True when `verb` reads as a verb right after its subject: a past form, a present `-s`
    form or a known verb; after a helper (`would lift`, `plans to open`) any word that is none
    of the words no verb is."""
    if verb in _SHOWING:
        return False
    known = verb in _IRREGULAR or verb in VERBS or verb in FINITE_VERBS
    return helped or known or verb.endswith("ed") or (verb.endswith("s") and len(verb) > 3)


def participle(verb: str) -> str:
    """The past participle of a verb written as its base, `-s` or past form, else "" (a word
    that is no verb form this can tell: `-ing`, `-ly`)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("ed"):
        return verb
    if verb.endswith(("ing", "ly", "ss", "us", "is", "wn", "ne")) or verb in IRREGULAR_VERBS:
        return ""  # a participle or past form the table does not know: no guess
    base = verb
    if verb.endswith("ies"):
        base = verb[:-3] + "y"
    elif verb.endswith(("ches", "shes", "xes", "sses")):
        base = verb[:-2]
    elif verb.endswith("s"):
        base = verb[:-1]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return base[:-1] + "ied"
    if _DOUBLING.fullmatch(base):
        return base + base[-1] + "ed"
    return base + "ed"
