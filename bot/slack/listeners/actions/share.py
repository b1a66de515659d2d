""" "Share in channel": answer the command again (its text rides in the button) and post it for everyone."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.slack import render
from bot.slack.command_answers import CommandAnswers


def share_answer_callback(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    respond: Respond,
    answers: CommandAnswers,
) -> None:
    ack()
    answer = answers(action.get("value", ""))
    channel = body["channel"]["id"]
    client.chat_postMessage(channel=channel, **render.message(answer, shared_by=body["user"]["id"]))
    respond(delete_original=True)
