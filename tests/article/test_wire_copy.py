"""Plain-text wire copy: headlines, bylines, datelines with or without a date, signoffs, and the year of a
dateline that names none. Every string here is invented; each form is one a wire or a paper really uses."""

from __future__ import annotations

import time
from datetime import date

import pytest

from bot.article import parse
from bot.article.document import Document
from bot.article.model import Article
from bot.article.provenance import clean_byline

BODY = (
    "The central bank raised interest rates on Tuesday for the third time this year, saying prices "
    "were still rising too fast. Its governor said more increases could follow."
)
TODAY = date(2026, 12, 1)


def story(*lines: str) -> Article:
    return parse("\n\n".join(lines), today=TODAY)


def no_header_in_summaries(article: Article, *headers: str) -> None:
    """A dateline or byline is never part of a summary sentence, the gist or a key point."""
    chosen = [article.sentences[i].text for i in (*article.summary.sentences, *article.summary.key_points)]
    for header in headers:
        assert header not in article.summary.gist
        assert all(header not in text for text in chosen)


@pytest.mark.parametrize(
    "line, byline, agency",
    [
        ("By Tia Ghose, Staff Writer", "Tia Ghose", None),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("BY JANE DOE", "Jane Doe", None),
        ("By Jane Doe, John Roe and Ann Lee, Associated Press", "Jane Doe, John Roe and Ann Lee", "AP"),
        ("Jane Doe | Reuters", "Jane Doe", "Reuters"),
        ("By Danny Moran (dmoran@example.com)", "Danny Moran", None),
        ("By Steve Peoples, AP National Political Writer", "Steve Peoples", "AP"),
        ("Analysis by Chris Doe, CNN Editor-at-large", "Chris Doe", None),
    ],
)
def test_bylines(line: str, byline: str, agency: str | None) -> None:
    article = story("Rates rise again", line, f"JAKARTA - {BODY}")
    assert article.provenance.byline == byline
    assert article.title == "Rates rise again"
    assert article.provenance.agency == agency  # a dateline's "(Reuters)" would win
    no_header_in_summaries(article, line)


def test_an_address_alone_is_no_byline_and_no_person() -> None:
    article = story("dmoran@example.com", f"MOSCOW (AP) — {BODY}")
    assert article.provenance.byline is None
    assert not any("Dmoran" in p.name for p in article.people)
    no_header_in_summaries(article, "dmoran")


@pytest.mark.parametrize(
    "dateline, places, agency, date_text",
    [
        ("JAKARTA (Reuters) -", ("Jakarta",), "Reuters", None),
        ("MOSCOW (AP) —", ("Moscow",), "AP", None),
        ("CAPE TOWN, South Africa (AP) —", ("Cape Town, South Africa",), "AP", None),
        ("New Delhi [India], March 15 (ANI):", ("New Delhi, India",), "ANI", "March 15"),
        ("New Delhi [India] March 15 (ANI):", ("New Delhi, India",), "ANI", "March 15"),
        ("LONDON, March 15 (Reuters) -", ("London",), "Reuters", "March 15"),
        ("PARIS, 15 March 2024 (AFP) -", ("Paris",), "AFP", "15 March 2024"),
        ("WASHINGTON —", ("Washington",), None, None),
        ("Washington, March 15 (The Associated Press) -", ("Washington",), "AP", "March 15"),
        ("(Reuters) -", (), "Reuters", None),  # a re-dated wire story: the place cut off, the agency kept
        ("SAN FRANCISCO, Feb 26 -", ("San Francisco",), None, "Feb 26"),
        ("Mumbai:", ("Mumbai",), None, None),  # a known place, in lower case, before a colon or a dash
        ("Washington —", ("Washington",), None, None),
    ],
)
def test_datelines(dateline: str, places: tuple[str, ...], agency: str | None, date_text: str | None) -> None:
    article = story(f"{dateline} {BODY}")
    found = article.provenance.dateline
    assert found is not None and found.places == places
    assert found.agency == agency and found.date_text == date_text
    assert article.summary.gist.startswith("The central bank raised")
    assert article.sentences[0].text.startswith("The central bank")  # the dateline is in no sentence
    no_header_in_summaries(article, dateline.split()[0])


def test_a_headline_cut_short_with_an_ellipsis_is_still_the_headline() -> None:
    article = story("Central bank raises rates for a third time, says prices...", f"ROME (AP) - {BODY}")
    assert article.title == "Central bank raises rates for a third time, says prices..."
    assert article.provenance.dateline is not None and article.provenance.agency == "AP"
    no_header_in_summaries(article, "ROME (AP)")


@pytest.mark.parametrize("label", ["UPDATE:", "WATCH:", "BREAKING NEWS:", "EXCLUSIVE -", "Officials said:"])
def test_a_shouted_label_is_no_dateline(label: str) -> None:
    assert story(f"{label} {BODY}").provenance.dateline is None


def test_a_page_dateline_below_breadcrumbs_and_highlights() -> None:
    """Pages put furniture above the story; its dateline still opens the story, even a few paragraphs
    down, but only one that could not start a sentence."""
    furniture = ["- News", "- World News", "This story is from October 9, 2019", "Key Highlights"]
    article = parse(Document(text="\n\n".join([*furniture, f"BEIJING: {BODY}"]), title="Rates rise"))
    found = article.provenance.dateline
    assert found is not None and found.places == ("Beijing",)
    assert article.summary.gist.startswith("The central bank raised")
    prose = parse("\n\n".join(["Rates rise", "The meeting ran late.", f"Officials said: {BODY}"]))
    assert prose.provenance.dateline is None


def test_hard_wrapped_wire_copy_with_indented_paragraphs() -> None:
    """Old wire copy: the headline, then lines wrapped at a fixed width, each paragraph indented, and the
    agency's name alone at the end."""
    text = (
        "BANK RAISES RATES FOR THIRD TIME\n"
        "    LONDON, March 3 - The central bank raised its main\n"
        "interest rate by half a point today, the third increase\n"
        "this year, saying prices were still rising too fast.\n"
        "    Its governor said more increases could follow if\n"
        "inflation did not slow by the summer.\n"
        " Reuter"
    )
    article = parse(text, today=TODAY)
    assert article.title == "BANK RAISES RATES FOR THIRD TIME"
    assert [p.kind for p in article.paragraphs] == ["heading", "body", "body", "signoff"]
    assert article.provenance.dateline is not None and article.provenance.dateline.date_text == "March 3"
    assert article.provenance.agency == "Reuters"
    lead = article.sentences[1].text
    assert lead.startswith("The central bank") and lead.endswith("too fast.")
    no_header_in_summaries(article, "LONDON", "Reuter")


@pytest.mark.parametrize(
    "last, signoff, agency",
    [
        ("-- Bryan Denson", "-- Bryan Denson", None),
        ("(Reporting by Ann Lee; Editing by Bob Ray)", "(Reporting by Ann Lee; Editing by Bob Ray)", None),
        ("UNI RN", "UNI RN", "UNI"),
        ("(AP)", "(AP)", "AP"),
        ("Ann Lee contributed to this report.", "Ann Lee contributed to this report.", None),
    ],
)
def test_signoffs(last: str, signoff: str, agency: str | None) -> None:
    article = story(f"NAIROBI - {BODY}", "The next meeting is in June.", last)
    assert article.provenance.signoff is not None and article.provenance.signoff.text == signoff
    assert article.provenance.agency == agency
    no_header_in_summaries(article, last)


def test_a_dash_signoff_names_the_author_when_there_is_no_byline() -> None:
    assert story(f"PORTLAND, Ore. - {BODY}", "-- Bryan Denson").provenance.byline == "Bryan Denson"


def test_credit_lines_at_the_end_are_one_signoff() -> None:
    article = story(
        f"NAIROBI - {BODY}", "(Reporting by Ann Lee)", "Copyright 2024 Wire. All rights reserved."
    )
    assert article.provenance.signoff is not None
    assert (
        article.provenance.signoff.text.startswith("(Reporting")
        and "rights" in article.provenance.signoff.text
    )


@pytest.mark.parametrize(
    "text, published, source",
    [
        # "Thursday, March 15" fits 2018 (and 2012, 2007...): the latest such year before today
        (f"WASHINGTON, March 15 (Reuters) - Officials met on Thursday, March 15, to talk. {BODY}",
         date(2018, 3, 15), "weekday"),
        # a year in the text that the weekday contradicts loses to the weekday
        (f"WASHINGTON, March 15 (Reuters) - On Thursday, March 15, plans from 2024 were shelved. {BODY}",
         date(2018, 3, 15), "weekday"),
        # no weekday date: the text's year
        ("ROME, Dec 30 (UNI) Italy said no. Talks resume in 2019.", date(2019, 12, 30), "text"),
        # ... but not a year the story looks ahead to
        ("ROME, Feb 26 - Output rose in 1987 and will double by 1990.", date(1987, 2, 26), "text"),
        # only the lead's "on Thursday": the latest year whose March 15 is that Thursday or the day after
        ("LONDON, March 15 (Reuters) - Britain said on Thursday it would act.", date(2024, 3, 15), "weekday"),
        # nothing at all: the latest March 15 before today, marked as an assumption
        ("LONDON, March 15 (Reuters) - Britain said it would act.", date(2026, 3, 15), "today"),
    ],
)  # fmt: skip
def test_a_dateline_without_a_year_takes_the_year_the_story_fits(
    text: str, published: date, source: str
) -> None:
    provenance = parse(text, today=TODAY).provenance
    assert (provenance.published, provenance.published_source) == (published, source)


def test_an_explicit_date_then_page_metadata_then_the_dateline() -> None:
    text = "LONDON, March 3, 2024 (Reuters) - Britain said on Sunday it would act."
    page = Document(text=text, published=date(2024, 3, 4), published_source="page")
    assert parse(text).provenance.published_source == "dateline"
    assert parse(page).published == date(2024, 3, 4) and parse(page).provenance.published_source == "page"
    given = parse(page, published=date(2024, 3, 5))
    assert given.published == date(2024, 3, 5) and given.provenance.published_source == "published"


def test_the_day_it_was_shared_is_an_assumption_used_last() -> None:
    shared = Document(text=f"NAIROBI - {BODY}", published=date(2025, 6, 3), published_source="shared")
    article = parse(shared)
    assert article.published == date(2025, 6, 3) and article.provenance.published_source == "shared"
    assert "assumed" in article.provenance.explanation
    dated = shared.model_copy(update={"text": f"NAIROBI, May 30, 2025 - {BODY}"})
    assert parse(dated).published == date(2025, 5, 30)  # the story's own date wins over the day it was shared
    yearless = shared.model_copy(update={"text": "NAIROBI, Dec 30 - The bank raised its rates again."})
    assert parse(yearless).published == date(2024, 12, 30)  # the latest Dec 30 before it was shared
    on_tuesday = yearless.model_copy(update={"text": f"NAIROBI, Dec 30 - {BODY}"})  # "on Tuesday"
    assert parse(on_tuesday).published == date(2020, 12, 30)  # a Wednesday: the lead's Tuesday was the eve


CAPTION = "A trader works on the floor in Rome on {day}. (Photo: Ann Lee/Wire)"
FILE_CAPTION = "FILE - In this {day} file photo, a trader works in Rome. (Photo: Ann Lee/Wire, File)"


@pytest.mark.parametrize(
    "lead, caption_day, file, published",  # file: the caption is a file photo's
    [
        # a caption's day with its weekday and year: the story is taken to be from that day
        ("The bank raised rates.", "Tuesday, Dec. 26, 2017", False, date(2017, 12, 26)),
        # a file photo is older: the first day after it that the lead's weekday fits
        ("The bank raised rates on Monday.", "Thursday, Dec. 28, 2017", True, date(2018, 1, 1)),
        ("The bank raised rates on Monday.", "Thursday, 28 December 2017", True, date(2018, 1, 1)),
        # a weekday the lead names, from the caption's day on (or its eve: "said on Monday" filed Tuesday)
        ("The bank said on Friday it would act.", "Wednesday, Dec. 27, 2017", False, date(2017, 12, 29)),
        # a weekday that is wrong for the date proves nothing; a file photo alone cannot date the story
        ("The bank raised rates.", "Monday, Dec. 26, 2017", False, None),
        ("The bank raised rates.", "Thursday, Dec. 28, 2017", True, None),
    ],
)
def test_an_undated_story_is_dated_by_its_latest_day_written_with_its_weekday(
    lead: str, caption_day: str, file: bool, published: date | None
) -> None:
    caption = (FILE_CAPTION if file else CAPTION).format(day=caption_day)
    article = story("Rates rise again", f"ROME (AP) - {lead}", caption)
    provenance = article.provenance
    assert provenance.published == published
    if published is None:
        assert provenance.published_source == "none"
        return
    assert provenance.published_source == "story"
    assert "assumed" in provenance.explanation and "/article published" in provenance.explanation
    assert caption_day in provenance.explanation
    weekday = next((t for t in article.dates if "X" not in t.value and t.text in lead), None)
    assert weekday is None or weekday.value <= published.isoformat()  # the lead's day is on the calendar


def test_the_story_own_dates_yield_to_a_dated_dateline_and_to_a_page() -> None:
    caption = CAPTION.format(day="Tuesday, Dec. 26, 2017")
    dated = story(f"ROME, March 3, 2024 (AP) - {BODY}", caption)
    assert dated.provenance.published_source == "dateline"
    page = Document(
        text=f"ROME (AP) - {BODY}\n\n{caption}", published=date(2024, 5, 6), published_source="page"
    )
    assert parse(page).published == date(2024, 5, 6)
    future = story(f"ROME (AP) - {BODY}", CAPTION.format(day="Tuesday, Dec. 26, 2028"))
    assert future.published is None  # after today: a plan, not the day it was filed


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Ben Silverman Games Editor", "Ben Silverman"),
        ("Tom Krisher; AP Auto Writer", "Tom Krisher"),
        ("Meg Kinnard; Errin Haines; Associated Press", "Meg Kinnard and Errin Haines"),
        ("Jill Disis; CNN Business", "Jill Disis"),
        ("Phil Helsel is a reporter for NBC News", "Phil Helsel"),
        ("Tanza Loudenback; Business Insider", "Tanza Loudenback"),
        ("Jane Reporter", "Jane Reporter"),
        ("Associated Press", None),
        ("", None),
    ],
)
def test_author_fields_are_cleaned_to_names(raw: str, expected: str | None) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize("junk", ["x" * 200_000, "a@" * 50_000, "By " + "x@y" * 30_000])
def test_header_rules_stay_linear_on_huge_words(junk: str) -> None:
    started = time.perf_counter()
    article = parse(f"{junk}\n\n{BODY}\n\n{junk}")
    assert time.perf_counter() - started < 2.0 and article.provenance.byline is None


def test_a_datelines_date_dates_the_lead_not_the_headline() -> None:
    article = story(
        "GRAIN COMPANY SEES HIGHER EARNINGS", "CHICAGO, March 3, 2024 - Midwest Grain said it expects more."
    )
    (dated,) = [t for t in article.dates if t.text == "March 3, 2024"]
    assert dated.event == "Midwest Grain said it expects more"
    assert article.sentences[dated.sentence].text.startswith("Midwest Grain")


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - In this Thursday, Dec. 28, 2017 file photo, the governor speaks. (AP Photo/Ann Lee, File)",
        "Traders at work in Rome on Tuesday, after the bank raised its rates. (Ann Lee/Rome Daily via AP)",
        "Ann Lee/for The Rome Daily The governor leaves the bank after raising its rates on Tuesday.",
        "File photo of the governor of the central bank at a news conference in Rome. (Reuters)",
    ],
)
def test_a_photo_caption_is_no_part_of_the_summary(caption: str) -> None:
    article = story(caption, f"ROME (AP) - {BODY}", "Markets fell after the decision, traders said.")
    assert [p.kind for p in article.paragraphs][:2] == ["caption", "body"]
    assert article.summary.gist.startswith("The central bank raised")
    no_header_in_summaries(article, caption[:30])


def test_a_caption_signed_by_a_credit_alone_on_the_next_line() -> None:
    article = story(
        "Cash and cards seized during the arrests in Baldwin County on Wednesday.",
        "(Ann Lee/alee@example.com)",
        BODY,
    )
    assert [p.kind for p in article.paragraphs] == ["caption", "caption", "body"]
    assert article.summary.gist.startswith("The central bank raised")


def test_a_pages_title_below_its_section_label_is_the_headline() -> None:
    text = "\n\n".join(["Business·Updated", "Rates rise again", "Prices rose for a third month.", BODY])
    article = parse(Document(text=text, title="Rates rise again"), today=TODAY)
    assert [p.kind for p in article.paragraphs][:3] == ["heading", "heading", "body"]
    assert "Rates rise again" not in article.summary.gist and "Business" not in article.summary.gist
