"""Where the bot may connect: public http(s) hosts only, checked by name and by the socket used.

A feed is written by strangers: its links must never make the bot read `file://`, a cloud metadata
endpoint or a service on the bot's own network. Names are resolved and every address checked
before connecting; the address actually connected to is checked again before a byte is read, so a
name that resolves differently the second time (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from bot.live.errors import FetchError, Refused

SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses may be connected to: public ones, `trusted` networks, or all."""

    allow_private: bool = False
    trusted: tuple[IPNetwork, ...] = ()

    @classmethod
    def of(cls, allow_private: bool, trusted: Iterable[str] = ()) -> AddressPolicy:
        """A policy from the Fetcher's arguments ("127.0.0.1/32" style networks)."""
        return cls(allow_private, tuple(ipaddress.ip_network(net) for net in trusted))

    def allows(self, address: str) -> bool:
        """True if the bot may talk to `address` (an IP literal)."""
        if self.allow_private:
            return True
        try:
            ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        if any(ip in net for net in self.trusted):
            return True
        return ip.is_global and not ip.is_multicast


def web_url(url: str) -> httpx.URL:
    """`url` parsed, if it is an http or https URL with a host; Refused otherwise."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise Refused(url, f"not a valid URL ({error})") from error
    if parsed.scheme not in SCHEMES:
        raise Refused(url, f"only http and https URLs are fetched, not {parsed.scheme or '?'}:")
    if not parsed.host:
        raise Refused(url, "not a valid URL (no host)")
    return parsed


async def check_host(url: httpx.URL, policy: AddressPolicy) -> None:
    """Resolve the host and refuse it if any of its addresses is not allowed."""
    if policy.allow_private:
        return
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        host = url.raw_host.decode("ascii")  # IDNA-encoded, as DNS knows it
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(str(url), f"cannot resolve {url.host}: {error}") from error
    for info in infos:
        address = str(info[4][0])
        if not policy.allows(address):
            raise Refused(str(url), f"{url.host} resolves to a non-public address ({address})")


def check_peer(url: str, response: httpx.Response, policy: AddressPolicy) -> None:
    """Refuse a response that came from an address the policy does not allow."""
    if policy.allow_private:
        return
    address = peer_address(response)
    if address is None:
        raise Refused(url, "cannot tell which address answered")
    if not policy.allows(address):
        raise Refused(url, f"connected to a non-public address ({address})")


def peer_address(response: httpx.Response) -> str | None:
    """The IP address the response came from, as the socket saw it."""
    stream: Any = response.extensions.get("network_stream")
    if stream is None:
        return None
    server: Any = stream.get_extra_info("server_addr")
    if not server:
        return None
    return str(server[0])
