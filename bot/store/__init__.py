"""The article library, its conversations and event claims, on SQLite (NEWSDESK_DB) or PostgreSQL
(DATABASE_URL, shared by several bot instances); db.py says why psycopg behind a thin seam."""

from __future__ import annotations

from bot.article import Article
from bot.config import Settings
from bot.ingest import read_file
from bot.store.conversations import SqliteConversations
from bot.store.db import StoreError
from bot.store.events import EventClaims
from bot.store.library import ArticleRecord, Library, TeamCleanup, content_hash, title_of
from bot.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "ArticleRecord",
    "EventClaims",
    "Library",
    "SqliteConversations",
    "StoreError",
    "TeamCleanup",
    "content_hash",
    "default_article",
    "open_library",
    "title_of",
]

POOL_SPARE = 4
"""PostgreSQL connections beyond one per HTTP worker thread (Bolt's listener pool and lazy work)."""


def default_article(settings: Settings) -> Article:
    """NEWSDESK_ARTICLE read like any loaded file (a .txt holding a web page is read as a page), dated by
    NEWSDESK_PUBLISHED when set. Raises LoadError when it can't be read as an article."""
    return read_file(settings.newsdesk_article, published=settings.newsdesk_published).article


def open_library(settings: Settings) -> Library:
    """The library at DATABASE_URL when set, else at NEWSDESK_DB; its seed (the default article) is the
    NEWSDESK_ARTICLE file."""
    seed_path = settings.newsdesk_article.resolve()
    try:
        stat = seed_path.stat()
        version = f"{seed_path}:{stat.st_size}:{stat.st_mtime_ns}:{settings.newsdesk_published or ''}"
    except OSError:
        version = str(seed_path)  # unreadable: parsing will say so on first use
    return Library(
        settings.library_location,
        lambda: default_article(settings),
        seed_source=seed_path.name,
        seed_key=version,
        pool_size=settings.http_threads + POOL_SPARE,
    )
