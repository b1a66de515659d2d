"""The desk in Slack: posts through the Web API, and the background thread `serve` starts that polls
followed feeds and posts due digests."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answers import Answer
from bot.config import Settings
from bot.desk.library import fetch_limits
from bot.desk.service import Clock, Desk, PostError
from bot.slack import render
from bot.slack.errors import api_error_code
from bot.store import Library

logger = logging.getLogger(__name__)

TICK = 30.0
"""Seconds between two passes of the desk loop (feeds are due by their own interval)."""


TokenOf = Callable[[str | None], str | None]
"""A workspace's (or org's) bot token from its installation, for an app installed through OAuth."""


class SlackPoster:
    """A Poster through the bot's WebClient (with its retry handlers): with one token, or, for an app
    installed in many workspaces, with the token of the team that followed the feed or set the digest."""

    def __init__(self, client: WebClient, token_of: TokenOf | None = None) -> None:
        self.client = client
        self.token_of = token_of

    def _client(self, team_id: str | None) -> WebClient:
        if self.token_of is None:
            return self.client
        token = self.token_of(team_id)
        if not token:
            raise PostError(f"not installed in team {team_id}")
        return with_token(self.client, token)

    def post(self, channel: str, answer: Answer, team_id: str | None = None) -> str | None:
        try:
            response = self._client(team_id).chat_postMessage(
                channel=channel, unfurl_links=False, unfurl_media=False, **render.message(answer)
            )
        except SlackApiError as error:
            raise PostError(api_error_code(error)) from None
        ts = response.get("ts")
        return ts if isinstance(ts, str) else None

    def update(self, channel: str, ts: str, answer: Answer, team_id: str | None = None) -> None:
        try:
            self._client(team_id).chat_update(channel=channel, ts=ts, **render.message(answer))
        except SlackApiError as error:
            raise PostError(api_error_code(error)) from None


def with_token(client: WebClient, token: str) -> WebClient:
    """`client` (API URL, timeout, retries, TLS context) acting with another workspace's token."""
    return WebClient(
        token=token,
        base_url=client.base_url,
        timeout=client.timeout,
        ssl=client.ssl,
        proxy=client.proxy,
        headers=client.headers,
        logger=client.logger,
        retry_handlers=list(client.retry_handlers),
    )


def user_zone(client: WebClient, user: str | None) -> str | None:
    """The user's time zone from users.info (the workspace's people set their own), or None."""
    if not user:
        return None
    try:
        profile = client.users_info(user=user).get("user")
    except SlackApiError as error:
        logger.info("users.info gave no time zone for %s: %s", user, api_error_code(error))
        return None
    tz = profile.get("tz") if isinstance(profile, dict) else None
    return tz if isinstance(tz, str) and tz else None


def desk_for(
    settings: Settings,
    library: Library,
    client: WebClient,
    *,
    clock: Clock | None = None,
    token_of: TokenOf | None = None,
) -> Desk:
    return Desk(
        library,
        SlackPoster(client, token_of),
        fetch_limits(settings),
        interval=settings.newsdesk_feed_interval,
        tz=settings.newsdesk_tz or None,
        clock=clock or time.time,
    )


class DeskLoop:
    """`desk.tick()` every `tick` seconds on a daemon thread until `stop()`; a failing pass is logged and
    the loop goes on. The first pass runs at once: digests missed while the bot was down go out on start."""

    def __init__(self, desk: Desk, tick: float = TICK) -> None:
        self.desk = desk
        self.tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk", daemon=True)

    def start(self) -> DeskLoop:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.desk.tick()
                if report.feeds or report.posted:
                    logger.info("Desk: %s feeds polled, %s posts", report.feeds, report.posted)
            except Exception:
                logger.exception("Desk pass failed")
            self._stop.wait(self.tick)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)


def start_desk(
    settings: Settings, library: Library, client: WebClient, token_of: TokenOf | None = None
) -> DeskLoop:
    desk = desk_for(settings, library, client, token_of=token_of)
    return DeskLoop(desk, min(TICK, float(settings.newsdesk_feed_interval))).start()
