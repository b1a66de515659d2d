"""Followed feeds in the library's database: one row per feed URL (polled once for every channel that
follows it), one follow per (channel, feed) with its keywords, and the items each feed has had.

A poll is claimed by moving the feed's `next_poll` forward with a compare-and-set, so of several bot
instances exactly one polls a due feed; one killed mid-poll leaves the feed due again at that time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.store.db import Connection, Database

KEYWORD_SEPARATOR = "\n"
FEED_COLUMNS = "id, url, title, kind, etag, last_modified, ttl, checked_at, next_poll, failures, error"


@dataclass(frozen=True)
class FeedRecord:
    id: int
    url: str
    title: str
    kind: str
    etag: str | None
    last_modified: str | None
    ttl: int | None
    checked_at: int | None
    next_poll: int
    failures: int
    error: str | None


@dataclass(frozen=True)
class Follow:
    id: int
    channel: str
    feed: FeedRecord
    keywords: tuple[str, ...]
    team_id: str | None
    created_at: int


def _feed(row: Any) -> FeedRecord:
    return FeedRecord(
        row["id"],
        row["url"],
        row["title"],
        row["kind"],
        row["etag"],
        row["last_modified"],
        row["ttl"],
        row["checked_at"],
        row["next_poll"],
        row["failures"],
        row["error"],
    )


FOLLOW_SELECT = (
    "SELECT f.id AS follow_id, f.channel_id, f.keywords, f.team_id, f.created_at,"
    + ", ".join(f" d.{column}" for column in FEED_COLUMNS.split(", "))
    + " FROM follows f JOIN feeds d ON d.id = f.feed_id"
)


def _follow(row: Any) -> Follow:
    keywords = tuple(k for k in (row["keywords"] or "").split(KEYWORD_SEPARATOR) if k)
    return Follow(
        row["follow_id"], row["channel_id"], _feed(row), keywords, row["team_id"], row["created_at"]
    )


class Feeds:
    def __init__(self, db: Database) -> None:
        self.db = db

    def follow(
        self,
        channel: str,
        url: str,
        *,
        title: str,
        kind: str,
        keywords: Sequence[str],
        now: int,
        next_poll: int,
        seen: Iterable[str] = (),
        team_id: str | None = None,
    ) -> tuple[Follow, bool]:
        """Subscribe `channel` (again: new keywords) and mark `seen` item keys as had; True when new."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds(url, title, kind, next_poll, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET title = excluded.title, kind = excluded.kind",
                (url, title, kind, next_poll, now),
            )
            feed_id = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()["id"]
            existed = (
                conn.execute(
                    "SELECT 1 FROM follows WHERE channel_id = ? AND feed_id = ?", (channel, feed_id)
                ).fetchone()
                is not None
            )
            conn.execute(
                "INSERT INTO follows(channel_id, feed_id, keywords, team_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(channel_id, feed_id) DO UPDATE SET keywords = excluded.keywords",
                (channel, feed_id, KEYWORD_SEPARATOR.join(keywords), team_id, now),
            )
            _mark_done(conn, feed_id, seen, now)
            row = conn.execute(
                FOLLOW_SELECT + " WHERE f.channel_id = ? AND f.feed_id = ?", (channel, feed_id)
            ).fetchone()
        return _follow(row), not existed

    def exists(self, url: str) -> bool:
        """Someone follows the feed at `url` already (its item history is kept)."""
        with self.db.read() as conn:
            return conn.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone() is not None

    def of_channel(self, channel: str) -> list[Follow]:
        with self.db.read() as conn:
            rows = conn.execute(
                FOLLOW_SELECT + " WHERE f.channel_id = ? ORDER BY f.id", (channel,)
            ).fetchall()
        return [_follow(row) for row in rows]

    def followers(self, feed_id: int) -> list[Follow]:
        with self.db.read() as conn:
            rows = conn.execute(FOLLOW_SELECT + " WHERE f.feed_id = ? ORDER BY f.id", (feed_id,)).fetchall()
        return [_follow(row) for row in rows]

    def unfollow(self, follow_id: int) -> None:
        """Drop one follow; a feed nobody follows any more goes with its item history."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT feed_id FROM follows WHERE id = ?", (follow_id,)).fetchone()
            conn.execute("DELETE FROM follows WHERE id = ?", (follow_id,))
            if row is not None:
                conn.execute(
                    "DELETE FROM feeds WHERE id = ? AND NOT EXISTS (SELECT 1 FROM follows WHERE feed_id = ?)",
                    (row["feed_id"], row["feed_id"]),
                )

    def take_due(self, now: int, hold_until: int, limit: int) -> list[FeedRecord]:
        """Claim up to `limit` due feeds that someone follows: each moves to `hold_until`, so no other
        instance polls it meanwhile, and it comes due again then if this one dies before finishing."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {FEED_COLUMNS} FROM feeds WHERE next_poll <= ?"
                " AND EXISTS (SELECT 1 FROM follows WHERE feed_id = feeds.id) ORDER BY next_poll, id LIMIT ?",
                (now, limit),
            ).fetchall()
        taken: list[FeedRecord] = []
        for row in rows:
            with self.db.transaction() as conn:
                won = conn.execute(
                    "UPDATE feeds SET next_poll = ? WHERE id = ? AND next_poll = ?",
                    (hold_until, row["id"], row["next_poll"]),
                ).rowcount
            if won == 1:
                taken.append(_feed(row))
        return taken

    def checked(
        self,
        feed_id: int,
        *,
        now: int,
        next_poll: int,
        error: str | None = None,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        ttl: int | None = None,
        keep_validators: bool = False,
        failed: bool = False,
    ) -> None:
        """Record a poll: when it ran, when the next is due, and what went wrong (`failed`: the feed itself
        could not be read, which counts towards its back-off; else a note, such as unreadable items)."""
        sets = ["checked_at = ?", "next_poll = ?", "error = ?"]
        params: list[Any] = [now, next_poll, error]
        sets.append("failures = failures + 1" if failed else "failures = 0")
        for column, value in (("title", title), ("ttl", ttl)):
            if value is not None:
                sets.append(f"{column} = ?")
                params.append(value)
        if not keep_validators:
            sets += ["etag = ?", "last_modified = ?"]
            params += [etag, last_modified]
        with self.db.transaction() as conn:
            conn.execute(f"UPDATE feeds SET {', '.join(sets)} WHERE id = ?", (*params, feed_id))

    def get(self, feed_id: int) -> FeedRecord | None:
        with self.db.read() as conn:
            row = conn.execute(f"SELECT {FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return _feed(row) if row else None

    def pending(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """The keys among `keys` this feed has not finished with (new, or failed fewer times than allowed)."""
        if not keys:
            return set()
        with self.db.read() as conn:
            done = {
                row["item_key"]
                for row in conn.execute(
                    "SELECT item_key FROM feed_seen WHERE feed_id = ? AND done = 1", (feed_id,)
                ).fetchall()
            }
        return {key for key in keys if key not in done}

    def failed(self, feed_id: int, key: str, now: int, give_up_after: int) -> int:
        """Count one failed attempt at an item; after `give_up_after` it is done with. The attempts so far."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO feed_seen(feed_id, item_key, attempts, done, seen_at) VALUES (?, ?, 1, 0, ?)"
                " ON CONFLICT(feed_id, item_key) DO UPDATE SET attempts = feed_seen.attempts + 1",
                (feed_id, key, now),
            )
            attempts = conn.execute(
                "SELECT attempts FROM feed_seen WHERE feed_id = ? AND item_key = ?", (feed_id, key)
            ).fetchone()["attempts"]
            if attempts >= give_up_after:
                conn.execute(
                    "UPDATE feed_seen SET done = 1 WHERE feed_id = ? AND item_key = ?", (feed_id, key)
                )
        return int(attempts)

    def done(self, feed_id: int, keys: Iterable[str], now: int) -> None:
        with self.db.transaction() as conn:
            _mark_done(conn, feed_id, keys, now)


def _mark_done(conn: Connection, feed_id: int, keys: Iterable[str], now: int) -> None:
    for key in keys:
        conn.execute(
            "INSERT INTO feed_seen(feed_id, item_key, attempts, done, seen_at) VALUES (?, ?, 0, 1, ?)"
            " ON CONFLICT(feed_id, item_key) DO UPDATE SET done = 1",
            (feed_id, key, now),
        )
