"""The pure helpers under the live layer: decoding, HTML to text, response headers."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.live import headers
from bot.live.decode import declared_charset, decode
from bot.live.errors import (
    FetchError,
    Gone,
    HttpError,
    NoArticle,
    NotAFeed,
    Refused,
    RetryLater,
    TimedOut,
    TooLarge,
    TooManyRedirects,
)
from bot.live.text import html_to_text, plain_to_text, strip_read_more

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
FRENCH = (
    "Le président a annoncé mercredi une réforme des retraites. Les syndicats, déçus, prévoient "
    "une grève générale à Paris où la tension monte déjà. « C'est inacceptable », a déclaré un élu."
)
RUSSIAN = (
    "Правительство в среду объявило о новых мерах. Профсоюзы недовольны и грозят забастовкой "  # noqa: RUF001
    "по всей стране, заявил министр."
)


@pytest.mark.parametrize(
    ("body", "charset", "text"),
    [("café".encode(), None, "café"),
     ("café".encode(), "iso-8859-1", "café"),  # valid UTF-8 wins over a wrong header
     ("café".encode("cp1252"), "cp1252", "café"),
     ("“quoted” café".encode("cp1252"), "iso-8859-1", "“quoted” café"),  # read as windows-1252
     ("\ufeffcafé".encode(), "iso-8859-1", "café"),
     ("café".encode("utf-16"), "utf-8", "café"),
     ("café".encode("utf-32"), None, "café"),
     ('<meta charset="koi8-r">Привет'.encode("koi8-r"), "utf-8", '<meta charset="koi8-r">Привет'),
     (FRENCH.encode("cp1252"), "utf-8", FRENCH),  # detected: the header is wrong, nothing declared
     (RUSSIAN.encode("cp1251"), "x-unknown", RUSSIAN),
     (RUSSIAN.encode("koi8-r"), None, RUSSIAN)],
)  # fmt: skip
def test_live_text_decode(body, charset, text):
    assert decode(body, charset=charset) == text


@pytest.mark.parametrize(
    ("head", "charset"),
    [(b'<?xml version="1.0" encoding="Windows-1252"?>', "windows-1252"),
     (b"<?xml version='1.0' encoding='koi8-r' standalone='yes'?>", "koi8-r"),
     (b'<html><head><META charset="ISO-8859-2">', "iso-8859-2"),
     (b'<meta http-equiv="Content-Type" content="text/html; charset=cp1251">', "cp1251"),
     (b"<rss version='2.0'>", None)],
)  # fmt: skip
def test_live_text_declared_charset(head, charset):
    assert declared_charset(head + b"<p>text</p>") == charset


@pytest.mark.parametrize(
    ("html", "text"),
    [("<p>One &amp; <b>two</b></p><p>Three</p>", "One & two\n\nThree"),
     ("Line one<br>Line two<br/><br/>Line three", "Line one\n\nLine two\n\nLine three"),
     ("<div>  spaced \n  out  </div>", "spaced out"),
     ("<p>Text</p><script>alert(1)</script><style>p{}</style>", "Text"),
     ("<figure><img src=x><figcaption>A caption</figcaption></figure><p>Body</p>", "Body"),
     ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
     ("<p>Unclosed <i>markup", "Unclosed markup"),
     ("", "")],
)  # fmt: skip
def test_live_text_html_to_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("plain", "text"),
    [("One\n\n  Two  words\n\n\nThree", "One\n\nTwo words\n\nThree"),
     ("Line one\nLine two", "Line one\n\nLine two"),
     ("Para one\nstill one\n\nPara two", "Para one still one\n\nPara two")],
)  # fmt: skip
def test_live_text_plain_to_text(plain, text):
    assert plain_to_text(plain) == text


@pytest.mark.parametrize(
    ("text", "kept", "found"),
    [("Story.\n\nRead more »", "Story.", True),
     ("Story… Continue reading →", "Story…", True),
     ("Story.\n\nRead more at The Harbour Gazette", "Story.", True),
     ("Story. Continue reading “The plan”", "Story.", True),
     ("Story.\n\nMore »", "Story.", True),
     ("Story. Keep reading...", "Story.", True),
     ("He asked voters to read more.", "He asked voters to read more.", False),
     ("The post Story appeared first on Site.", "The post Story appeared first on Site.", False),
     ("x" * 200 + " read more", "x" * 200 + " read more", False),  # cut mid-sentence: no start
     ("x" * 200 + ". Read more", "x" * 200 + ".", True),
     ("Story [...]", "Story", True),
     ("Story [\u2026]", "Story", True),
     ("Story. (Read the full article)", "Story.", True),
     ("Story about readers.", "Story about readers.", False),
     ("Read more books, the minister said.\n\nThen he left.",
      "Read more books, the minister said.\n\nThen he left.", False)],
)  # fmt: skip
def test_live_text_strip_read_more(text, kept, found):
    assert strip_read_more(text) == (kept, found)


@pytest.mark.parametrize(
    ("value", "media", "charset"),
    [("Application/RSS+XML; Charset=UTF-8", "application/rss+xml", "utf-8"),
     ('text/html; charset="windows-1251"', "text/html", "windows-1251"),
     ("text/xml", "text/xml", None), ("", None, None), (None, None, None)],
)  # fmt: skip
def test_live_text_content_type(value, media, charset):
    assert (headers.media_type(value), headers.charset(value)) == (media, charset)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("public, max-age=900", 900), ("max-age=0, must-revalidate", 0), ("s-maxage=60", None),
     ("no-cache", None), (None, None)],
)  # fmt: skip
def test_live_text_max_age(value, seconds):
    assert headers.max_age(value) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("120", 120.0), ("0", 0.0), ("Wed, 02 Dec 2026 12:05:00 GMT", 300.0),
     ("Wed, 02 Dec 2026 11:00:00 GMT", 0.0), ("99999999", 7 * 24 * 3600.0),
     ("soon", None), ("", None), (None, None)],
)  # fmt: skip
def test_live_text_retry_after(value, seconds):
    assert headers.retry_after(value, NOW) == seconds


def test_live_text_private_hosts_setting():
    assert Settings.from_env({}).allow_private_hosts is False
    assert Settings.from_env({"BRIEFING_ALLOW_PRIVATE_HOSTS": "1"}).allow_private_hosts is True
    assert Settings.from_env({"BRIEFING_ALLOW_PRIVATE_HOSTS": "0"}).allow_private_hosts is False


@pytest.mark.parametrize(
    "error",
    [FetchError("u", "r"), Refused("u", "r"), TooLarge("u", "r"), TimedOut("u", "r"),
     TooManyRedirects("u", "r"), Gone("u", "r"), RetryLater("u", 30.0), HttpError("u", 502),
     HttpError("u", 500, "odd"), NotAFeed("u", "r"), NoArticle("u", "r")],
    ids=lambda error: type(error).__name__,
)  # fmt: skip
def test_live_text_errors_survive_a_trip_to_a_worker_process(error):
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), vars(again)) == (type(error), str(error), vars(error))
