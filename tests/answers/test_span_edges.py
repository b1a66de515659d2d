"""The edges of an answer phrase in the right sentence: where it starts and ends around the asked words.
Made-up stories parsed by the real extractors, text no question set was tuned on."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "VADUZ, June 3 - The charter of rights of the guild has become an integral part of its statutes. "
    "Its rulings bind every lower tribunal in the country.\n\n"
    "Lawyers said the reform would take years."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_nouns_of_phrase_ends_before_its_verb(story: Article) -> None:
    assert answered_span(story, "What charter has become an important part of the statutes?") == (
        "charter of rights of the guild"
    )


COURT = (
    "HOBART, May 2 - The Tasman Court of Review is the highest court able to hear appeals. "
    "Judges sit there for ten years.\n\n"
    "Lawyers welcomed the ruling."
)


def test_a_copula_subject_sharing_half_the_asked_words_answers_when_the_predicate_opens_alike() -> None:
    assert answered_span(parse(COURT), "What is the highest court?") == "The Tasman Court of Review"


FUELS = (
    "DUNMORE, May 2 - The council has tested many fuels on its buses, such as rapeseed oil and wood pellets. "
    "The trial ended in June.\n\n"
    "Officials praised the crews."
)


def test_a_phrase_opening_with_its_example_marker_answers_with_the_examples() -> None:
    assert answered_span(parse(FUELS), "What are two fuels tested on the buses?") == (
        "rapeseed oil and wood pellets"
    )


ARTICLES = (
    "BERN, May 2 - Charter articles 4 and 5 state that powers stay with the cantons. "
    "The charter was signed in 1848.\n\n"
    "Officials praised it."
)


def test_a_noun_keeps_the_numbers_that_identify_it() -> None:
    assert answered_span(parse(ARTICLES), "What articles state that powers stay with the cantons?") == (
        "Charter articles 4 and 5"
    )


CHARTER = (
    "OSLO, May 2 - The Northern Council can sue member towns under the Charter for the Protection of "
    "Northern Waters, lawyers said. The council meets in June.\n\n"
    "Officials praised it."
)


def test_a_prepositions_object_runs_through_a_name_with_its_own_prepositions() -> None:
    assert answered_span(parse(CHARTER), "Under what charter can the Northern Council sue member towns?") == (
        "the Charter for the Protection of Northern Waters"
    )


WARBLER = (
    "DUNMORE, May 2 - Scouts tracked a rare kind of bird, known as the marsh warbler, across the valley. "
    "The survey ends in June.\n\n"
    "Officials praised it."
)


def test_a_lower_case_name_a_naming_word_gives_the_asked_noun_answers() -> None:
    assert answered_span(parse(WARBLER), "What is the rare bird the scouts tracked known as?") == (
        "the marsh warbler"
    )


RIGHTS = (
    "GENEVA, May 2 - The tribunal cannot uphold rules that clash with rights recognised and protected in the "
    "charter of the guild. It meets in June.\n\n"
    "Officials praised it."
)


def test_a_pair_of_participles_joined_by_and_is_one_phrase() -> None:
    assert answered_span(parse(RIGHTS), "The tribunal cannot uphold rules that clash with what?") == (
        "rights recognised and protected in the charter of the guild"
    )


DARK_MODE = "OSLO, May 2 - The app will get a dark mode later this summer, the company said. Its shares rose."


def test_a_when_answer_keeps_later_before_its_date() -> None:
    assert answered_span(parse(DARK_MODE), "When will the app get a dark mode?") == "later this summer"
