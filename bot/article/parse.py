"""Document -> Article: the one entry point of the article engine. Pure: no I/O, no global state.

The engine reads clean text: markup, page furniture and file formats are `bot.ingest`'s business, which
hands over a `Document` (text plus what the source said: title, byline, date)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from bot import lexicon
from bot.article.dates import extract_dates
from bot.article.document import Document, Origin
from bot.article.model import (
    Article,
    ArticleError,
    Dateline,
    Entity,
    Mention,
    Paragraph,
    Person,
    Quote,
    Sentence,
    TimeExpression,
)
from bot.article.people import extract_entities
from bot.article.provenance import EMAIL, Found, body_start, find_provenance
from bot.article.quotes import extract_quotes
from bot.article.quotes.sources import with_issuers
from bot.article.sentences import segment
from bot.article.summary import summarize

MAX_CHARS = 2_000_000
"""About 350,000 words: far beyond any news story, small enough to parse in well under a second."""
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_OPENERS = "|".join(
    re.escape(o) for o in sorted(lexicon.lower_words("page_furniture"), key=lambda o: (-len(o), o))
)
FURNITURE = re.compile(
    rf"^(?:(?P<label>[^:|»\n]{{1,60}})[:|»]\s*)?(?:{_OPENERS})\b(?P<mark>\s*[:|»–—-])?", re.IGNORECASE
)
"""A link or promotion line: an opener (page_furniture.txt) first, or right after a short label's colon."""
MAX_FURNITURE_WORDS = 16
MAX_FURNITURE_LABEL_WORDS = 6
SENTENCE_END = ".!?\"”’'"


def decode(data: str | bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else Windows-1252, refusing binary data."""
    if isinstance(data, str):
        return data
    if b"\x00" in data[:8192]:
        raise ArticleError("This looks like a binary file, not an article. Send plain text or an HTML page.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def document_of(source: Document | str | bytes) -> Document:
    """A Document as is; text or bytes as plain text that says nothing about itself."""
    return source if isinstance(source, Document) else Document(text=decode(source))


def _check(text: str) -> None:
    if not text.strip():
        raise ArticleError("The article is empty. Send the text of a news story.")
    if len(text) > MAX_CHARS:
        raise ArticleError(
            f"The article is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})."
            " Send one story at a time."
        )
    sample = text[:8192]
    if len(BINARY_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ArticleError("This looks like a binary file, not an article. Send plain text or an HTML page.")


def _canonical_speakers(quotes: tuple[Quote, ...], people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Name each quote's speaker by the person it refers to ("FS Misri" -> "Vikram Misri"). A role
    reference ("the senator") keeps the text's phrase: its span is the person's role mention, which is
    how answers find the person."""
    mentions = sorted(
        (m.start, m.end, person) for person in people for m in person.mentions if m.kind != "role"
    )
    starts = [start for start, _, _ in mentions]
    by_surname: dict[str, list[Person]] = {}
    for person in people:
        by_surname.setdefault(person.name.split()[-1], []).append(person)
    canonical = []
    for quote in quotes:
        members = _group_at(quote, mentions, starts)
        if members:
            canonical.append(quote.model_copy(update={"speakers": tuple(p.name for p in members)}))
            continue
        speaker = _person_at(quote, mentions, starts) or _person_named(quote, by_surname)
        canonical.append(quote.model_copy(update={"speaker": speaker.name}) if speaker else quote)
    return tuple(canonical)


GROUP_JOINT = re.compile(r"\s(?:and|&)\s")
"""What joins the members of a group of speakers ("Warner and Kaine", "Gallagher and his colleagues")."""


def _group_at(quote: Quote, mentions: list[tuple[int, int, Person]], starts: list[int]) -> tuple[Person, ...]:
    """The people a group speaker phrase names ("Sens. Tom Carper, Dianne Feinstein and Ben Cardin"), in
    its order: a phrase joined by "and" with its people on both sides of the joint, or one person joined
    to a group ("Gallagher and his colleagues"). Empty for one speaker ("Clinton spokesman Jesse Lehrich")."""
    s, e = quote.speaker_start, quote.speaker_end
    if s is None or e is None or quote.speaker is None:
        return ()
    joint = GROUP_JOINT.search(quote.speaker)
    if joint is None:
        return ()
    members: list[Person] = []
    before = after = False
    for start, end, person in mentions[bisect.bisect_left(starts, s) :]:
        if start >= e:
            break
        if end > e:
            continue
        before = before or start < s + joint.start()
        after = after or start >= s + joint.end()
        if person not in members:
            members.append(person)
    tail = quote.speaker[joint.end() :].split()
    joined_group = bool(tail) and tail[-1].islower() and tail[-1].endswith("s")  # "and his colleagues"
    if before and (after or joined_group):
        return tuple(members)
    return ()


def _person_at(quote: Quote, mentions: list[tuple[int, int, Person]], starts: list[int]) -> Person | None:
    """The person named at the head (the end) of the speaker phrase: "Clinton spokesman Jesse Lehrich"
    is Lehrich, never Clinton."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    i = bisect.bisect_left(starts, quote.speaker_end) - 1
    if i >= 0:
        start, end, person = mentions[i]
        if quote.speaker_start <= start and end >= quote.speaker_end:
            return person
    return None


def _person_named(quote: Quote, by_surname: dict[str, list[Person]]) -> Person | None:
    if quote.speaker is None:
        return None
    words = re.findall(r"[\w@]+", quote.speaker)
    matches = by_surname.get(words[-1], []) if words else []
    return matches[0] if len(matches) == 1 else None


def _with_dateline_places(places: tuple[Entity, ...], dateline: Dateline | None) -> tuple[Entity, ...]:
    """The dateline's cities are places of the story too, mentioned at the very top."""
    if dateline is None:
        return places
    found = {place.name: place for place in places}
    for name in dateline.places:
        offset = dateline.text.lower().find(name.lower())
        if offset < 0:
            continue
        start = dateline.start + offset
        mention = Mention(start=start, end=start + len(name), text=dateline.text[offset : offset + len(name)])
        known = found.get(name)
        mentions = (mention, *(known.mentions if known else ()))
        found[name] = Entity(name=name, kind="place", mentions=mentions)
    return tuple(sorted(found.values(), key=lambda place: place.mentions[0].start))


def is_furniture(text: str) -> bool:
    """A short line of the page, not the story: "Related: <headline>", "READ MORE: ...", "Get the latest
    updates: Download our app". An opener with its colon is enough; without one (or after a label) the line
    must not end like a sentence, so "Watch makers expect a slow year." stays the story."""
    line = " ".join(text.split())
    if not line or len(line.split()) > MAX_FURNITURE_WORDS:
        return False
    match = FURNITURE.match(line)
    if match is None:
        return False
    label = match.group("label")
    if label is not None and len(label.split()) > MAX_FURNITURE_LABEL_WORDS:
        return False
    return (match.group("mark") is not None and label is None) or line[-1] not in SENTENCE_END


def _typed(paragraphs: tuple[Paragraph, ...], found: Found, lead: int) -> tuple[Paragraph, ...]:
    """Headline (and the kickers above it), byline, signoff and photo-caption paragraphs (and a dateline
    alone on its line) say so in their kind, so no summary, gist or key point is made of them."""
    kinds: dict[int, str] = {
        p.index: "furniture" for p in paragraphs if p.start >= lead and is_furniture(p.text)
    }
    kinds.update({p.index: "caption" for p in found.captions})
    kinds.update({p.index: "attribution" for p in found.bylines})
    kinds.update({p.index: "signoff" for p in found.signoffs})
    kinds.update({p.index: "heading" for p in (*found.kickers, found.heading) if p is not None})
    dateline = found.provenance.dateline
    if dateline is not None:
        kinds.update({p.index: "dateline" for p in paragraphs if dateline.start <= p.start and p.end <= lead})
    if not kinds:
        return paragraphs
    return tuple(p.model_copy(update={"kind": kinds[p.index]}) if p.index in kinds else p for p in paragraphs)


def _after_dateline(
    sentences: tuple[Sentence, ...], dateline: Dateline | None, lead: int
) -> tuple[Sentence, ...]:
    """The story's first sentence starts after its dateline: "JAKARTA (Reuters) -" is in no sentence."""
    if dateline is None or lead <= dateline.start:
        return sentences
    kept: list[Sentence] = []
    for sentence in sentences:
        if dateline.start <= sentence.start and sentence.end <= lead:
            continue
        if sentence.start < lead < sentence.end and sentence.start >= dateline.start:
            cut = lead - sentence.start
            sentence = sentence.model_copy(update={"start": lead, "text": sentence.text[cut:]})
        kept.append(
            sentence if sentence.index == len(kept) else sentence.model_copy(update={"index": len(kept)})
        )
    return tuple(kept)


def parse(
    source: Document | str | bytes, *, published: date | None = None, today: date | None = None
) -> Article:
    """Parse an English news article into an `Article`: a `Document` from `bot.ingest`, or plain text.

    Raises `ArticleError` (and nothing else) for input that is no article: empty, binary, too large.
    `published` (an explicit date) wins over the document's; `today` is only consulted when nothing
    else gives a year.
    """
    document = document_of(source)
    text = document.text
    _check(text)
    paragraphs, sentences = segment(text)
    found = find_provenance(text, paragraphs, origin=document.origin, published=published, today=today)
    provenance = found.provenance
    lead = body_start(text, provenance.dateline)
    paragraphs = _typed(paragraphs, found, lead)
    sentences = _after_dateline(sentences, provenance.dateline, lead)
    skip = [(f.start, f.end) for f in (provenance.dateline, provenance.signoff) if f is not None]
    skip += [(m.start(), m.end()) for p in found.bylines for m in EMAIL.finditer(text, p.start, p.end)]
    people, organisations, places = extract_entities(text, skip)
    quotes = with_issuers(text, extract_quotes(text, paragraphs, sentences), people, organisations)
    quotes = _canonical_speakers(quotes, people)
    summary = summarize(paragraphs, sentences, title=found.title, lead_offset=lead)
    return Article(
        text=text,
        title=found.title,
        provenance=provenance,
        paragraphs=paragraphs,
        sentences=sentences,
        people=people,
        organisations=organisations,
        places=_with_dateline_places(places, provenance.dateline),
        quotes=quotes,
        dates=_story_dates(extract_dates(text, sentences, provenance.published), sentences, paragraphs),
        summary=summary,
        origin=_origin(document, provenance.published_source),
    )


def _story_dates(
    dates: tuple[TimeExpression, ...], sentences: tuple[Sentence, ...], paragraphs: tuple[Paragraph, ...]
) -> tuple[TimeExpression, ...]:
    """The dates of the story: a date in a link or promotion line ("Related: ... plan strike November 29")
    dates another page's story."""
    furniture = {p.index for p in paragraphs if p.kind == "furniture"}
    if not furniture:
        return dates
    return tuple(
        t for t in dates if t.sentence >= len(sentences) or sentences[t.sentence].paragraph not in furniture
    )


def _origin(document: Document, used: str) -> Origin:
    """What the document said; the day it was shared only when the date came from it (else the same story
    shared on another day would be another Article)."""
    origin = document.origin
    return origin.dated(None) if origin.published_source == "shared" and used != "shared" else origin
