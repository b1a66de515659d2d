"""Build the Bolt App: Web API client, middleware (article, retries), error handler and listeners.

Nothing here starts I/O except Bolt's eager auth.test, which proves the token before we accept traffic.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot import sandbox
from bot.article.model import Article
from bot.config import Settings, SettingsError
from bot.desk.library import fetch_limits
from bot.limits import WorkPool
from bot.slack.conversations import ConversationStore, MemoryConversations
from bot.slack.desk import desk_for
from bot.slack.errors import handle_error
from bot.slack.installations import DatabaseInstallationStore, DatabaseThreadContextStore
from bot.slack.listeners import register_listeners
from bot.slack.listeners.shortcuts.paste import ViewSeal
from bot.slack.loads import Loads
from bot.slack.middleware import (
    RecentEvents,
    dedupe_events,
    fill_context,
    provide,
    provide_values,
)
from bot.slack.oauth import authorizer, bot_token_of, oauth_settings
from bot.slack.observability import ListenerPool, ObservedApp
from bot.slack.retries import retry_handlers, retrying_respond
from bot.slack.unfurl import parse_domains
from bot.store import EventClaims, Library, SqliteConversations
from bot.tls import client_context

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
    store: Library | None = None,
    *,
    conversations: ConversationStore | None = None,
    loads: WorkPool | None = None,
) -> App:
    """The App for `article`; raises SettingsError when the bot token or signing secret is missing.

    With a `store` (the article library), each channel has its own current article (`article` is unused
    except as a fallback), `/article load|list|use|forget` work, and DM conversations persist. Loads run on
    `loads` (by default a pool of `settings.load_threads`); pass the one /healthz watches.
    """
    credentials = settings.slack_credentials()
    oauth = settings.oauth_credentials()
    if oauth is not None and store is None:
        raise SettingsError(("NEWSDESK_DB or DATABASE_URL",), "keep the installations of an OAuth app")
    retries = retry_handlers(settings)
    if client is None:
        client = WebClient(
            token=credentials.bot_token or None,  # none with OAuth: each request gets its workspace's
            base_url=settings.slack_api_url,
            timeout=settings.slack_api_timeout,
            retry_handlers=retries,
            ssl=client_context(),  # `respond` and `say` use this client's context too
        )
    installs: dict[str, Any] = {}
    installations: DatabaseInstallationStore | None = None
    if oauth is not None and store is not None:
        installs["oauth_settings"] = oauth_settings(oauth, store.database)
        installs["authorize"] = authorizer(installs["oauth_settings"], client)
        installations = installs["oauth_settings"].installation_store
    app = ObservedApp(
        name="newsdesk",
        client=client,
        signing_secret=credentials.signing_secret,
        logger=bolt_logger,
        listener_executor=ListenerPool(settings.listener_threads, thread_name_prefix="listener"),
        **installs,
    )
    app.token_of = bot_token_of(installations) if installations is not None else None
    claims = EventClaims(store.database) if store is not None else None
    app.use(dedupe_events(RecentEvents(settings.dedupe_size), claims))
    if conversations is None and store is not None:
        conversations = SqliteConversations(store, settings.conversation_limit)
    if conversations is None:
        conversations = MemoryConversations(settings.conversation_limit)
    limits = fetch_limits(settings)
    if loads is None:
        loads = load_pool(settings)
    sandbox.configure(settings.extract_seconds, settings.extract_memory_mb)
    unfurl_domains = parse_domains(settings.newsdesk_unfurl_domains)
    desk = desk_for(settings, store, client, token_of=app.token_of) if store is not None else None
    app.use(
        fill_context(
            retrying_respond(retries, settings.slack_api_timeout),
            provide(article, conversations, store),
            provide_values(
                fetch_limits=limits,
                unfurl_domains=unfurl_domains,
                loads=Loads(loads, settings.load_deadline),
                desk=desk,
                installations=installations,
                seal=ViewSeal(credentials.signing_secret),
            ),
        )
    )
    app.error(handle_error)
    register_listeners(app, DatabaseThreadContextStore(store.database) if store is not None else None)
    return app


def load_pool(settings: Settings) -> WorkPool:
    """The threads that load articles, apart from Bolt's listener threads (see bot.slack.loads)."""
    return WorkPool("load", settings.load_threads, settings.load_queue)
