"""Where a person is from: "what nationality is Blinker?", "which country is Gebrselassie from?", "where is
Johnnie Wilson from?", "where does Michael Pravica live?".

News copy says it beside the name, in a few fixed ways, so the answer is read there and not from the
sentence that best matches the question's words (which may be another person's): a demonym or a country's
possessive before the name ("Dutch forward Reggie Blinker", "Britain's Paula Hart"), a country after it
("Sara Lind of Sweden", "Bekele (Ethiopia)"), a description that refers to the person ("The Ethiopian
legend won ...", `references.py`), and for where-questions first the hometown a US story gives after the
name ("Johnnie Wilson, 78, of Springfield, Va."). A person the story names without any of them is declined
rather than answered from a neighbour's words. Hand-written: the countries and demonyms come from
pycountry and the lexicon's demonym tables (`gazetteer.country_of`); what is left are these few patterns.
"""

from __future__ import annotations

import re
from functools import cache

from bot import lexicon
from bot.answers.grounding import (
    abstain,
    person_arg,
    question_concepts,
    restate,
    sentence_item,
    sentence_of,
)
from bot.answers.model import Answer
from bot.answers.questions import classify
from bot.answers.references import PERSON_NOUNS, referred_names
from bot.answers.roles import person_name_spans
from bot.article.gazetteer import country_of
from bot.article.model import Article, Person

Span = tuple[int, int]

_AUX = r"(?:is|was|are|were|does|did|do)"
_FROM = r"(?:originally\s+)?(?:from|come\s+from|comes\s+from|hail\s+from|hails\s+from)"
_NATIONALITY_QUESTIONS = (
    re.compile(
        rf"^(?:which|what)\s+(?:country|nation)\s+{_AUX}\s+(?P<who>.+?)\s+(?:{_FROM}|represent)\s*\??$", re.I
    ),
    re.compile(r"^what\s+nationality\s+(?:is|was|are|were)\s+(?P<who>.+?)(?:\s+originally)?\s*\??$", re.I),
    re.compile(r"^what\s+(?:is|was)\s+the\s+nationality\s+of\s+(?P<who>.+?)\s*\??$", re.I),
    re.compile(r"^what\s+(?:is|was)\s+(?P<who>.+?)['’]s?\s+nationality\s*\??$", re.I),
)
"""Questions for a person's country."""
_HOME_QUESTIONS = (
    re.compile(rf"^where\s+{_AUX}\s+(?P<who>.+?)\s+{_FROM}\s*\??$", re.I),
    re.compile(r"^where\s+(?:does|did|do)\s+(?P<who>.+?)\s+live\s*\??$", re.I),
)
"""Questions for where a person is from or lives: a hometown first, else a country."""

_WORD_BEFORE = re.compile(
    r"([A-Z][\w.’'-]*(?:[ ]+[A-Z][\w.’'-]*){0,2})(?:['’]s)?(?P<noun>(?:[ ]+[a-z][\w-]*){0,2})[ ]+$"
)
"""The capitalised words right before a name, or before the person noun before it: "Dutch ", "Britain's ",
"South African ", "Dutch forward "."""
_COUNTRY_AFTER = re.compile(r"^(?:\s*\(|,?\s+of\s+)(?P<place>[A-Z][\w.’'-]*(?:[ ]+[A-Z][\w.’'-]*){0,2})")
"""A country right after a name: "Sara Lind of Sweden", "Tirunesh Bekele (Ethiopia)"."""
_TOWN = r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,2}"
"""A town of up to three capitalised words: "Springfield", "Cedar Rapids"."""
_STATE_SHORT = r"[A-Z][a-z]{1,4}\.|[A-Z]{2}\b"
"""A US state written short after the town: "Va.", "Nev.", "NV"."""
_HOMETOWN = re.compile(
    rf"^,[ ]+(?:\d{{1,3}},[ ]+)?(?:of|from)[ ]+"
    rf"(?P<place>{_TOWN}(?:,[ ]+(?:{_STATE_SHORT}|[A-Z][a-z]+(?=[,.;)])))?)"
)
"""A hometown after a name, as US papers write it: ", 78, of Springfield, Va.", ", of Henderson, Nev."."""
_APPOSED_HOME = re.compile(
    rf"^,[ ]+(?:a|an)[ ]+[^,;:.()\n]{{1,80}}?[ ]+(?:in|from)[ ]+(?P<place>{_TOWN})(?=[,.;)])"
)
"""A place at the end of a description after a name: "Roma Jayne, a TikTok creator and influencer manager in
Australia, had ..."; taken only when it names a country or a place the story names elsewhere too."""
_SIGNED_HOME = re.compile(
    rf"^\.?[ ]*\n\s*(?P<place>{_TOWN},[ ]+(?:{_STATE_SHORT}|[A-Z][a-z]+))\.?[ ]*(?:\n|$)"
)
"""A letter writer's town on the line under their signature: "Michael Pravica.\n\nHenderson, Nev."."""
_DESCRIBED = re.compile(r"\b[Tt]he[ ]+(?P<place>[A-Z][\w’'-]*)(?P<rest>(?:[ ]+[a-z][\w-]*){1,3})")
"""A description that names a people: "The Ethiopian legend" (its last word a person noun, not "the Italian
club")."""


@cache
def _demonyms() -> frozenset[str]:
    """Demonyms of countries and of regions, nations and cities ("Ethiopian", "Scottish")."""
    return frozenset(lexicon.table("demonyms")) | frozenset(lexicon.table("region_demonyms"))


def is_demonym(phrase: str) -> bool:
    """Whether a phrase is a people's adjective, not a place: "Israeli", "Central Asian", "Afghans",
    "Palestinian-Israeli" (its last word, or each part of a hyphened one, a demonym; a plural too). "Where
    was she filmed?" is not answered by the "Israeli" of "an Israeli military court"."""
    words = phrase.split()
    parts = words[-1].split("-") if words else []
    return bool(parts) and all(p in _demonyms() or p.removesuffix("s") in _demonyms() for p in parts)


def _a_country(phrase: str) -> bool:
    return bool(country_of(phrase)) or phrase in _demonyms()


def _country_words(article: Article, start: int, end: int) -> Span | None:
    """The span of the longest country name or demonym that `text[start:end]` ends with."""
    words = list(re.finditer(r"[\w’'.-]+", article.text[start:end]))
    for size in range(min(3, len(words)), 0, -1):
        first, last = words[-size], words[-1]
        phrase = re.sub(r"['’]s$", "", article.text[start + first.start() : start + last.end()].rstrip("."))
        if _a_country(phrase):
            return start + first.start(), start + first.start() + len(phrase)
    return None


def nationality(article: Article, person: Person) -> Span | None:
    """The span where the story gives the person's country, as a demonym or a country name; None when it
    gives none beside any of their mentions nor in a description that refers to them."""
    for start, end in person_name_spans(person):
        line = article.text.rfind("\n", 0, start) + 1
        before = _WORD_BEFORE.search(article.text, max(line, start - 40), start)
        nouns = before.group("noun").split() if before else []
        if before and (not nouns or nouns[-1] in PERSON_NOUNS):
            found = _country_words(article, before.start(1), before.end(1))
            if found:
                return found
        after = _COUNTRY_AFTER.match(article.text[end : end + 60])
        place = after.group("place").rstrip(".") if after else ""
        if after and _a_country(place):
            return end + after.start("place"), end + after.start("place") + len(place)
    for role in person.roles:
        for word in re.findall(r"[A-Z][\w’'-]*", role):
            if _a_country(word):
                at = _near(article, person, word)
                if at is not None:
                    return at
    referred = referred_names(article)
    for sentence in article.sentences:
        if person.name in referred[sentence.index]:
            for described in _DESCRIBED.finditer(sentence.text):
                head = described.group("rest").split()
                if described.group("place") in _demonyms() and any(w in PERSON_NOUNS for w in head):
                    return sentence.start + described.start("place"), sentence.start + described.end("place")
    return None


def _near(article: Article, person: Person, word: str) -> Span | None:
    """The written `word` closest before one of the person's mentions, in the same sentence."""
    for start, _ in person_name_spans(person):
        sentence = sentence_of(article, start)
        if sentence is None:
            continue
        at = article.text.rfind(word, sentence.start, start)
        if at >= 0:
            return at, at + len(word)
    return None


def hometown(article: Article, person: Person) -> Span | None:
    """The span of the town the story gives right after the person's name (", 78, of Springfield, Va."), or
    on the line under it when the name alone signs a letter; else the place that ends a description after
    the name (`_APPOSED_HOME`: ", a nurse in Leeds,")."""
    for start, end in person_name_spans(person):
        found = _HOMETOWN.match(article.text[end : end + 80])
        signed = start == 0 or article.text[start - 1] == "\n"
        found = found or (_SIGNED_HOME.match(article.text[end : end + 80]) if signed else None)
        if found:
            return end + found.start("place"), end + found.end("place")
    places = {place.name for place in article.places}
    for _, end in person_name_spans(person):
        apposed = _APPOSED_HOME.match(article.text[end : end + 120])
        if apposed and (_a_country(apposed.group("place")) or apposed.group("place") in places):
            return end + apposed.start("place"), end + apposed.end("place")
    return None


def _asked(text: str) -> tuple[str, str] | None:
    """(the person asked about, what is asked: "nationality", "country" or "home") for an origin question."""
    low = " ".join(text.strip().split())
    for patterns, asking in ((_NATIONALITY_QUESTIONS, "country"), (_HOME_QUESTIONS, "home")):
        for pattern in patterns:
            found = pattern.match(low)
            if found:
                return found.group("who"), "nationality" if "nationality" in low.lower() else asking
    return None


def _declined(text: str, asking: str, name: str) -> str:
    """The abstention line: the where-question restated ("where Tom Reed lives"), else what was asked."""
    rest = classify(text).rest
    if asking == "home" and rest:
        return f"The article doesn't say where {restate(rest)}"
    if asking == "nationality":
        return f"The article doesn't give {name}'s nationality"
    return f"The article doesn't say which country {name} is from"


_BORN_QUESTION = re.compile(r"^where\s+(?:was|is|were)\s+(?P<who>.+?)\s+born\s*\??$", re.I)
"""A question for a person's birthplace."""


def born_origin(text: str, article: Article) -> Answer | None:
    """ "Where was Friedrich Ratzel born?" of a story that gives no birthplace but "Friedrich Ratzel of
    Germany": the person's hometown or country as the story states it (`origin_answer`'s reading), the
    fallback after the where-route found no place; None for any other question or person."""
    found = _BORN_QUESTION.match(" ".join(text.strip().split()))
    person = person_arg(article, found.group("who")) if found else None
    span = (hometown(article, person) or nationality(article, person)) if person else None
    sentence = sentence_of(article, span[0]) if span else None
    if span is None or sentence is None:
        return None
    written = article.text[span[0] : span[1]]
    return Answer(
        kind="ask", title=country_of(written) or written, items=(sentence_item(article, sentence, span),)
    )


def origin_answer(text: str, article: Article) -> Answer | None:
    """The answer to an origin question about a person the story names; None for any other question (or a
    person it doesn't name), for the ordinary routes. A nationality is answered as written ("Dutch"), a
    country by its name ("Netherlands" for "Dutch"), a hometown as written."""
    asked = _asked(text)
    person = person_arg(article, asked[0]) if asked else None
    if asked is None or person is None:
        return None
    span = (hometown(article, person) if asked[1] == "home" else None) or nationality(article, person)
    sentence = sentence_of(article, span[0]) if span else None
    if span is None or sentence is None:
        line = _declined(text, asked[1], person.name)
        return abstain(line, article, question_concepts(text, article))
    written = article.text[span[0] : span[1]]
    title = written if asked[1] == "nationality" else country_of(written) or written
    return Answer(kind="ask", title=title, items=(sentence_item(article, sentence, span),))
