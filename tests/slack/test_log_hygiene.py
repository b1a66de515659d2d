"""Logs of a real `serve --http` process at DEBUG: no request body, no response_url, no `token=` field, and no
line an attacker can forge with a newline, whatever the request (unsigned, late, signed and hostile)."""

from __future__ import annotations

import json
import logging
import re
import time
from io import StringIO
from urllib.parse import urlencode

import pytest

from bot.logs import log_handler, one_line
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import post, request
from tests.slack.test_serve import serving

HOOK = "commands/T0001/1234567/HOOKSECRET9"
FORGED = (
    "\n2026-01-01 00:00:00,000 ERROR bot: FORGED\r\n2026-01-01 00:00:01,000 INFO bot:\u2028FORGED\x85FORGED"
)
RECORD = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+: ")
TOKEN_FIELD = re.compile(r"token(=|%3D|\"\s*:\s*\")(?!\[redacted\])", re.IGNORECASE)


def slack_command(text: str, response_url: str) -> str:
    return payloads.command(text, response_url).replace("verification-token", "VERIFYTOKEN42")


def assert_clean(output: str) -> None:
    assert output, "nothing logged: the checks would pass vacuously"
    for line in output.split("\n"):
        assert not line or RECORD.match(line) or line.startswith("    "), (
            f"a line not written by us: {line!r}"
        )
    for leak in ("HOOKSECRET9", "VERIFYTOKEN42", "UNSIGNEDMARKER", "hooks.slack.com%2Fcommands"):
        assert leak not in output, leak
    assert not TOKEN_FIELD.search(output), TOKEN_FIELD.search(output)


def test_a_real_process_at_debug_logs_no_body_no_response_url_no_token_and_no_forged_line(
    fake_slack: FakeSlack,
) -> None:
    slack_hook = "https://hooks.slack.com/" + HOOK
    unsigned = urlencode({"token": "VERIFYTOKEN42", "response_url": slack_hook, "text": "UNSIGNEDMARKER"})
    with serving(fake_slack, LOG_LEVEL="DEBUG", LOG_FORMAT="text") as served:
        events = served.base + "/slack/events"
        for timestamp in ("x", "nan", str(int(time.time()))):
            headers = {"content-type": payloads.FORM, "x-slack-request-timestamp": timestamp}
            assert request(events, unsigned + FORGED, headers | {"x-slack-signature": "v0=0"})[0] == 401
        late = slack_command("summary", slack_hook)
        assert post(served.base, late, payloads.FORM, timestamp=int(time.time()) - 400)[0] == 401
        signed = slack_command("quotes" + FORGED, fake_slack.response_url(HOOK))
        assert post(served.base, signed, payloads.FORM)[0] == 200
        assert (
            post(served.base, slack_command("list", fake_slack.response_url(HOOK)), payloads.FORM)[0] == 200
        )
        dm = payloads.event(payloads.dm("who?" + FORGED, ts="1700009000.000001"), "EvLog1")
        assert post(served.base, dm, "application/json")[0] == 200
        fake_slack.wait_for("chat.postMessage", timeout=15)
        fake_slack.wait_for("response", timeout=15)
        time.sleep(0.3)

    assert "DEBUG" in served.stderr  # the most talkative level really was on
    assert_clean(served.stderr)


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_every_record_is_one_line_whatever_its_message_holds(log_format: str) -> None:
    stream = StringIO()
    logger = logging.getLogger("tests.hygiene")
    handler = log_handler(stream, log_format, "%(asctime)s %(levelname)s %(name)s: %(message)s")
    logger.addHandler(handler)
    try:
        logger.warning("asked %s", "x" + FORGED + "\x1b[31m")
        try:
            raise ValueError("boom" + FORGED)
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)

    lines = stream.getvalue().splitlines()  # splitlines breaks at \u2028 and \x85 too
    if log_format == "json":
        assert len(lines) == 2
        assert [json.loads(line)["level"] for line in lines] == ["WARNING", "ERROR"]
    else:
        assert [bool(RECORD.match(line)) for line in lines if not line.startswith("    ")] == [True, True]
    assert "\x1b" not in stream.getvalue()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("plain words", "plain words"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("tab\tstays", "tab\tstays"),
        ("a\u2028b", "a\\u2028b"),
        ("esc\x1b[0m", "esc\\x1b[0m"),
    ],
)
def test_one_line(text: str, kept: str) -> None:
    assert one_line(text) == kept


@pytest.mark.parametrize(
    "message",
    [
        "token=VERIFYTOKEN42&team_id=T1",
        "token%3DVERIFYTOKEN42%26team_id",
        '{"token": "VERIFYTOKEN42"}',
        "{'token': 'VERIFYTOKEN42'}",
        "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0001%2F1234567%2FHOOKSECRET9",
        '"https:\\/\\/hooks.slack.com\\/commands\\/T0001\\/1234567\\/HOOKSECRET9"',
        "Invalid request signature detected (signature: v0=1, timestamp: 1, body: text=UNSIGNEDMARKER)",
        "Skipped self event: {'text': 'UNSIGNEDMARKER'}",
    ],
)
def test_token_fields_encoded_response_urls_and_bolt_bodies_never_print(message: str) -> None:
    stream = StringIO()
    logger = logging.getLogger("tests.hygiene")
    handler = log_handler(stream, "text", "%(message)s")
    logger.addHandler(handler)
    try:
        logger.info("%s", message)
    finally:
        logger.removeHandler(handler)

    for leak in ("VERIFYTOKEN42", "HOOKSECRET9", "UNSIGNEDMARKER"):
        assert leak not in stream.getvalue()
