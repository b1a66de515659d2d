"""Global middleware: hand listeners the article and conversations, and answer Slack's retries only once."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse

from bot.article.model import Article
from bot.slack.command_answers import CommandAnswers
from bot.slack.conversations import ConversationStore

logger = logging.getLogger(__name__)

Middleware = Callable[..., BoltResponse | None]


class RecentEvents:
    """A bounded, thread-safe set of recently seen event_ids (oldest forgotten first)."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def seen(self, event_id: str) -> bool:
        """Record `event_id`; True when it was already there (a retried delivery)."""
        with self._lock:
            if event_id in self._ids:
                self._ids.move_to_end(event_id)
                return True
            self._ids[event_id] = None
            if len(self._ids) > self.limit:
                self._ids.popitem(last=False)
            return False


def dedupe_events(recent: RecentEvents) -> Middleware:
    """Slack re-sends an event (X-Slack-Retry-Num, same event_id) when unsure we got it: answer once."""

    def skip_retried_events(body: dict[str, Any], next: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id")
        if isinstance(event_id, str) and recent.seen(event_id):
            logger.info("Skipping repeated delivery of event %s", event_id)
            return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
        next()
        return None

    return skip_retried_events


def provide(article: Article, conversations: ConversationStore) -> Middleware:
    """Put the current article, its command answers and the conversations in context (listener kwargs)."""
    answers = CommandAnswers(article)

    def provide_article(context: BoltContext, next: Callable[[], None]) -> None:
        context["article"] = article
        context["answers"] = answers
        context["conversations"] = conversations
        next()

    return provide_article
