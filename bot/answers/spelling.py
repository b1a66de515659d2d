"""The article's own spelling of a question word it never writes: "Irish" for "Ireland", "10000" for
"10,000", "the 1700s" for "1745", "Hartmanis" for a reader's "Hatmanis".

A reader names things their own way; without this, the abstention gate refuses ("The article doesn't mention
Irish") where the story has the answer. Demonyms come from the lexicon's demonyms tables (the countries' one
the gazetteer reads, and region_demonyms.tsv); near spellings of names are found by `difflib` (stdlib), only
among the article's own capitalised words, only for a word the article lacks that is no English word in use
(wordfreq), so a name the story does write is never replaced and the cost is paid only on that rare path.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from wordfreq import zipf_frequency

from bot import lexicon
from bot.article.stems import stem

Alternative = tuple[str, ...]

CLOSE_SPELLING = 0.85
"""`difflib` ratio from which a name the article lacks is read as a slip for one it has ("Hatmanis" /
"hartmanis" 0.94, "Netonian" / "newtonian" 0.94); below, different names ("Johnson" / "jackson" 0.71)."""
MIN_SPELLED = 5
"""Names shorter than this are not respelled: one letter changes a short name into another."""
MAX_SLIP_ZIPF = 2.5
"""Only a word rarer than this (wordfreq's Zipf scale: under ~3 in 10 million words) is read as a slip:
"Scotish", "Hatmanis"; a real word the story lacks ("Eastern" where it says "Western", "Australian" where
it says "Austrian") asks about something else, and the gate must see it missing."""
_DECADE = re.compile(r"(\d{2,3})0s")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
_NUMBER = re.compile(r"\d{4,}")


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[Alternative, ...]]:
    """Stem of a demonym or place -> the stem sequences of its other forms ("irish" -> ("ireland",)), from
    the countries' demonyms and those of regions, nations and cities."""
    forms: dict[str, set[Alternative]] = {}
    for table in ("demonyms", "region_demonyms"):
        for demonym, place in lexicon.table(table).items():
            people = tuple(stem(w) for w in demonym.lower().split())
            country = tuple(stem(w) for w in place.lower().split())
            if len(people) == 1:
                forms.setdefault(people[0], set()).add(country)
            if len(country) == 1:
                forms.setdefault(country[0], set()).add(people)
    return {key: tuple(sorted(value)) for key, value in forms.items()}


def article_forms(word: str, vocabulary: frozenset[str], names: frozenset[str]) -> tuple[Alternative, ...]:
    """How the article writes `word` (a lower-cased question token whose stem it lacks), best first:
    its place or demonym, the grouped digits of a long number, the years of a decade, or the one name of
    the article's capitalised words (`names`, lower-cased) spelled almost like it. Empty: none of them."""
    found: list[Alternative] = [
        alternative
        for alternative in _places().get(stem(word), ())
        if all(s in vocabulary for s in alternative)
    ]
    if _NUMBER.fullmatch(word):
        grouped = f"{int(word):,}".split(",")
        if all(part in vocabulary for part in grouped):
            found.append(tuple(grouped))
    decade = _DECADE.fullmatch(word)
    if decade:
        digits = decade.group(1)
        prefix = digits[:2] if digits.endswith("0") and len(digits) == 3 else digits  # 1700s: 17xx
        found.extend(
            (token,)
            for token in sorted(vocabulary)
            if len(token) == 4 and token.isdigit() and token.startswith(prefix)
        )
    if not found:
        slip = _slip_for(word, names)
        if slip:
            found.append((stem(slip),))
    return tuple(found)


def _slip_for(word: str, names: frozenset[str]) -> str | None:
    """The one name of `names` (lower-cased) that `word` is a reader's slip for, if any: `word` is no
    English word in use and exactly one name is spelled almost like it (two: the slip could be either)."""
    if len(word) < MIN_SPELLED or not word.isalpha() or zipf_frequency(word, "en") >= MAX_SLIP_ZIPF:
        return None
    close = difflib.get_close_matches(word, sorted(names), n=2, cutoff=CLOSE_SPELLING)
    return close[0] if len(close) == 1 else None


def respelled(question: str, text: str) -> str:
    """The question with each name the article `text` lacks but writes almost alike in the article's
    spelling ("What did Schwietermann say?" -> "... Schwieterman ..."), so every route finds the person."""
    written = _capitalised(text)

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in written:
            return word
        slip = _slip_for(word.lower(), frozenset(written))
        return written[slip] if slip else word

    return _CAPITALISED.sub(replace, question)


@lru_cache(maxsize=64)
def _capitalised(text: str) -> dict[str, str]:
    return {w.lower(): w for w in _CAPITALISED.findall(text)}


def capitalised_words(text: str) -> frozenset[str]:
    """The article's capitalised words, lower-cased: the names a reader's spelling slip is read against."""
    return frozenset(_capitalised(text))
