"""`/article <sub>`: ack within Slack's 3 s, then answer privately with a button to share it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.answers import answer_command
from bot.article.model import Article
from bot.slack import render


def article_command_callback(ack: Ack, command: dict[str, Any], respond: Respond, article: Article) -> None:
    ack()
    text = (command.get("text") or "").strip()
    answer = answer_command(text, article)
    respond(response_type="ephemeral", **render.message(answer, share=text))
