"""A small fake Slack: Web API methods and response_url hooks on 127.0.0.1, recording every call.

Like bolt-python's tests/mock_web_api_server, but a ThreadingHTTPServer on a free port, so tests and the
benchmark can run side by side. Answers `{"ok": true, ...}` unless a failure was queued with `fail()`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0001"
JSON_FIELDS = ("blocks", "view", "attachments")


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def method(self) -> str:
        """`chat.postMessage` for `/api/chat.postMessage`, `response` for a response_url hook."""
        return self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else "response"


class FakeSlack:
    def __init__(self, on_call: Callable[[Call], None] | None = None) -> None:
        self.on_call = on_call
        """Called (in the server thread) as each call arrives: the benchmark's stopwatch."""
        self.calls: list[Call] = []
        self._failures: dict[str, list[str]] = {}
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str = "hook") -> str:
        return f"{self.url}/response/{name}"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail(self, method: str, error: str, times: int = 1) -> None:
        """The next `times` calls to `method` answer `{"ok": false, "error": error}`."""
        self._failures.setdefault(method, []).extend([error] * times)

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()

    def to(self, method: str) -> list[Call]:
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Block until `method` was called `count` times (listeners answer after the ack, in a thread)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                calls = [call for call in self.calls if call.method == method]
                left = deadline - time.monotonic()
                if len(calls) >= count or left <= 0:
                    break
                self._changed.wait(left)
        assert len(calls) >= count, f"{method}: {len(calls)} calls, wanted {count}; saw {self.calls}"
        return calls

    def payloads(self) -> str:
        """Everything the bot sent, as one string, for "never appears raw" checks."""
        with self._changed:
            return "\n".join(json.dumps(call.body, ensure_ascii=False) for call in self.calls)

    def _record(self, call: Call) -> dict[str, Any] | None:
        if self.on_call is not None:
            self.on_call(call)
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
            queued = self._failures.get(call.method)
            if queued:
                return {"ok": False, "error": queued.pop(0)}
        return None

    def _answer(self, call: Call) -> dict[str, Any]:
        if call.method == "auth.test":
            return {
                "ok": True,
                "url": "https://newsdesk-test.slack.com/",
                "team": "Newsdesk Test",
                "user": "newsdesk",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if call.method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return {"ok": True, "channel": call.body.get("channel"), "ts": ts, "message": {"ts": ts}}
        if call.method == "views.publish":
            return {"ok": True, "view": {"id": "V0001", **(call.body.get("view") or {})}}
        return {"ok": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                call = Call(
                    self.path, parse_body(raw, self.headers.get("Content-Type", "")), dict(self.headers)
                )
                failure = fake._record(call)
                if call.method == "response":
                    self._send(b"ok", "text/plain") if failure is None else self._send(
                        b"invalid", "text/plain"
                    )
                    return
                answer = failure or fake._answer(call)
                self._send(json.dumps(answer).encode(), "application/json; charset=utf-8")

            def _send(self, data: bytes, content_type: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def parse_body(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    body: dict[str, Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for name in JSON_FIELDS:
        if isinstance(body.get(name), str):
            body[name] = json.loads(body[name])
    return body
