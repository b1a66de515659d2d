"""Claims of Slack event_ids in the shared database, so a retried event is answered once even when the
retry reaches another bot instance (or this one after a restart).

`INSERT ... ON CONFLICT DO NOTHING` is the claim: exactly one instance inserts the row, on SQLite and
PostgreSQL alike. Rows older than `ttl` are purged now and then; Slack gives up retrying within minutes.
"""

from __future__ import annotations

import logging
import time

from bot.store.db import Database

logger = logging.getLogger(__name__)

EVENT_TTL = 3600
"""Seconds an event_id stays claimed; Slack's last retry comes about 5 minutes after the first delivery."""
PURGE_INTERVAL = 60
"""Seconds between purges of expired claims, so a busy bot does not delete on every event."""


class EventClaims:
    def __init__(self, db: Database, *, ttl: int = EVENT_TTL) -> None:
        self.db = db
        self.ttl = ttl
        self._next_purge = 0.0

    def claim(self, event_id: str) -> bool:
        """True for the first delivery of `event_id` anywhere; False for a repeat.

        When the database fails, True: better a rare double answer than a lost one.
        """
        now = int(time.time())
        try:
            with self.db.transaction() as conn:
                inserted = conn.execute(
                    "INSERT INTO events(event_id, claimed_at) VALUES (?, ?) ON CONFLICT(event_id) DO NOTHING",
                    (event_id, now),
                ).rowcount
                if now >= self._next_purge:
                    self._next_purge = now + PURGE_INTERVAL
                    conn.execute("DELETE FROM events WHERE claimed_at < ?", (now - self.ttl,))
        except self.db.errors as error:
            logger.warning("Could not claim event %s in the database (%s); answering it", event_id, error)
            return True
        return inserted == 1
