from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.actions.share import share_answer_callback
from bot.slack.render import SHARE_ACTION


def register(app: App) -> None:
    app.action(SHARE_ACTION)(share_answer_callback)
