"""Socket Mode end to end: the real App under Bolt's SocketModeHandler (as serve.py runs it), a local fake
Socket Mode server handed out by the fake Web API's `apps.connections.open`, envelopes in, acks out.

Every wait is bounded (FakeSocketMode and FakeSlack time out with a message); none is an assertion.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from pydantic import SecretStr
from slack_bolt.adapter.socket_mode.websocket_client import SocketModeHandler

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.store import open_library
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.fake_socket_mode import FakeSocketMode

ROOT = Path(__file__).resolve().parents[2]
APP_TOKEN = "xapp-1-test-token"


def command_payload(text: str, fake: FakeSlack, hook: str = "cmd") -> dict[str, str]:
    """A slash command as Socket Mode carries it: the HTTP form fields, as a JSON object."""
    return dict(parse_qsl(payloads.command(text, fake.response_url(hook))))


def answer_in(ack: dict) -> dict:
    """The message an app put in its envelope ack (Slack shows it like a slash command's HTTP response)."""
    assert "payload" in ack, f"the ack carries no answer: {ack}"
    return ack["payload"]


@pytest.fixture
def socket_mode(fake_slack: FakeSlack) -> Iterator[FakeSocketMode]:
    server = FakeSocketMode().start()
    fake_slack.socket_mode_url = server.url
    yield server
    server.stop()


@pytest.fixture
def handler(
    settings: Settings, seed_article: Article, socket_mode: FakeSocketMode
) -> Iterator[SocketModeHandler]:
    """What serve() builds in Socket Mode, connected (serve() then blocks in `start()`)."""
    settings = settings.model_copy(update={"slack_app_token": SecretStr(APP_TOKEN)})
    handler = SocketModeHandler(build_app(settings, seed_article, store=open_library(settings)), APP_TOKEN)
    handler.connect()
    yield handler
    # close() waits for the client's ping loop to wind down (seconds); nothing depends on it, so it runs
    # beside the next test. It turns off reconnecting first, so stopping the server cannot start a new one.
    threading.Thread(target=handler.close, daemon=True).start()
    socket_mode.stop()


def test_connects_with_the_app_token_via_apps_connections_open(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    socket_mode.wait_connected()

    opened = fake_slack.to("apps.connections.open")
    assert opened and {call.headers.get("Authorization") for call in opened} == {f"Bearer {APP_TOKEN}"}
    (auth,) = fake_slack.to("auth.test")
    assert auth.headers.get("Authorization") == "Bearer xoxb-test-token", "Web API calls use the bot token"


def test_slash_command_is_acked_with_the_private_answer(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    envelope_id = socket_mode.send("slash_commands", command_payload("dates", fake_slack))

    answer = answer_in(socket_mode.wait_ack(envelope_id))
    assert answer["response_type"] == "ephemeral"
    assert answer["blocks"][0]["type"] == "header"
    assert answer["blocks"][-1]["elements"][0]["value"] == "dates", "the Share button carries the command"
    assert not fake_slack.to("response") and not fake_slack.to("chat.postMessage")


def test_mention_envelope_is_acked_then_answered_in_its_thread(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    event = json.loads(payloads.event(payloads.mention("who", ts="1700000600.000100"), event_id="EvSock1"))

    envelope_id = socket_mode.send("events_api", event)

    assert socket_mode.wait_ack(envelope_id) == {"envelope_id": envelope_id}
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted.body["channel"] == payloads.CHANNEL_ID
    assert posted.body["thread_ts"] == "1700000600.000100"
    assert posted.body["blocks"][0]["type"] == "header"


def test_a_redelivered_event_is_answered_once(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    mention = payloads.mention("summary", ts="1700000700.000100")
    event = json.loads(payloads.event(mention, event_id="EvSock2"))

    first = socket_mode.send("events_api", event)
    again = socket_mode.send("events_api", event, retry_attempt=1, retry_reason="timeout")

    socket_mode.wait_ack(first)
    socket_mode.wait_ack(again)
    fake_slack.wait_for("chat.postMessage")
    follow_up = socket_mode.send("slash_commands", command_payload("help", fake_slack))
    socket_mode.wait_ack(follow_up)  # envelopes are handled in order of arrival: the retry is long done
    assert len(fake_slack.to("chat.postMessage")) == 1


def test_reconnects_when_slack_asks_and_keeps_answering(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    """Usually back in about 0.5 s; when websocket-client closes the old socket under its own reader, that
    reader sits out its 10 s select timeout first, hence the longer bound here."""
    opened = len(fake_slack.to("apps.connections.open"))

    old = socket_mode.ask_to_reconnect()

    socket_mode.wait_replaced(old, timeout=15)
    assert len(fake_slack.to("apps.connections.open")) > opened, "a fresh URL for the new connection"
    envelope_id = socket_mode.send("slash_commands", command_payload("who", fake_slack))
    assert answer_in(socket_mode.wait_ack(envelope_id))["blocks"][0]["type"] == "header"
    socket_mode.wait_closed(old)


def test_reconnects_after_the_socket_drops_and_keeps_answering(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    """Closed by the server, then cut with no close frame at all: both times the app is back within the
    5 s wait (about 0.5-1 s here; Bolt's builtin client would take 10-50 s, see serve.py)."""
    for lose in (socket_mode.drop, socket_mode.cut):
        old = lose()

        socket_mode.wait_replaced(old)
        envelope_id = socket_mode.send("slash_commands", command_payload("source", fake_slack))
        assert answer_in(socket_mode.wait_ack(envelope_id))["response_type"] == "ephemeral"


def test_serve_in_socket_mode_answers_from_a_real_process(
    fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    """`python -m bot serve` with an app token: the CLI path, not just the handler, speaks Socket Mode."""
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": payloads.SIGNING_SECRET,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": fake_slack.api_url,
        "LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        socket_mode.wait_connected(timeout=10)
        envelope_id = socket_mode.send("slash_commands", command_payload("summary", fake_slack))
        answer = answer_in(socket_mode.wait_ack(envelope_id))
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert answer["response_type"] == "ephemeral"
    assert answer["blocks"][0]["type"] == "header"
    assert APP_TOKEN not in stderr and "xoxb-test-token" not in stderr


def interactive(form: str) -> dict:
    """An interactivity payload as Socket Mode carries it: the JSON object, not the form field."""
    return json.loads(dict(parse_qsl(form))["payload"])


def test_a_message_shortcut_envelope_is_acked_and_answered_privately(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    story = " ".join(["The council voted on Monday to close the old bridge to traffic."] * 4)
    shortcut = interactive(payloads.message_shortcut({"text": story}, fake_slack.response_url("sock")))

    envelope_id = socket_mode.send("interactive", shortcut)

    assert socket_mode.wait_ack(envelope_id) == {"envelope_id": envelope_id}
    reading, result = fake_slack.wait_for("response", 2)[:2]
    assert "Reading" in reading.body["text"] and "bridge" in result.body["text"]


def test_the_paste_modal_over_socket_mode_opens_and_shows_its_errors(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    opened = socket_mode.send("interactive", interactive(payloads.global_shortcut()))
    socket_mode.wait_ack(opened)
    (call,) = fake_slack.wait_for("views.open")
    empty = {"paste_conversation": {"conversation": {"selected_conversation": payloads.CHANNEL_ID}}}

    submitted = socket_mode.send(
        "interactive",
        interactive(payloads.view_submission(call.body["view"], empty, fake_slack.response_url())),
    )

    ack = socket_mode.wait_ack(submitted)
    assert ack["payload"]["response_action"] == "errors" and "paste_text" in ack["payload"]["errors"]


def test_an_assistant_thread_over_socket_mode_is_greeted(
    handler: SocketModeHandler, fake_slack: FakeSlack, socket_mode: FakeSocketMode
) -> None:
    event = json.loads(payloads.event(payloads.assistant_thread_started(), event_id="EvSockA"))

    socket_mode.wait_ack(socket_mode.send("events_api", event))

    (greeting,) = fake_slack.wait_for("chat.postMessage")
    assert greeting.body["thread_ts"] == "1700001000.000100"
    fake_slack.wait_for("assistant.threads.setSuggestedPrompts")
