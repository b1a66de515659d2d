"""A file shared in Slack, loaded as an article: `files.info` for its name, type and size, then its private
URL with the bot token of the workspace it was shared in. The Slack side of a shared file: what it holds is
read by the one way in (bot.ingest), and `load_shared_file` stores it as the channel's article.

The token goes only to Slack's file server (or the configured Web API host: a test fake, a corporate
proxy), never to a redirect target, and files of the wrong type or size are refused before downloading.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answers import Answer
from bot.desk.library import load_into
from bot.ingest.fetch import Loaded, file_kind, from_bytes, too_big_file
from bot.ingest.web import FetchLimits, LoadError, fetch, origin
from bot.limits import Deadline
from bot.slack.errors import api_error_code
from bot.store import Library

logger = logging.getLogger(__name__)

SLACK_FILE_SERVER = "https://files.slack.com/"


def message_day(ts: object) -> date | None:
    """The (UTC) day of a Slack message's `ts` ("1700000400.000100"): when a shared story was shared."""
    try:
        return datetime.fromtimestamp(float(str(ts)), UTC).date()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def file_origins(api_url: str) -> frozenset[str]:
    """Where shared files may be downloaded from: Slack's file server and the Web API's own host."""
    return frozenset({origin(SLACK_FILE_SERVER), origin(api_url)})


def load_slack_file(
    client: WebClient,
    file_id: str,
    limits: FetchLimits,
    *,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """Download and read one shared file (`shared`: the day it was shared, in case it dates itself nowhere;
    `deadline`: when the whole load must be done); every failure is a LoadError a person can act on."""
    info = file_info(client, file_id)
    name = str(info.get("name") or info.get("title") or file_id)
    if info.get("is_external") or info.get("mode") in ("external", "tombstone"):
        raise LoadError(f"{name} isn't stored in Slack (or was deleted); share a link to it instead.")
    kind = file_kind(name, info.get("filetype"), info.get("mimetype"))
    size = info.get("size")
    if isinstance(size, int) and size > limits.max_bytes:
        raise LoadError(too_big_file(name, size, limits.max_bytes))
    url = info.get("url_private_download") or info.get("url_private")
    if not isinstance(url, str) or not url:
        raise LoadError(f"Slack gave me no download link for {name}.")
    api_origin = origin(client.base_url)
    download_limits = replace(limits, allow_private=limits.allow_private or origin(url) == api_origin)
    try:
        fetched = fetch(
            url,
            download_limits,
            secret_headers={"Authorization": f"Bearer {client.token}"},
            origins=file_origins(client.base_url),
            types=None,
            noun="file",
            deadline=deadline,
        )
    except LoadError as error:
        raise LoadError(f"I couldn't download {name} from Slack: {error}") from None
    if fetched.content_type == "text/html" and kind != "html":
        raise LoadError(f"Slack sent a sign-in page instead of {name}; the app needs the files:read scope.")
    return from_bytes(fetched.body, name, kind, fetched.charset, shared=shared, deadline=deadline)


def file_info(client: WebClient, file_id: str) -> dict[str, Any]:
    try:
        info = client.files_info(file=file_id).get("file")
    except SlackApiError as error:
        code = api_error_code(error)
        logger.warning("files.info failed for %s: %s", file_id, code)
        raise LoadError(f"Slack wouldn't give me that file ({code}).") from None
    if not isinstance(info, dict):
        raise LoadError("Slack wouldn't give me that file (no file in the answer).")
    return info


def load_shared_file(
    client: WebClient,
    file_id: str,
    library: Library,
    channel: str,
    limits: FetchLimits,
    *,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Answer:
    """A file shared in Slack becomes the channel's article (or a problem answer saying why not)."""
    return load_into(
        lambda: load_slack_file(client, file_id, limits, shared=shared, deadline=deadline), library, channel
    )
