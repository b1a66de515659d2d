"""HTML pages -> plain article text, with the standard library's tolerant `html.parser`.

Used when pasted or loaded text is markup; page chrome (scripts, navigation, footers, asides,
forms) is dropped so only the story's headline and paragraphs remain. Full boilerplate removal
for arbitrary web pages belongs to the library loader (trafilatura); this keeps `parse` pure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LOOKS_LIKE_HTML = re.compile(r"<(?:!doctype\s+html|html|body|p|div|article|h[1-6]|br)\b[^>]*>", re.IGNORECASE)
SKIPPED_TAGS = frozenset(
    {"script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "iframe", "button"}
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "article",
        "section",
        "br",
        "tr",
        "title",
    }
)
VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "source"})


def looks_like_html(text: str) -> bool:
    return len(LOOKS_LIKE_HTML.findall(text[:20_000])) >= 2


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping: list[str] = []
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping.append(tag)
        elif tag in BLOCK_TAGS:
            self._flush()
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in BLOCK_TAGS:
            self._flush()
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skipping:
            self.current.append(data)

    def _flush(self) -> None:
        block = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if block:
            self.blocks.append(block)
        self.current = []


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The page's text as blank-line separated paragraphs, and its <title>."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    collector._flush()
    blocks = collector.blocks
    if collector.title and blocks and blocks[0] != collector.title:
        blocks = [b for b in blocks if b != collector.title]
    return "\n\n".join(blocks), collector.title
