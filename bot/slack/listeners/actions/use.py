""" "Use" / "Make it this channel's article" on a story (a feed post, a digest, search results)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.answers import library as answers
from bot.slack import render
from bot.store import Library


def use_article_callback(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], respond: Respond, library: Library
) -> None:
    ack()
    value = str(action.get("value") or "")
    channel = (body.get("channel") or {}).get("id")
    record = library.get(int(value)) if value.isdigit() else None
    if channel and record is not None and library.set_current(channel, record.id):
        article = library.article(record.id)
        assert article is not None
        answer = answers.switched(record, article)
    else:
        answer = answers.problem("That story is no longer in the library.")
    respond(response_type="ephemeral", replace_original=False, **render.message(answer))


def open_story_callback(ack: Ack) -> None:
    """Slack opens the link itself; the click still comes here and only needs its ack."""
    ack()
