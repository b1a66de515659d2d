"""The answer phrase, not the whole clause (issue 16): a made-up story parsed by the real extractors, text no
question set was tuned on. Each case names the rule it checks, and where the rule must stay out of the way."""

from __future__ import annotations

import pytest

from bot.answers.spans import focus
from bot.answers.synonyms import stem
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "MARLOW, March 9 (Reuters) A river ferry sank near the Marlow weir on Sunday, and all 14 passengers were "
    "rescued by volunteers. "
    "Investigators said the ferry, a flat-bottomed chain ferry, had been overloaded with bicycles. "
    "The county hospital treated two passengers for mild hypothermia and released them the same evening. "
    "A diesel pump boat from the fire brigade kept the wreck afloat until a crane arrived. "
    "Only slow and heavy barges may pass the weir until the wreck is lifted. "
    "One volunteer suffered a broken wrist after slipping on the wet gangway. "
    "Rescuers towed the wreck with the tug Sea Otter to a boatyard on Lake Meadow. "
    "Until then an old cable ferry had carried cars and a small electric ferry had carried cyclists.\n\n"
    "The operator, Thames Crossings, said it would suspend the service for a month."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What kind of ferry sank near the weir?", "river"),  # "A river ferry": its kind
        ("What kind of ferry had been overloaded?", "flat-bottomed chain"),  # past a bare "the ferry"
        ("What type of hypothermia did the passengers have?", "mild"),
        ("What sort of boat kept the wreck afloat?", "diesel pump"),  # the modifiers, not "boat"
        ("What kind of barges may pass the weir?", "slow and heavy"),  # two kinds joined, "Only" left out
        (
            "What kind of ferry carried cyclists?",
            "small electric",
        ),  # of two, the one the question's words are near
    ],
)
def test_a_kind_question_is_answered_by_the_modifiers_of_its_noun(
    story: Article, question: str, span: str
) -> None:
    assert answered_span(story, question) == span


def test_a_kind_question_names_the_noun_after_of() -> None:
    assert focus("What type of steam engine is it?").kind == (stem("engine"), stem("steam"))  # head first
    assert stem("disorders") in focus("What kind of disorders occur?").kind
    assert focus("What ferry sank?").kind == ()  # no "kind of": the plain noun rules answer


def test_a_phrase_ends_where_a_subordinate_clause_opens(story: Article) -> None:
    assert answered_span(story, "What injury did the volunteer suffer?") == "a broken wrist"  # not "after …"


def test_a_noun_that_classifies_a_name_is_answered_by_the_name(story: Article) -> None:
    assert answered_span(story, "What tug towed the wreck?") == "Sea Otter"  # "the tug Sea Otter"
    assert answered_span(story, "What lake is the boatyard on?") == "Lake Meadow"  # "Lake" is in the name
