"""Link previews: `link_shared` for a configured news domain -> page read, stored, `chat.unfurl` answered."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bot.answers import Item
from bot.answers.library import key_date
from bot.article import parse
from bot.slack.unfurl import links_to_preview, on_domain, parse_domains
from tests.pages import ENERGY_TITLE, LibraryBot, Site, send
from tests.slack import payloads
from tests.slack.conftest import EVIL_ARTICLE, RAW_FORBIDDEN

MESSAGE_TS = "1700000400.000100"


def link_shared(*urls: str, **extra: Any) -> dict[str, Any]:
    """A `link_shared` event as Slack sends it for a posted message (source `conversations_history`)."""
    return {
        "type": "link_shared",
        "channel": payloads.CHANNEL_ID,
        "is_bot_user_member": True,
        "user": payloads.USER_ID,
        "message_ts": MESSAGE_TS,
        "unfurl_id": f"{payloads.CHANNEL_ID}.{MESSAGE_TS}.abc123",
        "source": "conversations_history",
        "links": [{"domain": "127.0.0.1", "url": url} for url in urls],
        "event_ts": MESSAGE_TS,
        **extra,
    }


@pytest.fixture
def news_bot(library_bot: Callable[..., LibraryBot]) -> LibraryBot:
    return library_bot(fetch_allow_private=True, newsdesk_unfurl_domains=" 127.0.0.1 , news.example ")


def test_a_news_link_is_unfurled_with_headline_gist_and_key_date(news_bot: LibraryBot, site: Site) -> None:
    url = site.url("/energy")
    assert news_bot.slack.event(link_shared(url)).status == 200

    call = news_bot.fake.wait_for("chat.unfurl")[0].body
    assert call["unfurl_id"] == f"{payloads.CHANNEL_ID}.{MESSAGE_TS}.abc123"
    assert call["source"] == "conversations_history"
    main, notes = call["unfurls"][url]["blocks"]
    assert main["text"]["text"].startswith(f"*{ENERGY_TITLE}*\n")
    assert "cut household energy prices" in main["text"]["text"]
    key_date, saved = (element["text"] for element in notes["elements"])
    assert key_date == "*Key date*  May 2, 2025"
    stored = news_bot.library.find("energy")[0]
    assert f"#{stored.id}" in saved and stored.title == ENERGY_TITLE
    assert news_bot.library.current(payloads.CHANNEL_ID).title != ENERGY_TITLE  # stored, not switched


def test_a_legacy_event_without_unfurl_id_is_answered_by_channel_and_ts(
    news_bot: LibraryBot, site: Site
) -> None:
    event = link_shared(site.url("/energy"))
    del event["unfurl_id"], event["source"]
    news_bot.slack.event(event)
    call = news_bot.fake.wait_for("chat.unfurl")[0].body
    assert (call["channel"], call["ts"]) == (payloads.CHANNEL_ID, MESSAGE_TS)


def test_article_text_in_a_preview_is_escaped(news_bot: LibraryBot, site: Site) -> None:
    site.routes["/evil"] = lambda h: send(h, EVIL_ARTICLE.encode(), "text/plain; charset=utf-8")
    news_bot.slack.event(link_shared(site.url("/evil")))
    news_bot.fake.wait_for("chat.unfurl")
    sent = news_bot.fake.payloads()
    for raw in RAW_FORBIDDEN:
        assert raw not in sent and json.dumps(raw)[1:-1] not in sent


def test_only_articles_on_configured_domains_are_unfurled(
    news_bot: LibraryBot, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.slack.unfurl")
    event = link_shared(site.url("/image.png"), site.url("/nowhere"), "https://elsewhere.example/story")
    news_bot.slack.event(event)
    deadline = time.monotonic() + 5
    while caplog.text.count("No preview for") < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "image/png" in caplog.text and "404" in caplog.text
    assert sorted(site.hits) == ["/image.png", "/nowhere"]  # elsewhere.example is not ours: not fetched
    assert news_bot.fake.to("chat.unfurl") == []


def test_the_event_is_acked_before_a_slow_site_answers(news_bot: LibraryBot, site: Site) -> None:
    started = time.monotonic()
    assert news_bot.slack.event(link_shared(site.url("/slow"))).status == 200
    assert time.monotonic() - started < 0.8  # the fetch alone takes the 1 s timeout


def test_a_refused_unfurl_is_logged_not_raised(
    news_bot: LibraryBot, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    news_bot.fake.fail("chat.unfurl", "cannot_unfurl_url")
    news_bot.slack.event(link_shared(site.url("/energy")))
    news_bot.fake.wait_for("chat.unfurl")
    deadline = time.monotonic() + 3
    while "cannot_unfurl_url" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "chat.unfurl refused 1 link(s): cannot_unfurl_url" in caplog.text
    assert news_bot.fake.to("chat.postMessage") == []  # nothing posted in the channel about it


def test_domain_settings_and_matching() -> None:
    domains = parse_domains("Reuters.com, *.apnews.com,, .bbc.co.uk ")
    assert domains == {"reuters.com", "apnews.com", "bbc.co.uk"}
    assert on_domain("https://www.reuters.com/world/x", domains)
    assert not on_domain("https://notreuters.com/x", domains)
    assert not on_domain("https://reuters.com.evil.example/x", domains)
    links = [{"url": f"https://reuters.com/{n}"} for n in range(5)] + [{"url": "ftp://reuters.com/a"}]
    assert links_to_preview(links + links, domains) == [f"https://reuters.com/{n}" for n in range(3)]
    assert links_to_preview(links, parse_domains("")) == []  # unset: no link is ever fetched


def test_the_key_date_prefers_the_gist_then_the_text_then_publication() -> None:
    budget = "The council approved the new budget after a long debate.\nThe mayor said the vote was close.\n"
    later = parse(budget + "The plan takes effect on July 4, 2025, officials said.\n")
    assert key_date(later) == (
        Item(label="Key date", text="Jul 4, 2025: The plan takes effect on July 4, 2025"),
    )
    assert key_date(parse(budget, published=date(2025, 1, 2))) == (
        Item(label="Published", text="Jan 2, 2025"),
    )
    assert key_date(parse(budget)) == ()
