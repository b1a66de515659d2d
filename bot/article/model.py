"""The typed, immutable article model: every fact keeps a character span into `Article.text`.

Spans are half-open `[start, end)` offsets into the text the article was parsed from, so any
answer can quote and highlight its source exactly.
"""

from __future__ import annotations

import bisect
from datetime import date
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.article.document import Document, Origin


class Fact(BaseModel):
    """Anything found in the text: a span plus the text it covers."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Paragraph(Fact):
    index: int
    kind: Literal["body", "heading", "dateline", "attribution", "signoff", "caption", "furniture"] = "body"
    """What the paragraph is: the story ("body"), or a part of the page around it; "furniture" is a link or
    promotion line ("Related: ...", "Download our app") that no answer reads."""


class Sentence(Fact):
    index: int
    paragraph: int


class Dateline(Fact):
    """The wire-copy opener, e.g. `Washington/New Delhi, Mar 28 (UNI)`."""

    places: tuple[str, ...] = ()
    date_text: str | None = None
    agency: str | None = None


YearSource = Literal[
    "published", "page", "head", "dateline", "weekday", "text", "story", "shared", "today", "none"
]
"""How the publication date was worked out, surest first: given explicitly, the page's metadata, the date
line at the story's head ("Published: Mon Mar 3, 2014"), a dateline
with its year, a dateline whose year fits the story's weekdays, a dateline with a year from the text, the
story's latest day written with its weekday and year (assumed), the day the text was shared in Slack
(assumed), a dateline with the latest past year (assumed), or not at all."""
ASSUMED_SOURCES = frozenset({"story", "shared", "today"})


class Provenance(BaseModel):
    """Where and when the story comes from, and how the publication date was worked out."""

    model_config = ConfigDict(frozen=True)

    dateline: Dateline | None = None
    agency: str | None = None
    byline: str | None = None
    signoff: Fact | None = None
    published: date | None = None
    published_source: YearSource = "none"
    explanation: str = ""


MentionKind = Literal["name", "short", "role", "handle", "pronoun"]


class Mention(Fact):
    kind: MentionKind = "name"


class Person(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    roles: tuple[str, ...] = ()
    organisation: str | None = None
    country: str | None = None
    handles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


class Entity(BaseModel):
    """An organisation or a place, with every mention of it."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: Literal["organisation", "place"]
    mentions: tuple[Mention, ...] = ()


class Quote(Fact):
    """A direct quotation: `text` is what stands inside the quote marks (marks excluded).

    `speaker` is the speaker as the story names it: a person's canonical name, an organisation, a
    document or role phrase ("the statement", "a spokeswoman for the union"), or a group's phrase
    ("Sens. Tom Carper, Dianne Feinstein and Ben Cardin", "Gallagher and his colleagues"). For a group,
    `speakers` holds the `Person.name` of each member the phrase names, in its order; it is empty for
    one speaker, whose person `speaker` names itself.
    """

    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    speaker_start: int | None = None
    speaker_end: int | None = None
    channel: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    partial: bool = False
    sentence: int = 0
    paragraph: int = 0


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class TimeExpression(Fact):
    """A temporal expression with a TIMEX3 type and value anchored on the publication date.

    A range ("March 25-29") has `value` "2025-03-25/2025-03-29" and `begin`/`until` set.
    `event` is the clause the expression dates, for timelines.
    """

    type: TimexType
    value: str
    begin: str | None = None
    until: str | None = None
    event: str = ""
    event_start: int | None = None
    event_end: int | None = None
    sentence: int = 0


class Summary(BaseModel):
    model_config = ConfigDict(frozen=True)

    sentences: tuple[int, ...] = ()
    """Indices into `Article.sentences`, best first."""
    gist: str = ""
    key_points: tuple[int, ...] = ()
    """Indices into `Article.sentences`, in document order."""


class Article(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    title: str | None = None
    provenance: Provenance = Provenance()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    summary: Summary = Summary()
    origin: Origin | None = None
    """What the source said (page title, byline, date); None in articles stored before origins were kept."""

    @property
    def published(self) -> date | None:
        return self.provenance.published

    @property
    def document(self) -> Document:
        """The document this article was parsed from, to parse it again (e.g. with another date)."""
        if self.origin is None:  # stored by an older version: its title and byline are the best origin left
            return Document(text=self.text, title=self.title, byline=self.provenance.byline)
        return Document(text=self.text, **self.origin.model_dump())

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding a character offset, for citations; a bisect, as answers cite in loops."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_after(self, offset: int) -> Sentence | None:
        """The first sentence starting after `offset` (an offset between sentences belongs to none)."""
        i = bisect.bisect_right(self._sentence_starts, offset)
        return self.sentences[i] if i < len(self.sentences) else None


class ArticleError(ValueError):
    """The input cannot be read as an article (empty, binary, too large)."""
