"""One structured log line per Slack request (id, surface, command, latency, outcome), JSON when
LOG_FORMAT=json, and the request id on every line logged while handling it."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest

from bot.logs import log_handler
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import post
from tests.slack.test_serve import serving

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"request_id", "surface", "command", "outcome", "latency_ms", "ack_ms", "status"}


@pytest.fixture
def json_log() -> Iterator[StringIO]:
    """The bot's real JSON log handler on the root logger, at INFO, writing to a buffer."""
    stream = StringIO()
    handler = log_handler(stream, "json", "")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def lines(stream: StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def request_lines(stream: StringIO, count: int) -> list[dict]:
    """The per-request lines, once `count` have been written (listeners finish after the ack)."""
    deadline = time.monotonic() + 10
    while True:
        found = [line for line in lines(stream) if line["logger"] == "bot.slack.requests"]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def test_each_request_logs_one_json_line_with_surface_command_latency_and_outcome(
    slack: Driver, json_log: StringIO
) -> None:
    slack.command("quotes Landau")
    slack.event(payloads.mention("who?", ts="1700003000.000001"), event_id="EvO1")
    slack.event(payloads.dm("key dates", ts="1700003000.000002"), event_id="EvO2")
    slack.event(payloads.home_opened(), event_id="EvO3")
    slack.share("summary")
    slack.event(payloads.mention("who?", ts="1700003000.000001"), event_id="EvO1")  # Slack's retry
    slack.command("summary", hook="forged")
    slack.post(payloads.command("summary", slack.fake.response_url()), payloads.FORM, secret="forged")

    found = request_lines(json_log, 8)
    time.sleep(0.3)

    assert len(request_lines(json_log, 8)) == 8, "one line per request, no more"
    by_surface = sorted((line["surface"], line["command"], line["outcome"], line["status"]) for line in found)
    assert by_surface == sorted(
        [
            ("command", "/article quotes", "ok", 200),
            ("mention", "app_mention", "ok", 200),
            ("dm", "message", "ok", 200),
            ("home", "app_home_opened", "ok", 200),
            ("action", "share_answer", "ok", 200),
            ("mention", "app_mention", "duplicate", 200),
            ("command", "/article summary", "ok", 200),
            ("unverified", "", "rejected", 401),
        ]
    )
    for line in found:
        assert line.keys() >= FIELDS
        assert line["level"] == "INFO"
        assert len(line["request_id"]) == 12
        assert 0 <= line["ack_ms"] <= line["latency_ms"]
    assert len({line["request_id"] for line in found}) == 8


def test_a_failed_answer_is_one_error_line_and_a_request_line_sharing_its_id(
    slack: Driver, json_log: StringIO
) -> None:
    slack.fake.fail("chat.postMessage", "not_in_channel")

    slack.event(payloads.mention("summary", ts="1700003100.000001"), event_id="EvO9")

    (request,) = request_lines(json_log, 1)
    (error,) = [line for line in lines(json_log) if line["level"] == "ERROR"]
    assert request["outcome"] == "error"
    assert error["request_id"] == request["request_id"]
    assert "SlackApiError" in error["exc"]  # the traceback is in our log, never in Slack
    _, notice = slack.fake.wait_for("chat.postMessage", 2)
    assert "invite" in notice.body["text"].lower()
    assert "Traceback" not in json.dumps(notice.body)


def test_a_real_serve_process_writes_json_lines(fake_slack: FakeSlack) -> None:
    with serving(fake_slack, LOG_FORMAT="json", LOG_LEVEL="INFO") as served:
        post(served.base, payloads.command("dates", fake_slack.response_url()), payloads.FORM)
        post(served.base, payloads.event(payloads.dm("who?"), "EvJ1"), "application/json")
        fake_slack.wait_for("chat.postMessage")
        time.sleep(0.3)

    records = [json.loads(line) for line in served.stderr.splitlines()]  # every line is JSON
    requests = [r for r in records if r["logger"] == "bot.slack.requests"]
    assert [(r["surface"], r["command"], r["outcome"]) for r in requests] == [
        ("command", "/article dates", "ok"),
        ("dm", "message", "ok"),
    ]
    assert all(r.keys() >= FIELDS for r in requests)
    assert any("listening on" in r["message"] for r in records)
