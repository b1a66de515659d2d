"""The `who` answers: everyone in the story with roles and how often quoted, or one person in detail."""

from __future__ import annotations

import re

from bot.answers.citations import cite_span
from bot.answers.model import Answer, Item
from bot.answers.quotes import quote_item
from bot.answers.roles import person_name_spans, role_span
from bot.answers.speakers import find_person, query_words, quote_count, quotes_by, speaker_of, speakers_of
from bot.article.model import Article, Person, Quote
from bot.article.quotes import PRONOUNS
from bot.article.quotes.words import DOCUMENT_NOUNS

NO_ROLE = "No role given"
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


def _role_text(article: Article, person: Person, role: tuple[int, int] | None) -> str:
    """The role as the article words it next to the name, then any other role the extractor found."""
    if role is None:
        return "; ".join(person.roles) or NO_ROLE
    worded = " ".join(article.text[role[0] : role[1]].split())
    others = [r for r in person.roles if r.lower() not in worded.lower()]
    return "; ".join([worded, *others])


def named_by_role(query: str, person: Person) -> bool:
    """ "who is the Foreign Secretary?" names a role: the answer is the name, not the role again."""
    return bool(query_words(query)) and not query_words(query) & query_words(person.name)


def person_item(article: Article, person: Person, *, by_role: bool = False) -> Item:
    """Who someone is: the role phrase next to their name is the highlighted answer, else their first mention;
    asked by role (`by_role`), the name is."""
    role = role_span(article, person_name_spans(person), person)
    span = (None if by_role else role) or _first_span(article, person)
    facts = [_quoted(quote_count(article, person))]
    if person.organisation:
        facts.append(person.organisation)
    if person.handles:
        facts.append(", ".join(person.handles))
    return Item(
        text=_role_text(article, person, role),
        label=person.name,
        detail=", ".join(facts),
        highlight=span,
        citations=cite_span(article, *span) if span else (),
    )


def speaker_item(article: Article, quote: Quote) -> Item | None:
    """Who an unlisted quoted speaker is ("Cary Leahy, senior US economist at …"), read next to the name."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    role = role_span(article, [(quote.speaker_start, quote.speaker_end)])
    if role is None:
        return None
    return Item(
        text=" ".join(article.text[role[0] : role[1]].split()),
        label=quote.speaker,
        highlight=role,
        citations=cite_span(article, *role),
    )


def _unresolved_speakers(article: Article) -> list[Item]:
    """Quoted speakers the people extractor did not list ("the MEA spokesperson"): `who` misses no voice."""
    counts: dict[str, list[int]] = {}
    for quote in article.quotes:
        if quote.speaker and quote.speaker.lower() not in PRONOUNS and not speakers_of(article, quote):
            counts.setdefault(quote.speaker, []).append(quote.start)
    items = []
    for speaker, starts in counts.items():
        quote = next(q for q in article.quotes if q.start == starts[0])
        start = quote.speaker_start if quote.speaker_start is not None else quote.start
        end = quote.speaker_end if quote.speaker_end is not None else quote.end
        items.append(
            Item(
                text=_voice_kind(article, speaker),
                label=speaker,
                detail=_quoted(len(starts)),
                highlight=(start, end),
                citations=cite_span(article, start, end),
            )
        )
    return items


def _voice_kind(article: Article, speaker: str) -> str:
    """What a quoted voice that is no listed person is: an organisation of the story by its name or the
    first words of it ("American" for American Airlines), a place speaking for its government ("Beijing"),
    a document ("the statement"), else a speaker the text does not name ("a spokeswoman for the union")."""
    words = speaker.split()
    if words and words[-1].lower() in DOCUMENT_NOUNS:
        return "Document"
    named = [o.name for o in article.organisations if o.name == speaker or o.name.startswith(f"{speaker} ")]
    if words[:1] and words[0][:1].isupper() and len(named) == 1:
        return "Organisation" if named[0] == speaker else f"Organisation: {named[0]}"
    if any(place.name == speaker for place in article.places):  # "Beijing said": its government
        return "Place (its government or officials)"
    return "Unnamed speaker" if words[:1] and words[0][:1].islower() else "Quoted speaker"


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
        quotes = tuple(quote_item(article, q) for q in article.quotes if person in speakers_of(article, q))
        item = person_item(article, person, by_role=named_by_role(name, person))
        return Answer(kind="who", title=person.name, items=(item, *quotes))
    spoken = quotes_by(article, name)
    if spoken and name.strip():
        items = tuple(quote_item(article, q) for q in spoken)
        role = next((item for item in map(lambda q: speaker_item(article, q), spoken) if item), None)
        intro = f"Quoted {len(items)} time(s):"
        return Answer(kind="who", title=name, intro=intro, items=(role, *items) if role else items)
    mentions = _text_mentions(article, name) if name.strip() else ()
    if mentions:
        return Answer(kind="who", title=name, intro="Mentioned in:", items=mentions)
    return Answer(
        kind="abstain",
        title=f"I couldn't find “{name}” in this article" if name.strip() else "Who do you mean?",
        footer="Try `/article who` to list the people in the story.",
    )
