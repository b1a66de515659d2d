"""The library's tables and their migrations: a database from any earlier version opens and is upgraded.

A new database gets version 1's tables and then every migration, the same path an old file takes, so the
upgrade path is exercised on every start. Set-up runs in one transaction (and, on PostgreSQL, under an
advisory lock), so bot instances starting together neither race nor leave a half-migrated schema.
"""

from __future__ import annotations

from bot.store.db import Connection, Database, StoreError

SCHEMA_VERSION = 2
BASE = (  # version 1
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS articles (
        id {id},
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        model TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS channel_current (
        channel_id TEXT PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    )""",
    """CREATE TABLE IF NOT EXISTS conversations (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (  # which Slack team wrote what (for app_uninstalled), and claimed event_ids shared by instances
        "ALTER TABLE channel_current ADD COLUMN team_id TEXT",
        "ALTER TABLE conversations ADD COLUMN team_id TEXT",
        """CREATE TABLE article_teams (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            team_id TEXT NOT NULL,
            PRIMARY KEY (article_id, team_id)
        )""",
        "CREATE INDEX article_teams_team ON article_teams (team_id)",
        "CREATE INDEX channel_current_team ON channel_current (team_id)",
        "CREATE INDEX conversations_team ON conversations (team_id)",
        "CREATE TABLE events (event_id TEXT PRIMARY KEY, claimed_at BIGINT NOT NULL)",
        "CREATE INDEX events_claimed_at ON events (claimed_at)",
    ),
}


def ensure_schema(db: Database) -> int:
    """Create or upgrade the tables; the schema version now in force. A newer database is refused."""
    with db.transaction() as conn:
        db.lock_schema(conn)
        for statement in BASE:
            conn.execute(statement.format(id=db.dialect.id_column))
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', '1') ON CONFLICT(key) DO NOTHING"
        )
        version = read_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the library's schema is version {version}, newer than this bot's {SCHEMA_VERSION}:"
                " upgrade the bot or point it at another database"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(target),))
    return SCHEMA_VERSION


def read_version(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row["value"])
