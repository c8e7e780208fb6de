"""The examples under each command's `--help`: what a newcomer types first."""

EXAMPLES = {
    "build": """examples:
  briefing-bot build                       # seeds/ into briefing.db (or $BRIEFING_DB)
  briefing-bot build feeds/ extra.jsonl --db news.db --jobs 4
  briefing-bot build archive/ --cluster tcp://scheduler:8786   # analyse on a Dask cluster
  briefing-bot build archive/ --cluster local:4                # a Dask cluster of 4 here""",
    "export": """examples:
  briefing-bot export articles
  briefing-bot export summaries --sentences 5 --db news.db
  briefing-bot export quotes | jq .speaker""",
    "run": """examples:
  TELEGRAM_BOT_TOKEN=123:abc briefing-bot run
  briefing-bot run --webhook-url https://bot.example.org/tg --listen 0.0.0.0 --port 8443""",
    "ask": """examples:
  briefing-bot ask /summary                # the first page, and how many there are
  briefing-bot ask --all /summary          # every page
  briefing-bot ask "/quotes BRICS" --db news.db""",
    "chat": """examples:
  briefing-bot chat                        # type /help, then commands; Ctrl-D ends""",
    "announce": """examples:
  BRIEFING_CHANNEL=@mychannel briefing-bot announce""",
    "sources": """examples:
  briefing-bot sources add https://feeds.bbci.co.uk/news/world/rss.xml --name "BBC World"
  briefing-bot sources list
  briefing-bot sources remove "BBC World"
  briefing-bot sources import feeds.opml
  briefing-bot sources export > feeds.opml""",
    "fetch": """examples:
  briefing-bot fetch                       # one round now: exit 0 stored, 1 failed, 2 nothing new
  */15 * * * * briefing-bot fetch --db /srv/briefing.db   # from cron""",
    "main": """examples:
  briefing-bot build && briefing-bot ask /summary
  briefing-bot                             # run the bot when TELEGRAM_BOT_TOKEN is set, else chat
  briefing-bot COMMAND --help""",
}
