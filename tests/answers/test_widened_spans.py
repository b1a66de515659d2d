"""An answer span is widened to the phrase the story writes when the narrower one would lose the answer's
sense: a duration with the event it is counted from, a figure with the reference it is measured against
(reference_markers.tsv), unless the question names the reference itself; a why-answer that is a purpose
keeps its infinitive "to", unless the question has that "to" itself; a name listed last comes with the names
listed before it, not with a capitalised function word opening the sentence; a span that only restates the
asked noun ("her first report") gives way to the quoted title after it; a bare time noun ("centuries") keeps
its modifiers."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour pilot detained after clash\n\n"
    "Ruth Okafor was detained at her flat in a dawn raid two days after the clash, amid protests in the "
    "port.\n\n"
    "The levy was designed to lower freight costs at the docks by 2035 to 18 percent below 2010 levels, with "
    "each berth given its own target.\n\n"
    "The pilots' union was founded four years before the strike, and it has grown since.\n\n"
    "Okafor quit the board by mutual consent to pursue other business interests, the union said.\n\n"
    "The port's return to profit reflected lower fuel costs, its owners said.\n\n"
    "The coach said that Dan Ellery and Marc Fenn - the two new pilots on the rota - would start on "
    "Monday.\n\n"
    "But Tessa Brand and Joel Amis will train the recruits.\n\n"
    'In 2019 Okafor set out the case for the levy in her first report, "Tides Against Tariffs", which the '
    "council later adopted.\n\n"
    "The guild of river pilots held the harbour in the 15th and 16th centuries before the crown took it."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_duration_keeps_the_event_it_is_counted_from(story: Article) -> None:
    assert answered_span(story, "When was Ruth Okafor detained?") == "two days after the clash"


def test_a_figure_keeps_the_reference_it_is_measured_against(story: Article) -> None:
    assert answered_span(story, "How much will freight costs at the docks fall by 2035?") == (
        "18 percent below 2010 levels"
    )


def test_a_question_naming_the_reference_asks_only_the_gap(story: Article) -> None:
    assert answered_span(story, "How long before the strike was the pilots' union founded?") == "four years"


def test_a_purpose_keeps_its_infinitive_to(story: Article) -> None:
    assert answered_span(story, "Why did Okafor quit the board?") == "to pursue other business interests"


def test_the_questions_own_to_is_not_taken(story: Article) -> None:
    assert not answered_span(story, "Why did the port return to profit?").startswith("to ")


def test_a_name_listed_last_comes_with_the_names_before_it(story: Article) -> None:
    assert answered_span(story, "Who are the two new pilots on the rota?") == "Dan Ellery and Marc Fenn"


def test_a_sentences_opening_word_is_not_listed(story: Article) -> None:
    assert answered_span(story, "Who will train the recruits?") == "Tessa Brand and Joel Amis"


def test_a_restated_noun_gives_way_to_its_quoted_title(story: Article) -> None:
    assert answered_span(story, "What was the report that set out the case for the levy?") == (
        "Tides Against Tariffs"
    )


def test_a_bare_time_noun_keeps_its_modifiers(story: Article) -> None:
    assert answered_span(story, "When did the guild of river pilots hold the harbour?") == (
        "15th and 16th centuries"
    )
