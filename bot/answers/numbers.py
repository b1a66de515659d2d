"""Numbers in context for "how many / how much" questions: which figure in a sentence answers, and its span.

A sentence often holds several figures ("rose 0.3% … from a revised 0.6% increase in October"); the one
that answers sits in the clause that shares the question's rarest words, has the unit the question asks
for (% for "how fast", money for "how much … invest") and is not a number the question itself names.
The span keeps the figure's qualifier, range and counted noun: "at least 10 American workers".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bot import lexicon
from bot.answers.grounding import asked_dates
from bot.answers.origins import is_demonym
from bot.answers.retrieval import SYNONYM_WEIGHT, SentenceIndex
from bot.answers.spans import IRREGULAR_PAST, PREPOSITIONS
from bot.answers.synonyms import AUXILIARIES, STOPWORDS, Concept, concepts, matched, stem, tokens
from bot.answers.timex import date_keys
from bot.answers.widen import TIME_UNITS, time_noun
from bot.article.model import Article, Sentence


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first ("per cent" before "per")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


CURRENCY_WORDS = lexicon.lower_words("currency_words")
_CURRENCY = _alternatives(CURRENCY_WORDS)
_MAGNITUDE = _alternatives(lexicon.kind("figure_words", "magnitude"))
"""million, billion, mln (wire copy's "310 mln dlrs") …: figure_words.tsv; alone, an amount of money."""
_MULTIPLIER = _alternatives(
    lexicon.kind("figure_words", "magnitude") | lexicon.kind("figure_words", "thousand")
)
"""The magnitudes and "thousand": what a figure may be multiplied by."""
_CURRENCY_NAMED = rf"\s(?:(?-i:[A-Z][\w.]*)\s){{0,2}}(?:{_CURRENCY})\b"
"""A currency after a figure, with the country's name or adjective it may carry: "5,000 euros", "75,000
Swiss francs", "200 Hong Kong dollars"."""
_PERCENT = _alternatives(lexicon.kind("figure_words", "percent"))
"""percent, per cent, pct (wire copy's "12 pct")."""
_PER = _alternatives(lexicon.kind("figure_words", "per"))
"""What a rate counts in after "a": "an hour", "a share", "a barrel"."""
_FIGURE = (
    r"(?:(?:(?-i:[A-Z]{1,2})\s?)?[$£€]\s?)?\d[\d,]*(?:\.\d+)?(?:-(?:\d+/\d+\b|\d+\b|[a-z]+\b)|/\d+\b)?"
    rf"(?:\s?(?:%|{_PERCENT}|{_MULTIPLIER})\b|%|(?:m|bn|tn)\b)?"
    rf"(?:{_CURRENCY_NAMED})?"
)
"""A figure: "$1m", "NZ $ 26 million", "74.7bn yuan", "0.3%", "52-count", "1.5 mln dlrs", "12 pct"; a
price in fractions as wire copy writes it, whole ("11-5/8", "3.85/95 pct")."""
MEASURE_UNITS = lexicon.every_kind("measure_units")
LENGTH_UNITS = lexicon.kind("measure_units", "length")
TIME_UNIT_STEMS = frozenset(stem(unit) for unit in TIME_UNITS)
MEASURE_UNIT_STEMS = frozenset(stem(unit) for unit in MEASURE_UNITS)
_UNITS = "|".join(
    sorted(
        {*(re.escape(u) for u in MEASURE_UNITS), *(f"{u}s?" for u in TIME_UNITS), "people", "times"},
        key=lambda u: (-len(u), u),
    )
)
_ONE_UNIT = rf"[\s-](?:{_UNITS})(?!\w)"
_RATE = rf"(?:\s+per\s+[a-z]+\b|\s+an?\s+(?:{_PER})\b|/(?:{_PER})\b)"
_UNIT = rf"(?:(?:\s+or\s+so)?{_ONE_UNIT}(?:\s+\d+(?:\.\d+)?{_ONE_UNIT})?)?{_RATE}?"
"""A unit, a second figure of a compound measure ("5 feet 11 inches") and a rate ("$10.50 an hour",
"$12/month"); an approximation written between the figure and its unit keeps the unit ("800,000 or so
bbl.")."""
_CARDINAL_VALUES = {
    word: int(value) for word, value in lexicon.by_kind("numbers")["cardinal"].items() if word.isalpha()
}
NUMBER_WORDS_UNDER_100 = _alternatives(w for w, v in _CARDINAL_VALUES.items() if 0 < v < 100)
"""Every spelled-out whole number under a hundred of numbers.tsv, one to ninety: "sixteen", "sixty" and
"ninety" count as "twenty" does ("Field holds more than sixty patents" answers "how many patents")."""
_TENS_WORDS = _alternatives(w for w, v in _CARDINAL_VALUES.items() if 20 <= v < 100 and v % 10 == 0)
_DIGIT_WORDS = _alternatives(w for w, v in _CARDINAL_VALUES.items() if 0 < v < 10)
NUMBER = re.compile(
    rf"(?<![\w.-]){_FIGURE}{_UNIT}"
    rf"|\b(?:(?:{_TENS_WORDS})[-\s](?:{_DIGIT_WORDS})|(?:{NUMBER_WORDS_UNDER_100})"
    r"(?:\s(?:hundred|thousand)\b)?|hundred|dozen|dozens|hundreds|thousands|millions|billions)\b"
    rf"(?:[\s-](?:{_MAGNITUDE}|{_PERCENT})\b)?" + rf"(?:{_CURRENCY_NAMED})?" + _UNIT,
    re.IGNORECASE,
)
"""A number with its unit: "0.3%", "$500,000", "52-count", "34 inches", "$57 per barrel", "three months",
"30-20", a tens word and a unit word written with a hyphen or a space ("twenty-one", "Twenty one of the
276 schoolgirls": one count, not "Twenty" and "one"), a number word times a hundred or a thousand
("three hundred years"); not the 5 of "EB-5"."""
FIGURE_QUALIFIERS = tuple(sorted(lexicon.lower_words("figure_qualifiers"), key=lambda q: (-len(q), q)))
"""Longest first, so "no more than" wins over "more than"."""
_QUALIFIER = re.compile(
    r"\b(?:" + "|".join(re.escape(q) for q in FIGURE_QUALIFIERS) + r")\s+$",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"^(?:\s*(?:to|and|or|-|–)\s+|–)(?:(?:more|less) than\s+)?(?:{_FIGURE})(?:/(?:{_PER})\b)?", re.IGNORECASE
)
"""A range's second end after a figure: "to more than $1 million", "- 15", "or $80/year" with its rate, and
an en dash written closed up ("200–300"; a closed-up hyphen is part of the figure)."""
_CLAUSE = re.compile(r"[;:()“”\"]|,\s|\s[-–]\s|\bwhile\b")
PERCENT_WORDS = frozenset(stem(w) for w in lexicon.kind("question_cues", "percent"))
MONEY_WORDS = frozenset(stem(w) for w in lexicon.kind("question_cues", "money"))
_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
"""A score: "30-20", "6-174", "2–1"."""
_PER_SHARE = re.compile(r"\b(?:per|a)\s+share\b")
_FAST = stem("fast")


CURRENCY_MARK = re.compile(rf"[$£€]|\b(?:{_CURRENCY})\b", re.IGNORECASE)
"""A currency sign or word ("$", "dlrs", "yuan"): the figure beside it is money."""


def _is_percent(text: str) -> bool:
    """A rate: "12%", "12 percent", "12 pct", "3 percentage points"."""
    return "%" in text or bool(re.search(rf"\b(?:{_PERCENT})", text, re.IGNORECASE))


_FRACTION_WORDS = lexicon.phrase_pattern(lexicon.kind("numbers", "fraction"))
_ONE_IN = r"(?:one in (?:\d+|[a-z]+)|1 in [1-9](?:[\d,]*\d)?)"
FRACTION = re.compile(rf"\b(?:(?:{_FRACTION_WORDS})(?=\s+of\b)|{_ONE_IN}\b)", re.IGNORECASE)
"""A share in words: "a quarter of citizens", "two-thirds of voters" (of a whole), "one in five", or its
digits ("1 in 4 residents", "1 in 10,000 engines"): "what share of residents ...?" is answered by it."""
_WORDED_SHARE = re.compile(rf"(?:{_FRACTION_WORDS}|{_ONE_IN})", re.IGNORECASE)
"""A figure `FRACTION` found, as `fits` reads it."""


def _is_money(text: str) -> bool:
    """An amount of money: a currency sign or word, or a bare magnitude ("$4.5 million", "310 mln dlrs",
    "2 billion"); a magnitude of a measure ("3.5 mln barrels per day", "9.7 mln hectares") is no money."""
    if CURRENCY_MARK.search(text):
        return True
    measured = re.search(rf"{_ONE_UNIT}", text, re.IGNORECASE)
    return not measured and bool(re.search(rf"\b(?:{_MAGNITUDE})\b|\d(?:bn|tn)\b", text, re.IGNORECASE))


_OPEN_ENDED = re.compile(r"\+(?![\d+])")
"""A plus sign right after a figure and before no number ("10,000+ customers", not "2+2"): "or more"."""


def number_spans(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """Each figure in the sentence; a figure inside a date ("March 25-29") reports the date; bare years go."""
    dates = [(t.start, t.end) for t in article.dates]
    spans: list[tuple[int, int]] = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in FRACTION.finditer(sentence.text)
    ]
    for m in NUMBER.finditer(sentence.text):
        figure = m.group().rstrip(",")  # "In 1933, out of …": the comma after a figure is the sentence's
        span = (sentence.start + m.start(), sentence.start + m.start() + len(figure))
        if _OPEN_ENDED.match(article.text, span[1]):
            span = (span[0], span[1] + 1)  # "10,000+ customers": the figure or more, as written
        inside = [d for d in dates if d[0] <= span[0] and span[1] <= d[1]]
        if inside:
            span = inside[0]
        elif re.fullmatch(r"(?:19|20)\d\d", figure):
            continue
        if span not in spans:
            spans.append(span)
    return spans


def _extend(article: Article, span: tuple[int, int], head: str | None) -> tuple[int, int]:
    """Add the qualifier before ("at least"), a range after ("to more than $1 million"), the counted noun."""
    text = article.text
    start, end = _qualified(text, *span)
    ranged = _RANGE.match(text[end : end + 40])
    if (
        ranged
        and not _BY.search(text[max(0, start - 30) : start])  # "rose by 12% to $4.5m": no range
        and not _rate_then_amount(text[start:end], ranged.group())  # "rose 12% to $4.5m": a change, a level
        and not _descending(text[start:end], ranged.group())
    ):
        end += ranged.end()
    return start, _counted(text, end, head) or end


_SCALES = {
    **dict.fromkeys(("cent", "cents"), 1e-2),
    **dict.fromkeys(("thousand", "k"), 1e3),
    **dict.fromkeys(("million", "mln", "m"), 1e6),
    **dict.fromkeys(("billion", "bln", "bn"), 1e9),
    **dict.fromkeys(("trillion", "tn"), 1e12),
}
_VALUE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?", re.IGNORECASE)


def _value(figure: str) -> float | None:
    """The number a figure writes, times its magnitude: "$64.8million" -> 64.8e6, "12" -> 12, "40 cents"
    -> 0.4."""
    found = _VALUE.search(figure)
    if found is None:
        return None
    scale = _SCALES.get((found.group(2) or "").lower(), 1.0)
    return float(found.group(1).replace(",", "")) * scale


def _descending(first: str, second: str) -> bool:
    """A range runs from the smaller figure to the larger: "raised $64.8million to $45.1million that went to
    Republican groups" compares two amounts, and "from $5m to $3m" is a fall; neither is a range."""
    low, high = _value(first), _value(second)
    return low is not None and high is not None and low > high


def _rate_then_amount(first: str, second: str) -> bool:
    """Two ends in other units: a rate and an amount of money ("12% to $4.5 billion"), cents and dollars
    ("fell 25 cents to $17.65"): a change and the level it reached, no range."""
    units = _unit_of(first), _unit_of(second)
    return all(units) and units[0] != units[1]


_CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)


def _unit_of(figure: str) -> str:
    """What a figure is counted in, when it says so: "%", "cents", "money" (a currency sign or word, "$5
    to 10 dlrs" one range); else ""."""
    if _is_percent(figure):
        return "%"
    if _CENTS.search(figure):
        return "cents"
    return "money" if CURRENCY_MARK.search(figure) else ""


VERB_FOLLOWERS = lexicon.lower_words("prepositions") | lexicon.lower_words("determiners")
"""Words that follow a verb, not a noun, in a question: "live in", "attend the"."""
NOT_A_NOUN = lexicon.words("stop_words") | AUXILIARIES | lexicon.lower_words("prepositions") | IRREGULAR_PAST
"""Words after a counted noun that show it heads its phrase ("20 airports across the country", "45 million
copies since 1952"): every function word, not only those a question's matching ignores."""
COUNTER_NOUNS = frozenset(stem(w) for w in lexicon.lower_words("counter_nouns"))
"""Nouns that count whatever is asked ("800,000 units" of a console): counter_nouns.txt."""


ABBREVIATED = {
    stem(full): stem(short.rstrip("."))
    for kind in lexicon.by_kind("measure_units").values()
    for short, spellings in kind.items()
    for full in spellings.split()
}
"""A unit's stem -> its abbreviation's (measure_units.tsv, third column): "kilometers" -> "km"."""


@cache
def heads(head: str) -> frozenset[str]:
    """The counted noun, its one-word paraphrases (synonyms.tsv) and its unit's abbreviation: "how many
    participants" is answered by "15 healthy volunteers", "how many kilometers" by "about 300 km"."""
    found = {head, *(a[0] for a in concepts([head])[0] if len(a) == 1)}
    return frozenset(found | {ABBREVIATED[h] for h in found if h in ABBREVIATED})


COUNTED_REACH = 5
"""How many words a figure's counted noun may stand after it: its modifiers come between ("35 single lump
sum cash deposits"), none a function word, a number or a name past the third (`COUNTED_PHRASE`)."""
_PAIRED_MODIFIERS = r"\s+[A-Za-z][\w’'-]*(?<!s)\s+(?:and|or)\s+[A-Za-z][\w’'-]*(?<!s)(?:\s+[\w’'-]+){1,2}"
"""Two modifiers joined before the counted noun ("23 European and Arab countries", "40 small and medium
firms"): the pair is one modifier, so the noun may stand a word further than `COUNTED_PHRASE` reaches;
neither is a plural noun ("23 goals and 5 assists" counts goals)."""
COUNTED_PHRASE = re.compile(
    rf"{_PAIRED_MODIFIERS}"
    rf"|(?:\s+(?!(?:{'|'.join(sorted(map(re.escape, NOT_A_NOUN)))})\b)[a-z][\w'’-]*){{4,{COUNTED_REACH}}}"
    r"|(?:\s+[\w'’-]+(?:\.\d+)?){1,3}"
)


def _counted(text: str, end: int, head: str | None) -> int | None:
    """Where the counted noun ends when it follows the figure within `COUNTED_REACH` words ("10 American
    workers", "12 member states", "35 single lump sum cash deposits"), or a counter noun right after it
    ("800,000 units")."""
    after = re.match(COUNTED_PHRASE, text[end : end + 80]) if head else None
    if after is None:
        return None
    for word in reversed(list(re.finditer(r"[\w-]+", after.group()))):
        if stem(word.group().lower()) in heads(head) or _people_of(word.group(), head):
            following = re.match(r"\s+([a-z][\w-]*)", text[end + word.end() : end + word.end() + 30])
            if following and stem(following.group(1)) in COUNTER_NOUNS:
                return end + word.end() + following.end()  # "nine UNRWA staff members" counts staff
            if (
                following
                and following.group(1) not in NOT_A_NOUN
                and not following.group(1).endswith(("ed", "ing"))  # "shares changing hands"
                and not _TIME_AFTER.match(text, end + word.end())
                and not _plural_before_verb(word.group(), following.group(1))
            ):
                return None  # "39 stolen debit card numbers" counts numbers; "acquisitions last year" do
            return end + word.end()
    counter = re.match(r"\s+([a-z]+)\b", after.group())
    return end + counter.end() if counter and stem(counter.group(1)) in COUNTER_NOUNS else None


PLURAL_NOUNS = lexicon.lower_words("plural_nouns")


def _plural_before_verb(noun: str, following: str) -> bool:
    """ "12 million residents qualify", "200 people attend": a plural noun seldom modifies another ("card
    numbers", "sales figures" have a plural after it), so the word after one that is no plural is its verb
    or an adverb, and the noun heads the counted phrase."""
    lower = noun.lower()
    plural = (lower.endswith("s") and not lower.endswith("ss")) or lower in PLURAL_NOUNS
    return plural and not following.endswith("s")


def counts_people_by_kind(text: str, span: tuple[int, int]) -> bool:
    """Does the count at `span` ("1,426 pilgrims", "40 million Americans": the figure with its noun, or the
    figure with the noun after it) count people by a noun of their kind or nation (`_people_of`), not by
    the word "people"?"""
    after = re.match(COUNTED_PHRASE, text[span[1] : span[1] + 80])
    phrase = text[span[0] : span[1]] + (after.group() if after else "")
    return any(
        _people_of(word.group(), PEOPLE) and stem(word.group().lower()) != PEOPLE
        for word in re.finditer(r"[\w-]+", phrase)
    )


PEOPLE = stem("people")
"""The counted noun of "how many people ...?"; people a story counts by their kind or nation count too
(`_people_of`)."""
PEOPLE_NOUNS = frozenset(stem(word) for word in lexicon.lower_words("people_nouns"))


def _people_of(word: str, head: str | None) -> bool:
    """Does a noun for people of some kind (people_nouns.txt), or a plural demonym, count the people asked
    about: "roughly 60,000 European settlers" answers "how many people were in the colonies?", "More than
    8 million Americans have applied" "how many people have applied?" ("Britons", "Israelis" alike)."""
    if head != PEOPLE:
        return False
    if word.islower():
        return stem(word) in PEOPLE_NOUNS
    return word.endswith("s") and is_demonym(word)


_TIME_AFTER = re.compile(rf"\s+(?:last|next|this|that)\s+(?:{_alternatives(TIME_UNITS)})\b", re.IGNORECASE)
"""A time expression after a counted noun ("four acquisitions last year"): the noun phrase ends there."""


def _whole_count(text: str, end: int, head: str | None) -> bool:
    """Is the figure ending at `end` followed by the counted noun and no rate: "10.5 floors" counts
    floors, "11.5 crossings a day" is an average."""
    noun_end = _counted(text, end, head) if head else None
    return noun_end is not None and not re.match(_RATE, text[noun_end : noun_end + 20])


_BRACKETED_FIGURE = re.compile(r"\(\s*[^()\s]*\d[^()]{0,20}\)")
"""A bracketed figure ("(160 mi)", "($57,600)"): a conversion, which cuts no clause."""


def _clause_of(sentence: Sentence, span: tuple[int, int]) -> str:
    """The figure's clause: the sentence between the clause breaks around it, a bracketed figure no break
    ("260 kilometres (160 mi) from the Baltic Sea")."""
    text, at = sentence.text, span[0] - sentence.start
    inside = [(m.start(), m.end()) for m in _BRACKETED_FIGURE.finditer(text)]
    breaks = (m.start() for m in _CLAUSE.finditer(text) if not any(a <= m.start() < b for a, b in inside))
    cuts = [0, *breaks, len(text)]
    left = max(c for c in cuts if c <= at)
    right = min((c for c in cuts if c >= span[1] - sentence.start), default=len(text))
    return text[left:right]


def _weight(concept: Concept, have: frozenset[str], index: SentenceIndex) -> float:
    """A question word in the figure's clause counts its idf; found only as a paraphrase, a little less."""
    if all(s in have for s in concept[0]):
        return index.idf.get(concept[0][0], 1.0)
    return SYNONYM_WEIGHT * index.idf.get(concept[0][0], 1.0) if matched(concept, have) else 0.0


_PLURAL = re.compile(r"[^su]s$")
"""A plural noun's ending ("deposits", "flights"; not "gas", "bus", "loss"): after a plural subject a verb
is bare ("how many people live in"), so a word with it before a preposition is still the counted noun."""


def counted_noun(question_text: str) -> str | None:
    """ "how many American workers must …" -> the stem of "workers", the noun a figure should count; the
    phrase ends at a preposition, whose object is no part of it ("how many cash deposits over 10,000 dlrs
    …" counts deposits, not dollars)."""
    words = re.findall(r"[\w’'-]+", question_text.lower())
    if "many" not in words[:3]:
        return None
    after = words[words.index("many") + 1 :]
    if len(after) > 1 and after[0].endswith("ed") and (_PLURAL.search(after[1]) or after[1] in PLURAL_NOUNS):
        after = after[1:]  # "how many registered students": a participle before a plural noun modifies it
    phrase = list(
        itertools.takewhile(
            lambda w: (
                w not in AUXILIARIES
                and w not in STOPWORDS
                and w not in PREPOSITIONS
                and not w.endswith("ed")
                and w not in IRREGULAR_PAST
            ),
            after,
        )
    )
    while (
        len(phrase) > 1
        and len(after) > len(phrase)
        and after[len(phrase)] in VERB_FOLLOWERS
        and not _PLURAL.search(phrase[-1])
    ):
        phrase.pop()  # "how many people live in …": a word before "in" or "the" is the verb, not the noun
    return stem(phrase[-1].removesuffix("'").removesuffix("’")) if phrase else None


def _bare_after_asked(text: str, start: int, span: tuple[int, int], asked: frozenset[str]) -> bool:
    """A number with no noun of its own right after a word of the question in its sentence ("the attack,
    which killed five," for "how many people did the attack kill?") or after "<that word> of" ("the panel
    of twelve" for "how many people sit on the panel?") counts what the question asks."""
    after = re.match(r"\s*([\w'’-]+)?", text[span[1] : span[1] + 30])
    following = after.group(1) if after else None
    if following and (following.lower() not in NOT_A_NOUN or NUMBER.fullmatch(following)):
        return False  # "Twenty one": the figure goes on
    before = [w.lower() for w in _WORD.findall(text[max(start, span[0] - 40) : span[0]])[-2:]]
    if before and before[-1] == "of":
        before = before[:-1]
    return bool(before) and stem(before[-1]) in asked and before[-1] not in STOPWORDS


_THEN_VERB = re.compile(
    rf"\s+(?:(?:{_alternatives(AUXILIARIES)}|been|reportedly|later|eventually)\s+)*([a-z][\w-]*)\b"
)


def _subject_of_asked(text: str, span: tuple[int, int], asked: frozenset[str]) -> bool:
    """A number with no noun of its own that is the subject of the question's verb counts what the question
    asks: "Four thousand emigrated to the colonies" for "how many Huguenots emigrated?", "5,000 to 30,000
    were killed" for "how many were killed?" (a past form, after any auxiliaries)."""
    then = _THEN_VERB.match(text, span[1])
    word = then.group(1) if then else ""
    past = word.endswith("ed") or word in IRREGULAR_PAST
    return past and stem(word) in asked


WHOLE_WORDS = frozenset(stem(w) for w in lexicon.lower_words("whole_words"))
"""Question words that ask for a whole ("in total"), so a part ("260 of the 352 votes") does not count."""


_COUNT_BEFORE = re.compile(
    r"\b\d[\d,.]*\s+([a-z]+)\b(?:[^;:.()]|(?<=\d)[.,](?=\d)){0,100}?(?:,\s+(?:and\s+)?|\s+and\s+)$"
)
_ITEM_END = re.compile(r"\s*(?:[,;.)]|$|\s(?:on|in|at|by|for|during|and)\b)")


def _listed_after_count(text: str, start: int, span: tuple[int, int], head: str) -> bool:
    """ "cancel approximately 65 flights on Thursday, 180 on Friday ... and 15 on Monday": a bare figure
    listed after a count of the asked noun in its clause counts it too, the noun left out (the figure is
    followed by no noun of its own)."""
    before = _COUNT_BEFORE.search(text, max(start, span[0] - 120), span[0])
    return bool(before and stem(before.group(1)) in heads(head) and _ITEM_END.match(text, span[1]))


def _counts(
    article: Article, sentence: Sentence, span: tuple[int, int], head: str, whole: bool, asked: frozenset[str]
) -> bool:
    """Does the figure count the asked noun: "315 gift cards", "a 52-count complaint", a counter noun
    ("162 times"), the noun a few words before ("jobs growth averaged 178,000"; people of a kind for "how
    many people": "60,000 European settlers, compared with 2 million") unless the figure has a
    unit of its own ("three days"); a part of a whole ("21 of the 276 schoolgirls") unless the question
    asks for the `whole`; a date range counts days ("March 25-29")."""
    figure = article.text[span[0] : span[1]].lower()
    is_date = any(t.start == span[0] and t.end == span[1] for t in article.dates)
    part = _PART_OF.match(article.text[span[1] : span[1] + 40])
    if (
        part and not is_date and not whole and not re.fullmatch(r"one|1", figure)
    ):  # "21 of the 276 schoolgirls" counts
        return bool(_counted(article.text, span[1] + part.end(), head))  # schoolgirls, "21 of them" none
    if is_date or part:
        return is_date and head in TIME_UNIT_STEMS  # "one of the passengers" counts no passengers
    if _counted(article.text, span[1], head) or _listed_after_count(article.text, sentence.start, span, head):
        return True
    joined = _JOINED_NOUN.match(article.text, span[1])
    if joined and stem(joined.group(1).lower()) in heads(head):
        return True  # "a four-valve engine" has four valves
    unit = stem(re.split(r"[\s-]", figure)[-1])
    if unit in heads(head) or unit in COUNTER_NOUNS:  # "play 162 times" counts the games played
        return True
    if unit in MEASURE_UNIT_STEMS or unit in TIME_UNIT_STEMS:
        return False  # "three days per week" measures time, it counts no employees
    if _bare_after_asked(article.text, sentence.start, span, asked) or _subject_of_asked(
        article.text, span, asked
    ):
        return True
    before = re.findall(r"[\w'’-]+", article.text[max(sentence.start, span[0] - 60) : span[0]])[-6:]
    return any(stem(word.lower()) in heads(head) or _people_of(word, head) for word in before)


_JOINED_NOUN = re.compile(r"-([a-z]+)\b")
"""A noun joined to its figure by a hyphen, the pair modifying another noun: "a four-valve engine"."""
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those|them|its|their)\b(?:\s+[\w-]+['’]s?(?=\s))?")
"""A part of a whole: "21 of the 276 schoolgirls", "3.8 mln of the company's 10.1 mln shares"."""


FigureKind = Literal["count", "money", "percent", "unit", "score", "time", "length", "any"]
QUANTITY_NOUNS = {
    kind: frozenset(stem(w) for w in nouns) for kind, nouns in lexicon.by_kind("quantity_nouns").items()
}
"""kind -> stems of the nouns whose "what is the …" question wants that kind of figure."""
CHANGE_STEMS = frozenset(
    stem(f) for lemma in lexicon.words("change_words") for f in lexicon.verb(lemma).words()
)
_MEASURE = re.compile(r"^how (?:big|large|tall|high|low|far|fast|long|deep|wide|heavy|hot|cold|strong)\b")
_ABOUT = r"(?:about|nearly|almost|more than|less than|roughly|some|just|over)"
_BY = re.compile(rf"\b(?:by|up|down)\s+(?:{_ABOUT}\s+)?$")
_TO = re.compile(rf"\b(?:to|at|from|of)\s+(?:(?:{_ABOUT}|a|an)\s+)?$")
_FROM_LEVEL = re.compile(r"\bfrom\s+$")
"""The first level of a move "from X to Y": the earlier one, no answer to what the level is (the earlier
period is asked by `_PRIOR`)."""
EARLIER_LEVEL_WEIGHT = 2.0
"""What it costs a figure to be the first level of "from X to Y" ("sales dropped from 600 mln dlrs to 230
mln dlrs"): more than the asked measure named before it ("sales ... from") weighs, which the second level,
written after the first, does not get; so "what were sales after the decline?" answers 230."""
WHOLE_WEIGHT = 1.0
"""What it costs a figure to be the whole a part is counted "out of", unless the question asks a total."""
_OUT_OF = re.compile(r"\bout\s+of\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:{_ABOUT}\s+)?$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def measures_change(text: str, span: tuple[int, int]) -> bool:
    """Is the figure at `span` a change, not a level: after "by", "up" or "down" ("up 3%"), right after a
    change verb ("fell 46%", "has grown 4.2%"), or right before a change noun ("an 18% jump")?
    change_words.txt in every inflection; "rose 12% to $4.5m" gives the change "12%", the level "$4.5m"."""
    before = text[max(0, span[0] - 30) : span[0]]
    if _BY.search(before):
        return True
    words = (_WORD_BEFORE.search(before), _WORD_AFTER.match(text, span[1], span[1] + 20))
    return any(found is not None and stem(found.group(1)) in CHANGE_STEMS for found in words)


@dataclass(frozen=True)
class Expected:
    """What figure a quantity question wants: its kind, the noun it counts, a change or a level."""

    kind: FigureKind = "any"
    counted: str | None = None
    """Stem of the counted noun ("how many gift cards" -> "card"); a count must be followed by it."""
    change: bool = False
    """ "how much did profit rise?": the figure after "by", not the new level after "to"."""


_HOW_FAR = re.compile(r"\bhow (?:far|tall|deep|wide)\b")
"""A length: "how far is the yard from the state house?" wants "about 3 miles", not "209-acre"."""
_UP_OR_DOWN = re.compile(r"\b(?:up|down)\b")
_HOW_MUCH_TIME = re.compile(r"\bhow much (?:time|longer|later|earlier|sooner)\b")


_MARGIN = re.compile(r"\bhow much (?:over|above|below|under)\b")
"""A margin over a level ("how much over the market price did they pay?"): a difference, which a rate
gives as well as an amount ("about 20 pct over the market price"), like a change."""


def expected(question_text: str) -> Expected:
    """The figure a question asks for, from its words: "how many N" a count of N, "how much" a figure with
    a unit (money, a rate, a measure), "what is the price" money, "what is the rate" a rate."""
    low = question_text.lower()
    asked = {stem(t) for t in tokens(low)}
    change = bool(asked & CHANGE_STEMS) or bool(_MARGIN.search(low))
    counted = counted_noun(low)
    if counted is not None or re.search(r"\bhow many\b", low):
        return Expected("count", counted, change)
    if asked & QUANTITY_NOUNS["score"]:  # "what was the final score?": "30-20"
        return Expected("score", None, change)
    if _PER_SHARE.search(low):  # "earnings per share": money for each share, not a share of anything
        return Expected("money", None, change)
    rate = asked & PERCENT_WORDS
    if _HOW_MUCH_OF.search(low):  # "how much of his lung was removed?": "half of his right lung"
        return Expected("percent", None, change)
    if rate == {_FAST} and not change:  # "how fast did the storm move": a speed, not a growth rate
        return Expected("unit", None, change)
    if rate:  # "how high has the bank raised rates": a rate (or else an amount)
        return Expected("percent", None, change)
    if asked & MONEY_WORDS or asked & QUANTITY_NOUNS["money"] or _reported(asked, low):
        return Expected("money", None, change)
    if _HOW_FAR.search(low) and not change and not _UP_OR_DOWN.search(low):  # not "how far were sales down?"
        return Expected("length", None, change)
    if _HOW_MUCH_TIME.search(low):  # "how much earlier did the season begin?": "about a month"
        return Expected("time", None, change)
    if re.search(r"\bhow much\b", low) or _MEASURE.search(low):
        return Expected("unit", None, change)
    return Expected("any", None, change)


_HOW_MUCH_OF = re.compile(r"\bhow much of\s+(?!an?\b)")
"""A part of a whole is asked ("how much of the budget was spent?"): a share ("a third", "40%"), as "what
share"; not "how much of a role", a degree."""


def _reported(asked: set[str], low: str) -> bool:
    """ "What were sales the prior year?": a reported amount, money; not "how far were sales down?"."""
    return bool(asked & QUANTITY_NOUNS["result"]) and not _MEASURE.search(low)


SCORE = Expected("score")
"""What a score question wants: a result written as two numbers."""


def _a_time(figure: str) -> bool:
    """ "the last five months", "three years": a stretch of time (time_units.tsv), no amount."""
    words = figure.lower().split()
    last = words[-1].rstrip(".") if words else ""
    counted = any(c.isdigit() for c in "".join(words[:-2]))
    if len(words) > 1 and (words[-2] in {"per", "each"} or (words[-2] in {"a", "an"} and counted)):
        return False  # "2.2 mln barrels per day", "$10.50 an hour": a rate, counted in time
    return time_noun(last)


def fits(figure: str, want: Expected, counted: bool = False) -> bool:
    """Is this figure of the asked kind? A decade or a bare "two" is no answer to "how much"; a fraction
    counts only when the asked noun follows it ("10.5 floors")."""
    if _WORDED_SHARE.fullmatch(figure.strip()):
        return want.kind in {"percent", "count", "any"}  # "a quarter" of citizens: a share, or a count
    if want.kind == "money":  # a change of an amount is often a rate: "a 20 pct improvement in profit"
        return _is_money(figure) or (want.change and _is_percent(figure))
    if want.kind == "percent":  # "how fast did it grow": a rate, or else an amount ("rose $2 million")
        return _is_percent(figure) or _is_money(figure)
    if want.kind == "score":
        return bool(_SCORE.fullmatch(figure.strip()))
    if want.kind == "time":
        return _a_time(figure)
    if want.kind == "length":
        return is_length(figure)
    if want.kind == "unit":  # "19 inches", "10,000 m2"; a number word alone ("Hundreds") measures nothing
        measured = len(figure.split()) > 1 and bool(re.search(rf"[a-z]{{2,}}\.?$|{_ONE_UNIT}$", figure, re.I))
        measured = measured or bool(_MEASURE_COMPOUND.search(figure.lower()))
        return _is_money(figure) or _is_percent(figure) or (measured and not _a_time(figure))
    if want.kind == "count":  # things are counted in whole numbers: "99.94" counts no runs; "45 million"
        # (copies) is a count, "$45 million" is not
        whole = "/" not in figure and (  # "11-5/8" is a price in fractions, no count
            counted
            or not re.match(r"\d[\d,]*\.\d", figure)
            or bool(re.search(rf"\b(?:{_MULTIPLIER})\b", figure, re.IGNORECASE))
        )
        return (
            whole and not CURRENCY_MARK.search(figure) and not _is_percent(figure)
        )  # "1,880,376 dlrs" counts no deposits
    return True


OWNER_WEIGHT = 2.0
"""What it weighs that a figure is written right after the name the question asks about."""
_OWNER = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)(?:\s+(?:with|on|had|has|got|won))?\s+$")
"""A name right before a figure, or before "with" (or "on", "had", "got" …) and the figure: "Labour with 35
pct", "Labour on 35 pct"; not "Slater Street and 1.5 floors"."""


def _owned(
    text: str, sentence: Sentence, spans: list[tuple[int, int]], question_text: str
) -> dict[tuple[int, int], int]:
    """In a list of figures each written after its own name ("the Conservatives with 41 pct of the vote,
    Labour with 35 pct and the Alliance with 21 pct"), +1 for the figure after a name the question asks
    about and -1 for those after another name; nothing when no figure follows an asked name."""
    asked = {stem(w.lower()) for w in _WORD.findall(question_text)[1:] if w[0].isupper()}
    owner: dict[tuple[int, int], str] = {}
    for span in spans:
        found = _OWNER.search(text[max(sentence.start, span[0] - 40) : span[0]])
        if found and found.start(1) + max(sentence.start, span[0] - 40) > sentence.start:
            owner[span] = stem(found.group(1).lower())
    if not asked & set(owner.values()):
        return {}
    return {span: 1 if name in asked else -1 for span, name in owner.items()}


MONTHS = lexicon.kind("calendar", "month")
WEEKDAYS = lexicon.kind("calendar", "weekday")
_TIME_NAMES = MONTHS | WEEKDAYS
_TIME_WORD = re.compile(r"\b(?:[A-Za-z]+|(?:1[89]|20)\d\d)\b")


def _times(text: str) -> frozenset[str]:
    """The months, weekdays and years a text names, lower-case: "in January", "on Friday", "1986"."""
    return frozenset(w.lower() for w in _TIME_WORD.findall(text) if w.lower() in _TIME_NAMES or w.isdigit())


def _dated_after(article: Article, sentence: Sentence, span: tuple[int, int]) -> frozenset[str]:
    """The month or year written right after a figure ("3.8 mln bpd in January"), inside its clause, and
    the date keys it resolves to (`timex.date_keys`: "3.5 mln bpd last month" in March is February's)."""
    after = _CLAUSE.split(article.text[span[1] : min(sentence.end, span[1] + 25)])[0]
    near = after.split()[:3]
    reach = span[1] + (after.find(near[-1]) + len(near[-1]) if near else 0)
    keys = (date_keys(t.value, t.begin, t.until) for t in article.dates if span[1] <= t.start < reach)
    return _times(" ".join(near)).union(*keys)


_PRIOR = re.compile(rf"\b(?:{_alternatives(lexicon.lower_words('prior_periods'))})\b", re.IGNORECASE)
"""A period before the reported one: "the year earlier", "the prior year", "year-ago" (prior_periods.txt)."""


def _prior(text: str, sentence: Sentence, span: tuple[int, int]) -> bool:
    """Is the figure the earlier one of a pair: a prior period written after it in its clause, before the
    next figure ("a profit of 64.2 mln dlrs in the year earlier"), or just before it ("a year-ago loss of
    5 mln dlrs")?"""
    after = re.split(r"\d", _CLAUSE.split(text[span[1] : min(sentence.end, span[1] + 45)])[0])[0]
    before = _CLAUSE.split(text[max(sentence.start, span[0] - 30) : span[0]])[-1]
    return bool(_PRIOR.search(after) or _PRIOR.search(before))


CURRENCY_STEMS = frozenset(stem(word) for word in CURRENCY_WORDS)


def _asked_marks(question: list[Concept]) -> frozenset[str]:
    """The currency signs of the currencies the question names ("in pounds" -> "£", synonyms.tsv): a figure
    written with one is in the asked currency."""
    return frozenset(
        a[0] for c in question if c[0][0] in CURRENCY_STEMS for a in c if len(a) == 1 and a[0] in "$£€"
    )


def best_figure(
    article: Article,
    sentence: Sentence,
    spans: list[tuple[int, int]],
    question: list[Concept],
    question_text: str,
    index: SentenceIndex,
    want: Expected | None = None,
) -> tuple[int, int] | None:
    """The figure that answers: of the asked kind (a count followed by its noun), with most
    (idf-weighted) question words in its clause, a change after "by" when a change is asked."""
    want = want or expected(question_text)
    asked = frozenset(stem(t) for t in tokens(question_text))
    whole = bool(asked & WHOLE_WORDS)
    best: tuple[float, tuple[int, int]] | None = None
    owners = _owned(article.text, sentence, spans, question_text)
    # a count's noun is what it counts, no measure: "how many shares" is no share of anything
    measure = None if want.kind == "count" else _asked_measure(question_text, named=True)
    written, meant = _times(question_text), {key for _, _, key in asked_dates(question_text, article)}
    asked_times = written | meant
    one = len(written) == 1 or len(meant) == 1
    dated = [
        sp
        for sp in spans
        if one and _dated_after(article, sentence, sp) & asked_times and _of_kind(article.text, sp, want)
    ]
    spans = dated or spans  # "3.5 mln bpd last month from 3.8 mln bpd in January": the asked month's figure
    if one and not dated and written & MONTHS:  # "rose 0.3% ... from a revised 0.6% increase in October"
        spans = [sp for sp in spans if not _dated_after(article, sentence, sp) & MONTHS] or spans
    if _PRIOR.search(question_text):  # "what was the profit the year before?": the pair's earlier figure
        spans = [sp for sp in spans if _prior(article.text, sentence, sp)] or spans
    totals = bool(asked & TOTAL_NOUNS) and not _PER_SHARE.search(question_text.lower())
    marks = _asked_marks(question)
    for span in spans:
        figure = article.text[span[0] : span[1]]
        if figure.lower() in question_text.lower():
            continue  # "the two developers": a number the question names is not its answer
        if want.kind == "money" and _measure_left_out(article.text, sentence, span):
            continue
        if totals and _per_share(article.text, sentence, span):
            continue  # "how much revenue": not "1.19 dlrs per share"

        if not fits(figure, want, counted=_whole_count(article.text, span[1], want.counted)) and not (
            _bare_change(article.text, span, want) or _time_of_money(article.text, span, want) is not None
        ):
            continue
        if want.counted and not _counts(article, sentence, span, want.counted, whole, asked):
            continue
        have = frozenset(stem(t) for t in tokens(_clause_of(sentence, span)))
        if _another_measure(article, sentence, span, question_text, have):
            continue
        score = sum(_weight(c, have, index) for c in question)
        score += OWNER_WEIGHT * owners.get(span, 0)
        named = named_measure(article, sentence, span) if measure else None
        if measure is not None and named is not None and named[0] == measure[0]:
            score += 1.0  # "a 69.13 mln dlr loss" for "what was the loss?"
        before = article.text[max(0, span[0] - 30) : span[0]]
        if want.kind == "length" and _measured_to_asked(article.text, span, sentence, asked):
            score += MODIFIER_WEIGHT
        if want.kind == "percent" and _is_percent(figure):
            score += 1.0
            if _share_of_asked(article.text, span, asked):
                score += MODIFIER_WEIGHT
        if marks and any(mark in figure for mark in marks):
            score += 1.0  # "in pounds": "£59,000", not the "$110,000" before it
        valued = _VALUE_OF.search(before)
        if valued and any(stem(valued.group(1).lower()) in c[0] for c in question):
            score += 1.0  # "a budget of $17.65 billion": the asked noun's value
        if _BY.search(before):
            score += 1.0 if want.change else -1.0
        elif want.change and _TO.search(before):
            score -= 1.0
        if _FROM_LEVEL.search(before) and _RANGE.match(article.text[span[1] : span[1] + 40]):
            score -= EARLIER_LEVEL_WEIGHT
        if _OUT_OF.search(before) and not whole:
            score -= WHOLE_WEIGHT  # "out of 1,178,914 inhabitants 833,500 were …": the part answers
        noun_end = _counted(article.text, span[1], want.counted) if want.counted else None
        if want.counted and noun_end is not None:
            if _modified_by_asked(article.text, noun_end, want.counted, asked):
                score += MODIFIER_WEIGHT
            if _counted_as_asked(article.text, span, noun_end, want.counted, asked):
                score += MODIFIER_WEIGHT
        if best is None or score > best[0]:
            best = (score, span)
    if best is None:
        return None
    in_time = _time_of_money(article.text, best[1], want)
    if in_time is not None:  # "nine weeks of pay"
        return _qualified(article.text, best[1][0], in_time)
    return _unasked_rate(article.text, _extend(article, best[1], want.counted), question_text)


_OPENS_BRACKET = re.compile(r"\s*\(\s*$")


def _conversion(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is the figure a bracketed conversion of the figure right before it ("The 101 meter (330 foot) long
    vessel")? The story's own figure answers."""
    return any(end <= span[0] and _OPENS_BRACKET.fullmatch(text, end, span[0]) for _, end in spans)


MODIFIER_WEIGHT = 1.0
"""What it weighs that the question's verb modifies the figure's own counted noun: in "Twenty one of the 276
schoolgirls kidnapped by Boko Haram have been freed", "kidnapped" follows "276 schoolgirls", so "how many
schoolgirls were kidnapped?" is answered by 276, while "how many were freed?" keeps the first figure."""
_RELATIVE = re.compile(
    rf"\s+([a-z][\w-]*)\s+(?:{_alternatives(lexicon.lower_words('prepositions'))})\s[^,;]{{0,60}}?"
    rf"\b(?:{_alternatives(AUXILIARIES)})\b"
)
"""A participle, its preposition and, within the clause, an auxiliary: "kidnapped by Boko Haram militants
have", "trapped in the shaft were"."""


_MEASURED_TO = re.compile(r"(?:\s*\([^()]{1,30}\))?((?:\s+(?!and\b|or\b)[\w’'-]+){1,4})")


def _measured_to_asked(text: str, span: tuple[int, int], sentence: Sentence, asked: frozenset[str]) -> bool:
    """Does a distance run on to a place the question names: of "260 kilometres (160 mi) from the Baltic
    Sea and 300 kilometres from the Carpathian Mountains", "300" for "how far is it from the Carpathian
    Mountains?" (the words up to an "and" or a comma, past a bracketed conversion)."""
    after = _MEASURED_TO.match(text[span[1] : sentence.end])
    named = {stem(t) for t in tokens(after.group(1))} - STOPWORDS if after else set()
    return bool(named & asked)


_SHARE_NOUN = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([A-Za-z][\w’'-]*)")


def _share_of_asked(text: str, span: tuple[int, int], asked: frozenset[str]) -> bool:
    """Is a share followed by the noun the question asks the share of: of "5% Greek orthodox Christians
    and 2.8% Protestants", "2.8%" for "what percentage were Protestant?"; "8% of voters" too."""
    after = _SHARE_NOUN.match(text, span[1])
    word = after.group(1).lower() if after else ""
    return bool(word) and word not in NOT_A_NOUN and stem(word) in asked


def _counted_as_asked(
    text: str, span: tuple[int, int], noun_end: int, head: str, asked: frozenset[str]
) -> bool:
    """Does a word between the figure and its counted noun (ending at `noun_end`) name what the question
    counts: of "4 Han Tumens and 3 Khitan Tumens", "3" for "how many Khitan Tumens?"."""
    between = {stem(t) for t in tokens(text[span[1] : noun_end])} - heads(head)
    return bool(between & asked)


def _modified_by_asked(text: str, noun_end: int, head: str, asked: frozenset[str]) -> bool:
    """Is the figure's counted noun (ending at `noun_end`) followed by a past participle of the question's
    verb, a reduced
    relative clause that says which ones it counts ("276 schoolgirls kidnapped by militants have been
    freed")? The participle takes a preposition and an auxiliary follows, the sentence's own verb: "Nine
    of the 40 climbers reached the summit" has a past tense, the part's verb. Not an -ing form: "3.8 mln
    of the company's 10.1 mln shares changing hands" has the part change hands, not the whole."""
    following = _RELATIVE.match(text, noun_end)
    if following is None:
        return False
    word = following.group(1)
    participle = word.endswith("ed") or word in IRREGULAR_PAST
    return participle and stem(word) in asked and stem(word) not in heads(head)


TOTAL_NOUNS = frozenset(stem(w) for w in lexicon.lower_words("total_nouns"))
"""Money a company reports as a whole only (total_nouns.txt): "how much revenue" asks for no per-share
figure."""
_SHARE_RATE = re.compile(r"\s+(?:per|a)\s+(?:share|shr)\b", re.IGNORECASE)
_ELIDED = re.compile(r"^[^.;]{0,60}?(?:,\s*|\s)(?:and|or|against|from|versus|vs)\s+$")
"""What joins a per-share figure to the next amount of the same kind: "for the full year, and", "against"."""


def _per_share(text: str, sentence: Sentence, span: tuple[int, int]) -> bool:
    """Is the figure an amount for each share: "1.19 dlrs per share", or a bare amount of money written
    in the same sentence after one, its rate left out ("earned 1.19 dlrs per share for the year, and 2.58
    dlrs in the fourth quarter")? Such a figure answers a per-share question only, not "how much revenue"."""
    if _SHARE_RATE.match(text, span[1]) or _SHARE_RATE.search(text[span[0] : span[1]]):
        return True
    figure = text[span[0] : span[1]]
    if not CURRENCY_MARK.search(figure) or re.search(rf"\b(?:{_MAGNITUDE})\b|\d(?:m|bn|tn)\b", figure, re.I):
        return False
    return _unit_left_out(text, sentence, span, _SHARE_RATE)


def _unit_left_out(text: str, sentence: Sentence, span: tuple[int, int], unit: re.Pattern[str]) -> bool:
    """Is the figure written after one with `unit` in its sentence, joined to it by a link (`_ELIDED`)
    and no other figure, so that it leaves that unit out: "1.19 dlrs per share for the full year, and
    2.58 dlrs", "fell to 1.1 mln bpd from 1.2 mln in January"?"""
    before = text[sentence.start : span[0]]
    return any(
        _ELIDED.match(before[found.end() :]) and not re.search(r"\d", before[found.end() :])
        for found in unit.finditer(before)
    )


_MEASURED = re.compile(rf"\d{_ONE_UNIT}|\b(?:{_MAGNITUDE}){_ONE_UNIT}", re.IGNORECASE)
"""A figure with a unit of measure ("1.1 mln bpd", "9.7 mln hectares"), no money."""


def _measure_left_out(text: str, sentence: Sentence, span: tuple[int, int]) -> bool:
    """ "How much did Saudi Arabia earn?": "1.2 mln" in "fell to 1.1 mln bpd from 1.2 mln" is barrels a day,
    its unit left out, not an amount of money as a bare magnitude otherwise is (`_is_money`)."""
    figure = text[span[0] : span[1]]
    if CURRENCY_MARK.search(figure):
        return False
    return _unit_left_out(text, sentence, span, _MEASURED) or _counts_people_or_items(text, span)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def _counts_people_or_items(text: str, span: tuple[int, int]) -> bool:
    """ "More than 40 million Americans are eligible", "sold 2 million copies": a bare magnitude before
    people (people_nouns.txt, a plural demonym) or a counter noun counts them; no amount of money."""
    word = _NEXT_WORD.match(text, span[1])
    if word is None:
        return False
    return _people_of(word.group(1), PEOPLE) or stem(word.group(1).lower()) in COUNTER_NOUNS


def _bare_change(text: str, span: tuple[int, int], want: Expected) -> bool:
    """ "How much did youth jobs jump?": a change asked without a unit ("how much" of a count) is answered
    by a bare number that measures a change ("which jumped by 98,700"), which a level without a unit
    (`fits`) is not; a year ("rose in 2019") is none, nor the first end of a range ("by 20–25%": the
    range's unit is the second end's)."""
    figure = text[span[0] : span[1]].rstrip(",.")
    return (
        want.kind == "unit"
        and want.change
        and bool(re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure))
        and not re.fullmatch(r"(?:1[89]|20)\d\d", figure)
        and measures_change(text, span)
        and not _RANGE.match(text[span[1] : span[1] + 40])
        and not re.match(r"\s*[-–]\s*\d", text[span[1] : span[1] + 6])
    )


_OF_NOUN = re.compile(r"\s+of\s+([a-z]+)\b")


def _time_of_money(text: str, span: tuple[int, int], want: Expected) -> int | None:
    """ "How much pay will they miss?": a stretch of time of a money noun ("nine weeks of pay") is an
    amount of money, counted in time; where its money noun ends, the answer's end."""
    noun = _OF_NOUN.match(text, span[1])
    if (
        want.kind == "money"
        and noun is not None
        and _a_time(text[span[0] : span[1]])
        and stem(noun.group(1)) in MONEY_STEMS
    ):
        return noun.end()
    return None


def _of_kind(text: str, span: tuple[int, int], want: Expected) -> bool:
    """Is the figure at `span` of the asked kind (`fits`)? Only such a figure dated with the asked month
    narrows the choice: "fell to 6.6 per cent in May as 88,000 positions were added" still answers "how
    many jobs were added in May?" with the count, not with the rate the month follows."""
    return fits(text[span[0] : span[1]], want, counted=_whole_count(text, span[1], want.counted))


_RATE_END = re.compile(rf"{_RATE}$", re.IGNORECASE)


def _unasked_rate(text: str, span: tuple[int, int], question_text: str) -> tuple[int, int]:
    """A span without the rate the question already names: "42 cents" for "what were earnings per share?"
    ("42 cents a share" otherwise)."""
    rate = _RATE_END.search(text[span[0] : span[1]])
    if rate is None:
        return span
    unit = rate.group().split()[-1].lower()
    named = re.search(rf"\b(?:per|an?)\s+{re.escape(unit)}\b", question_text, re.IGNORECASE)
    return (span[0], span[0] + rate.start()) if named and rate.start() else span


MONEY_STEMS = QUANTITY_NOUNS["money"] | QUANTITY_NOUNS["result"] | MONEY_WORDS
"""Stems of the words that name an amount of money ("profit", "revenue", "price", "fine")."""
RATE_STEMS = QUANTITY_NOUNS["percent"] | PERCENT_WORDS


_LINK_WORDS = (
    frozenset(stem(w) for w in (*STOPWORDS, *(w for q in FIGURE_QUALIFIERS for w in q.split())))
    | CHANGE_STEMS
)
"""Words between a measure and its figure: "rate drops to 6.6%", "revenues of close to $10 billion"."""


def _measure(words: list[str], at: int | None) -> tuple[str, str] | None:
    """The stem of the money or rate noun at `at` and of its lower-case modifier: "Canada's unemployment
    rate" -> ("rate", "unemploy"), "how much profit" -> ("profit", ""); none when the noun is the unit of
    another figure ("0.1 percentage points"). An "-ed" word is no modifier ("an estimated cost")."""
    if at is None or (at and words[at - 1][0].isdigit()):
        return None
    before = words[at - 1] if at else ""
    plain = before.islower() and before not in STOPWORDS and not before.endswith("ed")
    return stem(words[at].lower()), stem(before) if plain else ""


def _is_measure(word: str) -> bool:
    return stem(word.lower()) in MONEY_STEMS | RATE_STEMS


def _asked_measure(question_text: str, *, named: bool = False) -> tuple[str, str] | None:
    """What the question measures: the noun after "how much" ("how much profit"), else the last money or
    rate noun of a "what" question ("what is Canada's inflation rate?"); "how much did they spend" names
    none (a verb). `named`: also the last such noun of a "how" question ("how big was Tarn's loss?")."""
    words = _WORD.findall(question_text)
    low = [w.lower() for w in words]
    if "how" in low[:3]:
        at = low.index("how") + 2
        if at < len(words) and _is_measure(words[at]):
            return _measure(words, at)
        if not named:
            return None
    return _measure(words, next((i for i in reversed(range(len(words))) if _is_measure(words[i])), None))


def _figure_measure(before: list[str]) -> tuple[str, str] | None:
    """The money or rate noun the figure is the value of, linked to it by small words only: "the
    unemployment rate drops to", "revenues of close to"; not "the bill sets aside"."""
    for at in reversed(range(len(before))):
        if _is_measure(before[at]):
            return _measure(before, at)
        if stem(before[at].lower()) not in _LINK_WORDS:
            return None
    return None


def named_measure(article: Article, sentence: Sentence, span: tuple[int, int]) -> tuple[str, str] | None:
    """The money or rate noun a figure is the value of: linked before it ("revenues of close to $10
    billion"), else right after it, as wire copy writes ("a 57.1 mln dlr profit")."""
    named = _figure_measure(_WORD.findall(article.text[max(sentence.start, span[0] - 50) : span[0]])[-6:])
    if named is None:
        after = _WORD.findall(article.text[span[1] : min(sentence.end, span[1] + 30)])[:1]
        named = _measure(after, 0) if after and _is_measure(after[0]) else None
    return named


def _another_measure(
    article: Article, sentence: Sentence, span: tuple[int, int], question_text: str, have: frozenset[str]
) -> bool:
    """Does the figure measure another thing than the question asks: "the unemployment rate drops to 6.6%"
    for "what is the inflation rate?" (the same noun, another modifier), "revenues of close to $10 billion"
    for "how much profit" (another amount of money)? Only when the clause lacks the asked words."""
    asked = _asked_measure(question_text)
    if (
        asked is not None
        and asked[0] in MONEY_STEMS
        and asked[0] not in have
        and _valued_other(article.text, span, question_text)
    ):
        return True
    named = named_measure(article, sentence, span)
    if asked is None or named is None:
        return False
    if asked[0] == named[0]:
        return bool(asked[1] and named[1] and asked[1] != named[1] and asked[1] not in have)
    return asked[0] in MONEY_STEMS and named[0] in MONEY_STEMS and asked[0] not in have


_WORD = re.compile(r"[\w’'-]+")


def _valued_other(text: str, span: tuple[int, int], question_text: str) -> bool:
    """Is the figure the value of a noun the question does not name: "total assets of 5.3 trillion yuan"
    for "what were ICBC's profits?" ("a total of", "some of" name no other thing)."""
    valued = _VALUE_OF.search(text[max(0, span[0] - 30) : span[0]])
    if valued is None or not valued.group(1).islower():
        return False
    noun = stem(valued.group(1))
    asked = {stem(t) for t in tokens(question_text)}
    return noun not in asked and noun not in _LINK_WORDS and noun not in QUANTITY_NOUNS["any"]


_VALUE_OF = re.compile(r"([\w-]+)\s+of\s+(?:about\s+|nearly\s+|around\s+|some\s+|almost\s+)?$", re.IGNORECASE)

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


_TIME_UNIT_NAMES = "|".join(sorted(TIME_UNITS, key=lambda u: (-len(u), u)))
_DURATION = re.compile(
    r"\b(?:(?:at least|about|around|nearly|almost|more than|less than|up to|over|some|roughly)\s+)?"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+(?:\.\d+)?)"
    r"(?:\s(?:hundred|thousand))?"
    rf"[\s-](?:{_TIME_UNIT_NAMES})s?\b",
    re.IGNORECASE,
)
"""A length of time: "eight days", "about a decade", "30-year", "four hours", "three hundred years"."""


_SMALL_NUMBERS = "|".join(
    sorted((w for _, w, *_ in lexicon.rows("numbers") if " " not in w), key=len, reverse=True)
)
_RANGE_BEFORE = re.compile(
    rf"(?:(?<!\bfrom\s)(?<!\bby\s)(?<![\w.,-])(?:between\s+(?:\d[\d,.]*|{_SMALL_NUMBERS})\s+and|"
    rf"(?:[$£€]?\d(?:[\d,.]*\d)?(?:/(?:{_PER})\b)?|{_SMALL_NUMBERS})\s*(?:to|or|–|-)|(?:\d[\d,.]*)\s*(?:–|-))"
    r"|(?<![\w.,-])\d[\d,.]*[–-])\s*$",
    re.IGNORECASE,
)
"""The first end of a range before a figure: "12 to" of "12 to 15 million", "five to" of "five to ten
years", "four or" of "four or five", "$12/month or" of "$12/month or $80/year", "200–" of "200–300", also
after "by" or "from" when written with a dash ("by 7–10%"); not a change ("from 5% to 7%", "by 2030 to 32
percent"), nor a year before a figure that is no year, nor a figure a comma ends ("over 60, or £300")."""


def _qualified(text: str, start: int, end: int) -> tuple[int, int]:
    """A span with the qualifier and the range's first end before it: "about a decade", "at least a
    year", "five to ten years"."""
    ranged = _RANGE_BEFORE.search(text[max(0, start - 30) : start])
    year = re.compile(r"(?:1[5-9]|20)\d\d\b")
    if ranged and bool(year.search(ranged.group())) <= bool(year.match(text, start)):
        start -= len(ranged.group())
    qualifier = _QUALIFIER.search(text[max(0, start - 20) : start])
    return (start - len(qualifier.group()) if qualifier else start), end


def _compound(units: frozenset[str]) -> re.Pattern[str]:
    """A figure written as a compound modifier with one of the units, singular: "a 101-meter ship", "the
    300-foot tower", "her family's 6,000-hectare estate"."""
    singulars = {u.removesuffix("s") for u in units if " " not in u and not u.endswith(".")} | units
    return re.compile(r"\d-(?:" + "|".join(sorted(map(re.escape, singulars), key=len, reverse=True)) + r")$")


_LENGTH_COMPOUND = _compound(LENGTH_UNITS)
_MEASURE_COMPOUND = _compound(MEASURE_UNITS)


def length_spans(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """The figures of the sentence that measure a length: a number with a length unit (measure_units.tsv);
    not a bracketed conversion of the one before ("101 meter (330 foot)")."""
    lengths = [
        (start, end) for start, end in number_spans(article, sentence) if is_length(article.text[start:end])
    ]
    return [span for span in lengths if not _conversion(article.text, span, lengths)]


def is_length(figure: str) -> bool:
    """ "190 kilometers", "5 feet 11 inches", "a 101-meter ship": a figure with a length unit."""
    low = figure.lower().rstrip(".")
    words = low.split()
    return bool(words) and (words[-1] in LENGTH_UNITS or bool(_LENGTH_COMPOUND.search(low)))


def duration_spans(article: Article, sentence: Sentence) -> list[tuple[int, int]]:
    """The durations in a sentence: the date extractor's DURATION expressions, else worded lengths; a worded
    length holding the extractor's whole ("three hundred years" around "hundred years") replaces it."""
    found = [
        _qualified(article.text, t.start, t.end)
        for t in article.dates
        if t.type == "DURATION" and sentence.start <= t.start < sentence.end
    ]
    for match in _DURATION.finditer(sentence.text):
        span = (sentence.start + match.start(), sentence.start + match.end())
        held = [(s, e) for s, e in found if span[0] <= s and e <= span[1]]
        if not any(s < span[1] and span[0] < e for s, e in found) or held:
            found = [f for f in found if f not in held] + [span]
    return sorted(found)
