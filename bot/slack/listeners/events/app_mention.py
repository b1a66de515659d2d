"""`@Newsdesk what did Landau say?` in a channel: answer in a thread, remembering that thread's context."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Say

from bot.answers import answer_message
from bot.article.model import Article
from bot.slack import render
from bot.slack.conversations import ConversationStore

MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def question_text(text: str, bot_user_id: str | None) -> str:
    """The question without the bot's `<@BOTID>` mention (any user mention when the id is unknown)."""
    if bot_user_id:
        return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text).strip()
    return MENTION.sub(" ", text).strip()


def app_mention_callback(
    event: dict[str, Any],
    say: Say,
    context: dict[str, Any],
    article: Article,
    conversations: ConversationStore,
) -> None:
    thread_ts = event.get("thread_ts") or event["ts"]
    key = f"{event['channel']}:{thread_ts}"
    question = question_text(event.get("text", ""), context.get("bot_user_id"))
    answer, conversation = answer_message(question, article, conversations.get(key))
    conversations.put(key, conversation)
    say(thread_ts=thread_ts, **render.message(answer))
