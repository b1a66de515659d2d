"""Slack installations, OAuth states and assistant threads, in the library's own database (SQLite or
PostgreSQL, the same tables and migrations as everything else), as plain JSON rows.

Why not slack_sdk's own stores: its SQLite3 stores open their own connections to a file and create their
tables outside any migration, so they cannot follow DATABASE_URL to PostgreSQL; its SQLAlchemy stores would
bring SQLAlchemy (a second pool and transaction manager beside psycopg_pool, tables made by
`metadata.create_all` with no upgrade path) for four statements. So the rows live here, on `Database`, and
bot/slack/installations.py adapts them to slack_sdk's `InstallationStore` / `OAuthStateStore` and Bolt's
`AssistantThreadContextStore` interfaces (this package imports nothing of Slack). Only the latest
installation of each (org, workspace, user) and the latest bot of each (org, workspace) are kept: a
reinstall replaces its row, nothing reads older ones. Tokens are stored as Slack issued them, as slack_sdk's
stores do; protect the database as you would the tokens.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from bot.store.db import Database, StoreError

Data = dict[str, Any]
STATE_PURGE_INTERVAL = 60
"""Seconds between purges of expired OAuth states (a state lives ten minutes)."""
MAX_LIVE_STATES = 10_000
"""OAuth states waiting at once; past it the install page is refused (busy), so a flood of GET
/slack/install cannot grow the table without bound."""


def _key(value: str | None) -> str:
    """An absent org or workspace is '' in a key column (NULLs never match in a primary key)."""
    return value or ""


class InstallationRows:
    """Installations and bots by (enterprise_id, team_id[, user_id]); an org-wide install has team ''."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.clock = clock

    def save(
        self,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        data: Data,
        bot: Data | None = None,
    ) -> None:
        """Store an installation, and its bot when it has one (in its own row only), in one transaction."""
        now = self.clock()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO slack_installations(enterprise_id, team_id, user_id, data, installed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(enterprise_id, team_id, user_id)"
                " DO UPDATE SET data = excluded.data, installed_at = excluded.installed_at",
                (_key(enterprise_id), _key(team_id), _key(user_id), json.dumps(data), now),
            )
            if bot is not None:
                self._save_bot(conn, enterprise_id, team_id, bot, now)

    def save_bot(self, enterprise_id: str | None, team_id: str | None, bot: Data) -> None:
        with self.db.transaction() as conn:
            self._save_bot(conn, enterprise_id, team_id, bot, self.clock())

    @staticmethod
    def _save_bot(conn: Any, enterprise_id: str | None, team_id: str | None, bot: Data, now: float) -> None:
        conn.execute(
            "INSERT INTO slack_bots(enterprise_id, team_id, data, installed_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(enterprise_id, team_id) DO UPDATE SET data = excluded.data,"
            " installed_at = excluded.installed_at",
            (_key(enterprise_id), _key(team_id), json.dumps(bot), now),
        )

    def installation(
        self, enterprise_id: str | None, team_id: str | None, user_id: str | None
    ) -> Data | None:
        """The user's installation, or (no user) the workspace's latest one."""
        sql = "SELECT data FROM slack_installations WHERE enterprise_id = ? AND team_id = ?"
        params: tuple[str, ...] = (_key(enterprise_id), _key(team_id))
        if user_id is not None:
            sql, params = sql + " AND user_id = ?", (*params, user_id)
        with self.db.read() as conn:
            row = conn.execute(sql + " ORDER BY installed_at DESC LIMIT 1", params).fetchone()
        return json.loads(row["data"]) if row else None

    def bot(self, enterprise_id: str | None, team_id: str | None) -> Data | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT data FROM slack_bots WHERE enterprise_id = ? AND team_id = ?",
                (_key(enterprise_id), _key(team_id)),
            ).fetchone()
        return json.loads(row["data"]) if row else None

    def bot_for(self, key: str) -> Data | None:
        """The bot of a workspace (in an org or not), else of an org installed org-wide, by its id alone."""
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT data FROM slack_bots WHERE team_id = ? OR (team_id = '' AND enterprise_id = ?)"
                " ORDER BY team_id DESC, installed_at DESC LIMIT 1",
                (key, key),
            ).fetchone()
        return json.loads(row["data"]) if row else None

    def delete(self, enterprise_id: str | None, team_id: str | None, user_id: str | None = None) -> int:
        """Delete the user's installation, or (no user) every installation of the workspace."""
        sql = "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?"
        params: tuple[str, ...] = (_key(enterprise_id), _key(team_id))
        if user_id is not None:
            sql, params = sql + " AND user_id = ?", (*params, user_id)
        with self.db.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def delete_bot(self, enterprise_id: str | None, team_id: str | None) -> int:
        with self.db.transaction() as conn:
            return conn.execute(
                "DELETE FROM slack_bots WHERE enterprise_id = ? AND team_id = ?",
                (_key(enterprise_id), _key(team_id)),
            ).rowcount


class StateRows:
    """OAuth states, each good once until it expires: taking one is a DELETE, so two callbacks carrying the
    same state cannot both succeed, on one instance or several."""

    def __init__(
        self, db: Database, clock: Callable[[], float] = time.time, limit: int = MAX_LIVE_STATES
    ) -> None:
        self.db = db
        self.clock = clock
        self.limit = limit
        self._next_purge = 0.0

    def add(self, state: str, expires_at: float) -> None:
        """Store a new state; StoreError (nothing stored) when `limit` states are already waiting."""
        now = self.clock()
        with self.db.transaction() as conn:
            if now >= self._next_purge:
                self._next_purge = now + STATE_PURGE_INTERVAL
                conn.execute("DELETE FROM oauth_states WHERE expires_at < ?", (now,))
            waiting = conn.execute("SELECT COUNT(*) AS n FROM oauth_states").fetchone()["n"]
            if waiting >= self.limit:
                raise StoreError(f"{waiting} installs are already waiting; try again in a few minutes")
            conn.execute("INSERT INTO oauth_states(state, expires_at) VALUES (?, ?)", (state, expires_at))

    def take(self, state: str) -> bool:
        """True once for a state that was added and has not expired; False for any other."""
        with self.db.transaction() as conn:
            return (
                conn.execute(
                    "DELETE FROM oauth_states WHERE state = ? AND expires_at >= ?", (state, self.clock())
                ).rowcount
                == 1
            )


class AssistantThreadRows:
    """What an assistant thread is about (the channel the person was viewing), by DM channel and thread."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.clock = clock

    def save(self, channel_id: str, thread_ts: str, context: Data, team_id: str | None) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO assistant_threads(channel_id, thread_ts, context, team_id, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(channel_id, thread_ts) DO UPDATE SET"
                " context = excluded.context, updated_at = excluded.updated_at,"
                " team_id = COALESCE(excluded.team_id, assistant_threads.team_id)",
                (channel_id, thread_ts, json.dumps(context), team_id, int(self.clock())),
            )

    def find(self, channel_id: str, thread_ts: str) -> Data | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT context FROM assistant_threads WHERE channel_id = ? AND thread_ts = ?",
                (channel_id, thread_ts),
            ).fetchone()
        found = json.loads(row["context"]) if row else None
        return found if isinstance(found, dict) else None
