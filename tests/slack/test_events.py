"""Events API: mentions, DMs with follow-ups, App Home, retries, url_verification, signatures, failures."""

from __future__ import annotations

import json
import time

from slack_bolt import App
from slack_sdk import WebClient

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.conversations import MemoryConversations
from bot.slack.errors import GENERIC
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import BOT_ID, FakeSlack
from tests.slack.payloads import CHANNEL_ID, DM_CHANNEL_ID, USER_ID


def settle(seconds: float = 0.3) -> None:
    """Give Bolt's listener threads time to (wrongly) post, before asserting that nothing more came."""
    time.sleep(seconds)


def test_mention_is_answered_in_a_thread_on_the_mention(slack: Driver) -> None:
    response = slack.event(payloads.mention("who is Landau?", ts="1700000100.000100"))

    assert response.status == 200
    (post,) = slack.fake.wait_for("chat.postMessage")
    assert post.body["channel"] == CHANNEL_ID
    assert post.body["thread_ts"] == "1700000100.000100"
    assert "Landau" in post.body["text"]


def test_mention_inside_a_thread_stays_in_that_thread(slack: Driver) -> None:
    slack.event(payloads.mention("summary", ts="1700000105.000100", thread_ts="1700000100.000100"))

    (post,) = slack.fake.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == "1700000100.000100"


def test_dm_is_answered_and_a_follow_up_remembers_who_we_talked_about(
    settings: Settings, seed_article: Article, fake_slack: FakeSlack
) -> None:
    conversations = MemoryConversations()
    slack = Driver(build_app(settings, seed_article, conversations=conversations), fake_slack)

    slack.event(payloads.dm("who is Landau?"), event_id="Ev1")
    first = slack.fake.wait_for("chat.postMessage")[0]
    slack.event(payloads.dm("what did he say?", ts="1700000201.000100"), event_id="Ev2")
    second = slack.fake.wait_for("chat.postMessage", 2)[1]

    assert first.body["channel"] == DM_CHANNEL_ID
    assert "Landau" in first.body["text"]
    assert "Landau" in second.body["text"], "the follow-up lost its subject"
    conversation = conversations.get(DM_CHANNEL_ID)
    assert conversation is not None
    assert conversation.subject == "Christopher Landau"


def test_dm_edits_joins_and_bot_messages_are_ignored(slack: Driver) -> None:
    responses = [
        slack.event(payloads.dm("edited", subtype="message_changed"), event_id="Ev1"),
        slack.event(payloads.dm("from a bot", bot_id="B0OTHER"), event_id="Ev2"),
        slack.event(payloads.dm("our own echo", bot_id=BOT_ID), event_id="Ev3"),
    ]

    settle()
    assert [r.status for r in responses] == [200, 200, 200]
    assert not slack.fake.to("chat.postMessage")


def test_app_home_publishes_headline_gist_and_commands(slack: Driver, seed_article: Article) -> None:
    slack.event(payloads.home_opened())

    (publish,) = slack.fake.wait_for("views.publish")
    assert publish.body["user_id"] == USER_ID
    view = publish.body["view"]
    assert view["type"] == "home"
    assert view["blocks"][0]["type"] == "header"
    assert view["blocks"][0]["text"]["text"].startswith("Foreign Secretary Vikram Misri")  # not the dateline
    text = json.dumps(view)
    assert "Foreign Secretary Vikram Misri" in text
    assert "/article summary" in text


def test_a_retried_delivery_is_answered_once(slack: Driver) -> None:
    body = payloads.event(payloads.mention("summary"), event_id="EvRETRY")
    first = slack.post(body, "application/json")
    slack.fake.wait_for("chat.postMessage")
    retries = []
    for attempt in (1, 2):
        headers = payloads.signed_headers(body, "application/json")
        headers |= {"x-slack-retry-num": str(attempt), "x-slack-retry-reason": "http_timeout"}
        retries.append(slack.send(body.encode(), headers))

    settle()
    assert [first.status] + [r.status for r in retries] == [200, 200, 200]
    assert len(slack.fake.to("chat.postMessage")) == 1


def test_different_events_are_all_answered(slack: Driver) -> None:
    slack.event(payloads.mention("summary", ts="1.1"), event_id="EvA")
    slack.event(payloads.mention("summary", ts="1.2"), event_id="EvB")

    posts = slack.fake.wait_for("chat.postMessage", 2)
    assert sorted(p.body["thread_ts"] for p in posts) == ["1.1", "1.2"]


def test_url_verification_echoes_the_challenge(slack: Driver) -> None:
    response = slack.post(payloads.url_verification("3eZbrw1aBm2rZgRNFdxV"), "application/json")

    assert response.status == 200
    assert "3eZbrw1aBm2rZgRNFdxV" in response.body


def test_bad_signature_is_401_and_calls_no_web_api(slack: Driver) -> None:
    slack.fake.reset()
    body = payloads.event(payloads.mention("summary"))
    headers = payloads.signed_headers(body, "application/json", secret="not-the-secret")

    response = slack.send(body.encode(), headers)

    settle()
    assert response.status == 401
    assert slack.fake.calls == []


def test_stale_timestamp_is_401(slack: Driver) -> None:
    slack.fake.reset()

    response = (
        slack.command("summary", hook="stale")
        if False
        else slack.post(
            payloads.command("summary", slack.fake.response_url()),
            payloads.FORM,
            timestamp=int(time.time()) - 600,
        )
    )

    settle()
    assert response.status == 401
    assert slack.fake.calls == []


def test_a_failing_listener_posts_a_short_message_and_no_traceback(slack: Driver) -> None:
    slack.fake.fail("chat.postMessage", "internal_error")

    slack.event(payloads.mention("summary", ts="1700000400.000100"))

    _failed, apology = slack.fake.wait_for("chat.postMessage", 2)
    assert apology.body["thread_ts"] == "1700000400.000100"
    assert apology.body["text"] == GENERIC
    assert len(apology.body["text"]) < 200
    sent = slack.fake.payloads()
    for leak in ("Traceback", "SlackApiError", 'File "', "internal_error"):
        assert leak not in apology.body["text"] and leak not in json.dumps(apology.body), leak
    assert "Traceback" not in sent


def test_client_passed_in_is_used_verbatim(
    settings: Settings, seed_article: Article, fake_slack: FakeSlack
) -> None:
    client = WebClient(token="xoxb-other", base_url=fake_slack.api_url)
    app: App = build_app(settings, seed_article, client)

    assert app.client is client
    (auth,) = fake_slack.wait_for("auth.test")
    assert auth.headers.get("Authorization") == "Bearer xoxb-other"
