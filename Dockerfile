FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BRIEFING_DB=/home/briefing/app/briefing.db

RUN groupadd --gid 10001 briefing \
    && useradd --uid 10001 --gid 10001 --create-home briefing

WORKDIR /home/briefing/app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir .

COPY --chown=briefing:briefing seeds ./seeds
RUN chown briefing:briefing /home/briefing/app
USER 10001:10001

# The image ships the store: built once here, read by the running bot.
RUN briefing-bot build

CMD ["briefing-bot", "run"]
