"""Desk command text -> a typed command: `follow`, `unfollow`, `feeds`, `digest`, `search`, `timeline`
(after `/article`, or typed in the console)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Literal

from bot.answers.intents import first_word

DeskVerb = Literal["follow", "unfollow", "feeds", "digest", "search", "timeline", "poll"]
VERBS: dict[str, DeskVerb] = {
    "follow": "follow",
    "subscribe": "follow",
    "unfollow": "unfollow",
    "unsubscribe": "unfollow",
    "feeds": "feeds",
    "digest": "digest",
    "search": "search",
    "timeline": "timeline",
    "poll": "poll",
}
MAX_KEYWORDS = 50
MAX_KEYWORD_CHARS = 100


@dataclass(frozen=True)
class DeskCommand:
    verb: DeskVerb
    argument: str = ""


def parse_desk_command(text: str) -> DeskCommand | None:
    found = first_word(text)
    verb = VERBS.get(found[0]) if found else None
    return DeskCommand(verb, found[1]) if verb and found else None


class KeywordError(ValueError):
    pass


def words_of(text: str) -> list[str]:
    """Words and "quoted phrases" (a quoted path with spaces stays one); an unbalanced quote is ignored."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.replace('"', " ").split()


def keywords(parts: list[str]) -> tuple[str, ...]:
    """The keywords among `parts` (words_of), each once (any case); a clear error past MAX_KEYWORDS."""
    found: list[str] = []
    for part in parts:
        word = " ".join(part.split())
        if word and word.lower() not in (w.lower() for w in found):
            found.append(word[:MAX_KEYWORD_CHARS])
    if len(found) > MAX_KEYWORDS:
        raise KeywordError(f"That's {len(found)} keywords; a feed takes at most {MAX_KEYWORDS}.")
    return tuple(found)


def keyword_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any keyword at a word start, case-insensitive ("tariff" finds "Tariffs"); None matches everything."""
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
