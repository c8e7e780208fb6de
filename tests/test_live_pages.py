"""extract_page on article pages: the article only, paragraphs kept, any encoding; NoArticle."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest

from bot.live import pages
from bot.live.errors import NoArticle
from bot.live.feeds import parse_feed
from bot.live.pages import Page, extract_page
from bot.live.web import Fetcher
from tests.news_server import FIXTURES, NewsServer

URL = "https://coastline.example/articles/storm-barrier.html"


def extract(name: str, **options: object) -> Page:
    options.setdefault("url", URL)
    return extract_page((FIXTURES / name).read_bytes(), **options)  # type: ignore[arg-type]


def test_live_pages_article_text_without_boilerplate():
    page = extract("storm-barrier.html", content_type="text/html")
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Engineers closed the storm barrier across the estuary")
    assert paragraphs[1].startswith('"We close it for real perhaps twice a winter')
    assert paragraphs[3].endswith("another fifty years with regular maintenance.")
    for noise in ("Subscribe today", "Most read", "The barrier gates closing", "Great to see",
                  "All rights reserved", "Storm barrier tested ahead of winter"):  # fmt: skip
        assert noise not in page.text


def test_live_pages_metadata():
    page = extract("storm-barrier.html")
    assert (page.title, page.site_name) == (
        "Storm barrier tested ahead of winter",
        "Coastline Post",
    )
    assert page.canonical_url == "https://coastline.example/articles/storm-barrier"
    assert page.published == datetime(2026, 12, 2, 6, 0, tzinfo=UTC)


def test_live_pages_meta_charset_beats_a_wrong_header():
    page = extract(
        "farm-cp1251.html", url="https://coastline.example/articles/farm", charset="utf-8"
    )
    assert page.site_name == "Прибрежный вестник"
    assert page.text.startswith("Небольшая семейная ферма на побережье")
    assert "«Мы поливали поля каждую ночь и почти не спали»" in page.text
    assert len(page.text.split("\n\n")) == 3
    assert (page.canonical_url, page.published) == ("https://coastline.example/articles/farm", None)


def test_live_pages_xhtml_with_an_xml_declaration():
    html = (FIXTURES / "storm-barrier.html").read_text(encoding="utf-8")
    html = html.replace("<!DOCTYPE html>", '<?xml version="1.0" encoding="iso-8859-1"?>')
    html = html.replace('<meta charset="utf-8">', "").replace("fifty years", "cinquante années")
    page = extract_page(html.encode("iso-8859-1", errors="replace"), url=URL, charset="utf-8")
    assert page.text.endswith("another cinquante années with regular maintenance.")


@pytest.mark.parametrize(
    ("name", "content_type", "reason"),
    [("no-article.html", "text/html", "no article text found on the page"),
     ("html-page.html", None, "only 47 characters of article text on the page"),
     ("storm-barrier.html", "application/pdf", r"not an HTML page \(application/pdf\)")],
)  # fmt: skip
def test_live_pages_no_article(name, content_type, reason):
    with pytest.raises(NoArticle, match=reason) as caught:
        extract(name, content_type=content_type)
    assert caught.value.url == URL


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02garbage\xff\xfe", b"<html></html>"])
def test_live_pages_empty_or_garbage_is_no_article(body):
    with pytest.raises(NoArticle):
        extract_page(body, url=URL)


async def test_live_pages_teaser_feed_to_full_articles(news_server: NewsServer):
    news_server.serve_fixture("/teaser.xml", "teaser.xml")
    news_server.serve_fixture("/articles/storm-barrier.html", "storm-barrier.html")
    news_server.serve_fixture(
        "/articles/farm-cp1251.html", "farm-cp1251.html", content_type="text/html; charset=utf-8"
    )
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    async with Fetcher(allow_private=True) as fetcher:
        got = await fetcher.get(news_server.url("/teaser.xml"))
        feed = parse_feed(got.body, url=got.url, charset=got.charset, fetched_at=now)
        assert [entry.teaser for entry in feed.entries] == [True, True]
        pages = []
        for entry in feed.entries:
            assert entry.url is not None
            page = await fetcher.get(entry.url, page=True)
            pages.append(extract_page(page.body, url=page.url, content_type=page.content_type,
                                      charset=page.charset))  # fmt: skip
    assert [len(page.text) for page in pages] == [817, 420]  # 4 and 3 paragraphs, as on the page
    assert [page.text.split(" ", 2)[:2] for page in pages] == [
        ["Engineers", "closed"],
        ["Небольшая", "семейная"],
    ]
    assert [page.site_name for page in pages] == ["Coastline Post", "Прибрежный вестник"]
    assert news_server.hits("/robots.txt") == 1


def test_live_pages_a_page_crosses_to_a_worker_process_and_back():
    page = extract("storm-barrier.html")
    assert pickle.loads(pickle.dumps(page)) == page


def test_live_pages_a_page_costlier_than_the_budget_is_refused(monkeypatch):
    monkeypatch.setattr(pages, "PARSE_CPU_SECONDS", 0.05)
    paragraph = "<div><p>Paragraph {} of a very long page.</p></div>"
    paragraphs = "".join(paragraph.format(n) for n in range(20_000))
    body = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    with pytest.raises(NoArticle, match=r"more than 0\.05 s of CPU to read"):
        extract_page(body, url="https://t.example/long")
