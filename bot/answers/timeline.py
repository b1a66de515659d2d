"""The `dates` answer: a timeline of what the article dates, oldest first."""

from __future__ import annotations

from bot.answers.citations import cite_sentence, cite_span
from bot.answers.model import Answer, Item
from bot.answers.timex import human_date, sort_key
from bot.article.dates import EVENT_LIMIT
from bot.article.model import Article, TimeExpression

TIMELINE_TYPES = frozenset({"DATE", "TIME"})
"""Durations ("three days") and sets ("every week") are not points on a timeline."""


CLAUSE_END = ".,;:!?)”’\"'"


def _marked_if_cut(article: Article, event: str, end: int) -> str:
    """An event clipped at the length limit ("...reduce barriers to") reads as cut, not as whole."""
    if len(event) < EVENT_LIMIT - 20:
        return event
    sentence = article.sentence_at(max(end - 1, 0))
    rest = article.text[end : sentence.end].lstrip() if sentence else ""
    if rest and not event.endswith(tuple(CLAUSE_END)) and rest[0] not in CLAUSE_END:
        return event + "…"
    return event


def _event(article: Article, timex: TimeExpression) -> tuple[str, tuple[int, int]]:
    """The clause a date belongs to, falling back to its whole sentence."""
    if timex.event and timex.event_start is not None and timex.event_end is not None:
        return _marked_if_cut(article, timex.event, timex.event_end), (timex.event_start, timex.event_end)
    if timex.event:
        return timex.event, (timex.start, timex.end)
    sentence = article.sentence_at(timex.start)
    if sentence:
        return sentence.text, (sentence.start, sentence.end)
    return timex.text, (timex.start, timex.end)


UNRESOLVED = "not on the calendar: the publication date is not known"


def timeline_item(article: Article, timex: TimeExpression) -> Item:
    """A dated event; a date that names no calendar day ("Tuesday" in an undated story) is shown by its
    words, never by its TIMEX3 placeholder ("XXXX-WXX-2")."""
    text, span = _event(article, timex)
    calendar = human_date(timex.value, timex.begin, timex.until)
    citations = cite_span(article, timex.start, timex.end) or cite_sentence(article, timex.sentence)
    if calendar and "X" not in timex.value:
        detail = f"“{timex.text}” → {timex.value}"
    else:
        detail = UNRESOLVED if article.published is None else f"“{timex.text}”: no calendar date"
    return Item(
        text=text,
        label=calendar or timex.text,
        detail=detail,
        highlight=span,
        citations=citations,
    )


def _one_per_event(dates: list[TimeExpression]) -> list[TimeExpression]:
    """A dateline's "Mar 28" and the lead's "today" date the same event: show it once."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for timex in dates:
        key = (timex.value, timex.event)
        if key not in seen:
            seen.add(key)
            kept.append(timex)
    return kept


def build_dates(article: Article, argument: str = "") -> Answer:
    dated = _one_per_event([t for t in article.dates if t.type in TIMELINE_TYPES])
    dated.sort(key=lambda t: (sort_key(t.value, t.begin, t.until), t.start))
    if not dated:
        return Answer(kind="dates", title="Key dates", intro="I found no dates in this article.")
    return Answer(kind="dates", title="Key dates", items=tuple(timeline_item(article, t) for t in dated))


def key_date(article: Article) -> tuple[Item, ...]:
    """The date of the story's main event: the first calendar date in the gist's sentence, else the first
    in the text, else the publication date; none when the article has no date at all. The dated clause
    follows the date unless it is the gist's."""
    dated = [t for t in article.dates if t.type in TIMELINE_TYPES and human_date(t.value, t.begin, t.until)]
    gist = article.summary.gist
    sentences = article.sentences
    in_gist = [
        t for t in dated if gist and t.sentence < len(sentences) and gist in sentences[t.sentence].text
    ]
    chosen = min(in_gist or dated, key=lambda t: t.start) if dated else None
    if chosen is not None:
        item = timeline_item(article, chosen)
        return (Item(label="Key date", text=item.label if in_gist else f"{item.label}: {item.text}"),)
    if article.published:
        return (Item(label="Published", text=human_date(article.published.isoformat()) or ""),)
    return ()
