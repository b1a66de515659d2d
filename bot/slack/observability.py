"""One log line per Slack request: id, surface (command, mention, dm, action, home, event), latency, outcome.

Why an App subclass and an executor rather than a middleware: Bolt's middleware is not nested (`next()` only
sets a flag), so no middleware sees a request end, and the listener runs after the ack on Bolt's executor.
`ObservedApp.dispatch` times the ack (and sees 401s, retries skipped, unhandled requests); `ListenerPool`,
passed as Bolt's public `listener_executor`, carries the request's record into the listener thread (the
contextvar in bot/logs.py, which also stamps log lines with the request id) and closes it when the answer
is done.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.logs import current as _current
from bot.slack.verify import Refusal, SignedRequests

logger = logging.getLogger("bot.slack.requests")

MAX_COMMAND = 24
"""Only the first word of a slash command's text is logged (the rest is the user's question)."""


def current_request() -> RequestRecord | None:
    """The record of the Slack request this thread is handling (dispatch or its listener), if any."""
    record = _current.get()
    return record if isinstance(record, RequestRecord) else None


def describe(body: dict[str, Any]) -> tuple[str, str]:
    """(surface, command) of a Slack payload: command, action, mention, dm, home, event or other."""
    if "command" in body:
        words = str(body.get("text") or "").split()
        first = words[0].lower()[:MAX_COMMAND] if words else ""
        return "command", f"{body['command']} {first}".strip()
    kind = str(body.get("type") or "")
    if kind == "block_actions":
        actions = body.get("actions")
        action = actions[0] if isinstance(actions, list) and actions and isinstance(actions[0], dict) else {}
        return "action", str(action.get("action_id") or "")
    if kind in ("view_submission", "view_closed", "shortcut", "message_action"):
        return "action", kind
    event = body.get("event")
    if kind == "event_callback" and isinstance(event, dict):
        event_type = str(event.get("type") or "")
        if event_type == "app_mention":
            return "mention", event_type
        if event_type == "message" and event.get("channel_type") == "im":
            return "dm", event_type
        if event_type == "app_home_opened":
            return "home", event_type
        return "event", event_type
    return "other", kind


def _outcome(response: BoltResponse) -> str:
    if response.status == 401:
        return "rejected"
    if response.status == 404:
        return "unhandled"
    if response.status >= 500:
        return "error"
    if response.headers.get("x-slack-no-retry"):
        return "duplicate"
    return "ok"


class RequestRecord:
    """Times one request from dispatch until its last listener is done, then logs it once."""

    def __init__(
        self, surface: str, command: str, retry: str = "", clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.id = uuid.uuid4().hex[:12]
        self.surface, self.command = surface, command
        self.retry = retry
        self.clock = clock
        self.started = clock()
        self.ack_ms: float | None = None
        self.status = 0
        self.outcome: str | None = None
        self.team: str | None = None
        self.channel: str | None = None
        self.reason: str | None = None
        self._pending = 1  # the dispatch itself
        self._lock = threading.Lock()

    @classmethod
    def of(cls, request: BoltRequest) -> RequestRecord:
        surface, command = describe(request.body)
        return cls(surface, command, (request.headers.get("x-slack-retry-num") or [""])[0])

    @classmethod
    def refused(cls, refusal: Refusal) -> None:
        """Log a request the signature gate turned away: nothing of what it sent, only why and the status."""
        record = cls("unverified" if refusal.status == 401 else "malformed", "")
        record.status = refusal.status
        record.outcome = "rejected" if refusal.status == 401 else "malformed"
        record.reason = refusal.reason
        record.done()

    def failed(self, outcome: str) -> None:
        """Called by the error handler: the answer was not delivered (`error` or `slack_unavailable`)."""
        self.outcome = outcome

    def handed_off(self) -> None:
        with self._lock:
            self._pending += 1

    def acked(self, request: BoltRequest, response: BoltResponse) -> None:
        self.ack_ms = (self.clock() - self.started) * 1000
        self.status = response.status
        self.team, self.channel = request.context.team_id, request.context.channel_id
        if self.outcome is None or response.status != 200:  # a listener's failure outlives a 200 ack
            self.outcome = _outcome(response)
        self.done()

    def done(self) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending:
                return
        self._log()

    def _log(self) -> None:
        latency = (self.clock() - self.started) * 1000
        ack = self.ack_ms if self.ack_ms is not None else latency
        outcome = self.outcome or "ok"
        fields = {
            "request_id": self.id,
            "surface": self.surface,
            "command": self.command,
            "outcome": outcome,
            "latency_ms": round(latency, 1),
            "ack_ms": round(ack, 1),
            "status": self.status,
            "team": self.team,
            "channel": self.channel,
        }
        if self.retry:
            fields["retry"] = self.retry
        if self.reason:
            fields["reason"] = self.reason
        logger.info(
            "request %s %s %s: %s in %.0f ms (ack %.0f ms, HTTP %s)",
            self.id,
            self.surface,
            self.command or "-",
            outcome,
            latency,
            ack,
            self.status,
            extra=fields,
        )


class ObservedApp(App):
    """Bolt's App; each dispatch gets a RequestRecord (see the module docstring). `signed_requests` is the
    signature gate for its signing secret, which the HTTP server puts in front of it (bot.slack.verify)."""

    def __init__(self, *, signing_secret: str, **kwargs: Any) -> None:
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signed_requests = SignedRequests(signing_secret)
        self.token_of: Callable[[str | None], str | None] | None = None
        """For an app installed through OAuth: a team's bot token (for the desk's posts, made outside any
        request); None with one SLACK_BOT_TOKEN."""

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        record = RequestRecord.of(req)
        token = _current.set(record)
        try:
            response = super().dispatch(req)
        finally:
            _current.reset(token)
        record.acked(req, response)
        return response


class ListenerPool(ThreadPoolExecutor):
    """Bolt's listener executor; each task runs with its request's record and closes it when finished."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        record = current_request()
        if record is None:
            return super().submit(fn, *args, **kwargs)
        record.handed_off()

        def run() -> Any:
            token = _current.set(record)
            try:
                return fn(*args, **kwargs)
            finally:
                _current.reset(token)
                record.done()

        return super().submit(run)
