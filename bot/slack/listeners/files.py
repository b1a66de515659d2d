"""A file shared in a DM, or with a mention in a channel, becomes that conversation's article: post
"Reading <name>..." and edit it in place with the result.

Registered before the other message and mention listeners, so a question sent with a file loads the file.
Bolt acks the event before this listener runs, and the download runs on the load pool (bot.slack.loads),
so a slow download neither breaks the 3 s rule nor holds a listener thread. Not a lazy listener: Bolt
deep-copies the context for those, and the library (database connections, locks) cannot be copied.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Say
from slack_sdk import WebClient

from bot.answers import library as library_answers
from bot.ingest.web import FetchLimits
from bot.slack import render
from bot.slack.loads import Loads
from bot.slack.shared_files import load_shared_file, message_day
from bot.store import Library


def shared_files(event: dict[str, Any]) -> list[dict[str, Any]]:
    files = event.get("files")
    if not isinstance(files, list):
        return []
    return [file for file in files if isinstance(file, dict) and isinstance(file.get("id"), str)]


def is_file_share(event: dict[str, Any], context: dict[str, Any]) -> bool:
    """A person's file in a DM (`message`/`file_share`) or attached to a mention (`app_mention` + files)."""
    if context.get("library") is None or "bot_id" in event or not shared_files(event):
        return False
    if event.get("user") and event.get("user") == context.get("bot_user_id"):
        return False
    if event.get("type") == "app_mention":
        return True
    return event.get("channel_type") == "im" and event.get("subtype") == "file_share"


def file_share_callback(
    event: dict[str, Any],
    say: Say,
    client: WebClient,
    library: Library,
    fetch_limits: FetchLimits,
    loads: Loads,
) -> None:
    channel = event["channel"]
    mention = event.get("type") == "app_mention"
    thread = event.get("thread_ts") or (event.get("ts") if mention else None)
    file = shared_files(event)[0]  # one article per conversation: the first file is the one read
    name = str(file.get("name") or file.get("title") or "the file")
    posted = say(thread_ts=thread, **render.message(library_answers.reading(name)))
    shared = message_day(event.get("ts"))
    loads.later(
        lambda deadline: load_shared_file(
            client, file["id"], library, channel, fetch_limits, shared=shared, deadline=deadline
        ),
        lambda answer: client.chat_update(channel=channel, ts=posted["ts"], **render.message(answer)),
    )


def register(app: App) -> None:
    app.event("app_mention", matchers=[is_file_share])(file_share_callback)
    app.event("message", matchers=[is_file_share])(file_share_callback)
