"""One GET with a size cap, a deadline, a redirect limit and a host check on every hop and every connection.

Why urllib (stdlib) and not requests/httpx: its opener gives every hook we need (redirect policy, connection
class, streamed reads) without a new dependency, and its socket timeout covers connect and every read.

Written by hand: the private-address check lives in the connection itself (`_vetted_connector`). The host
is resolved once, every address is checked, and the socket connects to a checked address, so a DNS answer
that changes between check and connect (DNS rebinding) cannot reach our network; Host header, SNI and the
certificate check still use the name. No library does this for urllib (advocate is requests-only and
unmaintained). Environment proxies are off: through a proxy no address could be checked.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any
from urllib.parse import urlsplit

from bot.tls import client_context

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 10.0
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PAGE_TYPES = HTML_TYPES | TEXT_TYPES
USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk; article reader bot)"

Resolver = Callable[[str, int], Sequence[tuple[Any, ...]]]
"""`socket.getaddrinfo`-shaped: (host, port) -> [(family, type, proto, canonname, sockaddr), ...]."""
Connector = Callable[..., socket.socket]


class LoadError(ValueError):
    """Why an article could not be loaded, in words for the person who asked (no traceback)."""


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    allow_private: bool = False
    """Private/loopback hosts are refused (a Slack user must not make the bot probe its own network);
    tests serving pages on 127.0.0.1 turn this on."""


@dataclass(frozen=True)
class Fetched:
    body: bytes
    content_type: str
    charset: str | None
    url: str
    """The final URL, after redirects."""


def resolve_tcp(host: str, port: int) -> Sequence[tuple[Any, ...]]:
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def origin(url: str) -> str:
    """`scheme://host:port`, the unit a file download is allowed to reach."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def check_url(url: str, allow_private: bool = False, origins: frozenset[str] | None = None) -> None:
    """Only http(s), only `origins` when given, and (unless allowed) no private, loopback or link-local IP
    written in the link. Names are checked when connecting, against the address actually used."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LoadError(f"I can only load http(s) links, not {url!r}.")
    try:
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError:
        raise LoadError(f"That link has no valid port: {url!r}.") from None
    if origins is not None and origin(url) not in origins:
        raise LoadError(f"I only download from Slack's own file server, not from {parts.hostname}.")
    if allow_private:
        return
    try:
        address = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return
    if not address.is_global:
        raise LoadError(_private(parts.hostname))


def _private(host: str) -> str:
    return f"I don't load links to private or local addresses ({host})."


def _vetted_connector(allow_private: bool, resolve: Resolver) -> Connector:
    """A `socket.create_connection` that resolves once, checks every address, and connects only to those."""

    def connect(
        address: tuple[str, int], timeout: float | None = None, source_address: Any = None, **_: Any
    ) -> socket.socket:
        host, port = address
        try:
            infos = list(resolve(host, port))
        except OSError:
            raise LoadError(f"I can't find the server {host}.") from None
        if not infos:
            raise LoadError(f"I can't find the server {host}.")
        if not allow_private and any(not ipaddress.ip_address(info[4][0]).is_global for info in infos):
            raise LoadError(_private(host))
        failure: OSError = OSError(f"no address for {host}")
        for family, kind, proto, _name, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            try:
                if isinstance(timeout, int | float):  # not the stdlib's "global default" sentinel
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as error:
                sock.close()
                failure = error
        raise failure

    return connect


class _VettedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, connector: Connector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = connector  # the stdlib's hook for opening the socket


class _VettedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, connector: Connector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = connector


class _VettedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector = connector

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_VettedHTTPConnection, req, connector=self.connector)


class _VettedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector = connector

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_VettedHTTPSConnection, req, context=client_context(), connector=self.connector)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Counts hops and re-checks every target, so a redirect cannot leave the allowed hosts or loop forever.

    Secret headers (the Slack token) are added as unredirected headers, so urllib never forwards them."""

    def __init__(self, limits: FetchLimits, origins: frozenset[str] | None) -> None:
        self.limits = limits
        self.origins = origins
        self.max_redirections = limits.max_redirects
        self.max_repeats = 2

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        check_url(newurl, self.limits.allow_private, self.origins)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    limits: FetchLimits,
    *,
    secret_headers: Mapping[str, str] | None = None,
    origins: frozenset[str] | None = None,
    types: frozenset[str] | None = PAGE_TYPES,
    noun: str = "page",
    resolve: Resolver = resolve_tcp,
) -> Fetched:
    """GET `url`, streaming at most `max_bytes` into memory.

    `origins` limits every hop to those `scheme://host:port`s; `types` (None: any) is checked before the body
    is read; `secret_headers` go to `url` only, never to a redirect target; `resolve` is for tests."""
    check_url(url, limits.allow_private, origins)
    connector = _vetted_connector(limits.allow_private, resolve)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _VettedHTTPHandler(connector),
        _VettedHTTPSHandler(connector),
        _Redirects(limits, origins),
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8, */*;q=0.5"}
    )
    for name, value in (secret_headers or {}).items():
        request.add_unredirected_header(name, value)
    deadline = time.monotonic() + limits.timeout * 3
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if types is not None and content_type not in types:
                raise LoadError(
                    f"That link is {content_type}, not a web page or text; I can only read articles."
                )
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise LoadError(_too_big(int(length), limits, noun))
            body = _read_capped(response, limits, deadline, noun)
            return Fetched(body, content_type, headers.get_content_charset(), response.geturl())
    except urllib.error.HTTPError as error:
        raise LoadError(_http_error(error, limits, noun)) from None
    except http.client.InvalidURL as error:
        raise LoadError(f"That link is not a valid address ({error}).") from None
    except TimeoutError:
        raise LoadError(_slow(limits)) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise LoadError(_slow(limits)) from None
        raise LoadError(f"I couldn't reach {urlsplit(url).hostname}: {error.reason}") from None
    except (ConnectionError, OSError) as error:
        raise LoadError(f"The connection to {urlsplit(url).hostname} failed: {error}") from None


def _read_capped(response: IO[bytes], limits: FetchLimits, deadline: float, noun: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise LoadError(_too_big(None, limits, noun))
        if time.monotonic() > deadline:
            raise LoadError(_slow(limits))
        chunks.append(chunk)
    return b"".join(chunks)


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _too_big(size: int | None, limits: FetchLimits, noun: str) -> str:
    what = f"{mb(size)}" if size else f"more than {mb(limits.max_bytes)}"
    return f"That {noun} is too big ({what}; the limit is {mb(limits.max_bytes)}). Is it really one article?"


def _slow(limits: FetchLimits) -> str:
    return f"The site took too long to answer (over {limits.timeout:g} s). Try again later or paste the text."


def _http_error(error: urllib.error.HTTPError, limits: FetchLimits, noun: str) -> str:
    if 300 <= error.code < 400:
        return f"That link redirects in a loop or more than {limits.max_redirects} times; I gave up."
    if error.code == 404:
        return f"That {noun} doesn't exist (404 Not Found). Check the link."
    if error.code in (401, 403):
        return f"That {noun} is behind a login or paywall ({error.code}). Paste the text instead."
    return f"The site answered with an error ({error.code} {error.reason})."
