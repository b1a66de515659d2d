"""The global error handler: log the detail for us, tell the user something short and useful, no trace.

Nothing of a request whose signature was not checked (bot.slack.verify) is used here, not even to log it:
an error on such a request (Bolt's own verification raising on an odd timestamp, say) is one WARNING line.
When Slack itself is unreachable (still after the retries in retries.py) there is nobody to tell: one
clear ERROR line, no traceback, and no second attempt to post through the API that just failed.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.error import URLError

from slack_bolt import BoltContext, BoltRequest, Respond, Say
from slack_sdk.errors import SlackApiError

from bot.slack import render
from bot.slack.observability import current_request
from bot.slack.retries import ResponseUrlError
from bot.slack.verify import is_verified

logger = logging.getLogger(__name__)


def api_error_code(error: SlackApiError) -> str:
    """The Web API's error code of a failed call ("channel_not_found"), for logs and short messages."""
    return str(error.response.get("error") if error.response is not None else "unknown_error")


GENERIC = "Sorry, something went wrong while answering. Please try again, or try `/article help`."
UNAVAILABLE = "Slack is busy or unreachable right now, so I could not post the answer. Please try again soon."
NOT_IN_CHANNEL = "I can't post in this channel yet. Invite me with `/invite @Newsdesk`, then try again."
CHANNEL_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action"})
REVOKED = (
    "Newsdesk was removed from this workspace (its token was revoked), so I can't answer here."
    " An admin can add it again."
)
REVOKED_ERRORS = frozenset(
    {"token_revoked", "invalid_auth", "account_inactive", "not_authed", "token_expired"}
)
"""The workspace's token no longer works (revoked mid-request, app uninstalled): nobody to post as."""
REPLY_EVENTS = frozenset({"app_mention", "message"})
"""Events worth a reply on failure; a failed App Home refresh is only logged, not posted in the DM."""
UNAVAILABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
"""HTTP statuses meaning Slack is rate limiting us or down, rather than refusing this call."""


def slack_unavailable(error: Exception) -> str | None:
    """What made Slack unreachable (e.g. `HTTP 503 from chat.postMessage`), or None for other errors."""
    if isinstance(error, SlackApiError) and error.response.status_code in UNAVAILABLE_STATUSES:
        method = str(error.response.api_url).rsplit("/", 1)[-1]
        return f"HTTP {error.response.status_code} from {method}"
    if isinstance(error, ResponseUrlError) and error.status in UNAVAILABLE_STATUSES:
        return f"HTTP {error.status} from response_url"
    if isinstance(error, URLError | ConnectionError | TimeoutError):
        reason = error.reason if isinstance(error, URLError) else error
        return f"{type(error).__name__}: {reason}"
    return None


def user_message(error: Exception) -> str:
    if isinstance(error, SlackApiError) and error.response.get("error") in CHANNEL_ERRORS:
        return NOT_IN_CHANNEL
    return GENERIC


def handle_error(
    error: Exception,
    request: BoltRequest,
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    say: Say | None,
) -> None:
    """Registered with `app.error`; the Slack payload itself is not logged (it can carry tokens)."""
    if not is_verified(context, request.mode):
        logger.warning("Unverified request failed (%s); not answered", type(error).__name__)
        return
    kind = body.get("type") or ("command" if "command" in body else "unknown")
    event = body.get("event") or {}
    what = f"{kind} {event.get('type') or body.get('command') or ''}".strip()
    record = current_request()
    unavailable = slack_unavailable(error)
    if record is not None:
        record.failed("error" if unavailable is None else "slack_unavailable")
    if isinstance(error, SlackApiError) and error.response.get("error") in REVOKED_ERRORS:
        logger.warning(
            "Answer not delivered: the token of team %s no longer works (%s) on %s",
            context.team_id,
            error.response.get("error"),
            what,
        )
        if respond is not None and respond.response_url:  # a response_url needs no token
            _tell(respond, REVOKED)
        return
    if unavailable is not None:
        logger.error(
            "Answer not delivered: Slack unavailable (%s) on %s (team %s, channel %s)",
            unavailable,
            what,
            context.team_id,
            context.channel_id,
        )
        if isinstance(error, SlackApiError) and respond is not None and respond.response_url:
            _tell(respond, UNAVAILABLE)
        return  # events have no other way to reach the user than the API that just failed
    logger.error(
        "Listener failed on %s (team %s, channel %s)",
        what,
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


def _tell(respond: Respond, text: str) -> None:
    """The Web API failed but the response_url (another host, no token) may still work: worth one try."""
    try:
        respond(response_type="ephemeral", replace_original=False, **render.notice(text))
    except Exception as error:
        logger.warning("Could not tell the user either: %s", slack_unavailable(error) or type(error).__name__)
