"""Anything -> Document: bytes or text, with whatever is known of them (file name, content type, URL, date).

Every way in (NEWSDESK_ARTICLE, `newsdesk parse FILE|-`, the console's `load`, `/article load`, a pasted
story, a Slack file share) ends in `read`, so the same bytes give the same Document, and so the same
Article. What a thing is comes from its content first (a PDF's signature, markup anywhere in the text) and
from its label (suffix, content type) second; when the two disagree, the content wins and the load says so.
The HTTP side (limits, host and address checks) is in `bot.ingest.web`; PDFs are read in `bot.ingest.pdf`.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from bot.article import Article, ArticleError, parse
from bot.article.document import Document, DocumentDateSource
from bot.article.parse import decode
from bot.article.sentences import paragraph_spans
from bot.ingest.html import extract_page, looks_like_html
from bot.ingest.web import (
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
PDF_SIGNATURE = b"%PDF-"
PASTED = "pasted text"
SLACK_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>")
SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
WRAPPED_LINE = re.compile(r"[ \t]*\n[ \t]*")
T = TypeVar("T")


@dataclass(frozen=True)
class Loaded:
    """A document and where it came from (URL, file name or "pasted text"), with a note when what it was
    labelled and what it holds disagreed ("story.html holds plain text")."""

    document: Document
    source: str
    note: str | None = None
    deadline: Deadline | None = field(default=None, compare=False, repr=False)
    """A load for someone else (Slack, a feed) has one: its page extraction and parse then run in a worker
    process (bot.sandbox) within it, so no text from outside can take the bot's CPU or memory."""

    @property
    def site(self) -> str | None:
        return self.document.site

    @cached_property
    def article(self) -> Article:
        """The document parsed; "not an article" (empty, binary, too long) is a LoadError."""
        try:
            return bounded(parse, self.document, deadline=self.deadline, noun="article")
        except ArticleError as error:
            raise LoadError(f"That doesn't read as an article: {error}") from None


def bounded(function: Callable[..., T], *args: Any, deadline: Deadline | None, noun: str) -> T:
    """`function(*args)` in a sandboxed worker within `deadline` when there is one, else here (a local
    file or the console: its own user's input, read at full speed)."""
    if deadline is None:
        return function(*args)
    return sandboxed(function, *args, deadline=deadline, noun=noun)


def _dated(document: Document, published: date | None, source: DocumentDateSource) -> Document:
    """An explicit date wins over the page's; the day something was shared only fills a gap."""
    if published is None or (source == "shared" and document.published is not None):
        return document
    return document.model_copy(update={"published": published, "published_source": source})


def _text(data: str | bytes, charset: str | None, name: str) -> str:
    if isinstance(data, str):
        return data
    if charset:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            logger.info("%s is not %s as declared; decoding it by its content", name, charset)
    try:
        return decode(data)
    except ArticleError as error:
        raise LoadError(f"{name}: {error}") from None


def read(
    data: str | bytes,
    *,
    name: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    published: date | None = None,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """One Document from anything: a PDF, a web page (by its markup, wherever it starts) or plain text.

    `published` is an explicit publication date (it wins over the page's); `shared` is the day the text was
    shared in Slack, used only when the story dates itself nowhere; with a `deadline`, the work is bounded
    (see `Loaded.deadline`; PDFs are always read in a worker). Every failure is a LoadError.
    """
    source = url or name or PASTED
    label = name or ("That page" if url else "That text")
    declared = declared_kind(name, content_type)
    if declared == "pdf" or (isinstance(data, bytes) and data.lstrip()[:5] == PDF_SIGNATURE):
        if not isinstance(data, bytes):
            raise LoadError(f"{label} is labelled a PDF but holds text; send the file itself.")
        from bot.ingest.pdf import pdf_text  # pypdf is loaded only when a PDF is read

        document = Document(text=_normalised(pdf_text(data, name or "the PDF", deadline)))
        return Loaded(
            _dated(_dated(document, published, "published"), shared, "shared"), source, None, deadline
        )
    text = _text(data, charset, label)
    if not text.strip():
        raise LoadError(
            "That doesn't read as an article: it is empty. Send a story's text, a link or a file."
        )
    kind: FileKind = "html" if looks_like_html(text) else "text"
    note = None
    if declared is not None and declared != kind:
        holds = "a web page" if kind == "html" else "plain text"
        note = f"{name or 'That link'} is labelled {declared} but holds {holds}; I read it as {holds}."
    if kind == "html":
        markup: str | bytes = data if isinstance(data, bytes) and not charset else text
        document = bounded(extract_page, markup, url, label, deadline=deadline, noun="page")
    else:
        document = Document(text=_normalised(text), url=url)
    return Loaded(_dated(_dated(document, published, "published"), shared, "shared"), source, note, deadline)


def _normalised(text: str) -> str:
    """Line ends as `\\n`, no trailing blanks: a file saved on Windows reads as the same text. A paragraph
    hard-wrapped at a fixed width (old wire copy, e-mail) becomes one line, so its sentences read, quote
    and show whole ("said it reached a tentative agreement", not "said it reached\\na tentative")."""
    text = "\n".join(
        line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ).strip()
    pieces: list[str] = []
    position = 0
    for start, end in paragraph_spans(text):
        pieces.append(text[position:start])
        pieces.append(WRAPPED_LINE.sub(" ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def from_message(
    text: str,
    *,
    published: date | None = None,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """A story pasted into Slack: its `&amp;` escapes and `<url|label>` links read back to plain text."""
    text = SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = SLACK_MENTION.sub("", text)
    return read(html.unescape(text), published=published, shared=shared, deadline=deadline)


def declared_kind(name: str | None, *hints: str | None) -> FileKind | None:
    """What a thing is labelled: its name's suffix, else the first type hint we read (Slack's filetype, a
    MIME type); None when no label says."""
    kind = FILE_SUFFIXES.get(Path(name).suffix.lower()) if name else None
    for hint in hints:
        if kind is None and hint:
            kind = FILE_SUFFIXES.get(f".{hint.lower()}") or MIME_KINDS.get(hint.lower())
    return kind


def file_kind(name: str, *hints: str | None) -> FileKind:
    """What a file is labelled (`declared_kind`); a LoadError when it is nothing we read."""
    kind = declared_kind(name, *hints)
    if kind is None:
        allowed = ", ".join(sorted(FILE_SUFFIXES))
        suffix = Path(name).suffix.lower()
        raise LoadError(f"I can read {allowed} files, not {suffix or 'files without an extension'}.")
    return kind


def read_file(path: str | Path, max_bytes: int = MAX_BYTES, *, published: date | None = None) -> Loaded:
    """A local file, read by what it holds (a .txt that is a web page is read as one)."""
    path = Path(path).expanduser()
    file_kind(path.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(too_big_file(path.name, size, max_bytes))
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"I can't read {path}: {error.strerror or error}") from None
    return read(data, name=path.name, published=published)


def from_bytes(
    data: bytes,
    name: str,
    kind: FileKind | None = None,
    charset: str | None = None,
    *,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """A file's content (from disk or a Slack download); `kind` is only its label, the content decides."""
    content_type = {"html": "text/html", "text": "text/plain", "pdf": "application/pdf"}.get(kind or "")
    return read(data, name=name, content_type=content_type, charset=charset, shared=shared, deadline=deadline)


def too_big_file(name: str, size: int, max_bytes: int) -> str:
    return f"{name} is {mb(size)}; the limit is {mb(max_bytes)}."


def from_url(
    url: str,
    limits: FetchLimits | None = None,
    *,
    published: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """Fetch a page and read its story; every failure is a LoadError saying what went wrong."""
    fetched = fetch(url, limits or FetchLimits(), deadline=deadline)
    return read(
        fetched.body,
        content_type=fetched.content_type,
        charset=fetched.charset,
        url=fetched.url,
        published=published,
        deadline=deadline,
    )


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


def load(
    source: str,
    limits: FetchLimits | None = None,
    *,
    published: date | None = None,
    deadline: Deadline | None = None,
) -> Loaded:
    """`load FILE_OR_URL` from the console: http(s) links are fetched, anything else is a path."""
    source = unwrap_link(source)
    if is_link(source):
        return from_url(source, limits, published=published, deadline=deadline)
    return read_file(source, (limits or FetchLimits()).max_bytes, published=published)
