"""Plain answer data: what the bot says, with citations, before any Slack or terminal rendering."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class Citation(BaseModel):
    """The sentence an answer item comes from; `start`/`end` index `Article.text`."""

    model_config = ConfigDict(frozen=True)

    sentence: int
    paragraph: int
    start: int
    end: int
    text: str


class Item(BaseModel):
    """One line of an answer: a quote with its speaker, a dated event, a person, a summary sentence."""

    model_config = ConfigDict(frozen=True)

    text: str
    label: str | None = None
    """Who or when: the speaker of a quote, the date of an event, a person's name."""
    detail: str | None = None
    """Secondary text: roles, channel of a quote, how a date was inferred."""
    highlight: tuple[int, int] | None = None
    """The exact answer span inside `Article.text`, when narrower than the cited sentence."""
    citations: tuple[Citation, ...] = ()
    marks: tuple[tuple[int, int], ...] = ()
    """Spans of `text` to emphasise (the words a search matched)."""
    article_id: int | None = None
    """The library article this item is about (a story of a digest or search): it can be made current."""


AnswerKind = Literal[
    "summary",
    "quotes",
    "dates",
    "who",
    "source",
    "help",
    "ask",
    "abstain",
    "error",
    "library",
    "story",
    "feeds",
    "digest",
    "search",
    "home",
]


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: AnswerKind
    title: str
    intro: str | None = None
    items: tuple[Item, ...] = ()
    footer: str | None = None
    """A closing hint, e.g. the closest related fact when abstaining, or command examples."""
    parts: tuple[Answer, ...] = ()
    """Further sections after the items, each with its own title (a digest's timeline and people)."""
    link: str | None = None
    """Where the story can be read (a followed feed's item)."""
    article_id: int | None = None
    """The library article the answer is about: Slack offers a button to make it the channel's article."""
