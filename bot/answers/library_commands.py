"""Library command text -> a typed command (`load`, `list`, `use`, `forget`); spotting a pasted story."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.answers.intents import first_word

LibraryVerb = Literal["load", "list", "use", "forget", "published"]
VERBS: dict[str, LibraryVerb] = {
    "load": "load",
    "open": "load",
    "list": "list",
    "library": "list",
    "articles": "list",
    "use": "use",
    "switch": "use",
    "forget": "forget",
    "delete": "forget",
    "published": "published",
}
"""The first word after `/article` (or of a console line / DM) that means a library command."""

ARTICLE_MIN_WORDS = 150
ARTICLE_MIN_SENTENCES = 4
PUBLISHED_ARGUMENT = re.compile(r"^(?:\d|none\b|unknown\b|clear\b)", re.IGNORECASE)
"""`published 2025-03-28` sets the date; "published when?" is a question about the article."""
STATEMENT_END = re.compile(r"[.!][\"'”’)]?(?:\s|$)")
"""Statements, not questions: forty questions in a row are a quiz for the bot, not an article."""


@dataclass(frozen=True)
class LibraryCommand:
    verb: LibraryVerb
    argument: str = ""


def parse_library_command(text: str) -> LibraryCommand | None:
    """`load <url>`, `list`, `use 3`, `forget 3`, `published 2025-03-28`, also typed after `/article` in a
    message or the console; None for anything else (a question about the article)."""
    found = first_word(text)
    verb = VERBS.get(found[0]) if found else None
    if verb is None or found is None:
        return None
    argument = found[1]
    if verb == "published" and not PUBLISHED_ARGUMENT.match(argument):
        return None
    return LibraryCommand(verb, argument)


def looks_like_article(text: str) -> bool:
    """A long multi-sentence message (a pasted story), not a question: load it rather than answer it."""
    long_enough = len(text.split()) >= ARTICLE_MIN_WORDS
    return long_enough and len(STATEMENT_END.findall(text)) >= ARTICLE_MIN_SENTENCES
