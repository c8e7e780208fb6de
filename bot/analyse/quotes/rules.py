"""The ordered rules that find who speaks a quote, each named and shown on an example.

`SENTENCE_RULES` read the quote's own sentence and give the phrase that names the speaker; the
first that finds one wins. When none does (or its phrase names nobody), `FALLBACK_RULES` look
around the sentence and give a person. Each rule can be read, tested and switched off on its own:
`extract_quotes(article, skip=frozenset({"verb elsewhere in the sentence"}))`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.analyse.quotes.attribution import (
    according_to,
    attribution_after,
    bare_body,
    by_agent,
    dash_byline,
    transcript_label,
)
from bot.analyse.quotes.cast import Person
from bot.analyse.quotes.clauses import colon_subject
from bot.analyse.quotes.inversions import inverted_attribution
from bot.analyse.quotes.labels import name_label
from bot.analyse.quotes.lexicon import SPEECH_VERBS, SUBJECT_PRONOUNS
from bot.analyse.quotes.marks import Place, sentence_bounds
from bot.analyse.quotes.phrases import Phrase, verb_positions
from bot.analyse.quotes.quoted_as import quoted_speaker
from bot.analyse.quotes.reporting import reported_by
from bot.analyse.quotes.resolution import Resolver
from bot.analyse.quotes.retorts import retort
from bot.analyse.quotes.verb_subjects import attribution_before
from bot.analyse.quotes.words_of import words_of
from bot.analyse.quotes.wrappers import wrapping_outlet

# Words that open a subject after a quote (`," the mayor said`), not more of its clause.
_ARTICLES = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
# Lower-case words an attribution after a quote opens with (`," said`, `," he said`, `," the
# mayor said`), not more of the quote's own clause.
_ATTRIBUTION_OPENERS = SPEECH_VERBS | SUBJECT_PRONOUNS | _ARTICLES
# A quote nobody is named for goes on in the last speaker's voice only this many paragraphs on.
LAST_SPEAKER_REACH = 1


@dataclass(frozen=True, slots=True)
class Around:
    """The text around one quote (quoted words blanked) that the rules read."""

    key: Place  # where the quote opens
    lead: str  # its sentence before the first mark
    tail: str  # its sentence after the last mark
    between: tuple[str, ...]  # the text between the parts of a broken quote
    sentence: str  # the whole sentence
    masked: Sequence[str]  # the article's paragraphs, quoted words blanked
    region: tuple[int, int, int, int]  # first paragraph, start, last paragraph, end

    def before(self) -> str:
        """The sentence just before the quote's (read only when a fallback needs it)."""
        first = (self.region[0], self.region[1])
        found = [self.masked[p][s:e] for p, s, e in self._places() if (p, e) <= first]
        return found[-1] if found else ""

    def after(self) -> str:
        """The sentence just after the quote's."""
        last = (self.region[2], self.region[3])
        return next((self.masked[p][s:e] for p, s, e in self._places() if (p, s) >= last), "")

    def _places(self) -> list[tuple[int, int, int]]:
        return [(p, s, e) for p, text in enumerate(self.masked) for s, e in sentence_bounds(text)]


@dataclass(frozen=True, slots=True)
class Rule:
    """A way to find the phrase naming a quote's speaker in its sentence."""

    name: str
    example: str  # an article body this rule attributes on its own
    speaker: str  # who speaks the example's last quote
    find: Callable[[Around], Phrase | None]


@dataclass(frozen=True, slots=True)
class Fallback:
    """A way to find the speaker of a quote whose sentence names none."""

    name: str
    example: str
    speaker: str
    find: Callable[[Around, Resolver], tuple[Person, Phrase | None] | None]


def _first_between(around: Around) -> Phrase | None:
    """The first speaker named between the parts; not the object of a participle that carries
    on the clause (`"A," telling Fox 35 that "B"`), whose subject comes before the quote."""
    for text in around.between:
        phrase = attribution_after(text)
        if phrase is not None and not _continues(text, phrase):
            return phrase
    return None


def _continues(text: str, phrase: Phrase) -> bool:
    """Whether `phrase` came from a participle opening `text` (`, noting the rise`)."""
    opening = text.lstrip(" ,;:\u2013\u2014-").split(" ", 1)[0]
    return phrase.cue.endswith("ing") and opening == phrase.cue


def _after_quote(around: Around) -> Phrase | None:
    """The speaker right after the quote; not the object of a participle continuing the
    sentence (`"...," noting the rise in China`), whose subject comes before the quote."""
    opening = around.tail.lstrip(" ,;:\u2013\u2014-").split(" ", 1)[0]
    lower = opening[:1].islower() and opening not in _ATTRIBUTION_OPENERS
    if lower and not bare_body(opening):  # `," police said`, `," court records said` go on
        return inverted_attribution(around.tail)  # `" that Ada Brook won, said Tom Ruiz.`
    phrase = attribution_after(around.tail)
    if phrase is not None and _introduces_next(around):
        return None  # `X responds with, "A?" Y writes back, "B."`: Y's words lead into B
    continues = phrase is not None and _continues(around.tail, phrase)
    if phrase is not None and phrase.kind == "pronoun":  # `Ada Brook said "...," she said`
        named = attribution_before(around.lead)
        return named if named is not None and named.kind == "name" else phrase
    return None if continues else phrase


def _introduces_next(around: Around) -> bool:
    """Whether the words after the quote open the next quote of its sentence (they end in a
    comma or colon at its mark) while the words before name who speaks this one."""
    if not around.tail.rstrip().endswith((",", ":")):
        return False
    named = attribution_before(around.lead)
    return named is not None and named.kind == "name"


def _byline(around: Around) -> Phrase | None:
    """A dash byline closing the quote's sentence, or standing next: as the following sentence
    of its paragraph, or as a paragraph of its own when the quote ends its paragraph; not one
    after a sentence that names its speaker already."""
    if verb_positions(around.lead, nouns=False):
        return None
    if around.tail.strip():
        return dash_byline(around.tail)
    paragraph, end = around.region[2], around.region[3]
    text = around.masked[paragraph]
    following = next((text[s:e] for s, e in sentence_bounds(text) if s >= end), None)
    if following is None and paragraph + 1 < len(around.masked):
        following = around.masked[paragraph + 1]
    return dash_byline(following or "")


SENTENCE_RULES: tuple[Rule, ...] = (
    Rule(
        "quoted as saying",
        "The Harbour Post quoted Ada Brook as saying, “We are ready for the vote.”",
        "Ada Brook",
        lambda a: quoted_speaker(a.lead, a.tail, *a.between),
    ),
    Rule(
        "verb after the quote",
        "“We are ready for the vote,” said Ada Brook.",
        "Ada Brook",
        _after_quote,
    ),
    Rule(
        "verb after a comma, then its subject",
        "“We are ready for the vote” if the count is fair, said Ada Brook, the party's agent.",
        "Ada Brook",
        lambda a: inverted_attribution(a.tail) or inverted_attribution(a.lead, before_quote=True),
    ),
    Rule(
        "dash byline",
        "“A ballot is a promise kept to the people.” \u2015 Ada Brook",
        "Ada Brook",
        _byline,
    ),
    Rule(
        "transcript label",
        "BROOK: “We are ready for the vote.”",
        "Brook",
        lambda a: transcript_label(a.lead),
    ),
    Rule(
        "name label",
        "Turnout is up in the county - Ada Brook: “We are ready for the vote.”",
        "Ada Brook",
        lambda a: name_label(a.lead),
    ),
    Rule(
        "verb between the parts",
        "“We are ready,” Ada Brook said, “and we have been for weeks.”",
        "Ada Brook",
        _first_between,
    ),
    Rule(
        "shot back",
        "When asked about the count, Ada Brook shot back: “We are ready for the vote.”",
        "Ada Brook",
        lambda a: retort(a.lead, a.tail),
    ),
    Rule(
        "verb before the quote",
        "Ada Brook insisted that “the vote will go ahead next week.”",
        "Ada Brook",
        lambda a: reported_by(a.lead),
    ),
    Rule(
        "according to",
        "According to Ada Brook, “the vote will go ahead next week.”",
        "Ada Brook",
        lambda a: according_to(f"{a.lead} {a.tail}"),
    ),
    Rule(
        "agent of a passive",
        "The plan was described as “a fine and fair start” by Ada Brook.",
        "Ada Brook",
        lambda a: by_agent(a.sentence),
    ),
    Rule(
        "verb elsewhere in the sentence",
        "The plan, Ada Brook said on Monday, was “a fine and fair start to the talks.”",
        "Ada Brook",
        lambda a: attribution_before(a.sentence),
    ),
    Rule(
        "subject before a colon",
        "Ada Brook had a short reply for the board: “Go home.”",
        "Ada Brook",
        lambda a: colon_subject(a.lead),
    ),
    Rule(
        "outlet wrapping the report",
        "“We are ready for the vote,” according to a court filing by Ada Brook.",
        "Ada Brook",
        lambda a: wrapping_outlet(a.lead, (*a.between, a.tail)),
    ),
    Rule(
        "whose words in the sentence after",
        "Tom Ruiz spoke first. “The vote will go ahead.” Those were the words of Ada Brook.",
        "Ada Brook",
        lambda a: None if a.tail.strip() else words_of(a.after()),
    ),
)


def _previous_sentence(around: Around, resolver: Resolver) -> tuple[Person, Phrase | None] | None:
    before = around.before()
    phrase = attribution_before(before) if before else None
    person = resolver.resolve(phrase, around.key) if phrase is not None else None
    return (person, phrase) if person is not None else None


def _last_speaker(around: Around, resolver: Resolver) -> tuple[Person, Phrase | None] | None:
    last = resolver.last_speaker(around.key)
    near = last is not None and around.key.paragraph - last[0].paragraph <= LAST_SPEAKER_REACH
    return (last[1], None) if last is not None and near else None


def _next_sentence(around: Around, resolver: Resolver) -> tuple[Person, Phrase | None] | None:
    after = around.after()
    phrase = attribution_after(after) if after else None
    person = resolver.resolve(phrase, around.key) if phrase is not None else None
    return (person, phrase) if person is not None else None


def _in_focus(around: Around, resolver: Resolver) -> tuple[Person, Phrase | None] | None:
    person = resolver.focus(around.key, None)
    return (person, None) if person is not None else None


FALLBACK_RULES: tuple[Fallback, ...] = (
    Fallback(
        "verb in the sentence before",
        "Ada Brook spoke after the count. She said:\n\n“We are ready for the vote.”",
        "Ada Brook",
        _previous_sentence,
    ),
    Fallback(
        "speaker of the quote before",
        "“We are ready,” said Ada Brook. The hall cheered.\n\n“The vote will go ahead next week.”",
        "Ada Brook",
        _last_speaker,
    ),
    Fallback(
        "verb in the sentence after",
        "“The vote will go ahead next week.”\n\nAda Brook said so on Monday.",
        "Ada Brook",
        _next_sentence,
    ),
    Fallback(
        "person in focus",
        "Ada Brook walked out of the hall.\n\n“The vote will go ahead next week.”",
        "Ada Brook",
        _in_focus,
    ),
)
RULE_NAMES = frozenset([r.name for r in SENTENCE_RULES] + [f.name for f in FALLBACK_RULES])
