"""The real HTTP stack of serve.py (waitress + Bolt's WSGI adapter) with real signed HTTP requests."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack


def request(url: str, body: str | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
    data = body.encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def post(base: str, body: str, content_type: str, **sign: Any) -> tuple[int, str]:
    return request(base + "/slack/events", body, payloads.signed_headers(body, content_type, **sign))


def test_healthz(http_url: str) -> None:
    status, body = request(http_url + "/healthz")

    assert (status, json.loads(body)["ready"]) == (200, True)


def test_unknown_path_is_404(http_url: str) -> None:
    assert request(http_url + "/nope")[0] == 404


def test_url_verification(http_url: str) -> None:
    status, body = post(http_url, payloads.url_verification("chal-123"), "application/json")

    assert status == 200
    assert json.loads(body) == {"challenge": "chal-123"}


def test_slash_command_is_answered_fast_in_the_http_response(http_url: str, fake_slack: FakeSlack) -> None:
    started = time.monotonic()
    status, body = post(http_url, payloads.command("summary", fake_slack.response_url()), payloads.FORM)
    acked = time.monotonic() - started

    assert status == 200
    assert acked < 3
    reply = json.loads(body)
    assert reply["response_type"] == "ephemeral"
    assert reply["blocks"][-1]["type"] == "actions"
    assert not fake_slack.to("response"), "the answer is the HTTP response, not a response_url post"


def test_concurrent_commands_are_all_answered(http_url: str, fake_slack: FakeSlack) -> None:
    def one(n: int) -> tuple[int, str]:
        return post(http_url, payloads.command("quotes", fake_slack.response_url(f"c{n}")), payloads.FORM)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(24)))

    assert [status for status, _ in answers] == [200] * 24
    assert all(json.loads(body)["blocks"][0]["type"] == "header" for _, body in answers)


def test_mention_over_http_and_a_retry_answered_once(http_url: str, fake_slack: FakeSlack) -> None:
    body = payloads.event(payloads.mention("summary", ts="1700000500.000100"), event_id="EvHTTP")

    assert post(http_url, body, "application/json")[0] == 200
    retry = payloads.signed_headers(body, "application/json") | {"X-Slack-Retry-Num": "1"}
    assert request(http_url + "/slack/events", body, retry)[0] == 200

    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted.body["thread_ts"] == "1700000500.000100"
    time.sleep(0.3)
    assert len(fake_slack.to("chat.postMessage")) == 1


def test_bad_signature_is_401_with_no_web_api_call(http_url: str, fake_slack: FakeSlack) -> None:
    fake_slack.reset()
    body = payloads.command("summary", fake_slack.response_url())

    status, _ = post(http_url, body, payloads.FORM, secret="forged")
    unsigned, _ = request(http_url + "/slack/events", body, {"content-type": payloads.FORM})

    time.sleep(0.3)
    assert (status, unsigned) == (401, 401)
    assert fake_slack.calls == []


def test_stale_timestamp_is_401(http_url: str, fake_slack: FakeSlack) -> None:
    fake_slack.reset()
    body = payloads.command("summary", fake_slack.response_url())

    status, _ = post(http_url, body, payloads.FORM, timestamp=int(time.time()) - 6 * 60)

    time.sleep(0.3)
    assert status == 401
    assert fake_slack.calls == []
