"""Widening an answer span to the phrase the story writes: a figure or time with the reference it is
measured from, a reason with its infinitive "to", a noun restating the question with the title it is
given. Each keeps span EM from failing on a span a few words too narrow."""

from __future__ import annotations

import re

from bot import lexicon
from bot.answers.synonyms import stem, tokens
from bot.article.model import Article, Sentence
from bot.article.roles import singular

Span = tuple[int, int]


TIME_UNITS = frozenset(row[0] for row in lexicon.rows("time_units"))
FIGURE_UNITS = (
    lexicon.every_kind("measure_units")
    | lexicon.kind("figure_words", "percent")
    | lexicon.kind("figure_words", "magnitude")
)
_CLAUSE_END = r"(?=\s*(?:[,;:()“”\"—–]|\s-\s|\.(?:\s|$)|$|\s(?:and|but|while|with|which|who|as|amid|when)\b))"
_PHRASE = r"((?:[\w’'$%.-]+\s+){0,5}?[\w’'%$-]+)"
_MARKERS = {
    kind: lexicon.phrase_pattern(lexicon.kind("reference_markers", kind)) for kind in ("time", "figure")
}
_REFERENCE = {
    kind: re.compile(rf"\s+(?:{words})\s+{_PHRASE}{_CLAUSE_END}") for kind, words in _MARKERS.items()
}
"""The reference after a time or a figure (reference_markers.tsv), up to the clause's end, at most six
words: "after the confrontation", "below 2005 levels"."""
_ASKED_MARKER = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _MARKERS.items()}
_DETERMINERS = lexicon.lower_words("determiners") | frozenset(row[0] for row in lexicon.rows("pronouns"))
"""Words that open a noun phrase (determiners.txt, pronouns.tsv): no verb, no modifier of a time noun."""
_PREPOSITIONAL_TO = frozenset(
    m.split()[-2] for m in lexicon.lower_words("reason_markers") if m.endswith(" to")
)
"""The words before a "to" that makes it a preposition, not an infinitive's ("due to", "thanks to")."""
_TO_BEFORE = re.compile(r"([\w’'-]+)\s+(to)\s+$", re.IGNORECASE)
_WHY = re.compile(r"why\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
_END_WORD = re.compile(r"[\w’'-]+$")


def time_noun(word: str) -> bool:
    """ "days", "century", "centuries": a time unit (time_units.tsv), singular or plural."""
    return word in TIME_UNITS or singular(word) in TIME_UNITS


_CARDINAL_COUNT = re.compile(
    rf"\d[\d,.]*|\b(?:{lexicon.phrase_pattern(lexicon.kind('numbers', 'cardinal'))})\b", re.IGNORECASE
)
"""A figure or a number word (numbers.tsv cardinals): "18", "three", "a dozen". It counts a time unit
into a duration ("three days"), and a span that ends counting ("two tracks") is an answer of its own."""
_VAGUE_COUNTS = lexicon.kind("numbers", "vague") | {"a", "an", "few", "many"}
"""Words that count a time unit without a number ("a few years", "several days"); an ordinal does not."""


def _counts(words: str) -> bool:
    return bool(_CARDINAL_COUNT.fullmatch(words)) or words in _VAGUE_COUNTS


def _duration(text: str) -> bool:
    """ "three days", "18 months", "a few years": a counted time unit, not a named period ("the 15th
    centuries")."""
    words = text.lower().split()
    if len(words) < 2 or not time_noun(words[-1]):
        return False
    return _counts(words[-2]) or _counts(" ".join(words[-3:-1]))


def measure_kind(text: str) -> str | None:
    """ "three days" -> time, "32 percent" / "12" / "5%" -> figure, else None."""
    if _duration(text):
        return "time"
    word = text.split()[-1].lower().lstrip("$£€(") if text.split() else ""
    if time_noun(word):
        return None
    if word[:1].isdigit() or word in FIGURE_UNITS or singular(word) in FIGURE_UNITS:
        return "figure"
    return None


def measured_from(article: Article, sentence: Sentence, span: Span, asked: str) -> Span:
    """ "three days" -> "three days after the confrontation", "32 percent" -> "32 percent below 2005
    levels": a duration or figure the story measures from a reference is given with it, as the number alone
    answers another question; not when the question names the reference itself ("how long after the
    banquet did he die?" asks only the gap)."""
    kind = measure_kind(article.text[span[0] : span[1]].rstrip(" ,."))
    if kind is None:
        return span
    found = _REFERENCE[kind].match(article.text, span[1], sentence.end)
    if found is None or _ASKED_MARKER[kind].search(asked):
        return span
    return span[0], found.end()


def with_infinitive(article: Article, sentence: Sentence, span: Span, asked: str) -> Span:
    """ "pursue other career opportunities" -> "to pursue other career opportunities": a why-answer that is
    an infinitive purpose keeps its "to", which the edge cleaning drops as a preposition; not "to" before a
    noun phrase ("the US for treatment"), a prepositional one ("due to") nor the question's own ("return to
    profit")."""
    if not _WHY.match(asked):
        return span
    before = _TO_BEFORE.search(article.text, max(sentence.start, span[0] - 40), span[0])
    first = _WORD.match(article.text, span[0], span[1])
    if before is None or first is None or before.group(1).lower() in _PREPOSITIONAL_TO:
        return span
    word = first.group()
    if not (word.isalpha() and word.islower()) or word in _DETERMINERS:
        return span
    if re.search(rf"\bto\s+{re.escape(word)}\b", asked, re.IGNORECASE):
        return span  # "why did it return to profit?": that "to" is the question's own
    return before.start(2), span[1]


_NAMED_AFTER = re.compile(r",?\s+[“\"]([A-Z][^”\"]{1,120}?)[,.]?[”\"]")
"""A quoted title right after a noun: ' "Reducibility Among Combinatorial Problems"'."""


def named_after(article: Article, sentence: Sentence, span: Span, asked: str) -> Span:
    """ "his landmark paper" -> "Reducibility Among Combinatorial Problems": a span that ends on the noun
    the question asks about only restates it; the title in quotes that follows names it, and answers."""
    last = _END_WORD.search(article.text, span[0], span[1])
    if last is None or stem(last.group().lower()) not in {stem(t) for t in tokens(asked)}:
        return span
    if _CARDINAL_COUNT.search(" ".join(article.text[span[0] : span[1]].split()[-3:])):
        return span  # "at least two tracks, “The Alchemy” and ...": the count answers, not its titles
    named = _NAMED_AFTER.match(article.text, span[1], sentence.end)
    if named is None:
        return span
    return named.start(1), named.end(1)


VENUE_NOUNS = lexicon.lower_words("venue_nouns")
PLACE_NOUNS = lexicon.lower_words("place_nouns")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def with_venue_head(article: Article, span: Span) -> Span:
    """ "Camden town" -> "Camden town hall", "Cloud Next" -> "Cloud Next conference": a span that ends on a
    name (or a place noun after one) leaves out the noun the name modifies, the kind of place or event it
    is (venue_nouns.txt); it comes with it."""
    last = _END_WORD.search(article.text, span[0], span[1])
    if last is None:
        return span
    word = last.group()
    named = word[:1].isupper() or (word in PLACE_NOUNS and article.text[span[0] : span[0] + 1].isupper())
    head = _NEXT_WORD.match(article.text, span[1])
    if not named or head is None or head.group(1) not in VENUE_NOUNS:
        return span
    return span[0], head.end()


_STOPS_MODIFIER = _DETERMINERS | lexicon.lower_words("prepositions")
MAX_MODIFIERS = 5


def with_modifiers(article: Article, sentence: Sentence, span: Span) -> Span:
    """ "centuries" -> "10th and 11th centuries", "years" -> "interwar years": a time noun alone names no
    time, so the words modifying it, back to the determiner, preposition or punctuation before them, come
    with it (at most MAX_MODIFIERS)."""
    if not time_noun(article.text[span[0] : span[1]].strip().lower()):
        return span
    start = span[0]
    before = list(_WORD.finditer(article.text, sentence.start, span[0]))[-MAX_MODIFIERS:]
    for word in reversed(before):
        if word.group().lower() in _STOPS_MODIFIER or article.text[word.end() : start].strip():
            break
        start = word.start()
    return start, span[1]
