"""The desk's answers: a followed story, the channel's feeds, a digest, search results and one timeline
across stories. Plain `Answer`s like every other; several stories cite by story (headline), not by
paragraph, since a paragraph number means nothing across articles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.answers.model import Answer, Item
from bot.answers.synonyms import STOPWORDS, stem
from bot.answers.timeline import TIMELINE_TYPES, _one_per_event, key_date, timeline_item
from bot.answers.timex import human_date, sort_key
from bot.article.model import Article, Quote

MAX_STORIES = 20
"""Stories shown in one digest (the rest are counted)."""
MAX_EVENTS = 15
MAX_PEOPLE = 5
SAME_EVENT = 0.6
"""Share of content words two events must have in common to be one event (then their dates must agree)."""
MIN_EVENT_WORDS = 3
QUOTE_WORDS = 4
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
FEED_USAGE = (
    "`follow <feed link> [keywords]`, `feeds`, `unfollow <number or link>`, "
    "`digest daily HH:MM | weekly DAY HH:MM | off | now`, `search <words>`, `timeline [words]`."
)


@dataclass(frozen=True)
class StoryRef:
    """One story of the channel's library, as the multi-story answers take it."""

    article_id: int
    title: str
    article: Article
    also_in: tuple[str, ...] = ()


def top_quote(article: Article) -> Quote | None:
    """The story's first full quote (a scare quote of a word or two is no quote) with a named speaker,
    else its first full quote."""
    full = [q for q in article.quotes if len(q.text.split()) >= QUOTE_WORDS]
    named = [q for q in full if q.speaker and not q.speaker.startswith("Unnamed")]
    candidates = named or full
    return candidates[0] if candidates else None


def story(
    article: Article,
    *,
    title: str,
    article_id: int,
    link: str | None,
    outlet: str | None,
    also_in: Sequence[str],
) -> Answer:
    """A followed item as posted: headline, gist, key date, top quote with its speaker, link."""
    items = list(key_date(article))
    quote = top_quote(article)
    if quote is not None:
        items.append(Item(label=quote.speaker or "Unattributed", text=f"“{quote.text}”"))
    footer = " · ".join(
        part
        for part in (f"From {outlet}" if outlet else "", f"also in: {', '.join(also_in)}" if also_in else "")
        if part
    )
    return Answer(
        kind="story",
        title=title,
        intro=article.summary.gist or None,
        items=tuple(items),
        footer=footer or None,
        link=link,
        article_id=article_id,
    )


def ago(then: int | None, now: int) -> str:
    if then is None:
        return "not checked yet"
    minutes = max(0, now - then) // 60
    if minutes < 1:
        return "checked just now"
    if minutes < 120:
        return f"checked {minutes} min ago"
    return f"checked {minutes // 60} h ago"


@dataclass(frozen=True)
class FeedLine:
    title: str
    url: str
    keywords: tuple[str, ...]
    checked_at: int | None
    error: str | None


def feed_list(feeds: Sequence[FeedLine], now: int) -> Answer:
    items = tuple(
        Item(
            label=str(number),
            text=f"{feed.title} ({feed.url})",
            detail="; ".join(
                part
                for part in (
                    f"keywords: {', '.join(feed.keywords)}" if feed.keywords else "every item",
                    ago(feed.checked_at, now),
                    f"error: {feed.error}" if feed.error else "",
                )
                if part
            ),
        )
        for number, feed in enumerate(feeds, 1)
    )
    return Answer(
        kind="feeds",
        title="Feeds this channel follows",
        intro=None if items else "This channel follows no feeds yet.",
        items=items,
        footer="`follow <link> [keywords]` adds one, `unfollow <number>` stops one.",
    )


def followed(
    title: str, url: str, keywords: Sequence[str], *, again: bool, total: int, posting: int
) -> Answer:
    what = f"items matching {', '.join(keywords)}" if keywords else "every new item"
    now = f" Here are the latest {posting}." if posting else ""
    return Answer(
        kind="feeds",
        title=f"{'Updated' if again else 'Following'}: {title}",
        intro=f"{total} items in the feed now.{now} I'll post {what} here as they come, each story once.",
        footer=url,
    )


def polled(feeds: int, posted: int) -> Answer:
    """`poll` (the console's): how many feeds were read and how many new posts they gave."""
    return Answer(kind="feeds", title=f"Polled {feeds} feeds: {posted} new posts")


def unfollowed(title: str) -> Answer:
    return Answer(kind="feeds", title=f"Stopped following {title}")


def scheduled(description: str, tz: str, note: str | None = None) -> Answer:
    return Answer(
        kind="digest",
        title=f"Digest {description}",
        intro=f"Times are in {tz}." + (f" {note}" if note else ""),
        footer="`digest now` shows what it would say; `digest off` stops it.",
    )


def digest_off(existed: bool) -> Answer:
    return Answer(kind="digest", title="Digest off" if existed else "No digest was scheduled")


def problem(message: str) -> Answer:
    return Answer(kind="error", title="Couldn't do that", intro=message, footer=FEED_USAGE)


# one timeline across stories ---------------------------------------------------------------------


DateOf = tuple[int, str]
"""(article id, date value): one line of a merged timeline."""


@dataclass(frozen=True)
class Event:
    ref: StoryRef
    item: Item
    value: str
    key: tuple[int, int, int, str]
    words: frozenset[str]
    reported: bool
    """The date the story was filed (its dateline or publication day): when it was said, not when the
    event happens, so it never conflicts with another story's."""
    start: int

    @property
    def date_of(self) -> DateOf:
        return (self.ref.article_id, self.value)


def _event_words(text: str, timex_text: str) -> frozenset[str]:
    text = text.replace(timex_text, " ")
    return frozenset(stem(w) for w in WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2)


def events(refs: Sequence[StoryRef]) -> list[Event]:
    """Every dated event of the stories, oldest first (a story's mentions of one date in text order)."""
    found: list[Event] = []
    for ref in refs:
        article = ref.article
        dated = _one_per_event(
            [t for t in article.dates if t.type in TIMELINE_TYPES and human_date(t.value, t.begin, t.until)]
        )
        dateline = article.provenance.dateline
        filed = article.published.isoformat() if article.published else None
        for timex in dated:
            item = timeline_item(article, timex)
            in_dateline = dateline is not None and dateline.start <= timex.start < dateline.end
            found.append(
                Event(
                    ref,
                    item,
                    timex.value,
                    sort_key(timex.value, timex.begin, timex.until),
                    _event_words(item.text, timex.text),
                    in_dateline or timex.value == filed,
                    timex.start,
                )
            )
    found.sort(key=lambda e: (e.key, e.ref.article_id, e.start))
    return found


def one_per_date(found: Sequence[Event]) -> list[Event]:
    """A story's first mention of each date (often its headline's): across stories, a line per date and
    story is what reads well."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for event in found:
        if (event.ref.article_id, event.value) not in seen:
            seen.add((event.ref.article_id, event.value))
            kept.append(event)
    return kept


def conflicts(found: Sequence[Event]) -> dict[DateOf, dict[DateOf, Event]]:
    """For each (story, date), the (story, date)s of other stories that tell one of its events with
    another date. Every mention counts: the headline may word it differently from the lead."""
    clashes: dict[DateOf, dict[DateOf, Event]] = {}
    for i, a in enumerate(found):
        if len(a.words) < MIN_EVENT_WORDS or a.reported:
            continue
        for j in range(i + 1, len(found)):
            b = found[j]
            if b.ref.article_id == a.ref.article_id or b.value == a.value or len(b.words) < MIN_EVENT_WORDS:
                continue
            if b.reported:
                continue
            if len(a.words & b.words) / len(a.words | b.words) >= SAME_EVENT:
                clashes.setdefault(a.date_of, {}).setdefault(b.date_of, b)
                clashes.setdefault(b.date_of, {}).setdefault(a.date_of, a)
    return clashes


def _timeline_items(
    found: Sequence[Event], limit: int, *, after: tuple[int, int, int, str] | None = None
) -> tuple[tuple[Item, ...], int]:
    """The merged timeline's lines (from `after` on, when given) and how many lines carry a conflict."""
    clashes = conflicts(found)
    lines = [e for e in one_per_date(found) if after is None or e.key >= after]
    items: list[Item] = []
    for event in lines[:limit]:
        notes = [f"in “{event.ref.title}”"]
        notes += [
            f"⚠ conflicts with {other.item.label} in “{other.ref.title}”"
            for other in clashes.get(event.date_of, {}).values()
        ]
        items.append(
            Item(
                text=event.item.text,
                label=event.item.label,
                detail="; ".join(notes),
                article_id=event.ref.article_id,
            )
        )
    return tuple(items), sum(1 for e in lines if e.date_of in clashes)


def timeline(refs: Sequence[StoryRef], query: str = "") -> Answer:
    """`/article timeline [words]`: the dated events of all matching stories, conflicting dates flagged."""
    about = f" for “{query}”" if query else ""
    if not refs:
        return Answer(
            kind="dates", title=f"Timeline{about}", intro="No story in this channel's library matches."
        )
    found = events(refs)
    items, clashing = _timeline_items(found, MAX_EVENTS * 2)
    intro = f"{len(one_per_date(found))} dates across {len(refs)} stories."
    if clashing:
        intro += f" ⚠ {clashing} events have conflicting dates between stories."
    return Answer(kind="dates", title=f"Timeline{about}", intro=intro, items=items)


# digest ------------------------------------------------------------------------------------------


def quoted_people(refs: Sequence[StoryRef]) -> list[tuple[str, int, int]]:
    """(speaker, quotes, stories) by quotes, most first."""
    quotes: Counter[str] = Counter()
    stories: dict[str, set[int]] = {}
    for ref in refs:
        for quote in ref.article.quotes:
            if not quote.speaker or quote.speaker.startswith("Unnamed"):
                continue
            for name in quote.speakers or (quote.speaker,):  # a group's quote counts for each member
                quotes[name] += 1
                stories.setdefault(name, set()).add(ref.article_id)
    return [(name, n, len(stories[name])) for name, n in quotes.most_common(MAX_PEOPLE)]


def digest(refs: Sequence[StoryRef], *, since: datetime, today: date, label: str) -> Answer:
    """Stories since the last digest, each with headline, gist and key date; upcoming dates across them;
    the most-quoted people."""
    if not refs:
        return Answer(kind="digest", title=label, intro=f"Nothing new since {since:%b %-d, %H:%M}.")
    shown = refs[:MAX_STORIES]
    items = []
    for ref in shown:
        key = key_date(ref.article)
        detail = "; ".join(
            part
            for part in (
                key[0].text if key else "",
                f"also in: {', '.join(ref.also_in)}" if ref.also_in else "",
            )
            if part
        )
        items.append(
            Item(
                label=ref.title,
                text=ref.article.summary.gist or "",
                detail=detail or None,
                article_id=ref.article_id,
            )
        )
    upcoming_items, _ = _timeline_items(
        events(refs), MAX_EVENTS, after=(today.year, today.month, today.day, "")
    )
    people = tuple(
        Item(label=name, text=f"{n} quote{'s' if n != 1 else ''} in {m} stor{'ies' if m != 1 else 'y'}")
        for name, n, m in quoted_people(refs)
    )
    parts = []
    if upcoming_items:
        parts.append(Answer(kind="dates", title="Coming up", items=upcoming_items))
    if people:
        parts.append(Answer(kind="digest", title="Most quoted", items=people))
    more = len(refs) - len(shown)
    return Answer(
        kind="digest",
        title=label,
        intro=f"{len(refs)} stor{'ies' if len(refs) != 1 else 'y'} since {since:%b %-d, %H:%M}.",
        items=tuple(items),
        parts=tuple(parts),
        footer=f"…and {more} more in `search`." if more else None,
    )


# search ------------------------------------------------------------------------------------------


def best_sentence(article: Article, words: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence holding most of the searched words (by stem), with the spans of those words."""
    wanted = {stem(w) for w in words}
    best: tuple[int, str, tuple[tuple[int, int], ...]] = (-1, "", ())
    for sentence in article.sentences:
        spans = tuple(m.span() for m in WORD.finditer(sentence.text) if stem(m.group()) in wanted)
        score = len({stem(sentence.text[a:b]) for a, b in spans})
        if score > best[0]:
            best = (score, sentence.text, spans)
    return best[1], best[2]


def search_results(query: str, refs: Sequence[StoryRef], words: Sequence[str]) -> Answer:
    if not refs:
        return Answer(
            kind="search", title=f"Search: {query}", intro="No story in this channel's library matches."
        )
    items = []
    for ref in refs:
        sentence, marks = best_sentence(ref.article, words)
        items.append(
            Item(label=ref.title, text=sentence or ref.title, marks=marks, article_id=ref.article_id)
        )
    return Answer(
        kind="search",
        title=f"Search: {query}",
        intro=f"{len(items)} stor{'ies' if len(items) != 1 else 'y'}, best match first.",
        items=tuple(items),
    )
