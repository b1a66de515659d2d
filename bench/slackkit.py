"""Harness pieces for Slack benchmarks that drive a served bot over HTTP: signed requests for every
surface, a ledger matching each visible answer at the fake Slack to the request that caused it, and a
deliberately slow local web server for the lazy `load <url>` path. Local only, nothing written to disk.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.slack import payloads  # noqa: E402
from tests.slack.fake_slack import Call  # noqa: E402

EVENTS_PATH = "/slack/events"


@dataclass
class Request:
    """One signed request and what came of it: the ack (HTTP response) and the answers seen at the fake."""

    key: str
    surface: str
    sent: float
    ack_seconds: float | None = None
    status: int | None = None
    answers: list[float] = field(default_factory=list)
    """perf_counter() of each visible answer: the ack body (slash commands), a response_url POST
    (`load`: the final replace_original one), or a chat.postMessage in the request's thread."""
    interim: int = 0
    """"Reading..." posts before a load's answer: visible, but not the answer."""

    @property
    def latency(self) -> float | None:
        return self.answers[0] - self.sent if self.answers else None


class Ledger:
    """Every request by key; `on_call` is the fake Slack's hook (runs in its server threads)."""

    def __init__(self) -> None:
        self.requests: dict[str, Request] = {}
        self.stray: list[str] = []
        """Answers that match no request: lost keys or a bot answering something twice elsewhere."""
        self._lock = threading.Lock()

    def open(self, key: str, surface: str) -> Request:
        request = Request(key, surface, time.perf_counter())
        with self._lock:
            self.requests[key] = request
        return request

    def answer(self, key: str, *, interim: bool = False) -> None:
        now = time.perf_counter()
        with self._lock:
            request = self.requests.get(key)
            if request is None:
                self.stray.append(key)
            elif interim:
                request.interim += 1
            else:
                request.answers.append(now)

    def on_call(self, call: Call) -> None:
        if call.method == "response":
            interim = not call.body.get("replace_original")
            self.answer(call.path.rsplit("/", 1)[-1], interim=interim)
        elif call.method == "chat.postMessage":
            self.answer(call.body.get("thread_ts") or f"channel:{call.body.get('channel')}")

    def between(self, start: float, end: float) -> Iterator[Request]:
        with self._lock:
            requests = list(self.requests.values())
        return (r for r in requests if start <= r.sent < end)


def command_body(text: str, response_url: str, channel: str) -> str:
    """A signed-able `/article` form body, like payloads.command but in a channel of our choosing."""
    fields = dict(parse_qsl(payloads.command(text, response_url)))
    fields["channel_id"] = channel
    return urlencode(fields)


def mention_body(text: str, ts: str, event_id: str) -> str:
    return payloads.event(payloads.mention(text, ts=ts), event_id)


def dm_body(text: str, channel: str, thread_ts: str, ts: str, event_id: str) -> str:
    """A DM in a thread (so its answer names the thread we opened), from one of many people's DMs."""
    event = payloads.dm(text, ts=ts, thread_ts=thread_ts)
    event["channel"] = channel
    return payloads.event(event, event_id)


def post(url: str, body: str, content_type: str, timeout: float = 10.0) -> tuple[int, bytes]:
    """POST a signed body as Slack does; 5xx and connection failures come back as a status, not raised."""
    headers = payloads.signed_headers(body, content_type)
    request = urllib.request.Request(url + EVENTS_PATH, body.encode(), headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError):
        return 599, b""


def is_answer(body: bytes) -> bool:
    """A slash command's ack that is itself the visible answer: a message with Block Kit and a header."""
    try:
        message: Any = json.loads(body)
    except ValueError:
        return False
    blocks = message.get("blocks") if isinstance(message, dict) else None
    return bool(blocks) and blocks[0].get("type") == "header" and bool(message.get("text"))


@contextmanager
def slow_pages(delay: float) -> Iterator[Callable[[str], str]]:
    """News pages on 127.0.0.1 that take `delay` seconds to arrive: `/article load <url>` work after the ack.
    Yields `url(name)`; each name is its own generated story, so loading a new name parses a new article."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(delay)
            data = story(self.path.rsplit("/", 1)[-1]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with local_server(Handler) as base:
        yield lambda name: f"{base}/story/{name}.html"


@contextmanager
def local_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """`handler` served on a free port of 127.0.0.1, each request on its own thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def story(name: str) -> str:
    """A small news page: a headline and a dozen paragraphs with speakers, roles and dates."""
    paragraphs = [
        f'"Round {n} of the {name} talks went well," said Minister Alex Carter{n}, the trade minister, '
        f"on March {n + 1}, 2025. Officials from both sides met in Geneva to discuss tariffs and quotas."
        for n in range(12)
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Talks {name} make progress</title></head><body><article>"
        f"<h1>Talks {name} make progress</h1>{body}</article></body></html>"
    )
