"""The `who` answers: everyone in the story with roles and how often quoted, or one person in detail."""

from __future__ import annotations

import re

from bot.answers.citations import cite_span
from bot.answers.model import Answer, Item
from bot.answers.quotes import quote_item
from bot.answers.speakers import find_person, quote_count, quotes_by, speaker_of
from bot.article.model import Article, Person

MAX_TEXT_MENTIONS = 3
"""When a name is only found by searching the text, cite at most this many sentences."""


def _quoted(count: int) -> str:
    if count == 0:
        return "not quoted"
    return "quoted once" if count == 1 else f"quoted {count} times"


def _first_span(article: Article, person: Person) -> tuple[int, int] | None:
    """Where the person is introduced: first named mention, else first quote, else the name in the text."""
    named = [m for m in person.mentions if m.kind != "pronoun"]
    if named:
        first = min(named, key=lambda m: m.start)
        return first.start, first.end
    for quote in article.quotes:
        if speaker_of(article, quote) == person and quote.speaker_start is not None:
            return quote.speaker_start, quote.speaker_end or quote.speaker_start
    at = article.text.find(person.name)
    return (at, at + len(person.name)) if at >= 0 else None


def person_item(article: Article, person: Person) -> Item:
    span = _first_span(article, person)
    facts = [_quoted(quote_count(article, person))]
    if person.organisation:
        facts.append(person.organisation)
    if person.handles:
        facts.append(", ".join(person.handles))
    return Item(
        text="; ".join(person.roles) or "No role given",
        label=person.name,
        detail=", ".join(facts),
        highlight=span,
        citations=cite_span(article, *span) if span else (),
    )


def _unresolved_speakers(article: Article) -> list[Item]:
    """Quoted speakers the people extractor did not list ("the MEA spokesperson"): `who` misses no voice."""
    counts: dict[str, list[int]] = {}
    for quote in article.quotes:
        if quote.speaker and speaker_of(article, quote) is None:
            counts.setdefault(quote.speaker, []).append(quote.start)
    items = []
    for speaker, starts in counts.items():
        quote = next(q for q in article.quotes if q.start == starts[0])
        start = quote.speaker_start if quote.speaker_start is not None else quote.start
        end = quote.speaker_end if quote.speaker_end is not None else quote.end
        items.append(
            Item(
                text="Quoted speaker",
                label=speaker,
                detail=_quoted(len(starts)),
                highlight=(start, end),
                citations=cite_span(article, start, end),
            )
        )
    return items


def build_people(article: Article, argument: str = "") -> Answer:
    people = sorted(article.people, key=lambda p: (-quote_count(article, p), -len(p.mentions)))
    items = tuple(person_item(article, p) for p in people) + tuple(_unresolved_speakers(article))
    if not items:
        return Answer(kind="who", title="People", intro="I found no people named in this article.")
    return Answer(kind="who", title="People in this article", items=items)


def _text_mentions(article: Article, name: str) -> tuple[Item, ...]:
    """The sentences that contain the name verbatim: a last resort when no person or speaker matches."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    items: list[Item] = []
    for match in pattern.finditer(article.text):
        sentence = article.sentence_at(match.start())
        if sentence is None or any(sentence.index == i.citations[0].sentence for i in items):
            continue
        items.append(
            Item(text=sentence.text, highlight=match.span(), citations=cite_span(article, *match.span()))
        )
        if len(items) == MAX_TEXT_MENTIONS:
            break
    return tuple(items)


def build_person(article: Article, name: str) -> Answer:
    person = find_person(article, name)
    if person is not None:
        quotes = tuple(quote_item(article, q) for q in article.quotes if speaker_of(article, q) == person)
        return Answer(kind="who", title=person.name, items=(person_item(article, person), *quotes))
    spoken = quotes_by(article, name)
    if spoken and name.strip():
        items = tuple(quote_item(article, q) for q in spoken)
        return Answer(kind="who", title=name, intro=f"Quoted {len(items)} time(s):", items=items)
    mentions = _text_mentions(article, name) if name.strip() else ()
    if mentions:
        return Answer(kind="who", title=name, intro="Mentioned in:", items=mentions)
    return Answer(
        kind="abstain",
        title=f"I couldn't find “{name}” in this article" if name.strip() else "Who do you mean?",
        footer="Try `/article who` to list the people in the story.",
    )
