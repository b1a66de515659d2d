"""Loads on their own bounded pool, through the real HTTP server: ten pages dripped a byte at a time hold no
thread that acks or answers other requests, and /healthz says 503 while the pool can take no more."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.article import Article, parse
from bot.config import SEED_ARTICLE, Settings
from bot.slack.app import build_app, load_pool
from bot.slack.health import Readiness, probe_client
from bot.slack.serve import make_server
from bot.store import Library
from tests.pages import Site
from tests.slack import payloads
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.running import stop
from tests.slack.test_http import post, request


@dataclass
class Served:
    base: str
    fake: FakeSlack

    def command(self, text: str, hook: str) -> tuple[int, str]:
        return post(self.base, payloads.command(text, self.fake.response_url(hook)), payloads.FORM)

    def results(self, hook: str) -> list[dict[str, Any]]:
        return [c.body for c in self.fake.to("response") if c.path.endswith(f"/{hook}")]


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def served(tmp_path: Path, fake_slack: FakeSlack) -> Iterator[Callable[..., Served]]:
    seed: Article = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    stops: list[Callable[[], None]] = []

    def start(**overrides: Any) -> Served:
        settings = Settings(
            _env_file=None,
            slack_bot_token=BOT_TOKEN,
            slack_signing_secret=payloads.SIGNING_SECRET,
            slack_api_url=fake_slack.api_url,
            fetch_allow_private=True,
            **{"fetch_timeout": 1.0, "fetch_deadline": 1.5, **overrides},
        )
        library = Library(tmp_path / "library.db", lambda: seed)
        loads = load_pool(settings)
        app = build_app(settings, seed, store=library, loads=loads)
        readiness = Readiness(probe_client(app.client), seed, library, 60.0, loads=loads)
        server = make_server(app, host="127.0.0.1", port=0, threads=4, readiness=readiness)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()

        def drained_stop() -> None:
            wait_until(lambda: loads.status()["running"] + loads.status()["queued"] == 0, 10)
            stop(server, thread)

        stops.append(drained_stop)
        return Served(f"http://127.0.0.1:{server.effective_port}", fake_slack)

    yield start
    for drained_stop in stops:
        drained_stop()


def wait_until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def test_ten_dripped_loads_leave_every_other_command_answered_within_3_s(
    served: Callable[..., Served], site: Site
) -> None:
    bot = served()
    with ThreadPoolExecutor(10) as pool:
        acks = list(pool.map(lambda n: bot.command(f"load {site.url('/drip')}", f"load{n}"), range(10)))
    assert [status for status, _ in acks] == [200] * 10
    assert wait_until(lambda: sum(len(bot.results(f"load{n}")) for n in range(10)) >= 10, 3)  # "Reading..."

    slowest = 0.0
    for n in range(6):
        started = time.monotonic()
        status, body = bot.command(["summary", "quotes", "dates", "who", "source", "help"][n], f"cmd{n}")
        slowest = max(slowest, time.monotonic() - started)
        assert status == 200 and json.loads(body)["blocks"]
    started = time.monotonic()
    event = payloads.event(payloads.mention("who is Landau?", ts="1700004000.000001"), "EvPool1")
    assert post(bot.base, event, "application/json")[0] == 200
    bot.fake.wait_for("chat.postMessage", timeout=3)
    slowest = max(slowest, time.monotonic() - started)
    assert slowest < 3, f"a command waited {slowest:.1f} s behind the loads"

    def finished() -> bool:
        return all(any(r.get("replace_original") for r in bot.results(f"load{n}")) for n in range(10))

    assert wait_until(finished, 15), "every load ends with an answer in place of Reading..."
    for n in range(10):
        (result,) = [r for r in bot.results(f"load{n}") if r.get("replace_original")]
        assert "took too long" in result["text"]


def test_a_saturated_pool_refuses_loads_as_busy_and_healthz_says_503_until_it_drains(
    served: Callable[..., Served], site: Site
) -> None:
    bot = served(load_threads=1, load_queue=1, fetch_deadline=2.0)
    assert request(bot.base + "/healthz")[0] == 200
    for n in range(2):
        assert bot.command(f"load {site.url('/drip')}", f"held{n}")[0] == 200
    assert wait_until(lambda: request(bot.base + "/healthz")[0] == 503, 2)
    status, body = request(bot.base + "/healthz")
    assert status == 503
    report = json.loads(body)
    assert report["loads"] == {
        "ok": False,
        "running": 1,
        "queued": 1,
        "workers": 1,
        "queue": 1,
        "detail": "all 1 load threads busy, 1 loads waiting",
    }
    assert report["reasons"] == ["loads: all 1 load threads busy, 1 loads waiting"]

    assert bot.command(f"load {site.url('/energy')}", "refused")[0] == 200
    assert wait_until(lambda: len(bot.results("refused")) >= 2, 3)
    reading, busy = bot.results("refused")
    assert "Reading" in reading["text"]
    assert busy["replace_original"] is True and "try again in a minute" in busy["text"]
    assert site.hits.count("/energy") == 0

    assert wait_until(lambda: request(bot.base + "/healthz")[0] == 200, 8), "healthy again once drained"
