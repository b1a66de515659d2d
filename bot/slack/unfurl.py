"""Link previews for news sites: a link to a configured domain is read, stored in the library, and shown
as headline, gist and key date. A link that is no article gets no preview (Slack then shows its own)."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from bot.answers import Answer
from bot.answers import library as answers
from bot.ingest.fetch import from_url, is_link
from bot.ingest.web import FetchLimits, LoadError
from bot.store import Library

logger = logging.getLogger(__name__)

MAX_LINKS = 3
"""Links previewed per message: each one is a page fetch, and a pasted link list is not a news share."""


def parse_domains(setting: str) -> frozenset[str]:
    """`NEWSDESK_UNFURL_DOMAINS`: comma-separated, case-insensitive, a leading `*.` or `.` ignored."""
    names = (name.strip().lower().lstrip("*").strip(".") for name in setting.split(","))
    return frozenset(name for name in names if name)


def on_domain(url: str, domains: frozenset[str]) -> bool:
    """The link's host is one of `domains` or under one (`www.example.com` for `example.com`)."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def links_to_preview(links: list[dict[str, str]], domains: frozenset[str]) -> list[str]:
    """The distinct http(s) links of a `link_shared` event on our domains, at most MAX_LINKS."""
    urls: list[str] = []
    for link in links:
        url = link.get("url") or ""
        if is_link(url) and on_domain(url, domains) and url not in urls:
            urls.append(url)
    return urls[:MAX_LINKS]


def preview(url: str, library: Library, limits: FetchLimits) -> Answer | None:
    """The stored article's preview, or None (logged) when the page can't be read as an article."""
    try:
        loaded = from_url(url, limits)
    except LoadError as error:
        logger.info("No preview for %s: %s", url, error)
        return None
    article = loaded.article
    record = library.add(article, loaded.source)
    return answers.preview(record, article)
