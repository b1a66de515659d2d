"""Sentence retrieval: a small BM25 over an article's sentences, built once per article and cached.

Hand-written rather than `rank-bm25`/`bm25s`: an article has tens of sentences, so a dict-based index
is built in well under a millisecond, and it scores the question's synonym concepts (best alternative
per concept) with the same stems every other router uses, which those libraries' token lists can't.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.answers.synonyms import Concept, matched, stems
from bot.article.model import Article

K1 = 1.2
B = 0.75
"""The usual Okapi BM25 constants."""

SYNONYM_WEIGHT = 0.8
"""A paraphrase match counts a little less than the reader's own word."""


@dataclass(frozen=True)
class SentenceIndex:
    stems: tuple[tuple[str, ...], ...]
    """Per sentence, its token stems in order."""
    sets: tuple[frozenset[str], ...]
    counts: tuple[Counter[str], ...]
    idf: dict[str, float]
    average_length: float

    def term_score(self, index: int, term: str) -> float:
        tf = self.counts[index][term]
        if not tf:
            return 0.0
        length = len(self.stems[index]) or 1
        norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self.average_length))
        return self.idf.get(term, 0.0) * norm

    def concept_score(self, index: int, concept: Concept) -> float:
        """Score of the best alternative that fully occurs in the sentence (phrases: sum of their stems)."""
        best = 0.0
        have = self.sets[index]
        for rank, alternative in enumerate(concept):
            if all(s in have for s in alternative):
                score = sum(self.term_score(index, s) for s in alternative)
                best = max(best, score if rank == 0 else score * SYNONYM_WEIGHT)
        return best

    def score(self, index: int, question: list[Concept]) -> float:
        return sum(self.concept_score(index, c) for c in question)

    def coverage(self, index: int, question: list[Concept]) -> float:
        """Share of the question's concepts the sentence contains: the abstention gate."""
        if not question:
            return 0.0
        return sum(1 for c in question if matched(c, self.sets[index])) / len(question)


def build_index(texts: tuple[str, ...]) -> SentenceIndex:
    all_stems = tuple(stems(t) for t in texts)
    counts = tuple(Counter(s) for s in all_stems)
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts) or 1
    idf = {term: math.log(1 + (n - f + 0.5) / (f + 0.5)) for term, f in df.items()}
    average = sum(len(s) for s in all_stems) / n or 1.0
    return SentenceIndex(
        stems=all_stems,
        sets=tuple(frozenset(s) for s in all_stems),
        counts=counts,
        idf=idf,
        average_length=average,
    )


@lru_cache(maxsize=64)
def _cached(texts: tuple[str, ...]) -> SentenceIndex:
    return build_index(texts)


def indexed_texts(article: Article) -> tuple[str, ...]:
    """Each sentence plus the full names of the people it mentions by role or pronoun.

    "The Deputy Secretary also thanked..." then matches a question about Landau.
    """
    extra: dict[int, list[str]] = {}
    for person in article.people:
        for mention in person.mentions:
            sentence = article.sentence_at(mention.start)
            if sentence is not None and person.name not in sentence.text:
                extra.setdefault(sentence.index, []).append(person.name)
    return tuple(" ".join([s.text, *dict.fromkeys(extra.get(s.index, []))]) for s in article.sentences)


def index_for(article: Article) -> SentenceIndex:
    """The article's index; keyed on its sentence texts, so re-asking about one article reuses it."""
    return _cached(indexed_texts(article))


def rank(article: Article, question: list[Concept], limit: int = 5) -> list[tuple[int, float, float]]:
    """`(sentence index, BM25 score, coverage)`, best first; sentences that match nothing are left out."""
    index = index_for(article)
    scored = []
    for i in range(len(article.sentences)):
        score = index.score(i, question)
        if score > 0:
            scored.append((i, score, index.coverage(i, question)))
    scored.sort(key=lambda r: (-r[2], -r[1], r[0]))
    return scored[:limit]
