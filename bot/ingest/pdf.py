"""A PDF's text, reflowed into paragraphs, so a press release or an article saved as PDF can be loaded.

Why pypdf: pure Python (no poppler/MuPDF binaries to install), maintained by the py-pdf organisation, and
its text extraction is good enough for the single-column text of news copy. It gives lines, not
paragraphs, so `reflow` (by hand: a few rules, no library does just this) joins soft-wrapped lines and
undoes end-of-line hyphenation. Pages past `MAX_PAGES` are ignored: an article is short, and a parser
working through a 2,000-page file would hold a worker thread for minutes.
"""

from __future__ import annotations

import io
import logging
import re

from bot.ingest.web import LoadError, sandboxed
from bot.limits import Deadline

logger = logging.getLogger(__name__)

MAX_PAGES = 40
PARAGRAPH_END = re.compile(r"[.!?:][\"'”’)]?$")
SHORT_LINE = 0.8
"""A line ending a sentence that is shorter than this share of the page's longest line ends a paragraph."""


def pdf_text(data: bytes, name: str, deadline: Deadline | None = None) -> str:
    """The text of the first `MAX_PAGES` pages, or a LoadError saying why there is none. pypdf runs in a
    worker process (bot.sandbox) with a time and memory limit: a small file can hold millions of operators."""
    pages = sandboxed(_page_texts, data, name, deadline=deadline, noun=name)
    text = "\n\n".join(reflow(page) for page in pages if page.strip())
    if not text.strip():
        raise LoadError(f"{name} has no text I can read (a scan, perhaps?). Paste the text instead.")
    return text


def reflow(page: str) -> str:
    """Soft-wrapped lines joined into paragraphs (blank line between), "gov-\\nernment" made whole."""
    lines = [line.strip() for line in page.splitlines()]
    widest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if PARAGRAPH_END.search(line) and len(line) < SHORT_LINE * widest:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n\n".join(p for p in paragraphs if p)


def _page_texts(data: bytes, name: str) -> list[str]:
    """In the sandbox's worker: each page's text, as pypdf extracts it."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency; kept for a trimmed install
        raise LoadError("Reading PDFs needs the pypdf package (pip install pypdf).") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError(f"{name} is password-protected; send an unprotected copy or paste the text.")
        return [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
    except LoadError:
        raise
    except Exception as error:  # a parser on untrusted bytes: any failure means "not a readable PDF"
        logger.info("pypdf could not read %s: %r", name, error)
        raise LoadError(f"{name} doesn't open as a PDF (damaged or not really a PDF).") from None
