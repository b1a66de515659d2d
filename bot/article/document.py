"""The one input of the article engine: a clean text and what its source said about it (title, byline, date).

It lives in the engine, not in `bot.ingest`, because the engine owns the type it consumes: `bot.ingest`
(files, pages, Slack) produces Documents and imports downward, and importing `bot.article` never loads
trafilatura or any network code. Only pydantic here.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict

DocumentDateSource = Literal["published", "page", "shared", "none"]
"""Where `Origin.published` came from: given explicitly (`--published`, NEWSDESK_PUBLISHED,
`/article published`), the page's own metadata, the day the text was shared in Slack (an assumption,
used only when the story dates itself nowhere), or nowhere."""


class Origin(BaseModel):
    """What the source said about the text; kept in the `Article` so it can be parsed again (a new date)."""

    model_config = ConfigDict(frozen=True)

    title: str | None = None
    byline: str | None = None
    agency: str | None = None
    """The wire agency the source credits in its author field or byline ("AP" for "Associated Press")."""
    site: str | None = None
    url: str | None = None
    language: str | None = None
    published: date | None = None
    published_source: DocumentDateSource = "none"

    def dated(self, published: date | None, source: DocumentDateSource = "published") -> Self:
        """The same origin with another publication date (none: forget the old one)."""
        update = {"published": published, "published_source": source if published else "none"}
        return self.model_copy(update=update)


class Document(Origin):
    """Clean article text (no markup, no page furniture) and its origin: what `parse` reads."""

    text: str

    @property
    def origin(self) -> Origin:
        return Origin.model_validate(self.model_dump(exclude={"text"}))
