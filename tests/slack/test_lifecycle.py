"""`app_uninstalled` / `tokens_revoked` over real signed HTTP: the team's stored data goes, others' stays."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import App

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.store import Library, SqliteConversations
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import post
from tests.slack.waiting import eventually

GONE, KEPT = "T0GONE01", "T0KEPT02"
STORY = (
    "Lisbon, May 4 (Reuters) Portugal's government on Monday approved a plan to build {n} new schools.",
    '"Every child deserves a classroom," said Ana Costa, the education minister, in Lisbon.',
    "Construction begins on September 1, 2025, officials said, and ends within three years.",
    "Teachers' unions welcomed the plan but asked for more staff as well as buildings.",
)


def story(n: int) -> str:
    return " ".join(STORY).format(n=n)


def command(fake: FakeSlack, team: str, channel: str, text: str) -> str:
    body = payloads.command(text, fake.response_url(f"{team}-{channel}"))
    return body.replace(f"team_id={payloads.TEAM_ID}", f"team_id={team}").replace(
        f"channel_id={payloads.CHANNEL_ID}", f"channel_id={channel}"
    )


def event(team: str, inner: dict[str, Any], event_id: str) -> str:
    body = json.loads(payloads.event(inner, event_id))
    body["team_id"] = body["authorizations"][0]["team_id"] = team
    return json.dumps(body)


@pytest.fixture
def library(library_location: Path | str, seed_article: Article) -> Iterator[Library]:
    library = Library(library_location, lambda: seed_article)
    yield library
    library.close()


@pytest.fixture
def app(settings: Settings, seed_article: Article, library: Library) -> App:
    return build_app(settings, seed_article, store=library)


def test_uninstall_forgets_that_team_only(http_url: str, fake_slack: FakeSlack, library: Library) -> None:
    for team, channel, n in ((GONE, "C0GONE01", 40), (KEPT, "C0KEPT02", 70)):
        assert post(http_url, command(fake_slack, team, channel, f"load {story(n)}"), payloads.FORM)[0] == 200
    fake_slack.wait_for("response", 4)
    assert post(http_url, event(GONE, payloads.dm("who is quoted?"), "EvDm1"), "application/json")[0] == 200
    fake_slack.wait_for("chat.postMessage")
    conversations = SqliteConversations(library)
    assert conversations.get(payloads.DM_CHANNEL_ID) is not None
    gone_id, kept_id = library.current_id("C0GONE01"), library.current_id("C0KEPT02")
    assert gone_id != kept_id != library.seed_id()

    status, _ = post(http_url, event(GONE, {"type": "app_uninstalled"}, "EvBye"), "application/json")

    assert status == 200
    eventually(lambda: library.get(gone_id) is None)
    assert library.current_id("C0GONE01") == library.seed_id()
    assert conversations.get(payloads.DM_CHANNEL_ID) is None
    assert library.current_id("C0KEPT02") == kept_id and library.get(kept_id) is not None


def test_tokens_revoked_forgets_only_when_the_bot_token_goes(
    http_url: str, fake_slack: FakeSlack, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    assert post(http_url, command(fake_slack, KEPT, "C0KEPT02", f"load {story(9)}"), payloads.FORM)[0] == 200
    fake_slack.wait_for("response", 2)
    loaded = library.current_id("C0KEPT02")

    user_only = {"type": "tokens_revoked", "tokens": {"oauth": [payloads.USER_ID], "bot": []}}
    assert post(http_url, event(KEPT, user_only, "EvRev1"), "application/json")[0] == 200
    eventually(lambda: "only user tokens were revoked" in caplog.text)
    assert library.current_id("C0KEPT02") == loaded

    bot = {"type": "tokens_revoked", "tokens": {"bot": ["UBOT0001"]}}
    assert post(http_url, event(KEPT, bot, "EvRev2"), "application/json")[0] == 200
    eventually(lambda: library.get(loaded) is None)
    assert library.current_id("C0KEPT02") == library.seed_id()
    assert "Forgot team T0KEPT02: 1 channel choices, 0 conversations, 1 articles" in caplog.text
