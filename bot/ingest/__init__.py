"""Anything -> Document: files, web pages, pasted text, Slack file shares and feed items become one document.

`read` is the one way in; the others say where the bytes come from (a path, a link, a Slack message).
"""

from bot.ingest.fetch import Loaded, from_message, from_url, is_link, load, read, read_file
from bot.ingest.web import FetchLimits, LoadError

__all__ = [
    "FetchLimits",
    "LoadError",
    "Loaded",
    "from_message",
    "from_url",
    "is_link",
    "load",
    "read",
    "read_file",
]
