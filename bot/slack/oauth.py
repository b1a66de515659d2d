"""Install into any number of workspaces and orgs: bolt-python's OAuthSettings and OAuthFlow, with the
installations and OAuth states in the library's own database (bot/slack/installations.py).

`serve --http` answers `GET /slack/install` (a page with the "Add to Slack" link, and the state cookie) and
`GET /slack/oauth_redirect` (Bolt checks the state against the cookie and the store, exchanges the code with
`oauth.v2.access`, stores the installation). Nothing of a callback is acted on before its state is proven:
signed with SLACK_STATE_SECRET, issued to this browser, unused and unexpired. Every request is then
authorized with its own workspace's bot token (Bolt's InstallationStoreAuthorize, with token rotation when
the app has it on); an org-wide (Enterprise Grid) install is stored once for the org and answers in each
of its workspaces.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient

from bot.config import OAuthCredentials
from bot.slack.installations import STATE_SECONDS, DatabaseInstallationStore, SignedStateStore
from bot.store.db import Database

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
BOT_SCOPES = (
    "app_mentions:read",
    "assistant:write",
    "chat:write",
    "commands",
    "files:read",
    "im:history",
    "links:read",
    "links:write",
    "users:read",
)
"""What an install asks for: the same list as both manifests' `oauth_config.scopes.bot` (a test holds them
equal, and to what the listeners use)."""


def oauth_settings(credentials: OAuthCredentials, db: Database) -> OAuthSettings:
    """Bolt's OAuth settings with our stores; every value is passed, so Bolt reads nothing of os.environ."""
    store = DatabaseInstallationStore(db)
    return OAuthSettings(
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        scopes=list(BOT_SCOPES),
        user_scopes=[],
        redirect_uri=credentials.redirect_uri,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=store,
        installation_store_bot_only=True,
        state_store=SignedStateStore(db, credentials.state_secret, expiration_seconds=STATE_SECONDS),
        state_expiration_seconds=STATE_SECONDS,
        logger=logging.getLogger("bot.slack.bolt"),
    )


def authorizer(settings: OAuthSettings, client: WebClient) -> InstallationStoreAuthorize:
    """Bolt's authorize for installed workspaces, with its cache on: a token's auth.test answer (bot and
    team ids) is kept, so a request costs one primary-key read of the bot's row, not a Web API call too.
    Token rotation (when the app has it on) refreshes through `client`: our API URL, retries and TLS."""
    return InstallationStoreAuthorize(
        client=client,
        logger=logging.getLogger("bot.slack.bolt"),
        installation_store=settings.installation_store,
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        token_rotation_expiration_minutes=settings.token_rotation_expiration_minutes,
        bot_only=True,
        cache_enabled=True,
    )


def bot_token_of(store: DatabaseInstallationStore) -> Callable[[str | None], str | None]:
    """The bot token of a team key (`team_key`): the workspace's install, else its org's org-wide one."""

    def token_of(team: str | None) -> str | None:
        data = store.rows.bot_for(team) if team else None
        token = data.get("bot_token") if data else None
        return token if isinstance(token, str) else None

    return token_of
