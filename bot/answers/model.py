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


AnswerKind = Literal[
    "summary", "quotes", "dates", "who", "source", "help", "ask", "abstain", "error", "library"
]


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: AnswerKind
    title: str
    intro: str | None = None
    items: tuple[Item, ...] = ()
    footer: str | None = None
    """A closing hint, e.g. the closest related fact when abstaining, or command examples."""
