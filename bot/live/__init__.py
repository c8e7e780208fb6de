"""Live news: fetch feeds and pages from the open web and turn them into entries.

    web.Fetcher.get(url) -> Fetched (bytes, validators, caching hints)   guarded, polite HTTP
    feeds.parse_feed(Fetched.body, ...) -> Feed(entries=(Entry, ...))     RSS, Atom, JSON Feed
    pages.extract_page(Fetched.body, ...) -> Page                         a teaser's full article

Everything here speaks only in the dataclasses above and the errors in `bot.live.errors`; the
sources table, rounds and polling live above this layer.
"""
