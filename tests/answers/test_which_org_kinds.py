"""Which N for a kind of organisation ("which station/broadcaster …?"): the answer is a name of that kind,
never a person's possessive or a place the sentence also names; and a name holding the asked noun's own
forms ("Broadcasting" for "broadcaster") is not one the question already names."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Winger talks about injury\n\n"
    "Mara Lind talked about Tove Brann’s injury in an interview with Westmark Radio on Sunday.\n\n"
    "Ida Holm spoke about Tove Brann’s last season in a long interview with the Westmark Broadcasting "
    "Corporation on Monday."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_persons_possessive_is_no_organisation(story: Article) -> None:
    assert answered_span(story, "Which station interviewed Lind?") == "Westmark Radio"


def test_a_name_holding_the_asked_nouns_form_answers(story: Article) -> None:
    assert answered_span(story, "Which broadcaster interviewed Holm?") == "Westmark Broadcasting Corporation"


def test_a_name_holding_the_asked_class_word_answers_though_taken_for_a_person() -> None:
    # the parse takes "Envoy Air" for a person named "Air"; "Air" is a word airlines' names hold
    flight = parse("Flight turned back\n\nThe flight from Leeds was operated by Envoy Air, Lind said.")
    assert answered_span(flight, "Which airline operated the flight?") == "Envoy Air"
