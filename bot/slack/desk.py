"""The desk in Slack: posts through the Web API, and the background thread `serve` starts that polls
followed feeds and posts due digests."""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answers import Answer
from bot.config import Settings
from bot.desk.library import fetch_limits
from bot.desk.service import Clock, Desk, PostError
from bot.slack import render
from bot.store import Library

logger = logging.getLogger(__name__)

TICK = 30.0
"""Seconds between two passes of the desk loop (feeds are due by their own interval)."""


class SlackPoster:
    """A Poster through the bot's WebClient (with its retry handlers)."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def post(self, channel: str, answer: Answer) -> str | None:
        try:
            response = self.client.chat_postMessage(
                channel=channel, unfurl_links=False, unfurl_media=False, **render.message(answer)
            )
        except SlackApiError as error:
            raise PostError(_code(error)) from None
        ts = response.get("ts")
        return ts if isinstance(ts, str) else None

    def update(self, channel: str, ts: str, answer: Answer) -> None:
        try:
            self.client.chat_update(channel=channel, ts=ts, **render.message(answer))
        except SlackApiError as error:
            raise PostError(_code(error)) from None


def _code(error: SlackApiError) -> str:
    return str(error.response.get("error") if error.response is not None else "unknown_error")


def user_zone(client: WebClient, user: str | None) -> str | None:
    """The user's time zone from users.info (the workspace's people set their own), or None."""
    if not user:
        return None
    try:
        profile = client.users_info(user=user).get("user")
    except SlackApiError as error:
        logger.info("users.info gave no time zone for %s: %s", user, _code(error))
        return None
    tz = profile.get("tz") if isinstance(profile, dict) else None
    return tz if isinstance(tz, str) and tz else None


def desk_for(settings: Settings, library: Library, client: WebClient, *, clock: Clock | None = None) -> Desk:
    return Desk(
        library,
        SlackPoster(client),
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


def start_desk(settings: Settings, library: Library, client: WebClient) -> DeskLoop:
    return DeskLoop(
        desk_for(settings, library, client), min(TICK, float(settings.newsdesk_feed_interval))
    ).start()
