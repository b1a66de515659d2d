"""Web API faults injected at the fake Slack (429 + Retry-After, 5xx, dropped connections, long outages):
each answer arrives exactly once after the fault clears, or leaves one clear ERROR line and a healthy app."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import pytest
from slack_bolt import App

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.errors import UNAVAILABLE
from bot.slack.health import Readiness, probe_client
from bot.slack.serve import make_server
from bot.store import open_library
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import FakeSlack
from tests.slack.running import stop
from tests.slack.test_http import post, request

FAST_RETRIES = {"slack_retries": 4, "slack_retry_backoff": 0.05, "slack_retry_budget": 10.0}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The suite's settings with a short backoff, so a few retries take about a second, not several."""
    return settings.model_copy(update=FAST_RETRIES)


@pytest.fixture
def library_slack(settings: Settings, seed_article: Article, fake_slack: FakeSlack) -> Driver:
    """An app with the article library, whose `/article list` answers on the response_url."""
    return Driver(build_app(settings, seed_article, store=open_library(settings)), fake_slack)


def mention(slack: Driver, n: int) -> None:
    ts = f"1700000900.{n:06d}"
    assert slack.event(payloads.mention("summary", ts=ts), event_id=f"EvFault{n}").status == 200


def wait_for_log(caplog: pytest.LogCaptureFixture, found: Callable[[logging.LogRecord], bool]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if any(found(record) for record in list(caplog.records)):
            return
        time.sleep(0.02)
    raise AssertionError(f"no such log record in {[r.getMessage() for r in caplog.records]}")


def our_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """ERROR lines of the bot (slack_sdk adds its own, e.g. about a 5xx page not being JSON)."""
    return [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("bot.")]


def test_rate_limited_post_waits_for_retry_after_then_answers_once(
    slack: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    slack.fake.fault("chat.postMessage", 429, times=2, retry_after=1)
    started = time.monotonic()

    mention(slack, 1)
    (posted,) = slack.fake.wait_for("chat.postMessage", timeout=15)

    assert time.monotonic() - started >= 2  # Retry-After: 1, twice
    assert posted.body["thread_ts"] == "1700000900.000001"
    assert len(slack.fake.faulted) == 2
    time.sleep(0.2)
    assert len(slack.fake.to("chat.postMessage")) == 1
    retries = [r.getMessage() for r in caplog.records if r.name == "bot.slack.retries"]
    assert len(retries) == 2 and all("(HTTP 429); retry" in line for line in retries)


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_retried_with_backoff_and_answered_once(slack: Driver, status: int) -> None:
    slack.fake.fault("chat.postMessage", status, times=3)

    mention(slack, 2)

    slack.fake.wait_for("chat.postMessage", timeout=15)
    time.sleep(0.2)
    assert len(slack.fake.to("chat.postMessage")) == 1
    assert [call.method for call in slack.fake.faulted] == ["chat.postMessage"] * 3


def test_dropped_connections_are_retried_and_answered_once(slack: Driver) -> None:
    slack.fake.drop("chat.postMessage", times=2)

    mention(slack, 3)

    slack.fake.wait_for("chat.postMessage", timeout=15)
    time.sleep(0.2)
    assert len(slack.fake.to("chat.postMessage")) == 1
    assert len(slack.fake.faulted) == 2


@pytest.mark.parametrize(
    "inject",
    [
        lambda fake: fake.fault("response", 429, times=1, retry_after=1),
        lambda fake: fake.fault("response", 503, times=2),
        lambda fake: fake.drop("response", times=2),
    ],
    ids=["429", "503", "drop"],
)
def test_response_url_posts_are_retried_too(
    library_slack: Driver, inject: Callable[[FakeSlack], None]
) -> None:
    inject(library_slack.fake)

    assert library_slack.command("list", hook="listing").status == 200

    (reply,) = library_slack.fake.wait_for("response", timeout=15)
    assert reply.path == "/response/listing"
    assert reply.body["response_type"] == "ephemeral"
    time.sleep(0.2)
    assert len(library_slack.fake.to("response")) == 1


def test_outage_past_the_budget_logs_one_clear_error_and_the_app_stays_healthy(
    slack: Driver, caplog: pytest.LogCaptureFixture, settings: Settings, seed_article: Article
) -> None:
    caplog.set_level(logging.INFO)
    slack.app = build_app(settings.model_copy(update={"slack_retry_budget": 1.0}), seed_article)
    slack.fake.fault("chat.postMessage", 503, times=1000)
    started = time.monotonic()

    mention(slack, 4)
    wait_for_log(caplog, lambda r: r.name == "bot.slack.errors")
    gave_up = time.monotonic() - started

    (error,) = our_errors(caplog)
    assert error.getMessage().startswith(
        "Answer not delivered: Slack unavailable (HTTP 503 from chat.postMessage) on event_callback"
    )
    assert error.exc_info is None  # a clear line, not a traceback
    assert gave_up < 1.0 + 1.0 + 1.0  # the budget, plus one jitter, plus the last attempt
    assert slack.fake.to("chat.postMessage") == []  # nothing half-posted, no second try to report it
    wait_for_log(caplog, lambda r: getattr(r, "outcome", "") == "slack_unavailable")

    slack.fake.recover()
    mention(slack, 5)
    (posted,) = slack.fake.wait_for("chat.postMessage")
    assert posted.body["thread_ts"] == "1700000900.000005"
    wait_for_log(caplog, lambda r: getattr(r, "outcome", "") == "ok")


def test_retry_after_longer_than_the_budget_gives_up_at_once(
    slack: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    slack.fake.fault("chat.postMessage", 429, times=1, retry_after=60)
    started = time.monotonic()

    mention(slack, 6)
    wait_for_log(caplog, lambda r: r.name == "bot.slack.errors")

    assert time.monotonic() - started < 5  # not 60 s
    (error,) = our_errors(caplog)
    assert "Slack unavailable (HTTP 429 from chat.postMessage)" in error.getMessage()
    assert slack.fake.to("chat.postMessage") == []


def test_response_url_outage_is_logged_not_dropped_silently(
    library_slack: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt's own respond() returns a failed post without raising; ours raises, so the error is logged."""
    library_slack.fake.fault("response", 503, times=1000)

    library_slack.command("list", hook="hooksecret42")
    wait_for_log(caplog, lambda r: r.name == "bot.slack.errors")

    (error,) = our_errors(caplog)
    assert "Slack unavailable (HTTP 503 from response_url)" in error.getMessage()
    assert "Slack response_url failed (HTTP 503); retry 1" in caplog.text
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert not any("hooksecret42" in line for line in ours)  # a response_url works as a password


def test_share_with_the_web_api_down_tells_the_user_on_the_response_url(
    slack: Driver, caplog: pytest.LogCaptureFixture, settings: Settings, seed_article: Article
) -> None:
    slack.app = build_app(settings.model_copy(update={"slack_retry_budget": 0.5}), seed_article)
    slack.fake.fault("chat.postMessage", 503, times=1000)

    slack.share("summary", hook="shared")

    (notice,) = slack.fake.wait_for("response", timeout=15)
    assert notice.path == "/response/shared"
    assert notice.body["text"] == UNAVAILABLE
    assert notice.body["response_type"] == "ephemeral"
    (error,) = our_errors(caplog)
    assert "Slack unavailable (HTTP 503 from chat.postMessage) on block_actions" in error.getMessage()


def test_over_http_requests_are_acked_and_healthz_tracks_slack_through_an_outage(
    app: App, fake_slack: FakeSlack, seed_article: Article
) -> None:
    readiness = Readiness(probe_client(app.client), seed_article, cache_seconds=0)
    server = make_server(app, host="127.0.0.1", port=0, threads=2, readiness=readiness)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    try:
        fake_slack.fault("chat.postMessage", 503, times=2)
        fake_slack.fault("auth.test", 503, times=1)
        body = payloads.event(payloads.mention("who", ts="1700000950.000001"), event_id="EvOutage")

        assert post(base, body, "application/json")[0] == 200  # acked whatever Slack's state
        assert request(base + "/healthz")[0] == 503
        (posted,) = fake_slack.wait_for("chat.postMessage", timeout=15)
        assert request(base + "/healthz")[0] == 200
    finally:
        stop(server, thread)
    assert posted.body["thread_ts"] == "1700000950.000001"
    assert len(fake_slack.to("chat.postMessage")) == 1
