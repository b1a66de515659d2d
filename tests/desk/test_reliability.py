"""The desk's promises with real `serve` processes: SIGKILL one in the middle of a poll round and
restart it, and nothing is posted twice or lost; two instances on one PostgreSQL post every story once."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from bot.article import parse
from bot.config import SEED_ARTICLE
from bot.desk.service import Desk
from bot.store import Library
from tests.desk.conftest import LIMITS, Entry, FeedSite, RecordingPoster, Resource, rss
from tests.postgres import PostgresServer
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_serve import serving

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = payloads.CHANNEL_ID
FEEDS = 6
ITEMS = 3


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


DESK_ENV = {"FETCH_ALLOW_PRIVATE": "true", "FETCH_TIMEOUT": "5", "NEWSDESK_FEED_INTERVAL": "1"}
"""Feeds on 127.0.0.1, each due every second: rounds follow one another quickly."""


def follow_feeds(location: Path | str, site: FeedSite, channels: tuple[str, ...] = (CHANNEL,)) -> None:
    """Follow FEEDS empty feeds from the test process, as `/article follow` would."""
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    library = Library(location, lambda: seed)
    desk = Desk(library, RecordingPoster(), LIMITS, interval=1)
    for n in range(FEEDS):
        url = site.feed(f"/feed{n}.xml", rss([]))
        for channel in channels:
            desk.follow(channel, url)
    library.close()


def publish(site: FeedSite, *, shared: bool = False) -> list[str]:
    """ITEMS new stories in every feed; with `shared`, each story is also carried by the next feed under
    a tracking-parameter variant of its link and another GUID. The distinct titles."""
    titles = []
    entries: dict[int, list[Entry]] = {n: [] for n in range(FEEDS)}
    for n in range(FEEDS):
        for i in range(ITEMS):
            title, url = site.synthetic(f"/story/{n}/{i}", n * ITEMS + i)
            titles.append(title)
            entries[n].append(Entry(title, url, f"guid-{n}-{i}"))
            if shared:
                entries[(n + 1) % FEEDS].append(Entry(title, url + f"?utm_source=feed{n}", f"other-{n}-{i}"))
    for n in range(FEEDS):
        site.feed(f"/feed{n}.xml", rss(entries[n]))
    return titles


def posted_titles(fake: FakeSlack, channel: str = CHANNEL) -> list[str]:
    return [
        c.body["blocks"][0]["text"]["text"]
        for c in fake.to("chat.postMessage")
        if c.body.get("channel") == channel
    ]


def wait_for_posts(fake: FakeSlack, count: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(fake.to("chat.postMessage")) < count:
        time.sleep(0.1)


def test_sigkill_in_the_middle_of_a_poll_round_then_restart_posts_each_story_once(
    tmp_path: Path, feed_site: FeedSite, fake_slack: FakeSlack
) -> None:
    database = tmp_path / "library.db"
    follow_feeds(database, feed_site)
    titles = publish(feed_site)
    blocked, release = threading.Event(), threading.Event()
    held = feed_site.resources["/story/3/1"]
    assert isinstance(held, Resource)

    def hold(handler: BaseHTTPRequestHandler) -> None:
        blocked.set()
        release.wait(30)

    feed_site.resources["/story/3/1"] = hold  # the fourth feed's second page hangs: the round is mid-way
    with serving(fake_slack, NEWSDESK_DB=str(database), DATABASE_URL="", **DESK_ENV) as first:
        assert blocked.wait(30), "the poll never reached the held page"
        before = posted_titles(fake_slack)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(10)
    release.set()
    feed_site.resources["/story/3/1"] = held

    assert 0 < len(before) < len(titles)  # killed mid-round: some posted, some not
    with serving(fake_slack, NEWSDESK_DB=str(database), DATABASE_URL="", **DESK_ENV) as second:
        wait_for_posts(fake_slack, len(titles))
        time.sleep(1.5)  # more polls: nothing may come twice
    assert second.process.returncode == 0, second.stderr[-2000:]

    after = posted_titles(fake_slack)
    assert sorted(after) == sorted(titles)
    assert Counter(after).most_common(1)[0][1] == 1


def test_two_instances_on_one_postgresql_post_every_story_once(
    postgres: PostgresServer, feed_site: FeedSite, fake_slack: FakeSlack
) -> None:
    url = postgres.new_database()
    follow_feeds(url, feed_site, channels=(CHANNEL, "C0OTHER1"))

    with (
        serving(fake_slack, DATABASE_URL=url, **DESK_ENV) as one,
        serving(fake_slack, DATABASE_URL=url, **DESK_ENV) as two,
    ):
        titles = publish(feed_site, shared=True)  # both are polling already: they race for every item
        wait_for_posts(fake_slack, 2 * len(titles))
        time.sleep(1.5)
    for served in (one, two):
        assert served.process.returncode == 0, served.stderr[-2000:]
        assert "feeds polled" in served.stderr  # each instance took part in the rounds

    for channel in (CHANNEL, "C0OTHER1"):
        posted = posted_titles(fake_slack, channel)
        assert sorted(posted) == sorted(titles), channel
