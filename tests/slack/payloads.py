"""Signed Slack requests, shaped like the real ones (slash command form, block_actions, Events API)."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID

SIGNING_SECRET = "test-signing-secret"
USER_ID = "U0USER01"
CHANNEL_ID = "C0CHAN01"
DM_CHANNEL_ID = "D0DM0001"
FORM = "application/x-www-form-urlencoded"


def signed_headers(
    body: str, content_type: str, *, timestamp: int | None = None, secret: str = SIGNING_SECRET
) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"content-type": content_type, "x-slack-request-timestamp": ts, "x-slack-signature": signature}


def command(text: str, response_url: str) -> str:
    return urlencode(
        {
            "token": "verification-token",
            "team_id": TEAM_ID,
            "team_domain": "newsdesk-test",
            "channel_id": CHANNEL_ID,
            "channel_name": "news",
            "user_id": USER_ID,
            "user_name": "reader",
            "command": "/article",
            "text": text,
            "api_app_id": "A0APP001",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def share_action(value: str, response_url: str) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "newsdesk-test"},
        "user": {"id": USER_ID, "username": "reader", "team_id": TEAM_ID},
        "api_app_id": "A0APP001",
        "token": "verification-token",
        "container": {
            "type": "message",
            "message_ts": "1700000000.000001",
            "channel_id": CHANNEL_ID,
            "is_ephemeral": True,
        },
        "trigger_id": "1.2.3",
        "channel": {"id": CHANNEL_ID, "name": "news"},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": "share_answer",
                "block_id": "share",
                "text": {"type": "plain_text", "text": "Share in channel"},
                "value": value,
                "action_ts": "1700000001.000001",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def event(inner: dict[str, Any], event_id: str = "Ev0001") -> str:
    return json.dumps(
        {
            "token": "verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP001",
            "event": inner,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    )


def mention(text: str, ts: str = "1700000100.000100", thread_ts: str | None = None) -> dict[str, Any]:
    inner = {
        "type": "app_mention",
        "user": USER_ID,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": CHANNEL_ID,
        "event_ts": ts,
    }
    if thread_ts:
        inner["thread_ts"] = thread_ts
    return inner


def dm(text: str, ts: str = "1700000200.000100", **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": DM_CHANNEL_ID,
        "user": USER_ID,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "im",
        **extra,
    }


def home_opened() -> dict[str, Any]:
    return {
        "type": "app_home_opened",
        "user": USER_ID,
        "channel": DM_CHANNEL_ID,
        "tab": "home",
        "event_ts": "1700000300.0",
    }


def url_verification(challenge: str) -> str:
    return json.dumps({"token": "verification-token", "challenge": challenge, "type": "url_verification"})


def interaction(payload: dict[str, Any]) -> str:
    """An interactivity request (shortcut, view submission): the JSON payload in a form field."""
    return urlencode({"payload": json.dumps(payload)})


def shortcut(kind: str, callback_id: str, **fields: Any) -> str:
    """A shortcut by the test user: `message_action` (on a message, in the channel) or global `shortcut`."""
    return interaction(
        {
            "type": kind,
            "token": "verification-token",
            "action_ts": "1700000900.000001",
            "team": {"id": TEAM_ID, "domain": "newsdesk-test"},
            "user": {"id": USER_ID, "username": "reader", "team_id": TEAM_ID},
            "is_enterprise_install": False,
            "callback_id": callback_id,
            **fields,
        }
    )


def message_shortcut(
    message: dict[str, Any], response_url: str, callback_id: str = "read_with_newsdesk"
) -> str:
    """ "Read with Newsdesk" on `message` in the test channel."""
    return shortcut(
        "message_action",
        callback_id,
        channel={"id": CHANNEL_ID, "name": "news"},
        trigger_id="1.2.4",
        response_url=response_url,
        message_ts=message.get("ts", "1700000800.000100"),
        message={"type": "message", "user": "U0OTHER1", "ts": "1700000800.000100", **message},
    )


def global_shortcut(callback_id: str = "paste_article") -> str:
    return shortcut("shortcut", callback_id, trigger_id="1.2.5")


def view_submission(
    view: dict[str, Any], values: dict[str, Any], response_url: str, *, user: str = USER_ID
) -> str:
    """The modal `view` (as views.open returned it) submitted with `values` (block -> action -> value)."""
    return interaction(
        {
            "type": "view_submission",
            "team": {"id": TEAM_ID, "domain": "newsdesk-test"},
            "user": {"id": user, "username": "reader", "team_id": TEAM_ID},
            "api_app_id": "A0APP001",
            "token": "verification-token",
            "trigger_id": "1.2.6",
            "is_enterprise_install": False,
            "view": {**view, "state": {"values": values}, "team_id": TEAM_ID, "app_id": "A0APP001"},
            "response_urls": [
                {
                    "block_id": "paste_conversation",
                    "action_id": "conversation",
                    "channel_id": CHANNEL_ID,
                    "response_url": response_url,
                }
            ],
        }
    )


def assistant_thread_started(context_channel: str | None = CHANNEL_ID, ts: str = "1700001000.000100") -> dict:
    context = {"channel_id": context_channel, "team_id": TEAM_ID} if context_channel else {}
    return {
        "type": "assistant_thread_started",
        "assistant_thread": {
            "user_id": USER_ID,
            "context": context,
            "channel_id": DM_CHANNEL_ID,
            "thread_ts": ts,
        },
        "event_ts": ts,
    }


def assistant_context_changed(context_channel: str, ts: str = "1700001000.000100") -> dict:
    return {
        "type": "assistant_thread_context_changed",
        "assistant_thread": {
            "user_id": USER_ID,
            "context": {"channel_id": context_channel, "team_id": TEAM_ID},
            "channel_id": DM_CHANNEL_ID,
            "thread_ts": ts,
        },
        "event_ts": "1700001001.000100",
    }
