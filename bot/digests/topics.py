"""A digest's topics as the user types them: commas or words, each once, `all` for every story."""

from __future__ import annotations

MAX_TOPICS = 10
ALL_STORIES = ("all", "all stories", "everything")  # /subscribe all: no topic filter
TOPIC_CHARS = 40


def split_topics(text: str, old: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`old` and then the topics of 'BRICS, oil prices' (commas) or 'BRICS oil' (words), once each.

    Repeats differing only in case count once; the caller checks the result against MAX_TOPICS.
    """
    pieces = text.split(",") if "," in text else text.split()
    seen: dict[str, str] = {topic.lower(): topic for topic in old}
    for piece in pieces:
        topic = " ".join(piece.split())[:TOPIC_CHARS]
        if topic:
            seen.setdefault(topic.lower(), topic)
    return tuple(seen.values())


def subscribed_topics(text: str, old: tuple[str, ...]) -> tuple[str, ...]:
    """The topics a /subscribe leaves: the old ones and the new; `all` goes back to every story."""
    if is_all(text):
        return ()
    return split_topics(text, old)


def is_all(text: str) -> bool:
    """Whether `text` asks for every story rather than a topic."""
    return " ".join(text.split()).lower() in ALL_STORIES
