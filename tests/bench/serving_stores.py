"""The stores the serving benchmark reads: a fixed, shuffled corpus built once and cached, or,
for sizes no build here reaches in time, re-dated copies of a smaller built store's rows."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.bench.paths import DATA, ROOT

STORES = Path("/tmp/scale-stores")
PER_DAY = 10


def _bbc() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "bbc-news-summary-full" / "articles").glob("*/*.txt")):
        title, _, text = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
        yield {"id": f"bbc-{path.parent.name}-{path.stem}", "title": title.strip(),
               "source": "BBC", "text": text.strip()}  # fmt: skip


def _cnndm() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "cnndm-dev" / "articles").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        yield {"id": f"cnndm-{path.stem[:12]}", "source": "CNN", "text": text}


def _polnear() -> Iterator[dict[str, str]]:
    for split in ("train", "dev"):
        with (DATA / "polnear" / f"{split}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                source = record.get("source", "unknown")
                yield {"id": f"polnear-{record['id']}", "title": record.get("title", ""),
                       "source": source, "text": record["text"]}  # fmt: skip


def corpus(size: int) -> Iterator[dict[str, str]]:
    """`size` articles: the real ones shuffled, then re-dated copies, ten a day."""
    pool = [*_bbc(), *_cnndm(), *_polnear()]
    random.Random(0).shuffle(pool)
    start = date(2015, 1, 1)
    for index in range(size):
        record = dict(pool[index % len(pool)])
        copy = index // len(pool)
        if copy:
            record["id"] = f"{record['id']}-copy{copy}"
        record["date"] = (start + timedelta(days=index // PER_DAY)).isoformat()
        yield record


def write_corpus(size: int, target: Path) -> None:
    """Write `corpus(size)` as JSON Lines to `target`."""
    with target.open("w", encoding="utf-8") as out:
        for record in corpus(size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def store_of(size: int) -> Path:
    """The cached store of `size` articles, built first when it is missing."""
    STORES.mkdir(parents=True, exist_ok=True)
    db = STORES / f"{size}.db"
    if db.exists():
        return db
    feed = STORES / f"{size}.jsonl"
    write_corpus(size, feed)
    command = ["nice", "-n", "10", sys.executable, "-m", "bot", "build", str(feed),
               "--db", str(db), "--jobs", "2"]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    return db


# Per copy: how each build table's columns change (an id gains the copy's suffix, a date
# moves past the source's last day); columns not named are copied as they are.
_REWRITES = {
    "articles": {"id": "id || :suffix", "story_id": "story_id || :suffix",
                 "date": "date(date, :shift)"},
    "paragraphs": {"article_id": "article_id || :suffix"},
    "sentences": {"article_id": "article_id || :suffix"},
    "stories": {"id": "id || :suffix", "date": "date(date, :shift)",
                "position": "position + :positions", "article_ids": "{ids:article_ids}"},
    "story_sentences": {"story_id": "story_id || :suffix", "article_id": "article_id || :suffix",
                        "sources": "{ids:sources}"},
    "quotes": {"id": "article_id || :suffix || substr(id, length(article_id) + 1)",
               "article_id": "article_id || :suffix", "sources": "{ids:sources}"},
    "figures": {"id": "article_id || :suffix || substr(id, length(article_id) + 1)",
                "article_id": "article_id || :suffix", "sources": "{ids:sources}"},
}  # fmt: skip
_IDS = "(select json_group_array(value || :suffix) from json_each({column}))"


def replicate_store(source: Path, target: Path, copies: int) -> None:
    """`target`: the built store `source` and `copies - 1` re-dated copies of every article,
    story, quote and figure after it (ids suffixed `-r<k>`), for sizes no build here can reach
    in time; the FTS indexes follow through their triggers."""
    import sqlite3

    shutil.copyfile(source, target)
    db = sqlite3.connect(target)
    with db:
        first, last = db.execute("select min(date), max(date) from articles").fetchone()
        days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
        stories = db.execute("select count(*) from stories").fetchone()[0]
        originals = {t: db.execute(f"select max(rowid) from [{t}]").fetchone()[0] or 0
                     for t in _REWRITES}  # fmt: skip
        for k in range(1, copies):
            params = {"suffix": f"-r{k}", "shift": f"+{k * days} days", "positions": k * stories}
            for table, rewrites in _REWRITES.items():
                _copy_rows(db, table, rewrites, {**params, "last": originals[table]})
    db.close()


def _copy_rows(db: Any, table: str, rewrites: dict[str, str], params: dict[str, Any]) -> None:
    """Insert a copy of the source's rows of `table` (rowid up to :last), rewritten."""
    columns = [row[1] for row in db.execute(f"pragma table_info([{table}])")]
    values = []
    for column in columns:
        value = rewrites.get(column, f"[{column}]")
        if value.startswith("{ids:"):
            value = _IDS.format(column=f"[{value[5:-1]}]")
        values.append(value)
    names = ", ".join(f"[{c}]" for c in columns)
    sql = f"insert into [{table}] ({names}) select {', '.join(values)} from [{table}] "
    db.execute(sql + "where rowid <= :last", params)


def store_for(size: int, replicate_from: int | None) -> tuple[Path, str]:
    """The store of `size` articles and how it was made: built, or copies of a smaller build."""
    built = STORES / f"{size}.db"
    if built.exists() or not replicate_from:
        return store_of(size), "built"
    copies = size // replicate_from
    target = STORES / f"{size}-from-{replicate_from}.db"
    if not target.exists():
        replicate_store(store_of(replicate_from), target, copies)
    return target, f"{replicate_from:,} built, x{copies} re-dated in SQL"
