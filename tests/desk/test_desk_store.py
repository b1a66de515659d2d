"""The desk's tables: an older library file is upgraded (its articles searchable, each channel's current
article in its library), and a team's uninstall removes what its channels followed, claimed and scheduled."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bot.article import parse
from bot.desk.commands import DeskCommand
from bot.desk.service import Desk
from bot.store import Library, content_hash
from bot.store.search import Search
from tests.desk.conftest import PORT_STORY, PORT_TITLE, Entry, FeedSite, rss
from tests.test_store import V1_SCHEMA


def test_an_older_library_is_upgraded_with_its_articles_searchable(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    story = parse("\n\n".join(PORT_STORY))
    with sqlite3.connect(path) as raw:
        raw.executescript(V1_SCHEMA)
        raw.execute(
            "INSERT INTO articles VALUES (7, ?, 'Port strike', 'port.txt', ?, ?, '2025-01-01T00:00:00')",
            (content_hash(story.text), story.text, story.model_dump_json()),
        )
        raw.execute("INSERT INTO channel_current VALUES ('C1', 7)")

    library = Library(path, lambda: story)

    assert [hit.article_id for hit in Search(library.database).find("C1", "dock workers")] == [7]
    assert Search(library.database).find("C2", "dock workers") == []
    library.forget(7)
    assert Search(library.database).scan("C1", "dock") == []
    with library.database.read() as conn:  # the FTS index forgot it too
        assert (
            conn.execute(
                "SELECT COUNT(*) AS n FROM article_search WHERE article_search MATCH 'dock'"
            ).fetchone()["n"]
            == 0
        )


def test_forget_team_removes_its_desk(make_desk: Callable[..., Desk], feed_site: FeedSite) -> None:
    desk = make_desk()
    url = feed_site.feed("/wire.xml", rss([Entry(PORT_TITLE, feed_site.story("/port", "port"))]))
    desk.follow("C1", url, team_id="T1").deliver()
    desk.follow("C2", url, team_id="T2").deliver()
    desk.run(DeskCommand("digest", "daily 08:00"), "C1", team_id="T1")

    cleanup = desk.library.forget_team("T1")

    assert cleanup.articles == 0  # the story is T2's too
    assert desk.feeds.of_channel("C1") == [] and len(desk.feeds.of_channel("C2")) == 1
    assert desk.digests.get("C1") is None
    with desk.library.database.read() as conn:
        channels = [row["channel_id"] for row in conn.execute("SELECT channel_id FROM stories").fetchall()]
    assert channels == ["C2"]
    assert Search(desk.library.database).find("C1", "dock") == []
    assert len(Search(desk.library.database).find("C2", "dock")) == 1
