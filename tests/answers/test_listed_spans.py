"""Phrases of the right sentence (issue 16): a listed answer keeps the whole list, without the words that only
restate the question; a noun keeps its field; a how-question is answered after its verb. A made-up story
parsed by the real extractors, text no question set was tuned on."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "HOBART, May 4 - Tasman Metals said its return to profit reflected lower freight bills, firmer zinc "
    "prices and its exit from a Chilean mine venture. "
    "Police arrested three men at the company's depot on Friday. "
    "Prosecutors said the men face charges of burglary, receiving stolen goods and unlawful possession of a "
    "firearm. "
    "The depot guards now watch the van and the trailer, and phone the police at any sign of trouble.\n\n"
    "Karri Timber said its higher margin reflected reduced freight bills, improved pulp prices and its exit "
    "from a loss-making sawmill. "
    "Its chief forester, Mara Lusk, is studying for a master's degree in marine geology. "
    "Her father fought in the civil war in 1990. "
    "She took the post after her predecessor as forester, Tom Hale, died suddenly of a stroke in March."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_list_of_three_keeps_its_long_last_item(story: Article) -> None:
    assert answered_span(story, "Why did Tasman Metals return to profit?") == (
        "lower freight bills, firmer zinc prices and its exit from a Chilean mine venture"
    )


def test_an_answer_opening_with_the_questions_words_starts_after_them(story: Article) -> None:
    assert answered_span(story, "What charges do the men face?") == (
        "burglary, receiving stolen goods and unlawful possession of a firearm"
    )  # not "men face charges of burglary, …"


def test_a_clause_joined_by_a_lone_comma_and_is_no_list_item(story: Article) -> None:
    assert answered_span(story, "What do the guards watch?") == "the van and the trailer"


def test_list_items_that_each_open_with_a_participle_are_one_list(story: Article) -> None:
    assert answered_span(story, "Why did Karri Timber's margin rise?") == (
        "reduced freight bills, improved pulp prices and its exit from a loss-making sawmill"
    )


def test_a_noun_keeps_the_field_its_in_names(story: Article) -> None:
    degree = answered_span(story, "What degree is Lusk studying for?")
    assert degree == "master's degree in marine geology"
    assert answered_span(story, "What war did her father fight in?") == "civil war"  # "in 1990": a date


def test_a_how_question_ending_on_its_verb_is_answered_after_any_form_of_it(story: Article) -> None:
    assert answered_span(story, "How did her predecessor die?") == "a stroke in March"  # past "suddenly"
