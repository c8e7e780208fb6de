"""Sources are no measures: who reports a figure is not what it measures.

`Figures showed exports rose 35%`, `Analysts say the deficit could reach $100bn`, `The statistics
office said it fell to 9.6%`: the subject before the first verb names who tells, not what is told.
When a clause's subject is such a source, the measure is the subject of the clause it reports
(`exports`, `deficit`); a pronoun there (`it fell`) points to something named in an earlier
sentence, which the article resolves (`reported_pronoun`); a source that acts on something
(`The office revised the rate of growth down from 5.9%`) measures that thing, its verb's object.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.analyse.figures.lexicon import HEAD_PREPOSITIONS, RESOLVED, tidy, word_set
from bot.analyse.figures.readable import FINITE_VERBS

# Nouns for those who publish, survey or comment on figures, never what they count.
SOURCE_NOUNS = word_set(
    "figures data statistics survey surveys study studies report reports poll polls "
    "research analysts analyst economists economist experts expert officials official observers "
    "watchdog regulator census researchers forecasters estimates"
)
# Bodies that publish figures, when named (`the Office for National Statistics`): a lower-case
# `box office` or `department` is something else.
INSTITUTIONS = word_set("institute office bureau agency ministry department commission")
# Verbs by which a source tells what it found.
_SAYING = (
    r"said|says|say|saying|showed|shows|show|showing|found|finds|find|revealed|reveals|reveal|"
    r"suggested|suggests|suggest|indicated|indicates|indicate|estimated|estimates|reported|"
    r"reports|noted|notes|believe|believes|expect|expects|predict|predicts|predicted|warned|"
    r"warns|warn"
)
_SAYING_WORDS = frozenset(_SAYING.split("|"))


def reports(words: str) -> bool:
    """True when `words` hold a verb of saying or reporting (`said sales rose`)."""
    return not _SAYING_WORDS.isdisjoint(words.lower().split())


_REPORTING = re.compile(rf"\b(?:{_SAYING})\s+(?:that\s+)?", re.IGNORECASE)
# An acronym with its article names a body (`the ONS`, `the IBGE`): a company needs no article.
_BODY_ACRONYM = re.compile(r"^[A-Z]{2,5}$")

# Verbs by which a body reckons figures: `the ONS revised the rate down`.
_RECKONING = "revised|revises|calculated|calculates|measured|measures|recorded|records|forecast"
_ACRONYM_SAYS = re.compile(
    rf"\b[Tt]he\s+(?P<acronym>[A-Z]{{2,5}})\s+(?:also\s+)?(?:{_SAYING}|{_RECKONING})\b"
)

# Anchored where a clause or a comma-set piece starts, so each start is tried once, not at every
# word of a long clause.
_SOURCE_SAID_IT = re.compile(
    rf"(?:^|(?<=[,;]))(?P<source>[^,;]+?)\s+(?:{_SAYING})\s+(?:that\s+)?it\b", re.IGNORECASE
)
# Verbs whose complement is the value of their subject: `it fell to`, `it was`, `it stood at`.
_COMPLEMENT_VERBS = word_set(
    "is was were be been stood stands fell falls fall fallen rose rises rise risen grew grows "
    "grow grown dropped drops drop climbed climbs climb increased increases increase decreased "
    "decreases decrease declined declines decline jumped jumps jump slipped slips slip slid "
    "reached reaches reach hit hits totalled totals total gained gains gain edged edges edge "
    "eased eases ease surged surges surge soared soars soar plunged plunges plunge widened "
    "widens widen narrowed narrows narrow shrank shrinks shrink expanded expands expand "
    "contracted contracts contract averaged averages average"
)
_AUXILIARIES = word_set("has had have will would could may might should also now")

# What a source acts on: the words after its verb up to a particle, preposition or figure
# (`revised the annual rate of growth down from`).
_OBJECT_END = re.compile(
    r"\s+(?:down|up|from|to|by|at|higher|lower)\b|\s*(?:[$\u00a3\u20ac\u00a5]|(?<!\d)\d(?!\d{3}\b))|$"
)

# A source and its reporting verb in front of a measure: `VA documents show appointments`.
_PAPERS = "|".join(sorted(SOURCE_NOUNS | {"documents", "records"}))
_SOURCE_PREFIX = re.compile(
    rf"^(?:[\w'\u2019.-]+\s+){{0,3}}?(?:{_PAPERS})\s+(?:{_SAYING})(?:\s+(?:that\s+)?|$)",
    re.IGNORECASE,
)


def _acronym_reports(acronym: str, clause: str) -> bool:
    """`the ONS said`, `the IBGE says`, `the CBO revised`: an acronym with its article, then a
    verb by which a body reports or reckons figures."""
    return any(m.group("acronym") == acronym for m in _ACRONYM_SAYS.finditer(clause))


def is_source(phrase: str, clause: str) -> bool:
    """True when the phrase (the subject of `clause`) names who reports figures: `Figures
    released earlier`, `analysts`, `the Office for National Statistics`, `the ONS`."""
    words = phrase.split()
    if not words:
        return False
    if len(words) == 1 and _BODY_ACRONYM.match(phrase):
        return _acronym_reports(phrase, clause)
    end = next((i for i, w in enumerate(words) if i and w.lower() in HEAD_PREPOSITIONS), len(words))
    named = [w.lower() for w in words[:end]]
    if named[-1] in SOURCE_NOUNS or _reports_next(named):
        return True
    if named[-1] not in INSTITUTIONS or _owned_by_body(words[end:]):
        return False
    # the head of a body's name (`the Statistics Office`, `the census bureau`): a `Post Office`
    # or a `box office` is something else
    return words[end - 1][:1].isupper() or not SOURCE_NOUNS.isdisjoint(named)


def _owned_by_body(rest: list[str]) -> bool:
    """True when a body's name goes on to a common noun it owns: `Institute for Supply
    Management index` is the index, not the institute."""
    if not rest or not rest[-1].islower() or rest[-1] in SOURCE_NOUNS | INSTITUTIONS:
        return False
    return all(w[:1].isupper() or w.lower() in {"for", "of", "and", "&"} for w in rest[:-1])


def _reports_next(words: list[str]) -> bool:
    """True when a source noun has a participle or reporting verb after it (`Figures released
    earlier`, `Official figures showed`), unlike a modifier of what is measured (`Official
    unemployment`)."""
    return any(
        word in SOURCE_NOUNS and (after.endswith("ed") or after in _SAYING_WORDS)
        for word, after in pairwise(words)
    )


def reported_pronoun(clause: str) -> bool:
    """True when the clause reads `<source> said it <verb>` and the figure after it is that
    verb's complement (`The statistics office said it fell to 9.6%`): `it` stands for something
    an earlier sentence named. A figure some other verb takes (`said it expects 5% growth`) is
    no value of that thing."""
    found = _SOURCE_SAID_IT.search(clause)
    if found is None or not is_source(tidy(found.group("source")), clause):
        return False
    told = [w for w in clause[found.end() :].lower().split() if w not in _AUXILIARIES]
    return bool(told) and told[0] in _COMPLEMENT_VERBS


def pronoun_complement(clause: str) -> bool:
    """True when the clause is only `it` and a verb the figure completes (`Now it's $7.25`, `It
    fell to 4.1%`): `it` stands for what the sentence before was about."""
    found = _IT_OPENS.match(clause)
    if found is None:
        return False
    told = [w for w in clause[found.end() :].lower().split() if w not in _AUXILIARIES]
    if found.group("is"):
        return not told  # `it's $7.25`, not `it's worth $5bn`
    if not told or told[0] in {"be", "been"}:
        return False  # `It has been 60 years since`: an empty `it` before a time
    return len(told) in {1, 2} and told[0] in _COMPLEMENT_VERBS and told[1:] in ([], ["to"])


# `It`, opening its clause after a word of time or a conjunction, and maybe its `'s`.
_IT_OPENS = re.compile(
    r"\s*(?:(?:now|then|today|currently|but|and|so|yet)\s+)?it(?P<is>['\u2019]s\b)?(?=\s|$)",
    re.IGNORECASE,
)


def reported_clause(clause: str) -> str | None:
    """The clause a source's verb reports, from the first reporting verb on (`Figures showed
    exports rose` -> `exports rose`; a source noun that is also a verb, `reports suggest`, is
    passed), or None when the source reports nothing."""
    for found in _REPORTING.finditer(clause):
        noun = found.group().split()[0].lower() in SOURCE_NOUNS
        if not (noun and _REPORTING.match(clause, found.end())):  # `Local reports suggest`
            return clause[found.end() :]
    return None


def opens_with_pronoun(clause: str) -> bool:
    """True when the reported clause opens with `it` or `they`: its owner is named earlier."""
    words = clause.split()
    return bool(words) and words[0].lower() in RESOLVED


def acted_on(source: str, clause: str) -> str:
    """The object of the verb after `source` in `clause` (`The ONS revised the annual rate down
    from` -> `annual rate`), else ""."""
    words = clause.split()[len(source.split()) :]
    if len(words) < 2 or not words[0].islower():
        return ""
    return noun_phrase(" ".join(words[1:]))


def noun_phrase(phrase: str) -> str:
    """The phrase up to a particle, preposition or figure, if no verb is left in it: `exports at
    a record high` -> `exports`."""
    end = _OBJECT_END.search(phrase)
    kept = phrase[: end.start()] if end else phrase
    return "" if any(w.lower() in FINITE_VERBS for w in kept.split()) else tidy(kept)


def without_source(phrase: str) -> str:
    """`phrase` without the source and reporting verb in front of it: `VA documents show
    appointments` -> `appointments`."""
    if _SAYING_WORDS.isdisjoint(phrase.lower().split()[1:5]):
        return phrase  # no reporting verb where a source's would stand
    return _SOURCE_PREFIX.sub("", phrase)
