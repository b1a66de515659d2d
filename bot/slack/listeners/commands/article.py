"""`/article <sub>`: the private answer, with a button to share it, goes in the HTTP response itself.

Answering in the ack body reaches the user in one round trip instead of an extra POST to `response_url`,
and every subcommand here is answered from memory well inside Slack's 3 s; slow work (`load <url>`) is
the library listener's, which acks first and answers later.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack

from bot.slack import render
from bot.slack.command_answers import CommandAnswers
from bot.slack.errors import GENERIC

logger = logging.getLogger(__name__)


def article_command_callback(ack: Ack, command: dict[str, Any], answers: CommandAnswers) -> None:
    try:
        message = answers.message(command.get("text") or "")
    except Exception:
        # Caught here, not left to the error handler: a listener that raises after ack() makes Bolt drop
        # the ack (Slack then sees no answer for 3 s), and before ack() there is nothing to answer with.
        logger.exception("/article failed in channel %s", command.get("channel_id"))
        message = render.notice(GENERIC)
    ack(response_type="ephemeral", **message)
