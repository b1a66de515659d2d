"""Load an article from a link, a local file or pasted text, refusing anything too big, slow or not a page.

Why trafilatura: the best-scored open-source extractor for news pages (body without nav/ads/comments, plus
title, author, date, site), kept up by its author since 2019. The HTTP side (limits, host and address
checks) is in `bot.ingest.web`; PDFs are read in `bot.ingest.pdf`.
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
from bot.ingest.web import (
    HTML_TYPES,
    MAX_BYTES,
    TEXT_TYPES,
    FetchLimits,
    LoadError,
    fetch,
    mb,
)

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


def from_bytes(data: bytes, name: str, kind: FileKind, charset: str | None = None) -> Loaded:
    """A file's content (from disk or a Slack download), read according to its kind."""
    if kind == "html":
        return _loaded(extract_html(data), name)
    if kind == "pdf":
        from bot.ingest.pdf import pdf_text  # pypdf is loaded only when a PDF is read

        return from_text(pdf_text(data, name), name)
    try:
        return from_text(data.decode(charset or "utf-8"), name)
    except (UnicodeDecodeError, LookupError):
        raise LoadError(f"{name} is not UTF-8 text.") from None


def too_big_file(name: str, size: int, max_bytes: int) -> str:
    return f"{name} is {mb(size)}; the limit is {mb(max_bytes)}."


def from_url(url: str, limits: FetchLimits | None = None) -> Loaded:
    """Fetch a page and parse its story; every failure is a LoadError saying what went wrong."""
    fetched = fetch(url, limits or FetchLimits())
    if fetched.content_type in HTML_TYPES:
        return _loaded(extract_html(fetched.body, fetched.url), fetched.url)
    text = fetched.body.decode(fetched.charset or "utf-8", errors="replace")
    return Loaded(from_text(text, fetched.url).article, fetched.url)


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
