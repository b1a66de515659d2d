"""A tiny hand-built Article whose every fact is known, so answer tests don't depend on the extractors."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article.model import (
    Article,
    Dateline,
    Mention,
    Person,
    Provenance,
    Quote,
    Summary,
    TimeExpression,
)
from bot.article.sentences import segment

TINY_TEXT = (
    "LONDON, Jan 5 (Reuters) Finance Minister Jane Doe said on Monday that prices will ease. "
    "She spoke at a briefing.\n"
    "“Prices will fall by March,” Doe said in a post on X.\n"
    "Bank governor John Smith disagreed. “Inflation is sticky,” Smith told reporters on Jan 3.\n"
    "“We will not cut rates,” he added.\n"
    "A trade summit runs from March 25-29, 2025.\n"
    "Reporting by Ann Lee"
)


def span(needle: str, nth: int = 0, text: str = TINY_TEXT) -> tuple[int, int]:
    """The `nth` occurrence of `needle` in the text, as a half-open span."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def _quote(inner: str, speaker: str, speaker_at: str, channel: str | None = None) -> Quote:
    start, end = span(inner)
    s_start, s_end = span(speaker_at, text=TINY_TEXT[end:])
    return Quote(
        start=start,
        end=end,
        text=inner,
        speaker=speaker,
        speaker_start=end + s_start,
        speaker_end=end + s_end,
        channel=channel,
    )


def _timex(expression: str, value: str, event: str, **kwargs: str) -> TimeExpression:
    start, end = span(expression)
    e_start, e_end = span(event)
    return TimeExpression(
        start=start,
        end=end,
        text=expression,
        type="DATE",
        value=value,
        event=event,
        event_start=e_start,
        event_end=e_end,
        **kwargs,
    )


def build_tiny_article() -> Article:
    paragraphs, sentences = segment(TINY_TEXT)
    doe = Person(
        name="Jane Doe",
        roles=("Finance Minister",),
        handles=("@JaneDoeMP",),
        mentions=(Mention(start=span("Jane Doe")[0], end=span("Jane Doe")[1], text="Jane Doe"),),
    )
    smith = Person(
        name="John Smith",
        roles=("Bank governor",),
        mentions=(
            Mention(start=span("John Smith")[0], end=span("John Smith")[1], text="John Smith"),
            Mention(start=span("Smith", 1)[0], end=span("Smith", 1)[1], text="Smith", kind="short"),
        ),
    )
    dateline = Dateline(
        start=0, end=span("(Reuters)")[1], text="LONDON, Jan 5 (Reuters)", places=("London",),
        date_text="Jan 5", agency="Reuters",
    )  # fmt: skip
    return Article(
        text=TINY_TEXT,
        paragraphs=paragraphs,
        sentences=sentences,
        provenance=Provenance(
            dateline=dateline,
            agency="Reuters",
            byline="Ann Lee",
            published=date(2025, 1, 5),
            published_source="dateline",
            explanation="Jan 5 from the dateline; year from the text.",
        ),
        people=(doe, smith),
        quotes=(
            _quote("Prices will fall by March,", "Jane Doe", "Doe", channel="a post on X"),
            _quote("Inflation is sticky,", "Smith", "Smith"),
            _quote("We will not cut rates,", "John Smith", "he"),
        ),
        dates=(
            _timex(
                "March 25-29, 2025",
                "2025-03-25/2025-03-29",
                "A trade summit runs",
                begin="2025-03-25",
                until="2025-03-29",
            ),
            _timex("Jan 3", "2025-01-03", "Smith told reporters"),
            _timex("Monday", "2025-01-05", "Finance Minister Jane Doe said"),
        ),
        summary=Summary(sentences=(2, 0), gist="Jane Doe expects prices to ease; John Smith disagrees."),
    )


@pytest.fixture(scope="session")
def tiny() -> Article:
    return build_tiny_article()
