"""Slack's container for AI apps, through bolt-python's `Assistant` middleware.

A thread started: a greeting and suggested prompts made from the current article of the channel the person
is looking at (its real speakers and dates: bot.answers.prompts). A person's message in the thread: the
same answer a DM gets, about that channel's article, with a status while working and the question as the
thread's title. The context changes as they move between channels (kept in the library's database, bot/
slack/installations.py). Where a workspace has the container off, the same messages arrive as plain DMs
and are answered as such; the status and title calls are then refused by Slack and skipped. A file shared
or a library command (`load ...`) in the thread falls through to the DM listeners, which answer in it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Assistant, BoltContext, BoltRequest, BoltResponse, Say
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore
from slack_sdk.errors import SlackApiError

from bot.answers import answer_message
from bot.answers.library_commands import looks_like_article, parse_library_command
from bot.answers.prompts import greeting, suggested_prompts
from bot.article.model import Article
from bot.slack import render
from bot.slack.conversations import ConversationStore
from bot.slack.listeners.files import shared_files
from bot.store import Library

logger = logging.getLogger(__name__)

STATUS = "is reading the story…"
MAX_TITLE = 60
PROMPTS_TITLE = "Ask about this story"


def viewed_article(article: Article, library: Library | None, viewing: object) -> Article:
    """The current article of the channel the person is looking at, else the thread's own (its DM's)."""
    if library is not None and isinstance(viewing, str) and viewing:
        return library.current(viewing)
    return article


def best_effort(call: Callable[..., Any], **kwargs: Any) -> None:
    """An assistant API call that only decorates the answer: refused where the container is off."""
    try:
        call(**kwargs)
    except SlackApiError as error:
        logger.info("Assistant call skipped: %s", error.response.get("error"))


def thread_started(
    event: dict[str, Any],
    say: Say,
    set_suggested_prompts: Callable[..., Any],
    save_thread_context: Callable[[dict[str, Any]], None],
    article: Article,
    library: Library | None,
) -> None:
    thread_context = (event.get("assistant_thread") or {}).get("context") or {}
    viewing = thread_context.get("channel_id")
    if viewing:
        save_thread_context(thread_context)  # the thread's later messages are about this channel's article
    current = viewed_article(article, library, viewing)
    say(**render.message(greeting(current)))
    prompts = [{"title": p.title, "message": p.message} for p in suggested_prompts(current)]
    best_effort(set_suggested_prompts, prompts=prompts, title=PROMPTS_TITLE)


def is_question(event: dict[str, Any], context: dict[str, Any]) -> bool:
    """A person's words in the thread: not a file share nor a library command (their own listeners)."""
    text = str(event.get("text") or "")
    loads = context.get("library") is not None and (parse_library_command(text) or looks_like_article(text))
    return not shared_files(event) and not loads


def user_message(
    event: dict[str, Any],
    say: Say,
    set_status: Callable[..., Any],
    set_title: Callable[..., Any],
    get_thread_context: Callable[[], Any],
    context: BoltContext,
    article: Article,
    library: Library | None,
    conversations: ConversationStore,
) -> None:
    text = str(event.get("text") or "")
    best_effort(set_status, status=STATUS)
    best_effort(set_title, title=" ".join(text.split())[:MAX_TITLE] or "Newsdesk")
    thread = get_thread_context()
    current = viewed_article(article, library, thread.channel_id if thread is not None else None)
    key = f"{event['channel']}:{event.get('thread_ts') or event.get('ts')}"
    answer, conversation = answer_message(text, current, conversations.get(key))
    conversations.put(key, conversation)
    say(**render.message(answer))


class EventsAssistant(Assistant):
    """Bolt's Assistant, consulted for Events API requests only: a slash command or a button click skips
    its matchers (Bolt builds each one's arguments, ~40 µs apiece, on every request it sees)."""

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        if req.body.get("type") != "event_callback":
            return next()
        return super().process(req=req, resp=resp, next=next)


def build(store: AssistantThreadContextStore | None) -> Assistant:
    assistant = EventsAssistant(thread_context_store=store)
    assistant.thread_started(thread_started)
    # a list, as Bolt's Assistant concatenates it with its own matchers (its hint says one callable)
    assistant.user_message(matchers=[is_question])(user_message)  # type: ignore[arg-type]
    return assistant
