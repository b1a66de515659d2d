"""A local fake of Slack's Socket Mode endpoint: the websocket URL that `apps.connections.open` hands out.

Like the mock_socket_mode_server of slack_sdk's and bolt-python's own tests, but driven by the test: it says
`hello` to each new connection, sends the envelopes the test gives it (slash commands, Events API) to the
newest connection, records every envelope ack the app sends back, and can ask the app to reconnect (a
`disconnect` message, as Slack does before recycling a connection), close the socket, or cut it without a
word (as a dead network does). The websocket protocol is the `websockets` library's (its threaded server),
so only Slack's envelope layer is written here.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

APP_ID = "A0APP001"


def hello(num_connections: int) -> dict[str, Any]:
    return {
        "type": "hello",
        "num_connections": num_connections,
        "debug_info": {"host": "applink-fake", "build_number": 1, "approximate_connection_time": 18060},
        "connection_info": {"app_id": APP_ID},
    }


class FakeSocketMode:
    """Socket Mode on 127.0.0.1 (`url`); thread-safe, every wait bounded by a timeout."""

    def __init__(self) -> None:
        self.connections: list[ServerConnection] = []
        """Every connection the app opened, oldest first (closed ones stay, for counting)."""
        self.closed: list[ServerConnection] = []
        self._retiring: list[ServerConnection] = []
        self.acks: dict[str, dict[str, Any]] = {}
        """envelope_id -> the app's ack (with `payload` when it answered in the ack)."""
        self.received: list[dict[str, Any]] = []
        self._changed = threading.Condition()  # reentrant: waits may read state under it
        self._server: Server = serve(
            self._handle, "127.0.0.1", 0, compression=None, ping_interval=None, close_timeout=1
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link"

    def start(self) -> FakeSocketMode:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every connection (1001, going away) and the listening socket; safe to call twice."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(5)

    # what the test does ------------------------------------------------------------------------------

    def wait_connected(self, timeout: float = 5.0) -> ServerConnection:
        """The newest live connection (open, not asked to go away): where envelopes are sent."""
        self._wait(lambda: bool(self._live()), timeout, "a live connection")
        with self._changed:
            return self._live()[-1]

    def wait_replaced(self, old: ServerConnection, timeout: float = 5.0) -> ServerConnection:
        """A live connection the app opened after `old`: it reconnected."""
        after = self.connections.index(old)
        newer = lambda: [c for c in self._live() if self.connections.index(c) > after]  # noqa: E731
        self._wait(lambda: bool(newer()), timeout, "the app to reconnect")
        with self._changed:
            return newer()[-1]

    def wait_closed(self, connection: ServerConnection, timeout: float = 5.0) -> None:
        self._wait(lambda: connection in self.closed, timeout, "the connection to close")

    def send(self, kind: str, payload: dict[str, Any], **extra: Any) -> str:
        """Send an envelope of `kind` (`slash_commands`, `events_api`, `interactive`) on the newest live
        connection; returns its envelope_id, which the app must ack."""
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            **extra,
        }
        if kind == "events_api":
            envelope.setdefault("retry_attempt", 0)
            envelope.setdefault("retry_reason", "")
        self.wait_connected().send(json.dumps(envelope))
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        self._wait(lambda: envelope_id in self.acks, timeout, f"an ack of envelope {envelope_id}")
        with self._changed:
            return self.acks[envelope_id]

    def ask_to_reconnect(self, grace: float = 1.0) -> ServerConnection:
        """What Slack does to recycle a connection: a `disconnect` message, no more envelopes on it, and
        after `grace` seconds it is closed whether or not the app has moved on."""
        connection = self.wait_connected()
        with self._changed:
            self._retiring.append(connection)
        message = {"type": "disconnect", "reason": "refresh_requested", "debug_info": {"host": "fake"}}
        connection.send(json.dumps(message))
        closer = threading.Timer(grace, connection.close, kwargs={"code": 1001})
        closer.daemon = True
        closer.start()
        return connection

    def drop(self) -> ServerConnection:
        """Close the newest connection from the server side (1001: going away, as on a Slack deploy)."""
        connection = self.wait_connected()
        connection.close(1001)
        return connection

    def cut(self) -> ServerConnection:
        """End the newest connection's TCP stream with no close frame, as when a network path dies."""
        connection = self.wait_connected()
        connection.socket.shutdown(socket.SHUT_RDWR)
        return connection

    # the server side ---------------------------------------------------------------------------------

    def _handle(self, connection: ServerConnection) -> None:
        with self._changed:
            self.connections.append(connection)
            number = len(self.connections)
            self._changed.notify_all()
        try:
            connection.send(json.dumps(hello(number)))
            for raw in connection:
                message = json.loads(raw)
                with self._changed:
                    self.received.append(message)
                    if "envelope_id" in message:
                        self.acks[message["envelope_id"]] = message
                    self._changed.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                self.closed.append(connection)
                self._changed.notify_all()

    def _live(self) -> list[ServerConnection]:
        with self._changed:
            gone = self.closed + self._retiring
            return [connection for connection in self.connections if connection not in gone]

    def _wait(self, done: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done():
                left = deadline - time.monotonic()
                assert left > 0, f"timed out after {timeout} s waiting for {what}"
                self._changed.wait(left)
