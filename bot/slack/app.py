"""Build the Bolt App: Web API client, middleware (article, retries), error handler and listeners.

Nothing here starts I/O except Bolt's eager auth.test, which proves the token before we accept traffic.
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.article.model import Article
from bot.config import Settings
from bot.slack.conversations import ConversationStore, MemoryConversations
from bot.slack.errors import handle_error
from bot.slack.listeners import register_listeners
from bot.slack.middleware import RecentEvents, dedupe_events, provide

logger = logging.getLogger(__name__)
bolt_logger = logging.getLogger("bot.slack.bolt")


class _DropTokenSkippedWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment and warns that `client` wins: which we chose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


bolt_logger.addFilter(_DropTokenSkippedWarning())


def build_app(
    settings: Settings,
    article: Article,
    client: WebClient | None = None,
    *,
    conversations: ConversationStore | None = None,
) -> App:
    """The App for `article`; raises SettingsError when the bot token or signing secret is missing."""
    credentials = settings.slack_credentials()
    if client is None:
        client = WebClient(token=credentials.bot_token, base_url=settings.slack_api_url)
    app = App(
        name="newsdesk",
        client=client,
        signing_secret=credentials.signing_secret,
        logger=bolt_logger,
    )
    app.use(dedupe_events(RecentEvents(settings.dedupe_size)))
    if conversations is None:
        conversations = MemoryConversations(settings.conversation_limit)
    app.use(provide(article, conversations))
    app.error(handle_error)
    register_listeners(app)
    return app
