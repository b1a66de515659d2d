"""serve(): credentials checked before any I/O, and a real process that becomes healthy and answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings, SettingsError
from bot.slack.serve import serve
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import post, request

ROOT = Path(__file__).resolve().parents[2]


def test_missing_credentials_name_both_settings() -> None:
    with pytest.raises(SettingsError) as error:
        serve(Settings(_env_file=None), http=True, port=0)

    assert error.value.missing == ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
    assert "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET must be set" in str(error.value)


def test_missing_signing_secret_alone() -> None:
    with pytest.raises(SettingsError, match=r"^SLACK_SIGNING_SECRET must be set"):
        Settings(_env_file=None, slack_bot_token="xoxb-1").slack_credentials()


def test_secrets_stay_out_of_reprs() -> None:
    settings = Settings(_env_file=None, slack_bot_token="xoxb-secret", slack_signing_secret="shh")

    assert "xoxb-secret" not in repr(settings)
    assert "shh" not in repr(settings.slack_credentials())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_http_process_becomes_healthy_and_answers(fake_slack: FakeSlack) -> None:
    port = free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": payloads.SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": fake_slack.api_url,
        "HOST": "127.0.0.1",
    }
    code = f"import bot.slack.serve as s, bot.config as c; s.serve(c.Settings(), http=True, port={port})"
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if request(base + "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        status, _ = post(base, payloads.command("who", fake_slack.response_url()), payloads.FORM)
        assert status == 200
        (reply,) = fake_slack.wait_for("response")
        assert reply.body["response_type"] == "ephemeral"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "xoxb-test-token" not in stderr
    assert payloads.SIGNING_SECRET not in stderr
