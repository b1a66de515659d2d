"""Reported speech as what someone said: "NASA said the craft lost contact" answers "what did NASA say?".

Derived here from the sentences, not added to the article model: a reporting verb (reporting_verbs.tsv)
with the asked speaker just before it ("NASA said ...", "..., Goumbri said.", also past an appositive: "...,
Joseph Schwieterman, a professor at DePaul University, said.") or after "according to".
The said part is the clause after the verb ("that" dropped), or, when the verb closes the sentence, the
clause before the speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from bot import lexicon
from bot.answers.synonyms import AUXILIARIES, STOPWORDS, Concept, content_tokens, matched, stem, tokens
from bot.article.model import Article, Sentence

Span = tuple[int, int]
REPORTING = frozenset(lexicon.reporting_words())
_WORD = re.compile(r"[\w’'-]+")
_OPENING = re.compile(r"^[\s,]*(?:(?:on|in|at|last|this)\s+\w+\s+)?(?:that\s+)?", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,.;]")
PERSON_PRONOUNS = frozenset(
    row[0] for row in lexicon.rows("pronouns") if row[1:] == ("3", "subject", "person")
)
"""The pronouns that stand for one person before a reporting verb: "he said", "she said"."""
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


def _stands_for(article: Article, who: str) -> Callable[[int], bool]:
    """Whether a "he" / "she" at an offset is the asked person: the person last named before it ("Flynn
    said Donald Trump was right when he said ..." -> Trump), as a reader resolves it."""
    wanted = {stem(t) for t in content_tokens(who)}
    named = sorted(
        (m.start, n)
        for n, person in enumerate(article.people)
        for m in person.mentions
        if m.kind != "pronoun"
    )
    starts = [start for start, _ in named]
    asked = {
        n
        for n, person in enumerate(article.people)
        if wanted
        and wanted
        <= {stem(t) for label in (person.name, *(m.text for m in person.mentions)) for t in tokens(label)}
    }

    def resolves(offset: int) -> bool:
        i = bisect.bisect_left(starts, offset) - 1
        return i >= 0 and named[i][1] in asked

    return resolves


def reported(article: Article, who: str, topic: list[Concept]) -> list[tuple[Sentence, Span]]:
    """Sentences reporting what `who` said (on `topic`, when given), each with the said part's span."""
    speaker = _speaker_stems(article, who)
    if not speaker:
        return []
    stands_for = _stands_for(article, who)
    found: list[tuple[Sentence, Span]] = []
    for sentence in article.sentences:
        if topic and not all(matched(c, frozenset(stem(t) for t in tokens(sentence.text))) for c in topic):
            continue
        span = _said_part(sentence, speaker, stands_for)
        if span is not None:
            found.append((sentence, span))
    return found


def _said_part(sentence: Sentence, speaker: set[str], stands_for: Callable[[int], bool]) -> Span | None:
    text = sentence.text
    words = list(_WORD.finditer(text))
    for i, word in enumerate(words):
        if word.group().lower() not in REPORTING:
            continue
        window = _speaker_window(text, words, i)
        subject_start = next(
            (
                w.start()
                for w in window
                if stem(w.group().lower()) in speaker and not _IN_RELATIVE.search(text, 0, w.start())
            ),
            None,
        )
        pronoun = _pronoun_before(words, i)
        if subject_start is None and pronoun and pronoun.group().lower() in PERSON_PRONOUNS:
            subject_start = pronoun.start() if stands_for(sentence.start + pronoun.start()) else None
        if subject_start is None:
            inverted = _inverted_said_part(text, words, i, speaker)
            if inverted is not None:
                return sentence.start + inverted[0], sentence.start + inverted[1]
            continue
        rest = text[word.end() :]
        lead = _OPENING.match(rest)
        start = word.end() + (lead.end() if lead else 0)
        end = len(text.rstrip(' ."”'))
        closes = rest.lstrip().startswith(".")  # "…,'' he said. ''It won't …": the sentence ended there
        if end - start > 3 and not closes:
            return sentence.start + start, sentence.start + end
        comma = text.rfind(",", 0, subject_start)
        if comma > 0:  # "The craft is safe, NASA said."
            return sentence.start + len(text[:comma]) - len(
                text[:comma].lstrip(' “"')
            ), sentence.start + comma
    return None


BETWEEN_PRONOUN_AND_VERB = lexicon.lower_words("cue_adverbs") | AUXILIARIES
"""Words that may stand between a pronoun and its reporting verb: "She also said that spending reviews
would now happen every two years" reports what she said, as "she said" does; "he has said", "she later
told" too (cue_adverbs.txt and the auxiliaries)."""


def _pronoun_before(words: list[re.Match[str]], verb: int) -> re.Match[str] | None:
    """The word before the reporting verb `words[verb]`, past any `BETWEEN_PRONOUN_AND_VERB` words: the
    pronoun that may be its subject."""
    at = verb - 1
    while at > 0 and words[at].group().lower() in BETWEEN_PRONOUN_AND_VERB:
        at -= 1
    return words[at] if at >= 0 else None


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


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whose)\b[^,;:“”\"]*,")
"""A relative clause after a name, skipped to the name's verb: "Jeremy Hunt, who replaced Kwasi Kwarteng
as chancellor shortly afterwards, said it was a mistake" is what Hunt said."""
_IN_RELATIVE = re.compile(r",\s*(?:who|whose)\b[^,;:“”\"]*$")
"""A name inside a relative clause not yet closed ("who replaced Kwasi Kwarteng as chancellor ..."): the
verb after the clause is its subject's, not this name's."""
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def speaks(sentence: Sentence, span: Span) -> bool:
    """Whether the name at `span` is who speaks in `sentence`: a reporting verb within a few words after it
    ("NASA said", "Flynn, a top Trump surrogate, said") or just before it ("said Tokumasu"), or "according
    to" before it. "Magic mushrooms may give users ..." holds no speaker at all."""
    text = sentence.text
    start, end = span[0] - sentence.start, span[1] - sentence.start
    if _IN_RELATIVE.search(text[:start]):
        return False
    clause = _RELATIVE_AFTER.match(text, end)
    after = [w.group().lower() for w in _WORD.finditer(text[clause.end() if clause else end :])]
    after = after[: SPEAKER_WORDS + 1]
    before = [w.group().lower() for w in _WORD.finditer(text[:start])][-1:]
    return (
        any(w in REPORTING for w in after)
        or any(w in REPORTING for w in before)
        or bool(_ACCORDING.search(text[:start]))
    )


_APPOSED = re.compile(r"\s*,(?:\s*[\w’'-]+){1,5}\s*,")
"""An aside after the subject, "Clinton's fight, long and historic, has opened …": skipped to the verb."""
_PHRASE_WORDS = frozenset(
    stem(w) for w in lexicon.lower_words("prepositions") | lexicon.lower_words("determiners")
)
"""Words inside a subject's phrase after its head: "of the" of "the collapse of the aid system"."""
_PART_STOP = re.compile(r"[,;.!?:()”]|\s[–—-]\s|(?<=\w)[\"“]")
FINITE = AUXILIARIES | lexicon.lower_words("be_forms")
"""A subject's verb, "is" of "This collapse is by design" (the question asks what it is)."""
_GAP_LEAD = FINITE | lexicon.kind("negations", "negation") | {"to"}
"""Words between the asked words and what fills the gap: "is by design", "will not alleviate …"."""


def _words_in(sentence: Sentence, part: Span) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word of `part`, with absolute offsets."""
    return [
        (sentence.start + m.start(), sentence.start + m.end(), stem(m.group().lower()))
        for m in _WORD.finditer(sentence.text)
        if part[0] <= sentence.start + m.start() and sentence.start + m.end() <= part[1]
    ]


def filled_slot(sentence: Sentence, part: Span, subject: list[Concept], verb: list[Concept]) -> Span | None:
    """What fills a said clause's gap in `part` of `sentence`: the phrase after the asked verb ("considering
    hosting the event" for "… say Japan is considering?"), else after the asked subject ("Clinton's fight,
    long and historic, has opened the door" for "… say Clinton's fight has done?"), to the clause's end;
    None when `part` holds neither."""
    words = _words_in(sentence, part)

    def end_of(concepts: list[Concept], after: int) -> int | None:
        ends = [
            next(
                (end for start, end, word in words if start >= after and matched(c, frozenset({word}))), None
            )
            for c in concepts
        ]
        found = [end for end in ends if end is not None]
        return max(found) if found else None

    subject_end = end_of(subject, part[0])
    anchor = end_of(verb, subject_end or part[0]) or subject_end
    if anchor is None:
        return None
    return _gap(sentence, part, anchor, aside=anchor == subject_end)


def predicated(sentence: Sentence, part: Span, head: str, subject: frozenset[str]) -> Span | None:
    """What `part` says the asked subject is or does: after its head noun, the rest of its phrase ("the
    collapse of the aid system") and a finite verb, "This collapse is by design" -> "by design"."""
    words = _words_in(sentence, part)
    for i, (_, _, word) in enumerate(words):
        if word != head:
            continue
        k = i + 1
        while k < len(words) and (words[k][2] in subject or words[k][2] in _PHRASE_WORDS):
            k += 1
        after = words[k - 1][1]
        aside = _APPOSED.match(sentence.text, after - sentence.start)
        if aside:
            k = next((n for n, w in enumerate(words) if w[0] >= sentence.start + aside.end()), len(words))
        if (
            k < len(words)
            and sentence.text[words[k][0] - sentence.start : words[k][1] - sentence.start].lower() in FINITE
        ):
            return _gap(sentence, part, words[k][0], aside=False)
    return None


def _gap(sentence: Sentence, part: Span, anchor: int, *, aside: bool) -> Span | None:
    """The phrase from `anchor` to the clause's end, past an aside (when `aside`) and the finite verb,
    negation and "to" that lead into it; None when it holds no content word."""
    local = anchor - sentence.start
    apposed = _APPOSED.match(sentence.text, local) if aside else None
    if apposed:
        local = apposed.end()
    text = sentence.text[: part[1] - sentence.start]
    lead = re.match(r"[\s“\"‘]*", text[local:])
    local += lead.end() if lead else 0
    for word in _WORD.finditer(text, local):
        if word.start() != local or word.group().lower() not in _GAP_LEAD:
            break
        local = word.end() + len(text[word.end() :]) - len(text[word.end() :].lstrip(' “"‘'))
    stop = _PART_STOP.search(text, local)
    end = stop.start() if stop else len(text)
    if not any(w.group().lower() not in STOPWORDS for w in _WORD.finditer(text[local:end])):
        return None
    return sentence.start + local, sentence.start + end
