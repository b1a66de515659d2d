"""No secret in any log line or anything sent to Slack: known token and signing secret, DEBUG logging, many
paths (good and bad signatures, failures, Web API faults), in-process and in a real `python -m bot serve`."""

from __future__ import annotations

import json
import logging
import time
from io import StringIO
from pathlib import Path

import pytest

from bot.article.model import Article
from bot.config import Settings
from bot.logs import log_handler
from bot.slack.app import build_app
from bot.slack.health import Readiness, probe_client
from bot.store import open_library
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import post, request
from tests.slack.test_serve import serving

ROOT = Path(__file__).resolve().parents[2]
BOT_TOKEN = "xoxb-1111-2222-SECRETBOTTOKEN"
APP_TOKEN = "xapp-1-A0-3333-SECRETAPPTOKEN"
SIGNING_SECRET = "secret-signing-0f9e8d7c6b5a"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, "SECRETBOTTOKEN", "SECRETAPPTOKEN", "0f9e8d7c6b5a")
"""The whole values and their distinctive tails (a truncated or split token is still a leak)."""
HOOK = "commands/T0001/1234567/HOOKSECRET9"
"""A response_url path shaped like Slack's (hooks.slack.com/commands/...): a password for 30 minutes."""


def assert_no_secret(text: str, where: str, secrets: tuple[str, ...] = SECRETS) -> None:
    assert text, f"nothing captured from {where}: the check would pass vacuously"
    for secret in secrets:
        assert secret not in text, f"{secret!r} leaked in {where}"


def exercise(slack: Driver, fake: FakeSlack) -> None:
    """Every kind of request, the bad ones and Web API faults included; waits for the answers."""
    hook = fake.response_url

    def command(text: str, name: str, **sign: object) -> None:
        slack.post(payloads.command(text, hook(name)), payloads.FORM, **{"secret": SIGNING_SECRET, **sign})

    def event(inner: dict, event_id: str) -> None:
        slack.post(payloads.event(inner, event_id), "application/json", secret=SIGNING_SECRET)

    command("summary", "cmd")
    command("list", "list")
    event(payloads.mention("who is Landau?", ts="1700001000.000001"), "EvS1")
    event(payloads.dm("key dates", ts="1700001000.000002"), "EvS2")
    event(payloads.home_opened(), "EvS3")
    slack.post(payloads.share_action("quotes", hook("share")), payloads.FORM, secret=SIGNING_SECRET)
    command("summary", "forged", secret="forged")
    command("summary", "stale", timestamp=int(time.time()) - 600)
    fake.wait_for("chat.postMessage", 3, timeout=15)  # mention, dm, share: before the failure is queued
    fake.fail("chat.postMessage", "not_in_channel")
    event(payloads.mention("summary", ts="1700001000.000003"), "EvS4")
    fake.wait_for("chat.postMessage", 5, timeout=15)  # mention, dm, share, EvS4 refused, "invite me"
    fake.fault("chat.postMessage", 429, times=1, retry_after=0)
    fake.drop("chat.postMessage", times=1)
    fake.fault("response", 503, times=1)
    event(payloads.mention("quotes", ts="1700001000.000004"), "EvS5")
    command("list", HOOK)
    fake.wait_for("chat.postMessage", 6, timeout=15)
    fake.wait_for("response", 4, timeout=15)  # summary (ack), list, share (delete), list again


def test_no_secret_in_debug_logs_or_slack_payloads_in_process(
    fake_slack: FakeSlack, seed_article: Article, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_app_token=APP_TOKEN,
        slack_api_url=fake_slack.api_url,
        slack_retry_backoff=0.05,
    )
    caplog.set_level(logging.DEBUG)
    ours = StringIO()
    handler = log_handler(ours, "json", "", secrets=[BOT_TOKEN, APP_TOKEN, SIGNING_SECRET])
    logging.getLogger().addHandler(handler)
    try:
        app = build_app(settings, seed_article, store=open_library(settings))
        exercise(Driver(app, fake_slack), fake_slack)
        ready, report = Readiness(probe_client(app.client), seed_article, cache_seconds=0).report()
        time.sleep(0.3)  # the last listener threads finish logging
    finally:
        logging.getLogger().removeHandler(handler)

    assert ready, report
    assert "Authorization" in caplog.text  # slack_sdk logged its request headers at DEBUG...
    assert_no_secret(caplog.text, "log messages")  # ...with the token redacted, even unfiltered
    assert_no_secret(ours.getvalue(), "the bot's JSON log lines", (*SECRETS, "HOOKSECRET9"))
    assert "/response/[redacted]" in ours.getvalue()  # slack_sdk logs response_urls: hence RedactSecrets
    assert_no_secret(fake_slack.payloads(), "what the bot sent to Slack")
    assert_no_secret(json.dumps(report), "the /healthz report")


def test_no_secret_in_the_logs_of_a_real_serve_process(fake_slack: FakeSlack) -> None:
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_RETRY_BACKOFF": "0.05",
        "LOG_LEVEL": "DEBUG",
        "LOG_FORMAT": "json",
    }
    replies: list[str] = []
    hook = fake_slack.response_url
    with serving(fake_slack, **env) as served:

        def send(body: str, content_type: str, secret: str = SIGNING_SECRET) -> None:
            replies.append(post(served.base, body, content_type, secret=secret)[1])

        send(payloads.command("summary", hook("a")), payloads.FORM)
        fake_slack.fault("response", 503, times=1)
        send(payloads.command("list", hook(HOOK)), payloads.FORM)
        send(payloads.event(payloads.mention("who?", ts="1700002000.000001"), "EvP1"), "application/json")
        fake_slack.fault("chat.postMessage", 503, times=1)
        send(payloads.event(payloads.dm("dates", ts="1700002000.000002"), "EvP2"), "application/json")
        send(payloads.command("summary", hook("c")), payloads.FORM, secret="forged")
        replies.append(request(served.base + "/healthz")[1])
        fake_slack.wait_for("chat.postMessage", 2, timeout=15)
        fake_slack.wait_for("response", 1, timeout=15)

    assert served.process.returncode == 0, served.stderr
    assert "Authorization" in served.stderr  # DEBUG really was on
    output = served.stderr + served.stdout
    assert_no_secret(output, "the serve process's output", (*SECRETS, "HOOKSECRET9"))
    assert_no_secret("\n".join(replies), "HTTP responses")
    assert_no_secret(fake_slack.payloads(), "what the bot sent to Slack")


@pytest.mark.parametrize(
    "message",
    [
        f"token {BOT_TOKEN} in a message",
        "an unknown token xoxp-9-8-7-SECRETBOTTOKEN",
        f"app token {APP_TOKEN}",
        "POST https://hooks.slack.com/commands/T0001/1234567/SECRETBOTTOKEN failed",
        f"signing with {SIGNING_SECRET}",
    ],
)
def test_log_lines_redact_tokens_response_urls_and_configured_secrets(message: str) -> None:
    stream = StringIO()
    logger = logging.getLogger("tests.redaction")
    handler = log_handler(stream, "text", "%(message)s", secrets=[SIGNING_SECRET])
    logger.addHandler(handler)
    try:
        logger.warning("%s", message)
    finally:
        logger.removeHandler(handler)

    assert "[redacted]" in stream.getvalue()
    assert_no_secret(stream.getvalue(), "a log line")


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_tracebacks_in_log_lines_are_redacted_too(log_format: str) -> None:
    stream = StringIO()
    logger = logging.getLogger("tests.redaction")
    handler = log_handler(stream, log_format, "%(message)s", secrets=[SIGNING_SECRET])
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"POST https://hooks.slack.com/{HOOK} with {BOT_TOKEN} and {SIGNING_SECRET}")
        except RuntimeError:
            logger.exception("posting failed")
    finally:
        logger.removeHandler(handler)

    assert "RuntimeError" in stream.getvalue() and "[redacted]" in stream.getvalue()
    assert_no_secret(stream.getvalue(), "a traceback", (*SECRETS, "HOOKSECRET9"))
