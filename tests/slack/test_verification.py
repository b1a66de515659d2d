"""Verification first: through the real HTTP server, nothing of an unverified request is ever used (no Web
API call, no outbound request to its response_url), and a malformed body gets a 4xx, signed or not."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_bolt import App, BoltRequest

from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http import request

ODD_TIMESTAMPS = ("x", "1e9", "nan", "inf", " 1700000000", "-1", "²", "9" * 40, "0x10", "")


@pytest.fixture
def elsewhere() -> Iterator[FakeSlack]:
    """A server an attacker names as `response_url`: it must never hear from the bot."""
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def hostile_bodies(hook: str) -> list[tuple[str, str]]:
    """A slash command, a mention and a button click, each pointing at `hook` and naming a channel."""
    command = urlencode(
        {"command": "/article", "text": "summary", "channel_id": "C0CHAN01", "response_url": hook}
    )
    event = payloads.event(payloads.mention("summary"), event_id="EvUnsigned")
    action = payloads.share_action("summary", hook)
    return [(command, payloads.FORM), (event, "application/json"), (action, payloads.FORM)]


def settle_and_assert_silent(fake_slack: FakeSlack, elsewhere: FakeSlack) -> None:
    time.sleep(0.3)  # listeners, if any ran, answer after the ack
    assert fake_slack.calls == [], "no Web API call for an unverified or malformed request"
    assert elsewhere.calls == [], "no outbound request to an address the request named"


@pytest.mark.parametrize("timestamp", ODD_TIMESTAMPS)
def test_an_odd_timestamp_is_401_and_nothing_is_posted(
    timestamp: str, http_url: str, fake_slack: FakeSlack, elsewhere: FakeSlack
) -> None:
    fake_slack.reset()
    for body, content_type in hostile_bodies(elsewhere.response_url("attacker")):
        headers = {"content-type": content_type, "x-slack-signature": "v0=" + "0" * 64}
        headers["x-slack-request-timestamp"] = timestamp
        status, _ = request(http_url + "/slack/events", body, headers)
        assert status == 401, (timestamp, body[:40])
    settle_and_assert_silent(fake_slack, elsewhere)


def test_the_error_handler_ignores_unverified_requests_even_past_the_gate(
    app: App, fake_slack: FakeSlack, elsewhere: FakeSlack
) -> None:
    """The second lock: a caller of App.dispatch that skips the gate gets no answer sent anywhere."""
    fake_slack.reset()
    for body, content_type in hostile_bodies(elsewhere.response_url("attacker")):
        headers = {
            "content-type": content_type,
            "x-slack-request-timestamp": "nan",
            "x-slack-signature": "v0=",
        }
        response = app.dispatch(BoltRequest(body=body, headers=headers))
        assert response.status >= 400
    settle_and_assert_silent(fake_slack, elsewhere)


def deep(levels: int) -> str:
    return '{"type": "event_callback", "event": ' + "[" * levels + "]" * levels + "}"


MALFORMED: list[tuple[str, bytes, str]] = [
    ("truncated JSON", payloads.event(payloads.mention("summary")).encode()[:-7], "application/json"),
    ("a JSON list", b'[{"type": "event_callback"}]', "application/json"),
    ("a JSON string", b'"event_callback"', "application/json"),
    ("invalid UTF-8", b'{"type": "event_callback", "event": {"text": "\xff\xfe"}}', "application/json"),
    ("100k-deep nesting", deep(100_000).encode(), "application/json"),
    (
        "actions is a string",
        urlencode({"payload": json.dumps({"type": "block_actions", "actions": "x"})}).encode(),
        payloads.FORM,
    ),
    ("payload is a list", urlencode({"payload": "[1, 2]"}).encode(), payloads.FORM),
    ("payload is not JSON", urlencode({"payload": "{nope"}).encode(), payloads.FORM),
    ("event is a string", json.dumps({"type": "event_callback", "event": "x"}).encode(), "application/json"),
    (
        "authorizations is a string",
        json.dumps({"type": "event_callback", "authorizations": "x"}).encode(),
        "application/json",
    ),
    (
        "user is a number",
        json.dumps({"type": "block_actions", "user": 5, "actions": []}).encode(),
        "application/json",
    ),
    (  # found by the property test below: Bolt's matcher indexes actions[0]["action_id"]
        "a block action without its action_id",
        json.dumps({"type": "block_actions", "actions": [{}]}).encode(),
        "application/json",
    ),
    (
        "an action_id that is a number",
        json.dumps({"type": "block_actions", "actions": [{"action_id": 7}]}).encode(),
        "application/json",
    ),
    (
        "a shortcut's callback_id that is a list",
        json.dumps({"type": "shortcut", "callback_id": ["x"]}).encode(),
        "application/json",
    ),
    (
        "a view's callback_id that is a number",
        json.dumps({"type": "view_submission", "view": {"callback_id": 3}}).encode(),
        "application/json",
    ),
]


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
@pytest.mark.parametrize(("name", "body", "content_type"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_body_is_a_4xx_with_no_call_anywhere(
    name: str,
    body: bytes,
    content_type: str,
    signed: bool,
    http_url: str,
    fake_slack: FakeSlack,
    elsewhere: FakeSlack,
) -> None:
    fake_slack.reset()
    headers = {"content-type": content_type}
    if signed:
        headers |= sign(body, content_type)

    status, reply = raw_post(http_url, body, headers)

    assert status == (400 if signed else 401), reply
    settle_and_assert_silent(fake_slack, elsewhere)


def sign(body: bytes, content_type: str) -> dict[str, str]:
    """Slack's signature over raw bytes (payloads.signed_headers takes text)."""
    import hashlib
    import hmac

    ts = str(int(time.time()))
    digest = hmac.new(
        payloads.SIGNING_SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256
    ).hexdigest()
    return {
        "content-type": content_type,
        "x-slack-request-timestamp": ts,
        "x-slack-signature": f"v0={digest}",
    }


def raw_post(base: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(base + "/slack/events", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
FIELDS = (
    "event",
    "actions",
    "authorizations",
    "team",
    "user",
    "channel",
    "enterprise",
    "view",
    "container",
    "message",
    "item",
    "assistant_thread",
    "function_data",
    "is_enterprise_install",
    "text",
    "type",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["event_callback", "block_actions", "view_submission", "shortcut"]),
    values=st.dictionaries(st.sampled_from(FIELDS), JSON, min_size=1, max_size=4),
    inner=st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=3),
)
def test_a_signed_payload_of_any_shape_never_gets_a_500(
    kind: str, values: dict[str, Any], inner: dict[str, Any], http_url: str
) -> None:
    payload: dict[str, Any] = {"type": kind, "event": {"type": "app_mention", **inner}, **values}
    body = json.dumps(payload).encode()

    status, reply = raw_post(http_url, body, sign(body, "application/json"))

    assert status < 500, (payload, reply)
