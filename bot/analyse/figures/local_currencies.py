"""A currency name many countries share, written bare (`20,000 pesos`, `500 rupees`), is the
currency of the country the article is about: pesos in a Manila story are Philippine pesos, not
the Mexican ones a bare `pesos` reads as alone. Only a name the article wrote bare is read again,
and only when the article names one such country and never the default's."""

from __future__ import annotations

import re

# For each code a bare name reads as: the bare name, the default's own country words, and the
# other countries sharing the name, each with its code (whole words: `India`, not `Indian Ocean`).
_SHARED: dict[str, tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]]]] = {
    "MXN": (
        re.compile(r"\d\s*(?:(?-i:[a-z]+)\s+)?pesos?\b", re.IGNORECASE),
        re.compile(r"\b(?:Mexico|Mexican)\b"),
        {
            "PHP": re.compile(r"\b(?:Philippines?|Philippine|Filipinos?|Manila|Cebu)\b"),
            "ARS": re.compile(r"\b(?:Argentina|Argentine|Buenos Aires)\b"),
            "CLP": re.compile(r"\b(?:Chile|Chilean)\b"),
            "COP": re.compile(r"\b(?:Colombia|Colombian|Bogota|Bogotá)\b"),
            "UYU": re.compile(r"\b(?:Uruguay|Uruguayan|Montevideo)\b"),
            "DOP": re.compile(r"\b(?:Dominican Republic|Santo Domingo)\b"),
        },
    ),
    "INR": (
        re.compile(r"\d\s*(?:(?-i:[a-z]+)\s+)?rupees?\b", re.IGNORECASE),
        re.compile(
            r"\b(?:India|Indian(?! Ocean)|Mumbai|Delhi|Bengaluru|Bangalore|Chennai|Kolkata)\b"
        ),
        {
            "PKR": re.compile(r"\b(?:Pakistan|Pakistani|Karachi|Lahore|Islamabad)\b"),
            "LKR": re.compile(r"\b(?:Sri Lanka|Sri Lankan|Colombo)\b"),
            "NPR": re.compile(r"\b(?:Nepal|Nepali|Nepalese|Kathmandu)\b"),
        },
    ),
}


def local_currency(code: str, written: str, text: str) -> str:
    """The code of a shared currency name written bare (`written`, the figure as written), read
    by the one country sharing it that the article (`text`) names; else `code` itself. A name
    written with its country (`Mexican pesos`) or a sign (`Rs 20`) reads as written."""
    shared = _SHARED.get(code)
    if shared is None:
        return code
    bare, home, others = shared
    if not bare.search(written) or home.search(text):
        return code
    named = [other for other, words in others.items() if words.search(text)]
    return named[0] if len(named) == 1 else code
