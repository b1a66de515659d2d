"""Extractive summary, gist and key points. STUB: being written."""

from __future__ import annotations

from collections.abc import Sequence

from bot.article.model import Paragraph, Sentence, Summary


def summarize(
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    *,
    title: str | None = None,
    lead_offset: int = 0,
    n: int = 3,
) -> Summary:
    return Summary(sentences=tuple(s.index for s in sentences[:n]))
