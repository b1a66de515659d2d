"""Which figure of a wire-copy sentence answers a question about a reported amount: "what was the profit /
were sales" asks for money (quantity_nouns.tsv, kind result), but only after "is / was" ("what helped
earnings?" asks for a cause); the figure of a pair written with an earlier period ("the year earlier", "the
prior year": prior_periods.txt) answers a question about that period; a figure that is the value of another
noun ("total assets of 5.3 trillion yuan") is no amount of the asked money noun."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Toymaker returns to profit\n\n"
    "Harlow Toys Inc said it expects a return to profit this year after heavy write-offs.\n\n"
    "Earlier, Harlow reported a net loss of 42.5 mln dlrs for the year ended December 31 compared to a "
    "profit of 18.3 mln dlrs in the year earlier.\n\n"
    "The company said the year's sales should exceed 610 mln dlrs, up from 540 mln dlrs the prior year.\n\n"
    "Harlow was founded in 1961 and had total assets of 1.9 billion dlrs at the end of 1986.\n\n"
    "A weak dollar helped the company's earnings abroad, it said."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_what_was_the_profit_asks_for_the_amount(story: Article) -> None:
    assert answered_span(story, "What was Harlow's loss?") == "42.5 mln dlrs"


def test_the_year_before_asks_for_the_earlier_figure_of_the_pair(story: Article) -> None:
    assert answered_span(story, "What was Harlow's profit the year before?") == "18.3 mln dlrs"


def test_the_prior_year_asks_for_the_figure_written_with_it(story: Article) -> None:
    assert answered_span(story, "What were sales the prior year?") == "540 mln dlrs"


def test_a_question_without_an_earlier_period_keeps_the_reported_figure(story: Article) -> None:
    assert "610 mln dlrs" in answered_span(story, "What will sales be this year?")


def test_a_figure_valued_by_another_noun_is_no_amount_of_the_asked_one(story: Article) -> None:
    answer, _ = answer_message("What were Harlow's profits in 1986?", story)
    assert answer.kind != "ask" or "1.9 billion" not in (answer.items[0].text if answer.items else "")


def test_a_reported_noun_after_another_verb_asks_for_no_figure(story: Article) -> None:
    answer, _ = answer_message("What helped Harlow's earnings abroad?", story)
    assert answer.kind == "ask" and "weak dollar" in answer.items[0].text


MARKET = (
    "Dunmore shares jump on bid\n\n"
    "Shares of Dunmore shot up 9-3/4 to 41-1/8 in over-the-counter trading with 2.6 mln of the company's "
    "12.4 mln shares changing hands by late afternoon.\n\n"
    "Call money traded at 4.15/25 pct, dealers said."
)


@pytest.fixture(scope="module")
def market() -> Article:
    return parse(MARKET)


def test_a_price_in_fractions_is_one_figure(market: Article) -> None:
    assert answered_span(market, "At what rate did call money trade?") == "4.15/25 pct"


def test_a_part_of_the_company_s_shares_counts_shares(market: Article) -> None:
    assert answered_span(market, "How many Dunmore shares changed hands?") == "2.6 mln"


POLL = (
    "Tories lead in two polls\n\n"
    "A Market Research (MRI) poll conducted for The Daily Post showed the Conservatives with a seven point "
    "lead, while a poll by Phone Surveys for The Evening Star found them to be three points ahead."
)


def test_a_lead_written_in_the_singular_unit_is_a_measure() -> None:
    assert answered_span(parse(POLL), "How big is the Conservatives' lead in the MRI poll?") == "seven point"
