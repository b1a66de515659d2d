"""Words that mean alike ("firm" / "company", "cost" / "price", "Tories" / "Conservatives"), so a question
worded differently from its sentence still matches: a static vector per stem, compared by cosine.

The vectors are bot/lexicon/word_vectors.npz, distilled from the all-MiniLM-L6-v2 sentence encoder by
bench/build_word_vectors.py (model2vec's recipe: each frequent word encoded alone, PCA to 128 dimensions,
int8), so no model runs at answer time and a comparison costs microseconds. Measured, not taken: WordNet
(no PyPI package ships its data), and the full encoder over sentences, which finds the right sentence more
often but needs torch and ~60 ms a question (bench/RESULTS.md, issue 16 third round).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot import lexicon

SIMILAR = 0.75
"""Cosine from which two stems count as paraphrases. Swept on the union of the dev question sets (917
questions): 0.85 / 0.8 / 0.75 / 0.7 / 0.65 gave 606 / 605 / 610 / 610 / 600 right against 604 without; 0.75
is the higher edge of the plateau (lower thresholds answer more unanswerable questions)."""
MAX_NEIGHBOURS = 5
"""At most this many of the article's stems stand in for one question stem."""
SCALE = 127.0 * 127.0
"""The table is int8 unit vectors x127, so a dot product / SCALE is the cosine."""


def _table() -> tuple[Any, Any]:
    index, matrix = lexicon.vectors("word_vectors")
    return index, matrix


@lru_cache(maxsize=64)
def _vocabulary(stems: frozenset[str]) -> tuple[tuple[str, ...], Any]:
    """An article's stems that have a vector, and their rows as floats (built once per article)."""
    index, matrix = _table()
    known = tuple(sorted(s for s in stems if s in index and s.isalpha() and len(s) > 2))
    return known, matrix[[index[s] for s in known]].astype("float32") if known else None


def neighbours(word: str, stems: frozenset[str]) -> list[str]:
    """The article's stems (`stems`) closest in meaning to `word`, best first, at or above SIMILAR."""
    index, matrix = _table()
    if word not in index:
        return []
    known, rows = _vocabulary(stems)
    if rows is None:
        return []
    similarity = rows @ matrix[index[word]].astype("float32") / SCALE
    best = similarity.argsort()[::-1][: MAX_NEIGHBOURS + 1]
    return [known[i] for i in best if similarity[i] >= SIMILAR and known[i] != word][:MAX_NEIGHBOURS]
