"""Free questions: route by question type to the parsed model, else BM25 over sentences; abstain honestly.

Every item cites its sentence and highlights the exact answer span in `Article.text`; every answer is
copied from the article, never composed, so it cannot name a person, date or number the story lacks.
When nothing supports an answer the reply says so in one line and offers the closest related fact.
Who-questions and sentence retrieval live here; dates, figures, places and handles in `facts`, the shared
gate and abstention in `grounding`, the answer phrase inside a retrieved sentence in `spans`.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from bot import lexicon
from bot.answers import names, references
from bot.answers.citations import cite_sentence
from bot.answers.contact import contact
from bot.answers.conversation import Conversation
from bot.answers.facts import (
    figure,
    full_name,
    handle,
    how_long,
    how_many,
    how_often,
    how_old,
    span_answer,
    when,
    where,
    which_identifier,
)
from bot.answers.grounding import (
    BE,
    DETERMINED,
    HELP_HINT,
    MAX_ITEMS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    abstain,
    accept,
    clause_span,
    clean_edges,
    compared_only,
    conflict,
    contradicts,
    copula,
    denied,
    min_score,
    missing_names,
    nearest,
    oneline,
    opens_subject,
    participle,
    passes_gate,
    person_arg,
    positions,
    question_concepts,
    replaced_name,
    restate,
    restated,
    sentence_item,
    sentence_of,
    undated,
    unnegated,
    with_list,
)
from bot.answers.intents import SAID_SLOT, Intent, clean
from bot.answers.meaning import is_acronym, meaning, term_of
from bot.answers.model import Answer, Item
from bot.answers.origins import born_origin, origin_answer
from bot.answers.people import named_by_role, person_item
from bot.answers.questions import SAY, Question, QuestionType, classify, problem
from bot.answers.quotes import quote_item
from bot.answers.reported import FINITE, filled_slot, predicated, reported, speaks
from bot.answers.retrieval import index_for, rank
from bot.answers.roles import employer
from bot.answers.spans import (
    Focus,
    answer_span,
    appositive,
    examples,
    focus,
    gives_reason,
    past_naming,
    reason_at,
    sentence_words,
    subject_left,
    worked_as,
)
from bot.answers.speakers import (
    PRONOUNS,
    find_person,
    is_pronoun,
    quotes_by,
    signer,
    speaker_of,
    speakers_of,
)
from bot.answers.spelling import count_value, recased, respelled
from bot.answers.synonyms import (
    AUXILIARIES,
    STOPWORDS,
    Concept,
    all_stems,
    cased_tokens,
    content_tokens,
    matched,
    own_stems,
    stem,
    tokens,
)
from bot.answers.widen import time_noun, with_venue_head
from bot.article.model import Article, Entity, Person, Quote, Sentence
from bot.article.roles import singular

logger = logging.getLogger(__name__)
Span = tuple[int, int]
NO_NAME: Span = (-1, -1)
"""A who-question's sentence that has the asked act but names no one in the asked role: abstain."""

_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|him|them)\b", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
ABOUT = re.compile(rf"\b{SAY}(?:\s+(?!about\b)[\w’'-]+){{0,2}}\s+about\b", re.IGNORECASE)
"""A quotes question with a topic ("what did Bruce say about immigration", "what did Biden tell reporters
about the court challenges": the listener, up to two words, between) is filtered by `_who_said`."""
SOURCE_WORDS = frozenset(stem(w) for w in lexicon.kind("question_cues", "source"))


def _entity(article: Article, argument: str) -> Entity | None:
    wanted = {stem(t) for t in content_tokens(argument)}
    if not wanted:
        return None
    for entity in (*article.organisations, *article.places):
        names = {stem(t) for t in tokens(entity.name)} | {
            stem(t) for m in entity.mentions for t in tokens(m.text)
        }
        if wanted <= names:
            return entity
    return None


def _who_said(q: Question, article: Article) -> Answer:
    topic = question_concepts(q.rest, article)
    slot = _said_slot(q, article) if q.argument and SAID_SLOT.match(q.text) else None
    if slot is not None:
        return slot
    if q.argument:
        found = quotes_by(article, q.argument)
        if not found or not _on_topic(article, found, topic):  # reported speech only where no quote answers
            said = reported(article, q.argument, topic)
            if said:
                return _reported_answer(article, q.argument, said)
        if not found:
            person = person_arg(article, q.argument)
            if person is None and missing_names(q.argument, article):
                return abstain(f"The article doesn't mention {q.argument}", article, topic)
            name = person.name if person else q.argument
            line = (
                f"The article doesn't say {restated(q.text)}"  # "what did the two countries add"
                if person is None and _no_name(q.argument)
                else f"The article doesn't quote {name}"
            )
            return abstain(line, article, question_concepts(q.argument, article))
        if topic:
            index_sets = [_quote_context(article, quote) for quote in found]
            on_topic = [
                qt for qt, have in zip(found, index_sets, strict=True) if any(matched(c, have) for c in topic)
            ]
            if not on_topic:
                asked = q.rest if SAID_SLOT.match(q.text) else f"about {q.rest}"  # "said the talks were"
                return abstain(f"The article doesn't say what {q.argument} said {asked}", article, topic)
            found = tuple(sorted(on_topic, key=lambda qt: _topic_order(article, qt, topic)))
        items = tuple(quote_item(article, quote) for quote in found[:MAX_ITEMS])
        return Answer(kind="ask", title=f"What {items[0].label} said", items=items)
    if not topic:
        return abstain("Who said what? Name a topic, e.g. “who said the talks went well?”", article, topic)
    scored = []
    for quote in article.quotes:
        have = frozenset(stem(t) for t in tokens(quote.text))
        coverage = sum(1 for c in topic if matched(c, have)) / len(topic)
        scored.append((coverage, -quote.start, quote))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    reported_first = scored and scored[0][0] < 1.0 and _reports_better(q, article, topic, scored[0][0])
    if scored and accept(scored[0][0], topic, q.type) and scored[0][2].speaker and not reported_first:
        quote = scored[0][2]
        item = quote_item(article, quote)
        span = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else None
        named = _speaker_item(article, quote)
        return Answer(
            kind="ask",
            title=f"{item.label} said it",
            items=(named, item) if named else (item,),
            footer=(f"Speaker: “{article.text[span[0] : span[1]]}”" if span and span[1] else None),
        )
    asked = q.text[: len(q.text) - len(q.rest)].strip().lower() if q.rest and q.text.endswith(q.rest) else ""
    line = f"The article doesn't say {asked or 'who said'} {q.rest}"  # "who wrote the column", as asked
    answer = _retrieve(q, article, topic, line, want_person=True, speech=True)
    if answer.kind == "abstain" and _AUTHORSHIP.match(q.text):
        written = _retrieve(q, article, topic, line, want_person=True)  # "was written by Ann Morrow"
        if written.items and _WRITTEN.search(written.items[0].text):
            return written
    return answer


_AUTHORSHIP = re.compile(r"^who\s+(?:wrote|writes|has\s+written|had\s+written)\b", re.IGNORECASE)
"""A who-said question that may ask who wrote a work ("who wrote Charlotte's Web?"): where no one speaks
its words, the one who wrote it (a passive's agent, "was written by E.B. White") answers."""
_WRITTEN = re.compile(r"\b(?:wrote|written|writes|write|writing|authored)\b", re.IGNORECASE)
"""A sentence that says who wrote something: only one answers an authorship question so."""


def _reports_better(q: Question, article: Article, topic: list[Concept], quoted: float) -> bool:
    """ "Who said Israel would continue to block aid?": a sentence reporting the whole claim ("Israel Katz
    said the country would continue to block aid ...") answers before a quote holding only part of it."""
    ranked = rank(article, topic, limit=1)
    if not ranked or ranked[0][2] <= quoted:
        return False
    index, score, coverage = ranked[0]
    sentence = article.sentences[index]
    if not passes_gate(article, topic, coverage, score, q.type):
        return False
    return _speaker_span(article, sentence, _person_span(article, sentence, topic, q.text)) is not None


def _no_name(argument: str) -> bool:
    """ "the two countries want to", "Axelrod call the": what "what did X say" read as a speaker ends in a
    function word, so the question's verb was not the reporting one ("what did Axelrod call the tweet")."""
    words = argument.split()
    return bool(words) and words[-1].lower() in STOPWORDS | PREPOSITIONS | AUXILIARIES | DETERMINED


def _said_parts(article: Article, who: str) -> Iterator[tuple[Sentence, Span]]:
    """Each sentence's share of `who`'s quotes, then what the sentences report `who` said."""
    for quote in quotes_by(article, who):
        first, last = article.sentence_at(quote.start), article.sentence_at(max(quote.start, quote.end - 1))
        if first is None or last is None:
            continue
        for sentence in article.sentences[first.index : last.index + 1]:
            yield sentence, (max(quote.start, sentence.start), min(quote.end, sentence.end))
    yield from reported(article, who, [])


def _before_preposition(words: list[str]) -> list[str]:
    """ "has" of "has for the military", "the collapse" of "the collapse of the aid system"."""
    return words[: next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))]


def _said_slot(q: Question, article: Article) -> Answer | None:
    """ "What did Dangor say the collapse of the aid system was?": of the speaker's quotes and reported
    speech, the part holding most of the asked clause, and in it what fills the clause's gap ("by
    design"); None when no part holds enough of it, for the quotes to answer."""
    words = q.rest.split()
    finite = next((i for i, w in enumerate(words) if i and w.lower() in FINITE), len(words) - 1)
    subject = question_concepts(" ".join(words[:finite]), article)
    verb = question_concepts(" ".join(_before_preposition(words[finite:])), article)
    asked = subject + verb
    if not asked:
        return None
    parts = []
    for sentence, part in _said_parts(article, q.argument):
        have = frozenset(stem(t) for t in tokens(article.text[part[0] : part[1]]))
        parts.append((sentence, part, have, sum(1 for c in asked if matched(c, have)) / len(asked)))
    best: tuple[float, Sentence, Span] | None = None
    head = [stem(t) for t in content_tokens(" ".join(_before_preposition(words[:finite])))][-1:]
    own = frozenset(stem(t) for t in content_tokens(" ".join(words[:finite])))
    for sentence, part, _, coverage in parts if head and not verb else ():  # "was?": what the subject is
        span = predicated(sentence, part, head[0], own)
        if span is not None and (best is None or coverage > best[0]):
            best = coverage, sentence, span
    for sentence, part, have, coverage in parts if best is None else ():
        holds_verb = bool(verb) and all(matched(c, have) for c in verb)  # "we are considering": Japan's "we"
        enough = accept(coverage, asked) or holds_verb
        span = filled_slot(sentence, part, subject, verb) if enough else None
        if span is not None and (best is None or coverage > best[0]):
            best = coverage, sentence, span
    if best is None:
        return None
    _, sentence, span = best
    phrase = article.text[span[0] : span[1]]  # as filled: "by design" keeps its preposition
    item = Item(
        text=sentence.text, label=phrase, highlight=span, citations=cite_sentence(article, sentence.index)
    )
    return Answer(kind="ask", title=oneline(phrase, 120), items=(item,))


def _speaker_item(article: Article, quote: Quote) -> Item | None:
    """ "Who said peace is possible?": the answer is the speaker, so the first item highlights the
    speaker's name in its sentence (the quote follows as the second item); a pronoun speaker ("he said")
    is shown by the last naming mention of the person before the quote."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or end <= start:
        return None
    pronoun = is_pronoun(article.text[start:end])
    person = speaker_of(article, quote)
    if pronoun:
        named = [
            m for m in (person.mentions if person else ()) if m.kind != "pronoun" and m.start < quote.start
        ]
        if not named:
            return None
        start, end = named[-1].start, named[-1].end
    if person is not None and _unnamed_by_surname(article.text[start:end], person):
        full = [m for m in person.mentions if m.kind == "name" and m.start < quote.start]
        if full:  # "..., Donna said": the reader is given "Donna Kelce" where the story last wrote it
            start, end = full[-1].start, full[-1].end
    sentence = sentence_of(article, start)
    return sentence_item(article, sentence, with_list(article, (start, end))) if sentence else None


def _unnamed_by_surname(written: str, person: Person) -> bool:
    """Does the speaker as written ("Donna", "the England coach") lack the person's surname? News calls a
    speaker by surname ("Abbas said", "Mr Abbas said"), which names them; a first name or a role does not."""
    words, last = written.split(), person.name.split()[-1:]
    return bool(words and last) and words[-1] != last[0]


def _quote_context(article: Article, quote: Quote) -> frozenset[str]:
    """The stems a quote is about: its own words, the sentences holding it ("..., Tarrant said of the
    show") and the sentence just before, which so often introduces what the quote is about ("Tarrant will
    host a two-hour show. “This should be great fun,” he said.")."""
    first = article.sentence_at(quote.start)
    last = article.sentence_at(max(quote.start, quote.end - 1))
    texts = [quote.text]
    if first is not None and last is not None:
        texts += [s.text for s in article.sentences[max(0, first.index - 1) : last.index + 1]]
    return _named_stems(article, " ".join(texts))


def _named_stems(article: Article, text: str) -> frozenset[str]:
    """The stems of `text`, with the whole name of each person it calls by one part of it: "We're delighted
    Glenn is here" is about Hoddle as plainly as "Glenn Hoddle" would be (a capitalised word only, so
    "will" is no Will)."""
    have = {stem(t) for t in tokens(text)}
    parts = {t.lower() for t in cased_tokens(text) if t[:1].isupper()}
    for person in article.people:
        name = tokens(person.name)
        if len(name) > 1 and parts.intersection(name):
            have.update(stem(t) for t in name)
    return frozenset(have)


def _framing(article: Article, quote: Quote) -> str:
    """The words between a quote and its speaker in their sentence: "said weight loss surgery" of "Kim
    said weight loss surgery “is the best decision I have made”", "said of the show" of "“Great fun,”
    Tarrant said of the show.". Empty when the speaker stands in another sentence."""
    start, end = quote.speaker_start, quote.speaker_end
    sentence = article.sentence_at(quote.start)
    if start is None or end is None or sentence is None or not sentence.start <= start < end <= sentence.end:
        return ""
    if end <= quote.start:
        return article.text[end : quote.start]
    return article.text[quote.end : sentence.end] if start >= quote.end else ""


def _topic_order(article: Article, quote: Quote, topic: list[Concept]) -> tuple[int, bool]:
    """A speaker's quotes on a topic, best first: most of the topic held by the quote's own words and the
    words that frame it (`_framing`: "Kim said weight loss surgery “is the best decision …”" says what the
    quote is about as plainly as its own words would), a framed one first among equals, then the story's
    order (of quotes on "the president's condition", "the president's condition significantly improved"
    comes before "a worsening in the president's lung functions")."""
    framed = _named_stems(article, _framing(article, quote))
    own = _named_stems(article, quote.text)
    held = sum(1 for c in topic if matched(c, own | framed))
    return -held, not any(matched(c, framed) for c in topic)


def _on_topic(article: Article, found: tuple[Quote, ...], topic: list[Concept]) -> bool:
    return not topic or any(
        any(matched(c, _named_stems(article, quote.text)) for c in topic) for quote in found
    )


def _reported_answer(article: Article, who: str, said: list[tuple[Sentence, Span]]) -> Answer:
    """ "What did NASA say?" answered from "NASA said the craft ...", each item citing its sentence."""
    items = tuple(sentence_item(article, sentence, span) for sentence, span in said[:MAX_ITEMS])
    return Answer(kind="ask", title=f"What {who} said", items=items)


def _mentions_of(article: Article, person: Person) -> list[Sentence]:
    seen: dict[int, Sentence] = {}
    for mention in sorted(person.mentions, key=lambda m: m.start):
        sentence = sentence_of(article, mention.start)
        if sentence is not None:
            seen.setdefault(sentence.index, sentence)
    return list(seen.values())


def _object_clause(rest: str) -> str:
    """ "does Obama aim his barbs at" -> "Obama aims his barbs at", for "The article doesn't say who ...";
    an inverted "be" too ("is Gebrselassie from" -> "Gebrselassie is from"); a subject question ("will
    replace Palmer", "is making the film") and a verb the restating cannot reach stay as asked."""
    words = rest.split()
    inverted = len(words) > 1 and words[0].lower() in BE and opens_subject(words[1])  # "is Gebrselassie from"
    if not words or (words[0].lower() not in {"do", "does", "did"} and not inverted):
        return rest
    clause = restate(rest)
    return rest if clause.split() == words[1:] else clause


KIN_CONVERSES = {row[0]: row[1:] for row in lexicon.rows("kin_converses")}
"""Kin noun -> the kin nouns of the other person of the pair (kin_converses.tsv)."""
_KIN_ASKED = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)['’]s\s+(?P<kin>[a-z]+)\W*$")
_NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"


def _kin_of(argument: str, article: Article) -> Answer | None:
    """ "Who was Emma's brother?" answered the other way round: "Emma, sister of Duke Richard II" or
    "Richard's sister Emma" (the pair's other kin noun, kin_converses.tsv), naming the asked person by
    their last name; None when the story says neither."""
    asked = _KIN_ASKED.match(argument.strip())
    converses = KIN_CONVERSES.get(asked.group("kin").lower(), ()) if asked else ()
    if not asked or not converses:
        return None
    last, kin = re.escape(asked.group("name").split()[-1]), "|".join(converses)
    ways = (
        re.compile(rf"(?P<other>{_NAME_RUN})['’]s\s+(?:{kin})\s+(?:{_NAME_RUN}\s+)?{last}\b"),
        re.compile(rf"\b{last},\s+(?:the\s+)?(?:{kin})\s+of\s+(?P<other>{_NAME_RUN})"),
    )
    for sentence in article.sentences:
        for way in ways:
            found = way.search(sentence.text)
            if found:
                start = sentence.start + found.start("other")
                return span_answer(article, sentence, (start, start + len(found.group("other"))))
    return None


CREATION_VERBS = lexicon.lower_words("creation_verbs")
"""Verbs that make a work (creation_verbs.txt): "who designed X?" may be answered by "X by <name>"."""
_MADE_ASKED = re.compile(rf"^(?P<verb>[a-z]+)\s+(?P<thing>{_NAME_RUN})\W*$")


def _made_by(rest: str, article: Article) -> Answer | None:
    """ "Who designed Salamanca?" of "the successful twin-cylinder locomotive Salamanca by Matthew Murray":
    a named work followed by "by" and a name gives its maker, when the question is a verb that makes a work
    (`CREATION_VERBS`) and the work's name; None when the story writes no such phrase."""
    asked = _MADE_ASKED.match(rest.strip())
    if not asked or asked.group("verb") not in CREATION_VERBS:
        return None
    by = re.compile(rf"\b{re.escape(asked.group('thing'))}\s+by\s+(?P<who>{_NAME_RUN})")
    for sentence in article.sentences:
        found = by.search(sentence.text)
        if found:
            start = sentence.start + found.start("who")
            return span_answer(article, sentence, (start, start + len(found.group("who"))))
    return None


def _who_is(q: Question, article: Article) -> Answer:
    argument = q.argument
    related = _kin_of(argument, article) if argument else _made_by(q.rest, article)
    if related is not None:  # "who was Emma's brother?", "who designed Salamanca?"
        return related
    if not argument:
        asked = oneline(_object_clause(q.rest.rstrip("?. ")), 80)
        wh = q.text[: len(q.text) - len(q.rest)].strip().lower() if q.text.endswith(q.rest) else "who"
        return _retrieve(
            q,
            article,
            _with_converses(question_concepts(q.rest, article)),
            f"The article doesn't say {wh or 'who'} {asked}".rstrip(),
            want_person=True,
        )
    person = person_arg(article, argument)
    if person is not None:
        items = [person_item(article, person, by_role=named_by_role(argument, person))]
        quoted = [quote for quote in article.quotes if person in speakers_of(article, quote)]
        first = items[0].citations[0].sentence if items[0].citations else -1
        for sentence in _mentions_of(article, person):
            if sentence.index != first and len(items) < MAX_ITEMS:
                items.append(
                    Item(
                        text=sentence.text,
                        label="In the story",
                        citations=cite_sentence(article, sentence.index),
                    )
                )
        items += [quote_item(article, quote) for quote in quoted[: MAX_ITEMS - len(items) + 1]]
        return Answer(kind="ask", title=person.name, items=tuple(items[: MAX_ITEMS + 1]))
    entity = _entity(article, argument)
    if entity is not None:
        items = []
        for mention in entity.mentions[:MAX_ITEMS]:
            found = sentence_of(article, mention.start)
            if found is not None and all(i.citations[0].sentence != found.index for i in items):
                items.append(sentence_item(article, found, (mention.start, mention.end), entity.name))
        if items:
            return Answer(
                kind="ask",
                title=entity.name,
                intro=f"Mentioned as a{'n' if entity.kind[0] == 'o' else ''} {entity.kind}:",
                items=tuple(items),
            )
    if argument[:1].isupper() or missing_names(argument, article):
        missing = missing_names(argument, article)
        if missing or not argument[:1].islower():
            spoken = quotes_by(article, argument)
            if spoken:
                return Answer(
                    kind="ask",
                    title=argument,
                    intro="Quoted:",
                    items=tuple(quote_item(article, quote) for quote in spoken[:MAX_ITEMS]),
                )
            described = _described_as(article, argument)
            if described is not None:
                return described
            mentioned = _retrieve(q, article, question_concepts(argument, article), "", want_person=True)
            if mentioned.kind == "ask" and not missing:
                return mentioned
            line = (  # "Peru's trade minister": Peru and ministers are there, the one asked is not
                f"The article doesn't mention {argument}"
                if missing
                else f"The article doesn't say who {argument} is"
            )
            return abstain(line, article, question_concepts(argument, article))
    question = _with_converses(question_concepts(argument, article))
    answer = _retrieve(
        q, article, question, f"The article doesn't say {_who_is_clause(q.text, argument)}", want_person=True
    )
    role = names.asked_role(q.text)
    if role is None or _names_a_person(article, answer):
        return answer
    return _identified_later(q, article, question, role) or answer


def _names_a_person(article: Article, answer: Answer) -> bool:
    """Whether the answer's highlight is a person the story names (not "BBC", not "the party")."""
    span = answer.items[0].highlight if answer.kind == "ask" and answer.items else None
    return span is not None and any(
        m.start < span[1] and span[0] < m.end
        for p in article.people
        for m in p.mentions
        if m.kind != "pronoun"
    )


IDENTIFYING_REACH = 3
"""How many sentences after a description the story may take to name the person it describes."""
_SAME_ACT = r"\s+(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+|(?:has|have|had)\s+)?"


def _identified_later(q: Question, article: Article, question: list[Concept], role: str) -> Answer | None:
    """ "The leader of the British National Party has been arrested ..." then "A party spokesman said Nick
    Griffin was arrested on Tuesday": a lede describes a person by role, doing something, and names them a
    few sentences on doing the same; "who is the BNP leader?" is answered by that name, cited where it
    stands. Only a description (a determiner, the role noun, its "of" holder) that is the subject of a
    past or perfect verb in a sentence that passes the gate, and a named person who is the subject of the
    same verb form within `IDENTIFYING_REACH` sentences; None otherwise."""
    described = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(role)}\w*"
        rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){{0,5}}?[A-Z][\w’'&.-]*)?{_SAME_ACT}(?P<verb>[a-z]+ed)\b"
    )
    for index, score, coverage in rank(article, question, limit=MAX_ITEMS):
        if not passes_gate(article, question, coverage, score, q.type):
            break
        act = described.search(article.sentences[index].text)
        if act is None:
            continue
        same = re.compile(rf"{_SAME_ACT}{act.group('verb')}\b")
        for later in article.sentences[index + 1 : index + 1 + IDENTIFYING_REACH]:
            for person in article.people:
                for m in person.mentions:
                    if (
                        m.kind != "pronoun"
                        and later.start <= m.start < later.end
                        and same.match(article.text, m.end)
                    ):
                        return span_answer(article, later, (m.start, m.end))
    return None


def _described_as(article: Article, argument: str) -> Answer | None:
    """ "Who is Howard Dean?" of a name the people finder missed: the story's description of it, set beside
    a mention of the name (or its last word) by a comma ("Dean, a former Democratic National Committee
    chairman and presidential candidate, poked at ...") or stated by "is/was" ("Warsz was a 12th-century
    nobleman"), not another name its sentence holds."""
    words = re.findall(r"[\w’'.-]+", argument.rstrip("?. "))
    if not words or not all(w[:1].isupper() or w.lower() in names.NAME_PARTICLES for w in words):
        return None  # a name, all of it ("Howard Dean", "Paul de la Malgue"), not a clause that ends in one
    name = rf"\b(?:{re.escape(' '.join(words))}|{re.escape(words[-1])})"
    pattern = re.compile(
        rf"{name},\s+((?:a|an|the)\s+[^,.;:()“”\"]+)|{name}\s+(?:is|was)\s+((?:a|an)\s+[^,.;:()“”\"]+)"
    )
    for sentence in article.sentences:
        found = pattern.search(sentence.text)
        if found:
            group = 1 if found.group(1) else 2
            span = sentence.start + found.start(group), sentence.start + found.end(group)
            item = sentence_item(article, sentence, span)
            return Answer(kind="ask", title=oneline(article.text[span[0] : span[1]], 120), items=(item,))
    return None


def _who_is_clause(text: str, argument: str) -> str:
    """ "who the NASA administrator is"; "who was named man of the match" (a passive: as asked); "who
    debates are open to" (a stranded preposition: "be" before its predicate); "what Axelrod's job for Obama
    was" ("what was X's job" asks what, not who)."""
    if text.split()[0].lower() == "what":
        return restated(text)
    be = copula(text)
    first = argument.split()[0]
    if participle(first) or (first.islower() and first.endswith("ed")) or first.lower() == "not":
        return f"who {be} {argument}".replace("  ", " ")
    if argument.split()[-1].lower() in PREPOSITIONS and be:
        return f"who {restate(f'{be} {argument}')}"
    return f"who {argument} {be}".strip()


def _with_converses(question: list[Concept]) -> list[Concept]:
    """ "Who bought the courier unit?" is covered by "agreed to sell its courier unit to Onex Capital": a
    verb's concept is also matched by its converse's forms (converse_verbs.tsv), whose preposition then
    marks the asked one (`names.by_converse`). Only for who-questions, which read the name it marks."""
    found = []
    for concept in question:
        extra = names.converse_stems(concept[0][0]) if len(concept[0]) == 1 else frozenset()
        found.append((*concept, *((form,) for form in sorted(extra - {a[0] for a in concept}))))
    return found


@dataclass(frozen=True)
class _FreshNames:
    """The names a sentence holds that the question does not name, in two tiers: the parsed ones first,
    then any capitalised run (read only when the first tier answers nothing). Found once per sentence and
    shared by the who-route's two readings of it (the asked argument, then the nearest name)."""

    article: Article
    sentence: Sentence
    asked: set[str]
    text: str
    parsed: list[Span]

    @classmethod
    def of(cls, article: Article, sentence: Sentence, question: list[Concept], text: str) -> _FreshNames:
        asked = own_stems(question)
        spans = _name_spans(article, sentence, question, text)
        return cls(article, sentence, asked, text, sorted(names.fresh(article, spans, asked, text)))

    @cached_property
    def candidates(self) -> list[Span]:
        return sorted(
            names.fresh(self.article, names.candidates(self.article, self.sentence), self.asked, self.text)
        )

    def tiers(self) -> Iterator[list[Span]]:
        yield self.parsed
        yield self.candidates


def _person_span(
    article: Article, sentence: Sentence, question: list[Concept], text: str
) -> tuple[int, int] | None:
    """For "who" questions: the name in the sentence that the question does not already name, in the
    argument the question asks for (`names.by_role`), else the one nearest to the question's words."""
    fresh = _FreshNames.of(article, sentence, question, text)
    return (
        _after_asked_preposition(fresh, question, text)
        or _asked_name(fresh, text)
        or _nearest_name(fresh, question, text)
    )


_THE = re.compile(r"(?:the\s+)?")


def _after_asked_preposition(fresh: _FreshNames, question: list[Concept], text: str) -> Span | None:
    """ "Who did the SNP take 16 seats from?" in "The SNP took 16 seats from Labour, ... although Labour
    leader Iain Gray retained East Lothian": a question that ends in a preposition asks for that
    preposition's object, the name the sentence writes right after it (where `answer_span` finds it), not
    the name nearest the question's words."""
    asked = focus(text)
    if asked.preposition is None:
        return None
    found = answer_span(fresh.sentence, question, text, asked)
    if found is None:
        return None
    for tier in fresh.tiers():
        named = [
            s
            for s in tier
            if s[0] >= found[0]
            and _THE.fullmatch(fresh.article.text, found[0], s[0])
            and not _owner(fresh.article.text, s)  # "of Egypt's premier Mahmud Naqrashi": the premier
        ]
        if named:
            return with_list(fresh.article, names.whole(fresh.article, named[0]))
    return None


def _nearest_name(fresh: _FreshNames, question: list[Concept], text: str) -> Span | None:
    """The name nearest to the question's words, unless the sentence has the asked act but not its actor."""
    article, sentence = fresh.article, fresh.sentence
    want = names.asked(text)
    acts = frozenset(s for c in question if want.verb in c[0] for alternative in c for s in alternative)
    if names.verb_in(sentence, want, acts):
        # "Alleyne died after being shot": the act is there but not who did it; "Lynch met Indian
        # interlocutors": the object is no name, so the phrase after the verb answers
        if want.role == "object":
            return None
        return names.actor_phrase(article, sentence, want) or NO_NAME
    for tier in fresh.tiers():
        if tier:
            return with_list(article, names.whole(article, nearest(tier, _anchors(sentence, question, text))))
    return None


_FIGURE = re.compile(r"\b\d[\d,.]*\d\b")


def _anchors(sentence: Sentence, question: list[Concept], text: str) -> list[int]:
    """Where the question's words stand in the sentence; a figure the question gives ("in 1629") pins its
    own: "described by Taqi al-Din in 1551 and by Giovanni Branca in 1629" -> the name beside "1629"."""
    asked = set(_FIGURE.findall(text))
    figures = [sentence.start + m.start() for m in _FIGURE.finditer(sentence.text) if m.group() in asked]
    return figures or positions(sentence, question)


def _asked_name(fresh: _FreshNames, text: str) -> Span | None:
    """The name in the sentence in the argument the question asks for: beside the asked role noun
    (`names.beside_noun`), in the asked verb's role (`names.by_role`, "shot dead by ... Luca Scata") or
    after its converse's preposition (`names.by_converse`, "sell its unit to Onex Capital" for "who bought
    the unit?")."""
    article, sentence = fresh.article, fresh.sentence
    want, role = names.asked(text), names.asked_role(text)
    for tier in fresh.tiers():
        beside = names.beside_noun(article, sentence, tier, role) if tier and role else None
        converse = names.by_converse(article, sentence, tier, want) if tier else None
        placed = beside or converse or (names.by_role(article, sentence, tier, want) if tier else None)
        if placed:
            return with_list(article, placed)
    return None


def _unplaced(article: Article, sentence: Sentence, text: str, question: list[Concept]) -> bool:
    """A who-question's sentence that has neither the asked verb nor a holder of its role noun ("The new
    House committee on China sent a letter to FBI Director Christopher Wray" for "who chairs the House
    committee on China?"): the name it gives is only the nearest, so a sentence naming the role's holder
    answers better."""
    want = names.asked(text)
    if want.role != "subject" or not want.verb or names.verb_in(sentence, want):
        return False
    return _role_named(article, sentence, question, text) is None


def _role_named(article: Article, sentence: Sentence, question: list[Concept], text: str) -> Span | None:
    """The name the sentence titles with the asked verb's role noun ("chairman Mike Gallagher")."""
    fresh = _FreshNames.of(article, sentence, question, text)
    want = names.asked(text)
    for tier in fresh.tiers():
        holder = names.role_holder(article, sentence, tier, want) if tier else None
        if holder:
            return with_list(article, holder)
    return None


def _beside_role(
    article: Article, sentence: Sentence, question: list[Concept], text: str, role: str
) -> Span | None:
    """The name the sentence writes beside the asked role noun ("chief executive James Skinner")."""
    fresh = _FreshNames.of(article, sentence, question, text)
    for tier in fresh.tiers():
        beside = names.beside_noun(article, sentence, tier, role) if tier else None
        if beside:
            return with_list(article, beside)
    return None


ROLE_MODIFIERS = lexicon.lower_words("role_modifiers")


def _lacks_role(article: Article, sentence: Sentence, question: list[Concept], text: str, role: str) -> bool:
    """Whether the sentence names no holder of the asked role noun (`ROLE_HEADS`): it has neither the role
    nor a paraphrase ("who is the chairman of Dean Witter?" of a sentence about the SEC's complaint), or has
    it only in a longer role the question doesn't ask (role_modifiers.txt: "assistant deputy ministers" for
    "who is IRCC's deputy minister?")."""
    concept = next((c for c in question if role in c[0]), None)
    if role not in ROLE_HEADS or concept is None:
        return False
    if not matched(concept, index_for(article).reach[sentence.index]):
        return True
    words, asked = tokens(sentence.text), set(tokens(text))

    def longer(at: int) -> bool:
        before = at - 1
        while before >= 0 and words[before] in asked:
            before -= 1  # past the role's asked words: "assistant [deputy] minister"
        return before >= 0 and words[before] in ROLE_MODIFIERS

    found = [at for at, word in enumerate(words) if stem(word) == role]
    if not found:
        return _unnamed_speaker_role(article, sentence, role)
    return all(longer(at) for at in found)


def _unnamed_speaker_role(article: Article, sentence: Sentence, role: str) -> bool:
    """Whether the sentence holds the asked role only as the label of a quote's unnamed speaker ("“The
    bird is flying around,” he announced, as Perry recalled it." of "the captain"): the holder has no name
    here, and the name the sentence does hold is someone else's."""
    return any(
        q.start < sentence.end
        and q.end > sentence.start
        and q.speaker
        and role in {stem(t) for t in tokens(q.speaker)}
        and speaker_of(article, q) is None
        for q in article.quotes
    )


def _name_spans(article: Article, sentence: Sentence, question: list[Concept], text: str) -> list[Span]:
    """The names the sentence holds (parsed, quote speakers; the places too for "which country ...?")."""
    spans = names.parsed(article, sentence) + [
        (quote.speaker_start, quote.speaker_end)
        for quote in article.quotes
        if quote.speaker_start is not None
        and quote.speaker_end is not None
        and sentence.start <= quote.speaker_start < sentence.end
        and (quote.speaker or "")[:1].isupper()
        and not names.opens_sentence_as_word(article, sentence, quote.speaker_start)
    ]
    asked = own_stems(question)
    if focus(text).noun in PLACE_NOUNS:  # "which country rationed fuel?": a place is the name, not one
        spans = [  # the question names ("Israeli" is Israel in "which country does Israel accuse?")
            (m.start, m.end)
            for place in article.places
            if not {stem(t) for t in tokens(place.name)} & asked
            for m in place.mentions
            if sentence.start <= m.start < sentence.end
        ] + spans
    return spans


PLACE_NOUNS = frozenset(stem(word) for word in lexicon.words("place_nouns"))
"""Kinds of place (place_nouns.txt): a who-route question asking "which country/city ...?" is answered by a
place the sentence names, which the people and organisations it looks through leave out."""
UNKNOWN_WORDS = lexicon.lower_words("unknown_words")
MODIFIER_REACH = 3
"""How many words before its noun a modifier may stand: "an unspecified private sector role"."""


def _undisclosed(phrase: str, question: list[Concept]) -> bool:
    """ "an unspecified medical condition" for "what condition …": a word saying the fact is not known
    modifies the asked noun (within a few words before it), or is the answer's only new word."""
    asked = all_stems(question)
    words = content_tokens(phrase)
    new = [t for t in words if stem(t) not in asked]
    if new and all(t in UNKNOWN_WORDS for t in new):
        return True
    return any(
        word in UNKNOWN_WORDS and any(stem(t) in asked for t in words[i + 1 : i + 1 + MODIFIER_REACH])
        for i, word in enumerate(words)
    )


def _names_in(article: Article, span: Span, question: list[Concept]) -> bool:
    """Does the phrase name someone or something the question does not already name?"""
    sentence = article.sentence_at(span[0])
    if sentence is None:
        return False
    asked = all_stems(question)
    spans = names.named(article, sentence)
    inside = [s for s in spans if span[0] <= s[0] and s[1] <= span[1] and s[0] != sentence.start]
    return bool(names.fresh(article, inside, asked))


_LED_WHICH = re.compile(rf"\s*(?:(?:{'|'.join(sorted(PREPOSITIONS))})\s+)?which\b", re.IGNORECASE)
"""A which-question, led by a preposition or not: "In which article does the treaty ban cartels?"."""


def _what_noun(text: str) -> bool:
    """ "What city did the Grand Canal reach?" asks as "which city …?" does: "what" and a noun that a name
    answers (a kind of place, organisation or named thing, or a person's role: NAMED_NOUNS)."""
    asked = focus(text)
    if text.split(maxsplit=1)[0].lower() != "what" or asked.noun is None or asked.kind:
        return False
    return asked.noun in NAMED_NOUNS


def _which_name(article: Article, sentence: Sentence, question: list[Concept], text: str) -> Span | None:
    """ "Which airline operated the flight?": a name beside the asked noun, else in the asked argument."""
    noun = focus(text).noun
    listed = examples(sentence, noun) if noun else None
    if listed:
        return listed
    numbered = _numbered(article, sentence, question, text)
    if numbered:
        return numbered
    asked = all_stems(question)
    spans = names.named(article, sentence)
    kind = _kind_asked(text, noun)
    places = _places_in(article, sentence) if kind == "place" else []
    fresh = sorted(names.fresh(article, spans + places, _without_forms(asked, noun), text))
    if kind == "name":
        fresh = _unlike_person_or_place(article, sentence, fresh, text)
    if not fresh:
        return None
    beside = names.beside_noun(article, sentence, fresh, noun) if noun else None
    if beside:
        return beside
    restated = _after_asked_phrase(article, sentence, fresh, text)
    if restated:
        return restated
    nominal = names.nominal_object(article, sentence, fresh, names.asked(text))
    if nominal:
        return names.whole(article, nominal)
    if noun and noun in {stem(t) for t in tokens(sentence.text)}:
        return None  # the noun is there but names nothing: the noun phrase answers ("space program")
    return names.by_role(article, sentence, fresh, names.asked(text)) or _nearest_of_kind(
        article, sentence, fresh, places, kind, question, text
    )


def _without_forms(asked: set[str], noun: str | None) -> set[str]:
    """The question's stems less the asked noun and the words it opens or that open it: the noun is what
    the name answers, so "Namibian Broadcasting Corporation" is fresh for "which broadcaster …?"."""
    if not noun:
        return asked
    root = names.MIN_ROOT
    return {
        a
        for a in asked
        if a != noun and not (min(len(a), len(noun)) >= root and (a.startswith(noun) or noun.startswith(a)))
    }


_NUMBER = r"\d+(?:\(\w{1,3}\))*"
_QUALIFIER = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)\s+$")


def _numbered(article: Article, sentence: Sentence, question: list[Concept], text: str) -> Span | None:
    """ "Which article allows the Council to govern mergers?" -> "Article 102", "which flight …?" -> "Flight
    370": a word of the question's "which …" phrase numbered in the sentence is the answer, the word and all
    its numbers ("Articles 106 and 107", "articles 1 to 7", "Article 101(1)") with a capitalised qualifier
    before it ("TEU articles 4 and 5"); not a unit of time ("year 2010" is a when-answer). Of several, the
    one whose words up to the next hold most of the question's ("Article 65 banned cartels and article 66
    made provisions for mergers" for "which article made provisions for mergers?")."""
    typed = _after_which(text)
    for word in (w.lower() for w in typed[:NUMBERED_REACH]):
        if time_noun(word) or word in FUNCTION_WORDS or not word.isalpha():
            continue
        numbered = list(
            re.finditer(  # the word in the sentence, any case, with its numbers
                rf"(?<![\w’'-])(?i:{re.escape(singular(word))}s?)\s+{_NUMBER}"
                rf"(?:(?:,\s+|,?\s+(?:and|or|to)\s+|\s*[-–]\s*){_NUMBER})*(?![\w-])",
                sentence.text,
            )
        )
        if not numbered:
            continue
        asked = all_stems(question) - {stem(word)}
        ends = [m.start() for m in numbered[1:]] + [len(sentence.text)]
        held = [
            sum(stem(t) in asked for t in tokens(sentence.text[m.end() : end]))
            for m, end in zip(numbered, ends, strict=True)
        ]
        best = numbered[max(range(len(numbered)), key=lambda k: (held[k], -k))]
        start = sentence.start + best.start()
        before = _QUALIFIER.search(article.text, sentence.start, start)
        if before and before.group(1).lower() not in STOPWORDS:
            start = before.start(1)
        return start, sentence.start + best.end()
    return None


NUMBERED_REACH = 3
"""How many words of the "which …" phrase may be the numbered noun ("which TFEU article …")."""
FUNCTION_WORDS = PREPOSITIONS | AUXILIARIES | DETERMINED
"""Words a number after is no numbered name of ("in 2010", "the 5")."""


_WHICH = re.compile(r"\bwhich\s+", re.IGNORECASE)
_TYPED_WORD = re.compile(r"[\w’'.-]+")


def _after_which(text: str) -> list[str]:
    """The words typed after the question's "which" ("Which former Dallas Cowboy can …" -> ["former",
    "Dallas", "Cowboy", "can", …]); none when it has no "which"."""
    found = _WHICH.search(text)
    return _TYPED_WORD.findall(text[found.end() :]) if found else []


def _asked_phrase(text: str) -> list[str]:
    """The noun phrase "which …?" asks with, as typed: "Which former Dallas Cowboy can get paid?" ->
    ["former", "Dallas", "Cowboy"] (up to its auxiliary or verb); empty for no "which"."""
    words = _after_which(text)
    size = next((i for i, w in enumerate(words) if w.lower() in AUXILIARIES or names.verb_like(w.lower())), 0)
    return words[:size]


def _after_asked_phrase(article: Article, sentence: Sentence, fresh: list[Span], text: str) -> Span | None:
    """ "Which former Dallas Cowboy can get paid?" in "players with brain injuries, like former Dallas
    Cowboy Tony Dorsett, should ...": the sentence restates the question's noun phrase of two words or more
    (its last two at least) right before a name, which is the one the phrase describes; or right after it,
    as what the name is ("Kelly Holmes and Carolina Kluft are among other Athens winners competing" for
    "which other Athens winners are competing?")."""
    phrase = _asked_phrase(text)
    for size in range(len(phrase), 1, -1):
        written = r"\s+".join(re.escape(w) for w in phrase[-size:])
        restated = re.compile(rf"(?<![\w’'-]){written}\s+$", re.IGNORECASE)
        described = re.compile(rf"{_DESCRIBED_AS}{written}(?![\w’'-]|\s+{_NAMED})", re.IGNORECASE)
        for span in fresh:
            if restated.search(article.text, sentence.start, span[0]):
                return names.whole(article, span)
        for span in fresh:
            if described.match(article.text, span[1], sentence.end):
                return with_list(article, names.whole(article, span))
    return None


_DESCRIBED_AS = r"\s*(?:,\s+(?:an?|the)\s+|\s+(?:is|are|was|were)\s+(?:among\s+|one\s+of\s+)?(?:the\s+)?)"
"""Between a name and the phrase that says what it is: ", a ", " are among ", " is one of the "."""
_NAMED = r"(?:named|called|known\s+as)\b"
"""A phrase that names its own one after it: "Bosman, a Belgian footballer named Jean-Marc Bosman"."""


PLACE_WORDS = lexicon.lower_words("place_nouns")
ORGANISATION_NOUNS = frozenset(row[0] for row in lexicon.rows("organisation_nouns"))
NAME_KINDS = lexicon.lower_words("thing_classifiers") | ORGANISATION_NOUNS
ROLE_NOUNS = lexicon.lower_words("role_nouns")
"""Nouns whose "which N …?" a name answers: a kind of organisation or named thing ("which club", "which
film"); a kind of place (PLACE_WORDS) is answered by a place."""
NAMED_NOUNS = frozenset(
    stem(word)
    for word in NAME_KINDS
    | PLACE_WORDS
    | ROLE_NOUNS
    | lexicon.lower_words("organisation_words")
    | lexicon.lower_words("thing_words")
)
"""Stems of the nouns a name answers "what N …?" with: kinds of place, organisation, named thing (with the
words that end a thing's name, thing_words.txt: "park", "treaty"), role."""


def _kind_asked(text: str, noun: str | None) -> str | None:
    """ "place" for "which country …?", "name" for "which club …?" (the asked noun's word as typed, singular:
    stems collide, "station" and "state")."""
    word = next((w for w in re.findall(r"[a-z][\w-]*", text.lower()) if noun and stem(w) == noun), "")
    forms = {word, singular(word)}
    if forms & PLACE_WORDS:
        return "place"
    return "name" if forms & NAME_KINDS else None


def _nearest_of_kind(
    article: Article,
    sentence: Sentence,
    fresh: list[Span],
    places: list[Span],
    kind: str | None,
    question: list[Concept],
    text: str,
) -> Span | None:
    """The name of the asked kind beside the question's own words in the sentence (at most KIND_REACH words
    between): a place for "which country …?", a name that is no person's or place's for "which station
    …?" ("as part of a BBC Radio 2 special" for "which station is the special for?"); with the names it
    is listed with when the question asks for several ("which countries …?")."""
    if kind == "place":
        found = [s for s in fresh if s in places]
    elif kind == "name":
        found = fresh
    else:
        return None
    typed = {stem(w) for w in re.findall(r"\b[a-z][\w’'-]*", text)} & own_stems(question) - {focus(text).noun}
    position = sentence_words(sentence)
    words = [i for i, (_, _, word) in enumerate(position) if word in typed]
    if not found or not words:
        return None

    def gap(span: Span) -> int:
        inside = [i for i, (start, end, _) in enumerate(position) if span[0] <= start and end <= span[1]]
        if not inside:
            return len(position)
        return min(
            inside[0] - i - 1 if i < inside[0] else i - inside[-1] - 1 for i in words if i not in inside
        )

    best = min(found, key=gap)
    if gap(best) > KIND_REACH:
        return None
    return (
        _with_listed(article, found, names.whole(article, best))
        if _plural(text)
        else names.whole(article, best)
    )


def _unlike_person_or_place(article: Article, sentence: Sentence, fresh: list[Span], text: str) -> list[Span]:
    """The names that are no more than a person's or place's mention (its possessive too): "which
    broadcaster/club …?" asks for an organisation or a named thing, which "Geingob’s" or "England" never
    is; a longer name holding one is ("Chicago Bulls"), and so is one holding a word the asked class's
    names hold (organisation_nouns.tsv: "Envoy Air" for "which airline …?", though taken for a person)."""
    taken = [(m.start, m.end) for p in article.people for m in p.mentions] + _places_in(article, sentence)
    typed = set(re.findall(r"[a-z][\w-]*", text.lower()))
    marks = {
        word for noun, words in CLASS_NAME_WORDS.items() if {noun, singular(noun)} & typed for word in words
    }
    return [
        s
        for s in fresh
        if marks & set(article.text[s[0] : s[1]].split())
        or not any(a <= s[0] and _POSSESSIVE.fullmatch(article.text, min(b, s[1]), s[1]) for a, b in taken)
    ]


CLASS_NAME_WORDS = {row[0]: frozenset(row[1].split()) - {"-"} for row in lexicon.rows("organisation_nouns")}
"""The words an organisation class's names hold ("airline": "Air", "Airways"): organisation_nouns.tsv."""


_POSSESSIVE = re.compile(r"(?:[’']s?)?")


KIND_REACH = 3
"""How many words may stand between an asked kind's name and the question's nearest word ("come with
Spider-Man 2"); further off, the sentence does not tie the name to what is asked."""


def _plural(text: str) -> bool:
    """Does "which N …?" ask for several (its noun plural: "which countries", "which teams")?"""
    word = re.match(r"\s*(?:\w+\s+)?which\s+(?:other\s+)?([a-z][\w-]*)", text, re.IGNORECASE)
    noun = word.group(1).lower() if word else ""
    return singular(noun) != noun


def _counted_only(phrase: str, text: str) -> bool:
    """ "Which companies were selected?" is not answered by "identified three companies": a count of the
    asked plural noun, with no name in the phrase, names none of them."""
    asked = [w for w in tokens(text)[1:] if count_value(w) is None]
    noun = focus(text).noun
    if not asked or not noun or singular(asked[0]) == asked[0]:
        return False
    words = tokens(phrase)
    counted = any(
        (count_value(word) or ("", ""))[0] == "cardinal" and stem(after) == noun
        for word, after in itertools.pairwise(words)
    )
    named = any(w[:1].isupper() and count_value(w.lower()) is None for w in phrase.split())
    return counted and not named


_LISTED = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _with_listed(article: Article, found: list[Span], span: Span) -> Span:
    """The span widened over the names of the same kind listed with it ("South Africa and New Zealand")."""
    start, end = span
    for other in sorted(found):
        if other[0] >= end and _LISTED.fullmatch(article.text, end, other[0]):
            end = other[1]
    for other in sorted(found, reverse=True):
        if other[1] <= start and _LISTED.fullmatch(article.text, other[1], start):
            start = other[0]
    return start, end


def _places_in(article: Article, sentence: Sentence) -> list[Span]:
    """The places the sentence names: what "which country/state …?" asks for, and what the name candidates
    leave out ("led by coal-producer West Virginia" for "which state leads the challenge?"); not a place
    inside a longer word ("Mid-Atlantic")."""
    return [
        (m.start, m.end)
        for place in article.places
        for m in place.mentions
        if sentence.start <= m.start < sentence.end
        and not re.search(r"[\w-]$", article.text[m.start - 1 : m.start])
    ]


def _pinned_first(
    text: str, article: Article, optional: list[tuple[int, float, float, float]]
) -> list[tuple[int, float, float, float]]:
    """The sentences ranked with the question's asked noun optional (index, score, coverage, coverage of
    the whole question), the first `MAX_ITEMS`; when the first lacks a figure or ordinal the question pins
    ("fourth quarter" for "what range does Douglas expect for third-quarter earnings?") and a sentence
    that does not lack it covers the whole question at least as well, that one comes first: it was only
    outranked because leaving the noun out counts the other words, which the wrong quarter's sentence
    shares."""
    top = optional[:MAX_ITEMS]
    if not top or not contradicts(undated(text, article, top[0][0]), article.sentences[top[0][0]]):
        return top
    for row in top[1:]:
        if row[3] >= top[0][3] and not contradicts(undated(text, article, row[0]), article.sentences[row[0]]):
            return [row, *(other for other in top if other is not row)]
    return top


def _retrieve(
    q: Question,
    article: Article,
    question: list[Concept],
    line: str,
    *,
    want_person: bool = False,
    speech: bool = False,
) -> Answer:
    """BM25 over sentences; the answer is the best sentence with its answering clause highlighted. With
    `speech` ("who said ...?") the answer must be who speaks in that sentence, else it abstains."""
    line = line or "The article doesn't say"
    if not question:
        return abstain(line, article, question)
    shape = focus(q.text)
    definition = shape.copula and q.text.split(maxsplit=1)[0].lower() == "what"
    ranked = rank(article, question, limit=MAX_ITEMS, definition=definition)
    gate = _without_asked_noun(q.text, question)
    if gate is question:
        gate = _led_without_noun(q.text, article, question)
    if gate is not question and ranked:
        optional = _by_asked_noun(q, article, question, gate, definition=definition)
        ranked = [(i, score, coverage) for i, score, coverage, _ in _pinned_first(q.text, article, optional)]
    if not ranked or not passes_gate(article, question, ranked[0][2], ranked[0][1], q.type):
        return abstain(line, article, question)
    if shape.why:
        ranked = _reason_first(article, question, ranked, q.type)
    index, _, coverage = ranked[0]
    sentence = article.sentences[index]
    if shape.why and not gives_reason(sentence.text):
        sentence = _reason_beside(article, sentence) or sentence
    which = _LED_WHICH.match(q.text) is not None or _what_noun(q.text)
    apposed = appositive(sentence, question) if shape.copula else None
    person = apposed or (_person_span(article, sentence, question, q.text) if want_person else None)
    if speech:
        person = _speaker_span(article, sentence, person) or _pronoun_speaker(article, sentence)
        for other, other_score, other_coverage in ranked[1:] if person is None else ():
            if not passes_gate(article, question, other_coverage, other_score, q.type):
                break
            said = article.sentences[other]  # a headline states it; the story says who said it
            person = _speaker_span(article, said, _person_span(article, said, question, q.text))
            if person is not None:
                sentence, coverage = said, other_coverage
                break
    elif want_person and not apposed and _unplaced(article, sentence, q.text, question):
        for other, other_score, other_coverage in ranked[1:]:
            if not passes_gate(article, question, other_coverage, other_score, q.type):
                break
            titled = _role_named(article, article.sentences[other], question, q.text)
            if titled is not None:  # "led by chairman Mike Gallagher" for "who chairs the committee?"
                sentence, person = article.sentences[other], titled
                break
    if want_person and not speech and person in (None, NO_NAME):
        for other, other_score, other_coverage in ranked[1:]:
            if other_coverage < coverage or other_score < min_score(article):
                break
            tied = article.sentences[other]  # a quote's sentence holds its speaker's role, not the name
            fresh = _FreshNames.of(article, tied, question, q.text)
            actor = _asked_name(fresh, q.text)
            named = actor or _nearest_name(fresh, question, q.text)
            if named is not None and named != NO_NAME and _titled_by(article, named, question):
                sentence, person = tied, named
                break
            # "during the shooting" names no one who shot; "shot dead by ... Luca Scata" does
            if person == NO_NAME and actor:
                sentence, person = tied, actor
                break
    role = names.asked_role(q.text) if want_person and not speech and not apposed else None
    if role and _beside_role(article, sentence, question, q.text, role) is None:
        for other, other_score, other_coverage in ranked[1:]:
            if not passes_gate(article, question, other_coverage, other_score, q.type):
                break
            titled = _beside_role(article, article.sentences[other], question, q.text, role)
            if titled is not None:  # "chief executive James Skinner said" for "who is the chief executive?"
                sentence, person = article.sentences[other], titled
                break
    if role and _lacks_role(article, sentence, question, q.text, role):
        return abstain(line, article, question, near=sentence)
    if want_person and person in (None, NO_NAME):  # "Who hopes ...?" of a signed reader's letter
        person = signer(article, sentence) or _named_next(article, sentence) or person
    if want_person and person in (None, NO_NAME) and not apposed:
        person = _described_actor(article, sentence, q.text, speech) or person
    if person == NO_NAME or (speech and person is None):
        return abstain(line, article, question, near=sentence)
    if person and not speech and _in_another_role(article, person, q):
        return abstain(line, article, question, near=sentence)
    if person and not speech:
        sentence, person = _in_full(article, sentence, person, ranked, question, q)
    body = _described_body(article, sentence, q.text, speech) if which and not person else None
    span = (
        person
        or body
        or (_which_name(article, sentence, question, q.text) if which else None)
        or answer_span(sentence, question, q.text, shape)
        or _tightened(sentence, clause_span(sentence, question), question, q.text, shape)
    )
    if not person and _restates(article.text[span[0] : span[1]], question):
        span = clause_span(sentence, question)  # "Announces Retirement" for "why did Palmer retire?"
        if _restates(article.text[span[0] : span[1]], question):
            return abstain(line, article, question, near=sentence)
    if which and _counted_only(article.text[span[0] : span[1]], q.text):
        return abstain(line, article, question, near=sentence)
    if _undisclosed(article.text[span[0] : span[1]], question):
        word = next(t for t in content_tokens(article.text[span[0] : span[1]]) if t in UNKNOWN_WORDS)
        return abstain(f"The article doesn't say (it calls it {word})", article, question, near=sentence)
    if (
        want_person
        and not person
        and not _a_name(q.argument)
        and names.asked(q.text).role != "object"
        and not _names_in(article, span, question)
    ):  # "who heads the central bank?" answered by a phrase that names no one the question didn't
        # ("who did Lynch meet?" may be answered by "Indian interlocutors": an object needs no name)
        return abstain(line, article, question, near=sentence)
    manner = _with_manner(article, sentence, span, q.text)
    items = [sentence_item(article, sentence, manner or span, asked=q.text, keep_lead=manner is not None)]
    for other, _, other_coverage in ranked[1:]:
        if other != sentence.index and other_coverage >= coverage and other_coverage == 1.0:
            s = article.sentences[other]
            items.append(sentence_item(article, s, clause_span(s, question)))
    title = full_name(article, with_venue_head(article, span))
    return Answer(kind="ask", title=oneline(title, 120), items=tuple(items[:2]))


def _tightened(sentence: Sentence, clause: Span, question: list[Concept], text: str, shape: Focus) -> Span:
    """The clause fallback's span, cut to the name, the subject or the role a what-question asks for, as
    `answer_span` cuts its own (past_naming, subject_left, worked_as)."""
    named = past_naming(sentence, clause, text, shape)
    return worked_as(sentence, subject_left(sentence, named, question, text, shape), text)


def _in_full(
    article: Article,
    sentence: Sentence,
    person: Span,
    ranked: list[tuple[int, float, float]],
    question: list[Concept],
    q: Question,
) -> tuple[Sentence, Span]:
    """ "Who runs product at Strava?" of "..., Salazar, who left Epic Games to join Strava as chief product
    officer" and "chief product officer Matt Salazar merely said ...": a who-answer that names its person by
    a short name only (the surname, the first name) is cited from the next candidate sentence that passes
    the gate and answers with the same person written in full, so the reader is given the whole name in
    its sentence; the sentence and name as found when no other sentence does."""
    short = next(
        (p for p in article.people for m in p.mentions if (m.start, m.end) == person and m.kind == "short"),
        None,
    )
    if short is None or short.name in sentence.text:
        return sentence, person
    for other, other_score, other_coverage in ranked[1:]:
        if not passes_gate(article, question, other_coverage, other_score, q.type):
            break
        candidate = article.sentences[other]
        if short.name not in candidate.text:
            continue
        found = _person_span(article, candidate, question, q.text)
        if found and found != NO_NAME and short.name in article.text[found[0] : found[1]]:
            return candidate, found
    return sentence, person


MANNER_PREPOSITIONS = lexicon.lower_words("manner_prepositions")


def _with_manner(article: Article, sentence: Sentence, span: Span, text: str) -> Span | None:
    """ "How are the results checked?" -> "through experimentation", not "experimentation": a how-question's
    answer keeps the preposition of manner right before it (manner_prepositions.txt); None when the
    question asks no manner or no such word stands there."""
    opening = [w.lower() for w in text.split()[:2]]
    if len(opening) < 2 or opening[0] != "how" or opening[1] not in AUXILIARIES:
        return None  # "how much …", "how long …" ask no manner
    start, end = clean_edges(article, span)
    before = re.search(r"([A-Za-z]+)\s+$", article.text[sentence.start : start])
    if before is None or before.group(1).lower() not in MANNER_PREPOSITIONS:
        return None
    return sentence.start + before.start(1), end


ROLE_HEADS = frozenset(stem(w) for w in ROLE_NOUNS | lexicon.lower_words("person_references"))


_NAMING = re.compile(
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+names?\s+(?:is|was|are|were)"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:identified|named)\s+as)\s+"
)
"""A sentence that names someone the sentence before left unnamed: "... only one person is known to have been
hit by space debris. Her name is Lottie Williams", "A man was arrested. He was identified as Joe Bloggs"."""


def _named_next(article: Article, sentence: Sentence) -> Span | None:
    """The person the next sentence names with `_NAMING`, for a sentence that answers a who-question
    without a name; None when it names no one so."""
    if sentence.index + 1 >= len(article.sentences):
        return None
    following = article.sentences[sentence.index + 1]
    for found in _NAMING.finditer(following.text):
        at = following.start + found.end()
        for person in article.people:
            for mention in person.mentions:
                if mention.start == at:
                    return mention.start, mention.end
    return None


def _in_another_role(article: Article, span: Span, q: Question) -> bool:
    """ "Who is the Cardinals' head coach?" is not answered by "Cardinals quarterback Carson Palmer": the
    question asks who holds a role (its argument ends in a role noun), and the name is titled right
    before it by another one."""
    if names.asked_role(q.text) and _OWNS.match(article.text, span[1]):
        return True
    words = tokens(q.argument)
    if not copula(q.text) or not words or stem(words[-1]) not in ROLE_HEADS:
        return False
    if any(participle(word) for word in q.argument.split()):  # "who is Senegal proposing for president?"
        return False
    before = _stem_before(article, span)
    asked = {stem(w) for w in words}
    if before in ROLE_HEADS and before not in asked:
        return True
    return before == stem(words[-1]) and _another_branch(article, span, q.argument)


def _owner(text: str, span: Span) -> bool:
    """Does the name own what follows it ("Egypt's premier"), its possessive inside the span or after it?"""
    return bool(_OWNS.match(text, span[1]) or _OWNS.match(text, span[1] - 2))


_OWNS = re.compile(r"['’]s?\s+[a-z]")
"""A possessive after a name, owning a common noun: "President Cyril Ramaphosa’s special adviser" is not
the answer to "who is the president of the ICJ?" (the name holds a role, and the sentence is about another's
role it owns)."""


def _another_branch(article: Article, span: Span, argument: str) -> bool:
    """ "Who is Mexico's trade minister?" is not answered by "Finance Minister Eduardo Aninat": the same
    role noun before the name, but a capitalised title word before it that the question doesn't have, where
    the question has its own lower-case one ("trade"; not a name, as "Rene's lawyer")."""
    typed = argument.split()
    mine = typed[-2] if len(typed) > 1 else ""
    if not mine.isalpha() or not mine.islower() or mine in STOPWORDS:
        return False
    written = re.findall(r"[\w’'-]+", article.text[max(0, span[0] - 60) : span[0]])[-2:-1]
    title = tokens(written[0]) if written and written[0][:1].isupper() else []
    return bool(title) and stem(title[-1]) not in {stem(w) for w in tokens(argument)}


def _titled_by(article: Article, span: Span, question: list[Concept]) -> bool:
    """ "PSPC spokesperson Michèle LaRose" for "who is the PSPC spokesperson?": the word right before the
    name is one the question asks with, so the name holds the asked role."""
    return _stem_before(article, span) in all_stems(question)


def _stem_before(article: Article, span: Span) -> str:
    """The stem of the word right before `span` ("spokesperson" in "PSPC spokesperson Michèle LaRose")."""
    before = tokens(article.text[max(0, span[0] - 40) : span[0]])
    return stem(before[-1]) if before else ""


_ROLE_OF_NAME = re.compile(r"['’]s?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*$")


def _a_name(argument: str) -> bool:
    """ "Brendan Lynch", "Lynch travelling with": an argument that opens with a name, so the answer is about
    it; "South Korea's president" and "the president of the union" are roles, which only a name answers."""
    return argument[:1].isupper() and not _ROLE_OF_NAME.search(argument)


def _restates(phrase: str, question: list[Concept]) -> bool:
    """The phrase holds no content word the question lacks: it repeats the question, it answers nothing."""
    asked = all_stems(question)
    return all(stem(t) in asked for t in content_tokens(phrase))


def _speaker_span(article: Article, sentence: Sentence, person: Span | None) -> Span | None:
    """ "Who said the brain becomes hyperconnected?": the found name if it speaks in the sentence (not a
    name inside a quote, nor a word that merely opens it), else the named speaker of a quote there."""
    quoted = [q for q in article.quotes if q.start < sentence.end and q.end > sentence.start]
    found = [person] if person is not None and person != NO_NAME else []
    for span in (*found, *sorted(names.named(article, sentence))):
        if not any(q.start <= span[0] < q.end for q in quoted) and speaks(sentence, span):
            group = _SPEAKING_GROUP.match(article.text, span[1], sentence.end)
            return with_list(article, (span[0], group.end(1)) if group else span)
    for quote in quoted:
        start, end = quote.speaker_start, quote.speaker_end
        if (
            start is not None
            and end is not None
            and sentence.start <= start < end <= sentence.end
            and not is_pronoun(article.text[start:end])
        ):
            return start, end
    return None


_CUE = "|".join(sorted(lexicon.reporting_words("name"), key=lambda w: (-len(w), w)))
"""The reporting verbs that show a speaker before them ("said", "added"), longest first."""
_SPEAKING_GROUP = re.compile(rf"(\s+[a-z][\w-]*s)\s+(?:{_CUE})\b")
"""A plural noun between a name and its reporting verb is the speaker's head: "BBC forecasters said"."""
_PRONOUN_SPEAKS = re.compile(rf",\s+(?:he|she|they)\s+(?:{_CUE})\s*\.?$", re.IGNORECASE)
"""A statement a pronoun reports at the sentence's end: "Atrocious conditions could be expected, they
said."."""


def _pronoun_speaker(article: Article, sentence: Sentence) -> Span | None:
    """ "Who said conditions would be atrocious?" of "..., they said.": the pronoun stands for the speaker
    of the sentence before, its nearest antecedent ("BBC forecasters said the snow would ...")."""
    if sentence.index == 0 or not _PRONOUN_SPEAKS.search(sentence.text):
        return None
    before = article.sentences[sentence.index - 1]
    return _speaker_span(article, before, None) or names.actor_phrase(
        article, before, names.Asked(verb="say", role="subject")
    )


_REPORTED_AFTER = re.compile(rf"\s+(?:{_CUE})\b")
_REPORTED_BEFORE = re.compile(rf"\b(?:{_CUE})\s+$")
_APPOSED = re.compile(r"[A-Z][\w.’'&-]*\)?,\s+$")
"""A name and a comma right before a description: the description is the name's apposition."""
_CLAUSE_OPENING = re.compile(r"[\s\"“‘']*(?:(?:But|And|Yet)\s+)?")


def _description_acts(sentence: Sentence, found: re.Match[str], want: names.Asked, *, speech: bool) -> bool:
    """Whether the description `found` in the sentence is the asked actor: for who-said questions, the one a
    reporting verb follows or precedes; else the one opening the sentence before the asked verb."""
    if speech:
        return bool(
            _REPORTED_AFTER.match(sentence.text, found.end())
            or _REPORTED_BEFORE.search(sentence.text, 0, found.start())
        )
    opening = _CLAUSE_OPENING.fullmatch(sentence.text, 0, found.start())
    return opening is not None and names.verb_in(sentence, want)


def _described_actor(article: Article, sentence: Sentence, text: str, speech: bool) -> Span | None:
    """ "Who was arrested?" of "Police detained John Carter. The 45-year-old was arrested ...", "who said
    ...?" of "... appointed Mark Hughes. The coach added that ...": a sentence whose actor is only a
    description no one the article names holds (`references.BARE_DESCRIPTION`, `holderless`) speaks of
    the person the sentence before named last (`references.latest_introduced`). The actor is the
    description a reporting verb follows or precedes for who-said questions, else the one opening the
    sentence before the asked verb."""
    want = names.asked(text)
    for found in references.BARE_DESCRIPTION.finditer(sentence.text):
        actor = _description_acts(sentence, found, want, speech=speech)
        if actor and references.holderless(article, found.group(1)):
            return references.latest_introduced(article, sentence)
    return _described_body(article, sentence, text, speech)


def _described_body(article: Article, sentence: Sentence, text: str, speech: bool) -> Span | None:
    """ "Who paid the fine?", "which firm paid the fine?" of "Greenfield Energy Ltd was fined. The company
    paid the fine ...": an actor named only by its organisation's kind (`references.BODY_DESCRIPTION`) is
    the organisation named last before it (`references.latest_body`); the actor is found as for a
    person's description (`_described_actor`), or, for "which airline operated the flight?" of "It landed
    at 7:33 p.m., the airline said", is the description of the kind the question asks for."""
    want = names.asked(text)
    kind = [w.lower() for w in _asked_phrase(text)][-1:]
    for found in references.BODY_DESCRIPTION.finditer(sentence.text):
        if _APPOSED.search(sentence.text, 0, found.start()):
            continue  # "United States Citizenship and Immigration Services, the agency that ...": named there
        actor = _description_acts(sentence, found, want, speech=speech)
        if actor or kind == [found.group(1).lower()]:
            return references.latest_body(article, sentence.start + found.start(), found.group(1))
    return None


def _reason_first(
    article: Article, question: list[Concept], ranked: list[tuple[int, float, float]], kind: str
) -> list[tuple[int, float, float]]:
    """ "Why will only 10 judges hear the case?": when the first candidate only restates the asked fact
    ("Of the 10 judges who will hear the case, six were appointed by ...") and another that passes the gate
    gives a reason ("... by 10 judges rather than 11 because the chief judge has recused himself": a marker
    of reason_markers.txt), that one answers first."""
    if not ranked or gives_reason(article.sentences[ranked[0][0]].text):
        return ranked
    for row in ranked[1:]:
        if not passes_gate(article, question, row[2], row[1], kind):
            break
        if gives_reason(article.sentences[row[0]].text):
            return [row, *(other for other in ranked if other is not row)]
    return ranked


def _reason_beside(article: Article, sentence: Sentence) -> Sentence | None:
    """The sentence of the same paragraph right before or after one that states the asked fact without a
    reason, when it opens with one ("Because I am a fan of music, I'm a fan of live shows. I want to see it
    from the front of the stage."; "The richness is mainly due to ..."): a reason marker among its first
    `REASON_OPENING` words."""
    for other in (sentence.index - 1, sentence.index + 1):
        if 0 <= other < len(article.sentences):
            near = article.sentences[other]
            at = reason_at(near.text)
            if (
                near.paragraph == sentence.paragraph
                and at is not None
                and len(near.text[:at].split()) <= REASON_OPENING
            ):
                return near
    return None


REASON_OPENING = 6
"""How many words may stand before a neighbouring sentence's reason marker ("The species richness is mainly
due to ..."): further in, the reason is that sentence's own business."""


def _by_asked_noun(
    q: Question, article: Article, question: list[Concept], gate: list[Concept], *, definition: bool
) -> list[tuple[int, float, float, float]]:
    """A which/what-N question's candidates (index, score, coverage without N, coverage), best first. N is
    left out of the gate's coverage (`_without_asked_noun`) but, in the order, credited only to a sentence
    that can name the answer in its place (`_may_name`: "starting with Australia and Canada" for "which
    countries …?", not "Up to four people can be included in one family plan"); when no name answers N
    ("what tradition were the monks known for?") the answer says N itself ("a tradition of singing"), so
    the whole question's coverage orders them, then BM25. Among equals of a named kind `rank`'s own order
    stands (its lifts: "the two largest companies that make set-top boxes: Motorola and Cisco" names what
    "These companies already have a lock on the set-top box market" does not). Ordered by the coverage
    without N alone when the first would not pass the gate."""
    held = index_for(article)
    rows = [
        (i, score, max(coverage, held.coverage(i, gate)), coverage)
        for i, score, coverage in rank(article, question, 12, definition=definition)
    ]
    named = focus(q.text).noun in NAMED_NOUNS

    def credited(row: tuple[int, float, float, float]) -> float:
        return row[2] if named and _may_name(article, row[0], q.text, question) else row[3]

    ordered = sorted(rows, key=lambda r: (-credited(r), -r[3]) if named else (-r[3], -r[1], r[0]))
    if passes_gate(article, question, ordered[0][2], ordered[0][1], q.type):
        return ordered
    return sorted(rows, key=lambda r: (-r[2], -r[3], -r[1], r[0]))


def _may_name(article: Article, index: int, text: str, question: list[Concept]) -> bool:
    """Can the sentence name what "which N …?" asks, without writing N: a place the question does not name
    for a kind of place ("which countries …?" of "starting with Australia and Canada"), else any name the
    question does not give (`SentenceIndex.tells`)."""
    asked = all_stems(question)
    if _kind_asked(text, focus(text).noun) != "place":
        return index_for(article).tells(index, asked)
    sentence = article.sentences[index]
    return any(
        not {stem(t) for t in tokens(article.text[start:end])} & asked
        for start, end in _places_in(article, sentence)
    )


def _led_without_noun(text: str, article: Article, question: list[Concept]) -> list[Concept]:
    """ "At what event did she collapse?" asks its noun as "what event …?" does (`_without_asked_noun`),
    but a preposition's object is as often a time or a manner as the asked kind ("on what lake did troops
    defend the fort in winter?" of "in the winter"), so only when a sentence holds all the rest: "her
    sudden collapse during the Sept. 11 memorial ceremony"."""
    words = text.split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in PREPOSITIONS:
        return question
    gate = _without_asked_noun(words[1], question)
    held = index_for(article)
    if gate is question or not any(held.coverage(i, gate) >= 1.0 for i in range(len(article.sentences))):
        return question
    return gate


def _without_asked_noun(text: str, question: list[Concept]) -> list[Concept]:
    """ "Which newspaper reported the story?" is answered by "Erie Times-News reported …": the asked noun
    names the answer's kind, so a sentence need not hold it to cover the question (it still ranks higher
    when it does). The question itself when there is no such noun, or nothing else to match. For the gate
    only when no name answers the noun (not one of NAMED_NOUNS: "what tradition were the monks known for?"):
    the answer then says the noun itself ("a tradition of singing"), so the sentences are ranked by the
    whole question (`_by_asked_noun`), and a sentence holding the other words without it comes after one that
    holds it."""
    noun = focus(text).noun if text.split(maxsplit=1)[0].lower() in {"which", "what"} else None
    rest = [c for c in question if noun not in c[0]] if noun else question
    return rest if rest and len(rest) < len(question) else question


def _name(q: Question, article: Article) -> Answer:
    """ "What is the name of her cousin?": a capitalised name in the sentence about the cousin, or nothing."""
    subject = q.argument or q.rest
    question = question_concepts(subject, article)
    the = q.argument and re.search(rf"\bthe\s+{re.escape(q.argument)}", q.text, re.IGNORECASE)
    named = f"the {subject}" if the else subject
    line = f"The article doesn't name {oneline(named, 80)}"  # "the flight attendant's name": "the" kept
    nouns = [t for t in content_tokens(subject) if t.isalpha()]
    if not nouns:  # "the name of 737?": no noun to find a name beside
        return abstain(line, article, question)
    asked = {stem(t) for t in nouns}
    head = stem(_named_head(subject) or nouns[-1])
    for index, score, coverage in rank(article, question, limit=MAX_ITEMS):
        if not passes_gate(article, question, coverage, score, q.type):
            break
        sentence = article.sentences[index]
        spans = sorted(names.named(article, sentence))
        fresh = names.fresh(article, spans, asked, q.text)
        beside = names.beside_noun(article, sentence, fresh, head) or _described_by_noun(
            article, fresh, head, subject
        )
        if beside:
            return Answer(
                kind="ask",
                title=article.text[beside[0] : beside[1]],
                items=(sentence_item(article, sentence, beside),),
            )
    return abstain(line, article, question)


_DESCRIPTION = re.compile(r"(?:,|\s+(?:is|was|are|were))\s+(?:the|an?)\s+([^,.;:()“”\"—–]*)")
"""What a name is, said right after it: "Frontex, the European Union agency for …", "The Quasiturbine is a
uniflow rotary steam engine where …"."""


def _described_by_noun(article: Article, spans: list[Span], head: str, subject: str) -> Span | None:
    """The name the sentence describes, right after it, with the head noun: "Pawiak, an infamous German
    Gestapo prison" for "the name of the German prison"; in the description's words up to its first
    preposition or relative word ("Ann Lee, a member of the board" names no board), which with the name
    holds every name the subject types: the "FMCG agency" is not "Frontex, the European Union agency"."""
    typed = {stem(t) for t in cased_tokens(subject) if t[:1].isupper()}
    for start, end in spans:
        described = _DESCRIPTION.match(article.text, end)
        if described is None:
            continue
        phrase = _before_modifier(described.group(1))
        said = {stem(t) for t in tokens(f"{article.text[start:end]} {phrase}")}
        if head in {stem(t) for t in content_tokens(phrase)} and typed <= said:
            return names.whole(article, (start, end))
    return None


_POSTMODIFIER_OPENERS = PREPOSITIONS | BE | RELATIVE_PRONOUNS | {"where", "when"}
"""Words after which a named thing's noun phrase goes on as its modifier: "the count of Apulia", "the law
which imposed the speed limit", "the leader through the Great Depression"."""


def _named_head(subject: str) -> str | None:
    """The noun a "what is the name of …?" asks the name of: the last noun before the phrase's first
    preposition or relative word ("count" of "the count of Apulia", "passenger" of "the passenger on the
    wrong plane", "law" of "the law which imposed the speed limit"), not the last noun of the question."""
    nouns = [t for t in content_tokens(_before_modifier(subject)) if t.isalpha()]
    return nouns[-1] if nouns else None


def _before_modifier(phrase: str) -> str:
    """The phrase up to its first preposition or relative word after its first word."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _POSTMODIFIER_OPENERS), len(words))
    return " ".join(words[:cut])


def _meaning(q: Question, article: Article) -> Answer:
    """ "What does UNRWA stand for?": the story's expansion or gloss, else an honest abstention (any other
    phrase of the sentence that names the term would be a guess)."""
    found = meaning(q, article)
    if found is not None:
        return found
    term = term_of(q)
    verb = "stands for" if is_acronym(term) else "means"
    return abstain(f"The article doesn't say what {term} {verb}", article, question_concepts(q.text, article))


OPINION_VERBS = frozenset(stem(word) for word in lexicon.lower_words("opinion_verbs"))
"""In a why-question the opinion verb only frames the reason ("why does the team think the bubbles are
safe?"; opinion_verbs.txt): the story gives the reason in its own verb ("reasoned", "said"), so it does not
count. Only why: "what did Mote think the class system represented?" gained too, but "what does Pravica
think Clinton wanted to hide?" was lost (the union)."""


def _other(q: Question, article: Article) -> Answer:
    question = question_concepts(q.text, article)
    if tokens(q.text)[:1] == ["why"]:
        question = [c for c in question if not set(c[0]) <= OPINION_VERBS] or question
    return _retrieve(q, article, question, f"The article doesn't say anything about “{oneline(q.text, 80)}”")


ROUTES: dict[QuestionType, Callable[[Question, Article], Answer]] = {
    "handle": handle,
    "contact": contact,
    "meaning": _meaning,
    "when": when,
    "who_said": _who_said,
    "who_is": _who_is,
    "how_many": how_many,
    "figure": figure,
    "how_old": how_old,
    "how_long": how_long,
    "how_often": how_often,
    "name": _name,
    "where": where,
    "other": _other,
}
"""Question type -> the part of the parsed model that answers it."""


def resolve_pronouns(text: str, conversation: Conversation) -> str:
    """ "when was he confirmed" after a question about Landau -> "when was Christopher Landau confirmed"."""
    subject = conversation.subject
    if not subject:
        return text
    text = _POSSESSIVE_PRONOUN.sub(f"{subject}’s", text)
    return _SUBJECT_PRONOUN.sub(subject, text)


def subject_of(question: str, article: Article) -> str | None:
    """The person a question names, to carry into the next question as "he"/"she"."""
    q = classify(clean(question))
    if q.argument:
        person = find_person(article, q.argument)
        if person:
            return person.name
    words = {t for t in tokens(question)} - STOPWORDS - PRONOUNS
    for person in article.people:
        if words & {t for t in tokens(person.name)}:
            return person.name
    return None


def _unless_contradicted(text: str, article: Article, answer: Answer, claim: int = 0) -> Answer:
    """An answer whose sentence states what the question pins otherwise ("in June" for "in July") answers
    another question: say what the article does say instead. `claim` is the item holding what the question
    states: the first, or for "who said ...?" the last (the quote; the first names its speaker)."""
    if answer.kind != "ask" or not answer.items or not answer.items[claim].citations:
        return answer
    cited = answer.items[claim].citations[0]
    told = compared_only(article, article.sentences[cited.sentence])
    clash = conflict(undated(text, article, cited.sentence), told) or replaced_name(
        text, article, cited.sentence
    )
    unsaid = None if clash else unnegated(text, cited.text)
    refuted = None if clash or unsaid else denied(text, cited.text)
    if clash is None and unsaid is None and refuted is None:
        return answer
    if clash:
        line = f"The article says “{clash[0]}”, not “{clash[1]}”"
    elif unsaid:
        line = f"The article doesn't say that: the closest sentence has no “{unsaid}” nor anything like it"
    else:
        line = f"The article doesn't say that: it says “{refuted}”"
    return abstain(line, article, question_concepts(text, article), article.sentences[cited.sentence])


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _modifies_noun(article: Article, span: Span) -> bool:
    """A single capitalised word used as a modifier of the noun after it ("the Delta spokesman", "the Qing
    dynasty", "the 2023-24 NFL season"): it names no one who does or is what a who-question asks, the noun
    does. Not a possessive ("Aristotle's notion"), nor a name followed by its verb ("Smith says", "Apple
    launched"), an adverb or a function word."""
    name = article.text[span[0] : span[1]]
    if " " in name or not name[:1].isupper() or name.endswith(("'s", "’s")):
        return False
    following = _NEXT_WORD.match(article.text, span[1])
    word = following.group(1) if following else ""
    return bool(word) and not (
        word in STOPWORDS | AUXILIARIES | PREPOSITIONS or participle(word) or word.endswith(("s", "ly"))
    )


def _unless_attributive(text: str, article: Article, answer: Answer) -> Answer:
    """A who-question answered by a name that only modifies a noun ("Delta" of "the Delta spokesman said"
    for "who was the captain?") is not answered: say so, with the sentence as the closest fact."""
    if answer.kind != "ask" or not answer.items or tokens(text)[:1] != ["who"]:
        return answer
    item = answer.items[0]
    if item.highlight is None or not item.citations or not _modifies_noun(article, item.highlight):
        return answer
    line = f"The article doesn't say {restated(text)}"
    return abstain(
        line, article, question_concepts(text, article), article.sentences[item.citations[0].sentence]
    )


WITHHELD = re.compile(
    r"(?:\w+n[’']t|\bnot|\bnever|\bdeclined\s+to|\brefused\s+to)\s+(?:\w+ly\s+)?"
    rf"(?:{lexicon.phrase_pattern(lexicon.lower_words('withholding_verbs'))})\s+"
    r"(?P<clause>(?:how|what|whether|when|where|who|which|why)\b[^,.;:!?]*)",
    re.IGNORECASE,
)
"""A question the story says was left unanswered: "Strava wouldn't confirm how many of its 125 million
members are active users" does not tell how many are active, though "125 million" stands in it."""


def _unless_withheld(text: str, article: Article, answer: Answer) -> Answer:
    """An answer whose span lies in a clause the story says was not disclosed, when that clause asks what
    the question asks (its words, the span's aside, are the question's): say it was not disclosed. "How
    many of Strava's members are active users?" is withheld; "how many members does Strava have?" is
    answered by the same "125 million", as "active users" is not asked."""
    highlight = answer.items[0].highlight if answer.kind == "ask" and answer.items else None
    if highlight is None:
        return answer
    start, end = highlight
    sentence = sentence_of(article, start)
    if sentence is None:
        return answer
    asked = all_stems(question_concepts(text, article)) | {stem(t) for t in content_tokens(text)}
    for match in WITHHELD.finditer(sentence.text):
        left, right = sentence.start + match.start("clause"), sentence.start + match.end("clause")
        inside, covers = left <= start < end <= right, start <= left < right <= end
        if not (inside or covers):
            continue  # a span that holds the whole clause ("The FBI did not specify which hotel ...") too
        rest = f"{article.text[left:start]} {article.text[end:right]}" if inside else article.text[left:right]
        if {stem(t) for t in content_tokens(rest)} <= asked:
            line = f"The article doesn't say {restated(text)}: it says that was not disclosed"
            return abstain(line, article, question_concepts(text, article), sentence)
    return answer


def _forms(asking: str) -> str:
    """A regex alternation of every form of the employment verbs asked with `asking` ("work|worked|…")."""
    verbs = (
        form
        for verb, words, *_ in lexicon.rows("employment_verbs")
        if asking in words.split()
        for forms in lexicon.inflect(verb).values()
        for form in forms
    )
    return "|".join(sorted(set(verbs), key=lambda w: (-len(w), w)))


_AUX = r"(?:does|did|do|is|was|has|had)"
_EMPLOYER_QUESTIONS = (
    re.compile(rf"^where\s+{_AUX}\s+(?P<who>.+?)\s+(?:been\s+)?(?:{_forms('where')})\s*\??$", re.I),
    re.compile(rf"^who\s+{_AUX}\s+(?P<who>.+?)\s+(?:been\s+)?(?:{_forms('who')})\s+for\s*\??$", re.I),
    re.compile(
        rf"^(?:which|what)\s+(?P<noun>[\w-]+)\s+{_AUX}\s+(?P<who>.+?)\s+"
        rf"(?:(?:been\s+)?(?:{_forms('which')})(?:\s+(?:for|at|with|in))?|with|at|from)\s*\??$",
        re.I,
    ),
)
"""Questions for the organisation a person works for: "where does Ariane Curtis work?", "who does X work
for?", "which company is X with?" (the noun one of an organisation's class nouns)."""


def _employee(text: str) -> str | None:
    """The person an employer question asks about ("Ariane Curtis"), else None."""
    for pattern in _EMPLOYER_QUESTIONS:
        found = pattern.match(text.strip())
        if found and ("noun" not in found.groupdict() or found.group("noun").lower() in ORGANISATION_NOUNS):
            return found.group("who")
    return None


def _employer(text: str, article: Article) -> Answer | None:
    """ "Where does Ariane Curtis work?": the organisation the story names beside the person ("Capital
    Economics senior North American economist Ariane Curtis"), not a place; None when the question is of
    another shape or names no one the story has, or asks who / which firm of a person the story names with
    no organisation beside them, for the ordinary route."""
    who = _employee(text)
    person = person_arg(article, who) if who else None
    if person is None:
        return None
    span = employer(article, person)
    sentence = sentence_of(article, span[0]) if span else None
    if span is None or sentence is None:  # "her employer, British Gas plc": another sentence may say it
        if not text.lower().startswith("where"):
            return None  # the ordinary route reads it; a where-route's place ("Dunedin") is no employer
        line = f"The article doesn't say where {person.name} works"
        return abstain(line, article, question_concepts(text, article))
    return Answer(
        kind="ask", title=article.text[span[0] : span[1]], items=(sentence_item(article, sentence, span),)
    )


def answer_question(question: str, article: Article, conversation: Conversation) -> Answer:
    """Answer a question no intent pattern understood, grounded in the article or an honest abstention."""
    issue = problem(question)
    if issue:
        return Answer(kind="error", title=issue, footer=HELP_HINT)
    text = respelled(recased(resolve_pronouns(clean(question), conversation), article.text), article.text)
    if not text:
        return Answer(kind="error", title=problem("") or "", footer=HELP_HINT)
    q = classify(text)
    missing = missing_names(text, article)
    if missing:
        return abstain(
            f"The article doesn't mention {', '.join(missing)}", article, question_concepts(text, article)
        )
    claim = -1 if q.type == "who_said" else 0
    answer = (
        _employer(text, article)
        or origin_answer(text, article)
        or which_identifier(text, article)
        or _unless_withheld(
            text,
            article,
            _unless_attributive(
                text, article, _unless_contradicted(text, article, ROUTES[q.type](q, article), claim)
            ),
        )
    )
    if answer.kind == "abstain" and q.type == "where":
        answer = born_origin(text, article) or answer
    logger.debug("question %r routed as %s -> %s", text, q.type, answer.kind)
    return answer


def follow_conversation(
    question: str, article: Article, answer: Answer, conversation: Conversation
) -> Conversation:
    """The conversation after a free question: a person it named becomes the subject of the next one."""
    if answer.kind in {"abstain", "error"}:
        return conversation
    subject = subject_of(resolve_pronouns(clean(question), conversation), article)
    return conversation.model_copy(update={"subject": subject or conversation.subject, "topic": "ask"})


_SAID_TAIL = re.compile(rf"\b(?P<verb>{SAY})\s+(?P<tail>.+)$", re.IGNORECASE)
HEARER_VERBS = lexicon.reporting_words("hearer", lexicon.VERB_FORMS)
"""Reporting verbs whose object is who heard the words ("tell investors"): no topic of what was said."""
HEARER_ENDS = PREPOSITIONS | lexicon.lower_words("subordinators")
"""Words that end the hearer's phrase ("to the King after the eviction")."""


def _said_asked(text: str) -> bool:
    """ "What did the spokesman say happened to the bird?", "what did Harry say to the King after the
    eviction?": words after the reporting verb, past its hearer ("to the King", "tell investors", up to a
    preposition or "after"), ask for what was said on them, so the speaker's quotes are filtered and
    ordered by them (`_who_said`) like a topic after "about"; "what did Tomé tell investors?" asks for all."""
    q = classify(text)
    said = _SAID_TAIL.search(text)
    if q.type != "who_said" or not q.argument or said is None:
        return False
    words = said.group("tail").split()
    if said.group("verb").lower() in HEARER_VERBS or words[0].lower() == "to":
        heard = words[1:] if words[0].lower() == "to" else words
        end = next((i for i, w in enumerate(heard) if i and w.lower() in HEARER_ENDS), len(heard))
        words = heard[end:]
    return bool(content_tokens(" ".join(words)))


def takes_over(intent: Intent, article: Article) -> bool:
    """A "when" question about something specific ("when is the visit?") wants its date, not the timeline;
    "who is negotiating the deal?" names no one, so it is a question, not a person lookup."""
    if intent.kind == "person" and not is_pronoun(intent.argument):
        return find_person(article, intent.argument) is None and not quotes_by(article, intent.argument)
    if intent.kind == "quotes" and intent.text and (ABOUT.search(intent.text) or _said_asked(intent.text)):
        return True
    if intent.kind == "quotes" and intent.text and intent.argument and not is_pronoun(intent.argument):
        return not quotes_by(article, intent.argument)
    if intent.kind == "source":
        return len([c for c in question_concepts(intent.text, article) if c[0][0] not in SOURCE_WORDS]) >= 2
    if intent.kind != "dates" or not intent.text:
        return False
    q = classify(intent.text)
    return q.type == "when" and bool(question_concepts(q.rest, article))
