"""`/article load|list|use|forget`: the channel's article library. Ack at once; loading runs after the ack.

Bolt answers Slack as soon as `ack()` is called, so a slow site never breaks the 3 s deadline, and the load
itself runs on the load pool (bot.slack.loads), so it never holds a listener thread either. Loading posts
"Reading..." and then replaces it with the result, in channel, because the new article changes what
everyone in the channel gets answered.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.answers import library as library_answers
from bot.answers.library_commands import parse_library_command
from bot.desk.library import run
from bot.ingest.fetch import FetchLimits
from bot.slack import render
from bot.slack.loads import Loads
from bot.store import Library


def is_library_command(command: dict[str, Any], context: dict[str, Any]) -> bool:
    return context.get("library") is not None and parse_library_command(command.get("text") or "") is not None


def library_command_callback(
    ack: Ack,
    command: dict[str, Any],
    respond: Respond,
    library: Library,
    fetch_limits: FetchLimits,
    loads: Loads,
) -> None:
    ack()
    library_command = parse_library_command(command.get("text") or "")
    assert library_command is not None  # the matcher saw it
    channel = command["channel_id"]
    if library_command.verb == "load":
        respond(response_type="in_channel", **render.message(library_answers.reading("the article")))
        loads.later(
            lambda deadline: run(library_command, library, channel, fetch_limits, deadline=deadline),
            lambda answer: respond(
                response_type="in_channel", replace_original=True, **render.message(answer)
            ),
        )
        return
    answer = run(library_command, library, channel, deadline=loads.deadline())
    respond(response_type="ephemeral", **render.message(answer))
