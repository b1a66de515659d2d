"""Which N: a question asking for a kind of named thing or place ("which station …?", "which countries
…?") is answered by a name of that kind beside the question's own words, not by the clause around it; a
kind of place by the places the sentence names, all of those listed together when the noun is plural."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Singer returns to the stage\n\n"
    "Tom Hale is to sing live at the Barrowland hall in Glasgow as part of a Kestrel FM special "
    "next week.\n\n"
    "Norway faces stiff rivalry in the form of Chile and Portugal to host the regatta in 2031.\n\n"
    "Hale first played at the hall in 1998."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_kind_of_named_thing_is_the_name_beside_the_asked_words(story: Article) -> None:
    # "station" shares its stem with "state", a kind of place: the word typed decides, so not "Glasgow"
    assert answered_span(story, "Which station is the Tom Hale special for?") == "Kestrel FM"


def test_a_plural_kind_of_place_is_every_place_listed_together(story: Article) -> None:
    assert answered_span(story, "Which countries are competing with Norway to host?") == "Chile and Portugal"
