"""Where DM and thread conversations live between messages, so follow-ups ("and what did he say?") work.

In memory and bounded for now; a SQLite store with the same two methods will replace it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol

from bot.answers import Conversation


class ConversationStore(Protocol):
    def get(self, key: str) -> Conversation | None: ...

    def put(self, key: str, conversation: Conversation) -> None: ...


class MemoryConversations:
    """A thread-safe LRU of conversations keyed by DM channel (or channel:thread for mentions)."""

    def __init__(self, limit: int = 1000) -> None:
        self.limit = limit
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Conversation | None:
        with self._lock:
            conversation = self._items.get(key)
            if conversation is not None:
                self._items.move_to_end(key)
            return conversation

    def put(self, key: str, conversation: Conversation) -> None:
        with self._lock:
            self._items[key] = conversation
            self._items.move_to_end(key)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
