from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.actions.ask import ask_article_callback
from bot.slack.listeners.actions.share import share_answer_callback
from bot.slack.listeners.actions.use import open_story_callback, use_article_callback
from bot.slack.render import ASK_ACTIONS, LINK_ACTION, SHARE_ACTION, USE_ACTIONS


def register(app: App) -> None:
    app.action(SHARE_ACTION)(share_answer_callback)
    app.action(USE_ACTIONS)(use_article_callback)
    app.action(LINK_ACTION)(open_story_callback)
    app.action(ASK_ACTIONS)(ask_article_callback)
