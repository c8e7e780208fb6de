"""Sentence splitting: Bling Fire's boundaries with the repairs real news text needs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot import clean
from bot.analyse.text import sentences
from bot.analyse.text.held import held_spans, inside
from bot.analyse.text.sentences import SentenceTokenizer, split_sentences, words

# Where pysbd (the splitter of processors Bling Fire has no library for) cuts otherwise.
PYSBD_CUTS = {
    'Mr Hain said: "It was close. We lost. "Next year we win. I am sure." He left.':
        ('Mr Hain said: "It was close. We lost. "Next year we win. I am sure."', "He left."),
    "Troops went home to the U.S. Their allies stayed.":
        ("Troops went home to the U.S. Their allies stayed.",),
    "He sold 3 oz. cups, pens etc. and ink. It was a good day.":
        ("He sold 3 oz.", "cups, pens etc. and ink.", "It was a good day."),
    "He won -- again. Fans cheered -- loudly. It was over.":
        ("He won -- again. Fans cheered -- loudly.", "It was over."),
    'Troops went home to the U.S. "We are done," the captain said.':
        ('Troops went home to the U.S. "We are done," the captain said.',),
}  # fmt: skip


@pytest.fixture(autouse=True, params=["bling fire", "pysbd"])
def splitter(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case runs with Bling Fire and with pysbd, the splitter of processors it lacks."""
    model = {"bling fire": sentences.bling_fire_ends, "pysbd": sentences.pysbd_ends}
    monkeypatch.setattr(sentences, "model_ends", model[request.param])
    return str(request.param)


def expected_of(splitter: str, paragraph: str, expected: tuple[str, ...]) -> tuple[str, ...]:
    """The sentences this splitter gives: the common answer, or pysbd's own where it differs."""
    return PYSBD_CUTS.get(paragraph, expected) if splitter == "pysbd" else expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mr. Smith earned $2.3m in the U.S. last year. Then he left.",
         ("Mr. Smith earned $2.3m in the U.S. last year.", "Then he left.")),
        ('He left, it said." Then more.', ('He left, it said."', "Then more.")),
        ("   ", ()),
        ("One sentence without a stop", ("One sentence without a stop",)),
    ],
)  # fmt: skip
def test_sentences_split_real_news_text(paragraph: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('The coach said: "We lost. It hurts. We will be back." Fans were quiet.',
         ('The coach said: "We lost. It hurts. We will be back."', "Fans were quiet.")),
        ("“We lost. It hurts,” the coach said. Fans were quiet.",
         ("“We lost. It hurts,” the coach said.", "Fans were quiet.")),
        ('"We lost. It hurts," said Ms Lee, "but we will be back." Fans were quiet.',
         ('"We lost. It hurts," said Ms Lee, "but we will be back."', "Fans were quiet.")),
        ('Mr Hain said: "It was close. We lost. "Next year we win. I am sure." He left.',
         ('Mr Hain said: "It was close. We lost.', '"Next year we win. I am sure."', "He left.")),
        ('She said: "It is over. We go home.',
         ('She said: "It is over. We go home.',)),
        ('"Why did it happen?" he asked. Nobody knew.',
         ('"Why did it happen?" he asked.', "Nobody knew.")),
        ("“Go away!” she shouted. He left.", ("“Go away!” she shouted.", "He left.")),
    ],
)  # fmt: skip
def test_sentences_quoted_speech_stays_one_sentence(
    paragraph: str, expected: tuple[str, ...], splitter: str
) -> None:
    assert split_sentences(paragraph) == expected_of(splitter, paragraph, expected)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Dr. Jones met Gov. Bush in Austin. They talked.",
         ("Dr. Jones met Gov. Bush in Austin.", "They talked.")),
        ("The army saw no video. Lt. Col. Ray Hart said so.",
         ("The army saw no video.", "Lt. Col. Ray Hart said so.")),
        ("The talks ended. Prof. Ann Lee spoke first.",
         ("The talks ended.", "Prof. Ann Lee spoke first.")),
        ("Sales rose 2.5% to $11.1bn. Profits fell 0.3 points.",
         ("Sales rose 2.5% to $11.1bn.", "Profits fell 0.3 points.")),
        ("The U.S. Army left. It was 9 a.m. on Monday.",
         ("The U.S. Army left.", "It was 9 a.m. on Monday.")),
        ("Troops went home to the U.S. Their allies stayed.",
         ("Troops went home to the U.S.", "Their allies stayed.")),
        ("Costs rose (by 3.1%. Or more.) last year. Prices did not.",
         ("Costs rose (by 3.1%. Or more.) last year.", "Prices did not.")),
        ("Rates rose next year. and prices followed.",
         ("Rates rose next year.", "and prices followed.")),
        ("He sold 3 oz. cups, pens etc. and ink. It was a good day.",
         ("He sold 3 oz. cups, pens etc. and ink.", "It was a good day.")),
        ("Tickets went at a concert. eBay has stopped the sales.",
         ("Tickets went at a concert.", "eBay has stopped the sales.")),
        ("He won -- again. Fans cheered -- loudly. It was over.",
         ("He won -- again.", "Fans cheered -- loudly.", "It was over.")),
        ("Winners:\n- best film\n- best actor", ("Winners:", "- best film", "- best actor")),
    ],
)  # fmt: skip
def test_sentences_abbreviations_numbers_and_brackets(
    paragraph: str, expected: tuple[str, ...], splitter: str
) -> None:
    assert split_sentences(paragraph) == expected_of(splitter, paragraph, expected)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('A bus carrying the singers Al Dunn and K.T. "The Owl" Marsh broke down. Fans waited.',
         ('A bus carrying the singers Al Dunn and K.T. "The Owl" Marsh broke down.',
          "Fans waited.")),
        ('The hosts were Lee and W. "Wild Bill" Hart of Reno. They sang.',
         ('The hosts were Lee and W. "Wild Bill" Hart of Reno.', "They sang.")),
        ('Troops went home to the U.S. "We are done," the captain said.',
         ("Troops went home to the U.S.", '"We are done," the captain said.')),
    ],
)  # fmt: skip
def test_sentences_initials_before_a_quoted_nickname_do_not_end_a_sentence(
    paragraph: str, expected: tuple[str, ...], splitter: str
) -> None:
    assert split_sentences(paragraph) == expected_of(splitter, paragraph, expected)


def test_sentences_full_stop_glued_to_a_name_splits_once_cleaned() -> None:
    text = clean.repair_spacing("the influence of the US on the American continent.Putin insisted.")
    assert split_sentences(text) == (
        "the influence of the US on the American continent.",
        "Putin insisted.",
    )


def test_sentences_quote_closed_after_the_full_stop_stays_with_its_sentence() -> None:
    text = clean.fix_quotes("“BRICS is simply a platform. It is not a bloc.“said Putin. He left.")
    assert split_sentences(text) == (
        "“BRICS is simply a platform. It is not a bloc.” said Putin.",
        "He left.",
    )


def test_sentences_held_spans_pair_straight_quotes_by_their_spaces() -> None:
    text = 'He said "yes." Then "no. Never." '
    spans = held_spans(text.strip())
    assert [text[s:e] for s, e in spans] == ['"yes."', '"no. Never."']
    assert inside(text, text.index(" Never"), spans)
    assert not inside(text, text.index(" Then"), spans)


def test_sentences_words_keep_inner_apostrophes() -> None:
    assert words("Russia’s exports, don't 2.3 times!") == (
        "Russia’s",
        "exports",
        "don't",
        "2",
        "3",
        "times",
    )


def test_sentences_tokenizer_serves_sumy() -> None:
    tokenizer = SentenceTokenizer()
    assert tokenizer.to_sentences("It rose. It fell.") == ("It rose.", "It fell.")
    assert tokenizer.to_words("It rose.") == ("It", "rose")


def test_sentences_fall_back_to_pysbd_where_bling_fire_cannot_load() -> None:
    probe = (
        "import sys; sys.modules['blingfire'] = None\n"
        "from bot.analyse.text import sentences as s\n"
        "print(s.model_ends is s.pysbd_ends, s.split_sentences('Dr. Lee left. Ann stayed.'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True ('Dr. Lee left.', 'Ann stayed.')"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The judges cited Hale v. Ormond in their ruling. It was brief.",
         ("The judges cited Hale v. Ormond in their ruling.", "It was brief.")),
        ("Tonight it is Leeds vs. Hull at home. Tickets are gone.",
         ("Tonight it is Leeds vs. Hull at home.", "Tickets are gone.")),
        ("The panel quoted Hale v. Ormond: \u201cA fee is no fine.\u201d Then it rose.",
         ("The panel quoted Hale v. Ormond: \u201cA fee is no fine.\u201d", "Then it rose.")),
    ],
)  # fmt: skip
def test_sentences_a_case_or_match_versus_is_no_end(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("It rained. 40% of homes flooded.", ("It rained.", "40% of homes flooded.")),
        ("Profit rose 5%. 300 jobs will go.", ("Profit rose 5%.", "300 jobs will go.")),
        ("It cost $5m. 300 jobs went.", ("It cost $5m.", "300 jobs went.")),
        ("He lives at no. 10 on the square.", ("He lives at no. 10 on the square.",)),
    ],
)  # fmt: skip
def test_sentences_a_number_may_open_the_next_sentence(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert split_sentences(paragraph) == expected
