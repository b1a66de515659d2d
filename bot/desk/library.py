"""Run a library command for one channel (or the console): the I/O glue between ingest, store and answers.

Slack listeners and the console both call `run`, so `load`, `list`, `use` and `forget` behave the same.
It sits beside the front ends, not in `bot.answers` (pure, no I/O) nor in `bot.store` (which knows no
Answer): it is the one place where a loaded document, the library and an answer meet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from bot.answers import Answer
from bot.answers import library as answers
from bot.answers.library_commands import LibraryCommand
from bot.article import Article
from bot.config import Settings
from bot.ingest.fetch import FetchLimits, Loaded, LoadError, from_message, is_link, load
from bot.limits import Deadline
from bot.store import ArticleRecord, Library

logger = logging.getLogger(__name__)

LIST_LIMIT = 15


def fetch_limits(settings: Settings) -> FetchLimits:
    """The FETCH_* settings, for every link, file and feed the bot reads (Slack and the console alike)."""
    return FetchLimits(
        max_bytes=settings.fetch_max_bytes,
        timeout=settings.fetch_timeout,
        deadline=settings.fetch_deadline,
        allow_private=settings.fetch_allow_private,
    )


def run(
    command: LibraryCommand,
    library: Library,
    channel: str,
    limits: FetchLimits | None = None,
    *,
    allow_files: bool = False,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Answer:
    """Do what the command asks; user mistakes come back as an error Answer, never an exception.

    `allow_files` is for the console only: a Slack user must never make the bot read the server's files.
    `shared` is the day the message was sent, the assumed date of pasted text that dates itself nowhere.
    A load stops, as too slow, at `deadline`.
    """
    try:
        if command.verb == "load":
            return load_into(
                lambda: _load(command.argument, limits, allow_files, shared, deadline), library, channel
            )
        if command.verb == "published":
            return set_published(command.argument, library, channel, deadline)
        if command.verb in ("list", "use"):
            library.seed_id()  # the default article is listed and can be switched back to
        if command.verb == "list":
            return answers.listing(library.recent(LIST_LIMIT), library.current_id(channel))
        if command.verb == "use":
            return use(command.argument, library, channel)
        return forget(command.argument, library)
    except LoadError as error:
        return answers.problem(str(error))


def _load(
    argument: str,
    limits: FetchLimits | None,
    allow_files: bool,
    shared: date | None,
    deadline: Deadline | None = None,
) -> Loaded:
    """A link, pasted text (several words), or (console only) a file path."""
    if is_link(argument):
        return load(argument, limits, deadline=deadline)
    if len(argument.split()) > 1:
        return from_message(argument, shared=shared, deadline=deadline)
    if argument and allow_files:
        return load(argument, limits, deadline=deadline)
    raise LoadError(
        "Load what? Give a link (`load https://example.com/story`) or paste the article after `load`."
    )


def load_pasted(
    text: str,
    library: Library,
    channel: str,
    *,
    shared: date | None = None,
    deadline: Deadline | None = None,
) -> Answer:
    """A story pasted in a message (`shared`: the message's day) becomes the conversation's article."""
    return load_into(lambda: from_message(text, shared=shared, deadline=deadline), library, channel)


Said = Callable[[ArticleRecord, Article, str | None], Answer]
"""What to say about a stored article: `answers.loaded` (headline, gist, date) or `answers.read_for_you`."""


def load_into(
    load: Callable[[], Loaded], library: Library, channel: str, said: Said = answers.loaded
) -> Answer:
    """`load()` a document, parse it and store it as the channel's article, in one transaction: every way a
    story comes in (a link, a paste, a shared file, a shortcut) ends here. A load or parse that fails is the
    problem answer saying why, with nothing stored."""
    try:
        loaded = load()
        article = loaded.article
        record = library.add(article, loaded.source, channel=channel)
    except LoadError as error:
        return answers.problem(str(error))
    logger.info("Loaded article #%s from %s for %s", record.id, loaded.source, channel)
    return said(record, article, loaded.note)


def set_published(argument: str, library: Library, channel: str, deadline: Deadline | None = None) -> Answer:
    """`published YYYY-MM-DD`: the conversation's article is parsed again with that publication date (and
    stored so), so its relative dates ("on Tuesday") resolve; `published none` forgets a wrong one. It is
    parsed as a load is (`Loaded.article`): with a `deadline`, in the sandbox within it."""
    text = argument.strip()
    if text.lower() in ("none", "unknown", "clear"):
        published = None
    else:
        try:
            published = date.fromisoformat(text)
        except ValueError:
            return answers.problem(
                "Published when? Give the date as YYYY-MM-DD, e.g. `published 2025-03-28`"
                " (or `published none` to forget it)."
            )
    article_id = library.current_id(channel)
    current = library.article(article_id)
    redated = (
        Loaded(current.document.dated(published), "the library", deadline=deadline).article
        if current
        else None
    )
    record = library.replace(article_id, redated) if redated else None
    if record is None or redated is None:
        return answers.problem("That article was just removed from the library; load it again.")
    return answers.redated(record, redated)


def use(query: str, library: Library, channel: str) -> Answer:
    if not query:
        return answers.problem("Use which article? Give its id or words from its title (see `list`).")
    found = library.find(query)
    if not found:
        return answers.problem(f"No article matches {query!r}. See `list` for what is in the library.")
    if len(found) > 1:
        return answers.matches(found)
    record = found[0]
    library.set_current(channel, record.id)
    article = library.article(record.id)
    assert article is not None
    return answers.switched(record, article)


def forget(argument: str, library: Library) -> Answer:
    digits = argument.strip().lstrip("#")
    if not digits.isdigit():
        return answers.problem("Forget which article? Give its id, e.g. `forget 3` (see `list`).")
    if not library.forget(int(digits)):
        return answers.problem(f"There is no article #{digits}.")
    return answers.forgotten(int(digits))
