"""Figures as stories write them: a bracketed conversion after the story's own figure, a currency with its
country's adjective, a range closed up with an en dash, a number word times a hundred, a singular length
unit before a noun. Each answer is the whole figure as written."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour fines ferry company\n\n"
    "The 85 meter (279 foot) long ferry, owned by a Norwegian company, sails out of Bergen.\n\n"
    "The company was fined 40,000 Norwegian kroner ($3,800) for polluting the harbour.\n\n"
    "Its owner claimed 2 million lira from an Italian insurer in damages.\n\n"
    "Each crossing carries many cars (around 120–140) on the lower deck.\n\n"
    "The harbour has not been dredged for nearly two hundred years, officials said.\n\n"
    "Its new quay covers more than 4,000 m2 (43,056 sq ft) beside the old fish market."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_bracketed_conversion_gives_way_to_the_length_the_story_writes(story: Article) -> None:
    assert answered_span(story, "How long is the ferry?") == "85 meter"


def test_a_currency_named_with_its_country_adjective_is_money(story: Article) -> None:
    assert answered_span(story, "How much was the company fined?") == "40,000 Norwegian kroner"


def test_a_currency_word_after_a_magnitude_is_kept(story: Article) -> None:
    assert answered_span(story, "How much did the owner claim from the insurer?") == "2 million lira"


def test_a_range_closed_up_with_an_en_dash_is_one_figure(story: Article) -> None:
    assert answered_span(story, "How many cars does each crossing carry?") == "around 120–140"


def test_a_number_word_times_a_hundred_is_one_duration(story: Article) -> None:
    assert answered_span(story, "How long has the harbour not been dredged?") == "nearly two hundred years"


def test_an_area_in_square_metres_is_the_story_s_own_not_its_conversion(story: Article) -> None:
    assert answered_span(story, "How much area does the new quay cover?") == "more than 4,000 m2"


SURVEY = (
    "Ferry survey\n\n"
    "The council will spend an estimated $2 million on the ferry, although a recent survey found only a "
    "quarter of residents used it.\n\n"
    "About two-thirds of traders backed the new timetable.\n\n"
    "Nearly half of the harbour's boats stayed in port."
)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What share of residents used the ferry?", "a quarter"),
        ("What proportion of traders backed the new timetable?", "About two-thirds"),
        ("How many of the harbour's boats stayed in port?", "Nearly half"),
    ],
)
def test_a_share_in_words_answers(question: str, span: str) -> None:
    assert answered_span(parse(SURVEY), question) == span


def test_a_combined_figure_keeps_its_qualifier() -> None:
    strike = parse(
        "Ferry strike\n\n"
        "By the end of the month, the two crews will have lost a combined six weeks of pay.\n\n"
        "Talks resume on Monday."
    )
    assert answered_span(strike, "How much pay will the two crews lose?") == "a combined six weeks of pay"


def test_a_year_the_question_names_is_no_count_even_before_a_comma() -> None:
    census = parse(
        "Town census\n\n"
        "In 1911, out of 9,000 people 2,400 spoke Welsh at home.\n\n"
        "The census was taken in April."
    )
    assert "1911" not in answered_span(census, "How many of the people spoke Welsh at home in 1911?")


def test_a_figure_with_a_plus_sign_counts_the_noun_after_it() -> None:
    story = parse(
        "Software maker expands\n\n"
        "The firm, with an estimated 9,000+ customers across Europe, opened an office in Lisbon on Monday."
    )
    assert "9,000+ customers" in answered_span(story, "How many customers does the firm have?")
