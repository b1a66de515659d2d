from datetime import date

import pytest

from bot.article import parse
from bot.article.provenance import headline


@pytest.mark.parametrize(
    "text, places, agency, published, source",
    [
        ("LONDON (Reuters) - Britain said on Tuesday it would act.", ("London",), "Reuters", None, "none"),
        (
            "Paris, March 3, 2024 (AFP) -- France said it would act.",
            ("Paris",),
            "AFP",
            date(2024, 3, 3),
            "dateline",
        ),
        (
            "Kyiv/Moscow, Feb 2 (UNI) Both sides met. Talks resume in 2019.",
            ("Kyiv", "Moscow"),
            "UNI",
            date(2019, 2, 2),
            "text",
        ),
        (
            "BUFFALO, N.Y. (AP) -- A doctor was shot dead in his home on Friday.",
            ("Buffalo, N.Y.",),
            "AP",
            None,
            "none",
        ),
        (
            "CAPE TOWN, South Africa (AP) _ The rand fell sharply against the dollar.",
            ("Cape Town, South Africa",),
            "AP",
            None,
            "none",
        ),
    ],
)
def test_dateline(text: str, places: tuple, agency: str, published: date | None, source: str) -> None:
    provenance = parse(text).provenance
    assert provenance.dateline is not None
    assert provenance.dateline.places == places
    assert provenance.agency == agency
    assert provenance.published == published
    assert provenance.published_source == source


def test_year_from_today_when_text_has_none() -> None:
    article = parse("Rome, Dec 30 (UNI) Italy said no.", today=date(2026, 1, 5))
    assert article.published == date(2025, 12, 30)
    assert article.provenance.published_source == "today"


def test_published_argument_wins() -> None:
    article = parse("Rome, Dec 30 (UNI) Italy said no in 2010.", published=date(2011, 1, 2))
    assert article.published == date(2011, 1, 2)
    assert article.provenance.published_source == "published"


def test_headline_byline_and_signoff() -> None:
    text = (
        "Markets slide on rate fears\n\nBy Jane Doe\n\nNEW YORK, May 3 — Stocks fell. Bonds rose.\n\n"
        "(Reporting by Bob Ray; Editing by Al Fox)"
    )
    article = parse(text, published=date(2024, 5, 3))
    assert article.title == "Markets slide on rate fears"
    assert article.provenance.byline == "Jane Doe"
    assert article.provenance.signoff is not None and article.provenance.signoff.text.startswith("(Reporting")


def test_no_dateline_in_plain_prose() -> None:
    assert parse("The flu season is winding down, officials said.").provenance.dateline is None


def test_a_dateline_on_its_own_line_is_not_the_headline() -> None:
    article = parse(
        "MANILA, Philippines (AP) _\n\nPresident Joseph Estrada said Monday he would not resign.\n\n"
        "He spoke to reporters in the capital."
    )
    assert article.title is None
    assert article.provenance.dateline is not None
    assert article.provenance.dateline.places == ("Manila, Philippines",)
    assert article.summary.gist.startswith("President Joseph Estrada said")
    assert (
        headline(article, 80) == "President Joseph Estrada said Monday he would not resign."
    )  # no dateline in it


@pytest.mark.parametrize(
    "first, is_title",
    [
        ("Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’", True),
        ("Obama on Climate Change: The Trends Are 'Terrifying.'", True),
        ("Talks make progress in Geneva", True),
        ("Prices rose sharply on Monday.", False),
        ("By Jane Smith", False),
    ],
)
def test_a_title_case_first_line_is_the_headline_even_with_a_full_stop(first: str, is_title: bool) -> None:
    article = parse(f"{first}\n\nThe president spoke to reporters on Wednesday night.\n\nHe left soon after.")
    assert (article.title == first) is is_title


@pytest.mark.parametrize(
    "text, agency",
    [
        ("By AFP\n\nPARIS - France said on Monday it would act.\n\nIts partners agreed.", "AFP"),
        ("France said on Monday it would act.\n\nIts partners agreed.\n\nSource: Reuters", "Reuters"),
        ("France said on Monday it would act.\n\nIts partners agreed.\n\nSource: the ministry", None),
        ("France said on Monday it would act.\n\nIts partners agreed.\n\njm/dm (AFP, dpa)", "AFP"),
        ("France said on Monday it would act.\n\nIts partners agreed (the ministry said).", None),
        ("By the river, France said on Monday it would act.\n\nIts partners agreed.", None),
    ],
    ids=["agency byline", "source line", "source not an agency", "credited agencies", "aside", "prose"],
)
def test_the_agency_a_byline_or_a_source_line_credits(text: str, agency: str | None) -> None:
    article = parse(text)
    assert article.provenance.agency == agency
    assert article.summary.gist.startswith("France said") or agency is None  # a credit is no story


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2014",
        "3 March 2014",
        "2014-03-03 16:45 GMT",
        "Published: Mon Mar 3, 2014 4:54pm EST",
        "Updated 2:14 p.m. ET, Monday, March 3, 2014",
        "By JANE DOE, Associated Press | March 3, 2014 4:45 PM",
        "March 3, 2014 at 3:12 pm",
        "Mar 3, 2014 / UPDATED 20 MINUTES AGO",
        "March 3, 2014 • 2 min read",
    ],
)
def test_a_date_line_above_the_lead_dates_the_story(line: str) -> None:
    """Pasted wire copy often keeps the line its site dated it with: it is the publication date, so the
    lead's "Monday" lands on the calendar, and the line is furniture, not the story's first sentence."""
    article = parse(
        f"Storm hits coast\n\n{line}\n\nA storm hit the coast on Monday, officials said.\n\nMore rain is due."
    )
    assert article.provenance.published == date(2014, 3, 3)
    assert article.provenance.published_source == "head"
    assert "2014" not in article.summary.gist
    assert next(p.kind for p in article.paragraphs if line in p.text) == "attribution"
    monday = next(d for d in article.dates if d.text == "Monday")
    assert monday.value == "2014-03-03"


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, March 3, 2014",  # the weekday does not fit the day: no date line
        "The storm of March 3, 2014 was the worst in years",  # a sentence, not a date line
    ],
)
def test_a_line_that_only_mentions_a_date_does_not_date_the_story(line: str) -> None:
    article = parse(f"Storm hits coast\n\n{line}\n\nA storm hit the coast on Monday, officials said.")
    assert article.provenance.published_source != "head"


@pytest.mark.parametrize(
    "line", ["March 3, 2014", "Mar 3, 2014 / UPDATED 20 MINUTES AGO", "March 3, 2014 • 2 min read"]
)
def test_a_date_line_above_the_headline_dates_the_story_and_is_no_headline(line: str) -> None:
    """Pages copied whole often start with their date line: the headline is the line below it."""
    article = parse(
        f"{line}\n\nStorm hits coast\n\nA storm hit the coast on Monday, officials said.\n\nMore rain."
    )
    assert article.title == "Storm hits coast"
    assert article.provenance.published == date(2014, 3, 3)
    assert article.provenance.published_source == "head"
    assert article.summary.gist.startswith("A storm hit the coast")


@pytest.mark.parametrize("line", ["March 3, 2014 and the storm came", "Storm hits coast"])
def test_a_first_line_that_is_no_date_line_stays_the_headline(line: str) -> None:
    article = parse(f"{line}\n\nA storm hit the coast on Monday, officials said.\n\nMore rain is due.")
    assert article.title == line
    assert article.provenance.published_source != "head"


def test_a_short_lead_after_an_agency_dateline_is_the_lead_not_a_byline() -> None:
    """ "(Reuters) - Shares of Acme fell 5 percent on Monday." is short enough for a byline, but the
    dateline opens a sentence: it is the story's lead, and the agency still credited."""
    article = parse(
        "Acme shares slide\n\n(Reuters) - Shares of Acme Corp fell 5 percent on Monday.\n\n"
        "The company said sales were weak."
    )
    assert article.summary.gist.startswith("Shares of Acme Corp fell")
    assert article.provenance.agency == "Reuters"
    assert [p.kind for p in article.paragraphs][1] != "attribution"
