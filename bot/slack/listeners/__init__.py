"""Every binding of a Slack name (command, event, action) to a callback, one package per kind."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, messages


def register_listeners(app: App) -> None:
    actions.register(app)
    commands.register(app)
    events.register(app)
    messages.register(app)
