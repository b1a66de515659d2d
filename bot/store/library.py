"""The article library: every loaded article parsed once, one current article per channel, team by team.

Writes are transactions (a process killed mid-load leaves the last committed state). `for_team` gives a
view whose writes record the Slack team that made them, so `forget_team` can honour `app_uninstalled`.
"""

from __future__ import annotations

import copy
import hashlib
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.article import parse
from bot.article.model import Article, ArticleError
from bot.article.provenance import headline
from bot.store.db import Connection, Database, SqliteDatabase, connect
from bot.store.schema import ensure_schema

CACHE_SIZE = 32
"""Parsed articles kept in memory, so answering a message does not re-read the model JSON each time."""
MAX_TITLE = 120
RECORD_COLUMNS = "id, title, source, created_at, sha256"
TEAM_TABLES = ("follows", "stories", "digests", "channel_articles", "assistant_threads")
"""The desk's rows and assistant threads a team wrote, deleted with the team (feeds nobody follows any more
are kept: shared). Its installation is deleted through the installation store (bot/slack/installations.py)."""


@dataclass(frozen=True)
class ArticleRecord:
    """One library row, without the (large) text and model."""

    id: int
    title: str
    source: str
    created_at: str
    sha256: str


@dataclass(frozen=True)
class TeamCleanup:
    """What `forget_team` deleted."""

    channels: int
    conversations: int
    articles: int


@dataclass
class _Shared:
    """State every team view of one library shares: the database, the parsed-article cache, the seed."""

    db: Database
    cache: OrderedDict[int, Article] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    seed_id: int | None = None


def content_hash(text: str) -> str:
    """The identity of an article: its parsed text, whitespace-normalised, so re-pastes dedupe."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def title_of(article: Article) -> str:
    return headline(article, MAX_TITLE)


def _record(row: Any) -> ArticleRecord:
    return ArticleRecord(row["id"], row["title"], row["source"], row["created_at"], row["sha256"])


class Library:
    """The article library at a SQLite path or a postgresql:// URL. `seed` gives the default article of a
    channel that never chose one."""

    def __init__(
        self,
        location: Path | str,
        seed: Callable[[], Article],
        *,
        seed_source: str = "seed",
        seed_key: str | None = None,
        pool_size: int = 10,
    ) -> None:
        """`seed_key` names the seed's version (e.g. path, size and mtime): while it is unchanged, a restart
        takes the seed from the database instead of parsing it again."""
        self._shared = _Shared(connect(location, pool_size=pool_size))
        self._seed = seed
        self._seed_source = seed_source
        self._seed_key = f"seed:{seed_key or seed_source}"
        self.team_id: str | None = None
        """Set on a `for_team` view: its writes are recorded as that team's."""
        ensure_schema(self._shared.db)

    def for_team(self, team_id: str | None) -> Library:
        """A view of this library (same database and cache) whose writes belong to `team_id`."""
        if team_id == self.team_id:
            return self
        view = copy.copy(self)
        view.team_id = team_id
        return view

    # connections -------------------------------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._shared.db

    def connection(self) -> sqlite3.Connection:
        """This thread's SQLite connection (for tests that trace statements); SQLite only."""
        db = self._shared.db
        if not isinstance(db, SqliteDatabase):
            raise TypeError("connection() is for SQLite libraries; use .database.read()")
        return db.connection()

    def close(self) -> None:
        self._shared.db.close()

    # articles ----------------------------------------------------------------------------------------

    def add(
        self, article: Article, source: str, *, channel: str | None = None, team_id: str | None = None
    ) -> ArticleRecord:
        """Store `article` once (same text -> the existing row); with `channel`, also make it current there,
        in the same transaction, so a crash leaves either both changes or neither."""
        team = team_id or self.team_id
        digest = content_hash(article.text)
        select = f"SELECT {RECORD_COLUMNS} FROM articles WHERE sha256 = ?"
        with self._shared.db.transaction() as conn:
            row = conn.execute(select, (digest,)).fetchone()
            stored = row is not None
            if row is None:
                conn.execute(
                    "INSERT INTO articles(sha256, title, source, text, model, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                    (
                        digest,
                        title_of(article),
                        source,
                        article.text,
                        article.model_dump_json(),
                        datetime.now(UTC).isoformat(timespec="seconds"),
                    ),
                )
                row = conn.execute(select, (digest,)).fetchone()
            record = _record(row)
            if team:
                _used_by(conn, record.id, team)
            if channel is not None:
                _set_current(conn, channel, record.id, team)
        if not stored:  # a repeat keeps the stored model (and the answers cached for it)
            self._remember(record.id, article)
        return record

    def replace(self, article_id: int, article: Article) -> ArticleRecord | None:
        """Store a new parse of the same text (another publication date, a newer parser) over the old one;
        None when the article is gone or its text is not `article`'s."""
        with self._shared.db.transaction() as conn:
            updated = conn.execute(
                "UPDATE articles SET model = ?, title = ? WHERE id = ? AND sha256 = ?",
                (article.model_dump_json(), title_of(article), article_id, content_hash(article.text)),
            ).rowcount
        if not updated:
            return None
        self._remember(article_id, article)
        return self.get(article_id)

    def get(self, article_id: int) -> ArticleRecord | None:
        with self._shared.db.read() as conn:
            query = f"SELECT {RECORD_COLUMNS} FROM articles WHERE id = ?"
            row = conn.execute(query, (article_id,)).fetchone()
        return _record(row) if row else None

    def article(self, article_id: int) -> Article | None:
        """The parsed article, from the stored model JSON (no re-parse), cached in memory."""
        shared = self._shared
        with shared.lock:
            cached = shared.cache.get(article_id)
            if cached is not None:
                shared.cache.move_to_end(article_id)
                return cached
        with shared.db.read() as conn:
            row = conn.execute("SELECT model FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = Article.model_validate_json(row["model"])
        if article.origin is None:
            article = self._read_again(article_id, article)
        self._remember(article_id, article)
        return article

    def _read_again(self, article_id: int, old: Article) -> Article:
        """An article stored before the parser kept its document's origin (schema 2 and earlier) is parsed
        again from its text, title and byline, keeping a date that was given explicitly, and stored so: it
        gets today's datelines, bylines and dating once, on its first read, with no migration to run."""
        document = old.document
        if old.provenance.published_source == "published":
            document = document.dated(old.published)
        try:
            article = parse(document)
        except ArticleError:
            return old
        return article if self.replace(article_id, article) is not None else old

    def _remember(self, article_id: int, article: Article) -> None:
        shared = self._shared
        with shared.lock:
            shared.cache[article_id] = article
            shared.cache.move_to_end(article_id)
            while len(shared.cache) > CACHE_SIZE:
                shared.cache.popitem(last=False)

    def _drop(self, article_ids: list[int]) -> None:
        shared = self._shared
        with shared.lock:
            for article_id in article_ids:
                shared.cache.pop(article_id, None)
                if article_id == shared.seed_id:
                    shared.seed_id = None

    def recent(self, limit: int = 10) -> list[ArticleRecord]:
        with self._shared.db.read() as conn:
            query = f"SELECT {RECORD_COLUMNS} FROM articles ORDER BY id DESC LIMIT ?"
            rows = conn.execute(query, (max(1, limit),)).fetchall()
        return [_record(row) for row in rows]

    def find(self, query: str, limit: int = 10) -> list[ArticleRecord]:
        """An id (`3`, `#3`) or title words, all of which must appear in the title (any case)."""
        query = query.strip()
        if query.lstrip("#").isdigit():
            record = self.get(int(query.lstrip("#")))
            return [record] if record else []
        words = query.split()
        if not words:
            return []
        like = self._shared.db.dialect.ilike
        where = " AND ".join(f"title {like} ? ESCAPE '\\'" for _ in words)
        params = [f"%{_like(word)}%" for word in words]
        with self._shared.db.read() as conn:
            sql = f"SELECT {RECORD_COLUMNS} FROM articles WHERE {where} ORDER BY id DESC LIMIT ?"
            rows = conn.execute(sql, (*params, limit)).fetchall()
        return [_record(row) for row in rows]

    def forget(self, article_id: int) -> bool:
        """Delete an article; channels that used it fall back to the seed. False when there was none."""
        with self._shared.db.transaction() as conn:
            deleted = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        self._drop([article_id])
        return deleted > 0

    # channels ----------------------------------------------------------------------------------------

    def _exists(self, article_id: int) -> bool:
        """A primary-key probe: far cheaper than `get`, which reads the text and the model JSON."""
        with self._shared.db.read() as conn:
            return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def seed_id(self) -> int:
        """The seed article's id, parsing and storing it only the first time this seed version is used."""
        shared = self._shared
        if shared.seed_id is not None and self._exists(shared.seed_id):
            return shared.seed_id
        with shared.db.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (self._seed_key,)).fetchone()
        if row is not None and self._exists(int(row["value"])):
            shared.seed_id = int(row["value"])
            return shared.seed_id
        record = self.for_team(None).add(self._seed(), self._seed_source)  # the seed is nobody's
        with shared.db.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (self._seed_key, str(record.id)),
            )
        shared.seed_id = record.id
        return record.id

    def current_id(self, channel: str) -> int:
        with self._shared.db.read() as conn:
            query = "SELECT article_id FROM channel_current WHERE channel_id = ?"
            row = conn.execute(query, (channel,)).fetchone()
        return row["article_id"] if row else self.seed_id()

    def current(self, channel: str) -> Article:
        """The channel's current article (the seed until the channel loads or picks one)."""
        article = self.article(self.current_id(channel))
        if article is None:  # forgotten between the two reads
            article = self.article(self.seed_id())
        assert article is not None
        return article

    def set_current(self, channel: str, article_id: int, *, team_id: str | None = None) -> bool:
        """Make `article_id` the channel's article; False when no such article exists."""
        team = team_id or self.team_id
        with self._shared.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                return False
            if team:
                _used_by(conn, article_id, team)
            _set_current(conn, channel, article_id, team)
        return True

    # teams -------------------------------------------------------------------------------------------

    def forget_team(self, team_id: str) -> TeamCleanup:
        """Delete what `team_id` stored: its channels' choices, its conversations, and the articles only it
        used (never a seed, nor an article another team, or a channel of unknown team, still uses)."""
        with self._shared.db.transaction() as conn:
            channels = conn.execute("DELETE FROM channel_current WHERE team_id = ?", (team_id,)).rowcount
            conversations = conn.execute("DELETE FROM conversations WHERE team_id = ?", (team_id,)).rowcount
            orphans = [
                row["article_id"]
                for row in conn.execute(
                    "SELECT article_id FROM article_teams WHERE team_id = ?"
                    " AND article_id NOT IN (SELECT article_id FROM article_teams WHERE team_id <> ?)"
                    " AND article_id NOT IN (SELECT article_id FROM channel_current)"
                    " AND article_id NOT IN"
                    " (SELECT CAST(value AS BIGINT) FROM meta WHERE key LIKE ?)",
                    (team_id, team_id, "seed:%"),
                ).fetchall()
            ]
            for article_id in orphans:
                conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            conn.execute("DELETE FROM article_teams WHERE team_id = ?", (team_id,))
            for table in TEAM_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE team_id = ?", (team_id,))
        self._drop(orphans)
        return TeamCleanup(channels, conversations, len(orphans))


def _used_by(conn: Connection, article_id: int, team: str) -> None:
    conn.execute(
        "INSERT INTO article_teams(article_id, team_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (article_id, team),
    )


def _set_current(conn: Connection, channel: str, article_id: int, team: str | None) -> None:
    add_to_channel(conn, channel, article_id, team)
    conn.execute(
        "INSERT INTO channel_current(channel_id, article_id, team_id) VALUES (?, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET article_id = excluded.article_id,"
        " team_id = COALESCE(excluded.team_id, channel_current.team_id)",
        (channel, article_id, team),
    )


def add_to_channel(
    conn: Connection, channel: str, article_id: int, team: str | None, when: int | None = None
) -> None:
    """Record that `channel` has seen the article (its library for search, timelines and digests)."""
    conn.execute(
        "INSERT INTO channel_articles(channel_id, article_id, added_at, team_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(channel_id, article_id) DO UPDATE SET added_at = excluded.added_at",
        (channel, article_id, int(time.time()) if when is None else when, team),
    )


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
