from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.shortcuts.paste import (
    PASTE_SHORTCUT,
    paste_shortcut_callback,
    paste_submission_callback,
)
from bot.slack.listeners.shortcuts.read_message import READ_SHORTCUT, read_message_callback
from bot.slack.render import PASTE_VIEW


def register(app: App) -> None:
    app.shortcut(READ_SHORTCUT)(read_message_callback)
    app.shortcut(PASTE_SHORTCUT)(paste_shortcut_callback)
    app.view(PASTE_VIEW)(paste_submission_callback)
