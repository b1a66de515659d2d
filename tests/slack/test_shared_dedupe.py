"""Exactly once across processes: two real bot processes share one library database, Slack delivers the
same event to both (the second as a retry), and exactly one answer reaches the fake Web API."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.ports import free_port
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


def post_event(base: str, body: str, retry: int | None = None) -> tuple[int, dict[str, str]]:
    """POST a signed event; the status and the response headers."""
    headers = payloads.signed_headers(body, "application/json")
    if retry is not None:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    req = urllib.request.Request(base + "/slack/events", data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        return error.code, {}


def wait_healthy(base: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    _, stderr = process.communicate(timeout=5) if process.poll() is not None else ("", "")
    pytest.fail(f"bot at {base} did not become healthy: {stderr}")


@pytest.fixture
def database_env(library_location: Path | str) -> dict[str, str]:
    """The environment that points both processes at one library: a SQLite file or a PostgreSQL URL."""
    if isinstance(library_location, Path):
        return {"NEWSDESK_DB": str(library_location), "DATABASE_URL": ""}
    return {"DATABASE_URL": library_location}


@pytest.fixture
def two_bots(fake_slack: FakeSlack, database_env: dict[str, str]) -> Iterator[list[str]]:
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": payloads.SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": fake_slack.api_url,
        "HOST": "127.0.0.1",
        **database_env,
    }
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for port in ports
    ]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for base, process in zip(bases, processes, strict=True):
            wait_healthy(base, process)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            _, stderr = process.communicate(timeout=10)
            assert process.returncode == 0, stderr


def test_an_event_delivered_to_two_processes_is_answered_once(
    two_bots: list[str], fake_slack: FakeSlack
) -> None:
    first, second = two_bots
    body = payloads.event(payloads.mention("summary", ts="1700000900.000100"), event_id="EvTwice")

    with ThreadPoolExecutor(2) as pool:  # at the same moment, so both claims race in the database
        original = pool.submit(post_event, first, body)
        retried = pool.submit(post_event, second, body, 1)
        responses = [original.result(), retried.result()]

    assert [status for status, _ in responses] == [200, 200]
    assert sorted(headers.get("x-slack-no-retry", "") for _, headers in responses) == ["", "1"]
    (answer,) = fake_slack.wait_for("chat.postMessage")
    assert answer.body["thread_ts"] == "1700000900.000100"

    # A later retry to either process is skipped too; a new event on the second process is answered.
    assert post_event(first, body, 2)[1].get("x-slack-no-retry") == "1"
    assert post_event(second, body, 3)[1].get("x-slack-no-retry") == "1"
    fresh = payloads.event(payloads.mention("who", ts="1700000901.000100"), event_id="EvFresh")
    assert "x-slack-no-retry" not in post_event(second, fresh)[1]
    answers = fake_slack.wait_for("chat.postMessage", 2)
    assert sorted(a.body["thread_ts"] for a in answers) == ["1700000900.000100", "1700000901.000100"]
    assert len(fake_slack.to("chat.postMessage")) == 2
