"""The HTTP server on the internet: hundreds of idle sockets starve neither /healthz nor signed commands, and
an idle connection is closed after HTTP_IDLE_SECONDS while keep-alive serves several requests on one."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from slack_bolt import App

from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack
from tests.slack.running import stop
from tests.slack.test_http import post, request

IDLE = 500


def serve(app: App, **limits: int) -> Iterator[str]:
    from bot.slack.serve import make_server

    server = make_server(app, host="127.0.0.1", port=0, threads=4, **limits)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    stop(server, thread)


@pytest.fixture
def base(app: App) -> Iterator[str]:
    yield from serve(app)


def open_idle(base: str, count: int) -> list[socket.socket]:
    port = int(base.rsplit(":", 1)[1])
    sockets = []
    for n in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        if n % 2:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")  # half a request, then silence
        sockets.append(sock)
    return sockets


def test_500_idle_sockets_starve_neither_healthz_nor_signed_commands(
    base: str, fake_slack: FakeSlack
) -> None:
    idle = open_idle(base, IDLE)
    try:
        time.sleep(0.3)  # the server has accepted them all
        started = time.monotonic()
        health, _ = request(base + "/healthz")
        healthy = time.monotonic() - started
        started = time.monotonic()
        status, body = post(base, payloads.command("summary", fake_slack.response_url()), payloads.FORM)
        answered = time.monotonic() - started
    finally:
        for sock in idle:
            sock.close()

    assert (health, status) == (200, 200)
    assert json.loads(body)["blocks"][0]["type"] == "header"
    assert healthy < 1 and answered < 1, (healthy, answered)


def test_keep_alive_serves_several_requests_on_one_connection_then_idle_ones_are_closed(app: App) -> None:
    for base in serve(app, idle_seconds=1):
        host, port = base.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=5)
        for _ in range(3):
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            response.read()
            assert response.status == 200
            assert response.getheader("Connection", "").lower() != "close"
        idle = socket.create_connection((host, int(port)), timeout=10)
        started = time.monotonic()
        assert idle.recv(1) == b"", "the server closes an idle connection"
        assert 0.9 < time.monotonic() - started < 6
        idle.close()
        connection.close()


def test_200_keep_alive_clients_are_all_answered(base: str, fake_slack: FakeSlack) -> None:
    """Waitress's 100 connections left clients past the hundredth unanswered (102 of 6,387 in the attack)."""
    host, port = base.removeprefix("http://").split(":")
    statuses: list[int] = []
    lock = threading.Lock()
    together = threading.Barrier(200, timeout=10)  # every client holds its connection open at once

    def client(n: int) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=5)
        try:
            for request in range(5):
                if request == 1:
                    together.wait()
                connection.request("GET", "/healthz")
                response = connection.getresponse()
                response.read()
                with lock:
                    statuses.append(response.status)
        except (OSError, threading.BrokenBarrierError):
            together.abort()  # a client never answered: counted below as missing statuses
        finally:
            connection.close()

    clients = [threading.Thread(target=client, args=(n,)) for n in range(200)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join(20)

    assert statuses.count(200) == 1000
