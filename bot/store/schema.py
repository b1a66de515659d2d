"""The library's tables and their migrations: a database from any earlier version opens and is upgraded.

A new database gets version 1's tables and then every migration, the same path an old file takes, so the
upgrade path is exercised on every start. Set-up runs in one transaction (and, on PostgreSQL, under an
advisory lock), so bot instances starting together neither race nor leave a half-migrated schema.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.store.db import Connection, Database, StoreError

Statement = str | Mapping[str, str]
"""One statement for both engines (`{id}` is the dialect's id column), or one per dialect name."""

SCHEMA_VERSION = 4
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
MIGRATIONS: dict[int, tuple[Statement, ...]] = {
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
    # desk (issue 17): followed feeds, (channel, story) claims, the articles each channel has seen,
    # digest schedules and their runs, and the full-text index (FTS5 on SQLite, tsvector on PostgreSQL).
    3: (
        """CREATE TABLE feeds (
            id {id},
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'rss',
            etag TEXT,
            last_modified TEXT,
            ttl BIGINT,
            checked_at BIGINT,
            next_poll BIGINT NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created_at BIGINT NOT NULL
        )""",
        "CREATE INDEX feeds_next_poll ON feeds (next_poll)",
        """CREATE TABLE follows (
            id {id},
            channel_id TEXT NOT NULL,
            feed_id BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            keywords TEXT NOT NULL DEFAULT '',
            team_id TEXT,
            created_at BIGINT NOT NULL,
            UNIQUE (channel_id, feed_id)
        )""",
        "CREATE INDEX follows_feed ON follows (feed_id)",
        "CREATE INDEX follows_team ON follows (team_id)",
        """CREATE TABLE feed_seen (
            feed_id BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            seen_at BIGINT NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        )""",
        """CREATE TABLE stories (
            id {id},
            channel_id TEXT NOT NULL,
            article_id BIGINT REFERENCES articles(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            link TEXT,
            outlet TEXT,
            also_in TEXT NOT NULL DEFAULT '',
            sketch TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            claimed_at BIGINT NOT NULL,
            posted_at BIGINT,
            message_ts TEXT,
            team_id TEXT
        )""",
        "CREATE INDEX stories_channel ON stories (channel_id, claimed_at)",
        "CREATE INDEX stories_team ON stories (team_id)",
        """CREATE TABLE story_keys (
            channel_id TEXT NOT NULL,
            key TEXT NOT NULL,
            story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (channel_id, key)
        )""",
        """CREATE TABLE story_marks (
            channel_id TEXT NOT NULL,
            mark BIGINT NOT NULL,
            story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (channel_id, mark, story_id)
        )""",
        """CREATE TABLE channel_articles (
            channel_id TEXT NOT NULL,
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            added_at BIGINT NOT NULL,
            team_id TEXT,
            PRIMARY KEY (channel_id, article_id)
        )""",
        "CREATE INDEX channel_articles_added ON channel_articles (channel_id, added_at)",
        "CREATE INDEX channel_articles_team ON channel_articles (team_id)",
        "INSERT INTO channel_articles(channel_id, article_id, added_at, team_id)"
        " SELECT channel_id, article_id, 0, team_id FROM channel_current",  # what channels already use
        """CREATE TABLE digests (
            channel_id TEXT PRIMARY KEY,
            every TEXT NOT NULL,
            weekday INTEGER,
            minute INTEGER NOT NULL,
            tz TEXT NOT NULL,
            since BIGINT NOT NULL,
            team_id TEXT
        )""",
        """CREATE TABLE digest_runs (
            channel_id TEXT NOT NULL,
            slot BIGINT NOT NULL,
            state TEXT NOT NULL,
            claimed_at BIGINT NOT NULL,
            posted_at BIGINT,
            PRIMARY KEY (channel_id, slot)
        )""",
        {
            "sqlite": "CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='articles',"
            " content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
            "postgresql": "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS"
            " (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B'))"
            " STORED",
        },
        {
            "sqlite": "CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN"
            " INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text); END",
            "postgresql": "CREATE INDEX articles_search ON articles USING GIN (search)",
        },
        {
            "sqlite": "CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN"
            " INSERT INTO article_search(article_search, rowid, title, text)"
            " VALUES ('delete', old.id, old.title, old.text); END",
        },
        {
            "sqlite": "CREATE TRIGGER articles_search_update AFTER UPDATE ON articles BEGIN"
            " INSERT INTO article_search(article_search, rowid, title, text)"
            " VALUES ('delete', old.id, old.title, old.text);"
            " INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text); END",
        },
        {"sqlite": "INSERT INTO article_search(article_search) VALUES ('rebuild')"},
    ),
    # Slack app of 2026 (issue 18): installations of any number of workspaces and orgs (OAuth), OAuth states
    # (each good once), and the context of each assistant thread; rows as JSON (bot/store/installations.py).
    4: (
        """CREATE TABLE slack_installations (
            enterprise_id TEXT NOT NULL DEFAULT '',
            team_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            installed_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (enterprise_id, team_id, user_id)
        )""",
        """CREATE TABLE slack_bots (
            enterprise_id TEXT NOT NULL DEFAULT '',
            team_id TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            installed_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (enterprise_id, team_id)
        )""",
        "CREATE TABLE oauth_states (state TEXT PRIMARY KEY, expires_at DOUBLE PRECISION NOT NULL)",
        "CREATE INDEX oauth_states_expires ON oauth_states (expires_at)",
        """CREATE TABLE assistant_threads (
            channel_id TEXT NOT NULL,
            thread_ts TEXT NOT NULL,
            context TEXT NOT NULL,
            team_id TEXT,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (channel_id, thread_ts)
        )""",
        "CREATE INDEX assistant_threads_team ON assistant_threads (team_id)",
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
            for migration in MIGRATIONS[target]:
                sql = migration if isinstance(migration, str) else migration.get(db.dialect.name)
                if sql:
                    conn.execute(sql.replace("{id}", db.dialect.id_column))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(target),))
    return SCHEMA_VERSION


def read_version(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row["value"])
