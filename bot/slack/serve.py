"""Run the bot: Socket Mode when SLACK_APP_TOKEN is set (and --http is not), else HTTP on waitress.

Why waitress behind Bolt's own WSGI adapter: `App.start()` is http.server (one request at a time, backlog 5),
too fragile for Slack's 3 s ack deadline. Waitress is pure Python (no compiler, no extra process manager),
kept by the Pylons project for a decade, multi-threaded with a 1024 backlog, and buffers whole requests
before a worker sees them, so a slow client cannot hold a thread. Several processes (or instances behind a
load balancer) may share one library: retry dedupe and conversations live in its database.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.article.model import Article
from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.health import Readiness, probe_client
from bot.store import default_article, open_library

if TYPE_CHECKING:
    from waitress.server import BaseWSGIServer

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
"""Events, slash commands and interactivity all post here (see manifest.http.json)."""
HEALTH_PATH = "/healthz"
MAX_BODY = 1 << 20
"""Slack's payloads are a few KB; anything past 1 MiB is not from Slack."""

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def wsgi_app(app: App, readiness: Readiness | None = None) -> WsgiApp:
    """Bolt's WSGI adapter for `POST /slack/events`, plus `GET /healthz` for load balancers and probes:
    200 when ready, 503 with the reasons when not (a JSON report either way; HEAD gets the status only).
    Without `readiness`, only the Web API is checked."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    health = readiness or Readiness(probe_client(app.client))

    def newsdesk(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") == HEALTH_PATH and method in ("GET", "HEAD"):
            ready, report = health.report()
            body = json.dumps(report, ensure_ascii=False).encode("utf-8") + b"\n"
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            start_response("200 OK" if ready else "503 Service Unavailable", headers)
            return [] if method == "HEAD" else [body]
        return slack(environ, start_response)

    return newsdesk


def make_server(
    app: App, *, host: str, port: int, threads: int = 8, readiness: Readiness | None = None
) -> BaseWSGIServer:
    """A bound, not yet running waitress server (`port=0` picks a free one: see `.effective_port`)."""
    from waitress import create_server

    return create_server(
        wsgi_app(app, readiness),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=MAX_BODY,
        ident="newsdesk",
    )


def load_article(settings: Settings) -> Article:
    return default_article(settings)


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)


def serve(settings: Settings, *, http: bool, port: int) -> None:
    """Serve until stopped; raises SettingsError (-> exit 2) before any I/O when credentials are missing."""
    settings.slack_credentials(socket_mode=not http)
    article = load_article(settings)
    library = open_library(settings)
    app = build_app(settings, article, store=library)
    if not http and settings.slack_app_token is not None:  # checked above; narrows the type
        # websocket-client, not Bolt's builtin client: in slack_sdk 3.48 the builtin one spins a core and
        # takes ~50 s to notice a silently dropped socket; this one reconnects in about half a second.
        from slack_bolt.adapter.socket_mode.websocket_client import SocketModeHandler

        logger.info("Newsdesk connecting to Slack in Socket Mode")
        SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()
        return
    readiness = Readiness(probe_client(app.client), article, library, settings.health_cache_seconds)
    server = make_server(
        app, host=settings.host, port=port, threads=settings.http_threads, readiness=readiness
    )
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)  # let waitress finish in-flight requests on `docker stop`
    logger.info("Newsdesk listening on http://%s:%s%s", settings.host, server.effective_port, EVENTS_PATH)
    try:
        server.run()
    finally:
        server.close()
