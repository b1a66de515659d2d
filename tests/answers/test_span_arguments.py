"""The answer phrase inside the right sentence, read from the argument the question asks for: the instances an
asked noun lists ("charities, such as …"), the name a possessive name owns ("MMQB's Peter King"). A made-up
story parsed by the real extractors (no question set was tuned on it); each case names the rule it checks,
and the cases where the rule must stay out of the way."""

from __future__ import annotations

import pytest

from bot.answers.names import asked_role
from bot.answers.synonyms import stem
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "LARKHAM, March 9 (Reuters) The town charter was rewritten last year. "
    "Several harbour charities, such as the Sea Rescue Fund and the Lifeboat Trust, paid for repairs. "
    "Two harbour charities closed in 2023 for lack of money. "
    "The board will review the fees in April, according to WKRP's Tom Ashby. "
    "Mara Quill joined the board in 2019 as an adviser to harbour master Capt. Ivo Brand. "
    "Her friend Noel Fane later left the navy, according to the Larkham Gazette."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_instances_an_asked_noun_lists_answer_what_it_is(story: Article) -> None:
    # "Several harbour charities, such as …": the members named, not the noun phrase that holds the noun
    listed = "the Sea Rescue Fund and the Lifeboat Trust"
    assert answered_span(story, "What charities paid for repairs?") == listed


def test_an_asked_noun_that_lists_nothing_keeps_its_noun_phrase(story: Article) -> None:
    assert answered_span(story, "What charities closed in 2023?") == "Two harbour charities"


def test_a_name_that_a_name_owns_fills_the_argument(story: Article) -> None:
    # "according to WKRP's Tom Ashby": the reporter, not the station that qualifies him
    assert answered_span(story, "Who reported that the board would review the fees?") == "Tom Ashby"


@pytest.mark.parametrize(
    "question, span",
    [
        ("Who is Mara Quill's friend who left the navy?", "Noel Fane"),  # not the paper it is according to
        ("Who is Larkham's harbour master?", "Ivo Brand"),  # past the title between noun and name
    ],
)
def test_the_holder_of_an_asked_role_is_the_name_after_the_role_noun(
    story: Article, question: str, span: str
) -> None:
    assert answered_span(story, question) == span


@pytest.mark.parametrize(
    "question, role",
    [
        ("Who is Shell's chief executive?", "executive"),
        ("Who is Bushnell's friend who left the military?", "friend"),
        ("Who is the president of the court?", "president"),
        ("Who is Mara Quill?", None),  # a name, no role
        ("Who was charged with arson?", None),  # a passive verb, no role
    ],
)
def test_a_who_is_question_asks_for_the_holder_of_its_role_noun(question: str, role: str | None) -> None:
    assert asked_role(question) == (stem(role) if role else None)
