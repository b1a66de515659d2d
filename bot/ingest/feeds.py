"""A feed URL -> its newest items: RSS and Atom through feedparser, or the article links of a plain news
page; fetched with a conditional GET (ETag / Last-Modified) through the guarded fetcher in
`bot.ingest.web` (size cap, deadline, redirect limit, no private addresses).

Why feedparser: it reads every RSS and Atom dialect in use (and their broken variants, leniently),
sanitises entry HTML and resolves relative links; maintained since 2002. It is only ever handed bytes we
fetched ourselves, never a URL (it would fetch that itself, past our guards), and it refuses external
entities. A page that is no feed is read with lxml (already here for trafilatura): first the feed it
advertises (`<link rel="alternate" type="application/rss+xml">`), else its article links, filtered by
courlan's navigation and crawlability checks.

`load_item` is the ONE place a feed item becomes a document, through `bot.ingest.read` like every way in.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from bot.ingest.fetch import Loaded, from_url, read
from bot.ingest.web import HTML_TYPES, FetchLimits, LoadError, NotModified, fetch, mb
from bot.limits import Deadline

logger = logging.getLogger(__name__)

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/xml",
        "text/xml",
        "text/plain",  # some servers send feeds as text/plain; feedparser decides
    }
)
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5"
MAX_ITEMS = 50
"""Newest items read from one feed per poll: a 10,000-item feed costs about what a 50-item one does."""
MAX_TITLE = 300
MAX_TEXT = 20_000
"""Characters of an entry's own text kept (a summary, or a full story in content:encoded)."""
FULL_TEXT_WORDS = 150
"""An entry carrying at least this many words of its own is read as the story, without fetching the link."""
PAGE_LINK_WORDS = 4
"""A page's link is an article link when its anchor text has at least this many words (a headline)."""
TAGS = re.compile(r"<[^>]{0,2000}>")
ENTRY_START = re.compile(rb"<(?:item|entry)[\s>/]")
"""Where an RSS item or an Atom entry begins: a feed is cut before its (MAX_ITEMS + 1)-th, so a feed of
10,000 items is parsed as one of 50 (the rest are only counted)."""
SPACE = re.compile(r"\s+")

FeedKind = Literal["rss", "atom", "page"]


@dataclass(frozen=True)
class FeedItem:
    """One entry: where it links, its headline, its own text (plain), and the dates it claims."""

    link: str | None
    title: str
    text: str = ""
    guid: str | None = None
    published: datetime | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Feed:
    url: str
    """Where the feed was read (after redirects, or the feed a page advertised)."""
    title: str
    kind: FeedKind
    items: tuple[FeedItem, ...]
    """Newest first, at most MAX_ITEMS."""
    total: int
    """Entries in the document (items keeps the first MAX_ITEMS of them)."""
    skipped: int = 0
    """Entries with neither a link nor enough text of their own to be read."""
    ttl: int | None = None
    """Minutes the publisher asks readers to wait between polls (RSS `<ttl>`)."""
    etag: str | None = None
    last_modified: str | None = None
    lenient: bool = False
    """The XML was broken and read leniently."""


def plain(html: str, limit: int) -> str:
    """Entry HTML (already sanitised by feedparser) as one line of text."""
    import html as html_lib

    return SPACE.sub(" ", html_lib.unescape(TAGS.sub(" ", html[: limit * 4]))).strip()[:limit]


def _published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _link(entry: Any) -> str | None:
    link = entry.get("link")
    guid = entry.get("id")
    if not link and isinstance(guid, str) and guid.startswith(("http://", "https://")):
        link = guid  # RSS: a GUID that is a permalink
    if isinstance(link, str) and urlsplit(link).scheme in ("http", "https"):
        return link
    return None


def _item(entry: Any) -> FeedItem | None:
    """An entry we can read: a link, or enough text of its own; None for the rest."""
    contents = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    longest = max([entry.get("summary") or "", *contents], key=len)
    text = plain(longest, MAX_TEXT)
    title = plain(entry.get("title") or "", MAX_TITLE)
    link = _link(entry)
    if link is None and len(text.split()) < FULL_TEXT_WORDS:
        return None
    guid = entry.get("id")
    return FeedItem(
        link=link,
        title=title or " ".join(text.split()[:12]),
        text=text,
        guid=guid if isinstance(guid, str) else None,
        published=_published(entry),
    )


def read_feed(body: bytes, url: str, content_type: str | None = None) -> Feed | str:
    """The feed in `body`, or (for an HTML page) the URL of the feed it advertises; LoadError when `body`
    is neither a feed nor a page with article links."""
    import feedparser

    starts = [match.start() for match in ENTRY_START.finditer(body)]
    cut = len(starts) > MAX_ITEMS
    document = body[: starts[MAX_ITEMS]] if cut else body  # the parser reads a cut document leniently
    parsed = feedparser.parse(document, response_headers={"content-location": url}, sanitize_html=True)
    entries = list(parsed.entries)
    if parsed.get("version") or entries:
        items = [item for item in (_item(entry) for entry in entries[:MAX_ITEMS]) if item is not None]
        ttl = str(parsed.feed.get("ttl") or "").strip()
        return Feed(
            url=url,
            title=plain(parsed.feed.get("title") or "", MAX_TITLE) or urlsplit(url).hostname or url,
            kind="atom" if str(parsed.get("version")).startswith("atom") else "rss",
            items=tuple(items),
            total=max(len(entries), len(starts)),
            skipped=min(len(entries), MAX_ITEMS) - len(items),
            ttl=int(ttl) if ttl.isdigit() else None,
            lenient=bool(parsed.bozo) and not cut,
        )
    if content_type in HTML_TYPES or body.lstrip()[:512].lower().startswith((b"<!doctype html", b"<html")):
        return read_page(body, url)
    reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no RSS or Atom in it"
    raise LoadError(f"That isn't a feed I can read ({reason}). Give an RSS or Atom link, or a news page.")


def read_page(body: bytes, url: str) -> Feed | str:
    """A news page: the feed it advertises (its URL), else its article links as items."""
    import courlan
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(body)
    except (ParserError, ValueError):
        raise LoadError("That page is empty or not HTML; give an RSS or Atom link.") from None
    for link in tree.iterfind(".//link[@rel='alternate'][@href]"):
        if (link.get("type") or "").lower() in ("application/rss+xml", "application/atom+xml"):
            return urljoin(url, link.get("href", ""))
    host = _site(url)
    items: list[FeedItem] = []
    seen: set[str] = set()
    total = 0
    for anchor in tree.iterfind(".//a[@href]"):
        href = urljoin(url, anchor.get("href", "").strip())
        title = plain(anchor.text_content(), MAX_TITLE)
        if len(title.split()) < PAGE_LINK_WORDS or _site(href) != host or href in seen:
            continue
        if urlsplit(href).scheme not in ("http", "https") or urlsplit(href).path.strip("/") == "":
            continue
        if courlan.is_navigation_page(href) or courlan.is_not_crawlable(href):
            continue
        seen.add(href)
        total += 1
        if len(items) < MAX_ITEMS:
            items.append(FeedItem(link=href, title=title))
    if not items:
        raise LoadError("That page is neither a feed nor a news page with article links.")
    title = plain(tree.findtext(".//title") or "", MAX_TITLE) or host
    return Feed(url=url, title=title, kind="page", items=tuple(items), total=total)


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


@dataclass(frozen=True)
class Validators:
    """What the last fetch of a feed answered, sent back so an unchanged feed costs a 304."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {"Accept": ACCEPT}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def fetch_feed(url: str, limits: FetchLimits, validators: Validators | None = None) -> Feed | None:
    """The feed at `url` (following one advertised feed of a page), or None when it is unchanged (304).
    Every failure is a LoadError in words for the channel."""
    for _hop in range(2):
        try:
            fetched = fetch(
                url,
                limits,
                types=FEED_TYPES | HTML_TYPES,
                noun="feed",
                headers=(validators or Validators()).headers(),
            )
        except NotModified:
            return None
        except LoadError as error:
            message = str(error)
            if "not a web page" in message:
                raise LoadError("That link isn't a feed or a web page; give an RSS or Atom link.") from None
            raise
        found = read_feed(fetched.body, fetched.url, fetched.content_type)
        if isinstance(found, Feed):
            return replace(found, etag=fetched.etag, last_modified=fetched.last_modified)
        url, validators = found, None  # the page's advertised feed: read it once, no further hops
    raise LoadError("That page points to another page instead of a feed.")


def read_feed_file(path: str | Path, max_bytes: int) -> Feed:
    """A feed saved as a local file (the console's `follow feed.xml`)."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"{path.name} is {mb(size)}; the limit is {mb(max_bytes)}.")
        body = path.read_bytes()
    except OSError as error:
        raise LoadError(f"I can't read {path}: {error.strerror or error}") from None
    found = read_feed(body, path.resolve().as_uri())
    if isinstance(found, str):
        raise LoadError(f"{path.name} is a page that points to a feed elsewhere: follow {found} instead.")
    return found


def load_item(item: FeedItem, limits: FetchLimits, deadline: Deadline | None = None) -> Loaded:
    """The item as a document: its own text when the feed carries the whole story, else the page it links
    to. The feed's title and date stand in for a page's own metadata where the text has none."""
    published = item.published.date() if item.published else None
    if item.words >= FULL_TEXT_WORDS or (item.link is None and item.text):
        loaded = read(item.text, url=item.link, deadline=deadline)
        document = loaded.document
        update: dict[str, object] = {"title": document.title or item.title or None}
        if document.published is None and published is not None:
            update.update(published=published, published_source="page")
        return Loaded(document.model_copy(update=update), item.link or "feed item", deadline=deadline)
    assert item.link is not None  # _item keeps only entries with a link or enough text
    return from_url(item.link, limits, deadline=deadline)
