"""Which N: a question asking for a kind of named thing or place ("which station …?", "which countries
…?") is answered by a name of that kind beside the question's own words, not by the clause around it; a
kind of place by the places the sentence names, all of those listed together when the noun is plural; a
name right after the question's noun phrase restated ("like former Harlow Rover Tam Oduya" for "which former
Harlow Rover …?"); "what N …?" with such a noun as "which N …?"; the object of the asked verb written as
its noun ("its acquisition in March of Corran Mills" for "which company did
it acquire?"), and a name list that ends with its sentence."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Singer returns to the stage\n\n"
    "Tom Hale is to sing live at the Barrowland hall in Glasgow as part of a Kestrel FM special "
    "next week.\n\n"
    "Norway faces stiff rivalry in the form of Chile and Portugal to host the regatta in 2031.\n\n"
    "Hale first played at the hall in 1998.\n\n"
    "After the court turned down the appeal on Monday, injured players, like former Harlow Rover Tam Oduya, "
    "should start receiving money within weeks.\n\n"
    "During the dry years, Paris became the terminus of the Great Canal of Westmark, which was "
    "completely rebuilt.\n\n"
    "Hale Records expects strong sales this year.\n\n"
    "Hale also said the company will benefit from its acquisition in March of Corran Mills Ltd, Westford.\n\n"
    "He said sales rose.\n\n"
    "Rule 12 of the charter bans strikes and rules 14 and 15 set out the pay of the night shift.\n\n"
    "Clause 9(1) of the deal fixes the hours, while Clause 9(2) forbids weekend overtime.\n\n"
    "Ada Brenner and Mira Tan are among other Harlow champions racing in Leeds.\n\n"
    "There is also Pole Lessa (a big park in the north of the town) and Park Vell, close to the old mill."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_kind_of_named_thing_is_the_name_beside_the_asked_words(story: Article) -> None:
    # "station" shares its stem with "state", a kind of place: the word typed decides, so not "Glasgow"
    assert answered_span(story, "Which station is the Tom Hale special for?") == "Kestrel FM"


def test_a_plural_kind_of_place_is_every_place_listed_together(story: Article) -> None:
    assert answered_span(story, "Which countries are competing with Norway to host?") == "Chile and Portugal"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the question's noun phrase restated right before the name
        ("Which former Harlow Rover can get paid?", "Tam Oduya"),
        # ... or right after the names, as what they are
        ("Which other Harlow champions are racing?", "Ada Brenner and Mira Tan"),
        # "what N" with a noun a name answers, as "which N"
        ("What city did the Great Canal reach during the dry years?", "Paris"),
        ("What park is close to the old mill?", "Park Vell"),
        # a numbered noun with all its numbers, and the parenthesis it closes
        ("Which rules set out the pay of the night shift?", "rules 14 and 15"),
        ("Which clause forbids weekend overtime?", "Clause 9(2)"),
        # led by a preposition, still a which-question
        ("In which clause does the deal forbid weekend overtime?", "Clause 9(2)"),
    ],
)
def test_the_name_the_which_phrase_asks_for(story: Article, question: str, answer: str) -> None:
    assert answered_span(story, question) == answer


def test_the_object_of_a_verb_written_as_its_noun_answers(story: Article) -> None:
    found = answered_span(story, "Which company did Hale Records acquire in March?")
    assert found.startswith("Corran Mills Ltd")
    assert "He" not in found  # the names listed with it end with its sentence
