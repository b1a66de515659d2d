"""Fixtures: a fake Slack Web API on a free port, a real Bolt App pointed at it, and signed dispatch."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import pytest
from slack_bolt import App, BoltResponse

from bot.article.model import Article
from bot.article.parse import parse
from bot.config import SEED_ARTICLE, Settings
from bot.slack.app import build_app
from bot.slack.observability import ObservedApp
from bot.slack.serve import dispatch_signed, make_server
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack

EVIL_ARTICLE = (
    "Officials told <!channel> and <!here> on March 3, 2025 that the vote is off.\n"
    '"Read <https://evil.example|click here> before Friday," said Jane Doe, the interior minister.\n'
    'Analyst <@U123> said the plan "is \u202edead on arrival\u200b" and <!subteam^S1|@editors> agreed.\n'
    "Tom & Jerry > everyone, said <#C999|general> on Monday.\n"
)
RAW_FORBIDDEN = (
    "<!channel>",
    "<!here>",
    "<@U123>",
    "<https://evil",
    "<!subteam",
    "<#C999",
    "\u202e",
    "\u200b",
)


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return parse(SEED_ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture
def settings(fake_slack: FakeSlack) -> Settings:
    return Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=payloads.SIGNING_SECRET,
        slack_api_url=fake_slack.api_url,
    )


@pytest.fixture
def make_app(settings: Settings, seed_article: Article) -> Callable[..., App]:
    def make(article: Article | None = None) -> App:
        return build_app(settings, article or seed_article)

    return make


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    return make_app()


@dataclass
class Driver:
    """Sends signed requests to an App the way Slack does, through `app.dispatch`."""

    app: App
    fake: FakeSlack

    def post(self, body: str, content_type: str, **sign: Any) -> BoltResponse:
        """Dispatch like Slack; a message in the HTTP response is recorded at the fake, as Slack shows it."""
        headers = payloads.signed_headers(body, content_type, **sign)
        response = self.send(body.encode(), headers)
        message = json.loads(response.body) if response.body.startswith("{") else {}
        if response.status == 200 and ("text" in message or "blocks" in message):
            hook = (parse_qs(body).get("response_url") or ["ack"])[0].rsplit("/", 1)[-1]
            self.fake.record_ack(hook, message)
        return response

    def send(self, raw: bytes, headers: dict[str, str]) -> BoltResponse:
        """Any bytes and headers, through the signature gate to the app, as the HTTP server does."""
        assert isinstance(self.app, ObservedApp)
        return dispatch_signed(self.app, self.app.signed_requests, raw, headers)

    def command(self, text: str, hook: str = "cmd") -> BoltResponse:
        return self.post(payloads.command(text, self.fake.response_url(hook)), payloads.FORM)

    def share(self, value: str, hook: str = "share") -> BoltResponse:
        return self.post(payloads.share_action(value, self.fake.response_url(hook)), payloads.FORM)

    def event(self, inner: dict, event_id: str = "Ev0001") -> BoltResponse:
        return self.post(payloads.event(inner, event_id), "application/json")


@pytest.fixture
def slack(app: App, fake_slack: FakeSlack) -> Driver:
    return Driver(app, fake_slack)


@pytest.fixture
def http_url(app: App) -> Iterator[str]:
    """The real HTTP stack from serve.py (waitress + Bolt's WSGI adapter) on a free port."""
    server = make_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
