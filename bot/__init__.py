"""briefing-bot: news articles in, briefings out (summaries, quotes, figures) over Telegram."""

__version__ = "0.1.0"
