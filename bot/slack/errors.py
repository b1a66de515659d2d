"""The global error handler: log the detail for us, tell the user something short and useful, no trace."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import BoltContext, Respond, Say
from slack_sdk.errors import SlackApiError

from bot.slack import render

logger = logging.getLogger(__name__)

GENERIC = "Sorry, something went wrong while answering. Please try again, or try `/article help`."
NOT_IN_CHANNEL = "I can't post in this channel yet. Invite me with `/invite @Newsdesk`, then try again."
CHANNEL_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action"})
REPLY_EVENTS = frozenset({"app_mention", "message"})
"""Events worth a reply on failure; a failed App Home refresh is only logged, not posted in the DM."""


def user_message(error: Exception) -> str:
    if isinstance(error, SlackApiError) and error.response.get("error") in CHANNEL_ERRORS:
        return NOT_IN_CHANNEL
    return GENERIC


def handle_error(
    error: Exception, body: dict[str, Any], context: BoltContext, respond: Respond | None, say: Say | None
) -> None:
    """Registered with `app.error`; the Slack payload itself is not logged (it can carry tokens)."""
    kind = body.get("type") or ("command" if "command" in body else "unknown")
    event = body.get("event") or {}
    logger.error(
        "Listener failed on %s %s (team %s, channel %s)",
        kind,
        event.get("type") or body.get("command") or "",
        context.team_id,
        context.channel_id,
        exc_info=error,
    )
    reply = render.notice(user_message(error))
    try:
        if respond is not None and respond.response_url:
            respond(response_type="ephemeral", replace_original=False, **reply)
        elif say is not None and event.get("type") in REPLY_EVENTS:
            thread = event.get("thread_ts") or (
                event.get("ts") if event.get("type") == "app_mention" else None
            )
            say(thread_ts=thread, **reply)
    except Exception:
        logger.exception("Could not tell the user about the failure")
