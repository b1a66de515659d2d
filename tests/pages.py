"""Test pages from a local web server (127.0.0.1, free port), PDFs written by hand, and a bot with a library.

Its fixtures (`site`, `limits`, `library_bot`) are registered in tests/conftest.py for the whole suite."""

from __future__ import annotations

import contextlib
import html
import textwrap
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.article import parse
from bot.config import SEED_ARTICLE, Settings
from bot.ingest.fetch import FetchLimits
from bot.slack.app import build_app
from bot.store import Library
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack

STORY_TITLE = "Misri and Landau discuss trade barriers"
NAV = "Home | World | Sport | Subscribe now"
AD = "BUY CHEAP FLIGHTS TODAY - advertisement"
COMMENT = "First!!! This site is rubbish, click my profile"
BIG = 20 * 1024 * 1024
ENERGY_TITLE = "France moves to cut energy prices"
ENERGY_STORY = (
    "Paris, May 2 (AFP) The French government on Friday announced a plan to cut household energy prices.",
    '"We will act before the cold arrives," said Elisabeth Martin, the energy minister, in Paris.',
    "The first measures take effect on June 1, 2025, officials said.",
    "Consumer groups welcomed the plan but warned that it came too late for many families.",
    "Parliament will debate the bill on May 20, Martin said.",
)


def energy_html() -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in ENERGY_STORY)
    return (
        f"<html><head><title>{ENERGY_TITLE}</title></head><body><nav>{NAV}</nav>"
        f"<article><h1>{ENERGY_TITLE}</h1>{body}</article><footer>{AD}</footer></body></html>"
    )


def story_html() -> str:
    paragraphs = SEED_ARTICLE.read_text(encoding="utf-8").splitlines()
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    return f"""<!doctype html><html><head><title>{STORY_TITLE} | Daily Wire Service</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2025-03-28T10:00:00Z">
<meta property="og:site_name" content="Daily Wire Service"></head>
<body><nav><a href="/">{NAV}</a></nav>
<div class="ad-banner advertisement"><p>{AD}</p></div>
<article><h1>{STORY_TITLE}</h1>{body}</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>{COMMENT}</p></div></section>
<footer><p>Copyright 2025 Daily Wire Service. All rights reserved.</p></footer></body></html>"""


Route = Callable[[BaseHTTPRequestHandler], None]


def send(handler: BaseHTTPRequestHandler, body: bytes, content_type: str, status: int = 200) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def redirect(to: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def huge(with_length: bool) -> Route:
    """20 MB of text, streamed in 1 MB chunks; the client should hang up long before the end."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            handler.send_header("Content-Length", str(BIG))
        handler.end_headers()
        chunk = b"<p>" + b"word " * 200_000 + b"</p>"
        try:
            for _ in range(BIG // len(chunk) + 1):
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return route


def slow(seconds: float) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            send(handler, b"<html><body><p>late</p></body></html>", "text/html")

    return route


@dataclass
class Site:
    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"


@pytest.fixture
def site() -> Iterator[Site]:
    holder: dict[str, Site] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            current = holder["site"]
            current.hits.append(self.path)
            route = current.routes.get(self.path)
            if route is None:
                send(self, b"<html><body><h1>Not found</h1></body></html>", "text/html", 404)
            else:
                route(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    current = holder["site"] = Site(server)
    current.routes.update(
        {
            "/story": lambda h: send(h, story_html().encode(), "text/html; charset=utf-8"),
            "/plain": lambda h: send(h, SEED_ARTICLE.read_bytes(), "text/plain; charset=utf-8"),
            "/energy": lambda h: send(h, energy_html().encode(), "text/html; charset=utf-8"),
            "/image.png": lambda h: send(h, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png"),
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a"),
            "/moved": redirect("/story"),
            "/huge": huge(with_length=True),
            "/huge-chunked": huge(with_length=False),
            "/slow": slow(5),
            "/drip": drip(DRIP_BODY),
            "/drip-headers": drip(DRIP_HEADERS),
        }
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield current
    server.shutdown()
    server.server_close()


@pytest.fixture
def limits() -> FetchLimits:
    return FetchLimits(max_bytes=5 * 1024 * 1024, timeout=1.0, allow_private=True)


def pdf_bytes(lines: list[str], content: bytes | None = None) -> bytes:
    """A one-page PDF showing `lines` in Helvetica, written by hand: pypdf reads text but writes none.
    `content` (a compressed content stream) replaces the lines."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    stream = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"{literal(line)} Tj T*" for line in lines) + " ET"
    data = stream if content is None else content.decode("latin-1")
    deflate = "" if content is None else " /Filter /FlateDecode"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        " /Resources << /Font << /F1 4 0 R >> >> >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(data)}{deflate} >>\nstream\n{data}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_bomb(operators: int = 400_000) -> bytes:
    """A PDF of a few KB whose compressed page holds `operators` text operators (~10 s of pypdf's CPU)."""
    return pdf_bytes([], zlib.compress(b"BT /F1 12 Tf " + b"(a) ' " * operators + b" ET", 9))


def energy_pdf() -> bytes:
    """The energy story as a PDF, its paragraphs soft-wrapped at 60 characters like a printed page."""
    return pdf_bytes([line for paragraph in ENERGY_STORY for line in textwrap.wrap(paragraph, 60)])


@dataclass
class LibraryBot:
    """A real Bolt app with an article library, the fake Web API and signed dispatch, for one test."""

    slack: Driver
    fake: FakeSlack
    library: Library


@pytest.fixture
def library_bot(tmp_path: Path) -> Iterator[Callable[..., LibraryBot]]:
    """`library_bot(**settings)`: the bot built from those settings (fetch timeout 1 s by default)."""
    fakes: list[FakeSlack] = []
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))

    def make(**overrides: Any) -> LibraryBot:
        fake = FakeSlack().start()
        fakes.append(fake)
        library = Library(tmp_path / f"library{len(fakes)}.db", lambda: seed)
        settings = Settings(
            _env_file=None,
            slack_bot_token=BOT_TOKEN,
            slack_signing_secret=payloads.SIGNING_SECRET,
            slack_api_url=fake.api_url,
            **{"fetch_timeout": 1.0, **overrides},
        )
        return LibraryBot(Driver(build_app(settings, seed, store=library), fake), fake, library)

    yield make
    for fake in fakes:
        fake.stop()


def drip(head: bytes, every: float = 0.05) -> Route:
    """`head` at once, then one byte every `every` seconds for as long as the client listens: each byte
    resets a per-read timeout, so only a deadline for the whole fetch ends it."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        with contextlib.suppress(OSError):
            handler.wfile.write(head)
            while True:
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(every)

    return route


DRIP_BODY = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
DRIP_HEADERS = b"HTTP/1.1 200 OK\r\nX-Slow: "
