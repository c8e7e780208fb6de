"""An article's own title line: the short first line some files and scraped pages open with.

A short first line is not always a title: it may be a byline, a date or time stamp, a wire
dateline or page furniture (a reading time, a share button, a newsletter box). A title names what
the body tells, so a line is taken as the title only when it shares a content word with the
opening of the body and is none of those.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import BODY, SUBHEADING, Paragraph
from bot.stems import word_stems, words

HEADING_WORDS = 12  # a sub-heading is a short line without final punctuation
_END_PUNCTUATION = frozenset('.!?…:;"\u201d\u2019)]')
_TITLE_QUOTES = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb "
_BODY_PARAGRAPHS = 2  # the opening of the body a title must share a word with
_MONTH = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# First lines that are not titles: bylines ("By Jane Doe", "Analysis by Jane Doe"), time stamps
# ("Updated 12 May", "March 3, 2015", "14:23"), wire datelines ("LONDON (Reuters) -"), media
# labels ("Video: the flood") and page furniture (reading times, share and sign-up prompts).
_NOT_TITLE = re.compile(
    r"^(?:(?:by|posted|published|updated|last updated|last modified|from|written|words|email"
    r"|contributed|copyright)\b|(?:photo|image|video|watch|listen):)"
    r"|^\S+\s+by\s+[A-Z]"
    rf"|\b{_MONTH}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:am|pm|bst|gmt|cet|[ecmp][sd]?t|utc)\b"
    r"|\((?:ap|afp|reuters|cnn|pa|efe|upi)\)|[\u2014\u2013-]$|[>|\u203a\u00a9]"
    r"|\bmin(?:ute)?s?\s+read\b|\bgetty images\b|\bstory highlights\b|\beditor'?s note\b"
    r"|\bshare this\b|\bsign up\b|\bnewsletter\b|\blisten to this\b|\bbreaking news\b"
    r"|\blive updates\b|^\S+\s+staff$|^(?:the\s+)?associated press$|^press association$",
    re.IGNORECASE,
)


def ends_sentence(text: str) -> bool:
    """Final punctuation; a closing bracket only after one: `WINNERS (six times)` is a label."""
    end = text.rstrip(")]")
    if end != text:
        return end[-1:] in _END_PUNCTUATION
    return text[-1] in _END_PUNCTUATION


def title_line(paragraphs: Sequence[Paragraph]) -> str | None:
    """The article's own title: a short first line without a final stop above the body, as BBC
    files and many scraped pages open, naming something the body's opening names too; None when
    the article opens with its lead."""
    if len(paragraphs) < 2 or paragraphs[0].kind != SUBHEADING:
        return None
    first = paragraphs[0].text
    body = [p.text for p in paragraphs[1:] if p.kind == BODY][:_BODY_PARAGRAPHS]
    if not is_title(first) or not word_stems(first) & word_stems(" ".join(body)):
        return None
    return first


def is_title(text: str) -> bool:
    """A headline-like line: two to twelve words, opening with a capital, a digit or a currency
    sign (after any quote mark: `'Strong dollar' call halts slide`), ending without a stop (a
    question mark may end it: `Will tax cuts lift spirits?`), not a byline, stamp or label."""
    core = text.strip(_TITLE_QUOTES)
    return (
        2 <= len(words(text)) <= HEADING_WORDS
        and (core[:1].isupper() or core[:1].isdigit() or core[:1] in "$\u00a3\u20ac\u00a5")
        and (core.endswith("?") or not ends_sentence(core))
        and not core.endswith(",")
        and _NOT_TITLE.search(core) is None
    )
