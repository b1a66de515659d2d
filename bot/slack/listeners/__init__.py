"""Every binding of a Slack name (command, event, action) to a callback, one package per kind."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore

from bot.slack.listeners import (
    actions,
    assistant,
    commands,
    events,
    files,
    lifecycle,
    messages,
    shortcuts,
    unfurl,
)


def register_listeners(app: App, threads: AssistantThreadContextStore | None = None) -> None:
    app.assistant(assistant.build(threads))  # a middleware: assistant threads first, the rest falls through
    actions.register(app)
    commands.register(app)
    shortcuts.register(app)
    files.register(app)  # before events/messages: a mention or DM with a file loads it
    events.register(app)
    unfurl.register(app)
    lifecycle.register(app)
    messages.register(app)
