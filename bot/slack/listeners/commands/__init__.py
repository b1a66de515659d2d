from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.commands.article import article_command_callback
from bot.slack.listeners.commands.desk import desk_command_callback, is_desk_command
from bot.slack.listeners.commands.library import is_library_command, library_command_callback


def register(app: App) -> None:
    app.command("/article", matchers=[is_library_command])(library_command_callback)
    app.command("/article", matchers=[is_desk_command])(desk_command_callback)
    app.command("/article")(article_command_callback)
