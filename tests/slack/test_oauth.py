"""Installing into any number of workspaces (OAuth) end to end: the real HTTP server from serve.py, the real
Bolt app and OAuth flow, the library's SQLite database, and the fake Slack's `oauth.v2.access` (codes good
once). State checked, two workspaces each answered with its own token, an org-wide install, token
rotation, uninstall and revocation deleting the installation and the workspace's data, and nothing of a
failed install stored, no token in any log."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.article.model import Article
from bot.config import Settings
from bot.logs import log_handler
from bot.slack.errors import REVOKED
from tests.slack import payloads
from tests.slack.fake_slack import CLIENT_ID, CLIENT_SECRET, FakeSlack
from tests.slack.oauthkit import COOKIE, STATE_SECRET, OAuthBot, get, post, serve_oauth


@pytest.fixture
def oauth_bot(
    tmp_path: Path, fake_slack: FakeSlack, seed_article: Article
) -> Iterator[Callable[..., OAuthBot]]:
    servers = []

    def make(**overrides: Any) -> OAuthBot:
        bot, server = serve_oauth(fake_slack, seed_article, tmp_path / "library.db", **overrides)
        servers.append(server)
        return bot

    yield make
    for server in servers:
        server.close()


def posted_with(fake: FakeSlack, count: int) -> list[str]:
    return [call.headers["Authorization"] for call in fake.wait_for("chat.postMessage", count)]


def test_two_workspaces_install_and_each_is_answered_with_its_own_token(
    oauth_bot: Callable[..., OAuthBot],
) -> None:
    bot = oauth_bot()
    two, three = bot.install("T2"), bot.install("T3", name="Third")

    assert bot.mention("T2", "Ev2").status == 200
    posted_with(bot.fake, 1)
    assert bot.mention("T3", "Ev3").status == 200

    assert posted_with(bot.fake, 2) == [f"Bearer {two}", f"Bearer {three}"]
    assert bot.installations() == 2 and two != three
    access = bot.fake.to("oauth.v2.access")
    assert len(access) == 2


def test_an_install_stores_its_bot_once_in_the_bots_row(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    token = bot.install("T2")
    with bot.library.database.read() as conn:
        installed = [json.loads(r["data"]) for r in conn.execute("SELECT data FROM slack_installations")]
        bots = [json.loads(r["data"]) for r in conn.execute("SELECT data FROM slack_bots")]

    assert [b["bot_token"] for b in bots] == [token]
    assert len(installed) == 1 and "bot" not in installed[0], "the bot row is not copied into the install's"


def test_a_forged_state_is_refused_before_slack_is_asked_and_nothing_is_stored(
    oauth_bot: Callable[..., OAuthBot],
) -> None:
    bot = oauth_bot()
    state, cookie = bot.start_install()
    code = bot.fake.authorize("T2")
    nonce, _, signature = state.partition(".")
    forged = f"{nonce}.{'A' * len(signature)}"

    refused = [
        bot.callback(code, forged, f"{COOKIE}={forged}"),  # the cookie agrees, the signature does not
        bot.callback(code, "made-up", f"{COOKIE}=made-up"),
        bot.callback(code, state, None),  # no cookie: another browser
        bot.callback(code, state, f"{COOKIE}=someone-elses"),
    ]

    assert [r.status for r in refused] == [401, 401, 400, 400]
    assert not bot.fake.to("oauth.v2.access") and bot.installations() == 0
    assert bot.callback(code, state, cookie).status == 200, "the real state still works once"


def test_an_expired_state_is_refused(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    state, cookie = bot.start_install()
    with bot.library.database.transaction() as conn:
        conn.execute("UPDATE oauth_states SET expires_at = expires_at - 601")

    assert bot.callback(bot.fake.authorize("T2"), state, cookie).status == 401
    assert bot.installations() == 0 and not bot.fake.to("oauth.v2.access")


def test_a_replayed_code_or_callback_installs_nothing_more(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    state, cookie = bot.start_install()
    code = bot.fake.authorize("T2")
    assert bot.callback(code, state, cookie).status == 200

    again = bot.callback(code, state, cookie)  # the same redirect URL, reloaded or stolen
    fresh_state, fresh_cookie = bot.start_install()
    replayed = bot.callback(code, fresh_state, fresh_cookie)  # the code with a good state

    assert again.status == 401 and replayed.status == 401
    assert len(bot.fake.to("oauth.v2.access")) == 2  # the replayed code was refused by Slack
    assert bot.installations() == 1


def test_a_denied_install_is_a_clear_page(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    state, cookie = bot.start_install()

    page = get(
        bot.base + "/slack/oauth_redirect?" + urlencode({"error": "access_denied", "state": state}), cookie
    )

    assert page.status == 200 and "access_denied" in page.body and bot.installations() == 0


def test_an_org_wide_install_answers_in_its_workspaces(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    org = bot.install("T5", enterprise_id="E1", org_wide=True)

    assert bot.mention("T5", "EvOrg", enterprise_id="E1", is_enterprise_install=True).status == 200

    assert posted_with(bot.fake, 1) == [f"Bearer {org}"]
    with bot.library.database.read() as conn:
        row = conn.execute("SELECT enterprise_id, team_id FROM slack_bots").fetchone()
    assert (row["enterprise_id"], row["team_id"]) == ("E1", "")


def test_an_expiring_token_is_rotated_and_stored(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()
    bot.fake.expires_in = 60  # inside Bolt's 120-minute window: rotate before use
    bot.install("T4", refresh=True)

    assert bot.mention("T4", "EvRot").status == 200

    (auth,) = posted_with(bot.fake, 1)
    assert bot.fake.rotations == 1 and auth.startswith("Bearer xoxe.xoxb-T4-r")
    with bot.library.database.read() as conn:
        stored = json.loads(conn.execute("SELECT data FROM slack_bots").fetchone()["data"])
    assert f"Bearer {stored['bot_token']}" == auth


def test_uninstall_deletes_the_installation_and_the_workspaces_data(
    oauth_bot: Callable[..., OAuthBot],
) -> None:
    bot = oauth_bot()
    bot.install("T2")
    bot.install("T3")
    assert bot.mention("T2", "Ev1").status == 200
    posted_with(bot.fake, 1)
    assert bot.library.for_team("T2").add(Article(text="A story of team two."), "t2.txt", channel="C2")

    assert bot.event({"type": "app_uninstalled", "event_ts": "1"}, "T2", "EvUn").status == 200

    def left_behind() -> tuple[set[str], int]:
        with bot.library.database.read() as conn:
            teams = {r["team_id"] for r in conn.execute("SELECT team_id FROM slack_bots").fetchall()}
            left = conn.execute("SELECT COUNT(*) AS n FROM channel_current WHERE team_id = 'T2'").fetchone()
        return teams, left["n"]

    deadline = time.monotonic() + 5  # the event is acknowledged first, the deletion runs after it
    while (bot.installations() != 1 or left_behind() != ({"T3"}, 0)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bot.installations() == 1
    assert left_behind() == ({"T3"}, 0)
    bot.fake.reset()
    gone = bot.mention("T2", "Ev4")  # Slack would not send it; if it did, nobody is answered
    assert gone.status == 200 and not bot.fake.to("chat.postMessage")


def test_a_token_revoked_mid_request_is_a_clear_message_and_one_log_line(
    oauth_bot: Callable[..., OAuthBot],
) -> None:
    bot = oauth_bot()
    token = bot.install("T2")
    assert bot.mention("T2", "Ev1").status == 200
    posted_with(bot.fake, 1)
    stream = StringIO()
    handler = log_handler(stream, "text", "%(levelname)s %(name)s: %(message)s", [])
    logging.getLogger().addHandler(handler)
    try:
        bot.fake.revoked.add(token)  # the authorization is cached: the listener runs, its post is refused
        assert bot.mention("T2", "Ev2").status == 200
        bot.fake.wait_for("chat.postMessage", 2)
        share = payloads.share_action("summary", bot.fake.response_url("rev")).replace("T0001", "T2")
        # "Share" posts with the token. (Bolt may answer this click 404: its runner can drop an ack when the
        # listener fails within milliseconds of it; the person is told through the response_url either way.)
        post(bot.base + "/slack/events", share, payloads.FORM)
        (told,) = bot.fake.wait_for("response")
    finally:
        logging.getLogger().removeHandler(handler)
    assert told.body["text"] == REVOKED
    output = stream.getvalue()
    assert "no longer works (token_revoked)" in output and "Traceback" not in output
    assert token not in output


def test_no_token_code_or_secret_reaches_the_logs(oauth_bot: Callable[..., OAuthBot]) -> None:
    stream = StringIO()
    handler = log_handler(
        stream, "text", "%(levelname)s %(name)s: %(message)s", [CLIENT_SECRET, STATE_SECRET]
    )
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        bot = oauth_bot()
        token = bot.install("T2")
        state, cookie = bot.start_install()
        bot.callback("code-replayed-secret", state, cookie)  # Bolt logs a failed exchange with its code
        bot.mention("T2", "Ev1")
        posted_with(bot.fake, 1)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    output = stream.getvalue()
    assert "oauth.v2.access" in output or "OAuth" in output, "nothing logged: the check would be vacuous"
    for secret in (token, CLIENT_SECRET, STATE_SECRET, "code-replayed-secret", state.split(".")[1]):
        assert secret not in output, secret


def test_healthz_without_a_token_checks_the_api(oauth_bot: Callable[..., OAuthBot]) -> None:
    bot = oauth_bot()

    page = get(bot.base + "/healthz")

    assert page.status == 200 and json.loads(page.body)["slack_api"]["detail"] == "api.test"


def test_half_the_oauth_settings_is_a_clear_error_and_none_needs_no_bot_token() -> None:
    from bot.config import SettingsError

    half = Settings(_env_file=None, slack_signing_secret="s", slack_client_id=CLIENT_ID)
    with pytest.raises(SettingsError) as error:
        half.slack_credentials()
    assert error.value.missing == ("SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET")
    whole = Settings(
        _env_file=None,
        slack_signing_secret="s",
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_state_secret=STATE_SECRET,
    )
    assert whole.slack_credentials().bot_token == "" and whole.has_slack_tokens  # serves, with no bot token
    plain = Settings(_env_file=None, slack_signing_secret="s", slack_bot_token="xoxb-1")
    assert plain.oauth_credentials() is None and plain.slack_credentials().bot_token == "xoxb-1"


def test_a_flood_of_install_pages_is_refused_once_too_many_states_wait(
    oauth_bot: Callable[..., OAuthBot],
) -> None:
    bot = oauth_bot()
    bot.start_install()
    with bot.library.database.transaction() as conn:  # as if 10,000 pages had just been asked for
        for n in range(10_000):
            conn.execute(
                "INSERT INTO oauth_states(state, expires_at) VALUES (?, ?)", (f"s{n}", time.time() + 600)
            )

    page = get(bot.base + "/slack/install")

    assert page.status == 503 and "try again" in page.body
    with bot.library.database.read() as conn:
        assert conn.execute("SELECT COUNT(*) AS n FROM oauth_states").fetchone()["n"] == 10_001


def test_state_store_signs_expires_and_is_good_once(tmp_path: Path) -> None:
    from bot.slack.installations import SignedStateStore
    from bot.store.db import connect
    from bot.store.schema import ensure_schema

    db = connect(tmp_path / "states.db")
    ensure_schema(db)
    now = [1000.0]
    store = SignedStateStore(db, STATE_SECRET, expiration_seconds=600, clock=lambda: now[0])
    other = SignedStateStore(db, "another secret", clock=lambda: now[0])
    first, second = store.issue(), store.issue()

    assert not other.consume(first), "signed with another secret"
    assert store.consume(first) and not store.consume(first)
    now[0] += 601
    assert not store.consume(second), "expired"
