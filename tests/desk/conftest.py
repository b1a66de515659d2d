"""A local feed site (RSS, Atom, article pages, faults) on 127.0.0.1, a clock the tests turn, and a
Poster that records what the desk posts: the desk's real parts, offline."""

from __future__ import annotations

import contextlib
import html
import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.answers import Answer
from bot.article import parse
from bot.config import SEED_ARTICLE
from bot.desk.service import Desk, PostError
from bot.ingest.web import FetchLimits
from bot.store import Library
from tests.pages import ENERGY_STORY, ENERGY_TITLE

START = 1_772_000_000.0
"""2026-02-25 06:13 UTC: the tests' clock starts here."""

PORT_TITLE = "Rotterdam dock workers to strike on March 10"
PORT_STORY = (
    "Rotterdam, March 3 (Reuters) Dock workers at the port of Rotterdam will strike on March 10, 2026, the"
    " FNV union said on Tuesday, after talks on pay with the port operators broke down late on Monday.",
    '"We have no choice but to stop work until the employers make a serious offer," said Niek Stam, the'
    " union's lead negotiator, at a press conference in the city.",
    "The strike would halt container traffic at Europe's largest port for 48 hours and could delay"
    " deliveries of food and fuel across the Netherlands, Belgium and Germany.",
    "Port operators said they regretted the decision and urged the union to return to the table before the"
    " end of the week. Shipping lines warned customers of delays across northern Europe.",
)
PORT_AGAIN_TITLE = "Strike looms at Europe's biggest port"
"""Another outlet's headline over the same wire copy (plus its own tagline)."""
BANK_TITLE = "ECB holds rates, eyes April review"
BANK_STORY = (
    "Frankfurt, March 5 (AP) The European Central Bank left its interest rates unchanged on Thursday and"
    " said it would review its policy again on April 16, 2026, as inflation in the euro zone eased.",
    '"Inflation is coming down, but the job is not done yet," said Christine Lagarde, the president of the'
    " central bank, after the meeting of its governing council.",
    "Economists had expected the pause. Markets now price a first cut in June, traders said, while some"
    " governments have pressed the bank to move faster to support growth.",
)
RAIL_TITLE = "Rail fares to rise by four percent in January"
RAIL_STORY = (
    "London, March 6 (PA) Rail fares in England will rise by four percent on January 2, 2027, the"
    " transport department said on Friday, the smallest increase for three years.",
    '"Passengers deserve a railway that is reliable and affordable," said Louise Haigh, the transport'
    " secretary, announcing the cap in parliament.",
    "Passenger groups said the rise was still too high for commuters who had seen services cut, and unions"
    " called for a freeze on fares across the network.",
)
STORIES = {
    "port": (PORT_TITLE, PORT_STORY, "2026-03-03"),
    "bank": (BANK_TITLE, BANK_STORY, "2026-03-05"),
    "rail": (RAIL_TITLE, RAIL_STORY, "2026-03-06"),
    "energy": (ENERGY_TITLE, ENERGY_STORY, "2025-05-02"),
}


def synthetic_story(number: int) -> tuple[str, tuple[str, ...]]:
    """A distinct story of its own (a headline and three paragraphs), made of the stories' words in a
    seeded random order: texts no other synthetic story is near, for tests that need many."""
    rng = random.Random(number)
    words = sorted({w.strip('",.()') for p in PORT_STORY + BANK_STORY + RAIL_STORY for w in p.split()} - {""})
    paragraphs = tuple(" ".join(rng.choice(words) for _ in range(30)).capitalize() + "." for _ in range(3))
    return f"Story {number}: {' '.join(rng.choice(words) for _ in range(5))}", paragraphs


def page(title: str, paragraphs: tuple[str, ...], tagline: str = "", published: str = "") -> bytes:
    """An article page as news sites write them (its date in the article:published_time meta)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    extra = f"<p>{html.escape(tagline)}</p>" if tagline else ""
    meta = f'<meta property="article:published_time" content="{published}T10:00:00Z">' if published else ""
    return (
        f"<html><head><title>{html.escape(title)}</title>{meta}</head>"
        "<body><nav>Home | World | Business</nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}{extra}</article><footer>Copyright</footer></body></html>"
    ).encode()


@dataclass(frozen=True)
class Entry:
    title: str
    link: str | None
    guid: str | None = None
    text: str = ""
    published: float | None = None


def rss(entries: list[Entry], *, title: str = "Wire", ttl: int | None = None) -> bytes:
    from datetime import UTC, datetime

    items = []
    for e in entries:
        parts = [f"<title>{html.escape(e.title)}</title>"]
        if e.link:
            parts.append(f"<link>{html.escape(e.link)}</link>")
        if e.guid:
            parts.append(f'<guid isPermaLink="false">{html.escape(e.guid)}</guid>')
        if e.text:
            parts.append(f"<description>{html.escape(e.text)}</description>")
        if e.published:
            parts.append(f"<pubDate>{format_datetime(datetime.fromtimestamp(e.published, UTC))}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
        f"<channel><title>{html.escape(title)}</title>"
        f"<link>https://example.com/</link>{ttl_tag}{''.join(items)}</channel></rss>"
    ).encode()


def atom(entries: list[Entry], *, title: str = "Atom Wire") -> bytes:
    parts = []
    for e in entries:
        link = f'<link rel="alternate" href="{html.escape(e.link)}"/>' if e.link else ""
        parts.append(
            f"<entry><title>{html.escape(e.title)}</title>{link}"
            f"<id>{html.escape(e.guid or e.link or e.title)}</id>"
            f"<updated>2026-03-03T10:00:00Z</updated><summary>{html.escape(e.text)}</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:test</id><updated>2026-03-03T10:00:00Z</updated>"
        f"{''.join(parts)}</feed>"
    ).encode()


Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Resource:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: str | None = None
    location: str | None = None


@dataclass
class FeedSite:
    """Resources by path; every request is recorded with its headers (for the conditional GET checks)."""

    server: ThreadingHTTPServer
    resources: dict[str, Resource | Handler] = field(default_factory=dict)
    hits: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def feed(self, path: str, body: bytes, **options: Any) -> str:
        self.resources[path] = Resource(body, **options)
        return self.url(path)

    def synthetic(self, path: str, number: int) -> tuple[str, str]:
        """Serve synthetic story `number` at `path`: its (title, URL)."""
        title, paragraphs = synthetic_story(number)
        self.resources[path] = Resource(
            page(title, paragraphs, published="2026-03-03"), "text/html; charset=utf-8"
        )
        return title, self.url(path)

    def story(self, path: str, name: str, *, title: str | None = None, tagline: str = "") -> str:
        headline, paragraphs, published = STORIES[name]
        self.resources[path] = Resource(
            page(title or headline, paragraphs, tagline, published), "text/html; charset=utf-8"
        )
        return self.url(path)

    def count(self, path: str) -> int:
        return sum(1 for hit, _ in self.hits if hit.split("?")[0] == path)


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def feed_site() -> Iterator[FeedSite]:
    with serving_feeds() as site:
        yield site


@contextlib.contextmanager
def serving_feeds() -> Iterator[FeedSite]:
    """A FeedSite on a free port of 127.0.0.1 for the block (tests/slack uses it too)."""
    holder: dict[str, FeedSite] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site = holder["site"]
            site.hits.append((self.path, dict(self.headers)))
            resource = site.resources.get(self.path.split("?")[0])
            if resource is None:
                _send(self, 404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})
            elif callable(resource):
                resource(self)
            elif resource.location:
                _send(self, resource.status, b"", {"Location": resource.location})
            elif resource.etag and self.headers.get("If-None-Match") == resource.etag:
                _send(self, 304, b"", {"ETag": resource.etag})
            else:
                headers = {"Content-Type": resource.content_type}
                if resource.etag:
                    headers["ETag"] = resource.etag
                _send(self, resource.status, resource.body, headers)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder["site"] = site = FeedSite(server)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


class Clock:
    """The desk's clock, turned by the test."""

    def __init__(self, start: float = START) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class RecordingPoster:
    """A Poster that keeps every post and update; `fail` queues PostErrors for the next posts."""

    posts: list[tuple[str, Answer]] = field(default_factory=list)
    updates: list[tuple[str, str, Answer]] = field(default_factory=list)
    fail: list[str] = field(default_factory=list)

    def post(self, channel: str, answer: Answer, team_id: str | None = None) -> str | None:
        if self.fail:
            raise PostError(self.fail.pop(0))
        self.posts.append((channel, answer))
        return f"1700000000.{len(self.posts):06d}"

    def update(self, channel: str, ts: str, answer: Answer, team_id: str | None = None) -> None:
        self.updates.append((channel, ts, answer))

    def titles(self, channel: str | None = None) -> list[str]:
        return [a.title for c, a in self.posts if channel is None or c == channel]


LIMITS = FetchLimits(max_bytes=5 * 1024 * 1024, timeout=2.0, allow_private=True)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def poster() -> RecordingPoster:
    return RecordingPoster()


@pytest.fixture
def seed_library(tmp_path: Path) -> Callable[[Path | str | None], Library]:
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))

    def make(location: Path | str | None = None) -> Library:
        return Library(location or tmp_path / "desk.db", lambda: seed)

    return make


@pytest.fixture
def make_desk(
    seed_library: Callable[[Path | str | None], Library], clock: Clock, poster: RecordingPoster
) -> Callable[..., Desk]:
    """`make_desk()`: a Desk on the test's library; `make_desk(location, poster=...)` for another one."""

    def make(location: Path | str | None = None, **options: Any) -> Desk:
        options = {"interval": 600, "clock": clock, **options}
        return Desk(seed_library(location), options.pop("poster", poster), LIMITS, **options)

    return make


@pytest.fixture
def desk(make_desk: Callable[..., Desk]) -> Desk:
    return make_desk()
