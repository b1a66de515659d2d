"""Run the bot: Socket Mode when SLACK_APP_TOKEN is set (and --http is not), else HTTP on waitress.

Why waitress in front of Bolt: `App.start()` is http.server (one request at a time, backlog 5), too fragile
for Slack's 3 s ack deadline. Waitress is pure Python (no compiler, no extra process manager), kept by the
Pylons project for a decade, and it reads every connection on one event loop and buffers whole requests
before a worker thread sees them, so idle or slow clients cost a socket each, never a thread. Configured
for the internet (`make_server`): up to HTTP_CONNECTION_LIMIT connections (waitress's 100 let 110 idle
sockets hang every request), poll() rather than select() (which fails past 1024 sockets), headers capped
at 32 KB, and keep-alive ON: Slack and load balancers reuse connections, and a connection idle for
HTTP_IDLE_SECONDS is closed. That is longer than common load balancers' own idle timeouts (60 s), because
a backend that closes first races the balancer's next request on that connection. Waitress has no separate
timeout for finishing headers: a client trickling bytes keeps its socket until the connection limit, which
is why the limit is high; per-address limits belong to a proxy in front. Signatures are checked before Bolt
sees a request (bot.slack.verify). Several processes (or instances behind a load balancer) may share one
library: retry dedupe and conversations live in its database.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse

from bot.config import Settings
from bot.slack.app import build_app, load_pool
from bot.slack.desk import start_desk
from bot.slack.health import Readiness, probe_client
from bot.slack.observability import ObservedApp, RequestRecord
from bot.slack.verify import Refusal, SignedRequests, wsgi_headers
from bot.store import default_article, open_library

if TYPE_CHECKING:
    from waitress.server import BaseWSGIServer

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
"""Events, slash commands and interactivity all post here (see manifest.http.json)."""
HEALTH_PATH = "/healthz"
MAX_BODY = 1 << 20
"""Slack's payloads are a few KB; anything past 1 MiB is not from Slack."""
MAX_QUERY = 4096
"""An OAuth callback's query (code, state) is well under 1 KB."""
MAX_HEADERS = 32 * 1024
"""Slack's request headers are well under 2 KB."""
CONNECTION_LIMIT = 1000
IDLE_SECONDS = 75

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def wsgi_app(app: App, signed: SignedRequests, readiness: Readiness | None = None) -> WsgiApp:
    """`POST /slack/events` through the signature gate (bot.slack.verify) to the Bolt app, plus `GET /healthz`
    for load balancers and probes: 200 when ready, 503 with the reasons when not (a JSON report either way;
    HEAD gets the status only). Without `readiness`, only the Web API is checked."""
    health = readiness or Readiness(probe_client(app.client))

    def newsdesk(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            ready, report = health.report()
            body = json.dumps(report, ensure_ascii=False).encode("utf-8") + b"\n"
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            start_response("200 OK" if ready else "503 Service Unavailable", headers)
            return [] if method == "HEAD" else [body]
        flow = app.oauth_flow
        if flow is not None and method == "GET" and path in (flow.install_path, flow.redirect_uri_path):
            return _send(start_response, oauth_page(app, path, environ))
        if path != EVENTS_PATH or method != "POST":
            return _send(start_response, BoltResponse(status=404, body="Not Found"))
        return _send(start_response, dispatch_signed(app, signed, _body(environ), wsgi_headers(environ)))

    return newsdesk


def dispatch_signed(app: App, signed: SignedRequests, raw: bytes, headers: dict[str, str]) -> BoltResponse:
    """The app's answer to a request that passes the signature gate; the gate's refusal (logged) if not."""
    admitted = signed.admit(raw, headers)
    if isinstance(admitted, Refusal):
        RequestRecord.refused(admitted)
        return admitted.response()
    return app.dispatch(admitted)


def oauth_page(app: App, path: str, environ: dict[str, Any]) -> BoltResponse:
    """Bolt's install page or OAuth callback (bot.slack.oauth). Only the query string and the cookie are
    read; the callback acts on nothing before Bolt has checked its state. Logged by outcome only: a query
    holds the one-time `code`."""
    flow = app.oauth_flow
    assert flow is not None
    query = str(environ.get("QUERY_STRING") or "")[:MAX_QUERY]
    headers: dict[str, str | Sequence[str]] = dict(wsgi_headers(environ))
    request = BoltRequest(body="", query=query, headers=headers, mode="http")
    installing = path == flow.install_path
    try:
        response = flow.handle_installation(request) if installing else flow.handle_callback(request)
    except Exception as error:  # the database or Slack failing: a short page, never a trace
        logger.error(
            "OAuth %s failed: %s", "install page" if installing else "callback", type(error).__name__
        )
        return BoltResponse(status=503, body="Installing is not possible right now; try again in a minute.")
    logger.info("OAuth %s: HTTP %s", "install page" if installing else "callback", response.status)
    return response


def _body(environ: dict[str, Any]) -> bytes:
    """The request body (waitress has already buffered it and refused anything over MAX_BODY)."""
    length = str(environ.get("CONTENT_LENGTH") or "0")
    size = int(length) if length.isdigit() else 0
    return environ["wsgi.input"].read(min(size, MAX_BODY)) if size else b""


def _send(start_response: StartResponse, response: BoltResponse) -> Iterable[bytes]:
    wsgi = WsgiHttpResponse(status=response.status, headers=response.headers, body=response.body)
    start_response(wsgi.status, wsgi.get_headers())
    return wsgi.get_body()


def make_server(
    app: App,
    *,
    host: str,
    port: int,
    threads: int = 8,
    readiness: Readiness | None = None,
    signed: SignedRequests | None = None,
    connection_limit: int = CONNECTION_LIMIT,
    idle_seconds: int = IDLE_SECONDS,
) -> BaseWSGIServer:
    """A bound, not yet running waitress server (`port=0` picks a free one: see `.effective_port`), set up as
    the module docstring says. `signed` checks the signatures; an ObservedApp (build_app's) brings its own."""
    from waitress import create_server

    if signed is None:
        if not isinstance(app, ObservedApp):
            raise TypeError("a plain Bolt App needs `signed` (its signing secret) to be served")
        signed = app.signed_requests
    return create_server(
        wsgi_app(app, signed, readiness),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=MAX_BODY,
        max_request_header_size=MAX_HEADERS,
        connection_limit=connection_limit,
        channel_timeout=idle_seconds,
        cleanup_interval=max(1, min(idle_seconds // 4, 10)),
        asyncore_use_poll=True,
        ident="newsdesk",
    )


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)


def serve(settings: Settings, *, http: bool, port: int) -> None:
    """Serve until stopped; raises SettingsError (-> exit 2) before any I/O when credentials are missing."""
    settings.slack_credentials(socket_mode=not http)
    article = default_article(settings)
    library = open_library(settings)
    loads = load_pool(settings)
    app = build_app(settings, article, store=library, loads=loads)
    token_of = app.token_of if isinstance(app, ObservedApp) else None
    start_desk(settings, library, app.client, token_of)  # polls feeds, posts due digests (a daemon thread)
    if not http and settings.slack_app_token is not None:  # checked above; narrows the type
        # websocket-client, not Bolt's builtin client: in slack_sdk 3.48 the builtin one spins a core and
        # takes ~50 s to notice a silently dropped socket; this one reconnects in about half a second.
        from slack_bolt.adapter.socket_mode.websocket_client import SocketModeHandler

        logger.info("Newsdesk connecting to Slack in Socket Mode")
        SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()
        return
    readiness = Readiness(
        probe_client(app.client), article, library, settings.health_cache_seconds, loads=loads
    )
    server = make_server(
        app,
        host=settings.host,
        port=port,
        threads=settings.http_threads,
        readiness=readiness,
        connection_limit=settings.http_connection_limit,
        idle_seconds=settings.http_idle_seconds,
    )
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)  # let waitress finish in-flight requests on `docker stop`
    logger.info("Newsdesk listening on http://%s:%s%s", settings.host, server.effective_port, EVENTS_PATH)
    try:
        server.run()
    finally:
        server.close()
        loads.shutdown()  # queued loads are dropped; running ones end at their deadlines
