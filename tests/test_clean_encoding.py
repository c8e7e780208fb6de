"""Text that went through the wrong character set upstream (UTF-8 read as Windows-1252) is decoded
back before anything reads it, and text that is already right is left exactly as it is. Every
sentence here is written for these tests and then garbled the way a scraper garbles it."""

from __future__ import annotations

from datetime import date

import ftfy.bad_codecs  # noqa: F401  (registers the `sloppy-windows-1252` codec)
import pytest

from bot import encoding
from bot.analyse.figures.extraction import extract_figures
from bot.analyse.quotes.extraction import extract_quotes
from bot.parse.articles import make_article
from bot.parse.records import Record

DAY = date(2026, 12, 4)


def garbled(text: str) -> str:
    """`text` as it reads after its UTF-8 bytes were decoded as Windows-1252 (a byte that code
    page leaves undefined passes through as the Latin-1 control character, as browsers do)."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


@pytest.mark.parametrize(
    "written",
    [
        "Mayor Amélie Lefèvre opened the café in Besançon.",
        "“We will not wait,” said Søren Kjær, the fund’s chairman.",
        "Profits rose to £600m — a record — at the São Paulo plant.",
        "Председатель Иван Петров подписал указ.",
        "The naïve plan cost ¥2bn – about €15m.",
        "Coach Ivan Jovanović and Ms Šárka Kovářová agreed.",
        "Ο Γιώργος Παπαδόπουλος μίλησε.",  # noqa: RUF001
    ],
)
def test_mojibake_is_decoded_back_to_what_was_written(written: str) -> None:
    assert garbled(written) != written
    assert encoding.repair_encoding(garbled(written)) == written


@pytest.mark.parametrize(
    "text",
    [
        "Café société in Besançon, São Paulo and Zürich.",
        "Prices rose 3% to £600m.",
        "He said “no” — twice.",
        "Ångström, Ðakovo and Ñandú are real names.",
        "Plain ASCII text stays.",
    ],
)
def test_text_that_is_already_right_is_left_alone(text: str) -> None:
    assert encoding.repair_encoding(text) == text


def test_a_garbled_name_is_given_to_its_quote_as_it_was_written() -> None:
    body = garbled(
        "President François Hollande visited the plant on Monday.\n\n"
        "“France will keep every job here,” Hollande said."
    )
    record = Record(id="e1", date=DAY, text=body, origin="e1.txt", title="A visit")
    quotes = extract_quotes(make_article(record))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("France will keep every job here", "François Hollande")
    ]


def test_a_garbled_currency_sign_still_makes_a_sum() -> None:
    body = garbled("Quarterly profit at Acme Foods rose to £600m, the firm said.")
    record = Record(id="e2", date=DAY, text=body, origin="e2.txt", title="Profits")
    figures = extract_figures(make_article(record))
    assert [(f.text, f.value, f.unit) for f in figures] == [("£600m", 600000000.0, "GBP")]


def test_an_accent_written_as_a_combining_mark_is_one_letter_again() -> None:
    assert encoding.repair_encoding("Caf\u0065\u0301 society") == "Caf\u00e9 society"


def test_mojibake_that_was_decomposed_on_its_way_is_decoded_back() -> None:
    decomposed = "President FranA\u0303\u00a7ois Hollande spoke."  # `Ã` split into A + tilde
    assert encoding.repair_encoding(decomposed) == "President Fran\u00e7ois Hollande spoke."
