"""`/article` answers remembered per command text: for one loaded article `answer_command` is pure, and
channels ask the same few things ("summary", "quotes") again and again, so repeats skip the answer engine.
"""

from __future__ import annotations

from functools import lru_cache

from bot.answers import Answer, answer_command
from bot.article.model import Article

CACHE_SIZE = 256
MAX_CACHED_TEXT = 200
"""Longer command texts are answered without caching, so odd inputs cannot crowd out the common ones."""


class CommandAnswers:
    """`answers(text)` == `answer_command(text, article)`, with a bounded, thread-safe LRU in front."""

    def __init__(self, article: Article, size: int = CACHE_SIZE) -> None:
        self.article = article
        self._cached = lru_cache(maxsize=size)(self._answer)

    def _answer(self, text: str) -> Answer:
        return answer_command(text, self.article)

    def __call__(self, text: str) -> Answer:
        key = " ".join(text.split())
        return self._cached(key) if len(key) <= MAX_CACHED_TEXT else self._answer(key)
