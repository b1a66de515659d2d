"""What a reader wraps around a question, taken off before it is routed: "According to the article, …",
"Can you tell me …", "…, please", "who exactly …", "About how many …", "where's", "For what reason …"
(question_frames.tsv, question_phrases.tsv), and an embedded question put back in question order ("who the
chief executive is").

Hand-written: no library reads these frames off a question (question classifiers take the question as
typed); the phrases are data, the few word-order rules are below, each with its examples.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot import lexicon
from bot.answers.questions import WH_WORDS
from bot.answers.synonyms import AUXILIARIES


def _frames() -> tuple[str, str, str, str, str]:
    """question_frames.tsv as alternations: requests, story frames (each {story} filled), closing words,
    emphasis words and hedges."""
    frames = lexicon.by_kind("question_frames")
    stories = sorted(frames["story"])
    story_frames = [frame.format(story=noun) for frame in frames["story_frame"] for noun in stories]
    return (
        lexicon.phrase_pattern(frames["request"]),
        lexicon.phrase_pattern(story_frames),
        lexicon.phrase_pattern(frames["closing"]),
        lexicon.phrase_pattern(frames["emphasis"]),
        lexicon.phrase_pattern(frames["hedge"]),
    )


_REQUESTS, _STORY_FRAMES, _CLOSINGS, _EMPHASES, _HEDGES = _frames()
_QUESTION_NEXT = (
    r"(?=(?:(?:"
    + "|".join(sorted(lexicon.lower_words("prepositions")))
    + r")\s+)?(?:"
    + "|".join(sorted(WH_WORDS | AUXILIARIES))
    + r")\b)"
)
"""What must follow a lead frame: a question word, after a preposition or not ("by how much", "in which")."""
_STORY_LEAD = re.compile(rf"^(?:{_STORY_FRAMES})\s*,?\s*{_QUESTION_NEXT}", re.IGNORECASE)
"""A story frame before the question word ("According to the article, who …")."""
_SOURCE_LEAD = re.compile(
    rf"^(?P<source>according to [^,]{{1,80}}),\s*(?P<rest>{_QUESTION_NEXT}.+)$", re.IGNORECASE
)
"""A source before the question word ("According to the CDC, which children …"): it goes after the question,
where the routes read it ("Which children …, according to the CDC")."""
_REQUEST_LEAD = re.compile(rf"^(?:{_REQUESTS})\s*,?\s+{_QUESTION_NEXT}", re.IGNORECASE)
"""A request before the question word ("Can you tell me when …"); the question after it is embedded."""
_TAIL_FRAME = re.compile(rf"\s*,?\s*\b(?:{_STORY_FRAMES}|{_CLOSINGS})\s*$", re.IGNORECASE)
"""A story frame or a closing word after the question ("Who won, according to the story", "…, please")."""
_EMPHASIS = re.compile(
    rf"^((?:{'|'.join(sorted(WH_WORDS))})(?:\s+[\w’'-]+)?)\s+(?:{_EMPHASES})\b|\s+(?:{_EMPHASES})$",
    re.IGNORECASE,
)
"""A word that only stresses the question, after its question word ("who exactly is she", "how much
exactly did it cost") or closing it; "does not exactly capture" keeps it."""
_HEDGE = re.compile(rf"^(?:{_HEDGES})\s+(?=how\b)", re.IGNORECASE)
"""An approximation before "how" ("About how many people came?", "Roughly how far …"): the figure that
answers carries its own ("about 300")."""
_CONTRACTED = re.compile(r"^(who|what|where|when|why|how)['’]s\s+(been\b)?", re.IGNORECASE)
"""A question word contracted with "is" ("where's", "what's") or, before "been", with "has"."""
_PREPOSITION_WORDS = lexicon.lower_words("prepositions")
_NOUN_PHRASE_OPENERS = lexicon.lower_words("determiners") | frozenset(
    row[0] for row in lexicon.rows("pronouns")
)
_HEADED = frozenset({"how", "what", "which", "whose"})
"""Question words that may take a word of their own before the subject ("how old", "what time")."""
_EMBEDDED_CLOSERS = _PREPOSITION_WORDS | {"worth"}
"""A word that may close an embedded question after its verb: "where X is from", "what the deal is worth"."""
MAX_EMBEDDED_SUBJECT = 8


def question_order(embedded: str) -> str:
    """An embedded question in question order: "who the chief executive is" -> "who is the chief executive",
    "when the museum will open" -> "when will the museum open", "how old Havel is" -> "how old is Havel".
    It is embedded when its first auxiliary closes it (or comes before only "from", "worth" …), or when a
    determiner or pronoun opens a subject before that auxiliary; "how many visas were denied" (the question
    word's phrase is the subject) and a question already in question order are left as they are."""
    words = embedded.split()
    at = 1 if len(words) > 1 and words[0].lower() in _PREPOSITION_WORDS else 0
    if len(words) < at + 3 or words[at].lower() not in WH_WORDS or words[at + 1].lower() in AUXILIARIES:
        return embedded
    verb = next((k for k in range(at + 2, len(words)) if words[k].lower() in AUXILIARIES), None)
    if verb is None:
        return embedded
    closing = all(word.lower() in _EMBEDDED_CLOSERS for word in words[verb + 1 :]) and len(words) - verb <= 2
    first = at + 2 if words[at].lower() == "how" else at + 1  # "how many …": "many" is how's own word
    opener = next((k for k in (first, at + 2) if k < verb and words[k].lower() in _NOUN_PHRASE_OPENERS), None)
    if opener == at + 2 and words[at].lower() not in _HEADED:
        opener = None
    if opener is None and not closing:
        return embedded
    if opener is None:  # "how old Havel is": the question word's own word comes first
        headed = words[at].lower() in _HEADED and words[at + 1][:1].islower() and verb > at + 2
        opener = at + 1 + headed
    if verb - opener > MAX_EMBEDDED_SUBJECT:
        return embedded
    return " ".join([*words[:opener], words[verb].lower(), *words[opener:verb], *words[verb + 1 :]])


QUESTION_PHRASES = {
    phrase: word for word, phrases in lexicon.by_kind("question_phrases").items() for phrase in phrases
}
"""Phrase -> the question word it stands for ("for what reason" -> "why"), question_phrases.tsv."""
_QUESTION_PHRASE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(QUESTION_PHRASES, key=lambda p: (-len(p), p))) + r")\b",
    re.IGNORECASE,
)


def plain_question_word(question: str) -> str:
    """ "For what reason did she quit" -> "why did she quit", "What number of flights …" -> "how many
    flights …": a question phrase that opens the question, as its plain question word."""
    return _QUESTION_PHRASE.sub(
        lambda m: QUESTION_PHRASES[" ".join(m.group().lower().split())], question, count=1
    )


@lru_cache(maxsize=1024)
def unframed(text: str) -> str:
    """The question without the frames a reader wraps around it (question_frames.tsv): "According to the
    article, who won the seat?" and "Can you tell me who won the seat?" ask "who won the seat?"; a
    question embedded in a request is put back in question order (`question_order`), a source before
    the question goes after it ("According to the CDC, who …" -> "Who …, according to the CDC")."""
    bare = _SOURCE_LEAD.sub(
        lambda m: f"{m.group('rest')}, {m.group('source')[:1].lower()}{m.group('source')[1:]}",
        _STORY_LEAD.sub("", text, count=1),
    )
    asked = _REQUEST_LEAD.sub("", bare, count=1)
    embedded = asked != bare
    asked = _EMPHASIS.sub(lambda m: m.group(1) or "", _STORY_LEAD.sub("", asked, count=1))
    asked = _HEDGE.sub("", asked, count=1)
    asked = _CONTRACTED.sub(
        lambda m: f"{m.group(1)} {'has' if m.group(2) else 'is'} {m.group(2) or ''}", asked
    )
    bare = plain_question_word(
        _TAIL_FRAME.sub("", question_order(asked.strip()) if embedded else asked.strip())
    )
    if bare == text or not bare:
        return text
    return bare[:1].upper() + bare[1:]
