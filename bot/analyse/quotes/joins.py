"""Quoted stretches that are one quote, as news copy breaks a statement up.

- split by its attribution: `"We are ready," he said, "to go."`;
- interrupted: `"We are ready," he said. "We have been for years."` (one speaker, one paragraph,
  the second part naming no speaker of its own);
- run on: `called it "reckless" and "cruel"` (quoted words a few words apart in one sentence of
  speech);
- gone on with `He added,` in the next sentence: `"We are ready." She added, "We have been."`;
- carried into the next paragraph: `"We are ready," she said.` then a paragraph that is nothing
  but a quote, `"We have been for years."`: the speaker goes on, as news style has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.quotes.attribution import attribution_after, speech_tail
from bot.analyse.quotes.kinds import title_case
from bot.analyse.quotes.lexicon import SPEECH_VERBS
from bot.analyse.quotes.marks import Stretch, join_stretches, span_text, words_in
from bot.analyse.quotes.phrases import verb_positions

# The most words an attribution between the parts of an interrupted quote runs to.
ATTRIBUTION_WORDS = 40
# `He added,` opening the sentence after a quote.
_GOING_ON = re.compile(r"(?:He|She|They)\s+([a-z]+)(?:\s+[a-z]+)?\s*[,:]")
# The most words of a programme's or a paper's title inside an attribution.
TITLE_WORDS = 8


def join_split(stretches: list[Stretch], texts: Sequence[str]) -> list[Stretch]:
    """The stretches with every pair that is one quote joined, in reading order."""
    joined: list[Stretch] = []
    for item in stretches:
        if joined and _title_in_attribution(joined[-1], item, texts):
            joined[-1] = _with_title(joined[-1], item, texts)
        elif joined and _one_quote(joined[-1], item, texts):
            joined[-1] = join_stretches(joined[-1], item, joined[-1].tail)
        elif joined and _added(joined[-1], item, texts):
            joined[-1] = join_stretches(joined[-1], item, item.lead)
        else:
            joined.append(item)
    return joined


def _title_in_attribution(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    """`"We are ready," Ada Brook said on WKRP's "Morning Hour." "We have been for years."`: the
    programme in the attribution after a quote opening its sentence is part of that
    attribution, not a quote that breaks it off."""
    last, title = first.spans[-1], second.spans[0]
    if last.close_mark is None or first.lead.strip() or len(second.spans) > 1:
        return False
    if title.paragraph != first.region[2] or title.open_mark != first.region[3]:
        return False
    name = span_text(texts, title)
    if len(words_in(name)) > TITLE_WORDS or not title_case(name):
        return False
    return attribution_after(first.tail) is not None or speech_tail(first.tail)


def _with_title(first: Stretch, title: Stretch, texts: Sequence[str]) -> Stretch:
    """The quote with the title and the rest of its sentence read as its attribution."""
    paragraph, end = title.region[2], title.region[3]
    tail = texts[paragraph][first.spans[-1].end + 1 : end]
    return replace(first, tail=tail, region=(*first.region[:2], paragraph, end))


def _one_quote(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    return (
        _split_by_attribution(first, second, texts)
        or _interrupted(first, second, texts)
        or _run_on(first, second)
        or _carried_on(first, second, texts)
    )


def _split_by_attribution(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    last, nxt = first.spans[-1], second.spans[0]
    if last.close_mark is None or first.region[2] != nxt.paragraph:
        return False
    if first.region[3] != nxt.open_mark or not first.tail.rstrip().endswith(","):
        return False
    opening, rest = span_text(texts, last), span_text(texts, nxt)
    loose = not first.lead.strip() and speech_tail(first.tail)  # `"A," one aide said, "b."`
    attributed = attribution_after(first.tail) is not None or loose
    return attributed and (opening.endswith(",") or rest[:1].islower())


def _interrupted(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    """`"We are ready," he said. "We have been for years."`: one speaker goes on after a short
    attribution, in the same paragraph, and the second part names no speaker of its own; the
    first part may follow words of the writer's (`Teachers are "ready," Ada Brook said. "..."`)
    but no speech verb of its own."""
    last, nxt = first.spans[-1], second.spans[0]
    if last.close_mark is None or first.region[2] != nxt.paragraph:
        return False
    tail = first.tail.strip().rstrip('"\u201c\u201d')
    if verb_positions(first.lead, nouns=False):  # `Ada Brook called it "...," Tom Reed said.`
        return False
    lead = second.lead.strip()  # the attribution itself when it ends in `N.Y.`
    if texts[nxt.paragraph][first.region[3] : nxt.open_mark].strip() or lead not in ("", tail):
        return False
    if not tail.endswith(".") or len(words_in(tail)) > ATTRIBUTION_WORDS:
        return False
    leads_on = span_text(texts, last).endswith(",") or tail.startswith(",")
    attributed = attribution_after(tail) is not None or (leads_on and speech_tail(tail))
    return attributed and _unattributed(second)


def _added(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    """`"We are ready." She added, "We have been for years."`: a quote that is its whole
    sentence, and the next sentence of the same paragraph goes on with a pronoun and a speech
    verb and names no one else."""
    last, nxt = first.spans[-1], second.spans[0]
    if last.close_mark is None or first.region[2] != nxt.paragraph or words_in(first.tail):
        return False
    if first.lead.strip() or texts[nxt.paragraph][first.region[3] : second.region[1]].strip():
        return False
    going_on = _GOING_ON.fullmatch(second.lead.strip())
    return going_on is not None and going_on.group(1) in SPEECH_VERBS and _unattributed(second)


def _unattributed(item: Stretch) -> bool:
    """Whether a stretch names no speaker of its own after it or between its parts."""
    return attribution_after(item.tail) is None and not any(
        attribution_after(b) for b in item.between
    )


def _run_on(first: Stretch, second: Stretch) -> bool:
    """`called it "reckless" and "cruel"`: quoted words a few small words apart in a sentence of
    speech, with no speech verb between them, are one quote."""
    last, nxt = first.spans[-1], second.spans[0]
    if last.close_mark is None or first.region[2] != nxt.paragraph:
        return False
    between = first.tail
    if first.region[3] != nxt.open_mark or any(c in between for c in ".!?;:"):
        return False
    speech = bool(verb_positions(first.lead))  # not a list of titles or scare quotes
    return speech and len(words_in(between)) <= 3 and not verb_positions(between)


def _carried_on(first: Stretch, second: Stretch, texts: Sequence[str]) -> bool:
    """`"We are ready," she said.` and a next paragraph that is nothing but a quote: the
    speaker goes on. The first quote must close its paragraph and have a speech verb in its
    sentence, and the second must name no speaker of its own."""
    last, nxt = first.spans[-1], second.spans[0]
    paragraph = first.region[2]
    if last.close_mark is None or nxt.paragraph != paragraph + 1:
        return False
    if texts[paragraph][first.region[3] :].strip() or texts[nxt.paragraph][: nxt.open_mark].strip():
        return False
    if words_in(second.tail) or texts[nxt.paragraph][second.region[3] :].strip():
        return False
    spoken = any(verb_positions(part, nouns=False) for part in (first.lead, first.tail))
    spoken = spoken or any(attribution_after(b) for b in first.between)
    return spoken and _unattributed(second)


def one_sentence(first: Stretch, second: Stretch) -> bool:
    """`Farmers are "fed up," but keen on "a fair deal."`: two quotes of one
    sentence with no speech verb between them (a participle goes on with the same speaker:
    `would be "slow," adding, "Good roads take time."`, unless a name is its subject: `and Tom
    Ruiz calling it "..."`) are one statement, unless the first already names its speaker
    between its parts."""
    last = first.spans[-1]
    if last.close_mark is None or first.region[2] != second.spans[0].paragraph:
        return False
    if second.region[1] != last.close_mark + 1 or second.spans[0].open_mark != first.region[3]:
        return False
    verbs = verb_positions(first.tail, nouns=False)
    participles = all(first.tail[start:end].endswith("ing") for start, end in verbs)
    named = any(_named_before(first.tail, start) for start, _end in verbs)
    return participles and not named and not any(attribution_after(b) for b in first.between)


def _named_before(text: str, start: int) -> bool:
    """Whether a name stands right before the participle at `start`: `and Tom Ruiz calling it`
    has a speaker of its own (`on Monday, calling it` goes on with the clause's)."""
    before = text[:start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
