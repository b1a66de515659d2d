"""DM/thread conversations in the library's database, so follow-ups survive a restart and are shared by
every bot instance on one database (a ConversationStore)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.answers import Conversation
from bot.store.library import Library


class SqliteConversations:
    """Conversations in the library's database (SQLite or PostgreSQL, whichever the library uses)."""

    def __init__(self, library: Library, limit: int = 1000) -> None:
        self.library = library
        self.limit = limit

    def for_team(self, team_id: str | None) -> SqliteConversations:
        """The same store, whose writes are recorded as `team_id`'s (see Library.forget_team)."""
        if team_id == self.library.team_id:
            return self
        return SqliteConversations(self.library.for_team(team_id), self.limit)

    def get(self, key: str) -> Conversation | None:
        with self.library.database.read() as conn:
            row = conn.execute("SELECT state FROM conversations WHERE key = ?", (key,)).fetchone()
        return Conversation.model_validate_json(row["state"]) if row else None

    def put(self, key: str, conversation: Conversation) -> None:
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        with self.library.database.transaction() as conn:
            conn.execute(
                "INSERT INTO conversations(key, state, updated_at, team_id) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at,"
                " team_id = COALESCE(excluded.team_id, conversations.team_id)",
                (key, conversation.model_dump_json(), now, self.library.team_id),
            )
            conn.execute(
                "DELETE FROM conversations WHERE key NOT IN"
                " (SELECT key FROM conversations ORDER BY updated_at DESC LIMIT ?)",
                (self.limit,),
            )

    def __len__(self) -> int:
        with self.library.database.read() as conn:
            return conn.execute("SELECT COUNT(*) AS n FROM conversations").fetchone()["n"]
