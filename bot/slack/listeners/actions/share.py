""" "Share in channel": answer the command again (its text rides in the button) and post it for everyone."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.answers import answer_command
from bot.article.model import Article
from bot.slack import render


def share_answer_callback(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    respond: Respond,
    article: Article,
) -> None:
    ack()
    answer = answer_command(action.get("value", ""), article)
    channel = body["channel"]["id"]
    client.chat_postMessage(channel=channel, **render.message(answer, shared_by=body["user"]["id"]))
    respond(delete_original=True)
