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

import functools
import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any, TypeVar
from urllib.parse import SplitResult, urlsplit

from bot.limits import Cutoff, Deadline
from bot.tls import client_context

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 10.0
DEADLINE = 20.0
"""Seconds a whole fetch may take (every redirect, connect, header and byte): a drip cannot stretch it."""
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PAGE_TYPES = HTML_TYPES | TEXT_TYPES
USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk; article reader bot)"

Resolver = Callable[[str, int], Sequence[tuple[Any, ...]]]
"""`socket.getaddrinfo`-shaped: (host, port) -> [(family, type, proto, canonname, sockaddr), ...]."""
Connector = Callable[..., socket.socket]
T = TypeVar("T")


class LoadError(ValueError):
    """Why an article could not be loaded, in words for the person who asked (no traceback)."""


class NotModified(Exception):
    """A conditional GET (If-None-Match / If-Modified-Since) answered 304: the caller's copy is current."""


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    deadline: float = DEADLINE
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
    etag: str | None = None
    last_modified: str | None = None
    """The validators to send back on the next conditional GET."""


def resolve_tcp(host: str, port: int) -> Sequence[tuple[Any, ...]]:
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def origin(url: str) -> str:
    """`scheme://host:port`, the unit a file download is allowed to reach."""
    parts = _parts(url)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    except ValueError:
        raise LoadError(f"That link has no valid port: {url!r}.") from None
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def check_url(url: str, allow_private: bool = False, origins: frozenset[str] | None = None) -> None:
    """Only http(s), only `origins` when given, and (unless allowed) no private, loopback or link-local IP
    written in the link. Names are checked when connecting, against the address actually used."""
    parts = _parts(url)
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
    if not is_public(address):
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
        if not allow_private and any(not is_public(ipaddress.ip_address(info[4][0])) for info in infos):
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

    def connect(self) -> None:
        super().connect()
        if isinstance(self._create_connection, _Watched):  # the TLS socket replaced the watched plain one
            self._create_connection.cutoff.watch(self.sock)


class _VettedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector = connector

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_VettedHTTPConnection, connector=self.connector), req)


class _VettedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector = connector

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_VettedHTTPSConnection, connector=self.connector)
        return self.do_open(connection, req, context=client_context())


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Counts hops and re-checks every target, so a redirect cannot leave the allowed hosts or loop forever.

    Secret headers (the Slack token) are added as unredirected headers, so urllib never forwards them."""

    def __init__(self, limits: FetchLimits, origins: frozenset[str] | None) -> None:
        self.limits = limits
        self.origins = origins
        # urllib reads these per instance; its stubs declare them class variables
        vars(self).update(max_redirections=limits.max_redirects, max_repeats=2)

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
    headers: Mapping[str, str] | None = None,
    deadline: Deadline | None = None,
) -> Fetched:
    """GET `url`, streaming at most `max_bytes` into memory, all within `limits.deadline` seconds (or the
    job's `deadline`, if sooner): past it every socket is shut down and the load fails as too slow.

    `origins` limits every hop to those `scheme://host:port`s; `types` (None: any) is checked before the body
    is read; `secret_headers` go to `url` only, never to a redirect target; `headers` (Accept, conditional
    GET validators) go to every hop, and a 304 raises NotModified; `resolve` is for tests."""
    check_url(url, limits.allow_private, origins)
    within = (deadline or Deadline(limits.deadline)).within(limits.deadline)
    with Cutoff(within) as cutoff:
        try:
            return _fetch(url, limits, cutoff, secret_headers, origins, types, noun, resolve, headers)
        except LoadError:
            if cutoff.fired:
                raise LoadError(_slow_in_all(within)) from None
            raise


def _fetch(
    url: str,
    limits: FetchLimits,
    cutoff: Cutoff,
    secret_headers: Mapping[str, str] | None,
    origins: frozenset[str] | None,
    types: frozenset[str] | None,
    noun: str,
    resolve: Resolver,
    headers: Mapping[str, str] | None,
) -> Fetched:
    connector = _Watched(_vetted_connector(limits.allow_private, resolve), cutoff)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _VettedHTTPHandler(connector),
        _VettedHTTPSHandler(connector),
        _Redirects(limits, origins),
    )
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html, text/plain;q=0.8, */*;q=0.5",
            **(headers or {}),
        },
    )
    for name, value in (secret_headers or {}).items():
        request.add_unredirected_header(name, value)
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            answered: Message = response.headers
            content_type = answered.get_content_type()
            if types is not None and content_type not in types:
                raise LoadError(
                    f"That link is {content_type}, not a web page or text; I can only read articles."
                )
            length = answered.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise LoadError(_too_big(int(length), limits, noun))
            body = _read_capped(response, limits, cutoff.deadline.at, noun)
            if cutoff.fired:  # the end of the body may only be the cutoff's doing
                raise LoadError(_slow_in_all(cutoff.deadline))
            return Fetched(
                body,
                content_type,
                answered.get_content_charset(),
                response.geturl(),
                answered.get("ETag"),
                answered.get("Last-Modified"),
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            raise NotModified(url) from None
        raise LoadError(_http_error(error, limits, noun)) from None
    except http.client.InvalidURL as error:
        raise LoadError(f"That link is not a valid address ({error}).") from None
    except http.client.HTTPException as error:  # a body cut short, a malformed status line or headers
        raise LoadError(f"{urlsplit(url).hostname} sent a broken answer ({type(error).__name__}).") from None
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
            raise LoadError(f"The site took too long to send the {noun}. Try again later or paste the text.")
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
        target = error.headers.get("Location") or error.headers.get("URI") or ""
        scheme = urlsplit(target).scheme.lower() if "://" in target or ":" in target[:12] else ""
        if scheme and scheme not in ("http", "https"):
            return f"That link redirects to a {scheme}: address; I only follow http(s) links."
        return f"That link redirects in a loop or more than {limits.max_redirects} times; I gave up."
    if error.code == 404:
        return f"That {noun} doesn't exist (404 Not Found). Check the link."
    if error.code in (401, 403):
        return f"That {noun} is behind a login or paywall ({error.code}). Paste the text instead."
    return f"The site answered with an error ({error.code} {error.reason})."


class _Watched:
    """A connector whose sockets a Cutoff watches, each with a timeout no longer than the time left."""

    def __init__(self, connect: Connector, cutoff: Cutoff) -> None:
        self.connect = connect
        self.cutoff = cutoff

    def __call__(
        self, address: tuple[str, int], timeout: float | None = None, source_address: Any = None, **_: Any
    ) -> socket.socket:
        left = max(self.cutoff.deadline.remaining(), 0.001)
        bounded = min(timeout, left) if isinstance(timeout, int | float) else left
        sock = self.connect(address, bounded, source_address)
        self.cutoff.watch(sock)
        return sock


def _slow_in_all(deadline: Deadline) -> str:
    return (
        f"The site took too long to send the page (over {deadline.seconds:g} s in all). "
        "Try again later or paste the text."
    )


def _parts(url: str) -> SplitResult:
    try:
        return urlsplit(url)
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        raise LoadError(f"That link is not a valid address: {url!r}.") from None


Address = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
"""RFC 6052's well-known prefix and RFC 8215's local-use one: the last 32 bits are the IPv4 address."""


def is_public(address: Address) -> bool:
    """`is_global`, and so is any IPv4 address an IPv6 one carries: IPv4-mapped (::ffff:a.b.c.d) and
    -compatible (::a.b.c.d), 6to4 (2002::/16) and NAT64. Python 3.11 counts NAT64, 6to4 and ::a.b.c.d as
    global, though a gateway turns them into the IPv4 address inside."""
    return address.is_global and all(inner.is_global for inner in _embedded(address))


def _embedded(address: Address) -> list[ipaddress.IPv4Address]:
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    low = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    found = [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
    if any(address in network for network in NAT64) or int(address) >> 32 == 0:
        found.append(low)  # NAT64, or IPv4-compatible
    return found


def sandboxed(function: Callable[..., T], *args: Any, deadline: Deadline | None, noun: str) -> T:
    """`function(*args)` in a worker process (bot.sandbox), within the job's deadline; a LoadError if it
    was killed at its time limit or died of its memory limit."""
    from bot import sandbox

    try:
        return sandbox.run(function, *args, seconds=deadline.remaining() if deadline else None)
    except sandbox.SandboxError as error:
        if error.timed_out:
            raise LoadError(f"Reading that {noun} took too long; is it really one article?") from None
        raise LoadError(f"That {noun} needs more memory than I give one article.") from None
