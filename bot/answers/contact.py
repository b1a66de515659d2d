"""Contact questions: "how can I contact police with a tip?" answered by the phone numbers, e-mail and web
addresses the story gives, whole, in the sentence that gives them.

Phone numbers are found by `phonenumbers` (Google's libphonenumber metadata: national and international
formats, toll-free numbers), read in the regions English news comes from; e-mail and web addresses by two
small patterns, as no maintained library finds them in running text without fetching a suffix list at run
time.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from bot.answers.grounding import abstain, best_holding, question_concepts, sentence_item
from bot.answers.model import Answer
from bot.answers.questions import Question
from bot.article.model import Article, Sentence

REGIONS = ("US", "GB", "CA", "AU", "IN", "ZA")
"""Where a number without its country code is read as local: the English-language news regions."""
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"“”]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|gov|net|edu|info|co\.uk|org\.uk|gov\.uk)\b(?:/[^\s<>()\"“”]*)?"
)
_TRAILING = ".,;:!?)”’'\""


def details(text: str) -> list[tuple[int, int]]:
    """The `[start, end)` spans of the phone numbers, e-mail and web addresses in `text`, in order."""
    found: set[tuple[int, int]] = set()
    if any(c.isdigit() for c in text):
        for region in REGIONS:
            found.update((m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, region))
    for pattern in (EMAIL, WEB):
        for match in pattern.finditer(text):
            end = match.end()
            while end > match.start() and text[end - 1] in _TRAILING:
                end -= 1
            found.add((match.start(), end))
    spans = sorted(found)
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


@lru_cache(maxsize=256)
def _sentence_details(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(details(text))


def contact(q: Question, article: Article) -> Answer:
    """The sentence with contact details that best matches the question's other words; the answer runs
    from its first detail to its last ("734-794-6939 or email tips@a2gov.org")."""
    question = question_concepts(q.rest, article)

    def all_details(sentence: Sentence) -> tuple[int, int] | None:
        spans = _sentence_details(sentence.text)
        return (sentence.start + spans[0][0], sentence.start + spans[-1][1]) if spans else None

    best = best_holding(article, question, all_details)
    if best is None:
        return abstain("The article gives no phone number, e-mail or web address", article, question)
    _, sentence, span = best
    return Answer(
        kind="ask", title=article.text[span[0] : span[1]], items=(sentence_item(article, sentence, span),)
    )
