"""Words a reader types vs. words the article uses: tokens, stems and a paraphrase table.

Questions say "trade deal" where wire copy says "Bilateral Trade Agreement"; matching on stems plus this
table lets every router compare a question with sentences the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot import lexicon
from bot.article.stems import stem, without_accents

SYNONYMS: dict[str, tuple[str, ...]] = {row[0]: row[1:] for row in lexicon.rows("synonyms")}
"""Phrase -> paraphrases a reader would use for it (synonyms.tsv); applied in both directions."""

STOPWORDS = (
    (lexicon.words("stop_words") - lexicon.words("question_content_words"))
    | lexicon.words("question_words")
    | lexicon.words("request_words")
    | frozenset(row[0] for row in lexicon.rows("pronouns"))
)
"""Words that carry no content for matching. "us" is both a pronoun and the country: see `content_tokens`."""

LIGHT_VERBS = lexicon.words("light_verbs")
"""Verbs a question uses where the article has a more specific one ("who gave the readout?" vs "according
to a readout by …"): they don't count towards the words a sentence must share with the question."""

LIGHT_OBJECTS: dict[str, frozenset[str]] = {
    obj: frozenset(forms.split()) for obj, forms in lexicon.rows("light_phrases")
}
"""Object -> the forms of the light verb it makes a light phrase with (light_phrases.tsv): "place" after
"take", "took", "taking" carries no content ("where did the talks take place?" asks where the talks were)."""

AUXILIARIES = lexicon.words("auxiliaries")
"""Auxiliary verbs: "what DID Misri underline", "when IS the deal due"; a question's shape turns on them."""

_TOKEN = re.compile(r"[$£€%]|\w+(?:[.'’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; `$`, `£`, `€` and `%` are tokens too, so "how many percent" can match "0.3%"
    and "how much in pounds" "£59,000"; accents
    are dropped, as a reader types "Mongke" for "Möngke"."""
    if not text.isascii():
        text = without_accents(text)
    return [_POSSESSIVE.sub("", t.lower()) for t in _TOKEN.findall(text)]


def cased_tokens(text: str) -> list[str]:
    """`tokens` with their case kept ("Warsaw's" -> "Warsaw"), to tell a name from a word."""
    if not text.isascii():
        text = without_accents(text)
    return [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(text)]


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(text))


def content_tokens(text: str) -> list[str]:
    """Tokens that carry meaning; an upper-case "US" stays (the country), lower-case "us" goes."""
    kept = []
    raws = _TOKEN.findall(text)
    for i, raw in enumerate(raws):
        low = _POSSESSIVE.sub("", raw.lower())
        idiom = low in LIGHT_VERBS and i + 1 < len(raws) and _idiom(low, raws[i + 1].lower())
        if (low in STOPWORDS or low in LIGHT_VERBS) and raw not in {"US", "U.S"} and not idiom:
            continue
        if i and raws[i - 1].lower() in LIGHT_OBJECTS.get(low, ()):
            continue
        if low in {"$", "£", "€", "%"}:
            continue
        kept.append(low)
    return kept


@lru_cache(maxsize=8192)
def verb_stems(word: str) -> frozenset[str]:
    """The stems of a word's verb forms ("fly": fly, flies, flew, flown, flying), from the lexicon's verbs;
    cached, as every question word and every sentence word a who-route reads asks for them."""
    return frozenset(stem(form) for form in lexicon.verb(word).words()) if word.isalpha() else frozenset()


def _idiom(verb: str, word: str) -> bool:
    """A light verb that makes a phrase of the synonyms table with the next word ("took part" ~
    "participants"): kept, where a light verb alone carries no content."""
    return (stem(verb), stem(word)) in _table()


Concept = tuple[tuple[str, ...], ...]
"""One thing the question asks about, as alternative stem sequences ("trade deal" | "bta" | ...)."""


def all_stems(question: list[Concept]) -> set[str]:
    """Every stem of every alternative of the question's concepts: its words and their paraphrases."""
    return {s for c in question for alternative in c for s in alternative}


def own_stems(question: list[Concept]) -> set[str]:
    """The stems the reader typed (each concept's first alternative), not its paraphrases."""
    return {s for c in question for s in c[0]}


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(phrase))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """Stemmed phrase -> every stemmed paraphrase of it (both directions of `SYNONYMS`)."""
    table: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key, alternatives in SYNONYMS.items():
        group = {_phrase_stems(key), *(_phrase_stems(a) for a in alternatives)}
        for member in group:
            table.setdefault(member, set()).update(group)
    return {k: frozenset(v) for k, v in table.items()}


def concepts(words: list[str]) -> list[Concept]:
    """Group content words into concepts, longest table phrase first, each with its paraphrases."""
    stemmed = [stem(w) for w in words]
    table = _table()
    longest = max((len(k) for k in table), default=1)
    found: list[Concept] = []
    i = 0
    while i < len(stemmed):
        for size in range(min(longest, len(stemmed) - i), 0, -1):
            key = tuple(stemmed[i : i + size])
            if key in table:
                found.append((key, *sorted(table[key] - {key})))
                i += size
                break
        else:
            found.append(((stemmed[i],),))
            i += 1
    return found


def matched(concept: Concept, have: frozenset[str]) -> bool:
    """A concept matches text when every stem of one of its alternatives occurs in it."""
    return any(all(s in have for s in alternative) for alternative in concept)
