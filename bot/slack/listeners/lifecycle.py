"""`app_uninstalled` and `tokens_revoked`: forget what a Slack team stored once the bot may no longer act
for it (its installation and tokens, its channels' article choices, its conversations, its desk, its
assistant threads, the articles only it loaded). Bolt runs these without authorizing (the token is gone)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk.oauth.installation_store import InstallationStore

from bot.slack.middleware import team_key
from bot.store import Library


def register(app: App) -> None:
    app.event("app_uninstalled")(app_uninstalled_callback)
    app.event("tokens_revoked")(tokens_revoked_callback)


def app_uninstalled_callback(
    context: BoltContext,
    library: Library | None,
    installations: InstallationStore | None,
    logger: logging.Logger,
) -> None:
    forget_team(context, library, installations, logger)


def tokens_revoked_callback(
    event: dict[str, Any],
    context: BoltContext,
    library: Library | None,
    installations: InstallationStore | None,
    logger: logging.Logger,
) -> None:
    """Only a revoked bot token ends the bot's access; a user revoking their own token changes nothing."""
    if (event.get("tokens") or {}).get("bot"):
        forget_team(context, library, installations, logger)
    else:
        logger.info("Kept team %s's data: only user tokens were revoked", context.team_id)


def forget_team(
    context: BoltContext,
    library: Library | None,
    installations: InstallationStore | None,
    logger: logging.Logger,
) -> None:
    team = team_key(context)
    if installations is not None and team:
        org_wide = bool(context.is_enterprise_install)
        installations.delete_all(
            enterprise_id=context.enterprise_id, team_id=None if org_wide else context.team_id
        )
        logger.info("Deleted the installation of %s", team)
    if library is None or not team:
        logger.info("Nothing stored to forget for team %s", team)
        return
    removed = library.forget_team(team)
    logger.info(
        "Forgot team %s: %d channel choices, %d conversations, %d articles",
        team,
        removed.channels,
        removed.conversations,
        removed.articles,
    )
