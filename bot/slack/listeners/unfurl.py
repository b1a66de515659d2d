"""`link_shared`: a link to one of NEWSDESK_UNFURL_DOMAINS was posted; read it and answer `chat.unfurl`
with headline, gist and key date. The article is stored in the library (not made current anywhere).

Runs after Bolt's automatic ack of the event, like every event listener here (see files.py for why not a
lazy listener). A page that can't be read as an article, or a refused unfurl, is logged: no preview, no
message, never a crash.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.ingest.web import FetchLimits
from bot.slack import render
from bot.slack.unfurl import links_to_preview, preview
from bot.store import Library

logger = logging.getLogger(__name__)


def link_shared_callback(
    event: dict[str, Any],
    client: WebClient,
    library: Library | None,
    fetch_limits: FetchLimits,
    unfurl_domains: frozenset[str],
) -> None:
    urls = links_to_preview(event.get("links") or [], unfurl_domains)
    if library is None or not urls:
        return
    unfurls: dict[str, dict[str, Any]] = {}
    for url in urls:
        answer = preview(url, library, fetch_limits)
        if answer is not None:
            unfurls[url] = render.unfurl(answer)
    if not unfurls:
        return
    if event.get("unfurl_id") and event.get("source"):
        target = {"unfurl_id": event["unfurl_id"], "source": event["source"]}
    else:
        target = {"channel": event.get("channel"), "ts": event.get("message_ts")}
    try:
        client.chat_unfurl(unfurls=unfurls, **target)
    except SlackApiError as error:
        logger.warning("chat.unfurl refused %d link(s): %s", len(unfurls), error.response.get("error"))


def register(app: App) -> None:
    app.event("link_shared")(link_shared_callback)
