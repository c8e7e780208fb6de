"""OPML, the list format feed readers exchange: read one into (name, URL) pairs, write one out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError

MAX_OPML_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Outline:
    """One feed listed in an OPML file."""

    name: str | None
    url: str


def read_opml(path: Path) -> list[Outline]:
    """Every outline with an `xmlUrl`, at any depth (folders are flattened), in file order."""
    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise ConfigError(f"{path}: larger than 5 MB, not a feed list")
        # expat refuses external entities and bounds entity expansion (billion laughs)
        root = ET.fromstring(path.read_bytes())
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except ET.ParseError as error:
        raise ConfigError(f"{path}: not OPML ({error})") from None
    if root.tag.lower() != "opml":
        raise ConfigError(f"{path}: not OPML (the root element is <{root.tag}>)")
    return [
        Outline(_name(node), node.get("xmlUrl", "").strip())
        for node in root.iter("outline")
        if node.get("xmlUrl", "").strip()
    ]


def _name(node: ET.Element) -> str | None:
    name = (node.get("text") or node.get("title") or "").strip()
    return " ".join(name.split()) or None


def write_opml(feeds: Iterable[tuple[str, str]], title: str = "briefing-bot sources") -> str:
    """An OPML 2.0 document listing (name, URL) feeds."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    for name, url in feeds:
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
