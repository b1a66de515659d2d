"""Free questions: route by question type to the parsed model, else BM25 over sentences; abstain honestly.

Every item cites its sentence and highlights the exact answer span in `Article.text`; every answer is
copied from the article, never composed, so it cannot name a person, date or number the story lacks.
When nothing supports an answer the reply says so in one line and offers the closest related fact.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable

from bot.answers.citations import cite_sentence
from bot.answers.conversation import Conversation
from bot.answers.intents import Intent, clean
from bot.answers.model import Answer, Item
from bot.answers.people import person_item
from bot.answers.questions import Question, QuestionType, classify, problem
from bot.answers.quotes import quote_item
from bot.answers.retrieval import index_for, rank
from bot.answers.speakers import PRONOUNS, find_person, is_pronoun, quotes_by, speaker_of
from bot.answers.synonyms import STOPWORDS, Concept, concepts, content_tokens, matched, stem, tokens
from bot.answers.timex import human_date
from bot.article.model import Article, Entity, Person, Sentence, TimeExpression

logger = logging.getLogger(__name__)

MIN_COVERAGE = 0.6
"""Share of the question's concepts a sentence must contain to answer; below, abstain."""
MIN_COVERAGE_MULTI = 0.5
"""...or this share, when at least two concepts match (long questions rarely match every word)."""
MIN_SCORE = 1.0
"""BM25 floor: a sentence matching only very common words is no answer."""
MAX_ITEMS = 3
MAX_FOOTER_CHARS = 220
HELP_HINT = "Say `help` for what I can do."
QUOTE_MARKS = " “”\"'‘’"

NUMBER = re.compile(
    r"(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|bn|m|thousand|"
    r"years?|months?|days?|weeks?|hours?|people|times)\b|%)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozen|dozens|hundreds|thousands|millions|billions)\b(?:[\s-](?:million|billion|percent|"
    r"years?|months?|days?|weeks?|people|times))?",
    re.IGNORECASE,
)
"""A number with its unit: "0.3%", "$500,000", "10,000 visas" (the figure part), "three months"."""

DATE_WORDS = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:[,\s]+\d{4})?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d"
    r"|today|yesterday|tomorrow|(?:last|next|this) (?:week|month|year)|(?:spring|summer|fall|autumn|winter)"
    r"(?: of)? \d{4})\b",
)
"""Dates a wire story writes, for sentences the date extractor left undated (a fallback, not a parser)."""

DATELINE = re.compile(r"^[A-Z][\w/ .-]{1,40},\s+[^.()\n]{1,20}\(\w+\)")
"""A wire opener, "GENEVA, May 2 (AP)", when the parser found none."""

CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]|\s-\s|\b(?:while|but|which|who|because|although|after|before)\b")

_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|him|them)\b", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
_AUXILIARY = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "has",
        "have",
        "had",
        "shall",
        "may",
        "might",
    ]
)
_BE = frozenset({"is", "are", "was", "were"})
ABOUT = re.compile(r"\b(?:say|said|tell|told|write|wrote)\s+about\b", re.IGNORECASE)
"""A quotes question with a topic ("what did Bruce say about immigration") is filtered by `_who_said`."""
SOURCE_WORDS = frozenset(
    stem(w)
    for w in [
        "source",
        "agency",
        "dateline",
        "byline",
        "published",
        "publication",
        "wire",
        "news",
        "come",
        "wrote",
    ]
)
"""The words of a provenance question; a question with two other content words is about the story."""


# --- small helpers -------------------------------------------------------------------------------


def _sentence(article: Article, offset: int) -> Sentence | None:
    return article.sentence_at(offset)


def _restate(rest: str) -> str:
    """ "is the trade deal due" -> "the trade deal is due"; "do the talks end" -> "the talks end"."""
    words = rest.split()
    if not words or words[0].lower() not in _AUXILIARY:
        return rest
    aux, body = words[0].lower(), words[1:]
    if aux in {"do", "does", "did"} or not body:
        return " ".join(body)
    if aux in _BE and len(body) > 1:
        return " ".join([*body[:-1], aux, body[-1]])
    cut = 1
    while cut < len(body) and body[cut][:1].isupper() and body[cut - 1][:1].isupper():
        cut += 1
    if body[0].lower() in {"the", "a", "an", "this", "that", "its", "their", "his", "her"} and len(body) > 2:
        cut = 2
    return " ".join([*body[:cut], aux, *body[cut:]])


def _oneline(text: str, limit: int = MAX_FOOTER_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def index_for_words(article: Article) -> frozenset[str]:
    index = index_for(article)
    return frozenset().union(*index.sets) if index.sets else frozenset()


def _missing_names(question: str, article: Article) -> list[str]:
    """Capitalised words and numbers in the question that occur nowhere in the article (nor a paraphrase)."""
    have = index_for_words(article)
    have = have | {w.replace(".", "") for w in have}
    missing = []
    words = re.findall(r"[\w’'.-]+", question)
    for position, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word.strip(".’'-")).strip(".’'-")
        if not bare:
            continue
        is_name = bare[0].isupper() and position > 0 and bare.lower() not in STOPWORDS and bare != "I"
        is_number = bare[0].isdigit()
        if not (is_name or is_number):
            continue
        if is_number and bare.lower() in question.lower() and bare in article.text:
            continue
        parts = [t.replace(".", "") for t in tokens(bare)]
        if not parts or all(p in have or stem(p) in have for p in parts):
            continue
        if not any(matched(c, have) for c in concepts([bare.lower()])):
            missing.append(bare)
    return missing


def _question_concepts(text: str) -> list[Concept]:
    return concepts(content_tokens(text))


def _closest(article: Article, question: list[Concept], near: Sentence | None = None) -> str:
    """The footer of an abstention: the nearest thing the article does say, with its paragraph."""
    ranked = rank(article, question, limit=1)
    if near is not None:
        sentence = near
    elif ranked:
        sentence = article.sentences[ranked[0][0]]
    elif article.summary.sentences and article.summary.sentences[0] < len(article.sentences):
        sentence = article.sentences[article.summary.sentences[0]]
    elif article.sentences:
        sentence = article.sentences[0]
    else:
        return HELP_HINT
    fact = _oneline(sentence.text.strip(QUOTE_MARKS))
    return f"Closest I found [¶{sentence.paragraph + 1}]: “{fact}” {HELP_HINT}"


def _abstain(line: str, article: Article, question: list[Concept], near: Sentence | None = None) -> Answer:
    line = line if line.endswith((".", "?", "!")) else line + "."
    return Answer(kind="abstain", title=line, footer=_closest(article, question, near))


def _accept(coverage: float, question: list[Concept]) -> bool:
    hits = round(coverage * len(question))
    return coverage >= MIN_COVERAGE or (hits >= 2 and coverage >= MIN_COVERAGE_MULTI)


def _positions(sentence: Sentence, question: list[Concept]) -> list[int]:
    """Absolute offsets of the sentence's words that match the question, to find the nearest answer."""
    wanted = {s for c in question for alternative in c for s in alternative}
    return [
        sentence.start + m.start()
        for m in re.finditer(r"\w+", sentence.text)
        if stem(m.group().lower()) in wanted
    ]


def _nearest(spans: list[tuple[int, int]], anchors: list[int]) -> tuple[int, int]:
    if not anchors:
        return spans[0]
    return min(spans, key=lambda s: (min(abs(s[0] - a) for a in anchors), s[0]))


def _clause(sentence: Sentence, question: list[Concept]) -> tuple[int, int]:
    """The clause of the sentence that holds most question words and some new words: the answer span."""
    cuts = [0, *(m.start() for m in CLAUSE_BREAK.finditer(sentence.text)), len(sentence.text)]
    wanted = {s for c in question for alternative in c for s in alternative}
    best, best_score = (sentence.start, sentence.end), -1.0
    for left, right in itertools.pairwise(cuts):
        # a clause and its successor: the answer usually follows the words that match the question
        for end in (right, cuts[min(cuts.index(right) + 1, len(cuts) - 1)]):
            part = sentence.text[left:end]
            words = [stem(t) for t in tokens(part)]
            hits = sum(1 for w in set(words) if w in wanted)
            new = sum(1 for w in words if w not in wanted and w not in STOPWORDS)
            if hits == 0 or new == 0:
                continue
            score = hits - 0.02 * len(words)
            if score > best_score:
                best, best_score = (sentence.start + left, sentence.start + end), score
    start, end = best
    text = article_slice = sentence.text[start - sentence.start : end - sentence.start]
    lead = len(article_slice) - len(article_slice.lstrip(' ,;:“”"—–-('))
    trail = len(text) - len(text.rstrip(' ,;:“”"—–-().'))
    return start + lead, end - trail


def _item(article: Article, sentence: Sentence, span: tuple[int, int], label: str | None = None) -> Item:
    return Item(
        text=sentence.text,
        label=label or article.text[span[0] : span[1]],
        highlight=span,
        citations=cite_sentence(article, sentence.index),
    )


# --- routes ------------------------------------------------------------------------------------


def _date_label(article: Article, timex: TimeExpression) -> str:
    if timex.value == "PRESENT_REF" and article.published:
        return human_date(article.published.isoformat()) or timex.text
    return human_date(timex.value, timex.begin, timex.until) or timex.text


def _when(q: Question, article: Article) -> Answer:
    question = _question_concepts(q.rest)
    line = f"The article doesn't say when {_restate(q.rest)}" if q.rest else "The article doesn't say when"
    if not question:
        return _abstain(line, article, question)
    index = index_for(article)
    candidates: list[tuple[float, float, int, tuple[int, int], str]] = []
    dated: set[tuple[int, int]] = set()
    for timex in article.dates:
        sentence = _sentence(article, timex.start)
        if sentence is None:
            continue
        dated.add((timex.start, timex.end))
        event_stems = {stem(t) for t in tokens(timex.event)}
        coverage = index.coverage(sentence.index, question)
        in_event = sum(1 for c in question if matched(c, frozenset(event_stems)))
        score = index.score(sentence.index, question) + in_event
        candidates.append(
            (coverage, score, sentence.index, (timex.start, timex.end), _date_label(article, timex))
        )
    for sentence in article.sentences:
        for match in DATE_WORDS.finditer(sentence.text):
            span = (sentence.start + match.start(), sentence.start + match.end())
            if any(s < span[1] and span[0] < e for s, e in dated):
                continue
            coverage = index.coverage(sentence.index, question)
            candidates.append(
                (coverage, index.score(sentence.index, question) - 0.5, sentence.index, span, "")
            )
    candidates = [c for c in candidates if c[0] > 0]
    if not candidates:
        return _abstain(line, article, question)

    def distance(candidate: tuple[float, float, int, tuple[int, int], str]) -> int:
        anchors = _positions(article.sentences[candidate[2]], question)
        return min((abs(candidate[3][0] - a) for a in anchors), default=0)

    dateline = article.provenance.dateline
    opener = DATELINE.match(article.text)
    head = max(dateline.end if dateline else 0, opener.end() if opener else 0)

    def in_dateline(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """The dateline's date is when the story was filed, not when its events happen: last resort."""
        return candidate[3][1] <= head

    candidates.sort(key=lambda c: (-c[0], in_dateline(c), -round(c[1], 6), distance(c), c[3]))
    coverage, score, sentence_index, span, label = candidates[0]
    if not _accept(coverage, question) or score < MIN_SCORE:
        return _abstain(line, article, question, near=article.sentences[sentence_index])
    sentence = article.sentences[sentence_index]
    item = _item(article, sentence, span, label or None)
    detail = f"“{article.text[span[0] : span[1]]}”"
    return Answer(
        kind="ask",
        title=label or article.text[span[0] : span[1]],
        items=(item.model_copy(update={"detail": detail}),),
    )


def _person_arg(article: Article, argument: str) -> Person | None:
    return find_person(article, argument) if argument else None


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
    topic = _question_concepts(q.rest)
    if q.argument:
        found = quotes_by(article, q.argument)
        if not found:
            person = _person_arg(article, q.argument)
            if person is None and _missing_names(q.argument, article):
                return _abstain(f"The article doesn't mention {q.argument}", article, topic)
            name = person.name if person else q.argument
            return _abstain(f"The article doesn't quote {name}", article, _question_concepts(q.argument))
        if topic:
            index_sets = [frozenset(stem(t) for t in tokens(quote.text)) for quote in found]
            on_topic = [
                qt for qt, have in zip(found, index_sets, strict=True) if any(matched(c, have) for c in topic)
            ]
            if not on_topic:
                return _abstain(
                    f"The article doesn't say what {q.argument} said about {q.rest}", article, topic
                )
            found = tuple(on_topic)
        items = tuple(quote_item(article, quote) for quote in found[:MAX_ITEMS])
        return Answer(kind="ask", title=f"What {items[0].label} said", items=items)
    if not topic:
        return _abstain("Who said what? Name a topic, e.g. “who said the talks went well?”", article, topic)
    scored = []
    for quote in article.quotes:
        have = frozenset(stem(t) for t in tokens(quote.text))
        coverage = sum(1 for c in topic if matched(c, have)) / len(topic)
        scored.append((coverage, -quote.start, quote))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if scored and _accept(scored[0][0], topic) and scored[0][2].speaker:
        quote = scored[0][2]
        item = quote_item(article, quote)
        span = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else None
        return Answer(
            kind="ask",
            title=f"{item.label} said it",
            items=(item,),
            footer=(f"Speaker: “{article.text[span[0] : span[1]]}”" if span and span[1] else None),
        )
    return _retrieve(q, article, topic, f"The article doesn't say who said {q.rest}", want_person=True)


def _mentions_of(article: Article, person: Person) -> list[Sentence]:
    seen: dict[int, Sentence] = {}
    for mention in sorted(person.mentions, key=lambda m: m.start):
        sentence = _sentence(article, mention.start)
        if sentence is not None:
            seen.setdefault(sentence.index, sentence)
    return list(seen.values())


def _who_is(q: Question, article: Article) -> Answer:
    argument = q.argument
    if not argument:
        return _retrieve(
            q, article, _question_concepts(q.rest), "The article doesn't say who", want_person=True
        )
    person = _person_arg(article, argument)
    if person is not None:
        items = [person_item(article, person)]
        quoted = [quote for quote in article.quotes if speaker_of(article, quote) == person]
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
            sentence = _sentence(article, mention.start)
            if sentence is not None and all(i.citations[0].sentence != sentence.index for i in items):
                items.append(_item(article, sentence, (mention.start, mention.end), entity.name))
        if items:
            return Answer(
                kind="ask",
                title=entity.name,
                intro=f"Mentioned as a{'n' if entity.kind[0] == 'o' else ''} {entity.kind}:",
                items=tuple(items),
            )
    if argument[:1].isupper() or _missing_names(argument, article):
        missing = _missing_names(argument, article)
        if missing or not argument[:1].islower():
            spoken = quotes_by(article, argument)
            if spoken:
                return Answer(
                    kind="ask",
                    title=argument,
                    intro="Quoted:",
                    items=tuple(quote_item(article, quote) for quote in spoken[:MAX_ITEMS]),
                )
            mentioned = _retrieve(q, article, _question_concepts(argument), "", want_person=True)
            if mentioned.kind == "ask" and not missing:
                return mentioned
            return _abstain(f"The article doesn't mention {argument}", article, _question_concepts(argument))
    return _retrieve(
        q, article, _question_concepts(argument), f"The article doesn't say who {argument}", want_person=True
    )


def _how_many(q: Question, article: Article) -> Answer:
    question = _question_concepts(q.rest)
    what = q.text.split()[1].lower() if len(q.text.split()) > 1 else "many"
    line = f"The article doesn't say how {what} {_restate(q.rest)}".rstrip()
    if not question:
        return _abstain(line, article, question)
    index = index_for(article)
    dates = [(t.start, t.end) for t in article.dates]
    best: tuple[float, float, Sentence, list[tuple[int, int]]] | None = None
    for sentence in article.sentences:
        spans = []
        for m in NUMBER.finditer(sentence.text):
            span = (sentence.start + m.start(), sentence.start + m.end())
            inside = [d for d in dates if d[0] <= span[0] and span[1] <= d[1]]
            if inside:
                span = inside[0]
            elif re.fullmatch(r"(?:19|20)\d\d", m.group()):
                continue
            if span not in spans:
                spans.append(span)
        if not spans:
            continue
        coverage = index.coverage(sentence.index, question)
        score = index.score(sentence.index, question)
        if coverage > 0 and (best is None or (coverage, score) > (best[0], best[1])):
            best = (coverage, score, sentence, spans)
    if best is None or not _accept(best[0], question) or best[1] < MIN_SCORE:
        return _abstain(line, article, question)
    _, _, sentence, spans = best
    span = _nearest(spans, _positions(sentence, question))
    return Answer(kind="ask", title=article.text[span[0] : span[1]], items=(_item(article, sentence, span),))


def _where(q: Question, article: Article) -> Answer:
    question = _question_concepts(q.rest)
    line = f"The article doesn't say where {_restate(q.rest)}" if q.rest else "The article doesn't say where"
    if not question:
        return _abstain(line, article, question)
    index = index_for(article)
    places: dict[int, list[tuple[int, int]]] = {}
    for place in article.places:
        for mention in place.mentions:
            sentence = _sentence(article, mention.start)
            if sentence is not None:
                places.setdefault(sentence.index, []).append((mention.start, mention.end))
    in_place = re.compile(r"\b(?:in|at|to|from)\s+((?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)")
    for sentence in article.sentences:
        for match in in_place.finditer(sentence.text):
            places.setdefault(sentence.index, []).append(
                (sentence.start + match.start(1), sentence.start + match.end(1))
            )
    ranked = sorted(
        ((index.coverage(i, question), index.score(i, question), i) for i in places), reverse=True
    )
    if not ranked or not _accept(ranked[0][0], question) or ranked[0][1] < MIN_SCORE:
        return _abstain(line, article, question)
    sentence = article.sentences[ranked[0][2]]
    anchors = _positions(sentence, question)
    asked = {stem(t) for t in content_tokens(q.rest)}
    spans = [
        s for s in places[sentence.index] if not {stem(t) for t in tokens(article.text[s[0] : s[1]])} <= asked
    ]
    if not spans:
        return _abstain(line, article, question)
    after_preposition = [
        s for s in spans if re.search(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", article.text[: s[0]])
    ]
    span = _nearest(after_preposition or spans, anchors)
    return Answer(kind="ask", title=article.text[span[0] : span[1]], items=(_item(article, sentence, span),))


def _person_span(article: Article, sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """For "who" questions: the person or organisation mentioned in the sentence that the question does not
    already name, nearest to the question's words."""
    spans = [
        (m.start, m.end)
        for named in (*article.people, *article.organisations)
        for m in named.mentions
        if m.kind != "pronoun" and sentence.start <= m.start < sentence.end
    ]
    asked = {s for c in question for alternative in c for s in alternative}
    fresh = [s for s in spans if not {stem(t) for t in tokens(article.text[s[0] : s[1]])} & asked]
    return _nearest(fresh, _positions(sentence, question)) if fresh else None


def _retrieve(
    q: Question, article: Article, question: list[Concept], line: str, *, want_person: bool = False
) -> Answer:
    """BM25 over sentences; the answer is the best sentence with its answering clause highlighted."""
    line = line or "The article doesn't say"
    if not question:
        return _abstain(line, article, question)
    ranked = rank(article, question, limit=MAX_ITEMS)
    if not ranked or not _accept(ranked[0][2], question) or ranked[0][1] < MIN_SCORE:
        return _abstain(line, article, question)
    index, _, coverage = ranked[0]
    sentence = article.sentences[index]
    span = (_person_span(article, sentence, question) if want_person else None) or _clause(sentence, question)
    items = [_item(article, sentence, span)]
    for other, _, other_coverage in ranked[1:]:
        if other_coverage >= coverage and other_coverage == 1.0:
            s = article.sentences[other]
            items.append(_item(article, s, _clause(s, question)))
    return Answer(kind="ask", title=_oneline(article.text[span[0] : span[1]], 120), items=tuple(items[:2]))


def _other(q: Question, article: Article) -> Answer:
    question = _question_concepts(q.text)
    return _retrieve(q, article, question, f"The article doesn't say anything about “{_oneline(q.text, 80)}”")


ROUTES: dict[QuestionType, Callable[[Question, Article], Answer]] = {
    "when": _when,
    "who_said": _who_said,
    "who_is": _who_is,
    "how_many": _how_many,
    "where": _where,
    "other": _other,
}
"""Question type -> the part of the parsed model that answers it."""


# --- entry points ------------------------------------------------------------------------------


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


def answer_question(question: str, article: Article, conversation: Conversation) -> Answer:
    """Answer a question no intent pattern understood, grounded in the article or an honest abstention."""
    issue = problem(question)
    if issue:
        return Answer(kind="error", title=issue, footer=HELP_HINT)
    text = resolve_pronouns(clean(question), conversation)
    if not text:
        return Answer(kind="error", title=problem("") or "", footer=HELP_HINT)
    q = classify(text)
    missing = _missing_names(text, article)
    if missing:
        return _abstain(
            f"The article doesn't mention {', '.join(missing)}", article, _question_concepts(text)
        )
    answer = ROUTES[q.type](q, article)
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


def takes_over(intent: Intent, article: Article) -> bool:
    """A "when" question about something specific ("when is the visit?") wants its date, not the timeline;
    "who is negotiating the deal?" names no one, so it is a question, not a person lookup."""
    if intent.kind == "person" and not is_pronoun(intent.argument):
        return find_person(article, intent.argument) is None and not quotes_by(article, intent.argument)
    if intent.kind == "quotes" and intent.text and ABOUT.search(intent.text):
        return True
    if intent.kind == "quotes" and intent.text and intent.argument and not is_pronoun(intent.argument):
        return not quotes_by(article, intent.argument)
    if intent.kind == "source":
        return len([c for c in _question_concepts(intent.text) if c[0][0] not in SOURCE_WORDS]) >= 2
    if intent.kind != "dates" or not intent.text:
        return False
    q = classify(intent.text)
    return q.type == "when" and bool(_question_concepts(q.rest))
