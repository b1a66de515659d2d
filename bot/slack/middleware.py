"""Global middleware: hand listeners the article and conversations, and answer Slack's retries only once."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from slack_bolt import BoltContext, BoltResponse

from bot.article.model import Article
from bot.slack.command_answers import CommandAnswers
from bot.slack.conversations import ConversationStore
from bot.store import Library, SqliteConversations

logger = logging.getLogger(__name__)

Middleware = Callable[..., BoltResponse | None]
ContextFiller = Callable[[BoltContext], None]
"""Puts what listeners need into the context (their kwargs); `fill_context` runs several as one middleware."""
ANSWER_CACHES = 16
"""Articles whose `/article` answers stay cached at once (one per busy channel)."""


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


class SharedClaims(Protocol):
    def claim(self, event_id: str) -> bool: ...


def dedupe_events(recent: RecentEvents, shared: SharedClaims | None = None) -> Middleware:
    """Slack re-sends an event (X-Slack-Retry-Num, same event_id) when unsure we got it: answer once.

    `recent` catches repeats to this process without a database round trip; `shared` (the library's
    database) catches those delivered to another instance. Slash commands and actions are not retried by
    Slack and carry no delivery id (their trigger_id is per click), so only events are deduplicated.
    """

    def skip_retried_events(body: dict[str, Any], next: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id")
        if isinstance(event_id, str) and (
            recent.seen(event_id) or (shared is not None and not shared.claim(event_id))
        ):
            logger.info("Skipping repeated delivery of event %s", event_id)
            return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
        next()
        return None

    return skip_retried_events


def fill_context(*fillers: ContextFiller) -> Middleware:
    """One global middleware for every context filler, in order.

    Why not one middleware each: Bolt builds the arguments of every middleware on every request (about
    40 µs each here), and the slash-command benchmark holds us to 1.2x a bare app.
    """

    def fill(context: BoltContext, next: Callable[[], None]) -> None:
        for filler in fillers:
            filler(context)
        next()

    return fill


def team_key(context: Mapping[str, Any]) -> str | None:
    """Whose a request's rows are: the org for an org-wide install (one installation answers for all its
    workspaces), else the workspace."""
    if context.get("is_enterprise_install") and context.get("enterprise_id"):
        return str(context["enterprise_id"])
    team = context.get("team_id") or context.get("enterprise_id")
    return str(team) if team else None


def provide(
    article: Article, conversations: ConversationStore, library: Library | None = None
) -> ContextFiller:
    """Put the current article, its command answers and the conversations in context (listener kwargs).

    With a library, the article is the one current in the request's channel (each channel and DM has its
    own); without, every channel shares `article` as before. Listeners get the library and conversations
    as views of the request's team, so what they write is recorded as that team's and `app_uninstalled`
    can remove it.
    """
    answers = CommandAnswers(article)
    per_article: OrderedDict[int, CommandAnswers] = OrderedDict()
    lock = threading.Lock()

    def answers_for(article_id: int, current: Article) -> CommandAnswers:
        with lock:
            cached = per_article.get(article_id)
            if cached is None or cached.article is not current:
                cached = per_article[article_id] = CommandAnswers(current)
            per_article.move_to_end(article_id)
            while len(per_article) > ANSWER_CACHES:
                per_article.popitem(last=False)
            return cached

    def provide_article(context: BoltContext) -> None:
        channel = context.channel_id
        if library is not None and channel:
            article_id = library.current_id(channel)
            current = library.article(article_id) or library.current(channel)
            context["article"] = current
            context["answers"] = answers_for(article_id, current)
        else:
            context["article"] = article
            context["answers"] = answers
        team = team_key(context)
        if isinstance(conversations, SqliteConversations):
            context["conversations"] = conversations.for_team(team)
        else:
            context["conversations"] = conversations
        context["library"] = library.for_team(team) if library is not None else None

    return provide_article


def provide_values(**values: object) -> ContextFiller:
    """Put fixed dependencies in context, so listeners get each as a kwarg of its name."""

    def provide_fixed(context: BoltContext) -> None:
        context.update(values)

    return provide_fixed
