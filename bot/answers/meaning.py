"""Meaning questions: "what does UNRWA stand for?", "what does Tiangong-1 mean?" answered by the expansion
or gloss the story writes beside the term: "the United Nations Relief and Works Agency (UNRWA)",
"Tiangong-1 — or “Heavenly Place” —", "Tiangong-1, meaning Heavenly Palace".

Hand-written: an acronym is matched to the words before or after it by their initials, which
no maintained library does for running news text (the scientific-abbreviation detectors need a model).
"""

from __future__ import annotations

import re

from bot.answers.grounding import sentence_item
from bot.answers.model import Answer
from bot.answers.questions import Question
from bot.answers.spelling import MINOR_WORDS, initials
from bot.article.model import Article, Sentence

_GLOSS = r"\s*(?:,|—|–|-|\()\s*(?:or|meaning|which means|literally|for)?\s*[“\"‘']([^”\"’']{2,60})[”\"’']"
_NAMED_GLOSS = (
    r"\s*(?:,\s*|\s)(?:meaning|which means|Chinese for|Latin for|short for)\s+[“\"‘']?([^,.;”\"’']{2,60})"
)
_EXPANSION_BEFORE = r"([\w’'&-]+(?:\s+[\w’'&-]+)*)\s*\(\s*{term}\s*\)"
_EXPANSION_AFTER = r"\b{term}\s*\(\s*([\w’'&-]+(?:\s+[\w’'&-]+)*)\s*\)"


def _expansion(
    sentence: Sentence, patterns: tuple[re.Pattern[str], ...], letters: str
) -> tuple[int, int] | None:
    """The words before or after "(TERM)" whose initials spell the acronym (`letters`), from the first
    word that carries a letter."""
    for pattern in patterns:
        for match in pattern.finditer(sentence.text):
            words = list(re.finditer(r"\S+", match.group(1)))
            for first, word in enumerate(words):
                tail = [w.group() for w in words[first:]]
                if word.group().lower() not in MINOR_WORDS and initials(tail) == letters:
                    start = sentence.start + match.start(1) + word.start()
                    return start, sentence.start + match.end(1)
    return None


def _gloss(sentence: Sentence, term: str) -> tuple[int, int] | None:
    """A quoted or "meaning …" gloss right after the term: "Tiangong-1 — or “Heavenly Place”"."""
    for pattern in (_GLOSS, _NAMED_GLOSS):
        match = re.search(re.escape(term) + pattern, sentence.text)
        if match:
            return sentence.start + match.start(1), sentence.start + match.end(1)
    return None


def term_of(q: Question) -> str:
    """The term a meaning question asks about, without its quote marks."""
    return q.argument.strip(" “”\"'‘’")


def is_acronym(term: str) -> bool:
    return term.replace(".", "").isupper()


def meaning(q: Question, article: Article) -> Answer | None:
    """The term's expansion (an acronym) or gloss, in the first sentence that gives one; None when the story
    gives none."""
    term = term_of(q)
    patterns = tuple(
        re.compile(p.format(term=re.escape(term))) for p in (_EXPANSION_BEFORE, _EXPANSION_AFTER)
    )
    letters = term.replace(".", "").replace("-", "").upper()
    for sentence in article.sentences:
        if term not in sentence.text:
            continue
        span = _expansion(sentence, patterns, letters) if is_acronym(term) else None
        span = span or _gloss(sentence, term)
        if span is not None:
            return Answer(
                kind="ask",
                title=article.text[span[0] : span[1]],
                items=(sentence_item(article, sentence, span),),
            )
    return None
