"""Figures: the numbers that matter in an article, what they measure, and the same fact across
outlets.

Rules (each has a test in tests/test_figures.py):

- Only BODY sentences give figures; captions, sub-headings, pull-quotes and sign-offs never do,
  nor does a sub-heading run into the text that is nothing but a figure (`$2 million .`).
- text is the surface span with its lead-in: `increased by 25%`, `almost 5,000 students`.
- value is a plain float: `£1.5bn` -> 1.5e9, `5,000` -> 5000, `a dozen` -> 12, `2.3 times` -> 2.3,
  `-5 yards` -> -5. A range (`5-10%`, `between $62 and $68`, `from 4.8 to 4.7 percent`) keeps its
  first end as value (the other end is in the text) and gets the qualifier `between`.
  Fractions stay fractions: `two-thirds` -> 0.6667, `three out of four` -> 0.75 (unit `fraction`).
- unit is `percent`, `percentage point`, `basis point`, `times` (multipliers, `-fold`,
  `doubled` -> 2 times), an ISO 4217 code for money (`GBP`, `USD`, `EUR`, `RUB`...; `$` alone is
  USD), a singular British measure name (`kilometre`, `mile per hour`, `year of age`), or the
  counted noun as written (`students`, `participants`, `people`). Money and measures can carry a
  rate: `USD per month`, `percent per year`. `""` when the text gives none.
- qualifier is one of `approximately` (about, around, roughly, some, ~), `almost` (almost,
  nearly, close to), `more than` (more than, over, above), `at least`, `less than` (less than,
  under, below, fewer than, sub-), `up to` (up to, as many as, no more than), `between` (ranges).
- change is `increase` or `decrease` from the verb or noun governing the number (rose, fell,
  doubled, `a 3% drop`, `+0.2%`); period is the nearest time phrase of the same clause (`in the
  last five years`, `in 2004`, `since 2000`, `a year earlier`, `last year`).
- measure is, in order: a label before a colon (`base price: $59,995`); a phrase right around
  the number (`debts of 6bn`, `a 60% rise in profit`, `15% more passengers`, `the $1.2bn collapse
  of X`, `liabilities totalling $648m`); the antecedent of a relative clause (`the quota of X,
  which amounts to`); for a counted noun, the noun with its modifiers and its owner (`Ford workers
  in the United Kingdom`, `PSPs shipped to retailers`, `Falic group stores` from `Falic, which
  runs 90 stores`); for a sum, the money a relative clause describes (`the $550m it lost on oil
  futures`), the price of what is sold (`is selling in Japan for 19,800 yen` -> `PSP price`), what
  it pays for (`$12,000 for a new roof`), who a participle says has it (`people earning $48,000`),
  what it is in (`$1bn in gains`) or the payment its verb names (`repay its creditors $220m` ->
  `repayment to creditors`); the object of a change verb (`boost the driving range by 35
  miles`); the `of` phrase (`60 per cent of its revenue`, `1.2m tonnes of ilmenite`); else the
  subject of the clause (`The volume of trade between ... has increased` -> `trade between ...`;
  a currency subject is its exchange rate: `the yen strengthened to 102.975` -> `yen exchange
  rate`). The subject skips
  appositions (`X, the home of Y, has`), asides (`, meanwhile,`, `, on average,`, `, 52,`), reads
  `X rose 5% and Y fell 3%` as two clauses, gives a verbless `..., and 150 locations` the subject
  before it, and resolves `it`/`they` and `..., before rising to` to the subject of the clause
  before (`Sony said it would`). A figure in a bracket right after another (`4bn euros ($5.2bn)`)
  takes that figure's measure, unless the bracket labels it (`(base price: $59,995)`).
- Not figures: dates (`2023-09-29`, `on 12 March`, `AD 79`, `9/11`), clock times (`kicks off at
  8`), ordinals (`first-ever`, `22nd`), numbers inside names (`G20`, `Formula 1`, `iPhone 14`,
  `S&P 500`, `a 4K TV`), ages in bylines and appositions (`Jane Doe, 25, said`), scores (`2-1`,
  `7-5 6-3`), ranks, stages of a cup (`the last 16`), a half of a game (`the second half`),
  betting odds (`9/4`), phone numbers, addresses, adjective compounds (`a five-year plan`; but
  `a 6.1-inch screen`, `a 50-year-old`, the length of a penalty or journey (`a four-month
  sentence`, `a three-hour flight`), `two-time` and `a three-person crew` are figures), durations
  that are another figure's period (`five years` in `in the last five years`), a lone `one`
  (`one of the best`), vague plurals (`thousands of`) and network generations (`5G`). The
  sentence-level `figures_in_sentence` still reports the last three (with their kind) so that
  benchmarks which count them can.
- A person's height in feet and inches (`5ft 4in`, `6' 9"`, `6-foot-9`) is one figure in inches
  (64, 81, 81); a length keeps its feet and inches apart (`14 ft 6 in`). `in their 40s` is an age
  of 40. A time ago that is the only figure of its clause is a figure (`the mill closed four years
  ago`: the time since it closed); beside another figure it is that figure's period.
- Years: a year is a figure (unit `year`, value the year) only when it is the main fact of its
  clause: written `in YEAR` or `by YEAR` after a verb of future or plan (`will`, `is due to`,
  `plans to`, `expected to`, `set to`) and with no other figure in that clause, as in
  `Argentina will join in 2024`. Every other year is a date or a period.
- Linking the same fact across outlets is `linking`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import groupby

from bot.analyse.figures import lexicon as words
from bot.analyse.figures.aged_people import (
    person_in_focus,
    persons_deed,
    persons_things,
)
from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.fact_years import kept_years
from bot.analyse.figures.found import Found
from bot.analyse.figures.inherited import (
    bracketed_after,
    changes_inherit,
    conversions_inherit,
    followers_inherit,
    further_inherit,
    shares_left_inherit,
)
from bot.analyse.figures.labels import labelled
from bot.analyse.figures.local_currencies import local_currency
from bot.analyse.figures.measure_rules import measure, readable_phrase
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.owners import Owners
from bot.analyse.figures.periods import lone_periods, period, periods
from bot.analyse.figures.plain import masked, without_dateline
from bot.analyse.figures.quantities import quantities_in
from bot.analyse.figures.sources import pronoun_complement, reported_pronoun
from bot.analyse.figures.subjects import refers_back, topic
from bot.analyse.figures.victims import casualties
from bot.analyse.figures.whose_ages import whose_age
from bot.analyse.quotes.marks import Place
from bot.models import BODY, Article, Change, Figure, Unit

# A "sentence" with more numbers than this is a table run into one line: its first figures are
# kept, and the rest would cost time that grows with the square of their number.
MAX_FIGURES_PER_SENTENCE = 40


def figures_in_sentence(text: str) -> list[Found]:
    """Every quantity of one sentence with its unit, measure, qualifier, change and period (the
    first `MAX_FIGURES_PER_SENTENCE` of them)."""
    quantities = kept_years(text, quantities_in(text))[:MAX_FIGURES_PER_SENTENCE]
    if not quantities:
        return []
    spans = periods(text)
    lone = lone_periods(text, spans, quantities)
    spans = [span for span in spans if span not in lone]
    plain = without_dateline(masked(text, spans), text)
    found = conversions_inherit(text, [_found(text, plain, q, spans) for q in quantities])
    found = changes_inherit(text, followers_inherit(text, further_inherit(text, found)))
    return casualties(text, shares_left_inherit(plain, found))


def _found(text: str, plain: str, quantity: Quantity, spans: list[tuple[int, int]]) -> Found:
    start, end = quantity.start, quantity.end
    in_period = quantity.kind != "year-fact" and any(s <= start and end <= e for s, e in spans)
    qualifier = words.qualifier(text, start, end)
    if quantity.upper is not None and qualifier is None:
        qualifier = "between"
    shown = words.lead_in(text, start)
    ago = words.AGO.match(text, end) is not None  # "burned down two years ago": no change
    if qualifier is None and ago:
        shown = start
    window = max(0, start - len("in ") - 1)  # `in ` or `by `, and the character before it
    if quantity.kind == "year-fact" and (prep := re.search(r"\b(?:in|by)\s+$", text[window:start])):
        shown = window + prep.start()  # "in 2024"
    return Found(
        text=text[shown:end],
        start=start,
        end=end,
        value=quantity.value,
        upper=quantity.upper,
        unit=quantity.unit,
        kind=quantity.kind,
        measure=labelled(text, quantity) or measure(plain, quantity),
        qualifier=qualifier,
        change=None if ago else _change(text, quantity),
        period=None if in_period else period(text, start, end, spans),
        in_period=in_period,
        referring=refers_back(plain, start),
    )


def _change(text: str, quantity: Quantity) -> Change | None:
    if quantity.kind == "multiplier":
        return "increase" if quantity.value > 1 else "decrease"
    sign = text[quantity.start : quantity.start + 1]
    if sign == "+" or (quantity.negative and quantity.unit in {Unit.PERCENT, Unit.POINT}):
        return "increase" if sign == "+" else "decrease"
    return words.change(text, quantity.start, quantity.end)


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of `article`'s body sentences, in text order (sources left empty)."""
    body = [s for s in article.sentences if s.kind == BODY]
    paragraphs = [list(group) for _, group in groupby(body, key=lambda s: s.paragraph)]
    figures: list[Figure] = []
    texts = [[s.text for s in sentences] for sentences in paragraphs]
    for (p, i), found in _owned_figures(texts):
        sentence = paragraphs[p][i]
        if not found.minor and not _substitution(sentence.text, found):
            figures.append(_figure(article.id, sentence.position, sentence.text, found))
    return tuple(figures)


_SUBSTITUTION = re.compile(r"\([A-Z][\w'\u2019.\-]+ \d{1,3}\)")


def _substitution(text: str, found: Found) -> bool:
    """A minute in a team line-up, `Kerr (Cameron 87)`: who came on when, not a figure."""
    if found.unit or not found.text.isdigit():
        return False
    bracket = text.rfind("(", 0, found.start)
    return bracket >= 0 and _SUBSTITUTION.fullmatch(text, bracket, found.end + 1) is not None


def _figure(article_id: str, position: int, context: str, found: Found) -> Figure:
    return Figure(
        article_id=article_id,
        text=found.text,
        value=_tidy(found.value),
        unit=found.unit,
        measure=found.measure,
        qualifier=found.qualifier,
        change=found.change,
        period=found.period,
        sentence=position,
        context=context,
        high=None if found.upper is None else _tidy(found.upper),
    )


def _tidy(value: float) -> float:
    """The value without binary-float noise: `£8.2bn` is 8200000000.0, not 8199999999.999999."""
    return float(f"{value:.12g}")


def figures_in_article(paragraphs: Sequence[Sequence[str]]) -> list[Found]:
    """Every quantity of an article's body, given as sentences by paragraph, in text order."""
    return [found for _, found in _owned_figures(paragraphs)]


def _owned_figures(paragraphs: Sequence[Sequence[str]]) -> Iterator[tuple[tuple[int, int], Found]]:
    """Each quantity with (paragraph, sentence) indexes, a bare business measure with its owner
    in front (`Maruti net profit`; see `owners`)."""
    texts = [" ".join(sentences) for sentences in paragraphs]
    whole = " ".join(texts)  # the article, for the country a bare currency name is of
    owners: Owners | None = None
    previous = ""
    said: dict[str, str] = {}  # the latest measure given to each unit
    for p, sentences in enumerate(paragraphs):
        offset = 0
        for i, sentence in enumerate(sentences):
            earlier: list[Found] = []  # the sentence's figures so far, as the sentence read them
            given: dict[int, str] = {}  # the measure each was given here, by where it starts
            for found in _without_heading(sentence, figures_in_sentence(sentence)):
                outer = bracketed_after(sentence, earlier, found)
                earlier.append(found)
                if outer and outer.start in given and outer.measure == found.measure != "":
                    restated = replace(found, measure=given[outer.start])  # "(£2,060)"
                    yield (p, i), replace(restated, unit=_local_unit(found, whole))
                    continue
                sentence_found = found
                owners = owners or Owners(texts)
                at = Place(p, offset + found.start)
                found = _resolved(sentence, previous, found)
                its = _possessed_by_pronoun(sentence, found.measure)
                measure = owners.owned(found.measure, at, offset, found.referring, its)
                if found.unit == "year of age":
                    measure = whose_age(sentence, found, owners.cast, at) or measure
                elif whose := persons_things(sentence, found, owners.cast, at):
                    measure = whose
                elif deed := persons_deed(sentence, found, owners.cast, at):
                    measure = deed
                elif _RACE_TIME.fullmatch(measure):
                    measure = _runner_time(measure, owners, at)
                if measure.lower() in _STAND_INS and found.unit in said:
                    measure = said[found.unit]  # "puts the figure at $1.9 billion": the cost
                said[found.unit] = measure or said.get(found.unit, "")
                given[sentence_found.start] = measure
                yield (p, i), replace(found, measure=measure, unit=_local_unit(found, whole))
            offset += len(sentence) + 1
            previous = sentence


def _local_unit(found: Found, text: str) -> Unit | str:
    """The figure's unit, a shared currency name written bare read as the article's (`text`)
    country's (`pesos` in a Manila story), with any rate it has (`MXN per month`)."""
    code, _, per = str(found.unit).partition(" per ")
    local = local_currency(code, found.text, text)
    if local == code:
        return found.unit
    return f"{local} per {per}" if per else local


# Nouns that stand for a figure named before: `WalletHub puts the figure at $1.9 billion`.
_STAND_INS = frozenset({"figure", "number", "amount", "sum", "tally"})


def _without_heading(sentence: str, found: list[Found]) -> list[Found]:
    """The figures of `sentence` but those of a sub-heading run into the text that is nothing but
    a figure (`$2 million .`), alone or glued to the end of the sentence before it (`... late
    burst. $2 million .`): the sentences after it tell what it is."""
    tail = _LAST_PIECE.search(sentence)
    begin = tail.start("piece") if tail else 0
    rest = list(sentence[begin:])
    inside = [f for f in found if f.start >= begin]
    for figure in inside:
        rest[figure.start - begin : figure.end - begin] = " " * (figure.end - figure.start)
    if not inside or any(c.isalpha() for c in rest) or not sentence.rstrip().endswith(" ."):
        return found
    return [f for f in found if f.start < begin]


# The last piece of a sentence after a full stop inside it: `burst. $2 million .`
_LAST_PIECE = re.compile(r"[.!?]\s+(?P<piece>[^.!?]*\.?)\s*$")


# A race time with no runner named (`time for the 200m`, `race time`), given by `race_times`.
_RACE_TIME = re.compile(r"race time|time for the \S+(?: hurdles)?")


def _runner_time(measure: str, owners: Owners, at: Place) -> str:
    """`Ana Ruiz time for the 200m` for `she ran 20.1secs in the 200m` when the paragraph is about
    her."""
    runner = person_in_focus(owners.cast, at)
    return f"{runner} {measure}" if runner else measure


_TIMES = words.word_set("second minute hour day week month year decade century")


def _possessed_by_pronoun(sentence: str, measure: str) -> bool:
    """True when the sentence writes the measure after `its` (`Acme said its new plant`): it
    belongs to the body the sentence opens with."""
    if not measure or measure[:1].isupper():
        return False
    for written in (f"its {measure}", f"Its {measure}"):  # read on the string: no pattern to
        at = sentence.find(written)  # compile for every figure
        while at >= 0:
            end = at + len(written)
            alone_before = at == 0 or not sentence[at - 1].isalnum()
            if alone_before and (end == len(sentence) or not sentence[end].isalnum()):
                return True
            at = sentence.find(written, at + 1)
    return False


def _resolved(sentence: str, previous: str, found: Found) -> Found:
    """A figure a source reports of `it` (`The office said it fell to 9.6%`) measures what the
    sentence before was about (`Brazil's jobless rate fell to a new low`)."""
    if found.measure or not previous or found.kind == "year-fact":
        return found
    begin, _ = clause_span(sentence, found.start)
    clause = words.QUALIFIED.sub(" ", sentence[begin : found.start])
    said_of_it = reported_pronoun(clause)
    if not said_of_it and (not pronoun_complement(clause) or found.unit in _TIMES):
        return found  # `It's 20 years since`: an empty `it` before a time
    told = readable_phrase(topic(previous))
    return found if any(c.isdigit() for c in told) else replace(found, measure=told)
