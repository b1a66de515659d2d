"""Full-text search over a channel's library: SQLite FTS5 (porter stemming, bm25 with the title weighted)
or PostgreSQL's tsvector (a generated, GIN-indexed column of articles, ranked by ts_rank). Both index
every article as it is stored (a trigger, a generated column), so the write path knows nothing of search.

Words are matched all together (AND); each is passed as a quoted term, so no query syntax of either
engine can be typed into a search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.store.db import Database

TERM = re.compile(r"\w+")
MAX_TERMS = 12
"""Words of one query used: more narrow nothing and cost a posting list each."""
TITLE_WEIGHT = 5.0


@dataclass(frozen=True)
class Hit:
    article_id: int
    title: str
    added_at: int


def terms(text: str) -> list[str]:
    """The query's words, lower-cased, each once, at most MAX_TERMS."""
    found: list[str] = []
    for word in TERM.findall(text.lower()):
        if word not in found:
            found.append(word)
    return found[:MAX_TERMS]


def _hit(row: Any) -> Hit:
    return Hit(row["id"], row["title"], row["added_at"])


class Search:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self, channel: str, text: str, limit: int = 10) -> list[Hit]:
        """The channel's articles holding every word of `text` (stemmed), best first."""
        words = terms(text)
        if not words:
            return []
        if self.db.dialect.name == "postgresql":
            sql = (
                "SELECT a.id, a.title, c.added_at FROM articles a"
                " JOIN channel_articles c ON c.article_id = a.id, plainto_tsquery('english', ?) q"
                " WHERE c.channel_id = ? AND a.search @@ q"
                " ORDER BY ts_rank(a.search, q) DESC, a.id DESC LIMIT ?"
            )
            params: tuple[Any, ...] = (" ".join(words), channel, limit)
        else:
            sql = (
                "SELECT a.id, a.title, c.added_at FROM article_search s JOIN articles a ON a.id = s.rowid"
                " JOIN channel_articles c ON c.article_id = a.id"
                " WHERE article_search MATCH ? AND c.channel_id = ?"
                f" ORDER BY bm25(article_search, {TITLE_WEIGHT}, 1.0), a.id DESC LIMIT ?"
            )
            params = (" ".join(f'"{word}"' for word in words), channel, limit)
        with self.db.read() as conn:
            return [_hit(row) for row in conn.execute(sql, params).fetchall()]

    def scan(self, channel: str, text: str, limit: int = 10) -> list[Hit]:
        """The same question as a plain `LIKE` scan of every article (the benchmark's baseline)."""
        words = terms(text)
        if not words:
            return []
        like = self.db.dialect.ilike
        where = " AND ".join(f"(a.title || ' ' || a.text) {like} ?" for _ in words)
        sql = (
            "SELECT a.id, a.title, c.added_at FROM articles a JOIN channel_articles c ON c.article_id = a.id"
            f" WHERE c.channel_id = ? AND {where} ORDER BY a.id DESC LIMIT ?"
        )
        with self.db.read() as conn:
            rows = conn.execute(sql, (channel, *(f"%{w}%" for w in words), limit)).fetchall()
        return [_hit(row) for row in rows]

    def recent(
        self, channel: str, limit: int = 20, *, since: int | None = None, until: int | None = None
    ) -> list[Hit]:
        """The channel's articles, newest first, optionally those added in (since, until]."""
        sql = (
            "SELECT a.id, a.title, c.added_at FROM channel_articles c JOIN articles a ON a.id = c.article_id"
            " WHERE c.channel_id = ? AND c.added_at > ? AND c.added_at <= ?"
            " ORDER BY c.added_at DESC, a.id DESC LIMIT ?"
        )
        low = -1 if since is None else since
        high = (1 << 62) if until is None else until
        with self.db.read() as conn:
            return [_hit(row) for row in conn.execute(sql, (channel, low, high, limit)).fetchall()]
