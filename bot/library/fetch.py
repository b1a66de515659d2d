"""Load an article from a link, a local file or pasted text, refusing anything too big, slow or not a page.

Why trafilatura: the best-scored open-source extractor for news pages (body without nav/ads/comments, plus
title, author, date, site), kept up by its author since 2019. The HTTP side (limits, host and address
checks) is in `bot.library.web`; PDFs are read in `bot.library.pdf`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from bot.article import Article, ArticleError, parse
from bot.library.web import (
    HTML_TYPES,
    MAX_BYTES,
    TEXT_TYPES,
    FetchLimits,
    LoadError,
    fetch,
    mb,
    sandboxed,
)
from bot.limits import Deadline

logger = logging.getLogger(__name__)

FileKind = Literal["text", "html", "pdf"]
FILE_SUFFIXES: dict[str, FileKind] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
MIME_KINDS: dict[str, FileKind] = {
    **dict.fromkeys(TEXT_TYPES, "text"),
    **dict.fromkeys(HTML_TYPES, "html"),
    "application/pdf": "pdf",
}


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


# extraction ------------------------------------------------------------------------------------------


def extract_html(html: str | bytes, url: str | None = None, deadline: Deadline | None = None) -> Extracted:
    """The story's text and metadata from a web page, with the chrome (nav, ads, comments) left out.
    trafilatura runs in a worker process (bot.sandbox) with a time and memory limit."""
    raw = sandboxed(_trafilatura_json, html, url, deadline=deadline, noun="page")
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


def to_article(extracted: Extracted, deadline: Deadline | None = None) -> Article:
    """Parse the extracted text; the page's own title and author win over what parsing guesses."""
    article = parsed(extracted.text, extracted.published, deadline)
    update: dict[str, Any] = {}
    if extracted.title:
        update["title"] = extracted.title
    if extracted.author and not article.provenance.byline:
        update["provenance"] = article.provenance.model_copy(update={"byline": extracted.author})
    return article.model_copy(update=update) if update else article


# sources ---------------------------------------------------------------------------------------------


def from_text(text: str, source: str = "pasted text", deadline: Deadline | None = None) -> Loaded:
    """Pasted text (plain or HTML markup); `parse` strips simple markup itself."""
    return Loaded(parsed(text, None, deadline), source)


def file_kind(name: str, *hints: str | None) -> FileKind:
    """What a file holds, from its name's suffix, else from type hints (Slack's filetype, a MIME type)."""
    suffix = Path(name).suffix.lower()
    kind = FILE_SUFFIXES.get(suffix)
    for hint in hints:
        if kind is None and hint:
            kind = FILE_SUFFIXES.get(f".{hint.lower()}") or MIME_KINDS.get(hint.lower())
    if kind is None:
        allowed = ", ".join(sorted(FILE_SUFFIXES))
        raise LoadError(f"I can read {allowed} files, not {suffix or 'files without an extension'}.")
    return kind


def from_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """A local .txt/.md (read as is), .html/.htm (extracted like a web page) or .pdf file."""
    path = Path(path).expanduser()
    kind = file_kind(path.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(too_big_file(path.name, size, max_bytes))
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"I can't read {path}: {error.strerror or error}") from None
    return from_bytes(data, path.name, kind)


def from_bytes(
    data: bytes, name: str, kind: FileKind, charset: str | None = None, deadline: Deadline | None = None
) -> Loaded:
    """A file's content (from disk or a Slack download), read according to its kind."""
    if kind == "html":
        return _loaded(extract_html(data, deadline=deadline), name, deadline)
    if kind == "pdf":
        from bot.library.pdf import pdf_text  # pypdf is loaded only when a PDF is read

        return from_text(pdf_text(data, name, deadline), name, deadline)
    try:
        text = data.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        raise LoadError(f"{name} is not UTF-8 text.") from None
    return from_text(text, name, deadline)


def too_big_file(name: str, size: int, max_bytes: int) -> str:
    return f"{name} is {mb(size)}; the limit is {mb(max_bytes)}."


def from_url(url: str, limits: FetchLimits | None = None, deadline: Deadline | None = None) -> Loaded:
    """Fetch a page and parse its story; every failure is a LoadError saying what went wrong."""
    fetched = fetch(url, limits or FetchLimits(), deadline=deadline)
    if fetched.content_type in HTML_TYPES:
        return _loaded(extract_html(fetched.body, fetched.url, deadline), fetched.url, deadline)
    text = fetched.body.decode(fetched.charset or "utf-8", errors="replace")
    return Loaded(from_text(text, fetched.url, deadline).article, fetched.url)


def unwrap_link(text: str) -> str:
    """Slack sends links as `<https://x|label>`; the URL is the part before the bar."""
    return text.strip().strip("<>").split("|", 1)[0]


def is_link(text: str) -> bool:
    text = unwrap_link(text)
    if " " in text:
        return False
    try:
        return urlsplit(text).scheme in ("http", "https")
    except ValueError:  # a broken link ("http://[::1") is still meant as one: fetch says what is wrong
        return text.lower().startswith(("http://", "https://"))


def load(source: str, limits: FetchLimits | None = None, deadline: Deadline | None = None) -> Loaded:
    """`load FILE_OR_URL` from the console: http(s) links are fetched, anything else is a path."""
    source = unwrap_link(source)
    if is_link(source):
        return from_url(source, limits, deadline)
    return from_file(source, (limits or FetchLimits()).max_bytes)


def _loaded(extracted: Extracted, source: str, deadline: Deadline | None = None) -> Loaded:
    return Loaded(to_article(extracted, deadline), source, extracted.site)


def _trafilatura_json(html: str | bytes, url: str | None) -> str | None:
    """In the sandbox's worker: trafilatura's JSON for the page (text and metadata), or None."""
    import trafilatura  # heavy (lxml): imported by the worker, never by the bot's own process

    result: str | None = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    return result


def parsed(text: str, published: date | None, deadline: Deadline | None) -> Article:
    """`parse` in a worker process (bot.sandbox), within the deadline: text from outside can be 2 MB of
    whatever makes parsing slowest."""
    try:
        return sandboxed(_parse, text, published, deadline=deadline, noun="article")
    except ArticleError as error:
        raise LoadError(f"That doesn't read as an article: {error}") from None


def _parse(text: str, published: date | None) -> Article:
    """In the sandbox's worker."""
    return parse(text, published=published)
