"""Library results as plain `Answer`s (kind "library"), so Slack and the console render them as any answer."""

from __future__ import annotations

from bot.answers import Answer, Item
from bot.answers.source import PUBLISHED_SOURCES
from bot.answers.summary import build_summary
from bot.answers.timeline import TIMELINE_TYPES, key_date
from bot.answers.timex import human_date
from bot.article.model import Article
from bot.store import ArticleRecord

__all__ = [
    "forgotten",
    "key_date",
    "listing",
    "loaded",
    "preview",
    "problem",
    "read_for_you",
    "reading",
    "switched",
]

USAGE = (
    "`load <link>` reads an article, `list` shows the library, `use <id or title words>` switches to one, "
    "`forget <id>` removes it, `published YYYY-MM-DD` sets the current one's publication date."
)


def loaded(record: ArticleRecord, article: Article, note: str | None = None) -> Answer:
    """After a load: the headline and gist, when it was published (or that it is unknown), and the id to
    come back to it. `note` says when the file was not what its name said."""
    return _current(record, article, note, ". Ask `summary`, `quotes`, `dates` or `who`.")


def read_for_you(record: ArticleRecord, article: Article, note: str | None = None) -> Answer:
    """After "Read with Newsdesk" or "Paste an article": the same, with the key points (each citing its
    sentence) and a link to the source."""
    return _current(
        record, article, note, ": `/article` answers about it here.", points=build_summary(article).items
    )


def _current(
    record: ArticleRecord, article: Article, note: str | None, then: str, points: tuple[Item, ...] = ()
) -> Answer:
    footer = f"Article #{record.id} from {record.source} is now this conversation's article{then}"
    return Answer(
        kind="summary" if points else "library",
        title=record.title,
        intro=article.summary.gist or None,
        items=(*points, published_item(article)),
        footer=f"{note} {footer}" if note else footer,
        link=article.document.url if points else None,
    )


def published_item(article: Article) -> Item:
    """When the story was published and how we know, in one line."""
    provenance = article.provenance
    if provenance.published is None:
        return Item(label="Published", text="not known: set it with `published YYYY-MM-DD`")
    how = PUBLISHED_SOURCES.get(provenance.published_source, provenance.published_source)
    return Item(label="Published", text=f"{human_date(provenance.published.isoformat())} ({how})")


def redated(record: ArticleRecord, article: Article) -> Answer:
    """After `published`: the new date, and how many of the story's dates it now places on the calendar."""
    dated = [t for t in article.dates if t.type in TIMELINE_TYPES]
    resolved = sum(1 for t in dated if human_date(t.value, t.begin, t.until))
    footer = f"Article #{record.id} read again."
    if dated:
        footer += f" {resolved} of its {len(dated)} dates are on the calendar."
    return Answer(kind="library", title=record.title, items=(published_item(article),), footer=footer)


def switched(record: ArticleRecord, article: Article) -> Answer:
    return Answer(
        kind="library",
        title=record.title,
        intro=article.summary.gist or None,
        footer=f"Now using article #{record.id}.",
    )


def matches(records: list[ArticleRecord]) -> Answer:
    """`use WORDS` that fits several articles: the listing of those, to pick one by id."""
    return listing(records).model_copy(update={"title": f"{len(records)} articles match; pick one by id"})


def listing(records: list[ArticleRecord], current_id: int | None = None) -> Answer:
    items = tuple(
        Item(
            label=f"#{r.id}" + (" (current)" if r.id == current_id else ""),
            text=r.title,
            detail=f"{r.source}, {r.created_at[:10]}",
        )
        for r in records
    )
    return Answer(
        kind="library",
        title="Article library",
        intro=None if items else "The library is empty.",
        items=items,
        footer="Switch with `use <id or title words>`.",
    )


def forgotten(article_id: int) -> Answer:
    return Answer(
        kind="library",
        title=f"Forgot article #{article_id}",
        footer="Channels using it go back to the default.",
    )


def preview(record: ArticleRecord, article: Article) -> Answer:
    """A link preview (unfurl): headline, gist, the key date as the one item, and the id to ask about it."""
    return Answer(
        kind="library",
        title=record.title,
        intro=article.summary.gist or None,
        items=key_date(article),
        footer=f"Saved as article #{record.id}: `/article use {record.id}` to ask about it.",
    )


def reading(source: str) -> Answer:
    return Answer(kind="library", title="Reading…", intro=f"Loading {source}")


def problem(message: str) -> Answer:
    return Answer(kind="error", title="Couldn't do that", intro=message, footer=USAGE)
