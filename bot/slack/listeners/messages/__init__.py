from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.messages.direct_message import direct_message_callback, is_dm
from bot.slack.listeners.messages.library_message import is_dm_library_message, library_message_callback
from bot.slack.listeners.messages.other_message import other_message_callback


def register(app: App) -> None:
    app.event("message", matchers=[is_dm_library_message])(library_message_callback)
    app.event("message", matchers=[is_dm])(direct_message_callback)
    app.event("message")(other_message_callback)
