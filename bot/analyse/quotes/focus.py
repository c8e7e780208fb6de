"""Whom a `he` or `she` means at a point of an article: the person in focus.

The latest person who opened a clause (or was given a quote) whose gender agrees, then one of no
known gender, then anyone named; a name that only qualifies a noun (`Reed aide Ada Brook`) opens
nothing. A newcomer named in full at a sentence's start near the quote takes the focus from an
older man or woman; the speaker of the quote just before keeps it within a paragraph; the
article's main voice keeps it against a newer subject of an earlier paragraph.
"""

from __future__ import annotations

import re

from bot.analyse.quotes.cast import Cast, Mention, Person
from bot.analyse.quotes.clues import mention_roles, qualifies_noun, sentence_start
from bot.analyse.quotes.holders import Holders
from bot.analyse.quotes.lexicon import Gender
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.subjects import opens_sentence

# A pronoun and its speech verb closing a sentence after a comma: `, he said.`
_CLOSING_SAID = re.compile(
    r",\s*(?P<pronoun>he|she)\s+(?:said|says|added|adds|noted|notes|argued|argues)\s*[.!?]"
)
_REPORT_REACH = 200  # characters read back for it, not the whole paragraph at every pronoun
# How many paragraphs back the article's main voice still holds the floor against a newer subject.
MAIN_VOICE_REACH = 2


class Focus(Holders):
    """The history of one article read for the person a pronoun means."""

    def __init__(self, cast: Cast) -> None:
        super().__init__(cast)
        self.quoted: frozenset[str] = frozenset()  # capitalised words of the quote at hand

    def last_speaker(self, at: Place) -> tuple[Place, Person] | None:
        """The speaker of the latest quote before `at`, with where that quote was."""
        before = [m for m in self.spoken if m.key < at]
        return (before[-1].key, self.cast.people[before[-1].name]) if before else None

    def focus(self, at: Place, gender: Gender | None) -> Person | None:
        """The person in focus at `at` whose gender fits, by the tiers in the module docstring."""
        reported = self._reported_clause(at)
        history = [
            (m, p)
            for m, p in self.history_before(at)
            if not p.org
            and not self._named_in(p)
            and not (reported and reported[0] <= m.key < reported[1])
        ]
        # (must open a clause, which gender fits): the stated one, then an unknown one
        tiers = ((True, gender), (True, None), (False, gender), (False, None))
        for subject_only, wanted in tiers:
            for mention, person in history:
                if subject_only and not self._opens(mention):
                    continue
                if person.gender == wanted or (wanted is None and gender is None):
                    last = self.last_speaker(at)
                    return self._speaking_on(at, mention, last) or self._or_last_speaker(
                        person, mention, at, gender, last
                    )
                if subject_only and wanted and self._recent_voice(mention, person, at):
                    return person
                if subject_only and wanted and self._newcomer_here(mention, person, at):
                    return person
        return None

    def _reported_clause(self, at: Place) -> tuple[Place, Place] | None:
        """The stretch of a sentence that a closing `..., he said` reports, when the pronoun at
        `at` is that `he`, or that sentence ends right before `at` (the quote it goes on with):
        the names in it are what was said, not who said it (`Trump is no conservative, he
        said.` is not Trump speaking, nor is the quote after it)."""
        if at.paragraph >= len(self.texts):
            return None
        text = self.texts[at.paragraph]
        start = max(0, at.offset - _REPORT_REACH)  # the closing is right before `at`, or at it
        found = list(_CLOSING_SAID.finditer(text, start, at.offset + 12))
        closing = next((c for c in reversed(found) if c.start("pronoun") <= at.offset), None)
        if closing is None:
            return None
        pronoun = Place(at.paragraph, closing.start("pronoun"))
        if pronoun != at and text[closing.end() : at.offset].strip(" \u201c\"'"):
            return None  # words between the sentence and the quote: no longer its report
        return sentence_start(self.texts, pronoun), pronoun

    def _opens(self, mention: Mention) -> bool:
        """Whether a mention opens its clause or follows a speech verb (`..., said Carl Link,
        who runs the board.`): either way the person is the one the sentence is about."""
        if mention.subject and qualifies_noun(mention, self.texts):
            return self.cast.people[mention.name].org  # `Reed aide Ada Brook`: Brook acts
        if mention.subject or "before inverted speaker" not in mention_roles(mention, self.texts):
            return mention.subject
        text = self.texts[mention.key.paragraph][: mention.key.offset]
        return _after_clause(text)

    def _recent_voice(self, mention: Mention, person: Person, at: Place) -> bool:
        """A speaker of no known gender given a quote in this or the paragraph before: `"...,"
        Grassley said. / "...," he said.` is Grassley, not an older man of the article."""
        return person.gender is None and mention in self.spoken and at[0] - mention.key[0] <= 1

    def _newcomer_here(self, mention: Mention, person: Person, at: Place) -> bool:
        """A person of no known gender brought in by full name to open a clause in the quote's
        paragraph or the one before: `Pollster Kyev Tatum picked up the thread. "...," he
        said.` is Tatum, not a man of the paragraphs before."""
        near = 0 <= at[0] - mention.key[0] <= 1
        if person.gender is not None or " " not in person.name or not near:
            return False
        start = sentence_start(self.texts, mention.key)
        if not opens_sentence(self.texts[start.paragraph][start.offset : mention.key.offset]):
            return False
        return self._first_named(person, mention)

    def _speaking_on(
        self, at: Place, since: Mention, last: tuple[Place, Person] | None
    ) -> Person | None:
        """The speaker of the quote just before in the same paragraph (`last`, from
        `last_speaker`), when newer than `since` and of no known gender: `"...," said Piet
        Dekker. "...," he said.` is Dekker still."""
        if last is None or last[0][0] != at[0] or last[0] <= since.key:
            return None
        speaker = last[1]
        if speaker.org or speaker.gender is not None or self._named_in(speaker):
            return None
        return speaker

    def _named_in(self, person: Person) -> bool:
        """Whether the quote being attributed names `person`: people seldom name themselves."""
        return any(part in self.quoted for part in person.name.split())

    def _or_last_speaker(
        self,
        person: Person,
        mention: Mention,
        at: Place,
        gender: Gender | None,
        last: tuple[Place, Person] | None,
    ) -> Person:
        """The last speaker (`last`, from `last_speaker`) instead of a newer subject from an
        earlier paragraph, when the last speaker is the more talked-about of the two (the
        article's main voice)."""
        if last is None or last[1] is person or mention.key[0] == at[0] or last[1].org:
            return person
        if self._named_in(last[1]) or self._introduced_since(person, mention, last[0]):
            return person
        speaker = last[1]
        fits = gender is None or speaker.gender in (gender, None)
        salient = self.cast.count(speaker.name) > self.cast.count(person.name)
        near = at.paragraph - last[0].paragraph <= MAIN_VOICE_REACH
        return speaker if fits and salient and near else person

    def _introduced_since(self, person: Person, mention: Mention, quote: Place) -> bool:
        """Whether `mention` names the person by full name for the first time, after the quote
        at `quote`: a newcomer the article brings in to speak next (a person, with a gender or
        a role, not a body the cast failed to tell as one)."""
        known = person.gender is not None or person.role is not None
        if not known or " " not in person.name or mention.key < quote:
            return False
        return self._first_named(person, mention)

    def _first_named(self, person: Person, mention: Mention) -> bool:
        """Whether `mention` is the article's first of `person`."""
        return next((m for m in self.cast.mentions if m.name == person.name), None) == mention


def _after_clause(before: str) -> bool:
    """Whether the speech verb just before a name follows a finished clause (`..., said`),
    not a subject of its own (`Brook answered Hale`: Hale is spoken to)."""
    words = before.split()
    verb = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].islower()), -1)
    return verb > 0 and words[verb - 1].endswith((",", "\u201d", '"'))
