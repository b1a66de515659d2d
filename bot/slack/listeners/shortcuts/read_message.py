""" "Read with Newsdesk" on any message: its file, its story (a pasted article) or its link becomes the
channel's article, through the one way in, and the person gets the summary privately with buttons for
quotes, dates and people. Ack at once; the load runs on the load pool and replaces "Reading..."."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.answers import Answer
from bot.answers import library as answers
from bot.answers.library_commands import looks_like_article
from bot.desk.library import load_into
from bot.ingest.fetch import SLACK_LINK, Loaded, from_message, from_url
from bot.ingest.web import FetchLimits
from bot.limits import Deadline
from bot.slack import render
from bot.slack.listeners.files import shared_files
from bot.slack.loads import Loads
from bot.slack.shared_files import load_slack_file, message_day
from bot.store import Library

READ_SHORTCUT = "read_with_newsdesk"
"""The message shortcut's callback_id (both manifests)."""
MIN_STORY_WORDS = 20
"""Fewer words than this are no story (a comment, an emoji): the person asked to read it, so the bar is
lower than for a DM, which must tell a pasted story from a question."""
NOTHING_READABLE = (
    "There's nothing I can read in that message: it has no link, no shared file, and it isn't a story "
    "(a few sentences at least). Try it on a message with an article's link, text or file."
)
NO_LIBRARY = "Reading messages needs the article library, which this bot runs without."


@dataclass(frozen=True)
class Readable:
    kind: Literal["file", "text", "link"]
    value: str
    name: str


def links_in(message: dict[str, Any]) -> list[str]:
    """http(s) links of a message: in its text (`<url|label>`), then its unfurled attachments."""
    found = [m.group(1) for m in SLACK_LINK.finditer(str(message.get("text") or ""))]
    for attachment in message.get("attachments") or []:
        if isinstance(attachment, dict):
            found += [str(attachment[key]) for key in ("original_url", "from_url") if attachment.get(key)]
    return [link for link in found if link.startswith(("http://", "https://"))]


def readable(message: dict[str, Any]) -> Readable | None:
    """What of a message to read: its first shared file, else its text when it reads as a long story, else
    its first link, else its text when it is a short story at least; None when it has none of these."""
    files = shared_files(message)
    if files:
        file = files[0]
        return Readable("file", file["id"], str(file.get("name") or file.get("title") or "the file"))
    text = str(message.get("text") or "")
    if looks_like_article(text):
        return Readable("text", text, "the message")
    links = links_in(message)
    if links:
        return Readable("link", links[0], links[0])
    return Readable("text", text, "the message") if len(text.split()) >= MIN_STORY_WORDS else None


def load_readable(
    found: Readable,
    client: WebClient,
    library: Library,
    channel: str,
    limits: FetchLimits,
    shared: Any,
    deadline: Deadline,
) -> Answer:
    def load() -> Loaded:
        if found.kind == "file":
            return load_slack_file(client, found.value, limits, shared=shared, deadline=deadline)
        if found.kind == "link":
            return from_url(found.value, limits, deadline=deadline)
        return from_message(found.value, shared=shared, deadline=deadline)

    return load_into(load, library, channel, answers.read_for_you)


def read_message_callback(
    ack: Ack,
    shortcut: dict[str, Any],
    respond: Respond,
    client: WebClient,
    library: Library | None,
    fetch_limits: FetchLimits,
    loads: Loads,
) -> None:
    ack()
    message = shortcut.get("message") or {}
    channel = (shortcut.get("channel") or {}).get("id")
    found = readable(message)
    if library is None or not channel or found is None:
        respond(
            response_type="ephemeral", **render.notice(NO_LIBRARY if library is None else NOTHING_READABLE)
        )
        return
    respond(response_type="ephemeral", **render.message(answers.reading(found.name)))
    shared = message_day(message.get("ts"))

    def show(answer: Answer) -> None:
        asks = render.READ_ASKS if answer.kind != "error" else ()
        respond(response_type="ephemeral", replace_original=True, **render.message(answer, asks=asks))

    loads.later(
        lambda deadline: load_readable(found, client, library, channel, fetch_limits, shared, deadline), show
    )
