"""The answer phrase inside the right sentence, read from the argument the question asks for: the
instance a number names after the asked noun, the subject of the question's verb when the asked noun is not
in the sentence. A made-up story parsed by the real extractors (no question set was tuned on it); each
case names the rule it checks, and the cases where the rule must stay out of the way."""

from __future__ import annotations

import pytest

from bot.answers.spans import _asked_verb, focus
from bot.answers.synonyms import stem
from bot.article import Article, parse
from tests.answers.test_span_shapes import _answer

STORY = (
    "LARKHAM, March 9 (Reuters) The town charter was rewritten last year. "
    "Under the new text, charter clauses 4 and 5 give the harbour board its powers over the quays. "
    "Mooring rules 12 to 14 set the fees that visiting yachts pay. "
    "Berth fees 12% above last year's were approved by the board in January. "
    "After a long inquiry, the Coastal Safety Office finally banned night sailing in the estuary. "
    "Local fishermen opposed the ban at a meeting on Friday. "
    "A storm attack on the sea wall in 1990 flooded the lower town. "
    "The ferry company, which had run the crossing since 1950, was sold to a Dutch group in May. "
    "Several harbour charities, such as the Sea Rescue Fund and the Lifeboat Trust, paid for repairs. "
    "The dispute with the fishermen ended under the 1988 Treaty on Coastal Fishing Rights, signed by both. "
    "In June, a crowd watched as the Larkham Harbour-Master Trust opened the rebuilt pier. "
    "The board will review the fees in April, according to WKRP's Tom Ashby."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What clauses give the board its powers?", "charter clauses 4 and 5"),  # "and" joins the numbers
        ("What rules set the fees that yachts pay?", "Mooring rules 12 to 14"),  # a range of them
    ],
)
def test_the_number_after_the_asked_noun_names_its_instance(story: Article, question: str, span: str) -> None:
    assert _answer(story, question) == span


def test_a_figure_after_a_noun_is_no_instance_number(story: Article) -> None:
    assert _answer(story, "What fees were approved by the board?") == "Berth fees"  # "12% above": a figure


@pytest.mark.parametrize(
    "question, span",
    [
        # the subject of "banned", past the adverb "finally", back to the comma that opens its clause
        ("What agency banned night sailing in the estuary?", "the Coastal Safety Office"),
        ("What group opposed the ban?", "Local fishermen"),  # the subject of the question's own verb
        ("What firm was sold to a Dutch group?", "The ferry company"),  # past the relative clause
    ],
)
def test_the_subject_of_the_asked_verb_answers_when_the_asked_noun_is_absent(
    story: Article, question: str, span: str
) -> None:
    assert _answer(story, question) == span


def test_the_asked_verb_is_the_first_verb_past_the_asked_noun() -> None:
    question = "What signer of the Articles of Confederation was descended from Huguenots?"
    assert _asked_verb(question, focus(question)) == stem("descended")
    question = "What naval battles did France lose?"  # an object question: "did" follows the noun
    assert _asked_verb(question, focus(question)) is None


def test_the_verb_stem_as_a_noun_is_no_verb(story: Article) -> None:
    # "A storm attack on the sea wall": "attack" is no verb, so "attacked" finds no subject there
    assert _answer(story, "What weather attacked the sea wall?") != "A storm"


def test_the_instances_an_asked_noun_lists_answer_what_it_is(story: Article) -> None:
    # "Several harbour charities, such as …": the members named, not the noun phrase that holds the noun
    assert _answer(story, "What charities paid for repairs?") == "the Sea Rescue Fund and the Lifeboat Trust"


@pytest.mark.parametrize(
    "question, span",
    [
        # the asked noun inside a name: the whole name, its year and "on" with it, not "Treaty" alone
        ("Under what treaty did the dispute end?", "1988 Treaty on Coastal Fishing Rights"),
        ("Which trust opened the rebuilt pier?", "Larkham Harbour-Master Trust"),  # a hyphenated name, whole
    ],
)
def test_an_asked_noun_written_in_a_name_is_answered_by_the_whole_name(
    story: Article, question: str, span: str
) -> None:
    assert _answer(story, question) == span


def test_a_name_that_a_name_owns_fills_the_argument(story: Article) -> None:
    # "according to WKRP's Tom Ashby": the reporter, not the station that qualifies him
    assert _answer(story, "Who reported that the board would review the fees?") == "Tom Ashby"
