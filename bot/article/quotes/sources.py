"""Documents and organisations as speakers: a quote "the statement said" is its issuer's when the text
names one ("All Nippon Airways (ANA) said in a statement", "a statement from the union", "Smith's
letter"), and "the airline said" is the airline that spoke before it ("ANA said it was investigating").

Run after the people and organisations are known (their mentions are what an issuer can be), before the
speakers are named by their people. Without an issuer the phrase stays as the text gives it: a document
is never turned into a person the text does not tie to it. An organisation is named by its long name
when the text gives one before its acronym ("All Nippon Airways (ANA)").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot import lexicon
from bot.article.model import Entity, Person, Quote
from bot.article.quotes.words import DETERMINERS, DOCUMENT_NOUNS, REPORTING_VERBS

ORGANISATION_NOUNS = {row[0]: frozenset(row[1].split()) - {"-"} for row in lexicon.rows("organisation_nouns")}
"""Class noun -> words one of its organisation's names holds ("airline" -> Airways); empty: any name."""
DEFINITE = frozenset({"the", "this", "that"})
ISSUER_LOOKBACK = 3000
"""Characters searched back for a document's issuer or the organisation a class noun stands for."""
ISSUER_GAP = 90
"""Characters an issuer's name may end before its verb (an acronym, an appositive between them)."""
MAX_MODIFIERS = 2
"""Lower-case words between the article and the class noun ("the Japanese airline")."""

_FROM = re.compile(r"[ \t]+(?:from|by|issued[ \t]+by|released[ \t]+by)[ \t]+")
_SAID_IN = re.compile(
    r"\b([a-z]+)[ \t]+(?:in|on|via)[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}$"
)
_ISSUED = re.compile(
    r"(?:issued|released|sent|published|posted|wrote|put[ \t]+out)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}$"
)
_POSSESSIVE = re.compile(r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}$")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_INDEFINITE = re.compile(r"\b(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.IGNORECASE)
_BEFORE_CUE = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:,[^,()\n]{1,60},)?[ \t]+(?:[a-z]+ly[ \t]+)?$")
"""Between an issuer and its verb: an acronym ("(ANA)"), an appositive (", the chief executive,")."""
_SPOKE = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")
_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)")


@dataclass(frozen=True, slots=True)
class _Named:
    start: int
    end: int
    name: str
    organisation: bool


class _Issuers:
    """The named mentions of one article, looked up by where they start and end."""

    def __init__(self, text: str, people: Sequence[Person], organisations: Sequence[Entity]) -> None:
        self.text = text
        aliases: dict[str, str] = {}
        for entity in organisations:
            for mention in entity.mentions:
                acronym = _ACRONYM.match(text, mention.end)
                if acronym is not None:
                    aliases.setdefault(acronym.group(1), entity.name)
        named = [
            _Named(m.start, m.end, person.name, False)
            for person in people
            for m in person.mentions
            if m.kind != "pronoun"
        ]
        named += [
            _Named(m.start, m.end, aliases.get(entity.name, entity.name), True)
            for entity in organisations
            for m in entity.mentions
        ]
        self.by_start = {n.start: n for n in named}
        self.by_end = {n.end: n for n in named}
        self.organisations = sorted((n for n in named if n.organisation), key=lambda n: n.start)
        self.organisation_starts = [n.start for n in self.organisations]

    def ending_before(self, position: int, gap: re.Pattern[str]) -> _Named | None:
        """The mention that ends where `gap` (anchored at `position`) begins: "ANA (ANA) said"."""
        for end in range(position, max(-1, position - ISSUER_GAP), -1):
            found = self.by_end.get(end)
            if found is not None and gap.fullmatch(self.text, end, position):
                return found
        return None

    def document_issuer(self, noun: str, before: int, after: int, quoted: _Quoted) -> _Named | None:
        """The issuer of the nearest document `noun` introduced before `before`, or named right after the
        speaker phrase (`said a statement from X`)."""
        text = self.text
        follows = _FROM.match(text, after)
        if follows is not None and follows.end() in self.by_start:
            return self.by_start[follows.end()]
        pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        found = list(pattern.finditer(text, max(0, before - ISSUER_LOOKBACK), before))
        for occurrence in reversed(found):
            start, end = occurrence.span()
            if quoted.covers(start):
                continue
            issuer = self._issuer_at(start, end)
            if issuer is not None:
                return issuer
            if _INDEFINITE.search(text, max(0, start - 40), start):
                return None  # "a statement" of no named issuer: an earlier one is another document
        return None

    def _issuer_at(self, start: int, end: int) -> _Named | None:
        text = self.text
        follows = _FROM.match(text, end)
        if follows is not None and follows.end() in self.by_start:
            return self.by_start[follows.end()]  # "a statement from X"
        comma = _COMMA.match(text, end)
        if comma is not None and comma.end() in self.by_start:
            return self.by_start[comma.end()]  # "In a statement, X said"
        lead = max(0, start - 60)
        said = _SAID_IN.search(text, lead, start)
        if said is not None and said.group(1) in REPORTING_VERBS:
            return self.ending_before(said.start(), _BEFORE_CUE)  # "X said in a statement"
        issued = _ISSUED.search(text, lead, start)
        if issued is not None:
            return self.ending_before(issued.start(), _BEFORE_CUE)  # "X issued a statement"
        owned = _POSSESSIVE.search(text, max(0, start - 30), start)
        return self.by_end.get(owned.start()) if owned is not None else None  # "X's statement"

    def organisation_that_spoke(self, words: frozenset[str], before: int, quoted: _Quoted) -> _Named | None:
        """The nearest organisation before `before` whose name fits the class (`words`; empty: any) and
        that said something: "ANA said it was investigating" ... "the airline said"."""
        k = bisect.bisect_left(self.organisation_starts, before)
        while k > 0:
            k -= 1
            found = self.organisations[k]
            if found.start < before - ISSUER_LOOKBACK:
                return None
            if quoted.covers(found.start):
                continue
            if words and not words & set(found.name.split()):
                continue
            spoke = _SPOKE.match(self.text, found.end)
            if spoke is not None and spoke.group(1) in REPORTING_VERBS:
                return found
        return None


class _Quoted:
    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.spans = sorted((q.start, q.end) for q in quotes)
        self.starts = [s for s, _ in self.spans]

    def covers(self, position: int) -> bool:
        k = bisect.bisect_right(self.starts, position) - 1
        return k >= 0 and self.spans[k][0] <= position < self.spans[k][1]


def _source_noun(speaker: str) -> tuple[str, str] | None:
    """("document", "statement") for "the statement", ("organisation", "airline") for "the Japanese
    airline"; None for any other speaker."""
    words = speaker.split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return None
    head = words[-1].lower()
    first = words[0].lower()
    if head in DOCUMENT_NOUNS and (first in DETERMINERS or len(words) <= MAX_MODIFIERS + 1):
        return "document", head
    if head in ORGANISATION_NOUNS and first in DEFINITE and len(words) <= MAX_MODIFIERS + 2:
        return "organisation", head
    return None


def with_issuers(
    text: str, quotes: tuple[Quote, ...], people: Sequence[Person], organisations: Sequence[Entity]
) -> tuple[Quote, ...]:
    """Each quote whose speaker is a document or an organisation's class noun, named by its issuer when
    the text gives one (its span then points at the issuer's mention)."""
    wanted = [(q, _source_noun(q.speaker)) if q.speaker else (q, None) for q in quotes]
    if not any(source for _, source in wanted):
        return quotes
    issuers = _Issuers(text, people, organisations)
    quoted = _Quoted(quotes)
    found: dict[tuple[int, int], _Named | None] = {}
    updated = []
    for quote, source in wanted:
        if source is None or quote.speaker_start is None or quote.speaker_end is None:
            updated.append(quote)
            continue
        span = (quote.speaker_start, quote.speaker_end)
        if span not in found:
            kind, noun = source
            found[span] = (
                issuers.document_issuer(noun, span[0], span[1], quoted)
                if kind == "document"
                else issuers.organisation_that_spoke(ORGANISATION_NOUNS[noun], span[0], quoted)
            )
        issuer = found[span]
        if issuer is None:
            updated.append(quote)
            continue
        update = {"speaker": issuer.name, "speaker_start": issuer.start, "speaker_end": issuer.end}
        updated.append(quote.model_copy(update=update))
    return tuple(updated)
