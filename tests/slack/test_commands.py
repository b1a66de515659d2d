"""/article subcommands and the "Share in channel" button, dispatched through a real Bolt App."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from slack_bolt import App

from bot.article.model import Article
from bot.article.parse import parse
from bot.slack import render
from bot.slack.command_answers import CommandAnswers
from tests.slack.conftest import Driver
from tests.slack.fake_slack import TEAM_ID, FakeSlack
from tests.slack.payloads import CHANNEL_ID, USER_ID

SUBCOMMANDS = ["summary", "quotes", "quotes Landau", "dates", "who", "source", "help"]


def share_button(body: dict) -> dict:
    actions = [block for block in body["blocks"] if block["type"] == "actions"]
    assert actions, "no Share button"
    return actions[0]["elements"][0]


@pytest.mark.parametrize("text", SUBCOMMANDS)
def test_each_subcommand_is_answered_privately_in_the_http_response_with_a_share_button(
    slack: Driver, text: str
) -> None:
    response = slack.command(text)

    assert response.status == 200
    body = json.loads(response.body)
    assert body["response_type"] == "ephemeral"
    assert body["text"]
    assert body["blocks"][0]["type"] == "header"
    button = share_button(body)
    assert button["action_id"] == render.SHARE_ACTION
    assert button["value"] == text
    (reply,) = slack.fake.to("response")
    assert (reply.via, reply.path) == ("ack", "/ack/cmd")
    assert not [call for call in slack.fake.calls if call.via != "ack" and call.method != "auth.test"], (
        "the answer is the HTTP response: no response_url post, and nothing in the channel"
    )


def test_summary_cites_paragraphs(slack: Driver) -> None:
    slack.command("summary")

    (reply,) = slack.fake.wait_for("response")
    contexts = [e["text"] for b in reply.body["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any(text.startswith("Source: ¶1") for text in contexts), contexts


@pytest.mark.parametrize("text", ["", "frobnicate", "what is this?"])
def test_unknown_or_empty_subcommand_gets_help(slack: Driver, text: str) -> None:
    slack.command(text)

    (reply,) = slack.fake.wait_for("response")
    assert "/article summary" in reply.body["text"]
    assert "/article quotes" in reply.body["text"]


def test_spacing_does_not_change_the_answer_and_the_button_carries_the_tidy_command(slack: Driver) -> None:
    tidy = json.loads(slack.command("quotes Landau").body)
    spaced = json.loads(slack.command("  quotes   Landau ").body)

    assert spaced == tidy
    assert share_button(spaced)["value"] == "quotes Landau"


def test_each_article_gets_its_own_rendered_answer(
    make_app: Callable[..., App], fake_slack: FakeSlack
) -> None:
    """The rendered-answer cache is per article: another article's answer is never served from it."""
    one = Driver(make_app(parse('"We will build it," said Ann Lee, the mayor, on Monday.')), fake_slack)
    two = Driver(make_app(parse('"We will stop it," said Bo Chan, the governor, on Friday.')), fake_slack)

    first, second = (json.loads(driver.command("quotes").body)["text"] for driver in (one, two))

    assert "Ann Lee" in first and "Bo Chan" not in first
    assert "Bo Chan" in second and "Ann Lee" not in second


def test_rendered_messages_are_cached_per_command_and_match_a_fresh_render(seed_article: Article) -> None:
    answers = CommandAnswers(seed_article)

    message = answers.message("dates")

    assert answers.message(" dates ") is message, "a repeat is served from the cache"
    assert message == render.message(answers("dates"), share="dates")
    long_text = "quotes " + "x" * 500
    assert answers.message(long_text) == render.message(answers(long_text), share=" ".join(long_text.split()))


def test_share_posts_the_same_answer_to_the_channel_and_removes_the_private_one(slack: Driver) -> None:
    private = json.loads(slack.command("summary").body)

    response = slack.share(share_button(private)["value"])

    assert response.status == 200
    (post,) = slack.fake.wait_for("chat.postMessage")
    assert post.body["channel"] == CHANNEL_ID
    assert post.body["text"] == private["text"]
    assert [b for b in post.body["blocks"] if b["type"] == "header"] == private["blocks"][:1]
    assert not [b for b in post.body["blocks"] if b["type"] == "actions"], "no share button once shared"
    assert f"<@{USER_ID}>" in str(post.body["blocks"])
    (delete,) = [call for call in slack.fake.wait_for("response", 2) if call.via == "response_url"]
    assert delete.path == "/response/share"
    assert delete.body.get("delete_original") is True
    assert post.headers.get("Authorization") == "Bearer xoxb-test-token"
    assert TEAM_ID


def test_share_where_the_bot_is_not_invited_says_how_to_fix_it(slack: Driver) -> None:
    slack.fake.fail("chat.postMessage", "not_in_channel")

    slack.share("summary")

    (reply,) = slack.fake.wait_for("response")
    assert reply.body["response_type"] == "ephemeral"
    assert "/invite @Newsdesk" in reply.body["text"]
    assert "Traceback" not in slack.fake.payloads()
