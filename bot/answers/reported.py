"""Reported speech as what someone said: "NASA said the craft lost contact" answers "what did NASA say?".

Derived here from the sentences, not added to the article model: a reporting verb (reporting_verbs.tsv)
with the asked speaker just before it ("NASA said ...", "..., Goumbri said.", also past an appositive: "...,
Joseph Schwieterman, a professor at DePaul University, said.") or after "according to".
The said part is the clause after the verb ("that" dropped), or, when the verb closes the sentence, the
clause before the speaker.
"""

from __future__ import annotations

import re

from bot import lexicon
from bot.answers.synonyms import Concept, content_tokens, matched, stem, tokens
from bot.article.model import Article, Sentence

Span = tuple[int, int]
REPORTING = frozenset(lexicon.reporting_words())
_WORD = re.compile(r"[\w’'-]+")
_OPENING = re.compile(r"^[\s,]*(?:(?:on|in|at|last|this)\s+\w+\s+)?(?:that\s+)?", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,.;]")
SPEAKER_WORDS = 5
"""How many words before a reporting verb the speaker may stand ("the agency's chief scientist said")."""


def _speaker_stems(article: Article, who: str) -> set[str]:
    """The words that name the asked speaker before a reporting verb: any word of the person's name, or,
    for a speaker the people list does not hold, the head noun of the asked description ("economist" of
    "the fund's chief economist": "the fund announced" is not what its chief economist said)."""
    words = content_tokens(who)
    wanted = {stem(t) for t in words}
    for person in article.people:
        names = {stem(t) for t in tokens(person.name)}
        if wanted and wanted <= names | {stem(t) for m in person.mentions for t in tokens(m.text)}:
            return names
    return {stem(words[-1])} if words else set()


def reported(article: Article, who: str, topic: list[Concept]) -> list[tuple[Sentence, Span]]:
    """Sentences reporting what `who` said (on `topic`, when given), each with the said part's span."""
    speaker = _speaker_stems(article, who)
    if not speaker:
        return []
    found: list[tuple[Sentence, Span]] = []
    for sentence in article.sentences:
        if topic and not all(matched(c, frozenset(stem(t) for t in tokens(sentence.text))) for c in topic):
            continue
        span = _said_part(sentence, speaker)
        if span is not None:
            found.append((sentence, span))
    return found


def _said_part(sentence: Sentence, speaker: set[str]) -> Span | None:
    text = sentence.text
    words = list(_WORD.finditer(text))
    for i, word in enumerate(words):
        if word.group().lower() not in REPORTING:
            continue
        window = _speaker_window(text, words, i)
        subject_start = next((w.start() for w in window if stem(w.group().lower()) in speaker), None)
        if subject_start is None:
            inverted = _inverted_said_part(text, words, i, speaker)
            if inverted is not None:
                return sentence.start + inverted[0], sentence.start + inverted[1]
            continue
        rest = text[word.end() :]
        lead = _OPENING.match(rest)
        start = word.end() + (lead.end() if lead else 0)
        end = len(text.rstrip(' ."”'))
        if end - start > 3:
            return sentence.start + start, sentence.start + end
        comma = text.rfind(",", 0, subject_start)
        if comma > 0:  # "The craft is safe, NASA said."
            return sentence.start + len(text[:comma]) - len(
                text[:comma].lstrip(' “"')
            ), sentence.start + comma
    return None


def _inverted_said_part(text: str, words: list[re.Match[str]], verb: int, speaker: set[str]) -> Span | None:
    """ "“We are delighted,” said the ‘Bring Back Our Girls’ movement": the speaker after the verb that
    closes the said part, which runs from the sentence's start to the comma before the verb."""
    head = text[: words[verb].start()].rstrip()
    if not head.endswith((",", ",”", ',"')):
        return None
    after = words[verb + 1 : verb + 1 + SPEAKER_WORDS + 2]
    stop = _CLAUSE_STOP.search(text, words[verb].end())
    clause_end = stop.start() if stop else len(text)
    if not any(stem(w.group().lower()) in speaker and w.start() < clause_end for w in after):
        return None
    start = len(head) - len(head.lstrip(' “"‘'))
    end = len(head.rstrip(',”"').rstrip())
    return (start, end) if end - start > 3 else None


def _speaker_window(text: str, words: list[re.Match[str]], verb: int) -> list[re.Match[str]]:
    """The words where the speaker of the reporting verb `words[verb]` may stand: the few before it, and,
    when an appositive ends just before it, the few before that ("Joseph Schwieterman, a professor at
    DePaul University, said")."""
    window = words[max(0, verb - SPEAKER_WORDS) : verb]
    head = text[: words[verb].start()].rstrip()
    if head.endswith(","):
        opening = head.rfind(",", 0, len(head) - 1)
        if opening > 0:
            before = [w for w in words[:verb] if w.end() <= opening]
            window = before[-SPEAKER_WORDS:] + window
    return window


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def speaks(sentence: Sentence, span: Span) -> bool:
    """Whether the name at `span` is who speaks in `sentence`: a reporting verb within a few words after it
    ("NASA said", "Flynn, a top Trump surrogate, said") or just before it ("said Tokumasu"), or "according
    to" before it. "Magic mushrooms may give users ..." holds no speaker at all."""
    text = sentence.text
    start, end = span[0] - sentence.start, span[1] - sentence.start
    after = [w.group().lower() for w in _WORD.finditer(text[end:])][: SPEAKER_WORDS + 1]
    before = [w.group().lower() for w in _WORD.finditer(text[:start])][-1:]
    return (
        any(w in REPORTING for w in after)
        or any(w in REPORTING for w in before)
        or bool(_ACCORDING.search(text[:start]))
    )
