"""Who a name refers to: matches what people type ("Bruce", "the MEA", "@VikramMisri") to people and quotes.

One rule everywhere: a query matches when each of its words is among the words of a name, role,
handle, organisation or speaker label, case-insensitively.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable

from bot import lexicon
from bot.article.model import Article, Paragraph, Person, Quote, Sentence

QUERY_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "at", "in", "from", "with", "s"}) | frozenset(
    w.lower().rstrip(".") for w in lexicon.words("honorifics")
)
"""Words that never narrow a match ("what did THE MEA say", "the economist AT Comerica")."""

PRONOUNS = frozenset(row[0] for row in lexicon.rows("pronouns") if row[1] == "3")
"""Follow-up words that stand for the person last discussed."""

_WORD = re.compile(r"\w+(?:-\w+)*")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
ROLE_MODIFIERS = lexicon.lower_words("role_modifiers")


def words(text: str) -> frozenset[str]:
    """The words a label is asked by, lower-cased; a hyphenated role that a modifier opens stays one word
    ("vice-rector" is no rector: role_modifiers.txt), other hyphens part words ("Jean-Luc", "ex-minister")."""
    found: set[str] = set()
    for word in _WORD.findall(_POSSESSIVE.sub("", text)):
        lower = word.lower()
        if "-" in lower and lower.split("-", 1)[0] in ROLE_MODIFIERS:
            found.add(lower)
        else:
            found.update(lower.split("-"))
    return frozenset(found)


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
    index = _index(article)
    if query in index.found:
        return index.found[query]
    wanted = query_words(query)
    candidates = [p for p, have in zip(article.people, index.words, strict=True) if wanted and wanted <= have]
    exact = [p for p in candidates if query_words(p.name) == wanted]
    ranked = exact or sorted(candidates, key=lambda p: -len(p.mentions))
    found = index.found[query] = ranked[0] if ranked else None
    return found


def speaker_of(article: Article, quote: Quote) -> Person | None:
    """The person behind a quote's speaker label, by name, by mention span, or by matching words; None for
    a group (`speakers_of` names its members)."""
    if quote.speaker is None or quote.speakers:
        return None
    index = _index(article)
    named = index.by_name.get(quote.speaker)
    if named is not None:
        return named
    if quote.speaker_start is not None:
        mentioned = index.mentioning(quote.speaker_start)
        if mentioned is not None:
            return mentioned
    return find_person(article, quote.speaker)


def speakers_of(article: Article, quote: Quote) -> tuple[Person, ...]:
    """Everyone a quote is credited to: each named member of a group, else its one speaker."""
    if quote.speakers:
        index = _index(article)
        return tuple(person for name in quote.speakers if (person := index.by_name.get(name)) is not None)
    person = speaker_of(article, quote)
    return (person,) if person is not None else ()


def quote_labels(article: Article, quote: Quote) -> tuple[str, ...]:
    person = speaker_of(article, quote)
    own = (quote.speaker,) if quote.speaker else ()
    return own + (person_labels(person) if person else ())


def quotes_by(article: Article, query: str) -> tuple[Quote, ...]:
    """Quotes whose speaker matches the query; an empty query means every quote."""
    wanted = query_words(query)
    if not wanted:
        return article.quotes
    index = _index(article)
    return tuple(q for q in article.quotes if wanted <= index.quote_words(article, q))


def quote_count(article: Article, person: Person) -> int:
    return _index(article).quote_counts(article).get(id(person), 0)


INDEXED_ARTICLES = 16
"""Articles whose people index is kept (one per busy channel, like the command answer caches)."""


class _People:
    """Per article, built once: each person's label words, names, mention spans and quote counts, so a
    quote's speaker is found in O(log n) and a query is matched without re-reading every mention."""

    def __init__(self, article: Article) -> None:
        self.article = article  # held, so the id() this index is filed under stays this article's
        self.words = [
            frozenset().union(*(words(label) for label in set(person_labels(p)))) for p in article.people
        ]
        self.position = {id(p): n for n, p in enumerate(article.people)}
        self.by_name: dict[str, Person] = {}
        spans: list[tuple[int, int, int]] = []  # every mention: (start, end, person's position)
        for n, person in enumerate(article.people):
            self.by_name.setdefault(person.name, person)
            spans.extend((m.start, m.end, n) for m in person.mentions)
        self.bounds, self.owners = _coverage(spans)
        self.found: dict[str, Person | None] = {}
        """find_person's answers so far (quotes repeat their speakers' labels)."""
        self._counts: dict[int, int] | None = None
        self._quote_words: dict[int, frozenset[str]] = {}

    def mentioning(self, offset: int) -> Person | None:
        """The first person (in article order) with a mention covering `offset`."""
        i = bisect.bisect_right(self.bounds, offset) - 1
        owner = self.owners[i] if i >= 0 else -1
        return self.article.people[owner] if owner >= 0 else None

    def quote_words(self, article: Article, quote: Quote) -> frozenset[str]:
        cached = self._quote_words.get(id(quote))
        if cached is None:
            own = words(quote.speaker) if quote.speaker else frozenset()
            mine = [self.words[self.position[id(person)]] for person in speakers_of(article, quote)]
            cached = self._quote_words[id(quote)] = own.union(*mine, _described_before(article, quote))
        return cached

    def quote_counts(self, article: Article) -> dict[int, int]:
        if self._counts is None:
            counts: dict[int, int] = {}
            for quote in article.quotes:
                for person in speakers_of(article, quote):
                    counts[id(person)] = counts.get(id(person), 0) + 1
            self._counts = counts
        return self._counts


def _described_before(article: Article, quote: Quote) -> frozenset[str]:
    """The words of the fuller label a shortened one refers back to: "the spokesman" of a quote after
    "the Delta spokesman said" is that Delta spokesman, as a reader takes it (the last earlier speaker
    label holding every word of it, with the same head). Empty for a person or a name."""
    label = quote.speaker
    if not label or quote.speakers or speaker_of(article, quote) is not None:
        return frozenset()
    own = query_words(label)
    head = label.split()[-1].lower()
    if not own or label.split()[0].lower() != "the":
        return frozenset()
    for earlier in reversed([q for q in article.quotes if q.start < quote.start]):
        fuller = query_words(earlier.speaker or "")
        if own < fuller and (earlier.speaker or "").split()[-1].lower() == head:
            return fuller
    return frozenset()


def _coverage(spans: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """Mention spans `(start, end, person)` cut into disjoint pieces: `bounds[i]` starts a piece that the
    lowest-numbered person covering it owns (`owners[i]`, -1 for none), so a look-up is one bisection."""
    spans = sorted(span for span in spans if span[1] > span[0])
    bounds = sorted({start for start, _, _ in spans} | {end for _, end, _ in spans})
    owners: list[int] = []
    active: list[tuple[int, int]] = []  # (person, end), smallest person on top
    j = 0
    for bound in bounds:
        while j < len(spans) and spans[j][0] <= bound:
            heapq.heappush(active, (spans[j][2], spans[j][1]))
            j += 1
        while active and active[0][1] <= bound:
            heapq.heappop(active)
        owners.append(active[0][0] if active else -1)
    return bounds, owners


_indexes: OrderedDict[int, _People] = OrderedDict()
_indexes_lock = threading.Lock()


def _index(article: Article) -> _People:
    with _indexes_lock:
        found = _indexes.get(id(article))
        if found is not None and found.article is article:
            _indexes.move_to_end(id(article))
            return found
    built = _People(article)
    with _indexes_lock:
        _indexes[id(article)] = built
        while len(_indexes) > INDEXED_ARTICLES:
            _indexes.popitem(last=False)
    return built


MIN_SIGNATURES = 2
"""Signed paragraphs that make a page of letters or reader comments: one name-only line alone may be a
byline, photo credit or caption."""


def _signature(article: Article, paragraph: Paragraph) -> tuple[int, int] | None:
    """The name of a paragraph that is only a person's name ("Michael Pravica."), else None."""
    text = paragraph.text.strip().rstrip(".")
    for person in article.people:
        for mention in person.mentions:
            if mention.kind != "pronoun" and mention.start == paragraph.start and mention.text == text:
                return mention.start, mention.end
    return None


def signer(article: Article, sentence: Sentence) -> tuple[int, int] | None:
    """Who wrote a sentence of a signed letter or reader comment: the name-only paragraph that closes its
    block (the paragraphs after the previous signature), on a page of several such signatures. None when
    the page is not one, or when a heading ("FACEBOOK.") comes first."""
    signatures = {p.index: found for p in article.paragraphs if (found := _signature(article, p))}
    if len(signatures) < MIN_SIGNATURES or sentence.paragraph in signatures:
        return None
    for paragraph in (p for p in article.paragraphs if p.index > sentence.paragraph):
        if paragraph.index in signatures:
            return signatures[paragraph.index]
        if paragraph.text.isupper():  # a heading opens another part of the page
            return None
    return None
