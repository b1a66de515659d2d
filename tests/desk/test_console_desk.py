"""The desk in the console, over a local feed file and a local site: follow, feeds, poll, search,
timeline and digest now, printed as a channel would see them."""

from __future__ import annotations

import io
from pathlib import Path

from bot.article import parse
from bot.config import SEED_ARTICLE
from bot.console import run_console
from bot.store import Library
from tests.desk.conftest import BANK_TITLE, LIMITS, PORT_TITLE, Entry, FeedSite, rss


def test_the_console_follows_a_feed_file_and_searches_what_it_posted(
    tmp_path: Path, feed_site: FeedSite
) -> None:
    feed = tmp_path / "the wire.xml"  # a space: the stored file:// URL must lead back to it
    feed.write_bytes(
        rss(
            [
                Entry(BANK_TITLE, feed_site.story("/bank", "bank")),
                Entry(PORT_TITLE, feed_site.story("/port", "port")),
            ]
        )
    )
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    lines = (f'follow "{feed}" strike rates', "poll", "feeds", "search lagarde", "timeline", "digest now")
    commands = "\n".join((*lines, "unfollow 1", "feeds", ""))
    out = io.StringIO()

    code = run_console(
        seed,
        io.StringIO(commands),
        out,
        open_library=lambda: Library(tmp_path / "console.db", lambda: seed),
        limits=LIMITS,
    )

    text = out.getvalue()
    assert code == 0
    assert "Following: Wire" in text and f"{feed.resolve().as_uri()}" in text
    assert text.index(PORT_TITLE) < text.index(BANK_TITLE)  # posted oldest first
    assert "keywords: strike, rates" in text
    assert "Polled 1 feeds: 0 new posts" in text  # read again from its file:// URL: nothing new
    assert "checked just now" in text and "error:" not in text
    assert "Search: lagarde\n1 story, best match first." in text and "*Lagarde*" in text
    assert "Mar 10, 2026" in text and "Apr 16, 2026" in text
    assert "Digest for" in text and "Most quoted" in text
    assert text.rstrip().endswith(
        "This channel follows no feeds yet.\n"
        "`follow <link> [keywords]` adds one, `unfollow <number>` stops one."
    )


def test_the_console_says_what_is_wrong_with_a_feed_file(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes, no feed at all", encoding="utf-8")
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    out = io.StringIO()

    run_console(
        seed,
        io.StringIO(f"follow {junk}\nfollow {tmp_path / 'missing.xml'}\n"),
        out,
        open_library=lambda: Library(tmp_path / "console.db", lambda: seed),
    )

    assert "isn't a feed I can read" in out.getvalue()
    assert "Follow what?" in out.getvalue()
