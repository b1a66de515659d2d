"""The HTTP side: the connection goes to the address that was checked, and secrets stay on their host."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.ingest.web import FetchLimits, LoadError, fetch, origin
from bot.tls import client_context
from tests.pages import STORY_TITLE, Site, redirect

CERT_COMMAND = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
CERT_COMMAND += ["-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test"]


class RebindingDNS:
    """A hostile resolver: the first answer is `first`, every later one `then` (as a DNS rebinding attack
    does between a server's check and its connect). Records each lookup."""

    def __init__(self, first: str, then: str, port: int) -> None:
        self.answers = [first, then]
        self.port = port
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> Sequence[tuple[Any, ...]]:
        self.lookups.append(host)
        address = self.answers[min(len(self.lookups), 2) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, self.port))]


def test_the_connection_goes_to_the_address_that_was_checked(site: Site, limits: FetchLimits) -> None:
    """One lookup per connection: a second answer (another address) is never used."""
    port = site.server.server_address[1]
    dns = RebindingDNS("127.0.0.1", "127.0.0.2", port)  # 127.0.0.2: nothing listens there
    fetched = fetch(f"http://news.test:{port}/story", limits, resolve=dns)
    assert STORY_TITLE in fetched.body.decode()
    assert dns.lookups == ["news.test"]
    assert site.hits == ["/story"]


def test_a_name_resolving_to_a_private_address_is_refused_before_connecting(site: Site) -> None:
    port = site.server.server_address[1]
    dns = RebindingDNS("127.0.0.1", "127.0.0.1", port)
    with pytest.raises(LoadError, match=r"private or local addresses \(news.test\)"):
        fetch(f"http://news.test:{port}/story", FetchLimits(timeout=1.0), resolve=dns)
    assert dns.lookups == ["news.test"]
    assert site.hits == []


def test_unknown_hosts_say_so() -> None:
    def nowhere(host: str, port: int) -> Sequence[tuple[Any, ...]]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(LoadError, match=r"can.t find the server nowhere\.test"):
        fetch("http://nowhere.test/story", FetchLimits(timeout=1.0), resolve=nowhere)


def test_origins_bound_every_hop_and_secret_headers_stay_behind(site: Site, limits: FetchLimits) -> None:
    seen: list[str | None] = []

    def story_seeing_auth(handler: Any) -> None:
        seen.append(handler.headers.get("Authorization"))
        site.routes["/story"](handler)

    site.routes["/private"] = story_seeing_auth
    site.routes["/away"] = redirect("/private")
    own = frozenset({origin(site.url("/"))})
    fetched = fetch(site.url("/away"), limits, secret_headers={"Authorization": "Bearer t"}, origins=own)
    assert fetched.url == site.url("/private")
    assert seen == [None]  # the token went to /away only, not to where it redirected

    with pytest.raises(LoadError, match="only download from Slack's own file server"):
        fetch(site.url("/story"), limits, origins=frozenset({origin("https://files.slack.com/")}))


def test_origin_is_scheme_host_and_port() -> None:
    assert origin("https://Files.Slack.com/files-pri/x") == "https://files.slack.com:443"
    assert origin("http://127.0.0.1:8080/api/") == "http://127.0.0.1:8080"
    assert origin("http://127.0.0.1:8080/") != origin("http://127.0.0.1:8081/")


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[tuple[int, list[str]]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for news.test; records the SNI names."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [*CERT_COMMAND, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    names: list[str] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server.server_address[1], names
    server.shutdown()
    server.server_close()


def test_https_connects_to_the_vetted_address_with_the_name_for_sni_and_checks_the_certificate(
    tls_site: tuple[int, list[str]], limits: FetchLimits
) -> None:
    port, names = tls_site
    dns = RebindingDNS("127.0.0.1", "127.0.0.2", port)
    with pytest.raises(LoadError, match="CERTIFICATE_VERIFY_FAILED"):
        fetch(f"https://news.test:{port}/story", limits, resolve=dns)
    assert names == ["news.test"] and dns.lookups == ["news.test"]


def test_fetches_build_one_tls_context_between_them_and_it_still_checks_certificates(
    tls_site: tuple[int, list[str]], site: Site, limits: FetchLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new context re-reads the CA store (~27 ms, heap churn): one per process, not per fetch."""
    built: list[ssl.SSLContext] = []

    def counted(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(original(*args, **kwargs))
        return built[-1]

    original = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", counted)
    client_context.cache_clear()
    port, _ = tls_site
    try:
        fetch(site.url("/story"), limits)
        for _ in range(3):
            with pytest.raises(LoadError, match="CERTIFICATE_VERIFY_FAILED"):
                fetch(
                    f"https://news.test:{port}/story",
                    limits,
                    resolve=RebindingDNS("127.0.0.1", "127.0.0.1", port),
                )
    finally:
        client_context.cache_clear()
    assert len(built) == 1


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_page_dripped_a_byte_at_a_time_stops_at_the_deadline(site: Site, path: str) -> None:
    """Every byte comes well inside the 1 s read timeout; the 1.5 s deadline for the whole fetch ends it."""
    limits = FetchLimits(timeout=1.0, deadline=1.5, allow_private=True)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            fetch(site.url(path), limits)
        except BaseException as error:
            outcome.append(error)

    started = time.monotonic()
    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)

    assert not worker.is_alive(), "the drip held the fetch past 10 s"
    assert time.monotonic() - started < 3
    (error,) = outcome
    assert isinstance(error, LoadError)
    assert "took too long to send the page (over 1.5 s in all)" in str(error)
