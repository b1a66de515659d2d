"""`/article <sub>`: ack within Slack's 3 s, then answer privately with a button to share it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.slack import render
from bot.slack.command_answers import CommandAnswers


def article_command_callback(
    ack: Ack, command: dict[str, Any], respond: Respond, answers: CommandAnswers
) -> None:
    ack()
    text = (command.get("text") or "").strip()
    respond(response_type="ephemeral", **render.message(answers(text), share=text))
