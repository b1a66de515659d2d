"""serve(): credentials checked before any I/O, a real process that becomes healthy and answers, and the
readiness report of GET /healthz with the fake Web API up, failing and gone."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from waitress.server import BaseWSGIServer

from bot.article.model import Article
from bot.config import Settings, SettingsError
from bot.slack.app import build_app
from bot.slack.health import Readiness, probe_client
from bot.slack.serve import make_server, serve
from bot.store import Library, open_library, title_of
from tests.ports import free_port
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.running import stop
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


@dataclass
class Served:
    """A real `python -m bot serve --http` process; its output is read once it has stopped."""

    base: str
    process: subprocess.Popen[str]
    stdout: str = ""
    stderr: str = ""


@contextmanager
def serving(fake_slack: FakeSlack, **env: str) -> Iterator[Served]:
    """Run the bot as a process against the fake Slack (env overrides settings), healthy when yielded."""
    port = free_port()
    environ = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": payloads.SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": fake_slack.api_url,
        "HOST": "127.0.0.1",
        **env,
    }
    command = [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    served = Served(f"http://127.0.0.1:{port}", process)
    try:
        wait_until_healthy(served)
        yield served
    finally:
        process.terminate()
        served.stdout, served.stderr = process.communicate(timeout=10)


def wait_until_healthy(served: Served) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and served.process.poll() is None:
        try:
            if request(served.base + "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    served.process.terminate()
    raise AssertionError(f"never healthy: {served.process.communicate(timeout=10)[1][-2000:]}")


def test_serve_http_process_becomes_healthy_and_answers(fake_slack: FakeSlack) -> None:
    with serving(fake_slack) as served:
        health = request(served.base + "/healthz")
        status, body = post(served.base, payloads.command("who", fake_slack.response_url()), payloads.FORM)

    assert health[0] == 200
    assert json.loads(health[1])["ready"] is True
    assert status == 200
    assert json.loads(body)["response_type"] == "ephemeral"
    assert served.process.returncode == 0, served.stderr
    assert "xoxb-test-token" not in served.stderr
    assert payloads.SIGNING_SECRET not in served.stderr


Serve = Callable[..., str]


@pytest.fixture
def serve_ready(settings: Settings, seed_article: Article) -> Iterator[Serve]:
    """Starts the real HTTP stack with a Readiness over the real library; returns its base URL."""
    running: list[tuple[BaseWSGIServer, threading.Thread]] = []

    def start(cache_seconds: float = 0.0, library: Library | None = None) -> str:
        library = library or open_library(settings)
        app = build_app(settings, seed_article, store=library)
        readiness = Readiness(probe_client(app.client), seed_article, library, cache_seconds)
        server = make_server(app, host="127.0.0.1", port=0, threads=2, readiness=readiness)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        running.append((server, thread))
        return f"http://127.0.0.1:{server.effective_port}"

    yield start
    for server, thread in running:
        stop(server, thread)


def health(base: str, method: str = "GET") -> tuple[int, dict]:
    status, body = request_method(base + "/healthz", method)
    return status, json.loads(body) if body else {}


def request_method(url: str, method: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_healthz_reports_the_article_the_library_and_the_web_api(
    serve_ready: Serve, settings: Settings, seed_article: Article
) -> None:
    base = serve_ready()

    status, report = health(base)

    assert status == 200
    assert report["ready"] is True and report["reasons"] == []
    assert report["article"] == {
        "ok": True,
        "title": title_of(seed_article),
        "id": open_library(settings).seed_id(),
    }
    assert report["library"]["ok"] is True
    assert report["slack_api"]["ok"] is True
    assert request_method(base + "/healthz", "HEAD") == (200, "")


def test_healthz_is_503_with_the_reason_while_the_web_api_fails_then_200(
    serve_ready: Serve, fake_slack: FakeSlack
) -> None:
    base = serve_ready(cache_seconds=0)
    fake_slack.fault("auth.test", 503, times=2)

    status, report = health(base)
    head, _ = request_method(base + "/healthz", "HEAD")

    assert (status, head) == (503, 503)
    assert report["ready"] is False
    assert report["slack_api"]["ok"] is False
    assert report["reasons"] == [f"slack_api: {report['slack_api']['detail']}"]
    assert report["slack_api"]["detail"].startswith("HTTP 503")
    assert report["article"]["ok"] is True  # only the API is down
    assert health(base)[0] == 200  # one probe per request, no retries: the faults are used up


def test_healthz_when_the_web_api_is_gone(serve_ready: Serve, fake_slack: FakeSlack) -> None:
    base = serve_ready(cache_seconds=0)
    fake_slack.stop()

    started = time.monotonic()
    status, report = health(base)

    assert status == 503
    assert time.monotonic() - started < 3  # one short probe, not the Web API's retry budget
    assert report["reasons"][0].startswith("slack_api: URLError")


def test_healthz_caches_the_web_api_check(serve_ready: Serve, fake_slack: FakeSlack) -> None:
    base = serve_ready(cache_seconds=60)
    fake_slack.reset()

    statuses = [health(base)[0] for _ in range(5)]

    assert statuses == [200] * 5
    assert len(fake_slack.to("auth.test")) == 1


def test_healthz_is_503_when_the_library_cannot_be_read(
    serve_ready: Serve, settings: Settings, isolated_library: Path
) -> None:
    library = open_library(settings)
    library.seed_id()
    base = serve_ready(library=library)
    with sqlite3.connect(isolated_library) as db:
        db.execute("ALTER TABLE articles RENAME TO articles_gone")

    status, report = health(base)

    assert status == 503
    assert report["library"]["ok"] is False
    assert report["reasons"] == [f"library: {report['library']['detail']}"]
    assert "articles" in report["library"]["detail"]
