"""parse_feed on the fixtures in tests/data/feeds: every format, every bad input, any encoding."""

from __future__ import annotations

import json
import pickle
import signal
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.live import feeds
from bot.live.budget import cpu_budget
from bot.live.errors import NotAFeed
from bot.live.feeds import Feed, parse_feed
from bot.live.raw import MAX_ENTRIES
from bot.live.web import Fetcher
from tests.news_server import FIXTURES, NewsServer

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
URL = "http://news.localhost:9/feeds/main"


def parse(name: str, **options: object) -> Feed:
    options.setdefault("url", URL)
    options.setdefault("fetched_at", NOW)
    return parse_feed((FIXTURES / name).read_bytes(), **options)  # type: ignore[arg-type]


def rss(items: str, head: str = "") -> bytes:
    return (
        f"<?xml version='1.0'?>{head}<rss version='2.0'><channel><title>T</title>"
        f"<link>https://t.example/</link>{items}</channel></rss>"
    ).encode()


# ---- formats


def test_live_feeds_rss20_feed_and_entries():
    feed = parse("rss20.xml")
    assert (feed.title, feed.site_url, feed.ttl_minutes, feed.problems) == (
        "The Harbour Gazette", "https://harbour.example/", 30, ()
    )  # fmt: skip
    assert [e.key for e in feed.entries] == [
        "harbour-2026-0412",
        "https://harbour.example/news/fish-market",
        "http://news.localhost:9/news/lighthouse",
    ]
    assert [e.url for e in feed.entries] == [
        "https://harbour.example/news/ferry-timetable",
        "https://harbour.example/news/fish-market",
        "http://news.localhost:9/news/lighthouse",  # a relative link, resolved against the feed
    ]
    assert [e.published for e in feed.entries] == [
        datetime(2026, 12, 1, 6, 30, tzinfo=UTC),  # 07:30 +0100
        datetime(2026, 11, 30, 16, 0, tzinfo=UTC),
        NOW,  # no date: the fetch time
    ]
    assert [e.title for e in feed.entries][1] == "Fish market & quay reopen"


def test_live_feeds_rss20_content_becomes_paragraphs():
    ferry = parse("rss20.xml").entries[0]
    paragraphs = ferry.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The town council on Monday approved a new ferry timetable")
    assert paragraphs[1].startswith("“People who work on the island should not have to leave")
    assert "council’s transport lead" in paragraphs[1]
    assert "north pier." not in paragraphs[1]  # the figure caption is left out
    assert "The morning ferry" not in ferry.text
    assert (len(ferry.text), ferry.teaser, ferry.notes) == (724, False, ())


def test_live_feeds_short_entries_are_teasers():
    assert [e.teaser for e in parse("rss20.xml").entries] == [False, True, True]


def test_live_feeds_rss10():
    feed = parse("rss10.rdf")
    assert feed.title == "Valley Courier"
    assert [(e.key, e.published) for e in feed.entries] == [
        ("https://valley.example/a/1", datetime(2026, 11, 28, 7, 15, tzinfo=UTC)),
        ("https://valley.example/a/2", datetime(2026, 11, 27, tzinfo=UTC)),
    ]
    assert feed.entries[0].text == "Repairs to the old stone bridge finished a week ahead of plan."


def test_live_feeds_atom():
    feed = parse("atom.xml")
    assert (feed.title, feed.site_url) == ("Northern Ledger", "https://ledger.example/")
    strike, budget = feed.entries
    assert (strike.key, strike.title) == (
        "tag:ledger.example,2026:rail-strike",
        "Rail strike called off",
    )
    assert strike.published == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # published, not updated
    assert strike.text == (
        "The rail union called off Friday’s strike after talks that ran through the night."
        "\n\nTrains will run to the normal timetable."
    )
    assert budget.published == datetime(2026, 11, 30, 18, 45, tzinfo=UTC)  # updated only
    assert budget.text == "The budget vote was delayed by a week."


def test_live_feeds_json_feed():
    feed = parse("feed.json", content_type="application/feed+json")
    assert (feed.title, feed.site_url, feed.ttl_minutes) == (
        "Orchard Weekly", "https://orchard.example/", None
    )  # fmt: skip
    harvest, cider = feed.entries
    assert (harvest.key, harvest.url) == (
        "orchard-77",
        "https://orchard.example/posts/apple-harvest",
    )
    assert harvest.published == datetime(2026, 11, 29, 13, 0, tzinfo=UTC)
    assert harvest.text == (
        "Growers reported the best apple harvest in ten years."
        "\n\nPrices at the farm gate fell by a tenth."
    )
    assert (cider.key, cider.url) == ("78", "http://news.localhost:9/posts/cider-fair")
    assert cider.published == datetime(2026, 11, 28, 20, 0, tzinfo=UTC)  # date_modified
    assert cider.text == "The cider fair returns on Saturday.\n\nEntry is free."


def test_live_feeds_json_feed_is_recognised_without_its_content_type():
    assert parse("feed.json", content_type="text/plain").title == "Orchard Weekly"


@pytest.mark.parametrize(
    ("items", "keys", "problems"),
    [('"items": [1, "x", {"id": "a", "url": "https://o.example/a"}]', ["a"],
      ("2 items that are not objects were skipped",)),
     ('"items": {}', [], ("no list of items",)),
     ('"title": "no items"', [], ("no list of items",)),
     ('"items": [{"id": 5, "title": 7, "url": ["x"], "content_text": "Words."}]', ["5"], ())],
)  # fmt: skip
def test_live_feeds_json_feed_with_odd_items(items, keys, problems):
    body = f'{{"version": "https://jsonfeed.org/version/1", {items}}}'.encode()
    feed = parse_feed(body, url=URL, fetched_at=NOW)
    assert ([e.key for e in feed.entries], feed.problems) == (keys, problems)


# ---- teasers


def test_live_feeds_read_more_link_marks_a_teaser_and_is_removed():
    entry = parse("teaser.xml").entries[0]
    assert entry.text == "Engineers closed the storm barrier for a full test on Tuesday."
    assert entry.url == "http://news.localhost:9/articles/storm-barrier.html"
    assert entry.teaser is True


def test_live_feeds_long_entry_ending_in_read_more_is_a_teaser():
    long_text = "<p>" + "The committee met again to discuss the plan. " * 20 + "</p>"
    body = f"<item><link>https://t.example/1</link><description><![CDATA[{long_text}"
    body += "<p><a href='https://t.example/1'>Read more</a></p>]]></description></item>"
    entry = parse_feed(rss(body), url=URL, fetched_at=NOW).entries[0]
    assert len(entry.text) == 899
    assert entry.text.endswith("discuss the plan.")
    assert entry.teaser is True


@pytest.mark.parametrize(
    ("ending", "teaser"),
    [("Continue reading “The plan”", True), ("[…]", True), ("Read the full story", True),
     ("and read more books.", False), ("He wants to read Moore.", False)],
)  # fmt: skip
def test_live_feeds_read_more_endings(ending, teaser):
    long_text = "The committee met again to discuss the plan. " * 20 + ending
    body = f"<item><link>https://t.example/1</link><description>{long_text}</description></item>"
    entry = parse_feed(rss(body), url=URL, fetched_at=NOW).entries[0]
    assert entry.teaser is teaser


# ---- bad input


def test_live_feeds_malformed_xml_keeps_what_it_could_read():
    feed = parse("malformed.xml")
    assert [e.title for e in feed.entries] == [
        "First story survives",
        "Second story & an unescaped ampersand",
    ]
    assert feed.problems == (
        "malformed XML (line 12:27: not well-formed (invalid token)): "
        "kept the 2 entries that could be read",
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [((FIXTURES / "html-page.html").read_bytes(), "an HTML page, not a feed"),
     (b"  <!-- cms -->\n<html><body><p>Hello</p></body></html>", "an HTML page, not a feed"),
     (b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
      "an HTML page, not a feed"),
     (b"", "the response is empty"), (b" \n ", "the response is empty"),
     (b"<?xml version='1.0'?><urlset><url><loc>https://x/</loc></url></urlset>",
      "no RSS or Atom feed in it"),
     (b"just some words", "no RSS or Atom feed in it"),
     ((FIXTURES / "plain.json").read_bytes(), "JSON, but not a JSON Feed"),
     (b"{not json", "not valid JSON"), (b'{"a":' * 100_000, "not valid JSON")],
)  # fmt: skip
def test_live_feeds_not_a_feed(body, reason):
    with pytest.raises(NotAFeed, match=reason) as caught:
        parse_feed(body, url=URL, fetched_at=NOW)
    assert caught.value.url == URL


@pytest.mark.parametrize(
    "body", [b"/etc/passwd", b"/etc/hostname", b"file:///etc/passwd", URL.encode()]
)
def test_live_feeds_a_path_or_url_as_body_is_never_opened(body):
    with pytest.raises(NotAFeed, match="no RSS or Atom feed in it"):
        parse_feed(body, url=URL, fetched_at=NOW)


def test_live_feeds_empty_feed_is_fine():
    feed = parse("empty.xml")
    assert (feed.title, feed.entries, feed.problems) == ("Quiet Town Bulletin", (), ())


def test_live_feeds_entry_without_link_and_text_is_dropped():
    feed = parse("no-link-no-text.xml")
    assert feed.problems == ("entry 'Only a title' has no link and no text: dropped",)
    text_only, link_only = feed.entries
    assert (text_only.url, text_only.text) == (None, "This entry has text but no link at all.")
    assert text_only.key.startswith("text:")
    assert text_only.key == parse("no-link-no-text.xml").entries[0].key  # stable
    assert (link_only.key, link_only.text, link_only.teaser) == (
        "https://sparse.example/3",
        "",
        True,
    )


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "mailto:desk@t.example", "ftp://t.example/a"]
)
def test_live_feeds_non_web_link_is_ignored_with_a_note(link):
    body = f"<item><link>{link}</link><description>Words.</description></item>"
    entry = parse_feed(rss(body), url=URL, fetched_at=NOW).entries[0]
    assert (entry.url, entry.notes) == (None, (f"link {link!r} ignored: not an http or https URL",))


def test_live_feeds_unreadable_json_link_is_no_link():
    body = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", '
    body += b'"url": "http://[oops/x", "content_text": "Words."}]}'
    entry = parse_feed(body, url=URL, fetched_at=NOW).entries[0]
    assert (entry.key, entry.url, entry.text) == ("1", None, "Words.")


def test_live_feeds_duplicate_guids_are_kept_once():
    feed = parse("duplicate-guids.xml")
    assert [(e.key, e.title) for e in feed.entries] == [
        ("echo-1", "Version one"),
        ("echo-2", "Another"),
    ]
    assert feed.problems == ("duplicate id 'echo-1': kept once",)


def test_live_feeds_impossible_dates_are_clamped_with_a_note():
    entries = {e.title: e for e in parse("dates.xml").entries}
    assert {title: e.published for title, e in entries.items()} == {
        "From the future": NOW,
        "From 1970": NOW,
        "Unreadable": NOW,
        "No date": NOW,
        "Fine": datetime(2026, 12, 1, 14, 0, tzinfo=UTC),
    }
    assert {title: e.notes for title, e in entries.items()} == {
        "From the future": (
            "date 2039-01-01T00:00:00+00:00 is in the future: the fetch time is used",
        ),
        "From 1970": ("date 1970-01-01T00:00:00+00:00 is before 1990: the fetch time is used",),
        "Unreadable": ("unreadable date 'sometime last week': the fetch time is used",),
        "No date": (),
        "Fine": (),
    }


def test_live_feeds_fetch_time_in_another_zone_is_given_in_utc():
    local = NOW.astimezone(timezone(timedelta(hours=5)))
    entries = parse("dates.xml", fetched_at=local).entries
    assert entries[0].published == NOW
    assert entries[0].published.tzinfo == UTC


def test_live_feeds_billion_laughs_is_bounded():
    tracemalloc.start()
    started = time.perf_counter()
    feed = parse("billion-laughs.xml")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024
    assert feed.title == "Laughing Matter"
    assert [(e.url, e.title, e.text) for e in feed.entries] == [
        ("https://laugh.example/1", "Bomb", "")
    ]
    assert feed.problems == ("an internal DTD with 10 unsafe entity declarations was removed",)


def test_live_feeds_quadratic_entity_blowup_is_bounded():
    head = f'<!DOCTYPE rss [<!ENTITY big "{"a" * 50_000}">]>'
    item = "<item><link>https://t.example/1</link><description>" + "&big;" * 200_000
    started = time.perf_counter()
    feed = parse_feed(rss(item + "</description></item>", head), url=URL, fetched_at=NOW)
    assert time.perf_counter() - started < 1.0
    assert [e.text for e in feed.entries] == [""]


def test_live_feeds_external_entities_are_never_read():
    head = '<!DOCTYPE rss [<!ENTITY host SYSTEM "file:///etc/hostname"><!ENTITY nbsp "&#160;">]>'
    item = "<item><link>https://t.example/1</link><description>a&host;b&nbsp;c</description></item>"
    feed = parse_feed(rss(item, head), url=URL, fetched_at=NOW)
    assert feed.entries[0].text == "ab c"  # the no-break space, as a space
    assert feed.problems == ("an internal DTD with 1 unsafe entity declarations was removed",)


def test_live_feeds_many_entity_declarations_are_refused():
    head = "<!DOCTYPE rss [" + "".join(f'<!ENTITY e{n} "x">' for n in range(65)) + "]>"
    with pytest.raises(NotAFeed, match="65 entity declarations: an entity bomb"):
        parse_feed(rss("", head), url=URL, fetched_at=NOW)


def test_live_feeds_a_run_of_comments_costs_no_backtracking():
    body = b"<!-- cms --> " * 20_000 + rss("")
    started = time.perf_counter()
    assert parse_feed(body, url=URL, fetched_at=NOW).title == "T"
    assert time.perf_counter() - started < 1.0


def test_live_feeds_unterminated_doctype_is_not_a_feed():
    with pytest.raises(NotAFeed, match="a DOCTYPE that never ends"):
        parse_feed(
            b"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'x'>" * 1000, url=URL, fetched_at=NOW
        )


def test_live_feeds_html_entities_in_xml_are_read_without_complaint():
    item = "<item><title>Caf&eacute;&nbsp;&amp; bar &bogus;</title><link>https://t.example/1</link></item>"
    feed = parse_feed(rss(item), url=URL, fetched_at=NOW)
    assert (feed.entries[0].title, feed.problems) == ("Café & bar &bogus;", ())


@pytest.mark.parametrize(
    ("name", "outcomes"),
    [("rss20.xml", ["empty", "no feed", 1, 1, 3]), ("atom.xml", ["empty", "no feed", 0, 1, 2]),
     ("rss10.rdf", ["empty", "no feed", 0, 0, 2]), ("teaser.xml", ["empty", "no feed", 0, 1, 2]),
     ("feed.json", ["empty", "bad JSON", "bad JSON", "bad JSON", "bad JSON"])],
)  # fmt: skip
def test_live_feeds_truncated_feeds_keep_what_they_can(name, outcomes):
    """Cut short at 0, 40 bytes, a third, a half, 20 bytes from the end: entries or NotAFeed."""
    reasons = {"the response is empty": "empty", "no RSS or Atom feed in it": "no feed"}
    data = (FIXTURES / name).read_bytes()
    seen: list[object] = []
    for cut in (0, 40, len(data) // 3, len(data) // 2, len(data) - 20):
        try:
            seen.append(len(parse_feed(data[:cut], url=URL, fetched_at=NOW).entries))
        except NotAFeed as error:
            seen.append(
                reasons.get(error.reason, "bad JSON" * error.reason.startswith("not valid"))
            )
    assert seen == outcomes


# ---- encodings


def test_live_feeds_declared_charset_beats_a_wrong_header():
    feed = parse("cp1252-declared.xml", charset="utf-8")
    assert feed.title == "Le Café du Port"
    entry = feed.entries[0]
    assert entry.title == "Réouverture du marché aux poissons"
    assert "« C’est un soulagement », a déclaré un pêcheur — le café d’en face" in entry.text
    assert entry.text.endswith("Coût : 5 €.")


def test_live_feeds_undeclared_charset_is_detected_despite_a_wrong_header():
    feed = parse("koi8r-undeclared.xml", charset="utf-8")
    assert feed.title == "Северный вестник"
    assert feed.entries[0].title == "Правительство объявило о новых мерах"  # noqa: RUF001


def test_live_feeds_utf8_with_a_latin1_header_stays_utf8():
    feed = parse("rss20.xml", charset="iso-8859-1")
    assert "council’s transport lead" in feed.entries[0].text


def test_live_feeds_utf16_with_bom():
    body = (FIXTURES / "rss20.xml").read_text(encoding="utf-8").replace('"utf-8"', '"utf-16"')
    feed = parse_feed(body.encode("utf-16"), url=URL, charset="utf-8", fetched_at=NOW)
    assert feed.title == "The Harbour Gazette"
    assert "council’s transport lead" in feed.entries[0].text


async def test_live_feeds_fetched_with_a_wrong_header_read_right(news_server: NewsServer):
    news_server.serve_fixture(
        "/cafe", "cp1252-declared.xml", content_type="application/rss+xml; charset=utf-8"
    )
    async with Fetcher(allow_private=True) as fetcher:
        got = await fetcher.get(news_server.url("/cafe"))
    feed = parse_feed(
        got.body, url=got.url, content_type=got.content_type, charset=got.charset, fetched_at=NOW
    )
    assert feed.entries[0].title == "Réouverture du marché aux poissons"


def test_live_feeds_a_feed_crosses_to_a_worker_process_and_back():
    feed = parse("rss20.xml")
    assert pickle.loads(pickle.dumps(feed)) == feed


# ---- bounded cost: many entries, costly markup


def _atom(entries: str) -> bytes:
    return (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        f"{entries}</feed>"
    ).encode()


def test_live_feeds_only_the_first_entries_of_a_huge_rss_feed_are_read():
    items = "".join(
        f"<item><title>Story {n}</title><link>https://t.example/{n}</link></item>"
        for n in range(MAX_ENTRIES + 150)
    )
    feed = parse_feed(rss(items), url=URL, fetched_at=NOW)
    assert len(feed.entries) == MAX_ENTRIES == 500
    assert (feed.entries[0].title, feed.entries[-1].title) == ("Story 0", "Story 499")
    assert feed.title == "T"  # the channel's closing tags are kept
    assert feed.problems == ("650 entries: only the first 500 were read",)


def test_live_feeds_only_the_first_entries_of_a_huge_atom_feed_are_read():
    entries = "".join(
        f"<entry><id>urn:e{n}</id><title>Post {n}</title><link href='https://t.example/{n}'/></entry>"
        for n in range(MAX_ENTRIES + 1)
    )
    feed = parse_feed(_atom(entries), url=URL, fetched_at=NOW)
    assert [e.key for e in feed.entries[-2:]] == ["urn:e498", "urn:e499"]
    assert feed.problems == ("501 entries: only the first 500 were read",)


def test_live_feeds_only_the_first_items_of_a_huge_json_feed_are_read():
    items = [{"id": str(n), "url": f"https://t.example/{n}", "title": f"N{n}"} for n in range(700)]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()
    feed = parse_feed(body, url=URL, fetched_at=NOW)
    assert [e.key for e in (feed.entries[0], feed.entries[-1])] == ["0", "499"]
    assert feed.problems == ("700 entries: only the first 500 were read",)


def test_live_feeds_a_feed_costlier_than_the_budget_is_refused(monkeypatch):
    """Two hundred thousand unclosed tags send feedparser to its slow lenient parser."""
    monkeypatch.setattr(feeds, "PARSE_CPU_SECONDS", 0.3)
    item = "<item><link>https://t.example/1</link><description>" + "<b>x" * 200_000
    started = time.process_time()
    with pytest.raises(NotAFeed, match=r"more than 0\.3 s of CPU to read"):
        parse_feed(rss(item + "</description></item>"), url=URL, fetched_at=NOW)
    assert time.process_time() - started < 3
    feed = parse_feed(rss("<item><link>https://t.example/2</link></item>"), url=URL, fetched_at=NOW)
    assert [e.url for e in feed.entries] == ["https://t.example/2"]  # the timer is gone


def test_live_feeds_budget_fires_again_when_a_library_swallows_it():
    def swallowing_work() -> int:
        swallowed = 0
        while True:
            try:
                sum(range(200_000))
            except NotAFeed:
                swallowed += 1
                if swallowed == 3:
                    return swallowed

    with cpu_budget(0.1, lambda: NotAFeed(URL, "too costly")):
        assert swallowing_work() == 3
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)


def test_live_feeds_budget_does_not_apply_off_the_main_thread():
    def work() -> str:
        with cpu_budget(0.01, lambda: NotAFeed(URL, "too costly")):
            sum(range(3_000_000))
        return "done"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result() == "done"
