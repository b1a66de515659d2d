from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article.dates import extract_dates
from bot.article.model import TimeExpression
from bot.article.sentences import segment

FRI = date(2013, 3, 22)  # a Friday
WED = date(2024, 5, 15)  # a Wednesday


def event_covered(text: str, expr: TimeExpression) -> bool:
    """The event is its span's text, or, when a subject was joined across an aside, the span's two ends."""
    assert expr.event_start is not None and expr.event_end is not None
    span = text[expr.event_start : expr.event_end]
    if span == expr.event:
        return True
    words = expr.event.split()
    return span.startswith(words[0]) and span.endswith(words[-1]) and len(expr.event) < len(span)


def run(text: str, anchor: date | None) -> tuple[TimeExpression, ...]:
    _, sentences = segment(text)
    return extract_dates(text, sentences, anchor)


def triples(text: str, anchor: date | None) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in run(text, anchor)]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # absolute dates
        (
            "The treaty was signed on March 28, 2025, in Geneva.",
            FRI,
            [("March 28, 2025", "DATE", "2025-03-28")],
        ),
        ("Talks resumed on 28 March 2019.", FRI, [("28 March 2019", "DATE", "2019-03-28")]),
        ("The filing is dated 2021-11-05.", FRI, [("2021-11-05", "DATE", "2021-11-05")]),
        ("Results were released on Feb. 28.", FRI, [("Feb. 28", "DATE", "2013-02-28")]),
        ("The rally is planned for Dec 3.", FRI, [("Dec 3", "DATE", "2013-12-03")]),
        ("He moved to Paris in January 2011.", FRI, [("January 2011", "DATE", "2011-01")]),
        (
            "The factory opened in 1998 and closed in 2004.",
            FRI,
            [("1998", "DATE", "1998"), ("2004", "DATE", "2004")],
        ),
        ("Prices doubled during the 1990s.", FRI, [("the 1990s", "DATE", "199")]),
        ("It was common for most of the 20th century.", FRI, [("20th century", "DATE", "19")]),
        # months without a year
        ("The programme will run through June.", FRI, [("June", "DATE", "2013-06")]),
        ("Mr. Lee lost the election last May.", FRI, [("last May", "DATE", "2012-05")]),
        ("The outbreak started in early December.", FRI, [("early December", "DATE", "2012-12")]),
        ("Shipments resume in mid-April.", WED, [("mid-April", "DATE", "2024-04")]),
        # relative days and weeks
        ("The minister spoke today.", FRI, [("today", "DATE", "2013-03-22")]),
        ("Police arrested him yesterday.", FRI, [("yesterday", "DATE", "2013-03-21")]),
        ("The court rules tomorrow.", FRI, [("tomorrow", "DATE", "2013-03-23")]),
        ("Inspectors returned on Tuesday.", FRI, [("Tuesday", "DATE", "2013-03-19")]),
        ("The board said Friday it had agreed.", FRI, [("Friday", "DATE", "2013-03-22")]),
        ("The board will vote on Monday.", WED, [("Monday", "DATE", "2024-05-20")]),
        ("The vote was held last Friday.", WED, [("last Friday", "DATE", "2024-05-10")]),
        ("Six deaths were reported in the last week.", FRI, [("the last week", "DATE", "2013-W11")]),
        ("Markets fell sharply this week.", FRI, [("this week", "DATE", "2013-W12")]),
        ("Talks resume next week.", WED, [("next week", "DATE", "2024-W21")]),
        ("The transition took place this month.", FRI, [("this month", "DATE", "2013-03")]),
        ("Last month, the plant closed.", FRI, [("Last month", "DATE", "2013-02")]),
        ("Exports rose last year.", FRI, [("last year", "DATE", "2012")]),
        ("Elections are due next year.", FRI, [("next year", "DATE", "2014")]),
        ("This year, four senators joined.", FRI, [("This year", "DATE", "2013")]),
        ("He bought the firm two years ago.", FRI, [("two years ago", "DATE", "2011")]),
        ("It began three days ago.", WED, [("three days ago", "DATE", "2024-05-12")]),
        ("Sales have recovered over the weekend.", WED, [("the weekend", "DATE", "2024-W19-WE")]),
        # present/past/future references
        ("Now, the company wants more.", FRI, [("Now", "DATE", "PRESENT_REF")]),
        ("The device is currently selling for $250.", FRI, [("currently", "DATE", "PRESENT_REF")]),
        ("Prices recently rose.", FRI, [("recently", "DATE", "PAST_REF")]),
        ("It is faster than anything available today.", FRI, [("today", "DATE", "PRESENT_REF")]),
        ("Robots may do this in the future.", FRI, [("the future", "DATE", "FUTURE_REF")]),
        # ranges
        (
            "The envoy is in India from March 25-29 for meetings.",
            date(2025, 3, 28),
            [("March 25-29", "DATE", "2025-03-25/2025-03-29")],
        ),
        (
            "The festival runs from July 4 to 9, 2026.",
            WED,
            [("July 4 to 9, 2026", "DATE", "2026-07-04/2026-07-09")],
        ),
        ("Output grew between 2010 and 2012.", FRI, [("2010 and 2012", "DATE", "2010/2012")]),
        ("The pandemic of 2009-2010 killed 348 children.", FRI, [("2009-2010", "DATE", "2009/2010")]),
        # seasons and parts of years
        ("The deal would be ready by fall of 2025.", FRI, [("fall of 2025", "DATE", "2025-FA")]),
        ("The tour starts this summer.", FRI, [("this summer", "DATE", "2013-SU")]),
        ("Protests spread last winter.", WED, [("last winter", "DATE", "2023-WI")]),
        ("A decision is expected early next year.", FRI, [("early next year", "DATE", "2014")]),
        ("The budget is due by the end of the year.", FRI, [("the end of the year", "DATE", "2013")]),
        ("Growth slowed in late 2012.", FRI, [("late 2012", "DATE", "2012")]),
        (
            "Profit rose in the first quarter of 2012.",
            FRI,
            [("the first quarter of 2012", "DATE", "2012-Q1")],
        ),
        # durations
        ("The season started about a month earlier than usual.", FRI, [("a month", "DURATION", "P1M")]),
        ("They won a three-month contract.", FRI, [("three-month", "DURATION", "P3M")]),
        ("She served for a mere 24 hours.", FRI, [("a mere 24 hours", "DURATION", "PT24H")]),
        ("Illness rose in the past several months.", FRI, [("the past several months", "DURATION", "PXM")]),
        ("The oil firms blocked the rules for years.", FRI, [("years", "DURATION", "PXY")]),
        ("Coal use will surge over the next decade.", FRI, [("the next decade", "DURATION", "P10Y")]),
        ("The strike lasted two and a half weeks.", FRI, [("two and a half weeks", "DURATION", "P2.5W")]),
        ("In the 90 years since then, little changed.", FRI, [("the 90 years", "DURATION", "P90Y")]),
        ("The ban lasted half an hour.", FRI, [("half an hour", "DURATION", "PT30M")]),
        ("They were held for 2 1/2 years.", FRI, [("2 1/2 years", "DURATION", "P2Y6M")]),
        ("A minute and a half later it fell.", FRI, [("A minute and a half", "DURATION", "PT1M30S")]),
        (
            "In the last twenty four hours it fell.",
            FRI,
            [("the last twenty four hours", "DURATION", "PT24H")],
        ),
        ("The siege lasted twenty-four hours.", FRI, [("twenty-four hours", "DURATION", "PT24H")]),
        ("The base stays Russian for 20 more years.", FRI, [("20 more years", "DURATION", "P20Y")]),
        ("Eight trading days later, it recovered.", FRI, [("Eight trading days", "DURATION", "P8D")]),
        ("Sales rose 5% from a year earlier.", FRI, [("a year earlier", "DATE", "2012")]),
        ("Profit beat the year-ago quarter.", FRI, [("year-ago", "DATE", "2012")]),
        ("The vote came a year earlier than planned.", FRI, [("a year", "DURATION", "P1Y")]),
        ("Two weeks earlier, he had resigned.", FRI, [("Two weeks", "DURATION", "P2W")]),
        (
            "The offer had been due to expire Friday evening.",
            WED,
            [("Friday evening", "TIME", "2024-05-10TEV")],
        ),
        ("The offer is due to expire Friday evening.", WED, [("Friday evening", "TIME", "2024-05-17TEV")]),
        # a reporting period without a year: the latest that has begun, whatever the clause's tense
        (
            "It cut the dividend due to its third-quarter loss.",
            date(1989, 11, 2),
            [("third-quarter", "DATE", "1989-Q3")],
        ),
        ("It expects a fourth-quarter charge.", date(1989, 11, 2), [("fourth-quarter", "DATE", "1989-Q4")]),
        ("Fourth-quarter sales fell.", date(1990, 2, 10), [("Fourth-quarter", "DATE", "1989-Q4")]),
        (
            "Rules to be published in early November will decide.",
            FRI,
            [("early November", "DATE", "2013-11")],
        ),
        # times
        (
            "The match was postponed until 15:00 GMT Saturday.",
            FRI,
            [("15:00 GMT Saturday", "TIME", "2013-03-23T15:00")],
        ),
        ("Polls closed at 8 p.m. on Tuesday.", WED, [("8 p.m. on Tuesday", "TIME", "2024-05-14T20:00")]),
        ("The fire broke out this morning.", FRI, [("this morning", "TIME", "2013-03-22TMO")]),
        ("The storm hit the coast last night.", FRI, [("last night", "TIME", "2013-03-21TNI")]),
        ("The leaders meet tonight.", FRI, [("tonight", "TIME", "2013-03-22TNI")]),
        ("Guards arrived Tuesday morning.", FRI, [("Tuesday morning", "TIME", "2013-03-19TMO")]),
        # sets
        ("She checks the air every morning.", FRI, [("every morning", "SET", "XXXX-XX-XXTMO")]),
        ("The agency spends billions annually.", FRI, [("annually", "SET", "XXXX")]),
        ("Inspectors visit each week.", FRI, [("each week", "SET", "XXXX-WXX")]),
        ("The magazine appears weekly.", FRI, [("weekly", "SET", "XXXX-WXX")]),
        ("The town earns $5 million a year from tourism.", FRI, [("a year", "SET", "XXXX")]),
        ("The market opens on Sundays.", FRI, [("Sundays", "SET", "XXXX-WXX-7")]),
        # no anchor: unknown parts stay X
        ("Talks ended on March 28.", None, [("March 28", "DATE", "XXXX-03-28")]),
        ("Talks ended today.", None, [("today", "DATE", "PRESENT_REF")]),
        ("Talks ended on Friday.", None, [("Friday", "DATE", "XXXX-WXX-5")]),
        ("Talks end in June 2014.", None, [("June 2014", "DATE", "2014-06")]),
        # tense: "until" after a past state or a negated past looks back; a day set "for" looks ahead;
        # "and" starts another clause; "late" before a month and day is no edge of the month
        ("Police did not search the office until October.", FRI, [("October", "DATE", "2012-10")]),
        ("He was the minister until the summer.", date(2014, 12, 29), [("the summer", "DATE", "2014-SU")]),
        ("The offer is valid until October.", FRI, [("October", "DATE", "2013-10")]),
        ("A judge set his trial for Feb. 25.", date(2014, 12, 29), [("Feb. 25", "DATE", "2015-02-25")]),
        ("The vote was scheduled for Monday.", FRI, [("Monday", "DATE", "2013-03-25")]),
        (
            "The review was completed in August and will be finished for the rocket in spring 2015.",
            date(2014, 12, 12),
            [("August", "DATE", "2014-08"), ("spring 2015", "DATE", "2015-SP")],
        ),
        ("The bill was released late Dec. 9.", date(2014, 12, 12), [("Dec. 9", "DATE", "2014-12-09")]),
        # a story about the past: a month in a past clause takes the year just written, in its sentence
        # or the one before it in the same paragraph; a new paragraph, a future clause start afresh
        (
            "The exams began in September 1986, after the minister stepped down in May.",
            date(2014, 12, 29),
            [("September 1986", "DATE", "1986-09"), ("May", "DATE", "1986-05")],
        ),
        (
            "She raised her fears in the spring of 1986. On March 6 he wrote to her.",
            date(2014, 12, 29),
            [("the spring of 1986", "DATE", "1986-SP"), ("March 6", "DATE", "1986-03-06")],
        ),
        (
            "In 2011, the council pushed back.\n\nOn Feb. 28, the bank released a note.",
            FRI,
            [("2011", "DATE", "2011"), ("Feb. 28", "DATE", "2013-02-28")],
        ),
        (
            "Sales fell in 2012 but will recover in May.",
            FRI,
            [("2012", "DATE", "2012"), ("May", "DATE", "2013-05")],
        ),
        # things that are not temporal expressions
        ("The flu has killed 105 children so far.", FRI, []),
        ("Officials counted 2010 children at the camp.", FRI, []),
        ("The ticket costs $2010 per seat.", FRI, []),
        ("You may see protesters march on the capital.", FRI, []),
        ("The Sun and the Sat nav were ongoing issues.", FRI, []),
        ("Children ages 6 months and older should be vaccinated.", FRI, []),
        ("The 18-year-old scored a second time.", FRI, []),
        ("A quarter of voters backed the plan.", FRI, []),
        ("The fall of the government was swift.", FRI, []),
        ("The ratio was 20cm-40cm of snow.", FRI, []),
    ],
)
def test_extract(text: str, anchor: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, anchor) == expected


def test_range_endpoints() -> None:
    (expr,) = run("The envoy is in India from March 25-29 for meetings.", date(2025, 3, 28))
    assert (expr.begin, expr.until) == ("2025-03-25", "2025-03-29")


def test_event_is_the_clause() -> None:
    text = (
        "Despite the snow, the qualifier with Russia was postponed until 15:00 GMT Saturday, officials said."
    )
    (expr,) = run(text, FRI)
    assert expr.event == "the qualifier with Russia was postponed until 15:00 GMT Saturday"
    assert event_covered(text, expr)
    assert expr.sentence == 0


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Both sides are drafting a wide-ranging Fisheries Pact (FP), which would be signed by June 2026.",
            "Fisheries Pact (FP) would be signed by June 2026",
        ),
        (
            "Officials met the new envoy, who will arrive on Monday.",  # no name for "who": unchanged
            "who will arrive on Monday",
        ),
    ],
)
def test_which_clause_names_what_it_is_about(text: str, event: str) -> None:
    (expr,) = run(text, FRI)
    assert expr.event == event
    assert event_covered(text, expr)


def test_seed_article(seed_text: str) -> None:
    anchor = date(2025, 3, 28)
    found = run(seed_text, anchor)
    by_text = {e.text: e for e in found}
    dateline = by_text["Mar 28"]
    assert (dateline.type, dateline.value, dateline.sentence) == ("DATE", "2025-03-28", 0)
    assert "(UNI)" not in dateline.event
    assert by_text["today"].value == "2025-03-28"
    assert "Misri" in by_text["today"].event and "Washington" not in by_text["today"].event
    visit = by_text["March 25-29"]
    assert (visit.value, visit.begin, visit.until) == ("2025-03-25/2025-03-29", "2025-03-25", "2025-03-29")
    assert "India" in visit.event and len(visit.event) <= 140
    assert by_text["fall of 2025"].value == "2025-FA"
    assert [e.text for e in found] == ["Mar 28", "today", "March 25-29", "fall of 2025"]
    assert all(event_covered(seed_text, e) for e in found)


def test_dateline_with_a_year_stays_out_of_events() -> None:
    text = "Washington, March 28, 2025 (UNI) Ministers met today to discuss trade, officials said."
    found = run(text, None)
    assert [(e.text, e.value) for e in found] == [("March 28, 2025", "2025-03-28"), ("today", "PRESENT_REF")]
    assert all(e.event == "Ministers met today to discuss trade" for e in found)


def test_no_sentences_given() -> None:
    text = "Exports rose last year."
    (expr,) = extract_dates(text, (), FRI)
    assert (expr.value, expr.sentence) == ("2012", 0)


def test_linear_on_a_long_unsegmented_text() -> None:
    text = ("Exports rose 3% last year, and on Friday 12 ministers met for a month " * 20000)[:1_000_000]
    found = extract_dates(text, (), FRI)
    assert len(found) > 10000


_WORDS = "March May Friday the last next week year years ago a an 2013 25 1990s fall of today at p.m. GMT"
_PIECES = [
    *"0123456789 -–/:,.'’()\n",
    *_WORDS.split(),
    *["every", "each", "early", "mid-", "between", "and", "to", "half", "Q1", "noon", "century", "20th"],
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join) | st.text(max_size=120),
    st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_sorted_spans_in_bounds(text: str, anchor: date | None) -> None:
    _, sentences = segment(text) if text.strip() else ((), ())
    found = extract_dates(text, sentences, anchor)
    previous_end = 0
    for expr in found:
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start : expr.end] == expr.text
        assert expr.start >= previous_end
        previous_end = expr.end
        if expr.event_start is not None and expr.event_end is not None:
            assert event_covered(text, expr)


@pytest.mark.parametrize(
    "text, word, value",
    [
        ("The research, which was published today (Oct. 28) in the journal, is new.", "today", "2014-10-28"),
        ("The show opens on Tuesday (Oct. 28) in Paris.", "Tuesday", "2014-10-28"),
        ("It was published today in the journal (2014).", "today", "2014-10-29"),  # a year glosses no day
    ],
)
def test_a_relative_day_glossed_by_a_date_in_brackets_is_that_date(text: str, word: str, value: str) -> None:
    from datetime import date

    from bot.article import parse

    found = {d.text: d.value for d in parse(text, published=date(2014, 10, 29)).dates}
    assert found[word] == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("Leaders will gather for the long-awaited summit on Friday.", "2024-05-17"),
        ("Ministers will attend a much-anticipated vote on Friday.", "2024-05-17"),
        ("He will be honoured at the star-studded Paley Honors gala on Friday.", "2024-05-17"),
        ("He was re-elected on Friday.", "2024-05-10"),  # a verb: a preposition follows it
        ("Smith re-elected Friday as the party's chairman.", "2024-05-10"),
    ],
)
def test_a_hyphenated_past_form_before_a_noun_is_no_past_cue(text: str, value: str) -> None:
    assert [e.value for e in run(text, WED)] == [value]
