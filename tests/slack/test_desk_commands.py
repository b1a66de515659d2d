"""The desk through the real Bolt App and the fake Web API: follow, feeds, unfollow, digest, search and
the Use button, with feeds from a real local server, and bad input answered in words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.desk import desk_for
from bot.store import Library
from tests.desk.conftest import BANK_TITLE, PORT_TITLE, Clock, Entry, FeedSite, rss, serving_feeds
from tests.slack import payloads
from tests.slack.conftest import RAW_FORBIDDEN, Driver
from tests.slack.fake_slack import FakeSlack


@pytest.fixture
def feed_site() -> Iterator[FeedSite]:
    with serving_feeds() as site:
        yield site


@pytest.fixture
def desk_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"fetch_allow_private": True, "fetch_timeout": 2.0})


@pytest.fixture
def library(tmp_path: Path, seed_article: Article) -> Iterator[Library]:
    library = Library(tmp_path / "desk.db", lambda: seed_article)
    yield library
    library.close()


@pytest.fixture
def bot(desk_settings: Settings, seed_article: Article, library: Library, fake_slack: FakeSlack) -> Driver:
    return Driver(build_app(desk_settings, seed_article, store=library), fake_slack)


def use_click(article_id: str, response_url: str) -> str:
    payload = json.loads(parse_qs(payloads.share_action(article_id, response_url))["payload"][0])
    payload["actions"][0] |= {
        "action_id": f"use_article:{article_id}",
        "text": {"type": "plain_text", "text": "Use"},
    }
    return urlencode({"payload": json.dumps(payload)})


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for block in message.get("blocks", []):
        found += [e for e in block.get("elements", []) if e.get("type") == "button"]
        if block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
    return found


def test_follow_answers_in_channel_and_posts_the_latest_items(
    bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite
) -> None:
    port = feed_site.story("/port", "port")
    url = feed_site.feed("/wire.xml", rss([Entry(PORT_TITLE, port + "?utm_source=rss")], title="Wire"))

    assert bot.command(f"follow <{url}> strike").status == 200

    reading, followed = fake_slack.wait_for("response", 2)
    assert reading.body["text"] == "Reading the feed…"
    assert followed.body["response_type"] == "in_channel" and followed.body["replace_original"] is True
    assert followed.body["blocks"][0]["text"]["text"] == "Following: Wire"
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == payloads.CHANNEL_ID
    assert post.body["blocks"][0]["text"]["text"] == PORT_TITLE
    assert "Niek Stam" in json.dumps(post.body["blocks"])
    link, use = buttons(post.body)
    assert link["url"] == port + "?utm_source=rss" and use["action_id"] == f"use_article:{use['value']}"


def test_feeds_lists_and_unfollow_stops(bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite) -> None:
    url = feed_site.feed("/wire.xml", rss([], title="Wire"))
    bot.command(f"follow {url}")
    fake_slack.wait_for("response", 2)
    fake_slack.reset()

    bot.command("feeds", hook="feeds")
    (listing,) = fake_slack.wait_for("response")
    assert listing.body["response_type"] == "ephemeral"
    assert f"Wire ({url})" in json.dumps(listing.body["blocks"])

    bot.command("unfollow 1", hook="unfollow")
    fake_slack.wait_for("response", 2)
    assert fake_slack.to("response")[-1].body["blocks"][0]["text"]["text"] == "Stopped following Wire"
    bot.command("unfollow 1", hook="again")
    fake_slack.wait_for("response", 3)
    assert "follows no feed" in fake_slack.to("response")[-1].body["text"]


@pytest.mark.parametrize(
    "argument, message",
    [
        ("", "Follow what?"),
        ("/etc/passwd", "Follow what?"),  # Slack users never make the bot read its own files
        ("{page}", "neither a feed nor a news page"),
        ("{image}", "isn't a feed or a web page"),
        ("{feed} " + " ".join(f"word{n}" for n in range(500)), "at most 50"),
    ],
)
def test_bad_follows_get_a_clear_private_message_and_store_nothing(
    bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite, library: Library, argument: str, message: str
) -> None:
    urls = {
        "page": feed_site.feed("/page", b"<html><body><p>Hello.</p></body></html>", content_type="text/html"),
        "image": feed_site.feed("/img.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        "feed": feed_site.feed("/wire.xml", rss([])),
    }

    bot.command("follow " + argument.format(**urls))

    _, answer = fake_slack.wait_for("response", 2)
    assert answer.body["response_type"] == "ephemeral"
    assert message in answer.body["text"] and "Traceback" not in fake_slack.payloads()
    assert fake_slack.to("chat.postMessage") == []
    with library.database.read() as conn:
        assert conn.execute("SELECT COUNT(*) AS n FROM feeds").fetchone()["n"] == 0


def test_markup_in_feed_titles_never_reaches_slack_raw(
    bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite
) -> None:
    evil = "<!channel> <b>Big</b> news & <@U123> <https://evil.example|click> \u202eoff"
    url = feed_site.feed(
        "/wire.xml", rss([Entry(evil, feed_site.story("/port", "port"))], title="<!here> Wire")
    )

    bot.command(f"follow {url}")

    fake_slack.wait_for("chat.postMessage")
    sent = fake_slack.payloads()
    for raw in RAW_FORBIDDEN:
        assert raw not in sent


def test_search_offers_a_use_button_that_switches_the_channels_article(
    bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite, library: Library
) -> None:
    url = feed_site.feed(
        "/wire.xml",
        rss(
            [
                Entry(BANK_TITLE, feed_site.story("/bank", "bank")),
                Entry(PORT_TITLE, feed_site.story("/port", "port")),
            ]
        ),
    )
    bot.command(f"follow {url}")
    fake_slack.wait_for("chat.postMessage", 2)

    bot.command("search dock strike", hook="search")
    (results,) = [c for c in fake_slack.wait_for("response", 3) if c.path.endswith("/search")]
    assert results.body["response_type"] == "ephemeral"
    (use,) = buttons(results.body)
    assert "*strike*" in json.dumps(results.body["blocks"])

    bot.post(use_click(use["value"], fake_slack.response_url("use")), payloads.FORM)
    switched = [c for c in fake_slack.wait_for("response", 4) if c.path.endswith("/use")]
    assert switched[0].body["replace_original"] is False
    assert library.current_id(payloads.CHANNEL_ID) == int(use["value"])
    assert library.current(payloads.CHANNEL_ID).title == PORT_TITLE


def test_digest_schedules_in_the_users_time_zone_and_digest_now_posts(
    bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite
) -> None:
    bot.command("digest daily 08:30", hook="digest")
    (answer,) = fake_slack.wait_for("response")
    assert fake_slack.to("users.info")[0].body["user"] == payloads.USER_ID
    assert answer.body["response_type"] == "in_channel"
    assert "every day at 08:30" in answer.body["text"] and "America/New_York" in answer.body["text"]

    bot.command("digest now", hook="now")
    now = fake_slack.wait_for("response", 2)[-1]
    assert now.body["response_type"] == "in_channel" and "Nothing new since" in now.body["text"]
    bot.command("digest monthly", hook="bad")
    bad = fake_slack.wait_for("response", 3)[-1]
    assert bad.body["response_type"] == "ephemeral" and "digest daily 08:30" in bad.body["text"]


def test_a_poll_posts_through_the_web_api_and_adds_also_in_to_the_first_post(
    desk_settings: Settings, library: Library, bot: Driver, fake_slack: FakeSlack, feed_site: FeedSite
) -> None:
    clock = Clock()
    desk = desk_for(desk_settings, library, bot.app.client, clock=clock)
    first, second = feed_site.feed("/a.xml", rss([])), feed_site.feed("/b.xml", rss([]))
    desk.follow(payloads.CHANNEL_ID, first)
    desk.follow(payloads.CHANNEL_ID, second)
    feed_site.feed("/a.xml", rss([Entry(PORT_TITLE, feed_site.story("/a/port", "port"))]))
    other = feed_site.story("/b/port", "port", title="Strike looms", tagline="Reporting by Jan de Vries.")
    feed_site.feed("/b.xml", rss([Entry("Strike looms", other.replace("127.0.0.1", "localhost"))]))
    clock.advance(600)

    assert desk.poll_due().posted == 1

    (post,) = fake_slack.to("chat.postMessage")
    assert post.body["unfurl_links"] is False
    (update,) = fake_slack.to("chat.update")
    assert update.body["ts"] == "1700000000.000001" and "also in: localhost" in json.dumps(
        update.body["blocks"]
    )
