"""The `source` answer: where and when the story was filed, and how the publication date was worked out."""

from __future__ import annotations

from bot.answers.citations import cite_span
from bot.answers.model import Answer, Citation, Item
from bot.article.model import ASSUMED_SOURCES, Article, Fact

PUBLISHED_SOURCES = {
    "published": "given when the article was loaded",
    "page": "from the page's own metadata",
    "head": "read from the date line at the top of the story",
    "dateline": "read from the dateline",
    "weekday": "read from the dateline; the year is the one the story's weekdays fit",
    "text": "read from the dateline; the year from the article text",
    "story": "assumed: the story's latest day written with its weekday",
    "shared": "assumed: the day it was shared",
    "today": "assumed: the latest past date of the dateline",
    "none": "not known",
}
"""How `Provenance.published_source` reads to a person."""
UNKNOWN_DATE = "Publication date not known: set it with `/article published YYYY-MM-DD`."


def _item(article: Article, label: str, text: str, fact: Fact | None, detail: str | None = None) -> Item:
    span = (fact.start, fact.end) if fact else None
    return Item(
        text=text,
        label=label,
        detail=detail,
        highlight=span,
        citations=_cite(article, *span) if span else (),
    )


def _cite(article: Article, start: int, end: int) -> tuple[Citation, ...]:
    """The sentences of the span; a dateline, which stands before the story's first sentence, cites that."""
    cited = cite_span(article, start, end)
    if cited:
        return cited
    following = next((s for s in article.sentences if s.start >= end), None)
    return cite_span(article, following.start, following.end) if following else ()


def _located(article: Article, needle: str) -> Fact | None:
    """A span for a value the model holds only as a string (the agency), so it can still be cited."""
    at = article.text.find(needle)
    return Fact(start=at, end=at + len(needle), text=needle) if at >= 0 else None


def build_source(article: Article, argument: str = "") -> Answer:
    provenance = article.provenance
    dateline = provenance.dateline
    items: list[Item] = []
    if dateline:
        places = " / ".join(dateline.places) or dateline.text
        items.append(_item(article, "Dateline", places, dateline, detail=dateline.date_text))
    agency = provenance.agency or (dateline.agency if dateline else None)
    if agency:
        where = dateline if dateline and dateline.agency else _located(article, agency)
        items.append(_item(article, "Agency", agency, where))
    if provenance.byline:
        items.append(_item(article, "Byline", provenance.byline, _located(article, provenance.byline)))
    if provenance.published:
        how = PUBLISHED_SOURCES.get(provenance.published_source, provenance.published_source)
        detail = provenance.explanation or how
        # Day and month come from a dated dateline even when the year came from the text.
        dated = dateline is not None and dateline.date_text is not None
        dateline_sources = ("dateline", "weekday", "text", "today")
        anchor = dateline if dated and provenance.published_source in dateline_sources else None
        text = f"{provenance.published:%b} {provenance.published.day}, {provenance.published.year}"
        if provenance.published_source in ASSUMED_SOURCES:
            text += " (assumed)"
        items.append(_item(article, "Published", text, anchor, detail=detail))
    if provenance.signoff:
        items.append(_item(article, "Sign-off", provenance.signoff.text, provenance.signoff))
    footer = None if provenance.published else UNKNOWN_DATE
    if not items:
        intro = "I found no dateline, agency, byline or publication date in this article."
        return Answer(kind="source", title="Source", intro=intro, footer=footer)
    return Answer(kind="source", title="Source", items=tuple(items), footer=footer)
