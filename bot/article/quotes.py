"""Direct quotations with their speakers. STUB: being written."""

from __future__ import annotations

from collections.abc import Sequence

from bot.article.model import Paragraph, Quote, Sentence


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]
) -> tuple[Quote, ...]:
    return ()
