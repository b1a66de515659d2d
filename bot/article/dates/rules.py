"""The date rules, one record each: name, pattern, handler, the words it can start with, and examples.

Like HeidelTime's `resources/english/rules`: order decides priority (the first rule that matches at a
position and whose handler accepts wins; so longer forms go first). The scanner's trigger words are the
union of every rule's `starts`, so no rule can be unreachable; `tests/article/test_date_rules.py` runs
every example and checks that it starts with one of its rule's words. To add a form: add or extend a
record here (patterns are composed from the fragments in `words.py`), its handler in `handlers.py` if
it needs a new one, and an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from bot.article.dates import handlers
from bot.article.dates.anchoring import Context, Found
from bot.article.dates.words import (
    CLOCK,
    COUNT_MODIFIER,
    DASH,
    DAY,
    DAY_SHIFTS,
    DECADE_WORDS,
    DEICTIC_DAY,
    HOLIDAYS,
    MONTH,
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    ORDINAL,
    ORDINAL_WORDS,
    PART,
    QUANTITY,
    SEASON,
    SEASONS,
    SET_ADVERBS,
    UNIT,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    ZONE,
    alt,
)

Handler = Callable[[re.Match[str], Context], Found | None]

EXAMPLE_ANCHOR = date(2025, 3, 28)
"""The publication date every example is read against (a Friday)."""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    """A regex (case-insensitive); named groups are for the handler, the combined scanner strips them."""
    handler: Handler
    starts: tuple[str, ...]
    """Lower-case words a match can start with; a match may always start with a digit."""
    examples: tuple[tuple[str, str], ...]
    """(text, TIMEX3 value) read on EXAMPLE_ANCHOR: the text holds one expression, found by this rule."""
    note: str = ""

    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, re.I))


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """ "twenty-one" -> "twenty", "new year's day" -> "new", "valentine's day" -> "valentine"."""
    return tuple(sorted({p.split()[0].split("-")[0].removesuffix("'s") for p in phrases}))


_NUMBER_STARTS = _first_words(NUMBER_WORDS)
_HOLIDAY_STARTS = _first_words(HOLIDAYS)
_UNIT_WORDS = (*UNITS, *(f"{unit}s" for unit in UNITS), "centuries")

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?(?![\w-])"
        r"|(?<![\w/.,-])(?P<um>1[0-2]|0?[1-9])/(?P<ud>3[01]|[12]\d|0?[1-9])/(?P<uy>\d{4}|\d{2})(?![\w/])",
        handlers.handle_iso,
        starts=(),
        examples=(
            ("2025-03-14", "2025-03-14"),
            ("on 3/14/2025", "2025-03-14"),
            ("at 2025-03-14T09:30", "2025-03-14T09:30"),
        ),
        note="ISO dates and times, and US numeric dates (3/14/2025).",
    ),
    Rule(
        "time",
        rf"(?:(?P<pday>{WEEKDAY}|{DEICTIC_DAY})(?:\s+(?P<ppart>{PART}))?,?\s+(?:at\s+)?)?"
        rf"(?P<clock>{CLOCK}){ZONE}?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<aday>{WEEKDAY}|{DEICTIC_DAY})|(?P<amonth>{MONTH})\s*(?P<aday2>{DAY})))?",
        handlers.handle_time,
        starts=(*WEEKDAYS, *DAY_SHIFTS, "noon", "midnight"),
        examples=(
            ("at 3 p.m. Friday", "2025-03-28T15:00"),
            ("by 10:30 GMT", "2025-03-28T10:30"),
            ("Monday at noon", "2025-03-24T12:00"),
        ),
        note="A clock time, with its day when one is named next to it.",
    ),
    Rule(
        "range",
        rf"(?P<m1>{MONTH})\s*(?P<d1>{DAY})(?P<sep>{DASH})(?:(?P<m2>{MONTH})\s*)?(?P<d2>{DAY})"
        rf"(?:,?\s+(?P<y>{YEAR}))?"
        rf"|(?<![\w.,$£€])(?P<d3>{DAY})(?P<sep2>{DASH})(?P<d4>{DAY})\s+(?:of\s+)?(?P<m3>{MONTH})"
        rf"(?:,?\s+(?P<y2>{YEAR}))?"
        rf"|(?P<y3>{YEAR})(?P<sep3>\s*(?:-|–|—|/|to|through|until|and)\s*)"
        r"(?P<y4>(?:1[5-9]|20)\d\d|\d\d)(?![\w%]|[.,]\d)"
        rf"|(?P<m5>{MONTH})(?P<sep4>\s*(?:-|–|to|through|until|and)\s*)(?P<m6>{MONTH})(?:,?\s+(?P<y5>{YEAR}))?",
        handlers.handle_range,
        starts=tuple(MONTHS),
        examples=(
            ("March 25-29", "2025-03-25/2025-03-29"),
            ("from 3 to 5 May 2024", "2024-05-03/2024-05-05"),
            ("in 2009-10", "2009/2010"),
        ),
        note='Day, month and year ranges: "March 25-29", "3 to 5 May", "2009-10", "March to May".',
    ),
    Rule(
        "date",
        rf"(?:(?:this\s+)?(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m>{MONTH})\s*(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
        rf"|(?:the\s+)?(?<![\w.,$£€])(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
        rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>{YEAR}))",
        handlers.handle_date,
        starts=(*WEEKDAYS, *MONTHS, "the", "this"),
        examples=(
            ("on March 5, 2024", "2024-03-05"),
            ("the 4th of July 2020", "2020-07-04"),
            ("in March 2024", "2024-03"),
            ("In this Thursday, Dec. 28, 2017 file photo", "2017-12-28"),
        ),
        note='A calendar date or a month with its year; a weekday before it names the same day ("this'
        ' Thursday, Dec. 28" in a photo caption is Dec. 28, not the coming Thursday).',
    ),
    Rule(
        "relmonth",
        rf"(?P<rel>last|next|this)\s+(?P<m>{MONTH})",
        handlers.handle_relmonth,
        starts=("last", "next", "this"),
        examples=(("last June", "2024-06"), ("next April", "2025-04")),
        note='"last June", "next April": a month counted from the anchor.',
    ),
    Rule(
        "part",
        rf"(?:(?P<mod>early|late)\s+)?(?P<day>this|yesterday|tomorrow|last|{WEEKDAY})\s+"
        rf"(?P<part>{PART})(?!\w)"
        r"|(?P<tonight>tonight)(?!\w)",
        handlers.handle_part,
        starts=("early", "late", "this", "yesterday", "tomorrow", "last", "tonight", *WEEKDAYS),
        examples=(
            ("Tuesday morning", "2025-03-25TMO"),
            ("last night", "2025-03-27TNI"),
            ("tonight", "2025-03-28TNI"),
        ),
        note='A part of a named day: "Tuesday morning", "last night", "tonight".',
    ),
    Rule(
        "modified",
        r"(?:the\s+)?(?:(?:very\s+)?"
        r"(?P<pos>end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+"
        r"|(?P<edge>early|late|mid-?|earlier|later)\s*)"
        rf"(?:(?P<rel>(?:this|last|next|the)\s+)?(?P<unit>year|month|week|decade|century|quarter)(?!\w)"
        rf"|(?P<m>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|(?!\.?\s*\d))|(?P<y2>{YEAR})|(?P<wd>{WEEKDAY})(?!\w))",
        handlers.handle_modified,
        starts=(
            "the",
            "very",
            "end",
            "beginning",
            "start",
            "middle",
            "rest",
            "remainder",
            "close",
            "turn",
            "early",
            "late",
            "mid",
            "earlier",
            "later",
        ),
        examples=(("the end of the year", "2025"), ("early March", "2025-03"), ("late 2024", "2024")),
        note='The edge or part of a unit, month, year or weekday: "the end of the year", "early March"'
        ' (a day after the month makes it a date: "released late Dec. 9").',
    ),
    Rule(
        "decade",
        r"(?:the\s+)?(?:(?P<edge>early|mid-?|late)\s*)?"
        r"(?:(?P<dec>(?:1[5-9]|20)\d0)s|['’](?P<short>\d0)s"
        rf"|(?<=the\s)(?P<word>{alt(list(DECADE_WORDS))}))(?!\w)",
        handlers.handle_decade,
        starts=("the", "early", "mid", "late", *DECADE_WORDS),
        examples=(("the 1990s", "199"), ("in the nineties", "199"), ("the '80s", "198")),
        note='Decades: "the 1990s", "the \'80s", "the nineties".',
    ),
    Rule(
        "century",
        rf"(?:(?P<edge>early|mid-?|late)\s*)?(?P<ord>{ORDINAL})[\s-]+century(?!\w)",
        handlers.handle_century,
        starts=("early", "mid", "late", *ORDINAL_WORDS),
        examples=(("the 19th century", "18"), ("the twenty-first century", "20")),
        note='Centuries by their ordinal: "the 19th century".',
    ),
    Rule(
        "season",
        rf"(?:(?P<det>this|last|next|the|early|late|mid-?)\s+)?(?P<s>{SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?!\w)",
        handlers.handle_season,
        starts=("this", "last", "next", "the", "early", "late", "mid", *SEASONS),
        examples=(
            ("last summer", "2024-SU"),
            ("spring 2026", "2026-SP"),
            ("will be ready in the fall", "2025-FA"),
        ),
        note='Seasons with a determiner or a year: "last summer", "spring 2026".',
    ),
    Rule(
        "ago",
        rf"(?:(?P<q>{QUANTITY}|an?)\s+)?(?P<unit>{UNIT})(?P<sep>\s+|-)"
        r"(?P<dir>ago|from\s+now|hence|earlier)(?!\w)",
        handlers.handle_ago,
        starts=(*_NUMBER_STARTS, *VAGUE_QUANTITIES, "a", "an", *_UNIT_WORDS),
        examples=(("two years ago", "2023"), ("three weeks ago", "2025-W10"), ("a year earlier", "2024")),
        note='Units back or ahead: "two years ago", "three days from now", "the year-ago quarter".',
    ),
    Rule(
        "relative",
        rf"(?:the\s+)?(?P<rel>last|past|next|coming|previous|following|this|current|upcoming)\s+"
        rf"(?:(?P<q>{QUANTITY})\s+)?(?P<unit>{UNIT}|weekends?)(?!\w)",
        handlers.handle_relative,
        starts=(
            "the",
            "last",
            "past",
            "next",
            "coming",
            "previous",
            "following",
            "this",
            "current",
            "upcoming",
        ),
        examples=(("last year", "2024"), ("the next two months", "P2M"), ("next week", "2025-W14")),
        note='A unit counted from the anchor ("last year") or a stretch ("the next two months").',
    ),
    Rule(
        "set",
        rf"(?:every|each)\s+(?P<month>{MONTH})(?:\s*(?P<day>{DAY}))?"
        rf"|(?P<adv>{alt(list(SET_ADVERBS))})(?![\w-])"
        rf"|(?:(?P<freq>once|twice|thrice|{NUMBER}\s+times)\s+)?(?P<each>every|each|per|an?)\s+(?:other\s+)?"
        rf"(?:(?P<q>{NUMBER})\s+)?(?P<unit>{UNIT}|{PART}|weekend|{WEEKDAY})(?!\w)",
        handlers.handle_set,
        starts=("every", "each", "once", "twice", "thrice", "per", "a", "an", *SET_ADVERBS, *_NUMBER_STARTS),
        examples=(("every Monday", "XXXX-WXX-1"), ("annually", "XXXX"), ("twice a year", "XXXX")),
        note='Repetition: "every Monday", "annually", "twice a year".',
    ),
    Rule(
        "duration",
        r"(?:(?P<det>an?|the|another)\s+"
        r"(?:(?:mere|full|whole|additional|further|extra|good|remaining|entire)\s+)?)?"
        rf"(?:(?P<q>{QUANTITY})(?P<frac>\s+and\s+a\s+half|\s+1/2|\s*½)?(?:\s+(?:{COUNT_MODIFIER}))?(?P<hy>\s+|-)"
        rf"|(?P<half>half\s+an?\s+|half-))?"
        rf"(?P<unit>{UNIT})(?P<frac2>\s+and\s+a\s+half)?(?![\w])",
        handlers.handle_duration,
        starts=("a", "an", "the", "another", "half", *_NUMBER_STARTS, *VAGUE_QUANTITIES, *_UNIT_WORDS),
        examples=(("for three years", "P3Y"), ("a decade", "P10Y"), ("two and a half hours", "PT2H30M")),
        note='Durations: "three years", "a decade", "two and a half hours".',
    ),
    Rule(
        "word",
        r"(?P<w>today|yesterday|tomorrow|now|currently|nowadays|presently|recently|lately|at\s+present"
        r"|these\s+days|the\s+(?:near\s+|distant\s+|recent\s+)?(?:future|past)"
        r"|recent\s+(?:years|months|weeks|days|decades)"
        r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?!\w)",
        handlers.handle_word,
        starts=(
            "today",
            "yesterday",
            "tomorrow",
            "now",
            "currently",
            "nowadays",
            "presently",
            "recently",
            "lately",
            "at",
            "these",
            "the",
            "recent",
        ),
        examples=(("today", "2025-03-28"), ("recently", "PAST_REF"), ("in the near future", "FUTURE_REF")),
        note='Deictic and vague words: "today", "recently", "the near future".',
    ),
    Rule(
        "weekend",
        r"the\s+weekend(?!\w)",
        handlers.handle_weekend,
        starts=("the",),
        examples=(("over the weekend", "2025-W12-WE"),),
        note='"the weekend": the one just gone, unless the clause looks ahead.',
    ),
    Rule(
        "holiday",
        rf"(?P<h>{alt(list(HOLIDAYS))})(?:\s+(?P<y>{YEAR}))?(?!\w)",
        handlers.handle_holiday,
        starts=_HOLIDAY_STARTS,
        examples=(("will open on Christmas Day", "2025-12-25"), ("New Year's Eve 2024", "2024-12-31")),
        note='Fixed-date holidays: "Christmas Day", "New Year\'s Eve".',
    ),
    Rule(
        "weekday",
        rf"(?:(?P<rel>last|next|this|coming|past|early|late)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?(?!\w)",
        handlers.handle_weekday,
        starts=(
            "last",
            "next",
            "this",
            "coming",
            "past",
            "early",
            "late",
            *WEEKDAYS,
            *(f"{day}s" for day in WEEKDAYS),
        ),
        examples=(("on Monday", "2025-03-24"), ("next Tuesday", "2025-04-01"), ("on Sundays", "XXXX-WXX-7")),
        note='A weekday ("on Monday", "next Tuesday"), or a repeated one ("on Sundays").',
    ),
    Rule(
        "quarter",
        r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th))\s+"
        r"(?P<what>quarter|half)"
        rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?:the\s+|this\s+)?(?P<rel>last\s+|next\s+)?year))?(?!\w)"
        rf"|(?P<adj>first|second|third|fourth)-quarter(?!\w)"
        rf"|(?-i:Q(?P<q>[1-4])|H(?P<h>[12]))(?:\s+(?P<y2>{YEAR}))?(?!\w)",
        handlers.handle_quarter,
        starts=(
            "the",
            "first",
            "second",
            "third",
            "fourth",
            "final",
            "last",
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
        ),
        examples=(
            ("the third quarter of 2024", "2024-Q3"),
            ("Q1 2025", "2025-Q1"),
            ("first-quarter profit fell", "2025-Q1"),
        ),
        note='Quarters and halves of a year: "the third quarter of 2024", "Q1", "first-quarter".',
    ),
    Rule(
        "year",
        rf"(?:(?-i:FY)\s?)?(?P<y>{YEAR})",
        handlers.handle_year,
        starts=("fy",),
        examples=(("in 2019", "2019"), ("in FY 2024", "2024")),
        note='A bare year (a count noun after it makes it a number: "2010 children").',
    ),
    Rule(
        "month",
        rf"(?P<m>{MONTH})",
        handlers.handle_month,
        starts=tuple(MONTHS),
        examples=(("in May", "2025-05"), ("since January", "2025-01")),
        note="A bare month name (an ambiguous one, May or March, needs a cue before it).",
    ),
)

TRIGGERS = frozenset(word for rule in RULES for word in rule.starts)
"""Lower-case words an expression can start with (digits always can): the scanner runs only at these."""
