"""Digest schedules per channel and the runs they made: a run is claimed by inserting (channel, slot), so
of several instances exactly one posts a slot's digest; a claim left pending past its lease (the
instance died before posting) is taken over, so a slot is never lost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from bot.store.db import Database

RUN_LEASE = 300
"""Seconds a pending run is held for the instance posting it before another may take it over."""
Every = Literal["daily", "weekly"]


@dataclass(frozen=True)
class Schedule:
    channel: str
    every: Every
    weekday: int | None
    """0 = Monday (weekly only)."""
    minute: int
    """Minutes after local midnight."""
    tz: str
    since: int
    """The end of the last digest (or when the schedule was set): the next one covers what came after."""
    team_id: str | None = None


def _schedule(row: Any) -> Schedule:
    return Schedule(
        row["channel_id"],
        row["every"],
        row["weekday"],
        row["minute"],
        row["tz"],
        row["since"],
        row["team_id"],
    )


class Digests:
    def __init__(self, db: Database, *, lease: int = RUN_LEASE) -> None:
        self.db = db
        self.lease = lease

    def set(self, schedule: Schedule) -> None:
        """Create or change the channel's schedule; an existing one keeps its `since`."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO digests(channel_id, every, weekday, minute, tz, since, team_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel_id) DO UPDATE SET every = excluded.every,"
                " weekday = excluded.weekday, minute = excluded.minute, tz = excluded.tz",
                (
                    schedule.channel,
                    schedule.every,
                    schedule.weekday,
                    schedule.minute,
                    schedule.tz,
                    schedule.since,
                    schedule.team_id,
                ),
            )

    def get(self, channel: str) -> Schedule | None:
        with self.db.read() as conn:
            row = conn.execute("SELECT * FROM digests WHERE channel_id = ?", (channel,)).fetchone()
        return _schedule(row) if row else None

    def off(self, channel: str) -> bool:
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM digests WHERE channel_id = ?", (channel,)).rowcount > 0

    def all(self) -> list[Schedule]:
        with self.db.read() as conn:
            rows = conn.execute("SELECT * FROM digests ORDER BY channel_id").fetchall()
        return [_schedule(row) for row in rows]

    def claim(self, channel: str, slot: int, now: int) -> bool:
        """True for the one instance that is to post `channel`'s digest for `slot`."""
        with self.db.transaction() as conn:
            inserted = conn.execute(
                "INSERT INTO digest_runs(channel_id, slot, state, claimed_at) VALUES (?, ?, 'pending', ?)"
                " ON CONFLICT(channel_id, slot) DO NOTHING",
                (channel, slot, now),
            ).rowcount
            if inserted == 1:
                return True
            return (
                conn.execute(
                    "UPDATE digest_runs SET claimed_at = ? WHERE channel_id = ? AND slot = ?"
                    " AND state = 'pending' AND claimed_at < ?",
                    (now, channel, slot, now - self.lease),
                ).rowcount
                == 1
            )

    def finished(self, channel: str, slot: int, now: int) -> None:
        """The slot's digest is posted (or had nothing to say): the next covers what comes after it."""
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE digest_runs SET state = 'posted', posted_at = ? WHERE channel_id = ? AND slot = ?",
                (now, channel, slot),
            )
            conn.execute(
                "UPDATE digests SET since = ? WHERE channel_id = ? AND since < ?", (slot, channel, slot)
            )

    def released(self, channel: str, slot: int) -> None:
        """Posting failed: drop the claim, so the next tick tries again."""
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM digest_runs WHERE channel_id = ? AND slot = ? AND state = 'pending'",
                (channel, slot),
            )

    def runs(self, channel: str) -> list[tuple[int, str]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT slot, state FROM digest_runs WHERE channel_id = ? ORDER BY slot", (channel,)
            ).fetchall()
        return [(row["slot"], row["state"]) for row in rows]
