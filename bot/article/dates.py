"""Temporal expressions (TIMEX3-like) anchored on the publication date. STUB: being written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.article.model import Sentence, TimeExpression


def extract_dates(text: str, sentences: Sequence[Sentence], anchor: date | None) -> tuple[TimeExpression, ...]:
    return ()
