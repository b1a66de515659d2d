"""A DM that loads an article (`load <link>`, `load` + pasted text, or a long pasted story) or runs
`list`/`use`/`forget`: post "Reading..." and edit it in place with chat.update once the article is in (the
load runs on the load pool, bot.slack.loads)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Say
from slack_sdk import WebClient

from bot.answers import library as library_answers
from bot.answers.library_commands import looks_like_article, parse_library_command
from bot.desk.library import load_pasted, run
from bot.ingest.fetch import FetchLimits
from bot.slack import render
from bot.slack.listeners.messages.direct_message import is_dm
from bot.slack.loads import Loads
from bot.slack.shared_files import message_day
from bot.store import Library


def is_dm_library_message(event: dict[str, Any], context: dict[str, Any]) -> bool:
    if context.get("library") is None or not is_dm(event):
        return False
    text = event.get("text") or ""
    return parse_library_command(text) is not None or looks_like_article(text)


def library_message_callback(
    event: dict[str, Any],
    say: Say,
    client: WebClient,
    library: Library,
    fetch_limits: FetchLimits,
    loads: Loads,
) -> None:
    channel = event["channel"]
    text = event.get("text") or ""
    command = parse_library_command(text)
    if command is not None and command.verb != "load":
        say(**render.message(run(command, library, channel, deadline=loads.deadline())))
        return
    posted = say(**render.message(library_answers.reading("the article")))
    shared = message_day(event.get("ts"))
    loads.later(
        lambda deadline: (
            load_pasted(text, library, channel, shared=shared, deadline=deadline)
            if command is None
            else run(command, library, channel, fetch_limits, shared=shared, deadline=deadline)
        ),
        lambda answer: client.chat_update(channel=channel, ts=posted["ts"], **render.message(answer)),
    )
