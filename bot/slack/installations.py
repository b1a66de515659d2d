"""slack_sdk's `InstallationStore` and `OAuthStateStore`, and Bolt's `AssistantThreadContextStore`, on the
library's database (the rows are bot/store/installations.py, which says why not slack_sdk's own stores).

The OAuth `state` is `nonce.signature`: the nonce is stored (good once, for `STATE_SECONDS`), the
signature is an HMAC of it with SLACK_STATE_SECRET, so a forged or mangled state is refused without a
database round trip, and a leaked database row alone cannot be turned into a state. A failure to store an
installation is a BoltError, which Bolt turns into its failure page (nothing half-stored: one transaction).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore
from slack_bolt.error import BoltError
from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.store.db import Database
from bot.store.installations import AssistantThreadRows, InstallationRows, StateRows

logger = logging.getLogger(__name__)

STATE_SECONDS = 600
"""How long an install link stays good (Bolt's default)."""
SIGNATURE_CHARS = 43
"""base64url of a SHA-256 HMAC, unpadded."""


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    """slack_sdk's model dicts hold datetimes: stored as epoch seconds, whole for a token's expiry (which its
    models read back only as an int), exact for the install time."""
    return {
        key: (int(value.timestamp()) if key.endswith("expires_at") else value.timestamp())
        if isinstance(value, datetime)
        else value
        for key, value in data.items()
        if value is not None
    }


class DatabaseInstallationStore(InstallationStore):
    """Installations of any number of workspaces and orgs, in the library's database."""

    def __init__(self, db: Database) -> None:
        self.rows = InstallationRows(db)
        self.errors = db.errors

    @property
    def logger(self) -> logging.Logger:
        return logger

    def save(self, installation: Installation) -> None:
        data = _jsonable(installation.to_dict_for_copying())
        bot = _jsonable(installation.to_bot().to_dict_for_copying()) if installation.bot_token else None
        try:
            self.rows.save(installation.enterprise_id, _team(installation), installation.user_id, data, bot)
        except self.errors as error:
            raise BoltError(f"the installation could not be stored ({type(error).__name__})") from None
        logger.info(
            "Installed in %s (org %s, by %s)",
            installation.team_id or "the whole org",
            installation.enterprise_id or "-",
            installation.user_id,
        )

    def save_bot(self, bot: Bot) -> None:
        try:
            self.rows.save_bot(bot.enterprise_id, _team(bot), _jsonable(bot.to_dict_for_copying()))
        except self.errors as error:
            raise BoltError(f"the bot token could not be stored ({type(error).__name__})") from None

    def find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        data = self.rows.bot(enterprise_id, None if is_enterprise_install else team_id)
        return Bot(**data) if data else None

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        team = None if is_enterprise_install else team_id
        data = self.rows.installation(enterprise_id, team, user_id)
        if data is None:
            return None
        data.pop("bot", None)  # rows stored before the bot was kept in its own row only held a copy
        installation = Installation(**data)
        if user_id is not None or not installation.bot_token:
            bot = self.find_bot(enterprise_id=enterprise_id, team_id=team)  # the latest bot token wins
            if bot is not None:
                installation.bot_token, installation.bot_id = bot.bot_token, bot.bot_id
                installation.bot_user_id, installation.bot_scopes = bot.bot_user_id, bot.bot_scopes
                installation.bot_refresh_token = bot.bot_refresh_token
                installation.bot_token_expires_at = bot.bot_token_expires_at
        return installation

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.rows.delete_bot(enterprise_id, team_id)

    def delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        self.rows.delete(enterprise_id, team_id, user_id)


def _team(installed: Installation | Bot) -> str | None:
    """An org-wide install is stored once for the org (team ''), as Bolt looks it up."""
    return None if installed.is_enterprise_install else installed.team_id


class SignedStateStore(OAuthStateStore):
    """OAuth states good once, signed with SLACK_STATE_SECRET (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        secret: str,
        *,
        expiration_seconds: int = STATE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.rows = StateRows(db, clock)
        self._key = hashlib.sha256(b"newsdesk oauth state\0" + secret.encode()).digest()
        self.expiration_seconds = expiration_seconds
        self.clock = clock

    @property
    def logger(self) -> logging.Logger:
        return logger

    def _sign(self, nonce: str) -> str:
        digest = hmac.new(self._key, nonce.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def issue(self, *args: Any, **kwargs: Any) -> str:
        nonce = secrets.token_urlsafe(24)
        self.rows.add(nonce, self.clock() + self.expiration_seconds)
        return f"{nonce}.{self._sign(nonce)}"

    def consume(self, state: str) -> bool:
        nonce, _, signature = (state or "").partition(".")
        if not nonce or len(signature) != SIGNATURE_CHARS or len(nonce) > 64:
            logger.warning("OAuth callback with a malformed state refused")
            return False
        if not hmac.compare_digest(signature, self._sign(nonce)):
            logger.warning("OAuth callback with a forged state refused")
            return False
        if not self.rows.take(nonce):
            logger.warning("OAuth callback with an expired or already used state refused")
            return False
        return True


class DatabaseThreadContextStore(AssistantThreadContextStore):
    """Which channel each assistant thread is about, kept in the library's database rather than in the
    metadata of the thread's first message (Bolt's default store, a conversations.replies call per read)."""

    def __init__(self, db: Database) -> None:
        self.rows = AssistantThreadRows(db)

    def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        self.rows.save(channel_id, thread_ts, dict(context), context.get("team_id"))

    def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        found = self.rows.find(channel_id, thread_ts)
        return AssistantThreadContext(found) if found and isinstance(found.get("channel_id"), str) else None
