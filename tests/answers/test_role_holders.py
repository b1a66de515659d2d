"""A fact question may name a person by the role the story gives them ("the port director"): the
sentence that names them by surname answers it (`roles.with_holders`)."""

from __future__ import annotations

from bot.answers.grounding import question_concepts
from bot.answers.roles import with_holders
from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "Harbour closes after storm damage\n\n"
    "GRANTON, Scotland - The port of Granton closed on Tuesday after a storm tore away part of its sea wall, "
    "port director Elena Voss said.\n\n"
    "Voss, 58 and a former ferry captain, said repairs would take about six weeks.\n\n"
    "The repairs will cost 2.4 million pounds, she said, and divers began work on Wednesday.\n\n"
    "Fishing boats would moor at Leith meanwhile, club spokesman Tom Reid said.\n\n"
    "Reid, 44, has run the sailing club for a decade.\n\n"
    "Council spokesman Ian Shaw said the town would pay for part of the work."
)


def test_a_role_the_question_names_is_answered_where_the_story_uses_the_holders_surname() -> None:
    assert answered_span(STORY, "How old is the port director?") == "58"


def test_the_age_after_a_comma_may_be_followed_by_and() -> None:
    assert answered_span(STORY, "How old is Elena Voss?") == "58"


def test_a_role_two_people_hold_names_no_one() -> None:
    """Reid and Shaw are both spokesmen: "the spokesman" stands for neither, while "the director" is Voss."""
    spokesman = question_concepts("How old is the spokesman?", STORY)
    assert with_holders(spokesman, STORY) == spokesman
    director = with_holders(question_concepts("How old is the port director?", STORY), STORY)
    assert ("voss",) in director[-1] and not any(("voss",) in concept for concept in director[:-1])
    assert {p.name: p.roles for p in STORY.people}["Elena Voss"] == ("director",)
