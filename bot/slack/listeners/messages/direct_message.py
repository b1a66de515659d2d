"""A DM to the bot: a plain-language question, answered with the DM's conversation so follow-ups work."""

from __future__ import annotations

from typing import Any

from slack_bolt import Say

from bot.answers import answer_message
from bot.article.model import Article
from bot.slack import render
from bot.slack.conversations import ConversationStore


def is_dm(event: dict[str, Any]) -> bool:
    """A person's own new message in a DM: no edits/joins/bot posts (those carry a subtype or bot_id)."""
    return event.get("channel_type") == "im" and "subtype" not in event and "bot_id" not in event


def direct_message_callback(
    event: dict[str, Any], say: Say, article: Article, conversations: ConversationStore
) -> None:
    key = event["channel"]
    answer, conversation = answer_message(event.get("text") or "", article, conversations.get(key))
    conversations.put(key, conversation)
    say(thread_ts=event.get("thread_ts"), **render.message(answer))
