"""A dateline opening an article's lead: where and by whom it was filed, not what happened.

Wires write `MOSCOW, Sept 29 (Reuters) - Russia said ...` or `WASHINGTON (AP) — The Senate ...`;
a broadcaster writes its own name after the place, `Beijing (CNN) -- China's premier ...`, and
scraped copies often lose the dash and the space (`(CNN)Singer-songwriter David Crosby ...`).
The dateline names the source; a headline made from the lead leaves it out, since a reader
wants the news first.
"""

from __future__ import annotations

import re

# Canonical spellings of the agencies whose sign-off ends an article or whose dateline opens it.
AGENCIES = (
    "EFE", "AP", "AFP", "Reuters", "TASS", "Xinhua", "dpa", "ANSA", "PTI", "UPI", "Europa Press",
    "IANS", "Kyodo", "Yonhap", "Interfax", "RIA Novosti", "Sputnik", "Prensa Latina", "Anadolu",
    "Lusa", "Agência Brasil", "Bloomberg", "AAP", "KNA", "epd", "APA", "Belga", "ANP", "PAP",
    "CTK", "MTI", "BTA", "Notimex", "Télam", "WAFA", "SANA", "IRNA", "Bernama", "Antara",
)  # fmt: skip
AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
# Outlets that date their own reports in a wire's style, in any case of place and without a dash.
_OWN_LINES = ("CNN",)
# Every outlet a dateline may name by its canonical spelling.
DATELINE_OUTLETS = (*AGENCIES, *_OWN_LINES)

_WIRE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{1,40}(?:,[^()]{1,40})?"
    rf"\s\((?P<agency>{AGENCY_NAMES})\)\s*[\u2014\u2013-]+\s*"
)
# Any outlet in brackets glued to the lead's first word, as scraped copies of magazines and
# partner sites open: `(The Hollywood Reporter)It's official`, `Omaha (the Farm Desk)When ...`.
_GLUED = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?:,?\s[A-Z][\w.'\u2019-]*){0,3}\s)?"
    r"\((?P<agency>(?:[Tt]he\s)?[A-Z][\w.&'\u2019-]*(?:\s[A-Z][\w.&'\u2019-]*){0,4})\)"
    r"(?=[A-Z\"\u201c])"
)
_OWN = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?:,?\s[A-Z][\w.'\u2019-]*){0,3}\s)?"
    rf"\((?P<agency>{'|'.join(_OWN_LINES)})\)\s*(?:[\u2014\u2013-]+\s*)?(?=\S)"
)


def dateline(lead: str) -> re.Match[str] | None:
    """The dateline opening `lead`, its outlet in the group `agency`; None when there is none."""
    return _WIRE.match(lead) or _OWN.match(lead) or _GLUED.match(lead)


def outlet_of(name: str) -> str:
    """The canonical spelling of an agency or outlet a dateline or sign-off names (an outlet no
    list knows as written, without a leading lower-case `the`)."""
    known = (a for a in DATELINE_OUTLETS if a.lower() == name.lower())
    return next(known, name[4:] if name.startswith("the ") else name)


def undated(lead: str) -> str:
    """The lead without its dateline."""
    found = dateline(lead)
    return lead[found.end() :] if found else lead


def headline_lead(lead: str) -> str:
    """The lead as a headline made from it reads: without its dateline and its final stop."""
    return undated(lead.strip()).rstrip(".").strip()


# A place in capitals and a dash, as papers date their own reports: `LONDON — `, `CAPE
# CANAVERAL, Fla. — `, `NAIROBI, Kenya -- `, `LAGOS, Dec 1 — `, and as wires do with a hyphen:
# `OSLO - `.
_PLACE_LINE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{2,40}(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})?"
    r"\s+(?:\u2014|\u2013|--|-(?=\s+[A-Z\"\u201c]))\s+"
)


def place_line(text: str) -> re.Match[str] | None:
    """The dateline of a place alone opening `text` (`LONDON — `, `OSLO - `), or None."""
    return _PLACE_LINE.match(text)


def without_place_line(text: str) -> str:
    """`text` without a dateline of a place alone opening it (`LONDON — Sea levels rose`: Sea
    levels rose); the words after it are the story's, the place is where it was filed."""
    found = _PLACE_LINE.match(text)
    return text[found.end() :] if found else text
