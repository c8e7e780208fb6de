"""Reported speech: a sentence with no quote marks whose speaker reports what was said.

- a that-clause: `Putin stressed that ...`, `told growers that ...` (not a verb's object: `rejected
  the idea that ...`);
- a clause with no `that` right after a verb of saying: `Ola Berg said he would resign`, `said
  profits fell 12%`, `told reporters the talks had stalled`;
- an attribution closing the sentence or set inside it: `The plan will cost more, Ola Berg said.`,
  `The plan, he said, will cost more.`;
- `according to X, ...` and `..., according to X`;
- a relative clause: `a figure which the watchdog said was unsustainable`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.attribution import according_to
from bot.analyse.quotes.bare_clauses import PASSIVE_BEFORE, bare_clause
from bot.analyse.quotes.closing_reports import closing_report
from bot.analyse.quotes.continued_reports import continued_subject, continues
from bot.analyse.quotes.lexicon import INDIRECT_VERBS, TELLING_VERBS
from bot.analyse.quotes.marks import words_in
from bot.analyse.quotes.phrases import (
    MONTHS,
    WEEKDAYS,
    Phrase,
    object_noun,
    subject_before,
    verb_positions,
)
from bot.analyse.quotes.relative_reports import relative_report
from bot.analyse.text.datelines import without_place_line

_CLAUSE_MARKS = frozenset(
    "it he she they we i you had has have was were is are be given made".split()  # noqa: SIM905
)

# Verbs that take the people they address before a that-clause: `warned investors that`,
# `told growers that`.
_ADDRESSING = TELLING_VERBS | frozenset(
    [
        "warned",
        "warns",
        "warning",
        "assured",
        "assures",
        "reminded",
        "reminds",
        "informed",
        "informs",
        "promised",
        "promises",
        "advised",
        "advises",
        "urged",
        "urges",
        "convinced",
        "persuaded",
        "notified",
        "briefed",
    ]
)


def _adjunct(words: str, verb: str) -> bool:
    """Whether the words between a verb and `that` are an adjunct (`on Friday`), not a clause
    of their own (`it had told growers that ...`) nor, after a verb that tells nobody, the
    object a relative clause describes (`answered questions that focused on ...`)."""
    split = words.split()
    first = split[0] if split else ""
    noun = first.isalpha() and first.islower() and first.endswith("s") and first[-2:] != "ss"
    # `said afterwards that`; a determiner is read by the rule after (`said this week that`)
    noun = noun and first not in _ADVERBS_IN_S and first not in _OBJECT_DETERMINERS
    timed = any(w.lower().strip(",") in _TIME_WORDS for w in split)  # "said a week later that"
    if (noun or (first in _OBJECT_DETERMINERS and not timed)) and verb not in _ADDRESSING:
        return False  # "rejected the idea that jobs were at risk": he did not say they were
    second_verb = _SECOND_VERB.search(words) is not None  # `posted profits and predicted that`
    return not second_verb and not any(w.lower() in _CLAUSE_MARKS for w in split)


# A verb's `that` and the words between: an adjunct of up to four (`said on Friday that`), or for
# a verb that tells someone, up to six for whom and where (`told a news conference in Jakarta
# that`).
_THAT = re.compile(r"((?:\s+[\w'\u2019\-]+){0,4}?)\s+that\s+(.+)", re.DOTALL)
_THAT_TELLING = re.compile(r"((?:\s+[\w'\u2019\-]+){0,6}?)\s+that\s+(.+)", re.DOTALL)
# A longer adjunct that opens with a preposition or a time word: `said in a report last week
# that`, `said at a news conference on Friday that`.
_THAT_AFTER_ADJUNCT = re.compile(
    r"(\s+(?:in|on|at|during|after|before|earlier|later|last|this)\b(?:\s+[\w'\u2019\-]+){2,6}?)"
    r"\s+that\s+(.+)",
    re.DOTALL,
)
# Adverbs ending in -s that sit between a verb and `that` like any adjunct.
_ADVERBS_IN_S = frozenset(
    ["afterwards", "always", "sometimes", "perhaps", "nevertheless", "nonetheless", "besides"]
)
_SECOND_VERB = re.compile(r"\b(?:and|but)\s+\w+ed\b")


# Words that open a verb's object (`rejected the idea that`, `dismissed his claim that`): what
# follows `that` is the object's content, not the subject's words.
_OBJECT_DETERMINERS = frozenset(
    "the a an this these those his her its their any such".split()  # noqa: SIM905
)
_TIME_WORDS = frozenset(
    (  # noqa: SIM905
        "later earlier ago day days week weeks month months year years morning afternoon "
        "evening night weekend time"
    ).split()
)
# A that-clause is a clause: `dismissed that charge.` reports nothing.
_MIN_CLAUSE_WORDS = 2


# An adverb set off by commas right after the verb: `She warned, however, that`.
_SET_OFF = re.compile(
    r"^,\s*(?:however|though|too|also|meanwhile|moreover|nonetheless|nevertheless|instead|"
    r"in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,"
)


def _adjunct_that(rest: str) -> re.Match[str] | None:
    """A `that` after a longer adjunct (`said in a report last week that`), unless that `that`
    opens a relative clause (`said in a letter to the firm that hired him that`)."""
    found = _THAT_AFTER_ADJUNCT.match(rest)
    first = found.group(2).split(maxsplit=1)[0].lower() if found else ""
    relative = first.endswith("ed") or first in _RELATIVE_VERBS
    return None if found is None or relative else found


_RELATIVE_VERBS = frozenset(
    "is was were are has had have will would can could owns runs makes".split()  # noqa: SIM905
)


# Verbs that urge someone to act: `urged members to vote`, `called on banks to pass it on`.
_URGING = frozenset(["urged", "urges", "urging", "appealed", "appeals"])
# Whom, then `to` and a verb: `both sides to return`, `the government to act`, `them to stay`.
_URGED_TO = re.compile(
    r"\s+(?:to\s+)?(?P<whom>(?:[\w'\u2019&.-]+\s+){0,5}?[\w'\u2019.-]+)\s+to\s+(?:[a-z]+ly\s+)?"
    r"(?P<act>[a-z]+)\b"
)
# A finding told as a that-clause: `The Hague District Court found that`, `the figures showed that`.
_FOUND_THAT = re.compile(
    r"\s(?:also\s+)?(?P<verb>found|finds|showed|shows|concluded|concludes)\s+that\s+"
    r"(?P<clause>\S.{10,})",
    re.DOTALL,
)
# A speaker's verb before the finder: the finding is what that speaker reports.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|adds|argued|argues)\b")
# What finds or shows: a court, a study, a paper, figures; never a person who found something.
_FINDERS = frozenset(
    (  # noqa: SIM905
        "court study report survey review inquiry investigation research researchers figures "
        "data poll analysis audit tribunal jury trial results statistics census"
    ).split()
)


def _estimate_or_finding(sentence: str) -> tuple[Phrase, str] | None:
    """An estimate or a finding told as a that-clause (`He estimated that`, `The court found
    that`), with its subject as the speaker; a finding someone reports is theirs (`Vetham said
    the survey showed that`); an impersonal passive (`It is estimated that`) reports nothing."""
    estimate = _ESTIMATED_THAT.search(sentence)
    if estimate and not _impersonal(sentence, estimate.start()):
        phrase = _subject_cued(sentence, estimate.start(), estimate.group("verb"))
        if phrase is not None and not object_noun(sentence[: estimate.start()]):
            return phrase, estimate.group("clause").strip()
    finding = _FOUND_THAT.search(sentence)
    if finding is None or _impersonal(sentence, finding.start()):
        return None
    if said := _SAID_BEFORE.search(sentence, 0, finding.start()):
        speaker = _subject_cued(sentence, said.start(), said.group())
        return (speaker, sentence[said.end() :].strip()) if speaker is not None else None
    phrase = _subject_cued(sentence, finding.start(), finding.group("verb"))
    if phrase is not None and _finder(phrase):
        return phrase, finding.group("clause").strip()
    return None


def _impersonal(sentence: str, at: int) -> bool:
    """A passive right before the verb starting at `at + 1`: `It is estimated that`."""
    return PASSIVE_BEFORE.search(sentence, 0, at + 1) is not None


def _subject_cued(sentence: str, at: int, cue: str) -> Phrase | None:
    """The subject of the verb at `at`, past a relative clause before it, with `cue` as its
    verb."""
    phrase = subject_before(_before_relative(sentence[:at]))
    return replace(phrase, cue=cue) if phrase is not None else None


def _finder(phrase: Phrase) -> bool:
    """Whether the subject of `found that` reports a finding: a court, a study, figures."""
    head = phrase.words[-1].lower() if phrase.words else ""
    return head in _FINDERS


# An estimate told as a that-clause: a report of a figure (`The ILO estimated that 400,000 ...`).
_ESTIMATED_THAT = re.compile(
    r"\s(?P<verb>estimated|estimates)\s+that\s+(?P<clause>\S.{10,})", re.DOTALL
)
# `called on` someone, never on a day or on a phone: `called on Monday for witnesses`, `called on
# his mobile`.
_CALLED_ON = re.compile(
    rf"\b(?:called|calls|calling)\s+(?P<on>on)\b(?!\s+(?:{WEEKDAYS}|{MONTHS}|"
    r"his|her|my|their|its|our|your)\b)"
)
# Words that never open the people urged: `urged to resign` is passive, `urged caution` is no act.
_NOT_WHOM = frozenset(["that", "caution", "restraint", "calm", "patience", "not", "by"])


def urged_to(sentence: str, end: int, verb: str) -> str:
    """What someone was urged to do, told from whom on (`both sides to return to the table`)
    after a verb of urging ending at `end`, else ""."""
    if verb not in _URGING:
        return ""
    found = _URGED_TO.match(sentence, end)
    if found is None or found.group("whom").split()[0].lower() in _NOT_WHOM:
        return ""
    if "," in found.group("whom") or found.group("act") in ("be", "the", "a"):
        return ""
    clause = sentence[end:].strip().removeprefix("to ").rstrip(".")
    return clause if len(words_in(clause)) >= 4 else ""


# `according to` this close to the start of its sentence opens it (after a quote mark or a dash).
OPENING = 2


# An impersonal passive before a reporting verb: `It is believed`, `it was widely reported`.
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?$"
)


def report(sentence: str) -> tuple[Phrase, str] | None:
    """The speaker and the that-clause of a sentence of reported speech."""
    for start, end in verb_positions(sentence):
        if sentence[start:end] not in INDIRECT_VERBS or object_noun(sentence[:start]):
            continue
        verb = sentence[start:end]
        passive = not verb.endswith("ing") and PASSIVE_BEFORE.search(sentence, 0, start)
        if _IMPERSONAL.search(sentence, 0, start) or passive:
            continue  # `It is believed that ...`, `He is said to have ...`: no one said it
        if (relative := relative_report(sentence, start, end, verb)) is not None:
            return relative  # `a figure which the watchdog said was unsustainable`
        within = _THAT_TELLING if verb in _ADDRESSING else _THAT  # `told a news conference in X`
        rest = _SET_OFF.sub(lambda m: " " * len(m.group()), sentence[end:], count=1)
        that = within.match(rest) or _adjunct_that(rest)  # `warned, however, that`
        continued = continues(sentence, start, end)
        if continued:
            if verb.endswith("ing") and (closing := closing_report(sentence)) is not None:
                return closing  # `The plan will fail, it said, adding that ...`
            phrase = continued_subject(sentence, start, end)  # `The bank cut jobs, adding that`
        else:
            phrase = subject_before(_before_relative(sentence[:start]))
        if that and len(that.group(2).split()) < _MIN_CLAUSE_WORDS:
            continue  # "Whitcomb dismissed that charge.": `that` points, it opens no clause
        if that and phrase is not None and _adjunct(that.group(1), sentence[start:end]):
            return replace(phrase, cue=sentence[start:end]), that.group(2).strip()
        bare_allowed = continued or not verb.endswith("ing")  # never `had been saying he`
        if not that and phrase and bare_allowed and (bare := bare_clause(sentence, start, end)):
            return replace(phrase, cue=sentence[start:end]), bare  # "Ola Berg said he would"
        if not that and phrase and bare_allowed and (urged := urged_to(sentence, end, verb)):
            return replace(phrase, cue=verb), urged  # "The union urged members to vote no"
    if (estimated := _estimate_or_finding(sentence)) is not None:
        return estimated
    if called := _CALLED_ON.search(sentence):
        cue = called.group().strip()
        phrase = _subject_cued(sentence, called.start(), cue)
        if continues(sentence, called.start(), called.start("on") - 1):
            phrase = continued_subject(sentence, called.start(), called.start("on") - 1)
            phrase = replace(phrase, cue=cue) if phrase is not None else None
        clause = urged_to(sentence, called.end("on"), "urged")
        if phrase is not None and clause:
            return phrase, clause  # `called on X to act`
    closing = closing_report(sentence)
    if closing is not None:
        return closing
    according = according_to(sentence)
    if according is None:
        return None
    at = sentence.lower().find("according to")
    if at <= OPENING:  # `According to X, clause.`
        source, _, clause = sentence.partition(",")
        named_alone = len(source.split()) <= _SOURCE_WORDS  # `According to Ivo Dren,`
        clause = _past_apposition(clause.strip()) if named_alone else clause.strip()
    else:  # `Clause, according to X.`
        clause = without_place_line(sentence[:at].rstrip(" ,;"))
    return (according, clause) if len(words_in(clause)) >= 4 else None


# `According to` and a source this long before a comma: what follows the comma may describe it.
_SOURCE_WORDS = 7
# An apposition after `According to X,`: `the mission's flight director,` describes X.
_APPOSITION = re.compile(
    r"(?:the|a|an|its|his|her|their|[A-Z][\w.&-]*(?:'s|\u2019s))\s+(?P<words>[^,]{1,60}),\s+"
)
_CLAUSE_VERB = re.compile(r"\b(?:\w+ed|is|was|were|are|has|had|have|will|would|can|could)\b")


def _past_apposition(clause: str) -> str:
    """`clause` without the apposition that opens it (`the mission's flight director, one of
    the legs ...`: one of the legs ...); a part holding a verb is the clause's own."""
    found = _APPOSITION.match(clause)
    if found is None or _CLAUSE_VERB.search(found.group("words")) or len(found.group().split()) > 8:
        return clause
    return clause[found.end() :]


# A subject that a relative clause describes, opening the sentence: `A paramedic who treated the
# victim of a crash told jurors`: the paramedic speaks, not the victim.
_DESCRIBED_SUBJECT = re.compile(
    r"^\s*(?:A|An|The|One)\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z][\w-]*\s+"
    r"(?=(?:who|accused|charged|convicted|suspected)\s)"
)


def _before_relative(lead: str) -> str:
    """`lead` cut before the relative clause that describes its subject, else `lead`."""
    found = _DESCRIBED_SUBJECT.match(lead)
    return found.group().rstrip() if found and "," not in lead else lead
