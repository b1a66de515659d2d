"""The App Home tab: publish the current story's headline, gist and the commands whenever it is opened."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.answers.help import home
from bot.article.model import Article
from bot.slack import render


def app_home_opened_callback(event: dict[str, Any], client: WebClient, article: Article) -> None:
    if event.get("tab", "home") != "home":
        return
    client.views_publish(user_id=event["user"], view=render.home_view(home(article)))
