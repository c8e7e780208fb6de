"""What a measure may never be: a phrase a reader cannot read as "what the number measures".

A measure is shown next to its number (`£2.1bn: Acme Foods fourth-quarter pre-tax profit`), so it
must be a noun phrase. It never opens with a pronoun (`them`, `it`, `I'm`), a subordinator or
conjunction (`When the query`, `and`), a verb (`argue`, `has`) or another figure (`$1 million`,
`2-0`), and a lone pronoun, demonstrative, quantifier (`most`) or time word (`tomorrow`) is no
measure at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.analyse.figures.lexicon import DATE_WORDS, ly_adverb, word_set

# Personal, possessive, relative and interrogative pronouns, and the dummy `there`.
PRONOUNS = word_set(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their "
    "theirs itself themselves himself herself who whom whose which what whatever there"
)
# Demonstratives and quantifier pronouns: fine before a noun (`this year's budget`), never alone.
DEMONSTRATIVES = word_set(
    "this that these those one some all each both either neither most many several few others "
    "another"
)
SUBORDINATORS = word_set(
    "when whenever while whilst if unless because although though since until till whereas "
    "whether after before once as so that than where wherever why how lest"
)
CONJUNCTIONS = word_set("and or but nor yet plus")
_TIME_PREPOSITIONS = word_set("during throughout amid")
# Sentence adverbs and connectors tie a clause to the one before, never open a noun phrase:
# `Nevertheless, since September`, `However the firm`.
SENTENCE_ADVERBS = word_set(
    "nevertheless nonetheless however meanwhile moreover furthermore still yet also besides "
    "therefore thus hence indeed otherwise consequently accordingly likewise similarly"
)
# Finite and auxiliary verbs that open a predicate, never a noun phrase. Participles that also
# premodify nouns (`increased demand`, `expected profit`, `rising prices`) are not listed.
FINITE_VERBS = word_set(
    "is are was were be been am has have had do does did will would can could may might shall "
    "should must said says say told tells tell argue argues argued claim claims claimed think "
    "thinks thought believe believes believed added adds showed shows found finds made makes took "
    "takes got gets gave gives saw sees went goes came comes put puts handles handled won wins hit "
    "hits reached reaches stood stands bought buys sold sells paid pays spent spends earned earns "
    "receives owns holds held rose rises fell falls grew grows jumped climbed dropped declined "
    "soared surged plunged tumbled slumped doubled tripled halved wants wanted needs needed "
    "helped helps led leads kept keeps announced reported warned expects plans hopes expect drew "
    "draws attracted attracts employs employed need want includes include comprises faces faced"
)


# Verbs that open a call to the reader (`Meet the poorest kids in Iceland`, `Sign the petition`)
# and no noun phrase when capitalised at a sentence's start.
_IMPERATIVES = word_set(
    "meet petition click sign visit learn join follow read watch check let let's let\u2019s"
)  # "Let's go over three reasons": no owner of the reasons


# A pronoun and its verb written without the apostrophe (`weve seen`, `lets get`, `dont`).
BARE_CONTRACTIONS = word_set(
    "im ive id youre youve theyre theyve weve lets dont doesnt didnt isnt arent wasnt werent "
    "cant couldnt wouldnt shouldnt hasnt havent hadnt thats theres whats hes shes"
)
# Time words say when, never what: `tomorrow`, `past` (of `over the past three years`).
TIME_WORDS = word_set("past future today tomorrow yesterday tonight now recently lately meantime")


# Spelled numbers that open another count at a sentence's start: `Fifty officers` (after `the`
# one is part of the noun phrase: `the five launches`).
NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands dozen dozens"
)
# Qualifiers that open another figure (`Almost one in five`, `nearly 40`).
_QUALIFYING = word_set("almost nearly about around roughly some over under more less fewer")


def _counts(word: str) -> bool:
    """True for a number, spelled or written (`one`, `40`, `half`)."""
    lower = word.lower()
    return lower[:1].isdigit() or lower in NUMBER_WORDS | {"one", "half", "a"}


_CONTRACTED = re.compile(r"['\u2019](?:m|re|ve|ll|d)$")
_IS_OR_HAS = re.compile(r"['\u2019]s$")
_CONTRACTING = word_set("that this here what")  # "that's", "here's": no noun takes their 's
# A sum, a scaled number or a score is a figure, never what one measures: `$1 million`, `2-0`.
_FIGURE = re.compile(r"[$\u00a3\u20ac\u00a5]\S*|\d[\d,.]*(?:%|m|bn|k)|\d+-\d+")


def measure_flaw(measure: str, noun_first: bool = False) -> str | None:
    """Why `measure` cannot be shown to a reader, or None when it can: the first of `_FLAWS`
    that it has. With `noun_first` its first word is a counted noun, whatever it looks like
    (`claims Acme received`), so no test of the first word applies."""
    words = measure.split()
    if not words:
        return None  # no measure is better than a wrong one
    first = _CONTRACTED.sub("", words[0].lower().strip("\"'\u201c\u2018("))  # "I'm": "i"
    if noun_first and len(words) > 1:
        first = ""
    flawed = (say(measure, words, first) for has, say in _FLAWS if has(measure, words, first))
    return next(flawed, None)


# A sentence end inside a phrase: a lower-case word, its full stop and a capital (not `Mrs.`).
_SENTENCE_BREAK = re.compile(
    r"\b(?!(?:Mrs|Mr|Ms|Dr|Gov|Sen|Rep|Gen|Col|Capt|Sgt|Maj|Lt|Prof|Rev|Inc|Corp|Ltd|Co|St|Mt|vs|"
    r"etc|Jr|Sr|No)\.)[A-Za-z][a-z]+\.\s+[A-Z]"
)


# Words no measure ends with: what follows them was cut off.
_CLAUSE_CUT = frozenset({"not"})


# A day of a month says when, never what: `March 1`, `1 March`.
_DATE = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))"
)


# A test on the measure, its words and its first word (lower-case, without quote marks or
# contraction), and what a flaw it finds is called.
_Test = Callable[[str, list[str], str], object]
_Say = Callable[[str, list[str], str], str]
_FLAWS: tuple[tuple[_Test, _Say], ...] = (
    (  # "it's", "that's"
        lambda m, w, f: _IS_OR_HAS.search(f) and _IS_OR_HAS.sub("", f) in PRONOUNS | _CONTRACTING,
        lambda m, w, f: f"opens with the pronoun {_IS_OR_HAS.sub('', f)!r}",
    ),
    (  # "60 year-olds" is a noun phrase
        lambda m, w, f: _FIGURE.fullmatch(f) or (f[:1].isdigit() and len(w) == 1),
        lambda m, w, f: f"opens with the figure {f!r}",
    ),
    (  # "Fifty officers": another count
        lambda m, w, f: f in NUMBER_WORDS and len(w) > 1 and w[0][:1].isupper(),
        lambda m, w, f: f"opens with the figure {f!r}",
    ),
    (  # "Almost one in five"
        lambda m, w, f: f in _QUALIFYING and len(w) > 1 and _counts(w[1]),
        lambda m, w, f: f"opens with the figure {' '.join(w[:2])!r}",
    ),
    (lambda m, w, f: f == "according", lambda m, w, f: "opens with its source"),
    (  # "US" is a country
        lambda m, w, f: f in PRONOUNS and (len(f) == 1 or not w[0].isupper()),
        lambda m, w, f: f"opens with the pronoun {f!r}",
    ),
    (lambda m, w, f: f in BARE_CONTRACTIONS, lambda m, w, f: f"opens with the contraction {f!r}"),
    (
        lambda m, w, f: f in {"this", "that"} and len(w) > 1 and present_verb(w[1]),
        lambda m, w, f: f"opens with the pronoun {f!r} and its verb",
    ),
    (lambda m, w, f: len(w) == 1 and _lone_flaw(f), lambda m, w, f: _lone_flaw(f) or ""),
    (lambda m, w, f: _lone_adverb(w), lambda m, w, f: f"is the adverb {f!r}"),
    (lambda m, w, f: f in SUBORDINATORS, lambda m, w, f: f"opens with the subordinator {f!r}"),
    (lambda m, w, f: f in CONJUNCTIONS, lambda m, w, f: f"opens with the conjunction {f!r}"),
    (  # "During the 1997 campaign": when, never what
        lambda m, w, f: f in _TIME_PREPOSITIONS,
        lambda m, w, f: f"opens with the preposition {f!r}",
    ),
    (
        lambda m, w, f: f.rstrip(",;:") in SENTENCE_ADVERBS,
        lambda m, w, f: f"opens with the sentence adverb {f.rstrip(',;:')!r}",
    ),
    (  # "isn't all that loud"
        lambda m, w, f: f in FINITE_VERBS or f.endswith(("n't", "n\u2019t")),
        lambda m, w, f: f"opens with the verb {f!r}",
    ),
    (lambda m, w, f: f == "here", lambda m, w, f: "opens with the adverb 'here'"),  # Here are
    (  # "Meet the poorest kids", "Petition Facebook": a call to the reader, as in a link
        lambda m, w, f: w[0][:1].isupper() and f in _IMPERATIVES,
        lambda m, w, f: f"opens with the imperative {w[0]!r}",
    ),
    (lambda m, w, f: _DATE.fullmatch(m.strip()), lambda m, w, f: "is a date"),
    (  # "merry band of warriors who not": a clause cut short
        lambda m, w, f: len(w) > 1 and w[-1].lower() in _CLAUSE_CUT,
        lambda m, w, f: f"ends with {w[-1]!r}, a clause cut short",
    ),
    (  # "course. Goodbye", from quoted speech
        lambda m, w, f: ". " in m and _SENTENCE_BREAK.search(m),
        lambda m, w, f: "runs across a sentence end",
    ),
)


def _lone_flaw(word: str) -> str | None:
    """Why a one-word measure says nothing: a time word, a participle or a lone pronoun."""
    if word in TIME_WORDS:
        return f"is the time word {word!r}"
    if _participle(word):
        return f"is the participle {word!r}"
    if word in DEMONSTRATIVES:
        return f"is the lone pronoun {word!r}"
    if word in LONE_MODIFIERS:
        return f"is the lone modifier {word!r}"
    if _counts(word):
        return f"is the lone figure {word!r}"  # "three" of "in three days"
    return None


def _lone_adverb(words: list[str]) -> bool:
    """A lone adverb in -ly (`previously`, `sharply`), not a noun (`family`) or a name."""
    word = words[0]
    adverb = ly_adverb(word)
    return len(words) == 1 and word.islower() and adverb


# Adverbs and adjectives that qualify a noun or a verb but name nothing on their own: `$16bn
# extra`, `three times more likely`, `even though`.
LONE_MODIFIERS = word_set(
    "even likely unlikely extra exactly just only more less much very too also again yet right "
    "ahead behind faster slower higher lower bigger smaller better worse mere whopping staggering "
    "worldwide globally nationwide domestically abroad overseas annually remaining no none any "
    "some all each every late early well equivalent equal"
)


def _participle(word: str) -> bool:
    """A lone past participle (`combined`, `well-priced`), not a noun (`speed`, `hundred`)."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith(("eed", "hundred"))


def present_verb(word: str) -> bool:
    """A present verb after `this` or `that` (`This means`), which no singular noun would be."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))
    return word.islower() and plural and word not in _SINGULAR_S


# and time words whose apostrophe was lost (`this years budget`)
_SINGULAR_S = word_set(
    "news series species physics economics politics years days weeks months quarters seasons"
)


# Words that open a clause inside a phrase: what follows them is no longer the measure
# (`Texas however had`: a connector after the subject).
_CLAUSE_INSIDE = SUBORDINATORS - word_set("than") | SENTENCE_ADVERBS - word_set("still yet also")


def trimmed(measure: str) -> str:
    """`measure` cut before a clause opened inside it: `new shares as it looks` -> `new shares`."""
    measure = _DASH_ASIDE.split(measure, 1)[0]  # "sons -- ages 17": an aside after a dash
    measure = _DESCRIBED_TITLE.sub(r"\g<title>", measure)
    words = measure.split()
    for index, word in enumerate(words[1:], start=1):
        if word.lower() == "where" and words[index - 1].lower() in PLACE_NOUNS:
            continue  # "countries where most were hopeful" is one noun phrase
        if index == 1 and words[0].lower() == "time" and word.lower() in _TIME_RELATIONS:
            continue  # "time since the shop shut" names a span by its event
        if word.lower().rstrip(",;:") in _CUTS_MEASURE and not _helped(words, index):
            return " ".join(words[:index]).rstrip(",;:")
    return measure


def shown_measure(measure: str) -> str:
    """The measure a rule found, as a reader is shown it: `Users spend` without the verb of its
    plural subject, "" for a phrase ending in a possessive with nothing of its owner's after it
    (`the country's`, `record of Hayao Miyazaki's`); a name alone says whose (`EA's`)."""
    words = measure.split()
    named = all(w[:1].isupper() for w in words)
    if words and words[-1].endswith(("'s", "\u2019s", "s'", "s\u2019")) and not named:
        return ""
    return " ".join(words[:-1]) if _plural_then_verb(words) else measure


def _plural_then_verb(words: list[str]) -> bool:
    """True for `Users spend`, `Workers earn`: a plural noun, then a verb agreeing with it."""
    if len(words) < 2 or words[-1].lower() not in _PLURAL_VERBS:
        return False
    noun = words[-2]
    return noun.endswith("s") and not noun.endswith(("ss", "'s", "\u2019s", "us", "is"))


# The present forms of the finite verbs a plural subject takes: `spend` of `spends`.
_PLURAL_VERBS = frozenset(
    w[:-2] if w.endswith(("ches", "shes")) else w[:-1]
    for w in FINITE_VERBS
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss")
)


def _helped(words: list[str], index: int) -> bool:
    """True for `remain` in a relative clause or after an auxiliary or `to` (`people who remain
    in hospital`, `leave to remain`): it describes the noun instead of opening the predicate."""
    return words[index].lower() in _REMAINING and words[index - 1].lower() in _HELPERS


_HELPERS = word_set(
    "who which that to will would can could may might must should shall probably still"
)
_REMAINING = word_set("remain remains")


# Counted nouns for places, where people live and act.
PLACE_NOUNS = word_set(
    "countries nations states cities towns villages regions provinces markets districts counties "
    "areas places"
)
# A quoted title after the words that describe it (`the quiet little comedy "Late Spring`): the
# title alone names the work, without a quote mark left open.
_DESCRIBED_TITLE = re.compile(
    r"^(?:[a-z][\w-]*\s+)+[\"\u201c](?P<title>[A-Z][^\"\u201c\u201d]*?)[\"\u201d]?(?=\s|$)"
)
_TIME_RELATIONS = word_set("since until before after")
_DASH_ASIDE = re.compile(r"\s+(?:--|\u2014|\u2013)\s*")


# Verbs that open the predicate inside a phrase, never a modifier of its noun (`predicted price
# comes true`, `markets dont like`); participles such as `paid` or `held` may describe the noun,
# and an auxiliary may belong to what a named owner does (`jobs Acme is cutting`).
_PREDICATE_INSIDE = BARE_CONTRACTIONS | word_set(
    "do does did says comes goes seems seem gets remain remains"
)
_CUTS_MEASURE = _CLAUSE_INSIDE | _PREDICATE_INSIDE


POSSESSIVES = word_set("my our your his her its their")
# Sentence adverbs that open a clause, never a noun phrase: `Previously the company`.
ADVERBS = word_set(
    "previously currently recently meanwhile however also now then still already finally "
    "separately additionally overall ultimately initially eventually today yesterday instead "
    "exactly even just along alone"
)


# Prepositions that open a phrase before the noun phrase: `to an increase of jobs`, `In Leeds`.
_OPENING = word_set(
    "to in on at of for from with into onto via per above below under over about despite amid "
    "among amongst"
)
_BEFORE_PHRASE = SUBORDINATORS | CONJUNCTIONS | POSSESSIVES | ADVERBS | SENTENCE_ADVERBS | _OPENING


def repaired(measure: str, noun: str = "") -> str:
    """`measure` without the words that open a clause in front of its noun phrase
    (`If users in Asia` -> `users in Asia`, `its local stores` -> `local stores`, `Previously the
    company` -> `the company`); "" when what is left still cannot be shown. A counted `noun`
    opening it is a noun even when written like a verb (`claims Acme received`)."""
    words = measure.split()
    while words and (words[0].lower().rstrip(",;:") in _BEFORE_PHRASE or _when_before(words)):
        words = words[1:]
    phrase = " ".join(words)
    return "" if measure_flaw(phrase, noun_first=_opens_with(phrase, noun)) else phrase


def _opens_with(phrase: str, noun: str) -> bool:
    return bool(noun) and phrase.split()[:1] == [noun]


def figure_flaw(measure: str, unit: str) -> str | None:
    """Why a figure's measure cannot be shown: `measure_flaw`, reading the figure's own counted
    noun (`unit`; none when "") where it opens the measure as the noun it is (`claims Acme
    received`)."""
    return measure_flaw(measure, noun_first=_opens_with(measure, unit))


def _when_before(words: list[str]) -> bool:
    """True for a day or month opening a clause before its noun phrase: `Monday its profit`
    (of `said on Monday its profit rose`), not `March sales`."""
    following = words[1].lower() if len(words) > 1 else ""
    day = words[0].rstrip(",")
    return day[:1].isupper() and day.lower() in DATE_WORDS and following in _FOLLOWING_WHEN


_FOLLOWING_WHEN = POSSESSIVES | word_set("the a an")


# Another figure inside a phrase: a sum, a signed or scaled number (`-1.3%`, `$1 million`).
_INNER_FIGURE = re.compile(
    r"(?:^|\s)(?:[$\u00a3\u20ac\u00a5]|[-+]\d)\S*|\s\d[\d,.]*(?:%|bn|m)(?=\s|$)"
    r"|(?<=[a-z,] )\d{1,3}(?:,\d{3})+(?=\s|$)|\s\d[\d,.]*\s+per\s*cent\b"
)  # a plain number after a lower-case word is a count (`population 21,000`), not a name
# A count in words joined by `and` or `or`: another figure, where the phrase ends (`pensioners
# paying no tax and about three million`).
_JOINED_COUNT = re.compile(
    r"\s(?:and|or)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|millions)\b"
)


def without_figures(phrase: str) -> str:
    """`phrase` without the other figures in it: cut before a count joined by `and`, then the
    name after the last figure (`Stoxx 50 -1.3% FTSE` -> `FTSE`), else the words before the first
    (`Homes from $750,000 to $1m stay` -> `Homes from`)."""
    if joined := _JOINED_COUNT.search(phrase):
        phrase = phrase[: joined.start()]
    figures = list(_INNER_FIGURE.finditer(phrase))
    if not figures:
        return phrase
    after = phrase[figures[-1].end() :].strip()
    return after if after[:1].isupper() else phrase[: figures[0].start()]
