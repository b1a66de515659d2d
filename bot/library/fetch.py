"""Load an article from a link, a local file or pasted text, refusing anything too big, slow or not a page.

Why urllib (stdlib) and not requests/httpx: we need one GET with a size cap, a deadline, a redirect limit and
a scheme/host check on every hop; urllib's opener gives all four hooks without a new dependency, and its
socket timeout covers connect and every read. Why trafilatura: the best-scored open-source extractor for
news pages (body without nav/ads/comments, plus title, author, date, site), kept up by its author since 2019.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from bot.article import Article, ArticleError, parse

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 10.0
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
FILE_SUFFIXES = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}
USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk; article reader bot)"


class LoadError(ValueError):
    """Why an article could not be loaded, in words for the person who asked (no traceback)."""


@dataclass(frozen=True)
class Loaded:
    """A parsed article and where it came from (URL, file name or "pasted text")."""

    article: Article
    source: str
    site: str | None = None


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    site: str | None = None


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    allow_private: bool = False
    """Private/loopback hosts are refused (a Slack user must not make the bot probe its own network);
    tests serving pages on 127.0.0.1 turn this on."""


# extraction ------------------------------------------------------------------------------------------


def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """The story's text and metadata from a web page, with the chrome (nav, ads, comments) left out."""
    import trafilatura  # heavy (lxml); loaded only when a page is actually read

    raw = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    if not raw:
        raise LoadError("I couldn't find an article on that page (no story text, only page furniture).")
    data: dict[str, Any] = json.loads(raw)
    return Extracted(
        text=data.get("text") or "",
        title=data.get("title") or None,
        author=data.get("author") or None,
        published=_date(data.get("date")),
        site=data.get("source-hostname") or data.get("hostname") or None,  # sitename, in JSON output
    )


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def to_article(extracted: Extracted) -> Article:
    """Parse the extracted text; the page's own title and author win over what parsing guesses."""
    try:
        article = parse(extracted.text, published=extracted.published)
    except ArticleError as error:
        raise LoadError(f"That doesn't read as an article: {error}") from None
    update: dict[str, Any] = {}
    if extracted.title:
        update["title"] = extracted.title
    if extracted.author and not article.provenance.byline:
        update["provenance"] = article.provenance.model_copy(update={"byline": extracted.author})
    return article.model_copy(update=update) if update else article


# sources ---------------------------------------------------------------------------------------------


def from_text(text: str, source: str = "pasted text") -> Loaded:
    """Pasted text (plain or HTML markup); `parse` strips simple markup itself."""
    try:
        return Loaded(parse(text), source)
    except ArticleError as error:
        raise LoadError(f"That doesn't read as an article: {error}") from None


def from_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """A local .txt/.md (read as is) or .html/.htm file (extracted like a web page)."""
    path = Path(path).expanduser()
    kind = FILE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        allowed = ", ".join(sorted(FILE_SUFFIXES))
        raise LoadError(f"I can read {allowed} files, not {path.suffix or 'files without an extension'}.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"{path.name} is {_mb(size)}; the limit is {_mb(max_bytes)}.")
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"I can't read {path}: {error.strerror or error}") from None
    if kind == "html":
        return _loaded(extract_html(data), path.name)
    try:
        return from_text(data.decode("utf-8"), path.name)
    except UnicodeDecodeError:
        raise LoadError(f"{path.name} is not UTF-8 text.") from None


def from_url(url: str, limits: FetchLimits | None = None) -> Loaded:
    """Fetch a page and parse its story; every failure is a LoadError saying what went wrong."""
    limits = limits or FetchLimits()
    body, content_type, charset, final_url = fetch(url, limits)
    if content_type in HTML_TYPES:
        return _loaded(extract_html(body, final_url), final_url)
    text = body.decode(charset or "utf-8", errors="replace")
    return Loaded(from_text(text, final_url).article, final_url)


def unwrap_link(text: str) -> str:
    """Slack sends links as `<https://x|label>`; the URL is the part before the bar."""
    return text.strip().strip("<>").split("|", 1)[0]


def is_link(text: str) -> bool:
    text = unwrap_link(text)
    return " " not in text and urlsplit(text).scheme in ("http", "https")


def load(source: str, limits: FetchLimits | None = None) -> Loaded:
    """`load FILE_OR_URL` from the console: http(s) links are fetched, anything else is a path."""
    source = unwrap_link(source)
    if is_link(source):
        return from_url(source, limits)
    return from_file(source, (limits or FetchLimits()).max_bytes)


def _loaded(extracted: Extracted, source: str) -> Loaded:
    return Loaded(to_article(extracted), source, extracted.site)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# HTTP ------------------------------------------------------------------------------------------------


def check_url(url: str, allow_private: bool = False) -> None:
    """Only http(s), and (unless allowed) no host that resolves to a private, loopback or link-local IP."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LoadError(f"I can only load http(s) links, not {url!r}.")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, proto=socket.IPPROTO_TCP)
    except OSError:
        raise LoadError(f"I can't find the server {parts.hostname}.") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise LoadError(f"I don't load links to private or local addresses ({parts.hostname}).")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Counts hops and re-checks every target, so a redirect cannot reach a private host or loop forever."""

    def __init__(self, limits: FetchLimits) -> None:
        self.limits = limits
        self.max_redirections = limits.max_redirects
        self.max_repeats = 2

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        check_url(newurl, self.limits.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limits: FetchLimits) -> tuple[bytes, str, str | None, str]:
    """GET `url`: (body, content type, charset, final URL), streaming at most `max_bytes` into memory."""
    check_url(url, limits.allow_private)
    opener = urllib.request.build_opener(_Redirects(limits))
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"}
    )
    deadline = time.monotonic() + limits.timeout * 3
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in HTML_TYPES | TEXT_TYPES:
                raise LoadError(
                    f"That link is {content_type}, not a web page or text; I can only read articles."
                )
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise LoadError(_too_big(int(length), limits))
            body = _read_capped(response, limits, deadline)
            return body, content_type, headers.get_content_charset(), response.geturl()
    except urllib.error.HTTPError as error:
        raise LoadError(_http_error(error, limits)) from None
    except TimeoutError:
        raise LoadError(_slow(limits)) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise LoadError(_slow(limits)) from None
        raise LoadError(f"I couldn't reach {urlsplit(url).hostname}: {error.reason}") from None
    except (ConnectionError, OSError) as error:
        raise LoadError(f"The connection to {urlsplit(url).hostname} failed: {error}") from None


def _read_capped(response: IO[bytes], limits: FetchLimits, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise LoadError(_too_big(None, limits))
        if time.monotonic() > deadline:
            raise LoadError(_slow(limits))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(size: int | None, limits: FetchLimits) -> str:
    what = f"{_mb(size)}" if size else f"more than {_mb(limits.max_bytes)}"
    return f"That page is too big ({what}; the limit is {_mb(limits.max_bytes)}). Is it really one article?"


def _slow(limits: FetchLimits) -> str:
    return f"The site took too long to answer (over {limits.timeout:g} s). Try again later or paste the text."


def _http_error(error: urllib.error.HTTPError, limits: FetchLimits) -> str:
    if 300 <= error.code < 400:
        return f"That link redirects in a loop or more than {limits.max_redirects} times; I gave up."
    if error.code == 404:
        return "That page doesn't exist (404 Not Found). Check the link."
    if error.code in (401, 403):
        return f"That page is behind a login or paywall ({error.code}). Paste the text instead."
    return f"The site answered with an error ({error.code} {error.reason})."
