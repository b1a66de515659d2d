"""Every binding of a Slack name (command, event, action) to a callback, one package per kind."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, files, lifecycle, messages, unfurl


def register_listeners(app: App) -> None:
    actions.register(app)
    commands.register(app)
    files.register(app)  # before events/messages: a mention or DM with a file loads it
    events.register(app)
    unfurl.register(app)
    lifecycle.register(app)
    messages.register(app)
