"""/article subcommands and the "Share in channel" button, dispatched through a real Bolt App."""

from __future__ import annotations

import pytest

from bot.slack import render
from tests.slack.conftest import Driver
from tests.slack.fake_slack import TEAM_ID
from tests.slack.payloads import CHANNEL_ID, USER_ID

SUBCOMMANDS = ["summary", "quotes", "quotes Landau", "dates", "who", "source", "help"]


def share_button(body: dict) -> dict:
    actions = [block for block in body["blocks"] if block["type"] == "actions"]
    assert actions, "no Share button"
    return actions[0]["elements"][0]


@pytest.mark.parametrize("text", SUBCOMMANDS)
def test_each_subcommand_is_acked_then_answered_privately_with_a_share_button(
    slack: Driver, text: str
) -> None:
    response = slack.command(text)

    assert response.status == 200
    (reply,) = slack.fake.wait_for("response")
    assert reply.path == "/response/cmd"
    assert reply.body["response_type"] == "ephemeral"
    assert reply.body["text"]
    assert reply.body["blocks"][0]["type"] == "header"
    button = share_button(reply.body)
    assert button["action_id"] == render.SHARE_ACTION
    assert button["value"] == text
    assert not slack.fake.to("chat.postMessage"), "a slash command answer must stay private"


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


def test_share_posts_the_same_answer_to_the_channel_and_removes_the_private_one(slack: Driver) -> None:
    slack.command("summary")
    private = slack.fake.wait_for("response")[0].body

    response = slack.share(share_button(private)["value"])

    assert response.status == 200
    (post,) = slack.fake.wait_for("chat.postMessage")
    assert post.body["channel"] == CHANNEL_ID
    assert post.body["text"] == private["text"]
    assert [b for b in post.body["blocks"] if b["type"] == "header"] == private["blocks"][:1]
    assert not [b for b in post.body["blocks"] if b["type"] == "actions"], "no share button once shared"
    assert f"<@{USER_ID}>" in str(post.body["blocks"])
    delete = slack.fake.wait_for("response", 2)[1]
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
