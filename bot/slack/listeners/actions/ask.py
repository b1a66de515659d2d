""" "Quotes", "Key dates", "People" under a story read for someone: that answer about the conversation's
article, privately, with the Share button."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.slack.command_answers import CommandAnswers


def ask_article_callback(ack: Ack, action: dict[str, Any], respond: Respond, answers: CommandAnswers) -> None:
    ack()
    command = str(action.get("value") or "help")
    respond(response_type="ephemeral", replace_original=False, **answers.message(command))
