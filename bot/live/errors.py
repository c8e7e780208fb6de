"""What can go wrong when reading the web: one tree under BriefingError, one line each."""

from __future__ import annotations

from typing import Any

from bot.errors import BriefingError


class UrlError(BriefingError):
    """A problem with one URL; `reason` says why in a few words."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the constructor's arguments, so the error crosses to a worker and back."""
        return (type(self), (self.url, self.reason))


class FetchError(UrlError):
    """A URL could not be fetched (raised as such for a failed connection); `reason` says why."""


class Refused(FetchError):
    """Not fetched on purpose: a scheme other than http(s), a non-public address, robots.txt."""


class TooLarge(FetchError):
    """The response passed the size limit; reading stopped there."""


class TimedOut(FetchError):
    """Connecting or reading took longer than the limits allow (a server that never answers)."""


class TooManyRedirects(FetchError):
    """More redirects than the limit, or a redirect loop."""


class Gone(FetchError):
    """HTTP 410: the resource was removed for good; stop asking for it."""


class RetryLater(FetchError):
    """HTTP 429/503 with Retry-After: the host asked to be left alone for `seconds`."""

    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(url, f"the server asked to retry in {seconds:.0f} s")
        self.seconds = seconds

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.url, self.seconds))


class HttpError(FetchError):
    """Any other HTTP status than 200, 304, a redirect, 410 or a 429/503 with Retry-After."""

    def __init__(self, url: str, status: int, reason: str | None = None) -> None:
        super().__init__(url, reason or f"HTTP {status}")
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.url, self.status, self.reason))


class ContentError(UrlError):
    """Fetched bytes that are not what was asked for; `reason` says why in a few words."""


class NotAFeed(ContentError):
    """The body is no RSS, Atom or JSON Feed (an HTML page, an error page, garbage)."""


class NoArticle(ContentError):
    """A page with no article text that can be extracted (an index page, a paywall, a video)."""
