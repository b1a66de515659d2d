"""`/article` answers remembered per command text, already rendered: for one loaded article a command's
answer is pure, and channels ask the same few things ("summary", "quotes") again and again, so repeats skip
both the answer engine and Block Kit rendering and go straight into the slash command's HTTP response.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.answers import Answer, answer_command
from bot.article.model import Article
from bot.slack import render

CACHE_SIZE = 256
MAX_CACHED_TEXT = 200
"""Longer command texts are answered without caching, so odd inputs cannot crowd out the common ones."""


def command_key(text: str) -> str:
    """The text as the answer engine reads it: surrounding and repeated whitespace do not matter."""
    return " ".join(text.split())


class CommandAnswers:
    """`answers(text)` == `answer_command(text, article)` and `answers.message(text)` is its private
    message with the Share button, each behind a bounded, thread-safe LRU."""

    def __init__(self, article: Article, size: int = CACHE_SIZE) -> None:
        self.article = article
        self._answers = lru_cache(maxsize=size)(self._answer)
        self._messages = lru_cache(maxsize=size)(self._message)

    def _answer(self, key: str) -> Answer:
        return answer_command(key, self.article)

    def _message(self, key: str) -> dict[str, Any]:
        return render.message(self(key), share=key)

    def __call__(self, text: str) -> Answer:
        key = command_key(text)
        return self._answers(key) if len(key) <= MAX_CACHED_TEXT else self._answer(key)

    def message(self, text: str) -> dict[str, Any]:
        """`text` + `blocks` for the command's answer. Shared between requests: read it, never change it."""
        key = command_key(text)
        return self._messages(key) if len(key) <= MAX_CACHED_TEXT else self._message(key)
