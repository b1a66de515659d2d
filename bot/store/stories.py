"""(channel, story) claims: a story is posted to a channel once, whatever its GUID, date or outlet.

A claim is one transaction under the channel's lock: the story's URL keys are looked up, then stories
with nearly the same text (candidates by indexed sketch marks, confirmed by the whole sketch), and only
then is a new story inserted, `pending` until its post is recorded. So two instances racing on one item,
or on two outlets' copies of one wire story, get one `new` and one `seen`/`duplicate`, on SQLite and
PostgreSQL alike. A pending claim older than its lease (the instance died before posting) is handed out
again as `retry`, so nothing is lost; the one window left is a kill between Slack accepting the post and
our commit, where the story may be posted twice rather than never.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.ingest.identity import NEAR, decode, encode, marks, similarity
from bot.store.db import Connection, Database
from bot.store.library import add_to_channel

CLAIM_LEASE = 120
"""Seconds a pending claim is held for the instance posting it (Slack retries take at most ~30 s)."""
ALSO_SEPARATOR = "\n"
STORY_COLUMNS = (
    "id, channel_id, article_id, title, link, outlet, also_in, sketch, state, claimed_at, posted_at,"
    " message_ts"
)
Verdict = Literal["new", "retry", "duplicate", "seen"]


@dataclass(frozen=True)
class Story:
    id: int
    channel: str
    article_id: int | None
    title: str
    link: str | None
    outlet: str | None
    also_in: tuple[str, ...]
    state: str
    claimed_at: int
    posted_at: int | None
    message_ts: str | None


@dataclass(frozen=True)
class Claim:
    """`new`/`retry`: post it; `duplicate`: another outlet's copy of `story` (now in its also_in);
    `seen`: already posted, or being posted by another instance."""

    verdict: Verdict
    story: Story


def _story(row: Any) -> Story:
    also = tuple(x for x in (row["also_in"] or "").split(ALSO_SEPARATOR) if x)
    return Story(
        row["id"],
        row["channel_id"],
        row["article_id"],
        row["title"],
        row["link"],
        row["outlet"],
        also,
        row["state"],
        row["claimed_at"],
        row["posted_at"],
        row["message_ts"],
    )


class Stories:
    def __init__(self, db: Database, *, lease: int = CLAIM_LEASE) -> None:
        self.db = db
        self.lease = lease

    def known(self, channel: str, key: str) -> bool:
        """A cheap look-up before loading an item: is this URL already a story of the channel?"""
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM story_keys WHERE channel_id = ? AND key = ?", (channel, key)
            ).fetchone()
        return row is not None

    def claim(
        self,
        channel: str,
        keys: Sequence[str],
        signature: tuple[int, ...],
        *,
        title: str,
        link: str | None,
        outlet: str | None,
        article_id: int | None,
        now: int,
        team_id: str | None = None,
    ) -> Claim:
        with self.db.transaction() as conn:
            self.db.lock(conn, f"stories:{channel}")
            found = _by_keys(conn, channel, keys)
            if found is not None:
                return self._again(conn, found, now)
            twin = _near(conn, channel, signature)
            if twin is not None:
                _add_keys(conn, channel, keys, twin.id)
                if outlet and outlet != twin.outlet and outlet not in twin.also_in:
                    also = (*twin.also_in, outlet)
                    conn.execute(
                        "UPDATE stories SET also_in = ? WHERE id = ?", (ALSO_SEPARATOR.join(also), twin.id)
                    )
                    twin = _get(conn, twin.id)
                return Claim("duplicate", twin)
            cursor = conn.execute(
                "INSERT INTO stories(channel_id, article_id, title, link, outlet, sketch, state, claimed_at,"
                " team_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
                (channel, article_id, title, link, outlet, encode(signature), now, team_id),
            )
            story_id = cursor.fetchone()["id"]
            _add_keys(conn, channel, keys, story_id)
            for mark in marks(signature):
                conn.execute(
                    "INSERT INTO story_marks(channel_id, mark, story_id) VALUES (?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    (channel, mark, story_id),
                )
            if article_id is not None:
                add_to_channel(conn, channel, article_id, team_id, now)
            return Claim("new", _get(conn, story_id))

    def _again(self, conn: Connection, story: Story, now: int) -> Claim:
        """A known story: seen, unless its claim was left pending past the lease (take it over)."""
        if story.state == "pending" and story.claimed_at < now - self.lease:
            taken = conn.execute(
                "UPDATE stories SET claimed_at = ? WHERE id = ? AND state = 'pending' AND claimed_at = ?",
                (now, story.id, story.claimed_at),
            ).rowcount
            if taken == 1:
                return Claim("retry", _get(conn, story.id))
        return Claim("seen", story)

    def posted(self, story_id: int, message_ts: str | None, now: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE stories SET state = 'posted', posted_at = ?, message_ts = ? WHERE id = ?",
                (now, message_ts, story_id),
            )

    def release(self, story_id: int) -> None:
        """The post failed for good: forget the claim, so a later poll tries the story again."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM stories WHERE id = ? AND state = 'pending'", (story_id,))

    def get(self, story_id: int) -> Story | None:
        with self.db.read() as conn:
            row = conn.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
        return _story(row) if row else None

    def of_article(self, channel: str, article_id: int) -> Story | None:
        with self.db.read() as conn:
            row = conn.execute(
                f"SELECT {STORY_COLUMNS} FROM stories WHERE channel_id = ? AND article_id = ?"
                " ORDER BY id LIMIT 1",
                (channel, article_id),
            ).fetchone()
        return _story(row) if row else None

    def posted_count(self, channel: str) -> int:
        with self.db.read() as conn:
            return int(
                conn.execute(
                    "SELECT COUNT(*) AS n FROM stories WHERE channel_id = ? AND state = 'posted'", (channel,)
                ).fetchone()["n"]
            )


def _get(conn: Connection, story_id: int) -> Story:
    return _story(conn.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone())


def _by_keys(conn: Connection, channel: str, keys: Sequence[str]) -> Story | None:
    for key in keys:
        row = conn.execute(
            "SELECT story_id FROM story_keys WHERE channel_id = ? AND key = ?", (channel, key)
        ).fetchone()
        if row is not None:
            return _get(conn, row["story_id"])
    return None


def _near(conn: Connection, channel: str, signature: tuple[int, ...]) -> Story | None:
    """The channel's story whose text is most like `signature`, when at least NEAR alike."""
    wanted = marks(signature)
    if not wanted:
        return None
    places = ", ".join("?" for _ in wanted)
    rows = conn.execute(
        f"SELECT DISTINCT s.id, s.sketch FROM story_marks m JOIN stories s ON s.id = m.story_id"
        f" WHERE m.channel_id = ? AND m.mark IN ({places})",
        (channel, *wanted),
    ).fetchall()
    best, best_id = NEAR, None
    for row in rows:
        score = similarity(signature, decode(row["sketch"]))
        if score >= best:
            best, best_id = score, row["id"]
    return _get(conn, best_id) if best_id is not None else None


def _add_keys(conn: Connection, channel: str, keys: Sequence[str], story_id: int) -> None:
    for key in keys:
        conn.execute(
            "INSERT INTO story_keys(channel_id, key, story_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (channel, key, story_id),
        )
