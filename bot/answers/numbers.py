"""Numbers in context for "how many / how much" questions: which figure in a sentence answers, and its span.

A sentence often holds several figures ("rose 0.3% … from a revised 0.6% increase in October"); the one
that answers sits in the clause that shares the question's rarest words, has the unit the question asks
for (% for "how fast", money for "how much … invest") and is not a number the question itself names.
The span keeps the figure's qualifier, range and counted noun: "at least 10 American workers".
"""

from __future__ import annotations

import itertools
import re

from bot import lexicon
from bot.answers.retrieval import SYNONYM_WEIGHT, SentenceIndex
from bot.answers.synonyms import AUXILIARIES, STOPWORDS, Concept, matched, stem, tokens
from bot.article.model import Article, Sentence

_FIGURE = (
    r"(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?(?:-[a-z]+\b)?(?:\s?(?:%|percent|per cent|million|billion|trillion|bn|"
    r"thousand)\b|%)?"
)
NUMBER = re.compile(
    rf"(?<![\w.-]){_FIGURE}(?:\s?(?:years?|months?|days?|weeks?|hours?|people|times)\b)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozen|dozens|hundreds|thousands|millions|billions)\b(?:[\s-](?:million|billion|percent|"
    r"years?|months?|days?|weeks?|people|times))?",
    re.IGNORECASE,
)
"""A number with its unit: "0.3%", "$500,000", "52-count", "three months"; not the 5 of "EB-5"."""
_QUALIFIER = re.compile(
    r"(?:at least|at most|about|around|nearly|almost|more than|less than|fewer than|up to|over|under|"
    r"roughly|approximately|some|an estimated)\s+$",
    re.IGNORECASE,
)
_RANGE = re.compile(rf"^\s*(?:to|and|-|–)\s+(?:(?:more|less) than\s+)?(?:{_FIGURE})", re.IGNORECASE)
_CLAUSE = re.compile(r"[;:()“”\"]|,\s|\s[-–]\s|\bwhile\b")
PERCENT_WORDS = frozenset(stem(w) for w in lexicon.kind("question_cues", "percent"))
MONEY_WORDS = frozenset(stem(w) for w in lexicon.kind("question_cues", "money"))


def _is_percent(text: str) -> bool:
    return "%" in text or "percent" in text.lower() or "per cent" in text.lower()


def _is_money(text: str) -> bool:
    return bool(re.search(r"[$£€]|\b(?:million|billion|trillion|bn)\b", text, re.IGNORECASE))


def number_spans(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """Each figure in the sentence; a figure inside a date ("March 25-29") reports the date; bare years go."""
    dates = [(t.start, t.end) for t in article.dates]
    spans: list[tuple[int, int]] = []
    for m in NUMBER.finditer(sentence.text):
        span = (sentence.start + m.start(), sentence.start + m.end())
        inside = [d for d in dates if d[0] <= span[0] and span[1] <= d[1]]
        if inside:
            span = inside[0]
        elif re.fullmatch(r"(?:19|20)\d\d", m.group()):
            continue
        if span not in spans:
            spans.append(span)
    return spans


def _extend(article: Article, span: tuple[int, int], head: str | None) -> tuple[int, int]:
    """Add the qualifier before ("at least"), a range after ("to more than $1 million"), the counted noun."""
    start, end = span
    text = article.text
    qualifier = _QUALIFIER.search(text[max(0, start - 20) : start])
    if qualifier:
        start -= len(qualifier.group())
    ranged = _RANGE.match(text[end : end + 40])
    if ranged:
        end += ranged.end()
    return start, _counted(text, end, head) or end


def _counted(text: str, end: int, head: str | None) -> int | None:
    """Where the counted noun ends when it follows the figure within three words ("10 American workers")."""
    after = re.match(r"(?:\s+[\w-]+){1,3}", text[end : end + 60]) if head else None
    if after is None:
        return None
    for word in reversed(list(re.finditer(r"[\w-]+", after.group()))):
        if stem(word.group().lower()) == head:
            return end + word.end()
    return None


def _clause_of(sentence: Sentence, span: tuple[int, int]) -> str:
    text, at = sentence.text, span[0] - sentence.start
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    left = max(c for c in cuts if c <= at)
    right = min((c for c in cuts if c >= span[1] - sentence.start), default=len(text))
    return text[left:right]


def _weight(concept: Concept, have: frozenset[str], index: SentenceIndex) -> float:
    """A question word in the figure's clause counts its idf; found only as a paraphrase, a little less."""
    if all(s in have for s in concept[0]):
        return index.idf.get(concept[0][0], 1.0)
    return SYNONYM_WEIGHT * index.idf.get(concept[0][0], 1.0) if matched(concept, have) else 0.0


def counted_noun(question_text: str) -> str | None:
    """ "how many American workers must …" -> the stem of "workers", the noun a figure should count."""
    words = re.findall(r"[\w’'-]+", question_text.lower())
    if len(words) < 3 or words[1] != "many":
        return None
    phrase = list(itertools.takewhile(lambda w: w not in AUXILIARIES and w not in STOPWORDS, words[2:]))
    return stem(phrase[-1]) if phrase else None


def best_figure(
    article: Article,
    sentence: Sentence,
    spans: list[tuple[int, int]],
    question: list[Concept],
    question_text: str,
    index: SentenceIndex,
) -> tuple[int, int] | None:
    """The figure that answers: most (idf-weighted) question words in its clause, the asked-for unit."""
    asked = {stem(t) for t in tokens(question_text)}
    want_percent = bool(asked & PERCENT_WORDS) and not asked & MONEY_WORDS
    want_money = bool(asked & MONEY_WORDS) or ("much" in asked and not want_percent)
    head = counted_noun(question_text)
    best: tuple[float, tuple[int, int]] | None = None
    for span in spans:
        figure = article.text[span[0] : span[1]]
        if figure.lower() in question_text.lower():
            continue  # "the two developers": a number the question names is not its answer
        have = frozenset(stem(t) for t in tokens(_clause_of(sentence, span)))
        score = sum(_weight(c, have, index) for c in question)
        if (want_percent and _is_percent(figure)) or (want_money and _is_money(figure)):
            score += 1.0
        if _counted(article.text, span[1], head):
            score += 1.5  # "how many workers" -> the figure followed by "workers"
        elif head and _is_money(figure):
            score -= 0.5
        if best is None or score > best[0]:
            best = (score, span)
    return _extend(article, best[1], head) if best else None


QUANTITY = re.compile(
    r"\b(?:a lot of|lots of|plenty of|a great deal of|a number of|a handful of|a few|several|many|few|"
    r"little|most|some|no|dozens of|hundreds of|thousands of|millions of)((?:\s+[\w-]+){1,3})",
    re.IGNORECASE,
)
"""A quantity in words, "a lot of inflation-fighting slack", for "how much" when the text has no figure."""


def quantity_phrase(sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """A worded quantity whose counted noun (within three words) is one the question asks about."""
    for match in QUANTITY.finditer(sentence.text):
        hits = [
            match.start(1) + word.end()
            for word in re.finditer(r"[\w-]+", match.group(1))
            if any(matched(c, frozenset({stem(word.group().lower())})) for c in question)
        ]
        if hits:
            return sentence.start + match.start(), sentence.start + hits[-1]
    return None
