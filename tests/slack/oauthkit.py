"""An app installed through OAuth, served by the real HTTP stack, and the browser's side of an install:
shared by tests/slack/test_oauth.py and bench/bench_install.py."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.oauth import BOT_SCOPES
from bot.slack.serve import make_server
from bot.store import Library
from tests.slack import payloads
from tests.slack.fake_slack import CLIENT_ID, CLIENT_SECRET, FakeSlack

if TYPE_CHECKING:
    from waitress.server import BaseWSGIServer

STATE_SECRET = "state-secret-for-the-tests"
COOKIE = "slack-app-oauth-state"


@dataclass
class Response:
    status: int
    headers: Any
    body: str


def get(url: str, cookie: str | None = None) -> Response:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Response(response.status, response.headers, response.read().decode())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read().decode())


def post(url: str, body: str, content_type: str) -> Response:
    request = urllib.request.Request(url, body.encode(), payloads.signed_headers(body, content_type))
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Response(response.status, response.headers, response.read().decode())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read().decode())


@dataclass
class OAuthBot:
    base: str
    fake: FakeSlack
    library: Library

    def start_install(self) -> tuple[str, str]:
        """GET /slack/install: (state, the cookie to send back), checking the page links to Slack."""
        page = get(self.base + "/slack/install")
        assert page.status == 200
        cookie = page.headers["Set-Cookie"].split(";")[0]
        name, _, state = cookie.partition("=")
        assert name == COOKIE and "HttpOnly" in page.headers["Set-Cookie"]
        link = next(part for part in page.body.split('"') if part.startswith("https://slack.com/oauth/v2/"))
        query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
        assert query["state"] == [state] and query["client_id"] == [CLIENT_ID]
        assert set(query["scope"][0].split(",")) == set(BOT_SCOPES)
        return state, cookie

    def callback(self, code: str, state: str, cookie: str | None) -> Response:
        return get(self.base + "/slack/oauth_redirect?" + urlencode({"code": code, "state": state}), cookie)

    def install(self, team: str, name: str = "Another Workspace", **kwargs: Any) -> str:
        """The whole flow for `team`; its bot token."""
        state, cookie = self.start_install()
        code = self.fake.authorize(team, name, **kwargs)
        done = self.callback(code, state, cookie)
        assert done.status == 200, done.body
        return next(t for t, w in self.fake.workspaces.items() if w.team_id == team)

    def event(self, inner: dict[str, Any], team: str, event_id: str, **auth: Any) -> Response:
        body = json.loads(payloads.event(inner, event_id))
        body["team_id"] = team
        body["authorizations"] = [{"team_id": team, "user_id": f"UB{team}", "is_bot": True, **auth}]
        if auth.get("enterprise_id"):
            body["enterprise_id"] = auth["enterprise_id"]
        return post(self.base + "/slack/events", json.dumps(body), "application/json")

    def mention(self, team: str, event_id: str, text: str = "who", **auth: Any) -> Response:
        inner = {**payloads.mention(text), "team": team, "text": f"<@UB{team}> {text}"}
        return self.event(inner, team, event_id, **auth)

    def installations(self) -> int:
        with self.library.database.read() as conn:
            return int(conn.execute("SELECT COUNT(*) AS n FROM slack_installations").fetchone()["n"])


def serve_oauth(
    fake: FakeSlack, article: Article, db: Path, **overrides: Any
) -> tuple[OAuthBot, BaseWSGIServer]:
    """An OAuth app (the fake's client id and secret) on a free port, running in a thread."""
    settings = Settings(
        _env_file=None,
        slack_signing_secret=payloads.SIGNING_SECRET,
        slack_api_url=fake.api_url,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_state_secret=STATE_SECRET,
        **overrides,
    )
    library = Library(db, lambda: article)
    server = make_server(build_app(settings, article, store=library), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return OAuthBot(f"http://127.0.0.1:{server.effective_port}", fake, library), server
