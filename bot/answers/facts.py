"""Typed free questions answered from the parsed model: when -> dates, how many/much -> figures in context,
where -> places and channels, whose handle -> handles. Each highlights the fact and cites its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot import lexicon
from bot.answers.grounding import (
    BE,
    MAX_ITEMS,
    PREPOSITIONS,
    abstain,
    accept,
    best_holding,
    contradicts,
    nearest,
    opens_subject,
    passes_gate,
    person_arg,
    positions,
    question_concepts,
    restate,
    restated,
    sentence_item,
    sentence_of,
    undated,
    with_list,
)
from bot.answers.model import Answer
from bot.answers.names import CAPITALISED
from bot.answers.numbers import (
    NOT_A_NOUN,
    PEOPLE,
    PLURAL_NOUNS,
    QUANTITY_NOUNS,
    SCORE,
    Expected,
    best_figure,
    counts_people_by_kind,
    duration_spans,
    expected,
    fits,
    length_spans,
    measures_change,
    number_spans,
    quantity_phrase,
)
from bot.answers.origins import is_demonym
from bot.answers.questions import Question
from bot.answers.retrieval import heading_sentences, implied_words, index_for, rank
from bot.answers.roles import with_holders
from bot.answers.synonyms import (
    AUXILIARIES,
    STOPWORDS,
    Concept,
    all_stems,
    content_tokens,
    matched,
    stem,
    tokens,
)
from bot.answers.timex import human_date
from bot.answers.widen import with_modifiers, with_venue_head
from bot.article.model import Article, Sentence, TimeExpression

DATE_WORDS = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:[,\s]+\d{4})?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d"
    r"|today|yesterday|tomorrow|(?:last|next|this) (?:week|month|year)|(?:spring|summer|fall|autumn|winter)"
    r"(?: of)? \d{4})\b",
)
"""Dates a wire story writes, for sentences the date extractor left undated (a fallback, not a parser)."""
_OLD_YEAR = r"(?:1[0-8]\d\d|[1-9]\d\d)s?\b(?![,.]\d)(?:\s+(?:BC|BCE|AD|CE)\b)?"
PAST_YEAR = re.compile(
    rf"(?:\b(?:in|since|by|until|from|before|after|around|between|year|circa)\s+(?:the\s+)?|\((?=\d))"
    rf"(?P<year>{_OLD_YEAR}(?:\s*(?:–|-|to|and)\s*{_OLD_YEAR})?)"
    r"(?=(?:\s+(?P<next>[a-z]+))?)",
    re.IGNORECASE,
)
"""A year before 1900 ("founded in 911", "the year 1313", "between 1268 and 1273", "Zhu Shijie (1249–1314)",
"in 430 BC"), which neither the date extractor nor DATE_WORDS reads: a when-question's candidate too; a
preposition or bracket before it and no plural noun after it (`_past_years`) tell it from a count."""


def _past_years(text: str) -> list[tuple[int, int]]:
    """The spans of `PAST_YEAR`'s years that count nothing: the next word is no plural noun ("in 911 by
    treaty", "in 1263 during", not "in 500 cases" nor "by 300 people")."""
    return [
        match.span("year")
        for match in PAST_YEAR.finditer(text)
        if not match.group("next") or not _plural(match.group("next").lower())
    ]


def _plural(word: str) -> bool:
    return word not in STOPWORDS | PREPOSITIONS and (word.endswith("s") or word in PLURAL_NOUNS)


DATELINE = re.compile(r"^[A-Z][\w/ .-]{1,40},\s+[^.()\n]{1,20}\(\w+\)")
"""A wire opener, "GENEVA, May 2 (AP)", when the parser found none."""
CLOCK_QUESTION = re.compile(r"^(?:at\s+)?what\s+time\b", re.IGNORECASE)
MONTH_QUESTION = re.compile(r"^(?:(?:in|by|during)\s+)?(?:what|which)\s+month\b", re.IGNORECASE)
YEAR_QUESTION = re.compile(r"^(?:(?:in|by|during)\s+)?(?:what|which)\s+year\b", re.IGNORECASE)
FUTURE_QUESTION = re.compile(r"^when\s+will\b", re.IGNORECASE)
"""A when-question about what is still to come: a date before the story's publication is no answer."""
_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PERIOD = re.compile(r"^(\d{2,3})$")
"""A TIMEX3 decade ("199") or century ("19")."""


def _before(article: Article, span: tuple[int, int], published: date) -> bool:
    """Does the date at `span` end before the publication date ("in 2018", "last May")? A date of unknown
    year ("XXXX-12-28"), a week or a reference ("PAST_REF") is none: only a resolved calendar date tells."""
    timex = next((t for t in article.dates if (t.start, t.end) == span), None)
    if timex is None:  # a year or a decade the date extractor left ("the late ’90s")
        written = article.text[span[0] : span[1]]
        years = re.search(r"\b(?:1[89]|20)\d\d\b", written)
        return int(years.group()) < published.year if years else bool(re.search(r"['’]\d0s\b", written))
    value = (timex.until or timex.value).split("/")[-1]
    period = _PERIOD.match(value)
    if period:  # "199" is the 1990s, "19" the 1900s: before the year after their last
        width = 10 ** (4 - len(period.group(1)))
        return (int(period.group(1)) + 1) * width <= published.year
    found = _ISO_DAY.match(value)
    if found is None:
        return False
    year, month, day = found.group(1), found.group(2), found.group(3)
    last = (int(year), int(month or 12), int(day or 31))
    return last < (published.year, published.month, published.day)


WEEKDAY_QUESTION = re.compile(r"^(?:on\s+)?(?:what|which)\s+day\s+of\s+the\s+week\b", re.IGNORECASE)
WEEKDAY = re.compile(
    rf"\b(?:{lexicon.phrase_pattern(lexicon.kind('calendar', 'weekday'))})s?\b", re.IGNORECASE
)
YEAR = re.compile(r"(?<![\d,.])\d{3,4}(?![\d,.]\d)")
"""A written year: "in what year …?" wants "1169", not "the 14th century" or "a year later"."""
CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight)\b"
    r"|\b\d{1,2}\s+o['’]clock\b|\b\d{4}\s*(?:GMT|BST|UTC|ET|EST|EDT|PT|PST|PDT|CET)\b",
    re.IGNORECASE,
)
"""A time of day: "11:36 a.m.", "6pm", "noon", "0336 GMT" (what a "what time …?" question wants)."""
PLACE_PREPOSITION = r"(?:\b(?:in|into|at|to|from|on|near|outside)|\w,\s+of)\s+"
IN_PLACE = re.compile(PLACE_PREPOSITION + r"((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]+)*)")
"""A capitalised name after a preposition of place: "in India", "at Trump Place", "on X", "near RAF Fairford",
and after ", of" (a person's home town: "Johnnie Wilson, of Springfield")."""


def span_answer(
    article: Article, sentence: Sentence, span: tuple[int, int], asked: str = "", keep_lead: bool = False
) -> Answer:
    """The answer is the span itself, citing its sentence; a person named there by surname or title alone
    ("Jobs") is titled by their full name ("Steve Jobs"), the sentence still highlighting the text's word."""
    return Answer(
        kind="ask",
        title=full_name(article, with_venue_head(article, span)),
        items=(sentence_item(article, sentence, span, asked=asked, keep_lead=keep_lead),),
    )


def full_name(article: Article, span: tuple[int, int]) -> str:
    """The text of the span, or the full name of the person it names by surname or role alone."""
    text = article.text[span[0] : span[1]]
    for person in article.people:
        for mention in person.mentions:
            if (mention.start, mention.end) == span and mention.kind in {"short", "role"}:
                return person.name
    return text


def _date_label(article: Article, timex: TimeExpression) -> str:
    if timex.value == "PRESENT_REF" and article.published:
        return human_date(article.published.isoformat()) or timex.text
    return human_date(timex.value, timex.begin, timex.until) or timex.text


OCCURRENCE_VERBS = frozenset(stem(word) for word in lexicon.lower_words("occurrence_verbs"))


def asked_concepts(text: str, article: Article) -> list[Concept]:
    """A fact question's concepts, a role it names standing for the one person who holds it."""
    return with_holders(question_concepts(text, article), article)


def _asked(q: Question, article: Article, wh: str) -> tuple[list[Concept], str]:
    """The question's concepts and its abstention line, "The article doesn't say when the talks end"; when
    it asks when or where a named event takes place ("when does COP30 start?"), the verb that only says so
    (occurrence_verbs.txt) is left out: the name is the event ("meet for COP30 … on 10 November")."""
    line = f"The article doesn't say {wh} {restate(q.rest)}" if q.rest else f"The article doesn't say {wh}"
    opening = q.text.split()[0].lower()
    if q.rest and opening in {"what", "which"} and q.rest.split()[0].lower() not in AUXILIARIES:
        line = f"The article doesn't say {restated(q.text)}"  # "what time frame does ...": not "when frame"
    concepts = asked_concepts(q.rest, article)
    if wh in {"when", "where"} and any(word[:1].isupper() for word in q.rest.split()):
        concepts = [c for c in concepts if not set(c[0]) <= OCCURRENCE_VERBS] or concepts
    setting = _SETTING.search(q.rest) if wh in {"when", "where"} else None
    if setting:
        said = {stem(t) for t in tokens(setting.group("participle") or setting.group("place"))}
        concepts = [c for c in concepts if not set(c[0]) <= said] or concepts
    return concepts, line


_SETTING = re.compile(
    r"\b(?:(?:be|being|been|is|are|was|were)\s+(?:\w+ly\s+)?(?P<participle>"
    + "|".join(sorted(lexicon.lower_words("setting_verbs")))
    + r")|(?:take|takes|took|taken|taking)\s+(?P<place>place))\b",
    re.IGNORECASE,
)
"""A when- or where-question's words that only say a thing is set somewhere or takes place ("is COP30
being held", "will filming take place", "was Dyrrachium located"; setting_verbs.txt): the place or date is
asked, the story says it with other words ("filming is due to begin in Melbourne")."""


_BORN_OR_DIED = re.compile(
    r"^when\s+(?:was|is)\s+(?P<born>.+?)\s+born|^when\s+did\s+(?P<died>.+?)\s+die\s*[?.!]*$", re.IGNORECASE
)
"""A question for the year a person was born or died: "When was John Gallagher born?", "When did Wei Yilin
die?"; the words between are the person."""
LIFESPAN = r"\s*\((?:c\.\s*)?(\d{4})\s*[–-]\s*(\d{4})\)"
"""The years a person lived, in brackets after the name: "John Gallagher (1919–1980)"; both written whole,
as "(1862–90)" is as often a term of office as a life."""


def _lifespan(q: Question, article: Article) -> Answer | None:
    """ "When was John Gallagher born?" -> "1919" of "historians John Gallagher (1919–1980)": the first
    year of the lifespan after the asked name, the second for "when did ... die?"; None when the question
    is of another shape or no sentence gives the name a lifespan."""
    asked = _BORN_OR_DIED.match(q.text.strip())
    if asked is None:
        return None
    name = (asked.group("born") or asked.group("died")).split()
    if not name or not name[-1][:1].isupper():
        return None
    written = re.compile(rf"\b{re.escape(name[-1])}{LIFESPAN}")
    for sentence in article.sentences:
        found = written.search(sentence.text)
        if found:
            group = 1 if asked.group("born") else 2
            start, end = sentence.start + found.start(group), sentence.start + found.end(group)
            return span_answer(article, sentence, (start, end))
    return None


def when(q: Question, article: Article) -> Answer:
    question, line = _asked(q, article, "when")
    if not question:
        return abstain(line, article, question)
    lived = _lifespan(q, article)
    if lived is not None:
        return lived
    index = index_for(article)
    candidates: list[tuple[float, float, int, tuple[int, int], str]] = []
    dated: set[tuple[int, int]] = set()
    undated: set[tuple[int, int]] = set()
    pointless: set[tuple[int, int]] = set()
    """ "recently", "now", "soon": a reference to the past, present or future in one word names no time;
    nor does a frequency of no particular day ("every year", "a day", `_how_often`)."""
    for timex in article.dates:
        sentence = sentence_of(article, timex.start)
        if sentence is None:
            continue
        dated.add((timex.start, timex.end))
        event_stems = {stem(t) for t in tokens(" ".join([timex.event, *implied_words(timex.event)]))}
        coverage = index.coverage(sentence.index, question)
        in_event = sum(1 for c in question if matched(c, frozenset(event_stems)))
        score = index.score(sentence.index, question) + in_event
        label = _date_label(article, timex)
        if _vague(timex) and not _ANCHORED.match(article.text, timex.end):
            undated.add((timex.start, timex.end))
            if (timex.value in _NOW_OR_THEN and " " not in timex.text.strip()) or _how_often(timex):
                pointless.add((timex.start, timex.end))
        candidates.append((coverage, score, sentence.index, (timex.start, timex.end), label))
    for sentence in article.sentences:
        for left, right in [m.span() for m in DATE_WORDS.finditer(sentence.text)] + _past_years(
            sentence.text
        ):
            span = (sentence.start + left, sentence.start + right)
            if any(s < span[1] and span[0] < e for s, e in dated):
                continue
            coverage = index.coverage(sentence.index, question)
            candidates.append(
                (coverage, index.score(sentence.index, question) - 0.5, sentence.index, span, "")
            )
    candidates = [c for c in candidates if c[0] > 0]
    if CLOCK_QUESTION.match(q.text):  # "what time does the show start?" wants a time of day, not a date
        candidates = [c for c in candidates if CLOCK.search(article.text[c[3][0] : c[3][1]])]
    if MONTH_QUESTION.match(q.text):  # "what month are the elections held in?": "May", not "1999"
        candidates = [c for c in candidates if _names_month(article.text[c[3][0] : c[3][1]])] or candidates
    if YEAR_QUESTION.match(q.text):
        candidates = [c for c in candidates if YEAR.search(article.text[c[3][0] : c[3][1]])] or candidates
    if FUTURE_QUESTION.match(q.text) and article.published:  # "when will workers vote?": not in 2018
        candidates = [c for c in candidates if not _before(article, c[3], article.published)]
    if WEEKDAY_QUESTION.match(q.text):  # "what day of the week are elections held?": "on a Thursday"
        candidates = [c for c in candidates if WEEKDAY.search(article.text[c[3][0] : c[3][1]])]
    # "when did Polonia win the title prior to 2000?": a date the question writes is not its answer
    candidates = [
        c for c in candidates if not _written_in(article.text[c[3][0] : c[3][1]], q.text)
    ] or candidates
    if not candidates:
        return abstain(line, article, question)

    def distance(candidate: tuple[float, float, int, tuple[int, int], str]) -> int:
        anchors = positions(article.sentences[candidate[2]], question)
        return min((abs(candidate[3][0] - a) for a in anchors), default=0)

    dateline = article.provenance.dateline
    opener = DATELINE.match(article.text)
    head = max(dateline.end if dateline else 0, opener.end() if opener else 0)

    def in_dateline(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """The dateline's date is when the story was filed, not when its events happen: last resort."""
        return candidate[3][1] <= head

    def vague(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """ "in the last few months", "Tuesday's accident": a span, a reference to now or the past, or a date
        that only names an event it dated before (a possessive) is a weaker answer than a date in the same
        measure of agreement ("on February 24", "happened late Tuesday")."""
        return candidate[3] in undated or _POSSESSIVE.match(article.text, candidate[3][1]) is not None

    def passes(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        return passes_gate(article, question, candidate[0], candidate[1], q.type)

    def superseded(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """A date its sentence moves to another: "the meeting March 7 ... has been postponed until the
        start of April" (`_MOVED_TO` before a later date of the same sentence)."""
        return any(
            _MOVED_TO.search(article.text[candidate[3][1] : other[3][0]])
            for other in every
            if other[2] == candidate[2] and other[3][0] >= candidate[3][1]
        )

    every = list(candidates)  # the list is empty while it sorts
    asked_name = {stem(t) for t in tokens(q.rest)}

    def of_asked_name(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """A year written as part of the asked name: "the British Nationality Act 1981" for "when was the
        British Nationality Act passed?", not the "1975" of the act before it."""
        named = _NAME_BEFORE.search(article.text, max(0, candidate[3][0] - 80), candidate[3][0])
        words = {stem(t) for t in tokens(named.group(1))} if named else set()
        return len(words) >= 2 and words <= asked_name

    def of_asked_word(candidate: tuple[float, float, int, tuple[int, int], str]) -> bool:
        """A date written right after a word of the question ("the election – July 4 –", "the general
        election on July 4") dates that word, not a date elsewhere in its sentence."""
        before = _WORD_BEFORE_DATE.search(article.text, max(0, candidate[3][0] - 40), candidate[3][0])
        word = before.group(1).lower() if before else ""
        return bool(word) and word not in STOPWORDS and stem(word) in asked_name

    candidates.sort(
        key=lambda c: (
            -c[0],
            not of_asked_name(c),
            not of_asked_word(c),
            in_dateline(c),
            superseded(c),
            vague(c),
            -round(c[1], 6),
            distance(c),
            c[3],
        )
    )
    if passes(candidates[0]) and candidates[0][3] in pointless:
        # a date (not another vague time) in a sentence that also passes the gate answers first, whatever
        # its coverage ("had recently started to broadcast propaganda" / "The broadcasts began on August 10")
        dated_first = [c for c in candidates if passes(c) and c[3] not in undated]
        candidates = dated_first or candidates
    coverage, score, sentence_index, span, label = candidates[0]
    if not passes_gate(article, question, coverage, score, q.type) or span in pointless:
        # "now", "recently" name no time: "when will the PSP launch in Europe?" is not answered by "gamers
        # will now fear that the launch has been put back"
        return abstain(line, article, question, near=article.sentences[sentence_index])
    sentence = article.sentences[sentence_index]
    joined = _joined(article.text, sentence, span, [c[3] for c in every if c[2] == sentence_index])
    qualified = _qualified(article, sentence, with_modifiers(article, sentence, joined))
    item = sentence_item(article, sentence, qualified, label or None, q.text)
    if qualified[0] < span[0] and item.highlight:  # "by the end of", "between": a bound, kept whole
        item = item.model_copy(update={"highlight": (qualified[0], item.highlight[1])})
    span = qualified
    detail = f"“{article.text[span[0] : span[1]]}”"
    return Answer(
        kind="ask",
        title=label or article.text[span[0] : span[1]],
        items=(item.model_copy(update={"detail": detail}),),
    )


def _written_in(date_text: str, question: str) -> bool:
    """Does the question write this date or length, word for word ("prior to 2000", "the Seven Years War"
    for "the Seven Years")?"""
    bare = re.sub(r"^(?:the|a|an)\s+", "", date_text.strip(), flags=re.IGNORECASE)
    return bool(re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", question, re.IGNORECASE))


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s+){2,6})$")
"""Capitalised words right before a date: a name the date may be part of ("the Fisheries Act 1981")."""
_WORD_BEFORE_DATE = re.compile(r"([\w’'-]+)(?:\s*[–—(]|\s+on|\s+of)\s*$")
"""The word a date is written right after, past a dash, a bracket, "on" or "of": "the election – July 4"."""
_DATE_LINK = re.compile(r"\s*(?:–|—|-|to|or|through|until)\s*", re.IGNORECASE)
_CLOSED_YEARS = re.compile(r"[–-]\d{2,4}\b")
_YEAR_BEFORE = re.compile(r"\b\d{3,4}\s*[–-]\s*$")
_YEAR_AFTER = re.compile(r",?\s+\d{3,4}\b(?![\w%.,]\d|\s*%)")
MONTH_NAMES = frozenset(m.lower() for m in lexicon.kind("calendar", "month"))


def _names_month(text: str) -> bool:
    """Does the date's text name a month ("May", "the first Thursday in May"), not only a year?"""
    return any(word in MONTH_NAMES for word in re.findall(r"[a-z]+", text.lower()))


def _joined(
    text: str, sentence: Sentence, span: tuple[int, int], dates: list[tuple[int, int]]
) -> tuple[int, int]:
    """A date with the rest of the range or choice it is written in: "24 August – 3 October 1572", "January
    or February", "the winter of 1973–74", "(1368–1644)", and a month with the year written after it that the
    date extractor left out ("until February 1082")."""
    start, end = span
    while True:
        link = _DATE_LINK.match(text, end, sentence.end)
        following = next((d for d in dates if link and d[0] == link.end()), None)
        closed = _CLOSED_YEARS.match(text, end, sentence.end)
        if following is not None:
            end = following[1]
        elif closed:
            end = closed.end()
        else:
            break
    year = _YEAR_AFTER.match(text, end, sentence.end)
    if year and text[start:end].strip().lower() in MONTH_NAMES:
        end = year.end()
    while True:
        preceding = next(
            (d for d in dates if d[1] <= start and _DATE_LINK.fullmatch(text, d[1], start)), None
        )
        if preceding is None:
            break
        start = preceding[0]
    before = _YEAR_BEFORE.search(text, max(sentence.start, start - 12), start)
    return (before.start() if before else start), end


_QUALIFIER = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            lexicon.entries("date_qualifiers") + lexicon.entries("figure_qualifiers"), key=len, reverse=True
        )
    )
    + r")\s+",
    re.IGNORECASE,
)


_MOVED_TO = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, lexicon.lower_words("postpone_verbs")), key=len, reverse=True))
    + r")\s+(?:until|till|to)\s+$",
    re.IGNORECASE,
)
"""A verb that moves an event and its preposition, right before the new date (postpone_verbs.txt)."""
_NOW_OR_THEN = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def _vague(timex: TimeExpression) -> bool:
    """A time that names no point: a duration ("the last few months"), a set ("per week", "every year"), a
    reference to the past, present or future ("recently", "now", "earlier this week", "next year")."""
    return timex.type in {"DURATION", "SET"} or timex.value in _NOW_OR_THEN


def _how_often(timex: TimeExpression) -> bool:
    """A frequency that names no day, month or hour ("every year", "four hours a day": a set of value
    "XXXX"): it says how often, not when; "every Monday" (XXXX-WXX-1) and "each May" (XXXX-05) do name
    one."""
    return timex.type == "SET" and set(timex.value) <= {"X", "-"}


_DATE_ANCHORS = "|".join(sorted(lexicon.lower_words("date_anchors")))
_ANCHORED = re.compile(rf"\s+(?:{_DATE_ANCHORS})\b", re.IGNORECASE)
"""A duration anchored to a point ("three days after the confrontation", "a year ago"): a date, not vague."""
_POSSESSIVE = re.compile(r"['’]s\b")
_RELATIVE_YEAR = re.compile(r"\s+(?:of\s+)?(?:last|this|next)\s+(?:year|month|week)\b")


def _qualified(article: Article, sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """ "November 2018" -> "no later than November 2018", "3 a.m." -> "about 3 a.m.", "late March" ->
    "late March of next year": the words that bound the date (date_qualifiers.txt, also over the date's own
    first words: "by the end of" + "the end of January"), approximate it (figure_qualifiers.txt) or say
    which year it is belong to the answer."""
    start, end = span
    for bound in _QUALIFIER.finditer(article.text, max(sentence.start, start - 24), end):
        if bound.start() < start <= bound.end():  # "by the end of" before "January" or over "the end of"
            start = bound.start()
            break
    year = _RELATIVE_YEAR.match(article.text, end)
    if year and year.end() <= sentence.end:
        end = year.end()
    return start, end


def how_many(q: Question, article: Article) -> Answer:
    return _figure(q, article, asked_concepts(q.rest, article), _figure_line(q.text))


def figure(q: Question, article: Article) -> Answer:
    """ "What was the corrected amount?": a figure of the kind the noun names, like "how much"."""
    return _figure(q, article, asked_concepts(q.text, article), _figure_line(q.text))


def _figure_line(text: str) -> str:
    """ "What was the corrected amount" -> "The article doesn't give the corrected amount"; any other
    question restated whole: "What price did Fox shares reach" -> "... doesn't say what price Fox shares
    reached", "How many flights were delayed" -> "... how many flights were delayed"."""
    words = text.split()
    if len(words) > 2 and words[0].lower() == "what" and words[1].lower() in BE and opens_subject(words[2]):
        return f"The article doesn't give {' '.join(words[2:])}"
    if len(words) < 2:
        return "The article doesn't give that figure"
    return f"The article doesn't say {restated(text)}"


def _figure(q: Question, article: Article, question: list[Concept], line: str) -> Answer:
    want = expected(q.text)
    if want.kind == "score":
        return _score(article, q.text, question, line)
    named = _NUMBERED.search(q.text)
    if named and named.group(1).lower() not in STOPWORDS:
        return _identifier(article, named.group(1), question, line)
    if not question:
        return abstain(line, article, question)
    asked = [c for c in question if not set(c[0]) & QUANTITY_NOUNS["any"]] or question
    headings = heading_sentences(article)
    body = [s for s in article.sentences if s.index not in headings]
    best = None
    for sentences in (body, [s for s in article.sentences if s.index in headings]):
        best = _best_figure(article, q, sentences, question, asked, want)
        if best is not None and passes_gate(article, asked, best[0], best[1], q.type):
            _, _, sentence, span = best
            return span_answer(article, sentence, span, q.text)
    if want.kind in {"count", "money", "percent"}:
        return abstain(line, article, question)
    return _worded_quantity(article, question, line, q.type)


def _best_figure(
    article: Article,
    q: Question,
    sentences: list[Sentence],
    question: list[Concept],
    asked: list[Concept],
    want: Expected,
) -> tuple[float, float, Sentence, tuple[int, int]] | None:
    """Of these sentences, the one covering the question best that holds a figure of the asked kind, with
    that figure: (coverage, score, sentence, span). Among equal coverage, when the question asks for a
    change ("how much did profits rise?"), a sentence whose figure measures one (`measures_change`: "an 18%
    jump", "fell 46%") comes before one that gives a level ("profits were 74.7bn yuan"); then by BM25."""
    index = index_for(article)
    best: tuple[tuple[float, bool, float], Sentence, tuple[int, int]] | None = None
    people = [c for c in asked if want.counted == PEOPLE and any(PEOPLE in alternative for alternative in c)]
    for sentence in sentences:
        coverage = index.coverage(sentence.index, asked)
        if coverage <= 0:
            continue
        credit = (1 - index.coverage(sentence.index, people)) / len(asked) if people else 0.0
        score = index.score(sentence.index, question)
        if best is not None and (coverage + credit, want.change, score) <= best[0]:
            continue  # not even a change figure would put it first
        if contradicts(undated(q.text, article, sentence.index), sentence):
            continue
        spans = duration_spans(article, sentence) if want.kind == "time" else number_spans(article, sentence)
        found = best_figure(article, sentence, spans, question, q.text, index, want) if spans else None
        if found is None:
            continue
        if credit and counts_people_by_kind(article.text, found):
            coverage += credit  # "1,426 pilgrims" are the people "how many people …?" asks about
        key = (coverage, want.change and measures_change(article.text, found), score)
        if best is None or key > best[0]:
            best = (key, sentence, found)
    return None if best is None else (best[0][0], best[0][2], best[1], best[2])


_NUMBERED = re.compile(r"\b([A-Za-z]+)\s+(?:number|no\.?)\b(?!\s+of\b)", re.IGNORECASE)
"""A thing's number ("what was the flight number?"), not a count ("the number of flights")."""


NUMBERED_NOUNS = lexicon.lower_words("numbered_nouns")
_WHICH_NOUN = re.compile(r"^(?:(?:on|in|at|from|to)\s+)?which\s+([a-z]+)\b", re.IGNORECASE)


def which_identifier(text: str, article: Article) -> Answer | None:
    """ "Which flight did the bird get into?": a thing the story names by its number ("Flight 1943",
    "Route 66"; numbered_nouns.txt), one such name only, is the one asked about, whichever sentence best
    covers the question; not a plural ("which flights": several)."""
    asked = _WHICH_NOUN.match(text)
    if asked is None:
        return None
    noun = asked.group(1).lower()
    if noun not in NUMBERED_NOUNS:
        return None
    written = re.compile(rf"\b{noun[0].upper()}{re.escape(noun[1:])}\s+(?:No\.?\s*)?\d+[A-Z]?\b")
    found = list(written.finditer(article.text))
    if len({" ".join(m.group().split()) for m in found}) != 1:
        return None
    sentence = sentence_of(article, found[0].start())
    return None if sentence is None else span_answer(article, sentence, found[0].span())


def _identifier(article: Article, thing: str, question: list[Concept], line: str) -> Answer:
    """ "What was the flight number?": the thing's name and its number as the story writes them ("Flight
    175", "Route 66"), in the sentence matching the question best; none written, an honest abstention."""
    written = re.compile(rf"\b{re.escape(thing)}\s+(?:No\.?\s*)?\d+[A-Z]?\b", re.IGNORECASE)

    def named(sentence: Sentence) -> tuple[int, int] | None:
        found = written.search(sentence.text)
        return None if found is None else (sentence.start + found.start(), sentence.start + found.end())

    best = best_holding(article, question, named)
    if best is None:
        return abstain(line, article, question)
    return span_answer(article, best[1], best[2])


def _score(article: Article, text: str, question: list[Concept], line: str) -> Answer:
    """ "What was the final score?": a result written as two numbers ("30-20"), in the sentence that best
    matches the question's other words (not the score noun nor its lower-case modifier, "final"); a bare
    "what was the score?" gets the first one the story gives (a story states its result first)."""
    words = re.findall(r"[\w’'-]+", text)
    noun_at = next((i for i, w in enumerate(words) if stem(w.lower()) in QUANTITY_NOUNS["score"]), 0)
    modifier = words[noun_at - 1] if noun_at and words[noun_at - 1].islower() else ""
    left_out = QUANTITY_NOUNS["score"] | {stem(modifier.lower())}
    asked = [c for c in question if not set(c[0]) & left_out]

    def first_score(sentence: Sentence) -> tuple[int, int] | None:
        spans = number_spans(article, sentence)
        return next((s for s in spans if fits(article.text[s[0] : s[1]], SCORE)), None)

    best = best_holding(article, asked, first_score)
    if best is None or (asked and not accept(best[0], asked, "score")):
        return abstain("The article gives no score" if best is None else line, article, question)
    return span_answer(article, best[1], best[2])


def _worded_quantity(article: Article, question: list[Concept], line: str, kind: str) -> Answer:
    """No figure answers: a quantity in words ("a lot of … slack") in a sentence that does, else abstain."""
    for index, score, coverage in rank(article, question, limit=MAX_ITEMS):
        if not passes_gate(article, question, coverage, score, kind):
            break
        sentence = article.sentences[index]
        span = quantity_phrase(sentence, question)
        if span is not None:
            return Answer(
                kind="ask",
                title=article.text[span[0] : span[1]],
                items=(sentence_item(article, sentence, span),),
            )
    return abstain(line, article, question)


def where(q: Question, article: Article) -> Answer:
    question, line = _asked(q, article, "where")
    if not question:
        return abstain(line, article, question)
    if RANK_VERBS & {stem(t) for t in tokens(q.rest)}:
        position = _position(q, article, question)
        if position is not None:
            return position
    if _asks_level(q.rest):  # "where did the shares close?": a price, not a place
        level = _figure(q, article, question, line)
        if level.kind != "abstain":
            return level
    index = index_for(article)
    places: dict[int, list[tuple[int, int]]] = {}
    for place in article.places:
        for mention in place.mentions:
            sentence = sentence_of(article, mention.start)
            if sentence is not None:
                places.setdefault(sentence.index, []).append((mention.start, mention.end))
    dates = [(t.start, t.end) for t in article.dates]
    people = [(m.start, m.end) for person in article.people for m in person.mentions]
    for sentence in article.sentences:
        for match in IN_PLACE.finditer(sentence.text):
            name = _place_name(match.group(1))
            span = (sentence.start + match.start(1), sentence.start + match.start(1) + len(name))
            if _modifier(article.text, span) or any(s < span[1] and span[0] < e for s, e in people):
                continue  # "according to NYPD Commissioner James O'Neill" names a person, no place
            if not DATE_WORDS.fullmatch(name) and not any(s < span[1] and span[0] < e for s, e in dates):
                places.setdefault(sentence.index, []).append(span)
        for match in ATTENDED.finditer(sentence.text):
            places.setdefault(sentence.index, []).append(
                (sentence.start + match.start(1), sentence.start + match.end(1))
            )
        for match in BASED_IN.finditer(sentence.text):
            places.setdefault(sentence.index, []).append(
                (sentence.start + match.start(1), sentence.start + match.end(1))
            )
        for match in STREET_ADDRESS.finditer(sentence.text):
            places.setdefault(sentence.index, []).append(
                (sentence.start + match.start(), sentence.start + match.end())
            )
        for quote in article.quotes:
            at = sentence.text.find(quote.channel) if quote.channel else -1
            if at >= 0:  # "said in a post on X": where a statement was made
                places.setdefault(sentence.index, []).append(
                    (sentence.start + at, sentence.start + at + len(quote.channel or ""))
                )
    forms = _other_forms(q.rest, article, places)
    ranked = [
        (coverage, score, at)
        for coverage, _, score, at in sorted(
            ((index.coverage(i, question), -forms[i], index.score(i, question), i) for i in places),
            reverse=True,
        )
    ]
    if not ranked or not passes_gate(article, question, ranked[0][0], ranked[0][1], q.type):
        return _located(q, article, question, line)
    best = rank(article, question, limit=1)
    if best and best[0][2] > ranked[0][0]:  # a closer match names no place: "wounded in the shoulder"
        sentence = article.sentences[best[0][0]]
        spans = _locatives(q, sentence)
        if spans:
            return span_answer(
                article, sentence, nearest(spans, positions(sentence, question)), keep_lead=True
            )
    asked = {stem(t) for t in content_tokens(q.rest)}
    for coverage, score, at in ranked:
        if not passes_gate(article, question, coverage, score, q.type):
            break
        sentence = article.sentences[at]
        spans = [s for s in places[at] if not {stem(t) for t in tokens(article.text[s[0] : s[1]])} <= asked]
        named = [s for s in spans if not is_demonym(article.text[s[0] : s[1]])]  # not "Afghan refugees"
        common = _locatives(q, sentence) if spans and not named else []
        if common:  # "stationed in the kingdom", where the sentence's only name is "Palestinian-Israeli"
            return span_answer(
                article, sentence, nearest(common, positions(sentence, question)), keep_lead=True
            )
        answer = _place_in(q, article, sentence, named or spans, question, people, asked)
        if answer is not None:
            return answer
        if spans or places[at]:  # only places that open a person's name, or that the question names:
            continue  # the next sentence may name where ("where will England play Ireland?")
        break
    return _located(q, article, question, line)


def _other_forms(rest: str, article: Article, places: dict[int, list[tuple[int, int]]]) -> dict[int, int]:
    """Per sentence naming a place, how many of the question's content words it writes only in another form
    of the same stem: among sentences covering the question alike, the one that writes "arrested the
    suspects" tells where the arrest happened, not the caption's "during the arrest of two suspects in
    Baldwin County" (stems match both, and the shorter caption weighs more in BM25). Against 4e9f1d7: union
    +1 cited, SQuAD dev +2 ("where did these uprisings take place?"), nothing lost. Counting the words written
    in the question's own form instead lost "where did Hoddle start out as a manager?" (tune) to "manager"
    over "managerial career"; the same key in `retrieval.rank` for every route lost 1 union and 5 SQuAD
    answers net, and in the when route a union and a tune answer."""
    written = {t.lower() for t in content_tokens(rest)}
    found = {}
    for i in places:
        words = {t.lower() for t in tokens(article.sentences[i].text)}
        forms = {stem(w) for w in words}
        found[i] = sum(1 for w in written if w not in words and stem(w) in forms)
    return found


def _place_in(
    q: Question,
    article: Article,
    sentence: Sentence,
    spans: list[tuple[int, int]],
    question: list[Concept],
    people: list[tuple[int, int]],
    asked: set[str],
) -> Answer | None:
    """The sentence's place nearest the question's words, after a preposition of place if one is; None when
    it has none, or when every place it has only opens a longer name that is a person's
    (`_opens_person`); `asked` are the question's content stems, as `where` reads them."""
    anchors = positions(sentence, question)
    origin = q.text.rstrip(" ?.!").lower().endswith(" from")
    while spans:
        after_preposition = [
            s for s in spans if re.search(PLACE_PREPOSITION + r"(?:the\s+)?$", article.text[: s[0]])
        ]
        candidates = after_preposition or spans
        same_sense = [s for s in candidates if _after_from(article.text, s) == origin]
        picked = nearest(same_sense or candidates, anchors)
        place = _named_place(article, picked)
        whole = _whole_name(article, sentence, place)
        if _opens_person(place, whole, people) and _LISTED_NEXT.match(article.text, place[1]):
            whole = place  # "Algeria and Osama bin Laden's": the list's first item
        if not _opens_person(place, whole, people):
            span = with_list(article, whole)
            span = whole if _opens_person(whole, span, people) else span
            return span_answer(
                article, sentence, _in_place(article, sentence, _in_region(article.text, span), asked)
            )
        spans = [s for s in spans if s != picked]
    return None


_LISTED_NEXT = re.compile(r"(?:,\s+|\s+)(?:and|or)\s+[A-Z]")
"""A capitalised name that follows a place after "and"/"or" is the next item of a list, not more of the
place's name: "in Egypt, a bloody civil war in Algeria and Osama bin Laden's terror attacks"."""


def _opens_person(place: tuple[int, int], whole: tuple[int, int], people: list[tuple[int, int]]) -> bool:
    """A place whose whole name runs into a person's name is no answer to "where": "Brazil's President Luiz
    Inácio Lula" for "where is COP30 being held?", "U.S. Magistrate Judge Thomas Coffin" for "where is
    Johnson being held?"; the place only describes the person. Only the part the longer name adds counts:
    a place the article also takes for a name ("Mississippi") still answers."""
    return whole[1] > place[1] and any(s < whole[1] and place[1] < e for s, e in people)


_COMPASS_BEFORE = re.compile(
    rf"(?:\b(?:the\s+)?(?:{lexicon.phrase_pattern(lexicon.kind('compass_words', 'noun'))})\s+of\s+(?:the\s+)?"
    rf"|\b(?:{lexicon.phrase_pattern(lexicon.kind('compass_words', 'adjective'))})\s+)$",
    re.IGNORECASE,
)
_PLACE_NOUN_AFTER = re.compile(
    rf"\s+(?:{lexicon.phrase_pattern(lexicon.lower_words('place_nouns'))})\b(?!\s+of\b)", re.IGNORECASE
)


def _in_region(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A place with the part of it the story names (compass_words.tsv) and the kind of place written after
    its name (place_nouns.txt): "southern Italy", "the south-west of England", "the Western Cape province"."""
    start, end = span
    part = _COMPASS_BEFORE.search(text, max(0, start - 30), start)
    kind = _PLACE_NOUN_AFTER.match(text, end)
    return (part.start() if part else start), (kind.end() if kind else end)


STREET_ADDRESS = re.compile(
    r"(?<![\w,.])\d{1,5}(?:-\d{1,5})?\s+(?:[A-Z0-9][\w'’.-]*\s+){1,4}"
    rf"(?:{lexicon.phrase_pattern(lexicon.words('street_nouns'))})(?![\w])"
)
"""A street address, a number then the street's capitalised name (street_nouns.txt): "131 West 23rd Street",
"200 Park Avenue"."""
ATTENDED = re.compile(r"\battend(?:s|ed|ing)?\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
"""A named event or school someone attends is where they were: "Swift and Travis recently attended
Coachella together" answers "where were they seen?", "attended Harvard" where she studied."""
_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")
BASED_IN = re.compile(
    rf"\b((?!(?:The|A|An|Its|Their|His|Her)\s)(?:[A-Z][\w.’']*\s+){{0,2}}[A-Z][\w.’']*)(?={_BASED_AFTER.pattern})"
)
"""A place written into a compound before the company it locates: "the San Francisco-headquartered company",
"London-based Acme" answer "where is it based?"."""
_IN_NAMED = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")


def _in_place(
    article: Article, sentence: Sentence, span: tuple[int, int], asked: set[str]
) -> tuple[int, int]:
    """ "the Peace Palace" -> "the Peace Palace in The Hague": a place the sentence puts in a named place
    keeps it, as the reader needs both ("Lambeau Field in Green Bay"); not a date ("in June"), nor a place
    the question already names ("where in Asia …?")."""
    found = _IN_NAMED.match(article.text, span[1], sentence.end)
    if found is None:
        return span
    name = _place_name(found.group(1))
    words = {stem(t) for t in tokens(name)}
    if DATE_WORDS.fullmatch(name) or words <= asked or not words:
        return span
    return span[0], found.start(1) + len(name)


RANK_VERBS = frozenset(stem(word) for word in lexicon.lower_words("rank_verbs"))
MARKET_NOUNS = frozenset(stem(word) for word in lexicon.kind("market_words", "noun"))
MARKET_VERBS = frozenset(
    stem(form) for lemma in lexicon.kind("market_words", "verb") for form in lexicon.verb(lemma).words()
)


def _asks_level(rest: str) -> bool:
    """ "Where did Tarn's shares close on Friday?": a market quote and a verb that ends trading at a level."""
    asked = {stem(t) for t in tokens(rest)}
    return bool(asked & MARKET_NOUNS and asked & MARKET_VERBS)


_ORDINAL_WORDS = "|".join(sorted(lexicon.kind("numbers", "ordinal"), key=lambda w: (-len(w), w)))
ORDINAL = re.compile(
    rf"\b(?:\d+(?:st|nd|rd|th)|No\.\s*\d+|(?i:{_ORDINAL_WORDS}))\b(?:[-\s]+(?:to|and)[-\s]+(?:last|\d+(?:st|nd|rd|th)))?"
)
"""A position in an order: "17th", "No. 3", "third", "second to last"."""


def _position(q: Question, article: Article, question: list[Concept]) -> Answer | None:
    """ "Where did Smith rank among actors?": the ordinal nearest the question's words in the best sentence
    that passes the gate and has one; None when no such sentence has one (an ordinary where-answer then)."""
    for index, score, coverage in rank(article, question, limit=MAX_ITEMS):
        if not passes_gate(article, question, coverage, score, q.type):
            break
        sentence = article.sentences[index]
        spans = [
            (sentence.start + m.start(), sentence.start + m.end()) for m in ORDINAL.finditer(sentence.text)
        ]
        if spans:
            return span_answer(article, sentence, nearest(spans, positions(sentence, question)))
    return None


PLACE_PREPOSITIONS = lexicon.lower_words("place_prepositions")
_FUNCTION_WORD = "|".join(
    re.escape(w) for w in sorted(STOPWORDS | PREPOSITIONS | PLACE_PREPOSITIONS, key=lambda w: (-len(w), w))
)
_LOWER_WORD = rf"(?!(?:{_FUNCTION_WORD})\b)[a-z][\w-]*\b(?<!ly)"
_POSSESSIVE_DETERMINER = "|".join(
    sorted(
        row[0]
        for row in lexicon.rows("pronouns")
        if row[2] == "possessive" and row[0] in lexicon.words("determiners")
    )
)
"""Possessive determiners (pronouns.tsv, also in determiners.txt): "its", "their", not "hers"."""
LOCATIVE = re.compile(
    rf"\b(?i:{'|'.join(sorted(PLACE_PREPOSITIONS))})\s+(?P<phrase>(?:the|a|an|{_POSSESSIVE_DETERMINER})"
    rf"(?:(?:\s+{_LOWER_WORD})?(?:\s+[A-Z][\w-]*){{1,2}}\b|(?:\s+{_LOWER_WORD}){{1,3}}))"
    r"(?:\s+of\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?"
)
"""A place a common noun names, after a preposition of place: "at a flour mill", "in the condenser", "the city
of Deabolis" (a name after "of" belongs to it); up to three words, none a function word or an -ly adverb.
Or a named venue or event, up to two capitalised words after at most one modifier: "At the annual Toy Fair"
answers "where did Handel speak?" (the preposition may open the sentence), as "at its annual Cloud Next"
(a possessive determines the place as "the" does); a name right after a common noun
is not taken ("at a flour mill Boulton & Watt were building" is "at a flour mill"), nor a demonym ("in the
European theatre", `_locatives`)."""
NOT_PLACES = frozenset(
    stem(word)
    for word in lexicon.lower_words("time_heads")
    | lexicon.lower_words("channel_nouns")
    | lexicon.lower_words("document_nouns")
)
"""Heads of a prepositional phrase that is no place: "in the past", "in a statement", "at the briefing"."""


def _located(q: Question, article: Article, question: list[Concept], line: str) -> Answer:
    """No named place answers "where": a place a common noun names (`LOCATIVE`), in the best sentence that
    passes the gate, the one nearest the question's words; none there, abstain."""
    ranked = rank(article, question, limit=1)
    if not ranked or not passes_gate(article, question, ranked[0][2], ranked[0][1], q.type):
        return abstain(line, article, question)
    sentence = article.sentences[ranked[0][0]]
    spans = _locatives(q, sentence)
    if not spans:
        return abstain(line, article, question, near=sentence)
    return span_answer(article, sentence, nearest(spans, positions(sentence, question)), keep_lead=True)


def _locatives(q: Question, sentence: Sentence) -> list[tuple[int, int]]:
    """The `LOCATIVE` phrases of a sentence that name a place and none of the question's own words."""
    asked = {stem(t) for t in content_tokens(q.rest)}
    spans = []
    for match in LOCATIVE.finditer(sentence.text):
        words = match.group("phrase").split()[1:]
        if stem(words[-1]) in NOT_PLACES or is_demonym(words[-1]) or any(stem(w) in asked for w in words):
            continue
        apposed = _APPOSED_NAME.match(sentence.text, match.end())
        end = apposed.end() if apposed else match.end()
        spans.append((sentence.start + match.start(), sentence.start + end))
    return spans


_APPOSED_NAME = re.compile(
    r"(?:['’]s\s+[a-z][\w-]*)?,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=\s*(?:[.,;]|$))"
)
"""The name a common-noun place is given after a comma: "in the nation's capital, Wellington"."""


_FROM = re.compile(r"(?:\bfrom\s+(?:the\s+)?|\w,\s+of\s+)$", re.IGNORECASE)
_DETERMINED = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _after_from(text: str, span: tuple[int, int]) -> bool:
    """ "Tyndall, from Brighton, … a speech he made in Burnley", "Johnnie Wilson, of Springfield, Va.": a
    place after "from" (or ", of" after a name) is where someone or something comes from; it answers
    "where is X from?", not where something happened."""
    return bool(_FROM.search(text[max(0, span[0] - 12) : span[0]]))


def _modifier(text: str, span: tuple[int, int]) -> bool:
    """ "the Israeli city of Tel Aviv", "at the Franco-African summit": a capitalised word between "the"
    and a lower-case noun modifies that noun; it is no place. A capitalised "The" opening the span (it
    follows a preposition, so it is no sentence's first word) is the name's own: "in The Observer
    newspaper" names the paper."""
    following = re.match(r"\s+([a-z][\w-]*)", text[span[1] : span[1] + 30])
    opening = text[span[0] : span[0] + 4]
    determined = (opening.lower() == "the " and not opening.startswith("The")) or _DETERMINED.search(
        text[max(0, span[0] - 5) : span[0]]
    )
    timed = following and DATE_WORDS.match(text, span[1] + following.start(1))  # "... Court next week"
    return bool(following and determined and following.group(1) not in NOT_A_NOUN and not timed)


_PLACE_OF = re.compile(
    r"\s+(?:"
    + "|".join(sorted(lexicon.words("place_nouns")))
    + r")\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def _named_place(article: Article, span: tuple[int, int]) -> tuple[int, int]:
    """ "the Israeli city of Tel Aviv", "the US state of Delaware": a place that only modifies a kind of
    place (place_nouns.txt) gives way to the name after "of"."""
    named = _PLACE_OF.match(article.text, span[1])
    if named is None:
        return span
    return named.start(1), named.start(1) + len(_place_name(named.group(1)))


_DETERMINER_FIRST = re.compile(r"the\s+", re.IGNORECASE)


def _whole_name(article: Article, sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """ "Brooklyn" -> "Brooklyn Supreme Court", "the Journal" -> "Journal of the Royal Society Interface": a
    place that begins a longer capitalised name is where that institution is, and the name answers."""
    if _BASED_AFTER.match(article.text, span[1]):
        return span  # "San Francisco-headquartered": the compound's place is the whole name
    local = span[0] - sentence.start
    article_word = _DETERMINER_FIRST.match(sentence.text, local)
    if article_word:  # "the Journal": the name starts after its "the"
        local = article_word.end()
    for match in CAPITALISED.finditer(sentence.text):
        if match.start() <= local < match.end() and sentence.start + match.end() > span[1]:
            return span[0], sentence.start + len(match.group().rstrip(".’'")) + match.start()
    return span


def _place_name(found: str) -> str:
    """ "X. Lopez posts" -> "X": a name stops at a full stop, unless it is an abbreviation like "U.S."."""
    name = re.split(r"(?<=\w\w)\.\s|(?<=\b[A-Z])\.\s", found)[0]
    if name.endswith(".") and "." not in name.split()[-1][:-1]:
        name = name[:-1]
    return name


def handle(q: Question, article: Article) -> Answer:
    """ "What is Landau's handle on X?" -> the handle the article shows for that person."""
    person = person_arg(article, q.argument)
    name = person.name if person else q.argument or "them"
    mentions = [m for m in person.mentions if m.kind == "handle"] if person else []
    if not mentions:
        return abstain(
            f"The article doesn't give a handle for {name}", article, question_concepts(q.text, article)
        )
    mention = min(mentions, key=lambda m: m.start)
    sentence = sentence_of(article, mention.start)
    if sentence is None:
        return abstain(
            f"The article doesn't give a handle for {name}", article, question_concepts(q.text, article)
        )
    item = sentence_item(article, sentence, (mention.start, mention.end))
    return Answer(kind="ask", title=mention.text, items=(item.model_copy(update={"detail": name}),))


_WORDED_AGE = "|".join(
    sorted(
        (word for word in lexicon.kind("numbers", "cardinal") if word.isalpha()),
        key=lambda w: (-len(w), w),
    )
)
AGE = re.compile(
    rf"\b(?P<whole>(?:\d{{1,3}}|(?i:{_WORDED_AGE}))-year-old)\b"
    r"|(?<=[A-Za-z]), (?P<after>\d{1,3})(?=,| and )|\baged? (?P<aged>\d{1,3})\b|\((?P<paren>\d{1,3})\)"
    r"|(?:\b[Nn]ow|^At) (?P<now>\d{1,3})(?=,)"
)
"""How a story gives an age: "the 38-year-old Palmer", "Ten-year-old Dakota", "Rene, 37, said", "aged 34",
"Smith (45)", "Havel, 60 and a heavy smoker"; "Now 24, she has lost ...", "Reed, now 61, said", "At 63, he
still runs" (a sentence's "she" is its person, `references.referred_names`)."""


_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your|[A-Z][\w-]*['’]s)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)")


def _anothers_age(text: str, match: re.Match[str], question: list[Concept]) -> bool:
    """ "his 18-year-old daughter", "Smith's 12-year-old son": an age owned by someone is the age of the
    noun after it (the daughter), not of its owner, whom "how old is X?" asks about; unless the question
    names that noun ("how old is Smith's son?")."""
    if not match.group("whole") or not _OWNED_BEFORE.search(text, 0, match.start()):
        return False
    noun = _NOUN_AFTER.match(text, match.end())
    return noun is not None and stem(noun.group(1)) not in all_stems(question)


def how_old(q: Question, article: Article) -> Answer:
    """ "How old is X?": an age written next to X's name in a sentence about X."""
    question, line = _asked(q, article, "how old")
    if not question:
        return abstain(line, article, question)
    index = index_for(article)
    best: tuple[float, int, Sentence, tuple[int, int]] | None = None
    for sentence in article.sentences:
        coverage = index.coverage(sentence.index, question)
        if not accept(coverage, question, q.type):
            continue
        anchors = positions(sentence, question)
        for match in AGE.finditer(sentence.text):
            if _anothers_age(sentence.text, match, question):
                continue
            group = next(g for g in ("whole", "after", "aged", "paren", "now") if match.group(g))
            span = (sentence.start + match.start(group), sentence.start + match.end(group))
            distance = min((abs(span[0] - a) for a in anchors), default=99)
            key = (coverage, -distance)
            if best is None or key > (best[0], best[1]):
                best = (coverage, -distance, sentence, span)
    if best is None:
        return abstain(line, article, question)
    _, _, sentence, span = best
    return span_answer(article, sentence, span)


_OF_A_THING = re.compile(r"^how long (?:is|was|are|were)\b", re.IGNORECASE)
"""'How long is the ship?': a copula asks a thing's length first; 'how long did the strike last?' a time."""


_POINT_AFTER = re.compile(_ANCHORED.pattern + r"\s*(?:[,.;:!?]|$)", re.IGNORECASE)
"""A duration anchored to now or to the story's last event, its anchor word ending the phrase ("An hour
later,", "a year ago."): a point in time; "four days after a banquet" measures the time from it."""


def _lengths_of_time(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's durations but those that name a point ("An hour later, he was still waiting", "a
    year ago."), which say when, not how long: "how long was the flight delayed?" is not answered by it."""
    spans = duration_spans(article, sentence)
    return [span for span in spans if not _POINT_AFTER.match(article.text, span[1], sentence.end)]


_ASKS_FROM_A_POINT = re.compile(rf"\b(?:{_DATE_ANCHORS})\b", re.IGNORECASE)
"""A how-long question that measures from a point ("how long after the crash", "how long before the
vote"): an anchored duration ("four days after a banquet") answers it."""


def _lengths_from_asked(question: str) -> Callable[[Article, Sentence], list[tuple[int, int]]]:
    """The durations that may answer a how-long question naming no anchor word: a duration anchored to a
    point ("one week after the game", "days after the start of the war") says when something happened,
    unless the point is the start or end of what is asked ("less than a year after becoming pope" for
    "how long had he been pope?": a word of the question follows the anchor)."""
    asked = {stem(t) for t in tokens(question) if t not in STOPWORDS}

    def lengths(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
        kept = []
        for span in _lengths_of_time(article, sentence):
            anchor = _ANCHORED.match(article.text, span[1])
            point = _ANCHOR_POINT.match(article.text, anchor.end(), sentence.end) if anchor else None
            if anchor is None or (point and {stem(t) for t in tokens(point.group())} & asked):
                kept.append(span)
        return kept

    return lengths


_ANCHOR_POINT = re.compile(r"[^,.;:!?()]{1,60}")
"""What an anchored duration is measured from: the words after its anchor, to the clause's end."""


def how_long(q: Question, article: Article) -> Answer:
    """ "How long will the strike last?": a duration ("eight days", "about a decade"), never a date; "how
    long is the ship?" first a length ("101 meters"), then a duration."""
    question, line = _asked(q, article, "how long")
    if not question:
        return abstain(line, article, question)
    asked = [c for c in question if not set(c[0]) & QUANTITY_NOUNS["any"]] or question
    durations = _lengths_of_time if _ASKS_FROM_A_POINT.search(q.text) else _lengths_from_asked(q.text)
    finders = (length_spans, durations) if _OF_A_THING.match(q.text) else (durations,)
    for find in (*finders, _bounded_times):
        best = _best_span(article, q, question, asked, find)
        if best is not None:
            return span_answer(article, *best)
    return abstain(line, article, question)


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s+(?:to|until|till|through)\s+")


def _bounded_times(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """A stretch of time the sentence bounds by dates, for "how long …?" when it gives no duration: from a
    date on ("since the 1960s", "since 2001"), or between two ("from 4 August 1915 until November 1918",
    "1870 to 1939": one date the parse reads as a range)."""
    text = article.text
    dates = sorted(
        (d for d in article.dates if d.sentence == sentence.index and d.type == "DATE"), key=lambda d: d.start
    )
    found = []
    for i, when in enumerate(dates):
        since = _SINCE.search(text, max(sentence.start, when.start - 10), when.start)
        if since:
            found.append((since.start(), when.end))
        elif _RANGE_END.search(text[when.start : when.end]):
            found.append((when.start, when.end))
        elif i + 1 < len(dates) and _RANGE_END.fullmatch(text[when.end : dates[i + 1].start]):
            found.append((when.start, dates[i + 1].end))
    return found


def frequency_spans(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's repetitions as the parse reads them (TIMEX3 SET: "twice a year", "every four years",
    "once every five years", "every Monday", "weekly"), so the answer and `/article dates` agree."""
    return [(d.start, d.end) for d in article.dates if d.type == "SET" and d.sentence == sentence.index]


def how_often(q: Question, article: Article) -> Answer:
    """ "How often does the OBR publish forecasts?": a frequency ("Twice a year", "every four years") in a
    sentence that passes the gate; none, abstain, as a date or a count does not say how often."""
    question, line = _asked(q, article, "how often")
    if not question:
        return abstain(line, article, question)
    best = _best_span(article, q, question, question, frequency_spans)
    return span_answer(article, *best) if best else abstain(line, article, question)


def _best_span(
    article: Article,
    q: Question,
    question: list[Concept],
    asked: list[Concept],
    find: Callable[[Article, Sentence], list[tuple[int, int]]],
) -> tuple[Sentence, tuple[int, int]] | None:
    """Of the sentences that pass the gate and hold a span `find` finds, the best covering one, and its
    span nearest the question's words."""
    index = index_for(article)
    best: tuple[float, float, Sentence, tuple[int, int]] | None = None
    for sentence in article.sentences:
        coverage = index.coverage(sentence.index, asked)
        score = index.score(sentence.index, question)
        if not passes_gate(article, question, coverage, score, q.type):
            continue
        spans = [s for s in find(article, sentence) if not _written_in(article.text[s[0] : s[1]], q.text)]
        if spans and (best is None or (coverage, score) > (best[0], best[1])):
            best = (coverage, score, sentence, nearest(spans, positions(sentence, question)))
    return None if best is None else (best[2], best[3])
