"""Who a name refers to: matches what people type ("Bruce", "the MEA", "@VikramMisri") to people and quotes.

One rule everywhere: a query matches when each of its words is among the words of a name, role,
handle, organisation or speaker label, case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import lexicon
from bot.article.model import Article, Person, Quote

QUERY_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "at", "in", "from", "with", "s"}) | frozenset(
    w.lower().rstrip(".") for w in lexicon.words("honorifics")
)
"""Words that never narrow a match ("what did THE MEA say", "the economist AT Comerica")."""

PRONOUNS = frozenset(row[0] for row in lexicon.rows("pronouns") if row[1] == "3")
"""Follow-up words that stand for the person last discussed."""

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(_POSSESSIVE.sub("", text)))


def query_words(query: str) -> frozenset[str]:
    return words(query) - QUERY_STOPWORDS


def is_pronoun(query: str) -> bool:
    return query.strip().lower() in PRONOUNS


def person_labels(person: Person) -> tuple[str, ...]:
    """Every string a person can be asked about by."""
    return (
        person.name,
        *person.roles,
        *person.handles,
        *(m.text for m in person.mentions if m.kind != "pronoun"),
        *((person.organisation,) if person.organisation else ()),
    )


def matches(query: str, labels: Iterable[str]) -> bool:
    wanted = query_words(query)
    if not wanted:
        return False
    have: set[str] = set()
    for label in labels:
        have |= words(label)
    return wanted <= have


def find_person(article: Article, query: str) -> Person | None:
    """The person a query names: an exact name first, then the most-mentioned match."""
    wanted = query_words(query)
    candidates = [p for p in article.people if matches(query, person_labels(p))]
    exact = [p for p in candidates if query_words(p.name) == wanted]
    ranked = exact or sorted(candidates, key=lambda p: -len(p.mentions))
    return ranked[0] if ranked else None


def speaker_of(article: Article, quote: Quote) -> Person | None:
    """The person behind a quote's speaker label, by name, by mention span, or by matching words."""
    if quote.speaker is None:
        return None
    for person in article.people:
        if person.name == quote.speaker:
            return person
    if quote.speaker_start is not None:
        for person in article.people:
            if any(m.start <= quote.speaker_start < m.end for m in person.mentions):
                return person
    return find_person(article, quote.speaker)


def quote_labels(article: Article, quote: Quote) -> tuple[str, ...]:
    person = speaker_of(article, quote)
    own = (quote.speaker,) if quote.speaker else ()
    return own + (person_labels(person) if person else ())


def quotes_by(article: Article, query: str) -> tuple[Quote, ...]:
    """Quotes whose speaker matches the query; an empty query means every quote."""
    if not query_words(query):
        return article.quotes
    return tuple(q for q in article.quotes if matches(query, quote_labels(article, q)))


def quote_count(article: Article, person: Person) -> int:
    return sum(1 for q in article.quotes if speaker_of(article, q) == person)
