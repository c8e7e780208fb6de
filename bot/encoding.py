"""Text decoded with the wrong character set somewhere upstream, decoded back: scraped pages
and feeds that declare one charset and send another arrive as `FranÃ§ois`, `â€œ`, `Â£600m`.
ftfy knows which sequences are such mojibake and leaves real accented text alone."""

from __future__ import annotations

import re
import unicodedata

import ftfy

# The first characters UTF-8 text turns into when read as Latin-1 or Windows-1252: `Ã©`, `â€™`,
# `Â£`, `Ð¿`. Text without any of them cannot be mojibake of that kind and is not looked at.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4]"  # a lead byte, read as a letter
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"  # a continuation byte, as Latin-1 or Windows-1252 shows it
)


def repair_encoding(text: str) -> str:
    """The text with its mojibake decoded back; composed first (NFC), so that an accent written
    as a letter and a combining mark (`A` + U+0303) is one letter again, and mojibake that was
    decomposed on its way (`FranA\u0303§ois`) is seen for what it is."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return ftfy.fix_encoding(text) if _MOJIBAKE_HINT.search(text) else text
