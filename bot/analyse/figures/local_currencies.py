"""A currency name many countries share, written bare (`20,000 pesos`, `500 rupees`), is the
currency of the country the article is about: pesos in a Manila story are Philippine pesos, not
the Mexican ones a bare `pesos` reads as alone. Only a name the article wrote bare is read again,
and only when the article names one such country and never the default's."""

from __future__ import annotations

import re
from collections.abc import Sequence

# For each code a bare name reads as: the bare name, the default's own country words, and the
# other countries sharing the name, each with its code.
_SHARED: dict[str, tuple[str, str, dict[str, str]]] = {
    "MXN": (
        r"pesos?",
        r"Mexic",
        {
            "PHP": r"Philippine|Filipino|Manila|Luzon|Visayas|Mindanao|Cebu",
            "ARS": r"Argentin|Buenos Aires",
            "CLP": r"Chile|Santiago",
            "COP": r"Colombia|Bogot",
            "UYU": r"Uruguay|Montevideo",
            "DOP": r"Dominican Republic|Santo Domingo",
        },
    ),
    "INR": (
        r"rupees?",
        r"India|Mumbai|Delhi|Bengaluru|Bangalore|Chennai|Kolkata",
        {
            "PKR": r"Pakistan|Karachi|Lahore|Islamabad",
            "LKR": r"Sri Lanka|Colombo",
            "NPR": r"Nepal|Kathmandu",
        },
    ),
}


def local_currency(code: str, written: str, texts: Sequence[str]) -> str:
    """The code of a shared currency name written bare (`written`, the figure as written), read
    by the one country sharing it that the article names; else `code` itself."""
    shared = _SHARED.get(code)
    if shared is None:
        return code
    bare, home, others = shared
    if not re.search(rf"\d\s*(?:[a-z]+\s+)?{bare}\b", written, re.IGNORECASE):
        return code  # `Mexican pesos`, `Rs 20`: named or signed, read as written
    text = " ".join(texts)
    if re.search(home, text):
        return code
    named = [other for other, words in others.items() if re.search(words, text)]
    return named[0] if len(named) == 1 else code
