"""Reported speech with no `that`: the clause a verb of saying reports straight after it.

`Ola Berg said he would resign`, `said on Friday profits fell 12%`, `said no decision had been
made`, `told reporters the talks had stalled`. A clause needs a subject and a finite verb within a
few words of it; a thing said is no clause (`said a prayer as the water was rising`, `said the
words he had rehearsed`, `said goodbye to the team he had led`, `told him to leave`).
"""

from __future__ import annotations

import re

from bot.analyse.quotes.lexicon import TELLING_VERBS
from bot.analyse.quotes.phrases import WEEKDAYS

# Verbs of saying whose clause may follow with no `that`: `Ola Berg said he would resign`.
_BARE_SAYING = frozenset(
    {"said", "says", "say", "added", "adds", "insisted", "argued", "argue", "warned", "warn"}
    | {"confirmed", "admitted", "acknowledged", "conceded", "claimed", "predicted", "stressed"}
    | {"saying", "adding", "insisting", "arguing", "warning"}  # `, saying the cuts were overdue`
)
# Verbs of saying in their base form, which a plural subject reports with (`critics say the
# levy is`) but which also follow `to`, an auxiliary, a generic `they` or a relative pronoun
# (`unable to say when`, `who they say they are`, `critics who say`).
_BASE_FORMS = frozenset(["say", "argue", "warn"])
_GENERIC_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|cannot|might|may|must|should|shall|did|do|does|not|n't|"
    r"they|we|you|I|who|which|that)\s+(?:(?:also|still|now|often|always|never|just)\s+)?$",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|neither|nor|n't)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# When, where or how it was said, between the verb and its clause: `said on Friday`, `said
# separately`, `said in a statement on Monday`.
_SAID_WHEN = re.compile(
    rf"(?:,?\s+(?:(?:on\s+|late\s+on\s+|early\s+on\s+)?(?:{WEEKDAYS})|yesterday|today|"
    r"(?:last|this)\s+(?:week|month|year|night|morning|weekend)|earlier|later|separately|"
    r"previously|recently|privately|publicly|repeatedly|again|also|"
    r"in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|interview|report|speech|"
    r"letter|filing|email|post)|at\s+(?:a|the)\s+(?:\w+\s+)?(?:conference|briefing|hearing|"
    r"meeting|rally|summit)),?)*"
)
# Words that open a clause of their own inside the object of `said`: `said a prayer as the water
# was rising`, `said the words he had rehearsed`, `said Yes when he was asked`.
_NEW_CLAUSE_WORDS = "as|when|where|while|who|whom|which|that|what|because|if|before|after"
_NEW_CLAUSE = rf"(?:{_NEW_CLAUSE_WORDS})\b"
_PREPOSITIONS = "to|for|at|in|on|of|with|from|by"
_DETERMINERS = "the|a|an|this|these|his|her|its|their"
# The words a clause opens with surely: a pronoun or a determiner.
_OPENERS = f"he|she|it|they|we|I|there|{_DETERMINERS}"
# A thing said and a clause describing it: `the words he had rehearsed`.
_DESCRIBED_THING = re.compile(rf"(?:{_DETERMINERS})\s+[\w-]+\s+(?:he|she|they|we|I|you)\b")
FINITE = r"(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do)"
# A subject that opens a clause: a pronoun, a determiner or a capitalised word.
_SUBJECT = rf"(?:{_OPENERS}|[A-Z][a-z]+)"
# A clause: a subject, then a finite verb within a few words (`he had spoken`, `the plan would`).
_CLAUSE = (
    r"(?P<clause>" + _SUBJECT + r"\b(?:\s+(?!" + _NEW_CLAUSE + r")[\w'\u2019,-]+){0,5}?\s+"
    + FINITE + r"\b.*)"
)  # fmt: skip
_BARE_CLAUSE = re.compile(r"\s+" + _CLAUSE, re.DOTALL)
# Words said that are no clause's subject: `said goodbye`, `said sorry`, `said yes`.
_THINGS_SAID = (
    r"(?:goodbye|farewell|sorry|thanks|thank|hello|hi|yes|grace|mass|prayers?|amen|nothing\s+"
    r"(?:about|of|to))\b"
)
# Past forms that end a lowercase subject as surely as an auxiliary: `said profits fell`.
PAST_FORMS = (  # noqa: SIM905
    "fell rose grew went came made took gave got lost won paid sold bought left hit cut began kept "
    "held led met put ran sent spent stood fled shrank sank struck broke knew saw found thought "
    "felt lay meant brought caught taught sought built dealt drew drove fought hung let set shot "
    "shut spoke spread stole stuck threw understood wore wrote became bore beat chose flew froze "
    "hid hurt rode sang sold slid swung tore withdrew overtook underwent"
).split()
_LOWER_VERB = r"(?:" + FINITE + r"|\w+ed|" + "|".join(PAST_FORMS) + r")\b"
# Words that end a lowercase subject before its verb: `said goodbye to the team he had led`.
_SUBJECT_PRONOUNS = "he|she|they|we|I|you"
_SUBJECT_STOPS = f"{_NEW_CLAUSE_WORDS}|{_PREPOSITIONS}|{_SUBJECT_PRONOUNS}"
# Words that open no subject: a relative (`told the story of a man who had`), a preposition
# (`told him to leave`).
_OPENING_STOPS = f"who|whom|which|that|what|{_PREPOSITIONS}"
# A lowercase subject, perhaps after a determiner: a noun, or `no`/`both`/`nothing`, then a finite
# verb within four words (`said profits would fall`, `said no decision had been made`, `said the
# budget looked`).
_LOWER_CLAUSE = re.compile(
    rf"\s+(?P<clause>(?:(?:{_DETERMINERS})\s+)?"
    r"(?!" + _THINGS_SAID + r"|(?:" + _OPENING_STOPS + r")\b)[a-z][\w'\u2019-]*"
    r"(?:\s+(?!(?:" + _SUBJECT_STOPS + r")\b)[a-z][\w'\u2019-]*){0,3}\s+" + _LOWER_VERB + r".*)",
    re.DOTALL,
)
# A pronoun or a name right before its verb in the past or present (`said it expected`, `said
# Acme posted a loss`, `says it needs`).
_PLAIN_CLAUSE = re.compile(
    r"\s+(?P<clause>(?:he|she|it|they|we|I|(?!" + _THINGS_SAID + r")[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)"
    r"{0,2})\s+(?:" + _LOWER_VERB + r"|[a-z]+s\b(?<!ss\b)(?<!us\b)(?<!is\b)).*)",
    re.DOTALL,
)
# A counted subject: `said 11 of the dead were`, `said about 1,100 rescuers had been deployed`,
# `said none of its offices would close`.
_COUNTED_CLAUSE = re.compile(
    r"\s+(?P<clause>(?:(?:about|some|roughly|around|nearly|almost|more\s+than|fewer\s+than|"
    r"less\s+than|at\s+least|up\s+to|over|only|just)\s+)?(?:\d[\d,.]*(?:%|[a-z]{1,3})?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|none|some|many|most|all|"
    r"each|several|few|half|neither|either)\b"
    r"(?:\s+(?!" + _NEW_CLAUSE + r")[\w'\u2019%,-]+){0,5}?\s+" + _LOWER_VERB + r".*)",
    re.DOTALL,
)
# Whom `told` tells, a word at a time: `reporters`, `the BBC`, `Italian newspaper La Voce`.
_LISTENER_WORD = re.compile(r"\s+[\w'\u2019.&-]+")
_LISTENER_WORDS = 5
# Where or when the listener was told, before the clause: `told analysts on a call`.
_TOLD_WHERE = re.compile(
    r"(?:\s+(?:on|at|in|before|after|during)\s+(?:a|an|the)\s+[\w-]+(?:\s+(?:call|conference|"
    r"briefing|site|vote|meeting))?|\s+separately)?"
)
# A clause opening with a pronoun or a determiner: told's clause when there is one.
_OPENED = re.compile(rf"(?:{_OPENERS})\b")
_BARE_WORDS = 4
# A passive right before a verb of saying: `Souness is said to have`, `it was claimed`: hearsay,
# which names no speaker.
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")


# A longer subject, with what qualifies it, before an auxiliary: `said price cuts on more than
# 2,000 products had helped`, `said heavy rains between July and October had created`, `said
# names, dates of birth and addresses had been accessed`. No pronoun or clause word may come
# between (`said goodbye to the team he had led`, `said a prayer as the water was rising`).
_LONG_AUXILIARY = r"(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|must)"
_LONG_CLAUSE = re.compile(
    rf"\s+(?P<clause>(?:(?:{_DETERMINERS})\s+)?(?!"
    + _THINGS_SAID
    + r"|(?:"
    + _OPENING_STOPS
    + r")\b)[a-z0-9£$€][\w'\u2019£$€%.,-]*(?:\s+(?!(?:"
    + f"{_NEW_CLAUSE_WORDS}|{_SUBJECT_PRONOUNS}"
    + r"|to|it|its|his|her|their|him|them)\b)[\w'\u2019£$€%.,-]+){1,11}?"
    + r"(?<!\band)(?<!\bor)(?<!\bbut)\s+"
    + _LONG_AUXILIARY
    + r"\b.*)",
    re.DOTALL,
)
# A named thing after a determiner: `said the Chingola West shaft accounted for`.
_NAMED_THING_CLAUSE = re.compile(
    r"\s+(?P<clause>(?:the|its|their)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}[a-z][\w'\u2019-]*\s+"
    + _LOWER_VERB
    + r".*)",
    re.DOTALL,
)
_CLAUSES = (
    _BARE_CLAUSE, _LOWER_CLAUSE, _PLAIN_CLAUSE, _COUNTED_CLAUSE, _LONG_CLAUSE, _NAMED_THING_CLAUSE
)  # fmt: skip


def bare_clause(sentence: str, start: int, end: int) -> str:
    """The clause a verb of saying at `sentence[start:end]` reports with no `that` (`said he
    had spoken to two buyers`), else ""."""
    verb = sentence[start:end]
    if verb not in _BARE_SAYING and verb not in TELLING_VERBS:
        return ""
    if verb in _BASE_FORMS and _GENERIC_BEFORE.search(sentence, 0, start):
        return ""  # `unable to say when`, `who they say they are`: no one reports a clause
    if _NEGATED_BEFORE.search(sentence, 0, start):
        return ""  # `has neither admitted nor denied`, `never said`: a denial, no report
    when = _SAID_WHEN.match(sentence, end)
    at = when.end() if when else end
    clause = _told_clause(sentence, at) if verb in TELLING_VERBS else _clause_at(sentence, at)
    if _DESCRIBED_THING.match(clause):
        return ""
    return clause if len(clause.split()) >= _BARE_WORDS or _SHORT_CLAUSE.match(clause) else ""


# A clause of three words that is surely one: a pronoun, a finite verb and one more word (`she
# was relieved.`, `it would appeal.`).
_SHORT_CLAUSE = re.compile(
    r"(?:he|she|it|they|we|I)\s+" + FINITE + r"\s+(?!(?:be|been|do|have|not|so|too)\b)[a-z]+\.?$"
)


def _clause_at(sentence: str, at: int) -> str:
    """The clause opening at `at` by any of the rules, else ""; read past an aside set off by
    commas after its subject (`said the gang, armed with rifles, forced the van`, `said Tallent,
    who was its chief, pressured staff`)."""
    found = next((f for rule in _CLAUSES if (f := rule.match(sentence, at))), None)
    if found is None and (aside := _SUBJECT_ASIDE.match(sentence, at)):
        start, end = aside.span("aside")
        blanked = sentence[:start] + " " * (end - start) + sentence[end:]
        found = next((f for rule in _CLAUSES if (f := rule.match(blanked, at))), None)
    return sentence[found.start("clause") : found.end("clause")].strip() if found else ""


# A subject of up to four words and an aside after it, set off by commas: a relative clause or a
# participle phrase (`the gang, armed with assault rifles,`).
_SUBJECT_ASIDE = re.compile(
    r"(?:\s+[\w'\u2019.-]+){1,4}?(?P<aside>,\s+(?:who|which|whose|[a-z]+ed|[a-z]+ing)\b"
    r"[^,;:]{1,100},)"
)


def _plainly_opened(clause: str) -> bool:
    """Whether a clause opens as a clause surely does: with a pronoun or a determiner, or with a
    count (`none of its offices`), not with a bare noun that may end the listener (`conference
    the talks had stalled`) or a capital that may (`BBC the plan would`)."""
    return bool(_OPENED.match(clause) or _COUNTED_CLAUSE.match(" " + clause))


def _told_clause(sentence: str, at: int) -> str:
    """The clause after whom `told` tells (`told Reuters revenue had tripled`): the one after the
    shortest listener, unless it opens with a noun or a capital and a longer listener leaves a
    clause opening with a pronoun or a determiner (`told the BBC the plan would`, not `BBC the
    plan would`)."""
    clauses, end = [], at
    for _ in range(_LISTENER_WORDS):
        word = _LISTENER_WORD.match(sentence, end)
        if word is None:
            break
        end = word.end()
        if word.group().strip() == "to":
            break  # `told members to take their seats`: what to do, not what was said
        if _OPENED.fullmatch(word.group().strip()):
            continue  # `told the`: a listener needs its noun
        where = _TOLD_WHERE.match(sentence, end)
        clause = _clause_at(sentence, where.end() if where else end)
        if clause:
            clauses.append(clause)
    if not clauses:
        return ""
    if _plainly_opened(clauses[0]):
        return clauses[0]
    return next((c for c in clauses if _OPENED.match(c)), clauses[0])
