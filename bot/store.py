"""The article library on SQLite: every loaded article parsed once, and one current article per channel.

Why SQLite (stdlib): one file, transactions and WAL give crash safety for free (a process killed mid-load
leaves the last committed state), and readers never block the writer. Each thread gets its own connection,
so the HTTP server's worker threads can share one `Library`.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.answers import Conversation
from bot.article import parse
from bot.article.model import Article
from bot.config import Settings

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    model TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channel_current (
    channel_id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
BUSY_TIMEOUT = 10.0
"""Seconds a writer waits for another thread's write to finish before SQLite raises `database is locked`."""
CACHE_SIZE = 32
"""Parsed articles kept in memory, so answering a message does not re-read the model JSON each time."""
MAX_TITLE = 120


@dataclass(frozen=True)
class ArticleRecord:
    """One library row, without the (large) text and model."""

    id: int
    title: str
    source: str
    created_at: str
    sha256: str


def content_hash(text: str) -> str:
    """The identity of an article: its parsed text, whitespace-normalised, so re-pastes dedupe."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def title_of(article: Article) -> str:
    if article.title:
        return article.title[:MAX_TITLE]
    opening = article.sentences[0].text if article.sentences else article.text
    opening = " ".join(opening.split())
    return opening if len(opening) <= MAX_TITLE else opening[: MAX_TITLE - 1].rstrip() + "…"


def _record(row: sqlite3.Row) -> ArticleRecord:
    return ArticleRecord(row["id"], row["title"], row["source"], row["created_at"], row["sha256"])


class Library:
    """The article library. `seed` gives the default article of a channel that never chose one."""

    def __init__(
        self,
        path: Path | str,
        seed: Callable[[], Article],
        *,
        seed_source: str = "seed",
        seed_key: str | None = None,
    ) -> None:
        """`seed_key` names the seed's version (e.g. path, size and mtime): while it is unchanged, a restart
        takes the seed from the database instead of parsing it again."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._seed = seed
        self._seed_source = seed_source
        self._seed_key = f"seed:{seed_key or seed_source}"
        self._seed_id: int | None = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cache: OrderedDict[int, Article] = OrderedDict()
        with self._transaction() as conn:
            for statement in filter(str.strip, SCHEMA.split(";")):
                conn.execute(statement)  # executescript would COMMIT our transaction
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    # connections -------------------------------------------------------------------------------------

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections must not be shared between threads)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a write is all or nothing."""
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @property
    def schema_version(self) -> int:
        row = self.connection().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row["value"])

    # articles ----------------------------------------------------------------------------------------

    def add(self, article: Article, source: str, *, channel: str | None = None) -> ArticleRecord:
        """Store `article` once (same text -> the existing row); with `channel`, also make it current there,
        in the same transaction, so a crash leaves either both changes or neither."""
        digest = content_hash(article.text)
        with self._transaction() as conn:
            row = conn.execute("SELECT * FROM articles WHERE sha256 = ?", (digest,)).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO articles(sha256, title, source, text, model, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        digest,
                        title_of(article),
                        source,
                        article.text,
                        article.model_dump_json(),
                        datetime.now(UTC).isoformat(timespec="seconds"),
                    ),
                )
                row = conn.execute("SELECT * FROM articles WHERE sha256 = ?", (digest,)).fetchone()
            record = _record(row)
            if channel is not None:
                self._set_current(conn, channel, record.id)
        self._remember(record.id, article)
        return record

    def get(self, article_id: int) -> ArticleRecord | None:
        row = self.connection().execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _record(row) if row else None

    def article(self, article_id: int) -> Article | None:
        """The parsed article, from the stored model JSON (no re-parse), cached in memory."""
        with self._lock:
            cached = self._cache.get(article_id)
            if cached is not None:
                self._cache.move_to_end(article_id)
                return cached
        row = self.connection().execute("SELECT model FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = Article.model_validate_json(row["model"])
        self._remember(article_id, article)
        return article

    def _remember(self, article_id: int, article: Article) -> None:
        with self._lock:
            self._cache[article_id] = article
            self._cache.move_to_end(article_id)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def recent(self, limit: int = 10) -> list[ArticleRecord]:
        rows = (
            self.connection()
            .execute("SELECT * FROM articles ORDER BY id DESC LIMIT ?", (max(1, limit),))
            .fetchall()
        )
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
        where = " AND ".join("title LIKE ? ESCAPE '\\'" for _ in words)
        params = [f"%{_like(word)}%" for word in words]
        rows = (
            self.connection()
            .execute(f"SELECT * FROM articles WHERE {where} ORDER BY id DESC LIMIT ?", (*params, limit))
            .fetchall()
        )
        return [_record(row) for row in rows]

    def forget(self, article_id: int) -> bool:
        """Delete an article; channels that used it fall back to the seed. False when there was none."""
        with self._transaction() as conn:
            deleted = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        with self._lock:
            self._cache.pop(article_id, None)
            if article_id == self._seed_id:
                self._seed_id = None
        return deleted > 0

    # channels ----------------------------------------------------------------------------------------

    def _exists(self, article_id: int) -> bool:
        """A primary-key probe: far cheaper than `get`, which reads the text and the model JSON."""
        query = "SELECT 1 FROM articles WHERE id = ?"
        return self.connection().execute(query, (article_id,)).fetchone() is not None

    def seed_id(self) -> int:
        """The seed article's id, parsing and storing it only the first time this seed version is used."""
        if self._seed_id is not None and self._exists(self._seed_id):
            return self._seed_id
        conn = self.connection()
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (self._seed_key,)).fetchone()
        if row is not None and self._exists(int(row["value"])):
            self._seed_id = int(row["value"])
            return self._seed_id
        record = self.add(self._seed(), self._seed_source)
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (self._seed_key, str(record.id)),
            )
        self._seed_id = record.id
        return record.id

    def current_id(self, channel: str) -> int:
        row = (
            self.connection()
            .execute("SELECT article_id FROM channel_current WHERE channel_id = ?", (channel,))
            .fetchone()
        )
        return row["article_id"] if row else self.seed_id()

    def current(self, channel: str) -> Article:
        """The channel's current article (the seed until the channel loads or picks one)."""
        article = self.article(self.current_id(channel))
        if article is None:  # forgotten between the two reads
            article = self.article(self.seed_id())
        assert article is not None
        return article

    def set_current(self, channel: str, article_id: int) -> bool:
        """Make `article_id` the channel's article; False when no such article exists."""
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                return False
            self._set_current(conn, channel, article_id)
        return True

    @staticmethod
    def _set_current(conn: sqlite3.Connection, channel: str, article_id: int) -> None:
        conn.execute(
            "INSERT INTO channel_current(channel_id, article_id) VALUES (?, ?)"
            " ON CONFLICT(channel_id) DO UPDATE SET article_id = excluded.article_id",
            (channel, article_id),
        )


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqliteConversations:
    """DM/thread conversations in the library file, so follow-ups survive a restart (ConversationStore)."""

    def __init__(self, library: Library, limit: int = 1000) -> None:
        self.library = library
        self.limit = limit

    def get(self, key: str) -> Conversation | None:
        row = (
            self.library.connection()
            .execute("SELECT state FROM conversations WHERE key = ?", (key,))
            .fetchone()
        )
        return Conversation.model_validate_json(row["state"]) if row else None

    def put(self, key: str, conversation: Conversation) -> None:
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        with self.library._transaction() as conn:
            conn.execute(
                "INSERT INTO conversations(key, state, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                (key, conversation.model_dump_json(), now),
            )
            conn.execute(
                "DELETE FROM conversations WHERE key NOT IN"
                " (SELECT key FROM conversations ORDER BY updated_at DESC LIMIT ?)",
                (self.limit,),
            )

    def __len__(self) -> int:
        return self.library.connection().execute("SELECT COUNT(*) FROM conversations").fetchone()[0]


def open_library(settings: Settings) -> Library:
    """The library at NEWSDESK_DB, whose seed (the default article) is the NEWSDESK_ARTICLE file."""
    seed_path = settings.newsdesk_article.resolve()
    try:
        stat = seed_path.stat()
        version = f"{seed_path}:{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        version = str(seed_path)  # unreadable: parsing will say so on first use
    return Library(
        settings.newsdesk_db,
        lambda: parse(seed_path.read_bytes()),
        seed_source=seed_path.name,
        seed_key=version,
    )
