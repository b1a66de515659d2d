"""`/article follow|unfollow|feeds|digest|search|timeline`: the channel's desk. Ack at once; the work (a
feed fetch, a search) runs after the ack. What changes the channel's desk is answered in channel."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.desk.commands import parse_desk_command
from bot.desk.service import Desk
from bot.slack import render
from bot.slack.desk import user_zone

PUBLIC = frozenset({"follow", "unfollow", "digest"})
"""Verbs whose answer everyone in the channel should see (the desk changed, or a digest was asked)."""
SLACK_VERBS = frozenset({"follow", "unfollow", "feeds", "digest", "search", "timeline"})


def is_desk_command(command: dict[str, Any], context: dict[str, Any]) -> bool:
    parsed = parse_desk_command(command.get("text") or "")
    return context.get("desk") is not None and parsed is not None and parsed.verb in SLACK_VERBS


def desk_command_callback(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, desk: Desk
) -> None:
    ack()
    parsed = parse_desk_command(command.get("text") or "")
    assert parsed is not None  # the matcher saw it
    channel, team = command["channel_id"], command.get("team_id")
    if parsed.verb == "follow":
        respond(response_type="in_channel", **render.notice("Reading the feed…"))
        followed = desk.follow(channel, parsed.argument, team)
        visibility = "ephemeral" if followed.answer.kind == "error" else "in_channel"
        respond(response_type=visibility, replace_original=True, **render.message(followed.answer))
        followed.deliver()
        return
    answer = desk.run(parsed, channel, team_id=team, tz_of=lambda: user_zone(client, command.get("user_id")))
    public = parsed.verb in PUBLIC and answer.kind != "error"
    respond(response_type="in_channel" if public else "ephemeral", **render.message(answer))
